// Tokenizer behaviour, table-driven: tests/cases/*.inc hold the cases (French, written for the
// project), grouped by the phenomenon they cover.
#include "selon/tokenizer.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "internal/tokenizer_parts.h"
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

// A straight quotation mark opens after a space, a bracket or an elided word ("parle d'"un jour
// historique""), and closes after any other word.
TEST(Tokenizer, AStraightQuoteOpensAfterAnElidedWord) {
  for (const std::string elided : {"d'", "d\u2019", "qu'"}) {
    const std::string text = "Il parle " + elided + "\"un jour historique\".";
    std::vector<Token> tokens;
    std::string keys;
    Tokenize(text, &tokens, &keys);
    std::vector<const Token*> quotes;
    for (const Token& t : tokens)
      if (t.kind == TokenKind::kQuote) quotes.push_back(&t);
    ASSERT_EQ(quotes.size(), 2u) << text;
    EXPECT_TRUE(quotes[0]->has(kOpeningQuote)) << text;
    EXPECT_FALSE(quotes[0]->has(kClosingQuote)) << text;
    EXPECT_TRUE(quotes[1]->has(kClosingQuote)) << text;
  }
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

TEST(Tokenizer, FoldKeyOfAsciiWordsMatchesByteByByte) {
  // FoldKey folds the ASCII words (8 bytes) that open a text at once: each ASCII byte, alone
  // (folded byte by byte) and at each place of a word, of a short and of a long text, folds
  // the same way, and a word cut by a non-ASCII byte falls back to the bytes.
  for (int b = 1; b < 0x80; ++b) {
    const char c = static_cast<char>(b);
    std::string alone;
    FoldKey(std::string(1, c), &alone);
    for (size_t at = 0; at < 8; ++at) {
      for (const size_t length : {size_t{8}, size_t{17}, size_t{80}}) {
        std::string text(length, 'Q');
        text[at] = c;
        std::string expected(length, 'q');
        expected.replace(at, 1, alone);
        std::string key;
        FoldKey(text, &key);
        EXPECT_EQ(key, expected) << b << " at " << at << " of " << length;
      }
    }
  }
  std::string key;
  FoldKey("ABCDEFG\xC3\x89TATS HIJKLMNOPQRSTUVWXYZ[@`{", &key);
  EXPECT_EQ(key, "abcdefgetats hijklmnopqrstuvwxyz[@`{");
}

TEST(Tokenizer, FoldKeyOfShortTextsMatchesLongTexts) {
  // FoldKey folds a text of up to 64 bytes on the stack and a longer one in `out` itself: the
  // same text folds the same way both ones, appended to what `out` holds.
  const std::string kPad(80, 'X');
  const std::string kPadKey(80, 'x');
  const char* const kTexts[] = {
      "",
      "a",
      "L’État",
      "ÉTATS‑UNIS",
      "Œuvre cœur",
      "Straße",
      "ŉ",
      "ᾀᾀᾀ",
      "Ελλάδα",
      "E\u0301ric",
      "ǅemal ĳ Ĳ",
      "\xFF\xC3",
      "a\x80"
      "b",
      "😀 ﬁ",
      "1 000\u00A0€",
      "\u0390\u03B0\u1E9E",
      "ᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀᾀ",             // 63 bytes that grow
      "ŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉŉ",  // 64 bytes that grow
      "\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390"
      "\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390"
      "\u0390\u0390\u0390\u0390\u0390\u0390\u0390\u0390",  // 64 bytes
  };
  for (const char* text : kTexts) {
    std::string short_key = "k";
    FoldKey(text, &short_key);
    std::string long_key = "k";
    FoldKey(std::string(text) + kPad, &long_key);
    ASSERT_GE(long_key.size(), kPadKey.size());
    EXPECT_EQ(long_key.substr(long_key.size() - kPadKey.size()), kPadKey) << text;
    EXPECT_EQ(short_key, long_key.substr(0, long_key.size() - kPadKey.size())) << text;
  }
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

// ---- Fast paths ----
// Tokenize takes most words through fast paths (Scanner::ScanPlainWord, and its endings at an
// apostrophe and at a period), and numbers of digits alone through Scanner::EmitDigits;
// internal::TokenizeGeneral sends every word and number through the general scanners. The two must
// agree on every token: span, kind, flags and key.

// Empty when Tokenize and TokenizeGeneral agree on `text`'s NFC view; else the first difference.
std::string FastAndGeneralDiffer(const std::string& text) {
  const Document doc{std::string(text)};
  const std::string_view view = doc.analysis_text();
  std::vector<Token> fast, general;
  std::string fast_keys, general_keys;
  Tokenize(view, &fast, &fast_keys);
  internal::TokenizeGeneral(view, &general, &general_keys);
  for (size_t i = 0; i < std::max(fast.size(), general.size()); ++i) {
    if (i >= fast.size() || i >= general.size())
      return "token counts differ: " + std::to_string(fast.size()) + " fast, " +
             std::to_string(general.size()) + " general";
    const Token& f = fast[i];
    const Token& g = general[i];
    if (f.begin != g.begin || f.end != g.end || f.kind != g.kind || f.flags != g.flags ||
        f.key(fast_keys) != g.key(general_keys))
      return "token " + std::to_string(i) + ": fast [" + std::string(f.text(view)) + "] key " +
             std::string(f.key(fast_keys)) + " kind " + TokenKindName(f.kind) + " flags " +
             std::to_string(f.flags) + "; general [" + std::string(g.text(view)) + "] key " +
             std::string(g.key(general_keys)) + " kind " + TokenKindName(g.kind) + " flags " +
             std::to_string(g.flags);
  }
  if (fast_keys != general_keys) return "key buffers differ";
  return "";
}

TEST(TokenizerFastPaths, AgreeWithTheGeneralScannersOnEdgeCases) {
  const char* const kTexts[] = {
      // Elisions: ASCII and typographic apostrophes, upper case, the whole words with an
      // apostrophe (c'est-à-dire, presqu'île), words that only look elided.
      "l'Assemblée L’État d'OpenAI D’Artagnan qu'il Qu’elle QU'IL jusqu'à Lorsqu’on puisqu'",
      "c'est c’est-à-dire C'EST-À-DIRE presqu'île presqu’îles Presqu'ile c' p'tit",
      "aujourd'hui aujourd’hui prud'homme quelqu'un O'Brien l'' l’’ l'1 l' « l’",
      "Ç'a ç'a é' É’ l\u02BCavion l\u2018avion lʼhomme ‘mot’ 'mot' mot'",
      // Periods: sentence ends, abbreviations, initials, acronyms, URLs and addresses.
      "France. M. Mme. etc. etc.) J. K. Rowling O.N.U. J.-C. U.S.A. av. J.-C. p. 12 Dr. Gén. tél.",
      "Élysée. été. Ça. ÉTAT. É. é. www.lemonde.fr Www.x.fr wiki.fr lemonde.fr: a.b@c.fr a.b:c",
      "fin.@ fin.: fin._x fin.%x fin.+x fin.-x fin.. fin... Inc. Corp.\nLtd. No. Av. Bvd. approx.",
      // Hyphens, clitics, compounds, middle dots, degrees.
      "porte-parole Saint-Étienne a-t-il dites-le-moi rendez-vous peut-être député·e·s n° N° n°1",
      "Jean-Pierre. ab-cd@x.fr ab-cd:x www-x.fr wiki-x. x- -x a--b a-1 1-a a-é-b a-b’c a-b'",
      "l'a-t-il États-Unis. arc-en-ciel' rendez-vous-x donne-m'en Vas-y dit-il. peut-être-t-il "
      "a-t’il a-t\'on",
      "ab-cd.ef@x.fr ab-c.d:x ab-c%d Ab-Cd AB-CD A-B a-B-c x-·y a-b° n-° a‐b a‑b",
      // Digits, roman ordinals, URLs, handles, hashtags, e-mails.
      "A380 iPhone 3D XXIe Ier IIIe 14h30 1er 1 000 3,5 https://ex.fr/a?b=c). http://x. @AFP #JO",
      "jean.dupont@ex.fr jean-dupont@ex.fr J@x x@y.z mailto:x http: HTTPS://EX.FR www. ftp://f.r",
      // Numbers: digits alone, and with what ScanNumber takes after them.
      "2016_09_01-001 0 42 2016. 1234567890123 12\u00A0000 3.5 1.000.000 28/11/2026 14:30 14h 7e",
      // Upper-case accented letters, other scripts, folds that grow, marks, joiners.
      "ÉTATS-UNIS Œuvre ŒUVRE Ĳssel ǅemal ǄEMAL Straße Ελλάδα ΑΘΗΝΑ ᾀᾀ E\u0301ric Ş ŉ x\u00ADy",
      "zwj\u200Dx a\u0301b ÀÉÎÕÜ àéîõü AÉ Aé éA ÉÉ É É1 1É a1b2 ABC1 Ab1",
      // Punctuation emitted alone, and next to what is not.
      "(a) [b] {c} *d* e/f g:h i;j k\\l m_n (l'x) [M.] {www.x.fr} ((,,)) :: ;; __ \\\\ */",
      // Words around eight bytes (read eight at a time), with case, digits and accents at
      // either side of the eighth byte.
      "abcdefg abcdefgh abcdefghi ABCDEFGH abcdefgH Abcdefghijklmnopq abcdefgé abcdefghé x",
      "abcdefg1 ABCDEFGHIJ1 aBCDEFGHI ABCDEFGHIJKLMNOP. abcdefgh'x l'abcdefghij ABCDEFGÉ ÉABCDEFGH",
      "Aujourd’hui-là anticonstitutionnellement ANTICONSTITUTIONNELLEMENT. Ab1cdefgh2ijklmnop3",
      // Words at the very end of the text, with each ending.
      "fin",
      "l'",
      "l’",
      "France.",
      "M.",
      "a",
      "É",
      "ÉT",
      "aujourd'",
      "rendez-",
      "x·",
      "n°",
  };
  for (const char* text : kTexts) {
    const std::string t = text;
    EXPECT_EQ(FastAndGeneralDiffer(t), "") << "text: " << t;
    // Every suffix too, so each word is met at the start and at the end of a text.
    for (size_t i = 1; i < t.size(); ++i) {
      const std::string suffix = t.substr(i);
      EXPECT_EQ(FastAndGeneralDiffer(suffix), "") << "text: " << suffix;
    }
  }
}

TEST(TokenizerFastPaths, AgreeWithTheGeneralScannersOnRandomTexts) {
  // Texts put together from the pieces the fast paths decide on, in a fixed pseudo-random order.
  const char* const kPieces[] = {
      "l",      "L",      "d",      "qu",         "Qu",         "QU",  "jusqu",  "c",
      "C",      "p",      "P",      "presqu",     "aujourd",    "'",   "’",      "ʼ",
      "‘",      "-",      "‐",      "–",          ".",          "..",  ",",      ":",
      "@",      "_",      "%",      "+",          "/",          "#",   "w",      "W",
      "www",    "http",   "://",    "é",          "É",          "Ç",   "ç",      "œ",
      "Œ",      "ǅ",      "ĳ",      "ß",          "Ω",          "ᾀ",   "·",      "°",
      "n",      "N",      "1",      "0",          "er",         "e",   "XXI",    "I",
      "M",      "MM",     "Mme",    "etc",        "J",          "K",   "U",      "A",
      " ",      " ",      "\u00A0", "\u202F",     "\n",         "«",   "»",      "\"",
      "(",      ")",      "t",      "il",         "moi",        "est", "à",      "dire",
      "ile",    "rendez", "vous",   "abcdefghij", "ABCDEFGHIJ", "x9",  "\u0301", "\u00AD",
      "\u200D", "com",    "fr",     "!",          "?",          "…",   "Saint",  "Étienne",
      "h30",    "Dr",     "2016",   "000",        "12345678",
  };
  std::mt19937 rng(14);
  int failures = 0;
  for (int i = 0; i < 20000 && failures < 5; ++i) {
    std::string text;
    const int pieces = 1 + static_cast<int>(rng() % 12);
    for (int j = 0; j < pieces; ++j) text += kPieces[rng() % std::size(kPieces)];
    const std::string diff = FastAndGeneralDiffer(text);
    if (!diff.empty()) {
      ++failures;
      ADD_FAILURE() << "text: " << text << "\n" << diff;
    }
  }
}

TEST(TokenizerFastPaths, UrlScannerMatchesItsPattern) {
  const RE2 pattern("(?i)(?:https?://|ftp://|www\\.)[^\\s<>«»\"“”\\x{00A0}\\x{202F}\\x{2009}]+");
  ASSERT_TRUE(pattern.ok());
  const auto expected = [&](std::string_view text) -> size_t {
    re2::StringPiece match;
    if (!pattern.Match(text, 0, text.size(), RE2::ANCHOR_START, &match, 1)) return 0;
    return match.size();
  };
  const char* const kTexts[] = {
      "https://www.lemonde.fr/a?b=c&d=e#f).",
      "http://x",
      "HTTP://EX.FR",
      "HtTpS://ex",
      "httpſ://ex",
      "ftp://f.r/x y",
      "FTP://",
      "www.",
      "www.x",
      "WWW.X.FR»",
      "wWw.x\u00A0y",
      "http:/x",
      "https//x",
      "http://«x»",
      "http://x\u202Fy",
      "http://x\u2009y",
      "http://x\ty",
      "http://x\vy",
      "http://x\ny",
      "http://x\ry",
      "http://x\fy",
      "http://x<y>",
      "http://x\"y",
      "http://x“y”",
      "http://é.fr/ü?€=😀",
      "http://x’y",
      "htp://x",
      "ww.x",
      "",
  };
  for (const char* text : kTexts)
    EXPECT_EQ(internal::UrlMatchLength(text), expected(text)) << "text: " << text;
  // Random texts from the pieces either side of the decisions.
  const char* const kPieces[] = {"h",       "H",        "t",      "T",      "p",      "P",  "s",
                                 "S",       "ſ",        "f",      "F",      "w",      "W",  ":",
                                 "/",       ".",        "x",      "é",      " ",      "\t", "\n",
                                 "\v",      "<",        ">",      "«",      "»",      "\"", "“",
                                 "”",       "\u00A0",   "\u202F", "\u2009", "\u2008", "’",  "😀",
                                 "http://", "https://", "www.",   "ftp://", "?",      "#"};
  std::mt19937 rng(14);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int pieces = 1 + static_cast<int>(rng() % 10);
    for (int j = 0; j < pieces; ++j) text += kPieces[rng() % std::size(kPieces)];
    ASSERT_EQ(internal::UrlMatchLength(text), expected(text)) << "text: " << text;
  }
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
