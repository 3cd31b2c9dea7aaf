#!/usr/bin/env bash
# Installs the build into a temporary prefix, then checks that (1) the installed binary finds
# its installed data, (2) only the public headers are installed and (3) a CMake project links the library with find_package(selon).
set -euo pipefail
build=$1 source=$2 compiler=${3:-c++} flags=${4:-}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
"$prefix/bin/selon" --version | grep -q "data: $prefix/share/selon"
echo "Frank Shaw a parlé à Lyon." | "$prefix/bin/selon" | grep -q '"Frank Shaw"'
# Only the public headers are installed, and none of them needs a dependency's headers.
test "$(cd "$prefix/include/selon" && ls | tr '\n' ' ')" = \
  "analysis.h document.h json_writer.h lexicon.h offsets.h pipeline.h sentences.h status.h tokenizer.h "
if grep -l '#include <\(nlohmann\|re2\|unicode\|utf8proc\)' "$prefix"/include/selon/*.h; then
  echo "an installed header includes a dependency's header" >&2
  exit 1
fi
# The consumer is built like the library (same compiler and flags, e.g. sanitizers).
cmake -S "$source/tests/install" -B "$prefix/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" > /dev/null
cmake --build "$prefix/consumer" > /dev/null
"$prefix/consumer/consumer" "$prefix/share/selon"
echo "install test: ok"
