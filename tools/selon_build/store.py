"""The entity store: Entity (a name, its aliases, attributes, sources, priority), Store
(entities by id and by (type, folded name), merging what two sources say of one entity), the
source priorities, and the final checks every surface passes before it is written.
"""
import collections
import re

from .text import fold, norm, tokens


TYPES = ("PER", "ORG", "PRODUCT", "LOC")
FILE_OF = {"PER": "people.tsv", "ORG": "organizations.tsv", "PRODUCT": "products.tsv",
           "LOC": "places.tsv"}
# higher = more trusted when two entities of the same type claim the same surface
PRIO = {"curated": 100, "deputes": 80, "mdiplo": 80, "an": 70, "countries": 90, "insee": 75,
        "cldr": 85, "geonames": 40, "nsi": 50, "sigles": 45, "cspell": 35, "simpleicons": 35,
        "lobehub": 40, "openfootball": 40}


class Entity:
    __slots__ = ("id", "type", "name", "aliases", "attrs", "src", "prio", "force_case")

    def __init__(self, id_, type_, name, aliases=(), attrs=None, src="curated"):
        self.id = id_
        self.type = type_
        self.name = norm(name)
        self.aliases = []
        self.attrs = collections.OrderedDict()
        self.force_case = {}  # surface -> 'cap'|'exact' set explicitly (curated)
        self.src = [src]
        self.prio = PRIO.get(src, 10)
        for a in aliases:
            self.add_alias(a)
        for k, v in (attrs or {}).items():
            self.attrs[k] = v

    def surfaces(self):
        return [self.name] + self.aliases

    def add_alias(self, a):
        a = norm(a)
        if not a or a == self.name or a in self.aliases:
            return
        self.aliases.append(a)

    def merge(self, other):
        for s in other.surfaces():
            self.add_alias(s)
        for k, v in other.attrs.items():
            if k in ("scope", "kind") and k not in self.attrs and self.src[0] != other.src[0]:
                if k == "scope" or self.src[0] == "curated":
                    continue
            if k == "country" and self.src[0] == "curated":
                continue  # curated facts win (ONU is not a French body)
            if k not in self.attrs:
                self.attrs[k] = v
        for s, c in other.force_case.items():
            self.force_case.setdefault(s, c)
        for s in other.src:
            if s not in self.src:
                self.src.append(s)
        if other.id.startswith("Q") and not self.id.startswith("Q"):
            self.attrs.setdefault("alt_id", self.id)
            self.id = other.id
        elif other.id != self.id and "alt_id" not in self.attrs and other.id.split(":")[0] in (
                "geonames", "insee", "iso"):
            self.attrs["alt_id"] = other.id
        self.prio = max(self.prio, other.prio)


class Store:
    def __init__(self):
        self.by_id = collections.OrderedDict()
        self.by_key = {}  # (type, folded name) -> id

    def add(self, e, merge_by_name=True):
        key = (e.type, fold(e.name))
        if e.id in self.by_id:
            if self.by_id[e.id].type != e.type:
                return self.by_id[e.id]  # e.g. an NSI operator whose Q-id is a country: skip
            self.by_id[e.id].merge(e)
            return self.by_id[e.id]
        if merge_by_name and key in self.by_key:
            tgt = self.by_id[self.by_key[key]]
            old_id = tgt.id
            tgt.merge(e)
            if tgt.id != old_id:
                del self.by_id[old_id]
                self.by_id[tgt.id] = tgt
                for k2, v2 in list(self.by_key.items()):
                    if v2 == old_id:
                        self.by_key[k2] = tgt.id
            return tgt
        self.by_id[e.id] = e
        self.by_key[key] = e.id
        return e

    def get_by_name(self, type_, name):
        i = self.by_key.get((type_, fold(name)))
        return self.by_id.get(i) if i else None

    def entities(self):
        return list(self.by_id.values())


def final_checks(ctx, store):
    """Drop surfaces that no entity should carry (never-list, <3 chars unless curated/exact)."""
    w = ctx.words
    for e in store.entities():
        if e.src[0] != "curated" and len(tokens(e.name)) == 1 and (
                w.is_function(e.name) or fold(e.name) in ctx.never):
            ctx.dropped.append((e.type, e.name, "%s: function word / never-list" % e.src[0]))
            del store.by_id[e.id]
            continue
        keep = []
        for s in e.aliases:
            toks = tokens(s)
            if fold(s) in ctx.never and e.src[0] != "curated":
                continue
            letters = re.sub(r"\W", "", s)
            if len(letters) < 2:
                continue
            if len(letters) < 3 and e.src[0] != "curated" and fold(s) not in ctx.curated_surfaces:
                continue
            if len(toks) == 1 and w.is_function(s) and not s.isupper() and \
                    fold(s) not in ctx.curated_surfaces:
                continue
            keep.append(s)
        e.aliases = keep
