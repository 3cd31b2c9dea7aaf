"""selon_build.cues (tools/build-cues): the inflected forms of the cue lemmas."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import builders_fixture
from selon_build.cues import first_group, inflect

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools")

# Two first-group models in Lefff's layout (P présent, S subjonctif, I imparfait, J passé
# simple, T subjonctif imparfait, F futur, C conditionnel: six persons each; K past
# participles; G present participle; W infinitive; Y imperative, unused), and a verb of
# another group.
PARLER = {
    "P": ["parle", "parles", "parle", "parlons", "parlez", "parlent"],
    "S": ["parle", "parles", "parle", "parlions", "parliez", "parlent"],
    "I": ["parlais", "parlais", "parlait", "parlions", "parliez", "parlaient"],
    "J": ["parlai", "parlas", "parla", "parlâmes", "parlâtes", "parlèrent"],
    "T": ["parlasse", "parlasses", "parlât", "parlassions", "parlassiez", "parlassent"],
    "F": ["parlerai", "parleras", "parlera", "parlerons", "parlerez", "parleront"],
    "C": ["parlerais", "parlerais", "parlerait", "parlerions", "parleriez", "parleraient"],
    "Y": ["NA", "parle", "NA", "parlons", "parlez", "NA"],
    "K": ["parlé", "parlés", "parlée", "parlées"], "G": ["parlant"], "W": ["parler"],
}
PLACER = {"P": ["place", "places", "place", "plaçons", "placez", "placent"],
          "K": ["placé", "placés", "placée", "placées"], "G": ["plaçant"], "W": ["placer"]}
FAIRE = {"P": ["fais", "fais", "fait", "faisons", "faites", "font"],
         "K": ["fait", "faits", "faite", "faites"], "G": ["faisant"], "W": ["faire"]}
TABLE = {"parler": PARLER, "placer": PLACER, "faire": FAIRE}


def forms_of(rows, lemma):
    return {form: tags for (form, lem), tags in rows.items() if lem == lemma}


class FirstGroupTest(unittest.TestCase):
    def test_stem_replaces_the_models(self):
        conj = first_group(TABLE, "tweeter")
        self.assertEqual(conj["K"], ["tweeté", "tweetés", "tweetée", "tweetées"])
        self.assertEqual(conj["G"], ["tweetant"])
        self.assertEqual(conj["Y"][0], "NA")

    def test_cer_keeps_the_cedilla(self):
        conj = first_group(TABLE, "zorgancer")
        self.assertEqual(conj["G"], ["zorgançant"])
        self.assertEqual(conj["P"][3], "zorgançons")

    def test_no_model_for_other_groups(self):
        self.assertIsNone(first_group(TABLE, "zorgir"))


class InflectTest(unittest.TestCase):
    def test_tweeter_from_the_first_group_model(self):
        rows, missing = inflect(TABLE, ["tweeter"], set())
        self.assertEqual(missing, [])
        forms = forms_of(rows, "tweeter")
        self.assertEqual(forms["tweeté"], {"pp"})
        self.assertEqual(forms["tweetées"], {"pp"})
        self.assertEqual(forms["tweete"], {"fin"})
        self.assertEqual(forms["tweeter"], {"inf"})
        self.assertEqual(forms["tweetant"], {"ger"})
        self.assertEqual(forms["tweetèrent"], {"fin"})

    def test_second_persons_and_first_plural_left_out(self):
        forms = forms_of(inflect(TABLE, ["tweeter"], set())[0], "tweeter")
        for absent in ("tweetes", "tweetons", "tweetez", "tweetiez", "tweeterons"):
            self.assertNotIn(absent, forms)
        self.assertIn("tweetent", forms)
        self.assertIn("tweetais", forms)  # first person singular of the imparfait

    def test_reflexive_and_multiword_lemmas(self):
        rows, _ = inflect(TABLE, ["se placer", "s'parler", "faire savoir"], set())
        self.assertEqual(forms_of(rows, "se placer")["plaçant"], {"ger"})
        self.assertIn("parlé", forms_of(rows, "s'parler"))
        savoir = forms_of(rows, "faire savoir")
        self.assertEqual(savoir["fait savoir"], {"fin", "pp"})
        self.assertEqual(savoir["faire savoir"], {"inf"})

    def test_function_words_get_no_entry(self):
        forms = forms_of(inflect(TABLE, ["parler"], {"parlant"})[0], "parler")
        self.assertNotIn("parlant", forms)
        self.assertIn("parlé", forms)

    def test_lemma_without_table_reported(self):
        rows, missing = inflect(TABLE, ["zorgir", "aller", "parler"], set())
        self.assertEqual(missing, ["zorgir", "aller"])
        self.assertTrue(forms_of(rows, "parler"))


class BuildCuesCommandTest(unittest.TestCase):
    """tools/build-cues end to end on a tiny resources folder."""

    def test_writes_forms_and_infinitives(self):
        with tempfile.TemporaryDirectory() as d:
            res, out = os.path.join(d, "res"), os.path.join(d, "cues")
            builders_fixture.write(res, "french-verbs-lefff/conjugations.json",
                                   json.dumps(TABLE, ensure_ascii=False))
            builders_fixture.write(res, "quote-verbs-gendergaptracker/quote_verb_list_fr.txt",
                                   "tweete\nzorgue\n")
            builders_fixture.write(out, "lemmas.tsv", "# test\nlemma\tframes\ntweeter\tp\n")
            builders_fixture.write(out, "words.tsv", "word\tclasses\ntweetant\tadv\n")
            run = subprocess.run([sys.executable, os.path.join(TOOLS, "build-cues"),
                                  "--resources", res, "--out", out],
                                 capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            # 17 finite (3 persons x 7 tenses, some alike), 4 participles, the infinitive.
            self.assertIn("1 lemmas, 22 forms", run.stderr)
            self.assertIn("1/2 GenderGapTracker forms covered", run.stderr)
            lines = builders_fixture.read(out, "forms.tsv").splitlines()
            self.assertTrue(lines[0].startswith("# Generated by tools/build-cues"))
            self.assertEqual(lines[2], "form\tlemma\ttags")
            self.assertIn("tweeté\ttweeter\tpp", lines)
            self.assertIn("tweeter\ttweeter\tinf", lines)
            self.assertNotIn("tweetant\ttweeter\tger", lines)  # an adverb in words.tsv
            self.assertEqual(lines[3:], sorted(lines[3:]))
            self.assertEqual(builders_fixture.read(out, "infinitives.txt").splitlines()[1:],
                             ["faire", "parler", "placer"])


if __name__ == "__main__":
    unittest.main()
