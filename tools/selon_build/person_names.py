"""Person-name evidence for the filters: INSEE first names (Fichier des prénoms, births
1900-2022) and surnames (noms 2008), cspell people names. A place or organization name that
is a common first name or surname is dropped or needs its capital; selon reads no surname
list itself (the first names also become evidence/first_names.tsv, see evidence.py).
"""
import collections
import os

from .files import read_text
from .text import fold


def load_person_names(ctx):
    """INSEE first names / surnames with counts (first names: filters and evidence files;
    surnames: filters only, selon reads no surname list)."""
    res = ctx.res
    first = collections.defaultdict(lambda: [0, 0])
    with open(os.path.join(res, "insee-prenoms-noms", "nat2022.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\r\n").split(";")
            if len(p) != 4 or p[1].startswith("_"):
                continue
            sexe, name, _, n = p
            try:
                n = int(n)
            except ValueError:
                continue
            first[name][0 if sexe == "1" else 1] += n
    ctx.first_names = first
    sur = {}
    with open(os.path.join(res, "insee-prenoms-noms", "noms2008nat_txt.txt"), encoding="utf-8",
              errors="replace") as f:
        header = next(f)
        for line in f:
            p = line.rstrip("\r\n").split("\t")
            if not p or p[0] == "AUTRES NOMS":
                continue
            try:
                n = sum(int(x) for x in p[1:] if x.strip())
            except ValueError:
                continue
            sur[p[0]] = n
    ctx.surnames = sur
    # folded lookup sets
    ctx.first_folded = {}
    for name, (m, fm) in first.items():
        k = fold(name)
        ctx.first_folded[k] = ctx.first_folded.get(k, 0) + m + fm
    ctx.sur_folded = {}
    for name, n in sur.items():
        k = fold(name)
        ctx.sur_folded[k] = ctx.sur_folded.get(k, 0) + n
    ctx.cspell_people = set()
    for line in read_text(os.path.join(res, "cspell-people-names-companies",
                                       "people-names.txt")).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            ctx.cspell_people.add(fold(line))


def is_person_token(ctx, w, first_min=300, sur_min=800):
    k = fold(w)
    return (ctx.first_folded.get(k, 0) >= first_min or ctx.sur_folded.get(k, 0) >= sur_min
            or k in ctx.curated_person_tokens)
