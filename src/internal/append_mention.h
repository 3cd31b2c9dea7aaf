// One mention of tokens [first, end) of an analysed document, appended to its mention list.
#pragma once

#include <cstdint>
#include <string_view>

#include "selon/analysis.h"

namespace selon::internal {

// Appends the mention of tokens [first, end) (end > first, both of `a`'s tokens) for `entity`,
// with its byte span and sentence from the tokens; `via` must outlive `a` ("lexicon",
// "rule:<id>": static or owned by the Pipeline).
inline void AppendMention(Analysis* a, uint32_t first, uint32_t end, uint32_t entity,
                          std::string_view via) {
  Mention m;
  m.begin = a->tokens[first].begin;
  m.end = a->tokens[end - 1].end;
  m.first_token = first;
  m.end_token = end;
  m.sentence = a->SentenceOfToken(first);
  m.entity = entity;
  m.via = via;
  a->mentions.push_back(m);
}

}  // namespace selon::internal
