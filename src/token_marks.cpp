#include "token_marks.h"

#include <algorithm>

namespace selon {

namespace {

// Whether word token `t` has a lower-case letter: two letters or more (its key, one byte a
// letter but for ligatures, has two bytes or more), not all in capitals; an elided article, a
// clitic, an abbreviation or a word with a digit says nothing ("L'", "-T-IL", "M.", "A380").
bool HasLowerCaseLetter(const Token& t) {
  constexpr uint16_t kSilent = kAllCaps | kHasDigit | kElision | kClitic | kAbbreviation;
  return t.kind == TokenKind::kWord && !(t.flags & kSilent) && t.key_end - t.key_begin >= 2;
}

// Marks in `caseless` the tokens of the caseless lines of `tokens`. (Most lines of news have a
// lower-case word within their first few: the rest of such a line is skipped by its newline
// flags alone.)
void FindCaselessLines(const std::vector<Token>& tokens, std::vector<uint8_t>* caseless) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  caseless->assign(n, 0);
  const Token* const token = tokens.data();
  uint32_t t = 0;
  while (t < n) {
    const uint32_t line = t;
    uint32_t capitals = 0;
    bool lower = false;
    for (; t < n && (t == line || !token[t].has(kNewlineBefore)); ++t) {
      if (token[t].kind != TokenKind::kWord) continue;
      capitals += token[t].has(kAllCaps) ? 1 : 0;
      if (HasLowerCaseLetter(token[t])) {
        lower = true;
        break;
      }
    }
    if (lower) {
      for (++t; t < n && !token[t].has(kNewlineBefore); ++t) {
      }
      continue;
    }
    if (capitals >= kMinCaselessWords)
      std::fill(caseless->begin() + line, caseless->begin() + t, 1);
  }
}

}  // namespace

void FindSentenceStarts(const Analysis& analysis, std::vector<uint8_t>* initial,
                        std::vector<std::string_view>* capitalized_inside,
                        std::vector<uint8_t>* caseless) {
  const std::vector<Token>& tokens = analysis.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  initial->assign(n, 0);
  FindCaselessLines(tokens, caseless);
  for (const Sentence& s : analysis.sentences) {
    uint32_t i = s.first_token;
    while (i < s.end_token &&
           (tokens[i].kind == TokenKind::kQuote || tokens[i].kind == TokenKind::kPunct))
      ++i;
    if (i < s.end_token) (*initial)[i] = 1;
  }
  capitalized_inside->clear();
  const uint8_t* const starts = initial->data();
  // (Through local pointers: push_back would make the compiler reload the vectors at every
  // token.)
  const Token* const token = tokens.data();
  const std::string_view keys = analysis.keys;
  const uint8_t* const no_case = caseless->data();
  for (uint32_t t = 0; t < n; ++t)
    if (token[t].has(kCapitalized) && !starts[t] && !no_case[t])
      capitalized_inside->push_back(token[t].key(keys));
  std::sort(capitalized_inside->begin(), capitalized_inside->end(), KeyOrder());
}

}  // namespace selon
