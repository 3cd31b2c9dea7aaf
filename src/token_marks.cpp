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
  // (Through local pointers: push_back would make the compiler reload the vectors at every
  // token.)
  const Token* const token = tokens.data();
  const std::string_view keys = analysis.keys;
  for (uint32_t t = 0; t < n; ++t)
    if (token[t].has(kCapitalized) && !starts[t]) capitalized_inside->push_back(token[t].key(keys));
  std::sort(capitalized_inside->begin(), capitalized_inside->end(), KeyOrder());
}

}  // namespace selon
