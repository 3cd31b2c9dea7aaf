"""selon_build.text: the keys the builder decides on, which must be the engine's keys (the
ctest fold_parity compares fold() with the tokenizer on the shipped names; these are the hard
cases, one behaviour per test)."""
import unittest

from selon_build.text import fold, is_latin, norm, slug, title_insee, tokens


class NormTest(unittest.TestCase):
    def test_apostrophes_become_ascii(self):
        for apostrophe in ("\u2019", "\u02bc", "\u2018"):
            self.assertEqual(norm("l" + apostrophe + "Élysée"), "l'Élysée")

    def test_non_breaking_spaces_become_spaces(self):
        self.assertEqual(norm("Saint\u00a0Glinglin"), "Saint Glinglin")
        self.assertEqual(norm("Saint\u202fGlinglin"), "Saint Glinglin")

    def test_whitespace_collapsed_and_trimmed(self):
        self.assertEqual(norm("  trop \t  d'espaces\n "), "trop d'espaces")

    def test_composed_to_nfc(self):
        self.assertEqual(norm("e\u0301te\u0301"), "\u00e9t\u00e9")

    def test_case_and_ligatures_kept(self):
        self.assertEqual(norm("Œuvre ﬁnale"), "Œuvre ﬁnale")


class FoldTest(unittest.TestCase):
    def test_sharp_s_folds_to_ss(self):
        self.assertEqual(fold("Straße"), "strasse")
        self.assertEqual(fold("STRASSE"), "strasse")
        self.assertEqual(fold("ẞ"), "ss")

    def test_oe_and_ae_ligatures_spelled_out(self):
        self.assertEqual(fold("Œuvre"), "oeuvre")
        self.assertEqual(fold("cœur"), "coeur")
        self.assertEqual(fold("Æsira"), "aesira")

    def test_letters_without_decomposition_kept(self):
        # ø and ł are letters of their own, not o and l with a mark: FoldKey keeps them too.
        self.assertEqual(fold("Ærø"), "aerø")
        self.assertEqual(fold("Łódzinek"), "łodzinek")

    def test_typographic_ligatures_unfold(self):
        self.assertEqual(fold("ﬁnance"), "finance")
        self.assertEqual(fold("ﬂeur"), "fleur")

    def test_diacritics_stripped(self):
        self.assertEqual(fold("NAÏVE Éléonore"), "naive eleonore")

    def test_apostrophe_u2019_is_ascii_in_the_key(self):
        self.assertEqual(fold("L\u2019Hôpital"), "l'hopital")

    def test_non_breaking_space_is_a_space_in_the_key(self):
        self.assertEqual(fold("Saint\u00a0Glinglin"), "saint glinglin")

    def test_unicode_hyphens_are_hyphen_minus(self):
        self.assertEqual(fold("garde\u2010côte"), "garde-cote")
        self.assertEqual(fold("garde\u2011côte"), "garde-cote")

    def test_spaces_around_hyphens_removed(self):
        self.assertEqual(fold("Saint - Glinglin"), "saint-glinglin")

    def test_turkish_dotted_capital_i_gives_plain_i(self):
        self.assertEqual(fold("İzmirette"), "izmirette")
        self.assertEqual(fold("İzmirette"), fold("IZMIRETTE"))


class SlugTest(unittest.TestCase):
    def test_ascii_words_joined_by_hyphens(self):
        self.assertEqual(slug("Café crème & Cie"), "cafe-creme-cie")
        self.assertEqual(slug("L\u2019Œuvre d'art"), "l-oeuvre-d-art")

    def test_nothing_left_gives_x(self):
        self.assertEqual(slug("!!!"), "x")
        self.assertEqual(slug("Москва"), "x")


class TokensTest(unittest.TestCase):
    def test_letters_and_digits_split_on_the_rest(self):
        self.assertEqual(tokens("l’Île-de-Zorgland, c'est 12 km_2 !"),
                         ["l", "Île", "de", "Zorgland", "c", "est", "12", "km", "2"])

    def test_non_breaking_space_separates(self):
        self.assertEqual(tokens("Saint\u00a0Glinglin"), ["Saint", "Glinglin"])


class IsLatinTest(unittest.TestCase):
    def test_latin_names_with_punctuation(self):
        for name in ("São Zorgo", "Łódzinek", "AT&T", "Zürichberg (ZH)", "l’Anse-à-Pitre"):
            self.assertTrue(is_latin(name), name)

    def test_other_scripts_rejected(self):
        for name in ("Москва", "東京", "Zorg 東"):
            self.assertFalse(is_latin(name), name)


class TitleInseeTest(unittest.TestCase):
    def test_hyphenated_first_name(self):
        self.assertEqual(title_insee("MARIE-ZOÉ"), "Marie-Zoé")

    def test_leading_particle_in_lower_case(self):
        self.assertEqual(title_insee("D'ARTAGNOL"), "d'Artagnol")
        self.assertEqual(title_insee("DE ZORGUE"), "de Zorgue")
        self.assertEqual(title_insee("DU PONTEL"), "du Pontel")

    def test_article_of_a_surname_kept_capital(self):
        self.assertEqual(title_insee("LE ZORGUEN"), "Le Zorguen")

    def test_letter_after_inner_apostrophe_capitalised(self):
        self.assertEqual(title_insee("O'ZORGAN"), "O'Zorgan")


if __name__ == "__main__":
    unittest.main()
