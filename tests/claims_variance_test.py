#!/usr/bin/env python3
"""tools/claims-variance on a cases file the test writes: a sentence whose claims no setting
moves exits 0 and reports 0 texts per setting; a text carrying its own agency dateline gives
other claims when it no longer opens the article (the reference puts a sentence before it, so
the dateline sits mid-line and the AFP becomes an antecedent), which the tool shows (exit 1).

Usage: claims_variance_test.py SELON DATA_DIR SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

selon, data_dir, source = sys.argv[1:4]
tool = os.path.join(source, "tools", "claims-variance")
with tempfile.TemporaryDirectory() as d:
    steady = os.path.join(d, "steady.txt")
    with open(steady, "w", encoding="utf-8") as f:
        f.write("# a comment\ntext: Le maire a déclaré que la route\ntext: serait fermée.\n"
                "claim: indirect | a déclaré | Le maire | la route serait fermée\n")
    common = ["--selon", selon, "--data-dir", data_dir]
    same = subprocess.run([tool] + common + [steady], capture_output=True, text=True)
    assert same.returncode == 0, (same.returncode, same.stdout, same.stderr)
    lines = same.stdout.splitlines()
    assert len(lines) == 8, lines
    assert all(line.endswith(": 0 of 1 texts give other claims") for line in lines), lines

    dateline = os.path.join(d, "dateline.txt")
    with open(dateline, "w", encoding="utf-8") as f:
        f.write("text: PARIS (AFP) – La société a nié avoir reçu la lettre.\n")
    moved = subprocess.run([tool] + common + ["--setting", "bare", dateline],
                           capture_output=True, text=True)
    assert moved.returncode == 1, (moved.returncode, moved.stdout, moved.stderr)
    out = moved.stdout
    assert out.startswith("bare: 1 of 1 texts give other claims"), out
    assert "ref  indirect | a nié | La société -> Agence France-Presse" in out, out
    assert "bare indirect | a nié | La société -> ? | avoir reçu la lettre" in out, out
print("claims-variance: ok")
