#include "selon/analysis.h"

#include <algorithm>

namespace selon {

uint32_t Analysis::SentenceOfToken(uint32_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](uint32_t t, const Sentence& s) { return t < s.end_token; });
  return static_cast<uint32_t>(it - sentences.begin());
}

void Analysis::clear() {
  tokens.clear();
  keys.clear();
  sentences.clear();
  entities.clear();
  mentions.clear();
  roles.clear();
  claims.clear();
  sources.clear();
  unbalanced_quotes.clear();
}

}  // namespace selon
