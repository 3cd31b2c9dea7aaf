// Sentence segmentation, table-driven (tests/cases/sentence_cases.inc).
#include "selon/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "selon/document.h"
#include "selon/pipeline.h"

namespace selon {
namespace {

struct SentenceCase {
  std::string input;
  std::vector<std::string> sentences;
};

const SentenceCase kCases[] = {
#include "cases/sentence_cases.inc"
};

std::vector<std::string> Sentences(const std::string& text) {
  std::unique_ptr<Pipeline> pipeline;
  EXPECT_TRUE(Pipeline::Create({}, &pipeline).ok());
  const Document doc{std::string(text)};
  Analysis analysis;
  pipeline->Analyze(doc, &analysis);
  std::vector<std::string> out;
  for (const Sentence& s : analysis.sentences) {
    const ByteSpan span = doc.ToOriginal({s.begin, s.end});
    out.emplace_back(doc.original().substr(span.begin, span.end - span.begin));
  }
  return out;
}

TEST(Sentences, CasesFromTable) {
  ASSERT_GE(std::size(kCases), 40u);
  for (const SentenceCase& c : kCases) {
    const std::vector<std::string> got = Sentences(c.input);
    if (got != c.sentences) {
      std::string expected, actual;
      for (const auto& s : c.sentences) expected += "\n  [" + s + "]";
      for (const auto& s : got) actual += "\n  [" + s + "]";
      ADD_FAILURE() << "input: " << c.input << "\nexpected:" << expected << "\ngot:" << actual;
    }
  }
}

TEST(Sentences, EveryTokenBelongsToExactlyOneSentence) {
  const Document doc{std::string("Titre\n« Non ! », a-t-il dit. M. Dupont est parti… Puis rien.")};
  Analysis a;
  Tokenize(doc.analysis_text(), &a.tokens, &a.keys);
  SplitSentences(a.tokens, &a.sentences);
  uint32_t next = 0;
  for (const Sentence& s : a.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    next = s.end_token;
  }
  EXPECT_EQ(next, a.tokens.size());
  EXPECT_EQ(a.sentences.size(), 4u);  // Titre | « Non ! », a-t-il dit. | M. … | Puis rien.
  EXPECT_EQ(a.SentenceOfToken(0), 0u);
  EXPECT_EQ(a.SentenceOfToken(static_cast<uint32_t>(a.tokens.size() - 1)), 3u);
}

}  // namespace
}  // namespace selon
