"""Places (places.tsv): countries (i18n-iso-countries, CLDR fr), CLDR world regions,
French régions, départements and communes (communes-france-decoupage-administratif, INSEE
codes), world cities (GeoNames cities1000 with French names); place_drop_reason, the filter
that keeps a place name from firing on ordinary French text.
"""
import collections
import csv
import os
import re

from .files import log, read_json
from .person_names import is_person_token
from .store import Entity
from .text import fold, is_latin, norm, tokens


COUNTRY_QIDS = {
    "FR": "Q142", "DE": "Q183", "US": "Q30", "GB": "Q145", "IT": "Q38", "ES": "Q29", "CN": "Q148",
    "RU": "Q159", "JP": "Q17", "IN": "Q668", "CA": "Q16", "BR": "Q155", "BE": "Q31", "CH": "Q39",
    "NL": "Q55", "AU": "Q408", "UA": "Q212", "PL": "Q36", "PT": "Q45", "MX": "Q96", "TR": "Q43",
    "IR": "Q794", "IQ": "Q796", "SY": "Q858", "IL": "Q801", "EG": "Q79", "DZ": "Q262",
    "MA": "Q1028", "TN": "Q948", "GR": "Q41", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33",
    "AT": "Q40", "IE": "Q27", "KR": "Q884", "KP": "Q423", "AR": "Q414", "SA": "Q851",
    "AF": "Q889", "PK": "Q843", "LY": "Q1016", "ML": "Q912", "NG": "Q1033", "ZA": "Q258",
    "VE": "Q717", "CU": "Q241", "CO": "Q739", "CL": "Q298", "PE": "Q419", "LB": "Q822",
    "JO": "Q810", "QA": "Q846", "ID": "Q252", "VN": "Q881", "TH": "Q869", "PH": "Q928",
    "NZ": "Q664", "HU": "Q28", "CZ": "Q213", "RO": "Q218", "BG": "Q219", "RS": "Q403",
    "HR": "Q224", "LU": "Q32", "IS": "Q189", "SN": "Q1041", "CI": "Q1008", "CM": "Q1009",
    "ET": "Q115", "KE": "Q114", "VA": "Q237",
}

# country names that are also frequent first names: matched only in longer forms
COUNTRY_RENAME = {
    "MU": ("Maurice", "île Maurice", ["République de Maurice", "Île Maurice"]),
    "DM": ("Dominique", "la Dominique", ["Commonwealth de la Dominique"]),
}

REGION_CODES_KEEP = {"002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019",
                     "029", "030", "034", "035", "039", "053", "054", "061", "142", "143", "145",
                     "150", "151", "154", "155", "202", "419"}


