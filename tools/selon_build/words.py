"""Common French words, for the case policy and every filter: Lefff 3.4 (LGPL-LR) forms
and categories, hunspell-fr (MPL-2.0) stems and name tags, lexicons/curated/common_extra.txt;
the relational adjectives organization names take (by suffix, from Lefff), and the French
plural of a noun or adjective (plural_fr). Builds no file itself.
"""
import os
import re

from .files import read_text
from .text import fold


FUNCTION_CATS = {
    "det", "pro", "prep", "coo", "csu", "cln", "cla", "cld", "clr", "cll", "cldr", "clar", "clg",
    "clneg", "prel", "pri", "advneg", "ce", "ilimp", "caimp", "que", "que_restr", "auxAvoir",
    "auxEtre", "pres", "adv", "advPref", "adjPref",
}


# Suffixes of French relational (denominal) adjectives, the kind an organization's name puts
# after its cue noun: -ique, -al/-aux, -aire, -el, -ien, -iste (météorologique, national,
# parlementaire, présidentiel, canadien, baptiste), with their feminine and plural forms.
RELATIONAL_SUFFIX = re.compile(
    r"(iques?|ale?s?|aux|aires?|elle?s?|iens?|iennes?|istes?)$")


class Words:
    """Common French words (lower case) from Lefff non-np entries and hunspell-fr non-proper stems."""

    def __init__(self, res, curated_dir):
        self.common = set()      # any non-proper-noun form
        self.function = set()    # function words, adverbs, forms of être/avoir
        self.propn_lefff = set()
        adjectives = {}          # Lefff adjective form -> lemma
        verb_forms = set()
        lefff = os.path.join(res, "lefff-3.4", "lefff-3.4.mlex")
        with open(lefff, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3:
                    continue
                form, cat, lemma = parts[0], parts[1], parts[2]
                if cat == "np":
                    self.propn_lefff.add(form)
                    continue
                if cat == "adj":
                    adjectives.setdefault(form, lemma)
                elif cat == "v":
                    verb_forms.add(form)
                if cat.startswith("ponct") or not form:
                    continue
                low = form.lower()
                if form != low and cat not in FUNCTION_CATS:
                    # capitalised non-np forms in Lefff are mostly titles/abbreviations; keep lower
                    pass
                self.common.add(low)
                if cat in FUNCTION_CATS or lemma in ("être", "avoir"):
                    self.function.add(low)
        # Relational adjectives (l'Institut météorologique, l'Église épiscopale, l'Université
        # baptiste): the denominal suffixes institution names take their adjectives from, never
        # a verb form (participles such as "fermée" describe, they do not name).
        self.relational_adjectives = {
            form: lemma for form, lemma in adjectives.items()
            if RELATIONAL_SUFFIX.search(form) and form.islower() and form not in verb_forms
            and " " not in form and "_" not in form}
        dic = os.path.join(res, "hunspell-fr", "fr.dic")
        self.hun_first = set()
        self.hun_surname = set()
        self.hun_propn = set()
        with open(dic, encoding="utf-8") as f:
            next(f)
            for line in f:
                line = line.rstrip("\n")
                if not line:
                    continue
                m = re.match(r"^(\S+?)(?:/(\S*))?(?:\s+(.*))?$", line)
                if not m:
                    continue
                stem, flags, morph = m.group(1), m.group(2) or "", m.group(3) or ""
                stem = stem.replace("\\/", "/")
                if "po:prn" in morph:
                    self.hun_first.add(stem)
                    continue
                if "po:patr" in morph:
                    self.hun_surname.add(stem)
                    continue
                if "po:npr" in morph:
                    self.hun_propn.add(stem)
                    continue
                if not stem or stem[0].isupper():
                    continue
                low = stem.lower()
                self.common.add(low)
                if flags.startswith("S") or flags.startswith("F"):
                    self.common.add(low + "s")
                if flags.startswith("X"):
                    self.common.add(low + "x")
                if re.search(r"po:(mg|det|pro|prep|cj|adv)", morph):
                    self.function.add(low)
        # curated additions: English loanwords and frequent capitalised words of French news
        extra = os.path.join(curated_dir, "common_extra.txt")
        for line in read_text(extra).splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            w, _, kind = line.partition(";")
            w = w.strip().lower()
            self.common.add(w)
            if kind.strip() == "function":
                self.function.add(w)
        self.common_folded = {fold(w) for w in self.common}
        self.function_folded = {fold(w) for w in self.function}

    def is_common(self, w):
        return w.lower() in self.common

    def is_common_folded(self, w):
        return fold(w) in self.common_folded

    def is_function(self, w):
        return fold(w) in self.function_folded


def plural_fr(w):
    if re.search(r"[sxz]$", w):
        return w
    if w.endswith("al") and w not in ("bal", "festival", "carnaval"):
        return w[:-2] + "aux"
    if w.endswith(("eau", "au", "eu")):
        return w + "x"
    return w + "s"
