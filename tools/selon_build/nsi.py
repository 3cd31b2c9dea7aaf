"""Brands, operators and transit networks (organizations.tsv) from the OpenStreetMap
name-suggestion-index (nsi.min.json) with its Wikidata labels (wikidata.min.json); names
outside France and Europe get scope=foreign.
"""
import collections
import os
import re

from .files import log, read_json
from .org_filters import brand_shaped, org_drop_reason
from .store import Entity
from .text import fold, is_latin, norm, slug, tokens


NSI_SKIP_PREFIX = ("flags/",)
NSI_GENERIC = re.compile(r"^(Ville|Mairie|Commune|Département|Conseil départemental|Région) (de|du|des|d')",
                         re.I)


def build_nsi(ctx, store):
    w = ctx.words
    d = read_json(os.path.join(ctx.res, "name-suggestion-index", "nsi.min.json"))["nsi"]
    wd = read_json(os.path.join(ctx.res, "name-suggestion-index", "wikidata.min.json"))["wikidata"]
    items = collections.OrderedDict()
    for path in sorted(d):
        if path.startswith(NSI_SKIP_PREFIX):
            continue
        for it in d[path]["items"]:
            tags = it.get("tags", {})
            qid = tags.get("brand:wikidata") or tags.get("operator:wikidata") or \
                tags.get("network:wikidata")
            if not qid:
                qid = "nsi:%s/%s" % (path.split("/")[0].rstrip("s"), slug(it.get("displayName", "")))
            inc = [str(x).lower() for x in it.get("locationSet", {}).get("include", [])]
            rel = any(x in ("001", "150", "fr", "be", "ch", "lu", "mc") or x.startswith("fr-")
                      for x in inc)
            names = []
            for k in ("brand:fr", "name:fr", "operator:fr"):
                if tags.get(k):
                    names.append(tags[k])
            names.append(re.sub(r"\s*\([^)]*\)\s*$", "", it.get("displayName", "")))
            for k in ("brand", "operator", "network", "name", "name:en", "brand:en", "short_name",
                      "official_name"):
                if tags.get(k):
                    names.append(tags[k])
            rec = items.setdefault(qid, {"names": [], "rel": False, "paths": set(), "items": []})
            rec["rel"] = rec["rel"] or rel
            rec["paths"].add(path.split("/")[0])
            item_names = []
            for nm in names:
                nm = norm(re.sub(r"\s*\([^)]*\)\s*$", "", nm))
                if nm and nm not in item_names:
                    item_names.append(nm)
            rec["items"].append(item_names)
            for nm in item_names:
                if nm not in rec["names"]:
                    rec["names"].append(nm)
    kept = 0
    for qid, rec in items.items():
        label = wd.get(qid, {}).get("label")
        names = rec["names"]
        if label:
            # Wikidata's label names the entry (Starbucks, not the Serbian item's "Starbaks"); an
            # item none of whose names shares a word with it is another brand filed under a wrong
            # Q-id (5.11 Tactical under & Other Stories) or a local spelling: its names go.
            label = norm(label)
            words = set(fold(x) for x in re.findall(r"\w+", label))
            def shares(nm):
                return bool(words & set(fold(x) for x in re.findall(r"\w+", nm)))
            kept_names = set()
            for item_names in rec["items"]:
                if len(rec["items"]) == 1 or any(shares(nm) for nm in item_names):
                    kept_names.update(item_names)
            names = [nm for nm in names if nm in kept_names]
            if rec["paths"] == {"brands"} or label in names:
                names = [label] + [nm for nm in names if nm != label]
        good = []
        for nm in names:
            if not is_latin(nm) or nm in good or NSI_GENERIC.match(nm):
                continue
            r = org_drop_reason(ctx, nm, rec["rel"])
            if r:
                ctx.dropped.append(("ORG", nm, "nsi %s: %s" % (qid, r)))
                continue
            good.append(nm)
        if not good:
            continue
        a = collections.OrderedDict([("kind", "brand" if "brands" in rec["paths"] else (
            "transit" if rec["paths"] == {"transit"} else "operator"))])
        if not rec["rel"]:
            a["scope"] = "foreign"
        ex = [s for s in good if store.get_by_name("ORG", s) is not None]
        e = Entity(qid, "ORG", good[0], good[1:], a, "nsi")
        for s_ in e.surfaces():
            if len(tokens(s_)) == 1 and (not rec["rel"] or not brand_shaped(s_)):
                e.force_case.setdefault(s_, "exact")
        store.add(e)
        kept += 1
    log("nsi kept %d" % kept)
