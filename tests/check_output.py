#!/usr/bin/env python3
"""Checks selon's output contract with Python as the oracle.

For every record selon prints on a set of inputs (the samples, hand-made edge cases, and
error cases), in each offset unit:
  * the record validates against docs/schema.json;
  * every span's text equals the input sliced at [start, end) in that unit, where the input is
    decoded as Python's bytes.decode("utf-8", "replace") (code points), its UTF-16 encoding
    (utf16) or its raw bytes (byte);
  * "length" is the input's length in that unit.

Usage: check_output.py SELON_BINARY SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

selon, source = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(source, "docs", "schema.json")))
validator = jsonschema.Draft202012Validator(schema)
failures = 0
checked_spans = 0

EDGE_CASES = {
    "accents": "Élisabeth Borne a parlé à Besançon. Ça y est !".encode(),
    "nbsp": "« Non\u00a0! », a-t-il dit\u202f; 1\u00a0000\u00a0000 €.".encode(),
    "emoji": "Le PDG 😀 de Twitter 🇫🇷 a dit : « Bravo 👍🏽 ! » Puis il est parti.".encode(),
    "combining": "Le cafe\u0301 de Ge\u0301rard. Cre\u0300me bru\u0302le\u0301e.".encode(),
    "invalid_utf8": b"Le ma\xefre de Lyon \xe2\x82 a parl\xe9. Puis \xff\xfe rien.",
    "bom_crlf_nul": b"\xef\xbb\xbfTitre\r\nLe maire\x00 a dit.\r\n\r\nFin.",
    "empty": b"",
}


def fail(message):
    global failures
    failures += 1
    print("FAIL:", message)


def slicer(data, unit):
    text = data.decode("utf-8", "replace")
    if unit == "codepoint":
        return len(text), lambda s, e: text[s:e]
    if unit == "utf16":
        u16 = text.encode("utf-16-le")
        return len(u16) // 2, lambda s, e: u16[2 * s:2 * e].decode("utf-16-le")
    return len(data), lambda s, e: data[s:e].decode("utf-8", "replace")


def spans(record):
    for key in ("sentences", "tokens"):
        for span in record.get(key, []):
            yield span
    for entity in record.get("entities", []):
        for mention in entity.get("mentions", []):
            yield mention
    for claim in record.get("claims", []):
        for key in ("speaker", "cue", "content", "addressee", "via"):
            if key in claim:
                yield claim[key]


def check_record(record, data, unit, where):
    global checked_spans
    errors = sorted(validator.iter_errors(record), key=str)
    for e in errors:
        fail(f"{where}: schema: {e.message} at {list(e.absolute_path)}")
    if "error" in record:
        return
    length, cut = slicer(data, unit)
    if record["length"] != length:
        fail(f"{where}: length {record['length']} != {length}")
    names = {entity["id"]: entity["name"] for entity in record.get("entities", [])}
    for claim in record.get("claims", []):
        speaker = claim["speaker"]
        if speaker and speaker["entity"] is not None and speaker.get("name") != names.get(speaker["entity"]):
            fail(f"{where}: {claim['id']}: speaker name {speaker.get('name')!r} is not the name of {speaker['entity']}")
    for span in spans(record):
        checked_spans += 1
        expected = cut(span["start"], span["end"])
        if span["text"] != expected:
            fail(f"{where}: span {span['start']}:{span['end']} text {span['text']!r} != {expected!r}")


def run(args, stdin=b""):
    proc = subprocess.run([selon] + args, input=stdin, capture_output=True)
    return proc.returncode, [json.loads(l) for l in proc.stdout.decode().splitlines() if l]


with tempfile.TemporaryDirectory() as tmp:
    inputs = {}
    for name, data in EDGE_CASES.items():
        path = os.path.join(tmp, name + ".txt")
        open(path, "wb").write(data)
        inputs[path] = data
    samples = os.path.join(source, "samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            path = os.path.join(samples, name)
            inputs[path] = open(path, "rb").read()

    for unit in ("codepoint", "byte", "utf16"):
        for command in ([], ["tokenize"]):
            for path, data in inputs.items():
                code, records = run(command + ["--sentences" if not command else "--no-progress",
                                               "--offsets", unit, path])
                where = f"{' '.join(command) or 'extract'} {unit} {os.path.basename(path)}"
                if code != 0 or len(records) != 1:
                    fail(f"{where}: exit {code}, {len(records)} records")
                    continue
                check_record(records[0], data, unit, where)

    # JSONL with the same texts, plus error lines: one record per line, in order.
    lines = []
    for path, data in inputs.items():
        lines.append(json.dumps({"id": os.path.basename(path),
                                 "text": data.decode("utf-8", "replace"), "lang": "fr"}))
    lines += ["not json", "[1]", '{"id": 7}', '{"text": 3}', '{"text": "x", "id": [1]}']
    code, records = run(["--jsonl", "--sentences", "-j", "2"], "\n".join(lines).encode())
    if code != 1 or len(records) != len(lines):
        fail(f"jsonl: exit {code}, {len(records)} records for {len(lines)} lines")
    for i, (line, record) in enumerate(zip(lines, records)):
        where = f"jsonl line {i + 1}"
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        data = obj["text"].encode() if isinstance(obj, dict) and isinstance(obj.get("text"), str) else b""
        check_record(record, data, "codepoint", where)

    # Error records of files.
    code, records = run([os.path.join(tmp, "missing.txt"), "--max-doc-bytes", "10",
                         os.path.join(samples, "depeche-tech.txt")])
    for i, record in enumerate(records):
        check_record(record, b"", "codepoint", f"file errors {i}")
    if [r["error"]["code"] for r in records] != ["not_found", "too_large"]:
        fail(f"file errors: {records}")

print(f"check_output: {checked_spans} spans checked against Python slicing, "
      f"{len(inputs)} inputs x 3 units x 2 commands")
sys.exit(1 if failures else 0)
