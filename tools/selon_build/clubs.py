"""Football clubs (organizations.tsv) from openfootball/clubs (CC0), extracted into
lexicons/sources/openfootball-clubs.tsv by tools/extract-openfootball-clubs.
"""
import collections
import csv
import os
import re

from .files import REPO, log
from .org_filters import list_drop_reason
from .store import Entity
from .subdivisions import subdivision_keys
from .text import fold, is_latin, norm, slug, tokens


# An abbreviated word ("Tottenham H.", "Atl. Madrid", "Real M."): a score-table short form,
# never how a text names the club. A number before the point ("1. FC Köln") is the name's own.
CLUB_ABBREVIATION = re.compile(r"(^|[\s(])[^\W\d_]{1,5}\.")


def build_football_clubs(ctx, store):
    """Football clubs of openfootball/clubs (CC0; extracted into lexicons/sources/ by
    tools/extract-openfootball-clubs). The clubs are named as the press names them, often with a
    city in the name: a name that is a place, a common word or a person's name alone (Bordeaux,
    Arsenal, Chelsea) is left out by org_drop_reason, so only names that can only be the club
    stay; one-word names match with their exact case."""
    path = os.path.join(REPO, "lexicons", "sources", "openfootball-clubs.tsv")
    subdivisions = subdivision_keys(ctx)
    kept = 0
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    for row in rows:
        # "(1966-1991)": the years of a former club, not part of its name.
        names = [norm(re.sub(r"\s*\([^)]*\)", "", x))
                 for x in [row["name"]] + row["aliases"].split("|") if x.strip()]
        good = []
        for nm in names:
            if not nm or nm in good or not is_latin(nm) or CLUB_ABBREVIATION.search(nm):
                continue
            r = list_drop_reason(ctx, nm, subdivisions)
            if r != "bare acronym" and \
                    any(store.get_by_name(t, nm) is not None for t in ("LOC", "PER", "PRODUCT")):
                r = "another type's name"
            if r:
                ctx.dropped.append(("ORG", nm, "openfootball: " + r))
                continue
            good.append(nm)
        if not good:
            continue
        e = Entity("ofb:%s/%s" % (row["country"], slug(names[0])), "ORG", good[0], good[1:],
                   collections.OrderedDict([("kind", "club")]), "openfootball")
        for s_ in e.surfaces():
            if len(tokens(s_)) == 1:
                e.force_case.setdefault(s_, "exact")
        store.add(e)
        kept += 1
    log("openfootball clubs kept %d" % kept)
