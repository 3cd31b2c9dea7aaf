"""The key functions: typography normalisation, the folded key, slugs, word tokens.

`fold()` must give the key selon's tokenizer gives (`FoldKey`, src/internal/fold.cpp): the
builder decides duplicates, aliases and common words on these keys, and the engine matches on
its own (tests/fold_parity_test.py compares them on every single-word name of the lexicons).
Builds nothing; reads nothing.
"""
import re
import unicodedata


APOS = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "})


def norm(s):
    """Normalise typography (apostrophes, spaces) and trim."""
    s = unicodedata.normalize("NFC", s.translate(APOS))
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    """Case- and diacritic-insensitive key: the key selon's tokenizer gives (FoldKey: Unicode
    case folding, canonical decomposition, marks stripped; tests/fold_parity_test.py checks it on
    every single-word name of the lexicons): "Straße" and "STRASSE" give "strasse"."""
    s = norm(s).replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = s.casefold()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.translate(APOS).replace("\u2010", "-").replace("\u2011", "-")  # hyphens, as FoldKey
    s = re.sub(r"\s*-\s*", "-", s)
    return s


def slug(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(s):
    return TOKEN_RE.findall(s)


LATIN_OK = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF'’.&+\-/!,:()·]+$")


def is_latin(s):
    return bool(LATIN_OK.match(s))


def title_insee(s):
    """MARIE-CHRISTINE -> Marie-Christine; D'ARTAGNAN -> d'Artagnan; LE PEN -> Le Pen."""
    out = []
    for w in s.lower().split(" "):
        parts = re.split(r"([-'])", w)
        res = []
        for p in parts:
            if p in ("-", "'"):
                res.append(p)
            elif p:
                res.append(p[0].upper() + p[1:])
        out.append("".join(res))
    name = " ".join(out)
    name = re.sub(r"^(De|Du|Des|D')(?=[ A-Z])", lambda m: m.group(1).lower(), name)
    name = re.sub(r"(?<=\w)'(\w)", lambda m: "'" + m.group(1).upper(), name)
    name = re.sub(r"\bD'", "d'", name) if name.startswith("D'") else name
    return name
