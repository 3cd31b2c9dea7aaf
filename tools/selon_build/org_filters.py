"""The organization-name filters shared by every organization and product source:
org_drop_reason (why a name would fire on ordinary text: a common word, a person's name, a
place) and brand_shaped (eBay, 3M, AT&T: shapes ordinary words do not have).
"""
import re

from .person_names import is_person_token
from .text import fold, tokens


def org_drop_reason(ctx, nm, rel, strict=False):
    w = ctx.words
    toks = tokens(nm)
    if not toks:
        return "empty"
    if fold(nm) in ctx.never:
        return "curated never-list"
    if len(toks) == 1:
        t = toks[0]
        if len(nm) < 3 and fold(nm) not in ctx.curated_surfaces:
            return "short"
        if w.is_function(t):
            return "function word"
        if (w.is_common(t) or w.is_common_folded(t)) and fold(nm) not in ctx.curated_org_surfaces:
            if not (nm.isupper() and 3 <= len(nm) <= 5 and rel):
                return "common word"
        if is_person_token(ctx, t) and fold(nm) not in ctx.curated_org_surfaces:
            return "person name"
        if fold(t) in ctx.place_keys and fold(nm) not in ctx.curated_org_surfaces:
            return "place name"
        if fold(t) in ctx.cspell_people and fold(nm) not in ctx.curated_org_surfaces:
            return "person name (cspell)"
        if not rel and not brand_shaped(nm) and len(nm) < 5:
            return "short plain word outside France/Europe"
    else:
        if all(w.is_common(t) or w.is_function(t) or t.isdigit() or len(t) <= 2 for t in toks) \
                and fold(nm) not in ctx.curated_org_surfaces:
            content = [t for t in toks if not w.is_function(t) and len(t) > 2]
            # "Banque Populaire", "Crédit Mutuel": title-cased brand made of words -> case=cap
            if not (len(content) >= 2 and all(t[:1].isupper() for t in content)):
                return "ordinary phrase"
        if fold(nm) in ctx.place_keys and fold(nm) not in ctx.curated_org_surfaces:
            return "place name"
        if fold(nm) in ctx.curated_surfaces and fold(nm) not in ctx.curated_org_surfaces:
            return "curated as another type"
    return None


def brand_shaped(nm):
    """eBay, OpenAI, 3M, AT&T, Booking.com, HSBC: shapes that ordinary words do not have."""
    if re.search(r"[0-9&+.!]", nm):
        return True
    if re.search(r"[a-zà-ÿ][A-Z]", nm):
        return True
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", nm)
    return letters.isupper() and len(letters) >= 3


def list_drop_reason(ctx, nm, subdivisions):
    """Why a name from a list of one kind of organization (football clubs, airlines) stays out,
    or '': a bare acronym (UTC is a club and a time zone; an IATA-like code names many things)
    unless curated, what org_drop_reason finds (strict), or a subdivision's name (Chiapas,
    Piacenza: the place first). `subdivisions`: folded ISO 3166-2 names."""
    if re.fullmatch(r"[A-Z0-9]{2,6}", nm) and fold(nm) not in ctx.curated_org_surfaces:
        return "bare acronym"
    r = org_drop_reason(ctx, nm, rel=True, strict=True)
    if not r and fold(nm) in subdivisions:
        r = "a subdivision's name (Chiapas, Piacenza: the place first)"
    return r
