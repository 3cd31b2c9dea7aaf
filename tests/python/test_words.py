"""selon_build.words: the common and function words, the relational adjectives, plural_fr."""
import tempfile
import unittest

import builders_fixture
from selon_build.words import RELATIONAL_SUFFIX, Words, plural_fr


class WordsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as d:
            cls.words = Words(*builders_fixture.write_word_lists(d))

    def test_lefff_forms_are_common_in_lower_case(self):
        self.assertTrue(self.words.is_common("Pomme"))
        self.assertTrue(self.words.is_common("spécial"))
        self.assertFalse(self.words.is_common("zorgland"))  # a proper noun (np)
        self.assertIn("Zorgland", self.words.propn_lefff)
        self.assertFalse(self.words.is_common("!"))  # punctuation

    def test_folded_lookup_ignores_case_and_accents(self):
        self.assertFalse(self.words.is_common("METEOROLOGIQUE"))
        self.assertTrue(self.words.is_common_folded("METEOROLOGIQUE"))

    def test_function_words(self):
        for w in ("Le", "DE", "rapidement", "est", "ont", "toujours", "hello"):
            self.assertTrue(self.words.is_function(w), w)
        for w in ("pomme", "cloud", "soleil"):
            self.assertFalse(self.words.is_function(w), w)

    def test_hunspell_stems_and_their_flags(self):
        for w in ("soleil", "soleils", "bijou", "bijoux", "cloud"):
            self.assertTrue(self.words.is_common(w), w)
        self.assertEqual(self.words.hun_first, {"Zoé"})
        self.assertEqual(self.words.hun_surname, {"Tartempion"})
        self.assertEqual(self.words.hun_propn, {"Zorgonie"})
        self.assertFalse(self.words.is_common("zoé"))

    def test_relational_adjectives_by_suffix_not_verb_forms(self):
        # "critique" has the suffix but is also a form of critiquer: left out.
        self.assertEqual(self.words.relational_adjectives, {
            "météorologique": "météorologique", "météorologiques": "météorologique",
            "national": "national", "nationaux": "national"})


class RelationalSuffixTest(unittest.TestCase):
    def test_suffixes_and_their_inflections(self):
        for w in ("parlementaires", "présidentielle", "canadiennes", "baptiste", "municipaux"):
            self.assertTrue(RELATIONAL_SUFFIX.search(w), w)
        for w in ("rouge", "fermée", "grand"):
            self.assertFalse(RELATIONAL_SUFFIX.search(w), w)


class PluralTest(unittest.TestCase):
    def test_regular_plural_adds_s(self):
        self.assertEqual(plural_fr("ministre"), "ministres")
        self.assertEqual(plural_fr("présidente"), "présidentes")

    def test_s_x_z_unchanged(self):
        for w in ("Français", "prix", "nez"):
            self.assertEqual(plural_fr(w), w)

    def test_al_gives_aux_except_the_listed_words(self):
        self.assertEqual(plural_fr("général"), "généraux")
        self.assertEqual(plural_fr("festival"), "festivals")
        self.assertEqual(plural_fr("bal"), "bals")

    def test_eau_au_eu_take_x(self):
        self.assertEqual(plural_fr("chapeau"), "chapeaux")
        self.assertEqual(plural_fr("tuyau"), "tuyaux")
        self.assertEqual(plural_fr("neveu"), "neveux")


if __name__ == "__main__":
    unittest.main()
