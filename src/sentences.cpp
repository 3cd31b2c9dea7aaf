#include "selon/sentences.h"

namespace selon {
namespace {

// True when `t`, following a sentence-final mark, opens a new sentence.
bool StartsSentence(const Token& t) {
  switch (t.kind) {
    case TokenKind::kQuote:
      return t.has(kOpeningQuote);
    case TokenKind::kNumber:
      return true;
    case TokenKind::kPunct:
      return t.has(kDash);
    case TokenKind::kWord:
      return t.has(kCapitalized);
    default:
      return true;  // URLs, handles, hashtags, symbols
  }
}

// True when a line break before `t` does not end the sentence: wrapped text goes on in lower case.
bool ContinuesAcrossLineBreak(const Token& t) {
  return !t.has(kBlankLineBefore) && t.kind == TokenKind::kWord && !t.has(kCapitalized) &&
         !t.has(kHasDigit);
}

}  // namespace

void SplitSentences(const std::vector<Token>& tokens, std::vector<Sentence>* sentences) {
  sentences->clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t start = 0;
  auto close = [&](uint32_t end_token) {
    if (end_token <= start) return;
    sentences->push_back({start, end_token, tokens[start].begin, tokens[end_token - 1].end});
    start = end_token;
  };

  // (A local pointer for the scan: push_back would make the compiler reload the vector's.)
  const Token* const token = tokens.data();
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = token[i];
    // Most tokens: no line break before, no mark that may end a sentence; nothing to decide.
    if (!(t.flags & (kNewlineBefore | kSentenceFinal | kMayEndSentence))) continue;
    if (i > start && t.has(kNewlineBefore) && !ContinuesAcrossLineBreak(t)) close(i);
    const bool final_mark = t.has(kSentenceFinal);
    const bool abbreviation = t.has(kMayEndSentence);
    if (!final_mark && !abbreviation) continue;

    // Closing quotes and brackets glued after the mark belong to the sentence.
    uint32_t j = i + 1;
    while (j < n && !tokens[j].has(kNewlineBefore) &&
           (tokens[j].has(kClosingQuote) || tokens[j].has(kClosingBracket)))
      ++j;
    if (j == n) break;
    const Token& next = tokens[j];
    if (next.has(kNewlineBefore)) {
      i = j - 1;  // the line-break rule decides at j
      continue;
    }
    const bool breaks = abbreviation && !final_mark
                            ? next.kind == TokenKind::kWord && next.has(kCapitalized)
                            : StartsSentence(next);
    if (breaks) close(j);
    i = j - 1;
  }
  close(n);
}

}  // namespace selon
