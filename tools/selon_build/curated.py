"""The hand-curated lists: lexicons/curated/{people,organizations,products,places}.txt
(`name :: aliases :: attrs :: id`, see lexicons/README.md). Curated entries go into the store
first and outrank every source; their surfaces guard the filters of the other sources.
"""
import collections
import os

from .files import read_text
from .store import TYPES, Entity
from .text import fold, slug, tokens


def parse_attrs(s):
    d = collections.OrderedDict()
    for kv in s.split(";"):
        kv = kv.strip()
        if not kv:
            continue
        k, _, v = kv.partition("=")
        d[k.strip()] = v.strip()
    return d


def read_curated(path, default_type):
    out = []
    for ln, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        f = [x.strip() for x in line.split("::")]
        f += [""] * (4 - len(f))
        name, aliases, attrs, id_ = f[0], f[1], f[2], f[3]
        attrs = parse_attrs(attrs)
        type_ = attrs.pop("type", default_type)
        if type_ not in TYPES:
            raise SystemExit("%s:%d: bad type %s" % (path, ln, type_))
        al = [a.strip() for a in aliases.split("|") if a.strip()]
        out.append((id_, type_, name, al, attrs))
    return out


def build_curated(ctx, store):
    cur = os.path.join(ctx.out, "curated")
    files = [("people.txt", "PER"), ("organizations.txt", "ORG"), ("products.txt", "PRODUCT"),
             ("places.txt", "LOC")]
    ctx.curated_surfaces = set()
    ctx.curated_org_surfaces = set()
    ctx.iso_aliases = collections.defaultdict(list)
    ctx.curated_person_tokens = set()
    ctx.curated_entities = []
    for fn, t in files:
        for id_, type_, name, aliases, attrs in read_curated(os.path.join(cur, fn), t):
            if id_.startswith("iso:"):
                ctx.iso_aliases[id_[4:]].append((name, aliases))
                for s in [name] + aliases:
                    ctx.curated_surfaces.add(fold(s))
                continue
            case = attrs.pop("case", None)
            e = Entity(id_ or "cur:" + slug(name), type_, name, aliases, attrs, "curated")
            if case:
                e.force_case[e.name] = case
            ctx.curated_entities.append(e)
            for s in e.surfaces():
                ctx.curated_surfaces.add(fold(s))
                if type_ in ("ORG", "PRODUCT"):
                    ctx.curated_org_surfaces.add(fold(s))
            if type_ == "PER":
                for s in e.surfaces():
                    for tkn in tokens(s):
                        if len(tkn) > 2 and tkn[0].isupper():
                            ctx.curated_person_tokens.add(fold(tkn))
    # curated people tokens: first names are not distinctive person tokens for the city filter
    # (we only want surnames), but keeping them is harmless: they are INSEE first names anyway.


def add_curated(ctx, store):
    for e in ctx.curated_entities:
        store.add(e)
