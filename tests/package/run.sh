#!/usr/bin/env bash
# Builds the Debian package with CPack, checks that it holds the binary, the data, the
# licences, the schema, the man page and the completion, then runs the binary unpacked from it.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" > cpack.log) ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/selon_*.deb)
dpkg-deb -c "$deb" | awk '{print $6}' > "$work/contents"
for f in ./usr/bin/selon \
         ./usr/share/selon/lexicons.bin ./usr/share/selon/cues/forms.tsv \
         ./usr/share/selon/evidence/first_names.tsv ./usr/share/selon/rules/entities.rules \
         ./usr/share/doc/selon/copyright ./usr/share/doc/selon/LICENSE \
         ./usr/share/doc/selon/schema.json ./usr/share/doc/selon/DATA-SOURCES.md \
         ./usr/share/doc/selon/CUES-SOURCES.md \
         ./usr/share/doc/selon/licenses/name-suggestion-index-BSD-3-Clause.md \
         ./usr/share/man/man1/selon.1 ./usr/share/bash-completion/completions/selon \
         ./usr/include/selon/pipeline.h; do
  grep -qx "$f" "$work/contents" || { echo "package: missing $f"; cat "$work/contents"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libicu || { echo "package: no ICU dependency"; exit 1; }
# The unpacked binary finds the unpacked data beside it (<prefix>/share/selon).
dpkg-deb -x "$deb" "$work/root"
env -u SELON_DATA "$work/root/usr/bin/selon" --version | grep -q "data: $work/root/usr/share/selon"
echo "Selon Frank Shaw, la mairie de Lyon a tort." | env -u SELON_DATA "$work/root/usr/bin/selon" |
  grep -q '"Frank Shaw"'
echo "package test: ok"
