// TokenFeatures: what the data tables say of each token's folded key, looked up once per token
// for every stage: the rules' word id and evidence classes (RuleSet), the first-name classes
// (Evidence), each lexicon's token id (the lexicon tries) and the claims word index
// (ClaimExtractor). Before this stage each of them hashed every key in its own cold table.
//
// TokenCache keeps the records of recent keys across documents (a worker's Workspace owns it):
// the frequent words of a language are few, so most tokens cost one hash and one probe in a
// table that stays in cache, instead of four lookups in four large ones.
//
// Contract: ComputeTokenFeatures fills features->at (one record per token; a key's rule word id
// resolved to the token's accent-exact spelling, from `text`, the analysis text),
// features->lexicon_ids (lexicon l, token t at l * n + t) and features->first_steps (one per
// token) for `analysis.tokens`, exactly as the tables' own lookups would; the stages read them
// instead of looking keys up.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "internal/large_pages.h"
#include "selon/analysis.h"
#include "selon/lexicon.h"

namespace selon {

class RuleSet;
class Evidence;
class ClaimExtractor;

// One key's entries. "None" values: rule_word 0xFFFF, claims_word 0xFFFFFFFF, first_name 0.
struct TokenLookup {
  uint32_t rule_classes = 0;  // evidence classes from the rules' word table
  uint32_t first_name = 0;    // Evidence::FirstNameClasses(key), 0 when not a first name
  uint32_t claims_word = 0xFFFFFFFF;
  // The rules' word id. In TokenFeatures::at, the token's own: when the key has accent-exact
  // spellings (rule_spellings), the id of the one it is spelled as (RuleSet::WordIdOfSpelling).
  uint16_t rule_word = 0xFFFF;
  uint16_t rule_spellings = 0;  // the key's group of accent-exact spellings (0: none)
};

struct TokenFeatures {
  std::vector<TokenLookup> at;        // per token
  std::vector<uint32_t> lexicon_ids;  // per lexicon, per token: LexiconTrie::TokenId
  // Per token, the first step of a walk in the first lexicon's trie: Child(kRoot, its id), or
  // kNoNode (no id, or no name starts with the token). The step is a probe in a table too large
  // for the cache; the TokenCache keeps it, so the matcher starts a walk without it.
  std::vector<uint32_t> first_steps;
};

// The tables a pipeline looks keys up in. Any pointer may be null (no such table); `lexicons`
// must not be.
struct TokenTables {
  uint64_t id = 0;  // unique per set of loaded tables (a Pipeline): what a cache is bound to
  const RuleSet* rules = nullptr;
  const Evidence* evidence = nullptr;
  const std::vector<const Lexicon*>* lexicons = nullptr;
  const ClaimExtractor* claims = nullptr;
};

// A direct-mapped cache of TokenLookup records by key (keys up to kMaxKey bytes; longer ones
// are looked up every time). Bound to one TokenTables: used with another, it starts empty.
// A slot holds its key as kKeyWords words, zero past the key's end, so a probe compares three
// words and a length instead of calling memcmp; a slot is one 64-byte cache line.
//
// An empty slot is all zero bytes, and the slots are allocated zeroed, never written whole
// (internal::AllocateLargeZeroed: fresh pages, 2 MiB ones where the kernel has them), so an
// empty run faults in none of them (257 page faults fewer, 12/2026) and a long one a single
// page, not 256 of 4 KiB as the cache fills.
class TokenCache {
 public:
  static constexpr size_t kSlots = 16384;  // a power of two; ~1 MB
  static constexpr size_t kKeyWords = 3;   // 8-byte words of a slot's key
  static constexpr size_t kMaxKey = 8 * kKeyWords;
  static constexpr size_t kMaxLexicons = 4;  // more lexicons: the cache is not used

  // Every field zero in an empty slot (its value is never read then).
  struct Slot {
    TokenLookup value;
    uint32_t lexicon_ids[kMaxLexicons];
    uint64_t key[kKeyWords];  // the key's bytes (native order), zero past its length
    uint8_t stored_len;       // the key's byte length + 1; 0: empty
    uint32_t first_step;      // TokenFeatures::first_steps (in the line's spare bytes)
  };
  // Empties the cache and binds it to the tables `id` (TokenTables::id), allocating its slots
  // on first use. Never touches a slot's memory.
  void Bind(uint64_t id) {
    slots_.reset(static_cast<Slot*>(internal::AllocateLargeZeroed(kSlots * sizeof(Slot))));
    bound_to_ = id;
  }
  bool bound_to(uint64_t id) const { return slots_ != nullptr && bound_to_ == id; }
  Slot* slots() { return slots_.get(); }

 private:
  struct Free {
    void operator()(Slot* p) const { internal::FreeLarge(p, kSlots * sizeof(Slot)); }
  };
  std::unique_ptr<Slot[], Free> slots_;  // kSlots, or null before Bind
  uint64_t bound_to_ = 0;                // TokenTables::id of the tables the slots came from
};

void ComputeTokenFeatures(std::string_view text, const Analysis& analysis,
                          const TokenTables& tables, TokenCache* cache, TokenFeatures* features);

}  // namespace selon
