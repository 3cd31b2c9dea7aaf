"""Organizations (organizations.tsv), first part: media and media companies (Le Monde
diplomatique's medias-francais), parties, ministries and public bodies (Assemblée nationale
open data, organes), intercommunalities (EPCI, communes-france-decoupage-administratif); then
the other organization sources in order: sigles.py, nsi.py, cspell.py, clubs.py.
"""
import collections
import csv
import os
import re

from .clubs import build_football_clubs
from .cspell import build_cspell_companies
from .files import log, read_json, read_tsv
from .nsi import build_nsi
from .org_filters import org_drop_reason
from .sigles import build_sigles
from .store import Entity
from .text import fold, norm, slug, tokens


def build_orgs(ctx, store):
    res = ctx.res
    w = ctx.words
    for e in store.entities():
        if e.type == "LOC":
            for s_ in e.surfaces():
                ctx.place_keys.add(fold(s_))
    md = os.path.join(res, "medias-francais-mdiplo")
    kinds = {"Presse": "press", "Télévision": "tv", "Radio": "radio", "Site": "web"}
    for row in read_tsv(os.path.join(md, "medias.tsv")):
        name = norm(row["Nom"])
        if not name:
            continue
        t = row.get("Type", "").split(" ")[0]
        a = collections.OrderedDict([("kind", "media")])
        if t in kinds:
            a["medium"] = kinds[t]
        sc = row.get("Echelle", "").strip()
        if sc:
            a["scope"] = slug(sc)
        if row.get("Disparu", "").strip():
            a["defunct"] = "1"
        store.add(Entity("mdiplo:" + slug(name), "ORG", name, [], a, "mdiplo"))
    for row in read_tsv(os.path.join(md, "organisations.tsv")):
        name = norm(row["nom"])
        if not name:
            continue
        store.add(Entity("mdiplo:" + slug(name), "ORG", name, [],
                         collections.OrderedDict([("kind", "company"), ("sector", "media")]),
                         "mdiplo"))
    # Assemblée nationale organes: parties and ministries
    with open(os.path.join(res, "deputes-an-wikidata", "an_opendata_organes.csv"),
              encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    seen = set()
    for row in sorted(rows, key=lambda r: r["id"]):
        ct = row["codeType"]
        if ct not in ("PARPOL", "MINISTERE"):
            continue
        name = norm(row["libelle"])
        if not name or "déclaré" in name or "rattaché" in name or fold(name) in seen:
            continue
        if ct == "MINISTERE" and not name.startswith("Ministère"):
            continue
        if len(tokens(name)) < 2 and ct == "PARPOL":
            if w.is_common(name):
                continue
        seen.add(fold(name))
        a = collections.OrderedDict([("kind", "party" if ct == "PARPOL" else "ministry"),
                                     ("country", "FR")])
        if row.get("dateFin"):
            a["until"] = row["dateFin"][:4]
        store.add(Entity("an:" + row["id"], "ORG", name, [], a, "an"))
    n = 0
    for row in sorted(rows, key=lambda r: r["id"]):
        if row["codeType"] not in ("ORGEXTPARL", "COMPER", "COMNL", "DELEG", "OFFPAR", "CONSTITU",
                                   "HCJ", "CJR", "COMSENAT"):
            continue
        name = norm(row["libelle"])
        m = re.match(r"^(Conseil d'administration|Conseil de surveillance|Comité de surveillance|"
                     r"Conseil d'orientation|Comité d'orientation|Conseil scientifique) de (l'|la |du |des )?"
                     r"(.*)$", name)
        if m and row["codeType"] == "ORGEXTPARL":
            inner = m.group(3).strip().strip('"')
            art = {"l'": "", "la ": "", "du ": "", "des ": ""}
            name = inner[0].upper() + inner[1:] if inner else name
            name = re.sub(r'^(établissement public|Établissement public) "?([^"]+)"?$', r"\2", name)
        name = re.sub(r"\s*\(.*?\)\s*$", "", name)
        if len(tokens(name)) < 2 or fold(name) in seen or not name[:1].isupper():
            continue
        if all(w.is_common(t) or w.is_function(t) for t in tokens(name)) and \
                not name.startswith(("Commission", "Conseil", "Office", "Cour", "Haute", "Délégation")):
            continue
        seen.add(fold(name))
        a = collections.OrderedDict([("kind", "public_body"), ("country", "FR")])
        if row.get("dateFin"):
            a["until"] = row["dateFin"][:4]
        store.add(Entity("an:" + row["id"], "ORG", name, [], a, "an"))
        n += 1
    log("AN organes kept %d" % n)
    cfr = os.path.join(res, "communes-france-decoupage-administratif")
    n = 0
    for ep in sorted(read_json(os.path.join(cfr, "epci.json")), key=lambda x: x["code"]):
        name = norm(ep["nom"])
        if len(tokens(name)) < 2 or org_drop_reason(ctx, name, rel=True):
            continue
        a = collections.OrderedDict([("kind", "epci"), ("epci_type", ep.get("type", "")),
                                     ("country", "FR")])
        if ep.get("population"):
            a["pop"] = str(ep["population"])
        store.add(Entity("insee:epci-" + ep["code"], "ORG", name, [], a, "insee"))
        n += 1
    log("EPCI kept %d" % n)
    build_sigles(ctx, store)
    build_nsi(ctx, store)
    build_cspell_companies(ctx, store)
    build_football_clubs(ctx, store)
