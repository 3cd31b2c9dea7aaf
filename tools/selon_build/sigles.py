"""Public bodies from the administration's acronyms (sigles-administration, sigles.csv):
a definition that starts with an institution head (Agence, Conseil…) is kept, its case
fixed, with its acronym as an alias when the acronym means one thing only.
"""
import collections
import csv
import os
import re

from .files import log
from .store import Entity
from .text import fold, norm, slug, tokens


ORG_HEADS = (
    "Agence", "Autorité", "Caisse", "Centre", "Comité", "Commission", "Conseil", "Direction",
    "Fédération", "Institut", "Ministère", "Office", "Union", "Association", "Observatoire",
    "Établissement", "Etablissement", "École", "Ecole", "Fondation", "Haut conseil",
    "Haut Conseil", "Haute autorité", "Haute Autorité", "Inspection", "Société", "Syndicat",
    "Confédération", "Chambre", "Organisation", "Délégation", "Secrétariat général",
    "Groupement", "Cour", "Tribunal", "Banque", "Laboratoire", "Université", "Régie",
    "Compagnie", "Musée", "Académie", "Assemblée", "Conservatoire", "Parti", "Mouvement",
    "Collectif", "Fonds", "Entreprise", "Commissariat", "Haut commissariat", "Haut-commissariat",
    "Bibliothèque", "Archives", "Préfecture", "Mutualité", "Mutuelle", "Ordre", "Conférence",
    "Service", "Bureau", "Groupe", "Réseau", "Alliance", "Coordination", "Secours",
)
LOWER_SMALL = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "en", "à", "au", "aux",
               "sur", "par", "dans", "avec", "sans", "ou", "un", "une"}


def fix_case(defn):
    defn = norm(defn).rstrip(".").strip()
    defn = re.sub(r"\s*\([^)]*\)\s*$", "", defn)
    ws = defn.split(" ")
    caps = sum(1 for x in ws if x[:1].isupper())
    if len(ws) >= 3 and caps >= len(ws) - 0:
        out = [ws[0]]
        for x in ws[1:]:
            parts = re.split(r"([-'])", x)
            res = []
            for p in parts:
                if p.lower() in LOWER_SMALL:
                    res.append(p.lower())
                else:
                    res.append(p)
            out.append("".join(res))
        defn = " ".join(out)
    if defn[:1].islower():
        defn = defn[0].upper() + defn[1:]
    if defn.isupper():
        return None
    return defn


def generic(defn):
    """A head and one lower-case word after it ("Bureau national", "Cour d'appel", "Direction
    générale", "Centre hospitalier"): a description any text writes of many bodies, no name of
    one. As a name it matched "le Bureau national des transports" as "Bureau national".
    ("Agence France-Presse", "Conseil Général" are written as names.)"""
    words = [x for x in re.split(r"[ ']", defn) if x and x.lower() not in LOWER_SMALL]
    return len(words) == 2 and words[1][:1].islower()


def build_sigles(ctx, store):
    w = ctx.words
    path = os.path.join(ctx.res, "sigles-administration", "sigles.csv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_term = collections.defaultdict(list)
    heads = tuple(h + " " for h in ORG_HEADS)
    for row in rows:
        term = norm(row["term"])
        if not re.match(r"^[A-ZÉ][A-Za-zÉ0-9&\-]{1,9}$", term):
            continue
        if sum(1 for c in term if c.isupper()) < 2:
            continue
        d = fix_case(row["definition"] or "")
        if not d or len(tokens(d)) < 2:
            continue
        # "Bureau d'Enquêtes et d'Analyses ou Bail Emphytéotique Administratif": one row, two
        # meanings; the name is the first that is an organization (the row's acronym, as
        # before, is its alias).
        alts = [a for a in re.split(r" ou (?=[A-ZÉ])", d)
                if len(tokens(a)) >= 2 and a.startswith(heads) and not generic(a)]
        if alts:
            by_term[term].append(alts[0])
    n = 0
    for term in sorted(by_term):
        # (Of two spellings, the one in sentence case: "Direction de la surveillance du territoire".)
        defs = sorted(set(by_term[term]), key=lambda x: (len(x), sum(c.isupper() for c in x), x))
        defs_f = {fold(x) for x in defs}
        acronym_ok = len(defs_f) == 1 and fold(term) not in ctx.curated_surfaces and len(term) >= 3
        for dfn in defs:
            if fold(dfn) in ctx.sigle_names_seen:
                continue
            ctx.sigle_names_seen.add(fold(dfn))
            aliases = [term] if acronym_ok else []
            e = Entity("sigle:" + slug(term + "-" + dfn)[:60], "ORG", dfn, aliases,
                       collections.OrderedDict([("kind", "public_body"), ("country", "FR")]),
                       "sigles")
            # An administrative acronym is written in capitals; "Copa" or "Spen" is another word.
            if acronym_ok:
                e.force_case[term] = "exact"
            store.add(e)
            n += 1
    log("sigles kept %d" % n)
