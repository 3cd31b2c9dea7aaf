// The trie walk's inline steps (LexiconTrie::Child, NamesBegin, NamesEnd), kept out of
// lexicon_trie.h because they read the lexicon's tables (lexicon_data.h), which that header
// cannot include (lexicon_format.h includes it). A file that walks a trie includes this header:
// the matcher takes a step per token of a candidate name, and a call per step cost a third of
// the step.
#pragma once

#include <cstdint>

#include "internal/lexicon_data.h"
#include "internal/lexicon_format.h"
#include "internal/lexicon_trie.h"

namespace selon::internal {

inline uint32_t LexiconTrie::Child(uint32_t node, uint32_t token_id) const {
  const Lexicon::Data& d = *data_;
  const uint32_t mask = d.header.edge_slots - 1;
  for (uint32_t i = static_cast<uint32_t>(HashEdge(node, token_id)) & mask;; i = (i + 1) & mask) {
    const EdgeSlot& slot = d.edges[i];
    if (slot.child == kNoNode) return kNoNode;
    if (slot.node == node && slot.token == token_id) return slot.child;
  }
}

inline const LexiconName* LexiconTrie::NamesBegin(uint32_t node) const {
  return data_->names + data_->nodes[node];
}
inline const LexiconName* LexiconTrie::NamesEnd(uint32_t node) const {
  return data_->names + data_->nodes[node + 1];
}

}  // namespace selon::internal
