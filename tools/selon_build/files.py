"""Reading and writing the builders' files: text, JSON, TSV (csv module, no quoting),
GNU gettext PO catalogues, and the cell cleaning of every TSV selon ships.

`REPO` is the repository root (tools/selon_build/../..): the sources extracted into
lexicons/sources/ are read from there, whatever --out says. Named `files`, not `io`, so that
nothing ever shadows the standard library's `io`.
"""
import csv
import json
import os
import sys


REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def log(*a):
    print(*a, file=sys.stderr)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_po(path):
    out = {}
    cur_id = None
    mode = None
    buf = {"msgid": "", "msgstr": ""}
    for line in read_text(path).splitlines() + [""]:
        line = line.strip()
        if line.startswith("msgid "):
            if buf["msgid"] and buf["msgstr"]:
                out[buf["msgid"]] = buf["msgstr"]
            buf = {"msgid": "", "msgstr": ""}
            mode = "msgid"
            buf[mode] = json.loads(line[6:])
        elif line.startswith("msgstr "):
            mode = "msgstr"
            buf[mode] = json.loads(line[7:])
        elif line.startswith('"') and mode:
            buf[mode] += json.loads(line)
        elif not line:
            if buf["msgid"] and buf["msgstr"]:
                out[buf["msgid"]] = buf["msgstr"]
            buf = {"msgid": "", "msgstr": ""}
            mode = None
    return out


def clean_cell(s):
    return s.replace("\t", " ").replace("\n", " ")


def clean_attr(v):
    return str(v).replace(";", ",").replace("\t", " ")


def write_tsv(path, header, rows, comment):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comment:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(clean_cell(str(x)) for x in r) + "\n")
    return len(rows)
