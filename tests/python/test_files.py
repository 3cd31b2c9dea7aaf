"""selon_build.files: the TSV writer and reader, cell cleaning, PO catalogues."""
import os
import tempfile
import unittest

from selon_build.files import (clean_attr, clean_cell, read_json, read_po, read_text, read_tsv,
                                write_tsv)


class TsvTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def test_write_puts_comments_header_rows(self):
        n = write_tsv(self.path("a.tsv"), ["form", "count"], [("Zorglub", 3), ("Æsira", 0)],
                      ["Generated for a test.", "Second line."])
        self.assertEqual(n, 2)
        with open(self.path("a.tsv"), "rb") as f:
            self.assertEqual(f.read().decode("utf-8"),
                             "# Generated for a test.\n# Second line.\nform\tcount\n"
                             "Zorglub\t3\nÆsira\t0\n")

    def test_write_cleans_tabs_and_newlines_in_cells(self):
        write_tsv(self.path("a.tsv"), ["name"], [("un\tdeux\ntrois",)], [])
        self.assertEqual(read_text(self.path("a.tsv")), "name\nun deux trois\n")

    def test_round_trip(self):
        rows = [("Bourg-Joli", "l’Anse", "3"), ('Le "Zorg"', "", "12")]
        write_tsv(self.path("a.tsv"), ["name", "alias", "n"], rows, [])
        self.assertEqual([tuple(r.values()) for r in read_tsv(self.path("a.tsv"))], rows)

    def test_reader_takes_quotes_literally(self):
        with open(self.path("a.tsv"), "w", encoding="utf-8") as f:
            f.write('name\tnote\n"Zorg\tdit "oui"\n')
        self.assertEqual(read_tsv(self.path("a.tsv")), [{"name": '"Zorg', "note": 'dit "oui"'}])

    def test_reader_accepts_crlf(self):
        with open(self.path("a.tsv"), "wb") as f:
            f.write("name\tpop\r\nZorgville\t1200\r\n".encode("utf-8"))
        self.assertEqual(read_tsv(self.path("a.tsv")), [{"name": "Zorgville", "pop": "1200"}])

    def test_clean_cell_and_attr(self):
        self.assertEqual(clean_cell("a\tb\nc"), "a b c")
        self.assertEqual(clean_attr("a;b\tc"), "a,b c")
        self.assertEqual(clean_attr(42), "42")


class JsonAndPoTest(unittest.TestCase):
    def test_read_json_utf8(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "a.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write('{"nom": "Zoé"}')
            self.assertEqual(read_json(path), {"nom": "Zoé"})

    def test_read_po_translations_only(self):
        po = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
              '# a comment\nmsgid "Zorg Province"\nmsgstr "Province de Zorg"\n\n'
              'msgid "Untranslated"\nmsgstr ""\n\n'
              'msgid "Long"\nmsgstr ""\n"Longue "\n"province"\n'
              'msgid "Last"\nmsgstr "Dernière"')
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "a.po")
            with open(path, "w", encoding="utf-8") as f:
                f.write(po)
            self.assertEqual(read_po(path), {"Zorg Province": "Province de Zorg",
                                             "Long": "Longue province", "Last": "Dernière"})


if __name__ == "__main__":
    unittest.main()
