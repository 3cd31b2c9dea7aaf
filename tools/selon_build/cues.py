"""Generates lexicons/cues/forms.tsv: every inflected form of the reporting-verb lemmas.

Input:
  lexicons/cues/lemmas.tsv      hand-curated lemmas with their frames (see its header)
  <resources>/french-verbs-lefff/conjugations.json   conjugation tables (Lefff, LGPL-LR)
  <resources>/quote-verbs-gendergaptracker/quote_verb_list_fr.txt   forms of ~110 reporting
      verbs (GenderGapTracker, MIT): used to report lemmas of that list missing from ours,
      and to check our coverage; never copied wholesale (it is noisy: savoir, vouloir, lire).
Output (sorted, deterministic):
  lexicons/cues/infinitives.txt every infinitive of Lefff (to recognise "de + infinitive")
  lexicons/cues/forms.tsv       form, lemma, tags (fin = finite, pp = past participle,
                                ger = present participle, inf = infinitive); multiword lemmas
                                (faire savoir) give multiword forms (fait savoir).

Usage: tools/build-cues [--resources DIR] [--out DIR]   (python3, standard library only)

Module: selon_build.cues, behind tools/build-cues.
"""
import argparse
import json
import os
import sys

from .files import REPO

# Classes of words.tsv that are function words (see lexicons/cues/README.md).
FUNCTION_CLASSES = {"adv", "prep", "conj", "det", "rel", "subj", "neg", "negpart", "clitic",
                    "insert", "poss", "indef", "stress", "que", "si", "de", "a", "au"}
FINITE = "PSIJTFC"  # présent, subjonctif, imparfait, passé simple, subj. imparfait, futur, conditionnel


# Regular first-group models: (ending of the infinitive, Lefff model verb, letters of the model
# that are its stem). The model's forms all start with its stem; a verb Lefff lacks takes the
# model's forms with the stem replaced (tweeter -> tweet|é, tweet|ant). -cer and -ger verbs keep
# the c/g spelling changes of their model (plaçons, mangeant); the longest ending wins.
FIRST_GROUP_MODELS = [("cer", "placer", "pla"), ("ger", "manger", "man"), ("er", "parler", "parl")]


def first_group(table, infinitive):
    """The conjugation of a regular first-group verb, in the Lefff table's layout."""
    for ending, model, stem in FIRST_GROUP_MODELS:
        if infinitive.endswith(ending):
            base = infinitive[:len(infinitive) - len(ending)] + model[len(stem):-len(ending)]
            conj = {}
            for code, forms in table[model].items():
                out = []
                for f in forms:
                    if f != "NA" and not f.startswith(stem):
                        sys.exit(f"model {model}: form {f} does not start with {stem}")
                    out.append(f if f == "NA" else base + f[len(stem):])
                conj[code] = out
            return conj
    return None


def inflect(table, lemmas, function_words):
    """Every form of `lemmas` from the Lefff-layout conjugation `table` (a first-group verb
    it lacks takes its model's forms), except `function_words`. Returns ({(form, lemma):
    set of tags}, [lemmas with no conjugation table])."""
    rows = {}  # (form, lemma) -> set of tags
    missing = []
    for lemma in lemmas:
        words = lemma.split(" ")
        if words[0] in ("se", "s'"):
            words = words[1:]
        elif words[0].startswith("s'"):
            words = [words[0][2:]] + words[1:]
        head, rest = words[0], words[1:]
        conj = table.get(head)
        if conj is None and head.endswith("er") and head != "aller":
            conj = first_group(table, head)
        if conj is None:
            missing.append(lemma)
            continue
        def add(form, tag):
            if not form or form == "NA" or form in function_words:
                return
            rows.setdefault((" ".join([form] + rest), lemma), set()).add(tag)
        for code in FINITE:
            for person, form in enumerate(conj.get(code, [])):
                # Second persons (tu dis, vous notez) are imperatives or speech to the reader
                # in news, not attributions; they also collide with participles (dites). First
                # persons plural outside a quotation are the narrator (Rappelons que, Notons
                # que); inside one, only an incise would count, and compound forms (avons dit)
                # keep their participle.
                if person not in (1, 3, 4):
                    add(form, "fin")
        for form in conj.get("K", []):
            add(form, "pp")
        for form in conj.get("G", []):
            add(form, "ger")
        for form in conj.get("W", []):
            add(form, "inf")
    return rows, missing


def main():
    """tools/build-cues: parses the command line, writes forms.tsv and infinitives.txt."""
    root = REPO
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resources", default="/work/shared/data/resources")
    ap.add_argument("--out", default=os.path.join(root, "lexicons", "cues"))
    args = ap.parse_args()

    with open(os.path.join(args.resources, "french-verbs-lefff", "conjugations.json"),
              encoding="utf-8") as f:
        table = json.load(f)
    ggt_forms = set()
    with open(os.path.join(args.resources, "quote-verbs-gendergaptracker",
                           "quote_verb_list_fr.txt"), encoding="utf-8") as f:
        ggt_forms = {line.strip() for line in f if line.strip()}

    lemmas = []
    with open(os.path.join(args.out, "lemmas.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("lemma\t"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                sys.exit(f"lemmas.tsv:{n}: expected 2 columns, got {len(cols)}")
            lemmas.append(cols[0])

    # A generated form that words.tsv lists only as a function word (maintenant: an adverb, not
    # the gerund of maintenir) is read as that word: it gets no cue entry.
    function_words = set()
    with open(os.path.join(args.out, "words.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or cols[0] == "word" or len(cols) < 2:
                continue
            if set(cols[1].split(",")) <= FUNCTION_CLASSES:
                function_words.add(cols[0])

    rows, missing = inflect(table, lemmas, function_words)
    if missing:
        sys.exit("no conjugation table for: " + ", ".join(missing))

    order = ["fin", "pp", "ger", "inf"]
    out = os.path.join(args.out, "forms.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/build-cues; do not edit. See lexicons/cues/README.md.\n")
        f.write("# Inflected forms of the reporting verbs of lemmas.tsv, from the Lefff conjugation "
                "tables (french-verbs-lefff 3.4.0, LGPL-LR).\n")
        f.write("form\tlemma\ttags\n")
        for (form, lemma) in sorted(rows):
            tags = ",".join(t for t in order if t in rows[(form, lemma)])
            f.write(f"{form}\t{lemma}\t{tags}\n")
    infinitives = sorted({w for conj in table.values() for w in conj.get("W", []) if w != "NA"})
    with open(os.path.join(args.out, "infinitives.txt"), "w", encoding="utf-8") as f:
        f.write("# Generated by tools/build-cues; do not edit. Every infinitive of the Lefff "
                "conjugation tables (french-verbs-lefff 3.4.0, LGPL-LR).\n")
        f.write("".join(w + "\n" for w in infinitives))
    ours = {form for (form, _) in rows}
    uncovered = sorted(f for f in ggt_forms if f not in ours)
    print(f"{len(lemmas)} lemmas, {len(rows)} forms -> {out}; "
          f"{len(ggt_forms) - len(uncovered)}/{len(ggt_forms)} GenderGapTracker forms covered",
          file=sys.stderr)


if __name__ == "__main__":
    main()
