// Tokenizer behaviour, table-driven: tests/cases/*.inc hold the cases (French, written for the
// project), grouped by the phenomenon they cover.
#include "selon/tokenizer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "selon/document.h"
#include "test_util.h"

namespace selon {
namespace {

struct TokenCase {
  std::string input;
  std::vector<std::string> tokens;
};

const TokenCase kTokenCases[] = {
#include "cases/tokenizer_cases.inc"
};

struct KindCase {
  std::string input;
  std::string token;
  std::string kind;
};

const KindCase kKindCases[] = {
#include "cases/token_kind_cases.inc"
};

TEST(Tokenizer, CasesFromTable) {
  ASSERT_GE(std::size(kTokenCases), 150u);
  int failures = 0;
  for (const TokenCase& c : kTokenCases) {
    const std::vector<std::string> got = testing::TokenTexts(c.input);
    if (got != c.tokens) {
      ++failures;
      std::string expected, actual;
      for (const auto& t : c.tokens) expected += "[" + t + "] ";
      for (const auto& t : got) actual += "[" + t + "] ";
      ADD_FAILURE() << "input:    " << c.input << "\nexpected: " << expected
                    << "\ngot:      " << actual;
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(Tokenizer, KindsFromTable) {
  for (const KindCase& c : kKindCases) {
    Analysis analysis;
    const std::vector<std::string> texts = testing::TokenTexts(c.input, &analysis);
    bool found = false;
    for (size_t i = 0; i < texts.size(); ++i) {
      if (texts[i] != c.token) continue;
      found = true;
      EXPECT_EQ(TokenKindName(analysis.tokens[i].kind), c.kind)
          << "input: " << c.input << " token: " << c.token;
    }
    EXPECT_TRUE(found) << "input: " << c.input << " has no token " << c.token;
  }
}

// ---- The word lists of lexicons/language/tokenizer.tsv ----

// The rows of one list of lexicons/language/tokenizer.tsv, read here rather than through the
// generated arrays: a row the tokenizer cannot use (a period or apostrophe it splits before)
// fails here, whatever the generator accepted.
std::vector<std::string> LanguageWords(const std::string& list) {
  std::ifstream in(std::string(SELON_TEST_DATA_DIR) + "/language/tokenizer.tsv");
  std::vector<std::string> words;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (std::exchange(header, false)) continue;
    const size_t tab = line.find('\t');
    const size_t tab2 = line.find('\t', tab + 1);
    if (line.compare(0, tab, list) == 0) words.push_back(line.substr(tab + 1, tab2 - tab - 1));
  }
  return words;
}

bool HasToken(const std::vector<std::string>& tokens, const std::string& token) {
  for (const std::string& t : tokens)
    if (t == token) return true;
  return false;
}

TEST(Tokenizer, EveryListedAbbreviationKeepsItsPeriod) {
  const std::vector<std::string> words = LanguageWords("abbreviation");
  ASSERT_GE(words.size(), 60u);
  for (const std::string& w : words)
    EXPECT_TRUE(HasToken(testing::TokenTexts("Voir " + w + ". 12 pages."), w + "."))
        << "abbreviation " << w;
}

TEST(Tokenizer, EveryListedElisionSplitsOffWithItsApostrophe) {
  const std::vector<std::string> words = LanguageWords("elision");
  ASSERT_GE(words.size(), 10u);
  for (const std::string& w : words) {
    const std::vector<std::string> expected = {"et", w + "'", "avion"};
    EXPECT_EQ(testing::TokenTexts("et " + w + "'avion"), expected) << "elision " << w;
  }
}

TEST(Tokenizer, EveryListedOrdinalSuffixStaysOnItsNumber) {
  const std::vector<std::string> words = LanguageWords("ordinal_suffix");
  ASSERT_GE(words.size(), 10u);
  for (const std::string& w : words) {
    const std::vector<std::string> expected = {"le", "2" + w, "rang"};
    EXPECT_EQ(testing::TokenTexts("le 2" + w + " rang"), expected) << "ordinal suffix " << w;
  }
}

// ---- Keys ----

TEST(Tokenizer, KeysFoldCaseDiacriticsApostrophesAndHyphens) {
  Analysis a;
  testing::TokenTexts("ÉTATS‑UNIS L’État Œuvre Éric", &a);
  ASSERT_EQ(a.tokens.size(), 5u);
  EXPECT_EQ(a.tokens[0].key(a.keys), "etats-unis");
  EXPECT_EQ(a.tokens[1].key(a.keys), "l'");
  EXPECT_EQ(a.tokens[2].key(a.keys), "etat");
  EXPECT_EQ(a.tokens[3].key(a.keys), "oeuvre");
  EXPECT_EQ(a.tokens[4].key(a.keys), "eric");
}

TEST(Tokenizer, DecomposedAndComposedTextGiveTheSameKey) {
  Analysis composed, decomposed;
  testing::TokenTexts("Éric", &composed);
  testing::TokenTexts("E\u0301ric", &decomposed);
  ASSERT_EQ(decomposed.tokens.size(), 1u);
  EXPECT_EQ(composed.tokens[0].key(composed.keys), decomposed.tokens[0].key(decomposed.keys));
}

TEST(Tokenizer, KeysLongerThanTheirTextFitTheBuffer) {
  // ᾀ (3 bytes) folds to αι (4 bytes): the keys outgrow the text they come from.
  std::string text, key;
  for (int i = 0; i < 300; ++i) {
    text += "\u1F80";
    key += "\u03B1\u03B9";
  }
  Analysis a;
  testing::TokenTexts(text + " x " + text, &a);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.tokens[0].key(a.keys), key);
  EXPECT_EQ(a.tokens[1].key(a.keys), "x");
  EXPECT_EQ(a.tokens[2].key(a.keys), key);
  std::string folded = "k";
  FoldKey(text, &folded);
  EXPECT_EQ(folded, "k" + key);
}

TEST(Tokenizer, WordKeysAreTheFoldedText) {
  // A word's key is FoldKey of its text, whichever scanner path found it and however it ends.
  const std::string text =
      "L’État, Élu» ÉTAT\u00A0! cœur/Œuvre député·e·s n° ĳssel Straße ǅ Ελλάδα 3D "
      "aujourd’hui a-t-il M. fin";
  Analysis a;
  testing::TokenTexts(text, &a);
  int words = 0;
  for (const Token& t : a.tokens) {
    if (t.kind != TokenKind::kWord) continue;
    ++words;
    std::string folded;
    FoldKey(t.text(text), &folded);
    EXPECT_EQ(t.key(a.keys), folded) << t.text(text);
  }
  EXPECT_GE(words, 15);
}

// ---- Flags ----

TEST(Tokenizer, ShapeFlags) {
  Analysis a;
  testing::TokenTexts("Le PDG d’OpenAI, 2023", &a);
  ASSERT_EQ(a.tokens.size(), 6u);
  EXPECT_TRUE(a.tokens[0].has(kCapitalized));
  EXPECT_FALSE(a.tokens[0].has(kAllCaps));
  EXPECT_TRUE(a.tokens[1].has(kAllCaps));
  EXPECT_TRUE(a.tokens[2].has(kElision));
  EXPECT_FALSE(a.tokens[3].has(kSpaceBefore));
  EXPECT_TRUE(a.tokens[5].has(kHasDigit));
}

TEST(Tokenizer, ShapeFlagsWhereverTheWordEnds) {
  Analysis a;
  testing::TokenTexts("ÉTAT» Élu\u00A0! éTÉ, É3 iPhone", &a);
  ASSERT_EQ(a.tokens.size(), 8u);  // ÉTAT » Élu ! éTÉ , É3 iPhone
  EXPECT_EQ(a.tokens[0].flags & (kCapitalized | kAllCaps | kHasUpper),
            kCapitalized | kAllCaps | kHasUpper);
  EXPECT_TRUE(a.tokens[2].has(kCapitalized));
  EXPECT_FALSE(a.tokens[2].has(kAllCaps));
  EXPECT_FALSE(a.tokens[4].has(kCapitalized));
  EXPECT_TRUE(a.tokens[4].has(kHasUpper));
  EXPECT_TRUE(a.tokens[6].has(kHasDigit));
  EXPECT_FALSE(a.tokens[6].has(kAllCaps));  // one letter
  EXPECT_FALSE(a.tokens[7].has(kCapitalized));
  EXPECT_TRUE(a.tokens[7].has(kHasUpper));
}

TEST(Tokenizer, LineBreakFlags) {
  Analysis a;
  testing::TokenTexts("Titre\nLigne\r\n\r\nParagraphe", &a);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_FALSE(a.tokens[0].has(kNewlineBefore));
  EXPECT_TRUE(a.tokens[1].has(kNewlineBefore));
  EXPECT_FALSE(a.tokens[1].has(kBlankLineBefore));
  EXPECT_TRUE(a.tokens[2].has(kBlankLineBefore));
}

// ---- Robustness ----

TEST(Tokenizer, InvalidBytesBecomeSymbolsWithoutShiftingNeighbours) {
  const std::string text =
      "Le \xFF"
      "maire";
  const std::vector<std::string> got = testing::TokenTexts(text);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "Le");
  EXPECT_EQ(got[1], "\xFF");
  EXPECT_EQ(got[2], "maire");
}

TEST(Tokenizer, NulBytesAreWhitespace) {
  const std::string text("Le\0maire", 8);
  EXPECT_EQ(testing::TokenTexts(text), (std::vector<std::string>{"Le", "maire"}));
}

TEST(Tokenizer, EmptyAndBlankInputs) {
  EXPECT_TRUE(testing::TokenTexts("").empty());
  EXPECT_TRUE(testing::TokenTexts(" \n\t\u00A0\r\n").empty());
}

}  // namespace
}  // namespace selon
