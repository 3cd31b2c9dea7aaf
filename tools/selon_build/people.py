"""People (people.tsv): deputies of the 16th legislature (Wikidata, with the Assemblée
nationale open data for surnames and civility), media owners (Le Monde diplomatique's
medias-francais). A deputy's surname becomes an alias only when it is distinctive.
"""
import collections
import csv
import os
import re

from .files import read_json, read_tsv
from .store import Entity
from .text import fold, norm, slug, tokens


def build_people(ctx, store):
    res = ctx.res
    w = ctx.words
    d = read_json(os.path.join(res, "deputes-an-wikidata", "wikidata_deputes_legislature16.json"))
    an = {}
    with open(os.path.join(res, "deputes-an-wikidata", "an_opendata_deputes.csv"),
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            an[row["id"].replace("PA", "")] = row
    seen = set()
    surname_count = collections.Counter()
    cands = []
    for b in d["results"]["bindings"]:
        qid = b["item"]["value"].rsplit("/", 1)[-1]
        if qid in seen:
            continue
        seen.add(qid)
        name = norm(b["itemLabel"]["value"])
        if re.match(r"^Q\d+$", name):
            continue
        row = an.get(b.get("id_an", {}).get("value", ""))
        surname = norm(row["nom"]) if row else None
        civ = row["civ"] if row else ""
        cands.append((qid, name, surname, civ, b.get("groupeLabel", {}).get("value", "")))
        if surname:
            surname_count[fold(surname)] += 1
    for qid, name, surname, civ, group in cands:
        a = collections.OrderedDict([("role", "député" if civ != "Mme" else "députée"),
                                     ("country", "FR")])
        if civ:
            a["sex"] = "F" if civ == "Mme" else "M"
        if group:
            a["group"] = group.replace(";", ",")
        aliases = []
        if surname and surname_count[fold(surname)] == 1 and distinctive_surname(ctx, surname):
            aliases.append(surname)
        store.add(Entity(qid, "PER", name, aliases, a, "deputes"))
    # mdiplo owners
    for row in read_tsv(os.path.join(res, "medias-francais-mdiplo", "personnes.tsv")):
        name = norm(row["Nom"])
        if not name:
            continue
        a = collections.OrderedDict([("role", "propriétaire de médias")])
        for k in ("milliardaireForbes2024",):
            if row.get(k, "").strip():
                a["billionaire"] = "1"
        store.add(Entity("mdiplo:" + slug(name), "PER", name, [], a, "mdiplo"))


def distinctive_surname(ctx, s):
    w = ctx.words
    toks = tokens(s)
    if len(s) < 4:
        return False
    if len(toks) == 1:
        t = toks[0]
        if w.is_common(t) or w.is_common_folded(t):
            return False
        if ctx.first_folded.get(fold(t), 0) >= 100:
            return False
        if ctx.sur_folded.get(fold(t), 0) >= ctx.surname_alias_max:
            return False
        if fold(t) in ctx.place_keys:
            return False
    else:
        if ctx.sur_folded.get(fold(s), 0) >= 300 or toks[0].lower() in ("da", "de", "du", "le", "la",
                                                                        "van", "von", "di", "del"):
            return False
    return True
