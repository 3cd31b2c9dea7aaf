"""Companies (organizations.tsv) from cspell's companies list
(cspell-people-names-companies, MIT), which mixes words and brands: one-word names must be
brand-shaped. Also keeps the folded list for products.py (a simple-icons title that is a
company is an ORG).
"""
import os
import re

from .files import log, read_text
from .org_filters import brand_shaped, org_drop_reason
from .store import Entity
from .text import fold, norm, slug, tokens


def build_cspell_companies(ctx, store):
    path = os.path.join(ctx.res, "cspell-people-names-companies", "companies.txt")
    n = 0
    for line in read_text(path).splitlines():
        nm = norm(line)
        if not nm or nm.startswith("#"):
            continue
        if re.match(r"^[A-Z]{1,5}$", nm) and fold(nm) not in ctx.curated_surfaces:
            continue  # stock tickers and bare acronyms
        if store.get_by_name("ORG", nm) or store.get_by_name("PRODUCT", nm):
            continue
        r = org_drop_reason(ctx, nm, rel=True, strict=True)
        if not r and len(tokens(nm)) == 1 and not brand_shaped(nm):
            r = "plain single word (cspell mixes words and brands)"
        if r:
            ctx.dropped.append(("ORG", nm, "cspell: " + r))
            continue
        e = Entity("cspell:" + slug(nm), "ORG", nm, [], {"kind": "company"}, "cspell")
        if len(tokens(nm)) == 1:
            e.force_case[nm] = "exact"
        store.add(e)
        n += 1
    ctx.cspell_companies = {fold(norm(l)) for l in read_text(path).splitlines() if l.strip()}
    log("cspell companies kept %d" % n)