def build_places(ctx, store):
    res = ctx.res
    w = ctx.words
    ctf = os.path.join(res, "countries-territories-fr")
    fr = read_json(os.path.join(ctf, "i18n-iso-countries", "fr.json"))["countries"]
    terr = read_json(os.path.join(ctf, "cldr-fr", "territories.json"))["main"]["fr"][
        "localeDisplayNames"]["territories"]
    ctx.country_names = {}
    ctx.place_keys = set()
    for iso in sorted(fr):
        names = fr[iso] if isinstance(fr[iso], list) else [fr[iso]]
        name = terr.get(iso) or names[0]
        aliases = [n for n in names]
        for k in (iso + "-alt-short", iso + "-alt-variant"):
            if k in terr:
                v = terr[k]
                v = re.sub(r"\s*\(([^)]*)\)", "", v) if "(" in v else v
                aliases.append(v)
        for nm, al in ctx.iso_aliases.get(iso, []):
            aliases.append(nm)
            aliases.extend(al)
        if iso in COUNTRY_RENAME:
            bad, name, extra = COUNTRY_RENAME[iso]
            aliases = [x for x in aliases if fold(x) != fold(bad)] + extra
        qid = COUNTRY_QIDS.get(iso, "iso:" + iso)
        e = Entity(qid, "LOC", name, aliases,
                   collections.OrderedDict([("kind", "country"), ("iso", iso)]), "countries")
        e = store.add(e)
        ctx.country_names[iso] = e.name
        for s in e.surfaces():
            ctx.place_keys.add(fold(s))
    # world regions from CLDR
    for code in sorted(REGION_CODES_KEEP):
        name = norm(terr[code])
        e = Entity("cldr:" + code, "LOC", name, [], {"kind": "region"}, "cldr")
        store.add(e)
        ctx.place_keys.add(fold(name))
    # French régions and départements
    cfr = os.path.join(res, "communes-france-decoupage-administratif")
    art = {2: "le", 3: "la", 4: "les", 5: "l'"}
    for r in read_json(os.path.join(cfr, "regions.json")):
        a = collections.OrderedDict([("kind", "region_fr"), ("country", "FR"),
                                     ("insee_reg", r["code"])])
        if r.get("typeLiaison") in art:
            a["article"] = art[r["typeLiaison"]]
        name = r["nom"]
        aliases = []
        if name.startswith("La ") or name.startswith("Les "):
            aliases.append(name.split(" ", 1)[1])
        store.add(Entity("insee:reg-" + r["code"], "LOC", name, aliases, a, "insee"))
        ctx.place_keys.add(fold(name))
    for d in read_json(os.path.join(cfr, "departements.json")):
        a = collections.OrderedDict([("kind", "departement"), ("country", "FR"),
                                     ("insee_dep", d["code"])])
        if d.get("typeLiaison") in art:
            a["article"] = art[d["typeLiaison"]]
        name = d["nom"]
        aliases = []
        if name.startswith("La ") or name.startswith("Les "):
            aliases.append(name.split(" ", 1)[1])
        store.add(Entity("insee:dep-" + d["code"], "LOC", name, aliases, a, "insee"))
        ctx.place_keys.add(fold(name))
    # communes
    kept = dropped = 0
    communes = read_json(os.path.join(cfr, "communes.json"))
    ctx.commune_pop = {}
    for c in sorted(communes, key=lambda c: (-(c.get("population") or 0), c["code"])):
        if c.get("type") != "commune-actuelle":
            continue
        pop = c.get("population") or 0
        if pop < ctx.commune_min_pop:
            continue
        name = norm(c["nom"])
        base = name
        m = re.match(r"^(Le|La|Les|L') ?(.+)$", name)
        if m and c.get("typeLiaison") in (2, 3, 4, 5):
            base = m.group(2)
        reason = place_drop_reason(ctx, name, pop, big=ctx.commune_common_pop, french=True)
        if reason:
            dropped += 1
            ctx.dropped.append(("LOC", name, "commune pop=%d: %s" % (pop, reason)))
            continue
        a = collections.OrderedDict([("kind", "commune"), ("country", "FR"), ("dep", c["departement"]),
                                     ("pop", str(pop))])
        aliases = []
        if base != name and not w.is_function(base) and len(base) >= 4 and \
                not place_drop_reason(ctx, base, pop, big=ctx.commune_common_pop, french=True) and \
                ctx.first_folded.get(fold(base), 0) < 100:
            aliases.append(base)  # "au Mans" -> "Mans", "du Havre" -> "Havre"
        e = Entity("insee:" + c["code"], "LOC", name, aliases, a, "insee")
        # do not merge a small commune into an existing entity of the same name (e.g. Valence),
        # except when the names were curated (then the curated entry receives the INSEE id)
        if store.get_by_name("LOC", name) is not None and fold(name) not in ctx.curated_surfaces:
            if fold(name) in ctx.commune_pop:
                continue  # homonymous smaller commune: skip
            store.add(e, merge_by_name=False)
        else:
            store.add(e)
        ctx.commune_pop.setdefault(fold(name), pop)
        ctx.place_keys.add(fold(name))
        kept += 1
    log("communes kept %d dropped %d" % (kept, dropped))
    build_world_cities(ctx, store)


