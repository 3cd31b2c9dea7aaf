"""Source builders on tiny fixtures: the curated lists (selon_build.curated) and cspell's
companies (selon_build.cspell, through org_filters), then the case policy on what they
stored (selon_build.case)."""
import contextlib
import io
import os
import tempfile
import types
import unittest

import builders_fixture
from selon_build.airlines import build_airlines
from selon_build.case import case_for
from selon_build.cspell import build_cspell_companies
from selon_build.curated import add_curated, build_curated, read_curated
from selon_build.store import Store
from selon_build.words import Words

CURATED = {
    "people.txt": ("# name :: aliases :: attrs :: id\n"
                   "Aurélien Zorglub :: Zorglub|A. Zorglub :: role=savant\n"),
    "organizations.txt": ("Zorglub Labs :: ZL :: kind=company;case=exact\n"
                          "\n"
                          "Institut Zorg :: :: type=PRODUCT :: Q123\n"),
    "products.txt": "# none\n",
    "places.txt": "Pays de Zorg :: Zorgie :: :: iso:ZZ\nBourg-Zorg :: :: kind=commune\n",
}

COMPANIES = """# cspell-tools: a test list
Pomme
ACME
Zoé
Brindaloo
BrindaLoop
Vortexa Industries
la lune
Zorglub Labs
Lyonzorg
"""


class CuratedTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.out = os.path.join(self.dir.name, "lexicons")
        for name, text in CURATED.items():
            builders_fixture.write(self.out, os.path.join("curated", name), text)
        self.ctx = types.SimpleNamespace(out=self.out)
        build_curated(self.ctx, None)

    def test_entities_ids_types_and_case(self):
        got = {(e.id, e.type, e.name): e for e in self.ctx.curated_entities}
        self.assertEqual(sorted(got), [
            ("Q123", "PRODUCT", "Institut Zorg"),
            ("cur:aurelien-zorglub", "PER", "Aurélien Zorglub"),
            ("cur:bourg-zorg", "LOC", "Bourg-Zorg"),
            ("cur:zorglub-labs", "ORG", "Zorglub Labs")])
        labs = got[("cur:zorglub-labs", "ORG", "Zorglub Labs")]
        self.assertEqual(labs.aliases, ["ZL"])
        self.assertEqual(dict(labs.attrs), {"kind": "company"})
        self.assertEqual(labs.force_case, {"Zorglub Labs": "exact"})

    def test_iso_entries_only_give_country_aliases(self):
        self.assertEqual(dict(self.ctx.iso_aliases), {"ZZ": [("Pays de Zorg", ["Zorgie"])]})
        self.assertIn("zorgie", self.ctx.curated_surfaces)

    def test_surfaces_and_person_tokens(self):
        self.assertEqual(self.ctx.curated_org_surfaces,
                         {"zorglub labs", "zl", "institut zorg"})
        self.assertEqual(self.ctx.curated_person_tokens, {"aurelien", "zorglub"})

    def test_add_curated_fills_the_store(self):
        store = Store()
        add_curated(self.ctx, store)
        self.assertEqual(store.get_by_name("LOC", "BOURG-ZORG").id, "cur:bourg-zorg")

    def test_bad_type_names_file_and_line(self):
        path = builders_fixture.write(self.dir.name, "bad.txt", "# c\nZorg :: :: type=THING\n")
        with self.assertRaises(SystemExit) as e:
            read_curated(path, "ORG")
        self.assertEqual(str(e.exception), "%s:2: bad type THING" % path)


class CspellCompaniesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as d:
            res, curated = builders_fixture.write_word_lists(d)
            builders_fixture.write(res, "cspell-people-names-companies/companies.txt", COMPANIES)
            out = os.path.dirname(curated)
            for name, text in CURATED.items():
                builders_fixture.write(out, os.path.join("curated", name), text)
            ctx = types.SimpleNamespace(
                res=res, out=out, words=Words(res, curated), never=set(), dropped=[],
                first_folded={"zoe": 5000}, sur_folded={}, cspell_people=set(),
                place_keys={"lyonzorg"})
            build_curated(ctx, None)
            store = Store()
            add_curated(ctx, store)
            with contextlib.redirect_stderr(io.StringIO()):  # its count
                build_cspell_companies(ctx, store)
        cls.ctx, cls.store = ctx, store

    def test_kept_companies(self):
        got = {e.id: e for e in self.store.entities() if e.src == ["cspell"]}
        self.assertEqual(sorted(got), ["cspell:brindaloop", "cspell:vortexa-industries"])
        self.assertEqual(got["cspell:brindaloop"].name, "BrindaLoop")
        self.assertEqual(got["cspell:brindaloop"].force_case, {"BrindaLoop": "exact"})
        self.assertEqual(got["cspell:vortexa-industries"].force_case, {})
        self.assertEqual(dict(got["cspell:vortexa-industries"].attrs), {"kind": "company"})

    def test_dropped_with_reasons(self):
        self.assertEqual(sorted(self.ctx.dropped), [
            ("ORG", "Brindaloo", "cspell: plain single word (cspell mixes words and brands)"),
            ("ORG", "Lyonzorg", "cspell: place name"),
            ("ORG", "Pomme", "cspell: common word"),
            ("ORG", "Zoé", "cspell: person name"),
            ("ORG", "la lune", "cspell: ordinary phrase")])

    def test_tickers_and_known_names_skipped_silently(self):
        self.assertIsNone(self.store.get_by_name("ORG", "ACME"))
        labs = self.store.get_by_name("ORG", "Zorglub Labs")
        self.assertEqual(labs.src, ["curated"])

    def test_folded_list_kept_for_products(self):
        self.assertIn("acme", self.ctx.cspell_companies)
        self.assertIn("vortexa industries", self.ctx.cspell_companies)

    def test_case_policy_on_the_stored_names(self):
        person = self.store.get_by_name("PER", "Aurélien Zorglub")
        self.assertEqual(case_for(self.ctx, person, "Zorglub"), "cap")  # a person's one word
        labs = self.store.get_by_name("ORG", "Zorglub Labs")
        self.assertEqual(case_for(self.ctx, labs, "Zorglub Labs"), "exact")  # curated case=exact
        self.assertEqual(case_for(self.ctx, labs, "ZL"), "exact")  # short acronym
        vortexa = self.store.get_by_name("ORG", "Vortexa Industries")
        self.assertEqual(case_for(self.ctx, vortexa, "Vortexa Industries"), "")
        self.assertEqual(case_for(self.ctx, vortexa, "La Lune"), "cap")  # ordinary words
        self.assertEqual(case_for(self.ctx, vortexa, "Soleil"), "cap")
        self.assertEqual(case_for(self.ctx, vortexa, "Zoé"), "cap")  # a frequent first name


if __name__ == "__main__":
    unittest.main()


AIRLINES = """# a test source
name\talias\tiata\ticao\tcountry
Zorgair\tZorg Airways\tZ1\tZRG\tZorgland
Vortexa Wings (V3)\t\tV3\t\tZorgland
Lune\t\tL1\t\tZorgland
Zorglub Labs\t\tZ2\t\tZorgland
ZZA\t\tZ3\t\tZorgland
Lyonzorg\t\tZ4\t\tZorgland
"""


class AirlinesTest(unittest.TestCase):
    """selon_build.airlines: its own file, names no earlier source holds, the org filters."""

    def test_kept_and_dropped(self):
        with tempfile.TemporaryDirectory() as d:
            res, curated = builders_fixture.write_word_lists(d)
            out = os.path.dirname(curated)
            for name, text in CURATED.items():
                builders_fixture.write(out, os.path.join("curated", name), text)
            source = builders_fixture.write(d, "airlines.tsv", AIRLINES)
            ctx = types.SimpleNamespace(
                res=res, out=out, words=Words(res, curated), never=set(), dropped=[],
                first_folded={}, sur_folded={}, cspell_people=set(), place_keys={"lyonzorg"})
            build_curated(ctx, None)
            store = Store()
            add_curated(ctx, store)
            with contextlib.redirect_stderr(io.StringIO()):  # its count
                stats = build_airlines(ctx, store, source=source, subdivisions=set())
            text = builders_fixture.read(out, "airlines.tsv")
        self.assertEqual(stats, {"airlines.tsv": (2, 3)})
        rows = [l.split("\t") for l in text.splitlines() if not l.startswith("#")]
        self.assertEqual(rows[0], ["id", "type", "name", "aliases", "attrs"])
        self.assertEqual(rows[1:], [
            ["ofl:V3-vortexa-wings", "ORG", "Vortexa Wings", "", "kind=airline;iata=V3;src=openflights"],
            ["ofl:Z1-zorgair", "ORG", "Zorgair", "Zorg Airways", "kind=airline;iata=Z1;src=openflights"]])
        self.assertEqual(sorted(ctx.dropped), [
            ("ORG", "Lune", "openflights: common word"),
            ("ORG", "Lyonzorg", "openflights: place name"),
            ("ORG", "ZZA", "openflights: bare acronym"),
            ("ORG", "Zorglub Labs", "openflights: already an entry's name")])
