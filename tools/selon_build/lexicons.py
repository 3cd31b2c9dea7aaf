"""Build selon's shipped lexicons (TSV) from the shared resources + hand-curated lists.

Usage: tools/build-lexicons [--resources DIR] [--out DIR] [--commune-min-pop N] [--city-min-pop N]

Standard library only; deterministic (sorted output, stable ids). See lexicons/README.md for the
format, the policies and the credits of every source.

Module: selon_build.lexicons, the driver behind tools/build-lexicons (the order of the
sources matters: curated entries first, then places, people, organizations, products; the
filters of later sources read what earlier ones stored).
"""
import argparse
import os

from .airlines import build_airlines
from .curated import add_curated, build_curated
from .evidence import build_evidence
from .files import REPO, log, read_text
from .organizations import build_orgs
from .output import write_dropped, write_entities
from .people import build_people
from .person_names import load_person_names
from .places import build_places
from .products import build_products
from .readme import update_readme
from .store import Store, final_checks
from .subdivisions import build_subdivisions
from .text import fold
from .words import Words

# The command's help: the first paragraphs of this module's docstring (the user-facing text).
DESCRIPTION = __doc__.split("\nModule: ")[0]


class Ctx:
    """The build's shared state, filled as the sources are read: the options (res, out, the
    population thresholds), the word lists (words, never, first_folded, sur_folded…), the keys
    later filters test (place_keys, curated_surfaces…) and the dropped names."""


def main():
    """tools/build-lexicons: parses the command line, builds every file into --out."""
    ap = argparse.ArgumentParser(description=DESCRIPTION,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--resources", default=os.path.join(REPO, "..", "shared", "data", "resources"))
    ap.add_argument("--out", default=os.path.join(REPO, "lexicons"))
    ap.add_argument("--commune-min-pop", type=int, default=500)
    ap.add_argument("--commune-common-pop", type=int, default=5000,
                    help="communes whose name is a common word/person name are kept from this size")
    ap.add_argument("--city-min-pop", type=int, default=1000)
    ap.add_argument("--city-common-pop", type=int, default=100000)
    ap.add_argument("--city-homonym-pop", type=int, default=1000000)
    ap.add_argument("--surname-alias-max", type=int, default=3000)
    args = ap.parse_args()
    ctx = Ctx()
    ctx.res = os.path.abspath(args.resources)
    ctx.out = os.path.abspath(args.out)
    ctx.commune_min_pop = args.commune_min_pop
    ctx.commune_common_pop = args.commune_common_pop
    ctx.city_min_pop = args.city_min_pop
    ctx.city_common_pop = args.city_common_pop
    ctx.city_homonym_pop = args.city_homonym_pop
    ctx.surname_alias_max = args.surname_alias_max
    ctx.first_min_count = 20
    ctx.dropped = []
    ctx.sigle_names_seen = set()
    if not os.path.isdir(ctx.res):
        raise SystemExit("resources not found: %s" % ctx.res)
    cur = os.path.join(ctx.out, "curated")
    ctx.never = set()
    for line in read_text(os.path.join(cur, "never.txt")).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ctx.never.add(fold(line))
    log("loading word lists…")
    ctx.words = Words(ctx.res, cur)
    load_person_names(ctx)
    build_curated(ctx, None)
    store = Store()
    add_curated(ctx, store)
    log("places…")
    build_places(ctx, store)
    log("people…")
    build_people(ctx, store)
    log("organizations…")
    build_orgs(ctx, store)
    log("products…")
    build_products(ctx, store)
    final_checks(ctx, store)
    stats = write_entities(ctx, store)
    stats.update(build_subdivisions(ctx, store))
    stats.update(build_airlines(ctx, store))
    stats.update(build_evidence(ctx))
    write_dropped(ctx)
    update_readme(ctx, stats)
    tot = 0
    for k in sorted(stats):
        v = stats[k]
        if isinstance(v, tuple):
            tot += v[1]
            log("%-28s rows %7d names %7d" % (k, v[0], v[1]))
        else:
            log("%-28s rows %7d" % (k, v))
    log("entity names total: %d" % tot)
