// RuleStartCache: which token rules may start on a token, by the token's class bits.
//
// At every token that can start a rule, RuleSet::MatchTokenRules needs the rules whose first
// element accepts the token's classes and the rules whose second element accepts the next
// token's. Both depend on a class value only (a 32-bit word of class bits), and a text has few
// distinct ones (tens in a document, a few hundred in a corpus), so the answers are cached by
// value: a direct-mapped table of kSlots entries, each a value and its two rule bitsets, filled
// by the RuleSet on a miss (a walk over its start screens) and kept across documents. A start
// token then costs two probes and a few word operations instead of a walk over every screen.
//
//   RuleStartCache& cache = scratch->start_cache[phase];
//   cache.Bind(rule_set_id, words);                 // once per call: empties it if stale
//   RuleStartCache::Entry e = cache.Find(classes);
//   if (!e.hit) Fill(classes, e.first, e.second);   // both bitsets, `words` words each
//
// Per thread (one per phase in RuleSet::Scratch); bound to the rule set that filled it. Bind
// allocates when the owner or the bitset size changes, Find never. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace selon {

class RuleStartCache {
 public:
  // Slots of the direct-mapped table: a power of two, above the distinct class values a corpus
  // shows (per phase, about 150 over 200 WiNER articles, 220 over 1,000; a collision only costs
  // a refill), small enough to stay in the L1/L2 cache.
  static constexpr size_t kSlots = 512;

  // Keeps the entries if they were filled for rule set `owner` (a RuleSet's id, never 0) with
  // bitsets of `words` 64-bit words; otherwise empties the table and sizes it for `words`.
  void Bind(uint64_t owner, size_t words) {
    if (owner == owner_ && words == words_ && !tags_.empty()) return;
    owner_ = owner;
    words_ = words;
    tags_.assign(kSlots, 0);
    bits_.assign(kSlots * 2 * words, 0);
  }

  // The slot of class value `classes`: its first-element and second-element bitsets
  // (`words` words each, valid until the next Find) and whether they already hold the answer
  // for `classes`. On a miss (hit false) the slot now belongs to `classes` and the caller must
  // fill both bitsets before the next Find.
  struct Entry {
    uint64_t* first;
    uint64_t* second;
    bool hit;
  };
  Entry Find(uint32_t classes) {
    const size_t slot = static_cast<uint32_t>(classes * 0x9E3779B1u) >> (32 - kSlotBits);
    uint64_t* bits = bits_.data() + slot * 2 * words_;
    const uint64_t tag = uint64_t{classes} << 1 | 1;  // 0: an empty slot
    const bool hit = tags_[slot] == tag;
    tags_[slot] = tag;
    return {bits, bits + words_, hit};
  }

 private:
  static constexpr int kSlotBits = 9;
  static_assert(size_t{1} << kSlotBits == kSlots);
  uint64_t owner_ = 0;
  size_t words_ = 0;
  std::vector<uint64_t> tags_;  // per slot: (class value << 1) | 1, or 0 when empty
  std::vector<uint64_t> bits_;  // per slot: first bitset, then second bitset
};

}  // namespace selon
