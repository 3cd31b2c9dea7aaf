"""The case policy: which surfaces match in any case, need a capital (case=cap) or their
exact case (case=exact), which one-word names may open a sentence (start=ok), which
institution heads French writes in lower case (head=lower).
"""
import re

from .text import fold, tokens


def case_for(ctx, e, s):
    """Return '', 'cap' or 'exact' for surface s of entity e."""
    w = ctx.words
    forced = e.force_case.get(s)
    if forced:
        return forced
    toks = tokens(s)
    if not toks:
        return "exact"
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", s)
    # acronyms: short all-caps forms are matched with exact case
    if letters.isupper() and len(letters) <= 4:
        if len(letters) <= 2 or w.is_common(letters) or w.is_common_folded(letters) or \
                ctx.first_folded.get(fold(letters), 0) > 0 or len(letters) <= 3:
            return "exact"
    if len(toks) == 1:
        t = toks[0]
        if w.is_common(t) or w.is_common_folded(t) or w.is_common(s):
            return "cap"
        if e.type == "PER":
            return "cap"
        if ctx.first_folded.get(fold(t), 0) >= 100 or ctx.sur_folded.get(fold(t), 0) >= 100:
            return "cap"
        return ""
    # multi-token: capitalisation required when every content token is an ordinary word
    content = [t for t in toks if not w.is_function(t) and len(t) > 2]
    if not content or all(w.is_common(t) or w.is_common_folded(t) for t in content):
        return "cap"
    return ""


# Heads of institution names that French typography writes in lower case ("le ministère des
# Affaires étrangères", "l'université de Lille"): such names get head=lower. Unique bodies keep
# their capital ("le Conseil d'État"): a lower-case "conseil" describes.
LOWER_HEADS = {"Ministère", "Préfecture", "Tribunal", "Université", "Musée", "Laboratoire"}


# Population from which a city named like a common word may still open a sentence.
VERY_BIG_CITY = 1500000


def start_ok(ctx, e):
    """A one-word name capitalised only because it is also a first name or surname, of a
    well-known place or organisation (a country, a capital, a city of 100,000 or a curated
    entry): a capital at the start of a sentence is enough ("France : …", "Florence a …" is
    rarer than the city)."""
    w = ctx.words
    toks = tokens(e.name)
    if len(toks) != 1 or e.force_case.get(e.name):
        return False
    t = toks[0]
    pop = int(e.attrs.get("pop", "0") or 0)
    big = e.attrs.get("kind") == "country" or e.attrs.get("capital") == "1" or \
        pop >= 100000 or e.src[0] == "curated"
    # A name that is also a common word ("paris", bets; "damas", a fabric; "milan", a bird)
    # opens a sentence as that word more often than as a town, except for a country, a capital
    # or a city of a million and a half: "Paris a été touchée", "Pékin dément".
    very_big = e.attrs.get("kind") == "country" or e.attrs.get("capital") == "1" or \
        pop >= VERY_BIG_CITY
    if (w.is_common(t) or w.is_common_folded(t) or w.is_common(e.name)) and not very_big:
        return False
    return big


def person_start_ok(ctx, e):
    """A curated person's one-word names (a surname alias: "Macron", "Poutine") may open a
    sentence, as headlines do ("Poutine a « probablement approuvé » …"), when none of them is
    an ordinary word or a first name: "Hollande", "Royal", "Blanc" or "Martin" opening a
    sentence are as often the word or someone else."""
    if e.type != "PER" or e.src[0] != "curated":
        return False
    w = ctx.words
    ones = [s for s in [e.name] + list(e.aliases) if len(tokens(s)) == 1]
    if not ones:
        return False
    for s in ones:
        t = tokens(s)[0]
        if w.is_common(t) or w.is_common_folded(t) or w.is_common(s) or \
                ctx.first_folded.get(fold(t), 0) > 0 or len(t) < 4:
            return False
    return True


def lower_head(name):
    words = name.split()
    return len(words) >= 2 and words[0] in LOWER_HEADS
