"""selon_build.store: Entity and Store merge what two sources say of one entity; final_checks."""
import types
import unittest

from selon_build.store import PRIO, Entity, Store, final_checks
from selon_build.text import fold


class EntityTest(unittest.TestCase):
    def test_priority_by_source(self):
        self.assertEqual(Entity("a", "ORG", "Zorg", src="curated").prio, PRIO["curated"])
        self.assertEqual(Entity("a", "ORG", "Zorg", src="nsi").prio, 50)
        self.assertEqual(Entity("a", "ORG", "Zorg", src="inconnue").prio, 10)

    def test_aliases_normalised_without_duplicates_or_the_name(self):
        e = Entity("a", "LOC", "L\u2019Anse-Zorg", ["l\u2019Anse", "l'Anse", "L'Anse-Zorg", " "])
        self.assertEqual(e.name, "L'Anse-Zorg")
        self.assertEqual(e.aliases, ["l'Anse"])
        self.assertEqual(e.surfaces(), ["L'Anse-Zorg", "l'Anse"])


class StoreTest(unittest.TestCase):
    def test_same_folded_name_merges_into_the_first(self):
        s = Store()
        cur = s.add(Entity("cur:lune-rousse", "LOC", "Lune Rousse", [],
                           {"kind": "lieu-dit", "country": "ZZ"}, "curated"))
        got = s.add(Entity("insee:99001", "LOC", "LUNE ROUSSE", ["Lune-Rousse"],
                           {"kind": "commune", "country": "FR", "pop": "800"}, "insee"))
        self.assertIs(got, cur)
        self.assertEqual(len(s.entities()), 1)
        self.assertEqual(cur.aliases, ["LUNE ROUSSE", "Lune-Rousse"])
        self.assertEqual(cur.src, ["curated", "insee"])
        self.assertEqual(cur.prio, 100)
        # Curated facts win; what the curated entry lacks is taken; the INSEE id is kept.
        self.assertEqual(cur.attrs, {"kind": "lieu-dit", "country": "ZZ", "pop": "800",
                                     "alt_id": "insee:99001"})

    def test_curated_takes_no_kind_or_scope_from_another_source(self):
        s = Store()
        cur = s.add(Entity("cur:zorg", "ORG", "Zorg Labs", [], {}, "curated"))
        s.add(Entity("nsi:zorg", "ORG", "Zorg Labs", [], {"kind": "brand", "scope": "foreign"},
                     "nsi"))
        self.assertNotIn("kind", cur.attrs)
        self.assertNotIn("scope", cur.attrs)

    def test_curated_takes_no_country_from_another_source(self):
        s = Store()
        cur = s.add(Entity("cur:onz", "ORG", "Organisation des Nations zorgues", [], {},
                           "curated"))
        s.add(Entity("an:1", "ORG", "Organisation des Nations zorgues", [],
                     {"country": "FR", "until": "2020"}, "an"))
        self.assertEqual(dict(cur.attrs), {"until": "2020"})

    def test_wikidata_id_takes_over_and_keys_follow(self):
        s = Store()
        s.add(Entity("geonames:1", "LOC", "Port-Zorg", [], {}, "geonames"))
        e = s.add(Entity("Q4242", "LOC", "port-zorg", [], {}, "nsi"))
        self.assertEqual(e.id, "Q4242")
        self.assertEqual(e.attrs["alt_id"], "geonames:1")
        self.assertEqual(list(s.by_id), ["Q4242"])
        self.assertIs(s.get_by_name("LOC", "PORT-ZORG"), e)
        self.assertEqual(e.prio, 50)

    def test_same_id_of_another_type_is_skipped(self):
        s = Store()
        place = s.add(Entity("Q7", "LOC", "Zorgonie", [], {}, "countries"))
        got = s.add(Entity("Q7", "ORG", "Zorgonie Transports", [], {}, "nsi"))
        self.assertIs(got, place)
        self.assertEqual(place.aliases, [])
        self.assertIsNone(s.get_by_name("ORG", "Zorgonie Transports"))

    def test_same_id_merges_whatever_the_name(self):
        s = Store()
        s.add(Entity("Q8", "ORG", "Zorg SA", [], {}, "nsi"))
        e = s.add(Entity("Q8", "ORG", "Groupe Zorg", [], {}, "cspell"))
        self.assertEqual(e.aliases, ["Groupe Zorg"])
        self.assertIsNone(s.get_by_name("ORG", "Groupe Zorg"))  # only the first name is a key

    def test_no_merge_by_name_keeps_homonyms_apart(self):
        s = Store()
        s.add(Entity("insee:99002", "LOC", "Valzorg", [], {"pop": "700"}, "insee"))
        big = s.add(Entity("geonames:2", "LOC", "Valzorg", [], {"pop": "90000"}, "geonames"),
                    merge_by_name=False)
        self.assertEqual(list(s.by_id), ["insee:99002", "geonames:2"])
        # The name's key then points to the last one added (Vienne, AT after Vienne, 38).
        self.assertIs(s.get_by_name("LOC", "valzorg"), big)

    def test_types_do_not_merge(self):
        s = Store()
        s.add(Entity("a", "ORG", "Zorg", [], {}, "nsi"))
        s.add(Entity("b", "PRODUCT", "Zorg", [], {}, "simpleicons"))
        self.assertEqual(len(s.entities()), 2)


class FinalChecksTest(unittest.TestCase):
    def ctx(self):
        function = {"le", "de"}
        words = types.SimpleNamespace(is_function=lambda w: fold(w) in function)
        return types.SimpleNamespace(words=words, never={"truc"}, curated_surfaces=set(),
                                     dropped=[])

    def test_function_word_entity_dropped_unless_curated(self):
        ctx, s = self.ctx(), Store()
        s.add(Entity("nsi:le", "ORG", "Le", [], {}, "nsi"))
        s.add(Entity("nsi:truc", "ORG", "Truc", [], {}, "nsi"))
        s.add(Entity("cur:de", "ORG", "De", [], {}, "curated"))
        final_checks(ctx, s)
        self.assertEqual(list(s.by_id), ["cur:de"])
        self.assertEqual(sorted(ctx.dropped), [("ORG", "Le", "nsi: function word / never-list"),
                                               ("ORG", "Truc", "nsi: function word / never-list")])

    def test_short_never_and_function_aliases_removed(self):
        ctx, s = self.ctx(), Store()
        e = s.add(Entity("nsi:zorg", "ORG", "Zorg Labs", ["Z", "ZL", "ZLB", "truc", "le", "LE"],
                         {}, "nsi"))
        final_checks(ctx, s)
        self.assertEqual(e.aliases, ["ZLB"])

    def test_curated_keeps_two_letter_and_capital_function_aliases(self):
        ctx, s = self.ctx(), Store()
        e = s.add(Entity("cur:zorg", "ORG", "Zorg Labs", ["Z", "ZL", "DE", "de", "truc"], {},
                         "curated"))
        final_checks(ctx, s)
        self.assertEqual(e.aliases, ["ZL", "DE", "truc"])


if __name__ == "__main__":
    unittest.main()
