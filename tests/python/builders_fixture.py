"""A tiny resources folder for the builders' tests: a few made-up entries in the layout of
each source (Lefff .mlex, hunspell .dic, curated lists), written into a temporary folder."""
import os


def write(root, rel, text):
    """Writes `text` (UTF-8) at root/rel, creating folders; returns the path."""
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# form, category, lemma (Lefff's first three columns).
LEFFF = [
    ("le", "det", "le"), ("de", "prep", "de"), ("est", "v", "être"), ("ont", "v", "avoir"),
    ("rapidement", "adv", "rapidement"), ("pomme", "nc", "pomme"), ("lune", "nc", "lune"),
    ("labo", "nc", "labo"), ("Zorgland", "np", "Zorgland"), ("rouge", "adj", "rouge"),
    ("météorologique", "adj", "météorologique"),
    ("météorologiques", "adj", "météorologique"),
    ("national", "adj", "national"), ("nationaux", "adj", "national"),
    ("fermée", "adj", "fermé"), ("fermée", "v", "fermer"), ("fermer", "v", "fermer"),
    ("critique", "adj", "critique"), ("critique", "v", "critiquer"),
    ("extra_national", "adj", "extra_national"), ("Spécial", "adj", "spécial"),
    ("!", "ponctw", "!"),
]

HUNSPELL = """6
Zoé/L'D'Q' po:prn is:fem is:inv
Tartempion/L'D'Q' po:patr
Zorgonie po:npr
soleil/S. po:nom is:mas
bijou/X. po:nom is:mas
toujours po:adv
"""

COMMON_EXTRA = """# Extra common words (a test list).
cloud
hello ; function   # an English word treated as a function word
"""


def write_word_lists(root):
    """Lefff, hunspell-fr and curated/common_extra.txt under root; returns (res, curated)."""
    res = os.path.join(root, "res")
    write(res, "lefff-3.4/lefff-3.4.mlex",
          "".join("%s\t%s\t%s\t\n" % row for row in LEFFF))
    write(res, "hunspell-fr/fr.dic", HUNSPELL)
    curated = os.path.join(root, "lexicons", "curated")
    write(curated, "common_extra.txt", COMMON_EXTRA)
    return res, curated


def read(root, rel):
    """The text (UTF-8) of root/rel."""
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        return f.read()
