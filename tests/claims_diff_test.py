#!/usr/bin/env python3
"""tools/claims-diff on texts the test writes: the same binary twice differs nowhere (exit 0);
without the shipped lexicons the base names the speaker of `Selon l'ONU` by its acronym, the
new side by the lexicon's name, and the diff shows that claim once on each side (exit 1).

Usage: claims_diff_test.py SELON DATA_DIR SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

selon, data_dir, source = sys.argv[1:4]
tool = os.path.join(source, "tools", "claims-diff")
with tempfile.TemporaryDirectory() as d:
    texts = {
        "onu.txt": "Selon l'ONU, la famine progresse dans la région.\n",
        "maire.txt": "Le maire Paul Morel a déclaré que la route serait fermée.\n",
    }
    for name, text in texts.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(text)
    paths = [os.path.join(d, name) for name in sorted(texts)]
    common = ["--base", selon, "--base-data", data_dir, "--new", selon, "--new-data", data_dir,
              "-j", "1"]

    same = subprocess.run([tool] + common + paths, capture_output=True, text=True)
    assert same.returncode == 0, (same.returncode, same.stdout, same.stderr)
    assert same.stdout == "", same.stdout
    assert "2 claims before, 2 after, 0 lines differ" in same.stderr, same.stderr

    diff = subprocess.run([tool] + common + ["--base-arg=--no-default-lexicons"] + paths,
                          capture_output=True, text=True)
    assert diff.returncode == 1, (diff.returncode, diff.stdout, diff.stderr)
    lines = diff.stdout.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("- onu.txt\tSelon | l'ONU -> ") and "Nations unies" not in lines[0], lines
    assert lines[1].startswith("+ onu.txt\tSelon | l'ONU -> ") and "Nations unies" in lines[1], lines
    assert lines[0].endswith("| la famine progresse dans la région"), lines
print("claims-diff: ok")
