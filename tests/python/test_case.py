"""selon_build.case: which curated people may be named by their surname at a sentence start."""
import tempfile
import types
import unittest

import builders_fixture
from selon_build.case import person_start_ok
from selon_build.store import Entity
from selon_build.words import Words


class PersonStartTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as d:
            words = Words(*builders_fixture.write_word_lists(d))
        cls.ctx = types.SimpleNamespace(words=words, first_folded={"zoe": 120})

    def test_a_surname_no_word_or_first_name_may_open_a_sentence(self):
        self.assertTrue(person_start_ok(self.ctx, Entity("q1", "PER", "Ana Brekvist", ["Brekvist"])))

    def test_a_surname_that_is_a_common_word_or_a_first_name_may_not(self):
        self.assertFalse(person_start_ok(self.ctx, Entity("q2", "PER", "Jean Pomme", ["Pomme"])))
        self.assertFalse(person_start_ok(self.ctx, Entity("q3", "PER", "Ana Zoé", ["Zoé"])))

    def test_only_curated_people_with_a_one_word_name(self):
        self.assertFalse(person_start_ok(self.ctx, Entity("q4", "PER", "Ana Brekvist")))
        self.assertFalse(person_start_ok(
            self.ctx, Entity("q5", "PER", "Ana Brekvist", ["Brekvist"], src="wikidata")))
        self.assertFalse(person_start_ok(self.ctx, Entity("q6", "ORG", "Brekvist")))


if __name__ == "__main__":
    unittest.main()
