"""selon_build.sigles: public bodies from the administration's acronyms."""
import csv
import os
import tempfile
import types
import unittest

from selon_build.sigles import build_sigles


class _Store:
    def __init__(self):
        self.entities = []

    def add(self, e):
        self.entities.append(e)


def _build(rows):
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "sigles-administration"))
        with open(os.path.join(d, "sigles-administration", "sigles.csv"), "w",
                  encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["term", "definition"])
            w.writeheader()
            for term, definition in rows:
                w.writerow({"term": term, "definition": definition})
        ctx = types.SimpleNamespace(res=d, words=None, curated_surfaces=set(),
                                    sigle_names_seen=set())
        store = _Store()
        build_sigles(ctx, store)
        return {e.name: e.aliases for e in store.entities}


class SiglesTest(unittest.TestCase):
    def test_one_row_with_two_meanings_names_the_first_organization(self):
        got = _build([("BEA", "Bureau d'Enquêtes et d'Analyses ou Bail Emphytéotique Administratif")])
        self.assertEqual(got, {"Bureau d'Enquêtes et d'Analyses": ["BEA"]})

    def test_of_two_spellings_the_sentence_case_one_is_the_name(self):
        got = _build([("DST", "Direction de la Surveillance du Territoire"),
                      ("DST", "Direction de la surveillance du territoire")])
        self.assertEqual(list(got), ["Direction de la surveillance du territoire"])

    def test_an_acronym_with_two_organizations_is_no_alias(self):
        got = _build([("CNRA", "Conseil national des retraites agricoles"),
                      ("CNRA", "Centre national de recherche agronomique")])
        self.assertEqual(sorted(got.values()), [[], []])

    def test_a_definition_that_names_no_organization_is_dropped(self):
        self.assertEqual(_build([("BTP", "Bâtiment et travaux publics")]), {})


if __name__ == "__main__":
    unittest.main()
