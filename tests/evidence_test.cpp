// The evidence loader's shortcut: a row that is one plain Latin word is folded directly, which
// must give the key Tokenize gives (else a listed word would silently never match).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "internal/chars.h"
#include "selon/document.h"
#include "selon/tokenizer.h"

namespace selon {
namespace {

// True when the shortcut and the tokenizer agree on `form` (or the shortcut does not apply).
::testing::AssertionResult SameKeyAsTokenizer(const std::string& form) {
  if (!internal::IsPlainLatinWord(form)) return ::testing::AssertionSuccess();
  const Document doc{std::string(form)};
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(doc.analysis_text(), &tokens, &keys);
  std::string folded;
  FoldKey(form, &folded);
  if (doc.analysis_text() != form)
    return ::testing::AssertionFailure() << "'" << form << "' changes under NFC";
  if (tokens.size() != 1)
    return ::testing::AssertionFailure() << "'" << form << "' is " << tokens.size() << " tokens";
  if (tokens[0].key(keys) != folded)
    return ::testing::AssertionFailure() << "'" << form << "': token key '" << tokens[0].key(keys)
                                         << "', folded '" << folded << "'";
  return ::testing::AssertionSuccess();
}

TEST(PlainLatinWord, TellsOneWordFromTheRest) {
  for (const char* word : {"gouvernement", "Épiscopale", "ŒUVRE", "naïve", "Ærø", "ß"})
    EXPECT_TRUE(internal::IsPlainLatinWord(word)) << word;
  for (const char* text : {"", "garde-côte", "aujourd'hui", "M.", "1er", "Air France",
                           "e\xcc\x81t\xc3\xa9", "Αθήνα", "\xff"})
    EXPECT_FALSE(internal::IsPlainLatinWord(text)) << text;
}

TEST(PlainLatinWord, HandWrittenWordsFoldAsTheTokenizerReadsThem) {
  for (const char* word : {"gouvernement", "Épiscopale", "ŒUVRE", "naïve", "Ærø", "ß", "ÇA"})
    EXPECT_TRUE(SameKeyAsTokenizer(word));
}

// Every form of every shipped evidence and cue file (the first column), as the loaders read them
// (the claims' cue tables take the same shortcut for their one-word forms and markers).
TEST(PlainLatinWord, EveryShippedEvidenceAndCueFormFoldsAsTheTokenizerReadsIt) {
  size_t checked = 0;
  for (const char* folder : {"evidence", "cues"}) {
    const std::filesystem::path dir = std::filesystem::path(SELON_TEST_DATA_DIR) / folder;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".tsv") continue;
      std::ifstream in(entry.path());
      std::string line;
      bool header = true;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
          header = false;
          continue;
        }
        const std::string form = line.substr(0, line.find('\t'));
        EXPECT_TRUE(SameKeyAsTokenizer(form)) << entry.path().filename();
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 10000u);
}

}  // namespace
}  // namespace selon
