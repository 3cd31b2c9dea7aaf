#!/usr/bin/env python3
"""tools/rule-ablation on a brat set the test writes: removing per.civility loses the two people
only that rule finds, and removing a rule nothing in the text exercises changes nothing.

Usage: rule_ablation_test.py SELON DATA_DIR SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

selon, data_dir, source = sys.argv[1:4]
with tempfile.TemporaryDirectory() as d:
    text = "M. Dupontel a reçu Mme Garancière à Lyon.\n"
    with open(os.path.join(d, "a.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    spans = [("Person", "Dupontel"), ("Person", "Garancière"), ("Location", "Lyon")]
    with open(os.path.join(d, "a.ann"), "w", encoding="utf-8") as f:
        for i, (kind, word) in enumerate(spans, 1):
            start = text.index(word)
            f.write(f"T{i}\t{kind} {start} {start + len(word)}\t{word}\n")
    run = subprocess.run(
        [os.path.join(source, "tools", "rule-ablation"), "--selon", selon, "--data-dir", data_dir,
         "--set", "T=" + d, "-j", "1", "--only", "per.civility,evt.disease"],
        capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"rule-ablation failed ({run.returncode}):\n{run.stderr}")
    rows = [line.split("\t") for line in run.stdout.splitlines()]
    header, rules = rows[0], {r[0]: r for r in rows[2:]}
    per = header.index("T.PER")
    assert set(rules) == {"per.civility", "evt.disease"}, rules
    assert rows[1][per] == "10000", rows[1]  # both people found with every rule
    assert int(rules["per.civility"][per]) < 0, rules["per.civility"]
    assert all(v == "0" for v in rules["evt.disease"][1:]), rules["evt.disease"]
print("rule-ablation: ok")