def place_drop_reason(ctx, name, pop, big, french=False):
    """Why a place name would fire on ordinary French text; None if safe enough."""
    w = ctx.words
    toks = tokens(name)
    if not toks:
        return "empty"
    if len(toks) == 1:
        t = toks[0]
        if len(t) < 3:
            return "short"
        if w.is_function(t):
            return "function word"
        if fold(t) in ctx.never:
            return "curated never-list"
        if w.is_common(t) or w.is_common_folded(t):
            if pop < big:
                return "common word"
        if french and is_person_token(ctx, t, 2000, 5000) and pop < max(big, 30000):
            return "person name"
        if not french and is_person_token(ctx, t, 1000, 3000) and pop < big:
            return "person name"
        if not french and fold(t) in ctx.cspell_people and pop < 20000:
            return "person name (cspell)"
    else:
        # all tokens common words and written with spaces: ordinary phrase ("Le Port",
        # "La Plaine"); hyphenated names ("Bourg-la-Reine") are kept (with case=cap)
        if (" " in name or "'" in name) and \
                all(w.is_common(t) or w.is_function(t) or len(t) <= 2 for t in toks) and pop < big:
            content = [t for t in toks if not w.is_function(t) and len(t) > 2]
            if french or pop < 5000 or len(content) < 2 or not all(t[:1].isupper() for t in content):
                return "ordinary phrase"
    if fold(name) in ctx.never:
        return "curated never-list"
    return None


def build_world_cities(ctx, store):
    path = os.path.join(ctx.res, "geonames-cities-fr", "cities1000_with_fr_names.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in r:
            rows.append(row)
    rows.sort(key=lambda r: (-int(r["population"] or 0), int(r["geonameid"])))
    french_iso = {"FR", "GP", "MQ", "GF", "RE", "YT"}
    seen = {}
    kept = 0
    for row in rows:
        cc = row["country"]
        if cc in french_iso:
            continue
        pop = int(row["population"] or 0)
        name_fr = norm(row["name_fr"])
        name = norm(row["name"])
        main = name_fr or name
        if not is_latin(main):
            continue
        if pop < ctx.city_min_pop and not name_fr:
            continue
        k = fold(main)
        if k in seen:
            if seen[k] == "ok":
                a = collections.OrderedDict([("kind", "city"), ("country", cc), ("pop", str(pop)),
                                             ("homonym", "1")])
                store.add(Entity("geonames:" + row["geonameid"], "LOC", main, [], a, "geonames"),
                          merge_by_name=False)
                kept += 1
            continue  # the biggest homonym carries the aliases
        # names of countries/regions/French places win over smaller foreign cities
        if k in ctx.place_keys and pop < ctx.city_homonym_pop and k not in ctx.curated_surfaces:
            ctx.dropped.append(("LOC", main, "world city pop=%d: homonym of a French place/country" % pop))
            continue
        reason = place_drop_reason(ctx, main, pop, big=ctx.city_common_pop)
        if reason:
            ctx.dropped.append(("LOC", main, "world city %s pop=%d: %s" % (cc, pop, reason)))
            continue
        seen[k] = "ok"
        aliases = []
        if name_fr and name != name_fr and is_latin(name) and fold(name) not in seen \
                and not place_drop_reason(ctx, name, pop, big=ctx.city_common_pop):
            aliases.append(name)
        a = collections.OrderedDict([("kind", "city"), ("country", cc), ("pop", str(pop))])
        if row["feature_code"] == "PPLC":
            a["capital"] = "1"
        e = Entity("geonames:" + row["geonameid"], "LOC", main, aliases, a, "geonames")
        ex = store.get_by_name("LOC", main)
        if ex is not None and ex.src[0] != "curated":
            kind = ex.attrs.get("kind")
            if kind in ("commune", "departement", "region_fr") and (
                    pop >= ctx.city_homonym_pop or
                    pop >= 500000 and pop >= 10 * int(ex.attrs.get("pop", "0") or 0)):
                store.add(e, merge_by_name=False)  # Vienne (AT) vs Vienne (38), Valence (ES)
                kept += 1
            continue
        store.add(e)
        kept += 1
    log("world cities kept %d" % kept)
