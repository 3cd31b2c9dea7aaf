#include "token_marks.h"

#include <algorithm>

namespace selon {

void FindSentenceStarts(const Analysis& analysis, std::vector<uint8_t>* initial,
                        std::vector<std::string_view>* capitalized_inside) {
  const std::vector<Token>& tokens = analysis.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  initial->assign(n, 0);
  for (const Sentence& s : analysis.sentences) {
    uint32_t i = s.first_token;
    while (i < s.end_token &&
           (tokens[i].kind == TokenKind::kQuote || tokens[i].kind == TokenKind::kPunct))
      ++i;
    if (i < s.end_token) (*initial)[i] = 1;
  }
  capitalized_inside->clear();
  const uint8_t* const starts = initial->data();
  for (uint32_t t = 0; t < n; ++t)
    if (tokens[t].has(kCapitalized) && !starts[t])
      capitalized_inside->push_back(tokens[t].key(analysis.keys));
  std::sort(capitalized_inside->begin(), capitalized_inside->end(), KeyOrder());
}

}  // namespace selon
