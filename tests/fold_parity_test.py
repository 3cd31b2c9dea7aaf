#!/usr/bin/env python3
"""Fold parity: the lexicon builder's fold() (tools/selon_build/text.py, which
tools/build-lexicons runs) gives the key selon's tokenizer gives (`selon lexicon lookup` prints
it), for every word that is one token.

The builder folds names to decide what is a duplicate, an alias or a common word; the engine
folds tokens to match them. If the two disagree (as they did on "Straße": "straße" against
"strasse"), the builder's decisions are made on keys the engine never sees.

Words: the single-word names and name parts of every shipped lexicon and first-name list, and
a hand-written list of hard cases. Usage: fold_parity_test.py SELON SOURCE_DIR
"""
import glob
import os
import re
import subprocess
import sys

HARD_CASES = [
    "Straße", "STRASSE", "ẞ", "Œuvre", "ŒUVRE", "Æsir", "ﬁnance", "ǅemal", "İstanbul", "Łódź",
    "Øresund", "Ærø", "Đà", "Ħamrun", "Þórshöfn", "Éléonore", "NAÏVE", "garde‐côte", "Ꞌ",
    "ŉ", "ǰ", "Ǆ", "ΑΘΗΝΑ", "Москва", "Müller", "Ångström", "Çağlar", "Şimşek", "Dvořák",
]
WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*")


def load_fold(source_dir):
    """The builder's fold(), imported from the package in SOURCE_DIR/tools."""
    sys.path.insert(0, os.path.join(source_dir, "tools"))
    from selon_build.text import fold
    return fold


def words(source_dir):
    found = set(HARD_CASES)
    lex = os.path.join(source_dir, "lexicons")
    files = sorted(glob.glob(os.path.join(lex, "*.tsv")))
    files += [os.path.join(lex, "evidence", f) for f in ("first_names.tsv", "first_names_world.tsv")]
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for cell in line.rstrip("\n").split("\t")[:4]:
                    for w in cell.replace("|", " ").split(" "):
                        if WORD.fullmatch(w):
                            found.add(w)
    return sorted(found)


def engine_keys(selon, chunk):
    """The tokenizer's keys of `chunk` (words joined by spaces), one list per word; a word
    that is several tokens gets None (it is no single-token word: left out)."""
    out = subprocess.run([selon, "lexicon", "lookup", " ".join(chunk)], capture_output=True,
                         text=True, check=True).stdout
    match = re.search(r"^keys: (.*)$", out, re.M)
    keys = re.findall(r"\[([^\]]*)\]", match.group(1)) if match else []
    if len(keys) == len(chunk):
        return keys
    if len(chunk) == 1:
        return [None]
    half = len(chunk) // 2
    return engine_keys(selon, chunk[:half]) + engine_keys(selon, chunk[half:])


def main():
    selon, source_dir = sys.argv[1], sys.argv[2]
    fold = load_fold(source_dir)
    all_words = words(source_dir)
    checked, differ = 0, []
    for i in range(0, len(all_words), 3000):
        chunk = all_words[i:i + 3000]
        for w, key in zip(chunk, engine_keys(selon, chunk)):
            if key is None:
                continue
            checked += 1
            if fold(w) != key:
                differ.append((w, fold(w), key))
    print(f"fold parity: {checked} words, {len(differ)} differ")
    for w, py, cpp in differ[:50]:
        print(f"  {w!r}: builder {py!r}, engine {cpp!r}")
    if checked < 100000:
        print("fold parity: too few words checked (lexicons missing?)")
        return 1
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
