"""Products (products.tsv), and the companies among the same icons: simple-icons brands
(simple-icons.json) and LobeHub's AI brands (lobehub-icons-toc.json: providers are ORG,
models and apps PRODUCT).
"""
import os
import re

from .files import log, read_json
from .org_filters import brand_shaped, org_drop_reason
from .store import Entity
from .text import fold, is_latin, norm, slug, tokens


# Brand icons of companies, not products: "United Airlines", "Deutsche Bank", "Sony Pictures".
COMPANY_WORDS = re.compile(r"\b(Airlines|Airways|Air Lines|Bank|Banque|Group|Groupe|Holdings?|"
                           r"Entertainment|Pictures|Studios|Motors|Insurance|Assurances?|"
                           r"Railways?|Telecom|Communications|Corporation|Foundation|Fondation)\b")


def build_products(ctx, store):
    res = ctx.res
    si = read_json(os.path.join(res, "simple-icons-brands", "simple-icons.json"))
    n = 0
    for it in sorted(si, key=lambda x: x["slug"]):
        title = norm(it["title"])
        aliases = []
        al = it.get("aliases", {})
        for a in al.get("aka", []):
            aliases.append(a)
        # (Not al["dup"]: other brands drawn with the same icon, Radio France's France Inter
        # and Fip, Dassault Systèmes' SolidWorks; no names of this one.)
        for a in al.get("old", []):
            aliases.append(a if isinstance(a, str) else a.get("title", ""))
        for loc, v in sorted(al.get("loc", {}).items()):
            if loc.startswith("fr"):
                aliases.append(v)
        names = [x for x in [title] + [norm(a) for a in aliases] if x and is_latin(x)]
        if not names:
            continue
        # companies -> ORG, the rest -> PRODUCT
        t = "ORG" if (fold(title) in ctx.cspell_companies or store.get_by_name("ORG", title)
                      or COMPANY_WORDS.search(title)) else "PRODUCT"
        if store.get_by_name("PRODUCT", title) or (t == "ORG" and store.get_by_name("ORG", title)):
            ex = store.get_by_name("PRODUCT", title) or store.get_by_name("ORG", title)
            for a in names[1:]:
                if not org_drop_reason(ctx, a, rel=True, strict=True):
                    ex.add_alias(a)
            continue
        good = []
        for nm in names:
            if re.search(r"\.(com|io|me|org|net|ai|dev|app|js|ch|co)$", nm, re.I) or \
                    nm[:1].islower() or re.match(r"^[\W\d]", nm):
                continue
            r = org_drop_reason(ctx, nm, rel=True)
            if not r and len(tokens(nm)) == 1 and len(nm) < 4 and not brand_shaped(nm):
                r = "short plain word"
            if r:
                ctx.dropped.append((t, nm, "simple-icons: " + r))
                continue
            good.append(nm)
        if not good:
            continue
        e = Entity("si:" + it["slug"], t, good[0], good[1:],
                   {"kind": "company" if t == "ORG" else "tech"}, "simpleicons")
        for s in e.surfaces():
            if len(tokens(s)) == 1:
                e.force_case.setdefault(s, "exact")
        store.add(e)
        n += 1
    log("simple-icons kept %d" % n)
    lh = read_json(os.path.join(res, "lobehub-ai-brands", "lobehub-icons-toc.json"))
    n = 0
    for it in sorted(lh, key=lambda x: x["id"]):
        title = norm(it["title"])
        full = norm(it.get("fullTitle", ""))
        names = [title]
        m = re.match(r"^(.*?)\s*\(([^)]*)\)$", full)
        if m:
            inner = m.group(2)
            names.append(m.group(1))
            if is_latin(inner) and not re.search(r"[\u4e00-\u9fff]", inner):
                names.append(inner)
        elif full:
            names.append(full)
        names = [x for x in names if x and is_latin(x) and x[:1].isupper()]
        if not names:
            continue
        t = "ORG" if it.get("group") == "provider" else "PRODUCT"
        if any(store.get_by_name(tt, nm) for nm in names for tt in ("ORG", "PRODUCT")):
            continue
        good = [nm for nm in dict.fromkeys(names) if not org_drop_reason(ctx, nm, rel=True)]
        if not good:
            continue
        a = {"kind": "ai_company" if t == "ORG" else ("ai_model" if it.get("group") == "model" else "ai")}
        e = Entity("lobehub:" + slug(it["id"]), t, good[0], good[1:], a, "lobehub")
        for s in e.surfaces():
            if len(tokens(s)) == 1:
                e.force_case.setdefault(s, "exact")
        store.add(e)
        n += 1
    log("lobehub kept %d" % n)
