#include "token_features.h"

#include <bit>
#include <cstring>

#include "claims.h"
#include "evidence.h"
#include "internal/lexicon_trie.h"
#include "rules.h"

namespace selon {
namespace {

// Every table's entry for `key` but the lexicons': the lookups the stages made themselves.
void LookUp(std::string_view key, const TokenTables& tables, TokenLookup* value) {
  *value = TokenLookup{};
  if (tables.rules != nullptr)
    tables.rules->LookUpWord(key, &value->rule_word, &value->rule_classes);
  if (tables.evidence != nullptr)
    if (const uint32_t* f = tables.evidence->FirstNameClasses(key)) value->first_name = *f;
  if (tables.claims != nullptr) value->claims_word = tables.claims->WordIndex(key);
}

uint32_t LexiconId(const TokenTables& tables, size_t l, std::string_view key) {
  return internal::LexiconTrie(*(*tables.lexicons)[l]).TokenId(key);
}

// The first TokenCache::kMaxKey bytes of `key` as words, zero past its end; `limit` is the end
// of the buffer `key` lies in (its bytes up to there may be read). Reads a whole word block when
// the buffer allows, else copies.
inline void KeyWords(std::string_view key, const char* limit,
                     uint64_t words[TokenCache::kKeyWords]) {
  constexpr size_t kBytes = TokenCache::kMaxKey;
  if (static_cast<size_t>(limit - key.data()) >= kBytes) {
    std::memcpy(words, key.data(), kBytes);
    for (size_t i = 0; i < TokenCache::kKeyWords; ++i) {
      const size_t n = key.size() > 8 * i ? key.size() - 8 * i : 0;  // the key's bytes in word i
      if (n >= 8) continue;
      // Native order: the key's bytes are the word's first n bytes in memory.
      const uint64_t low = n == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * n);
      words[i] &= std::endian::native == std::endian::little ? low : ~(~uint64_t{0} >> (8 * n));
    }
    return;
  }
  char bytes[kBytes] = {};
  std::memcpy(bytes, key.data(), key.size());
  std::memcpy(words, bytes, kBytes);
}

static_assert(sizeof(TokenCache::Slot) == 64, "a slot is one cache line");

// The slot of a key's words: a multiplicative mix, good enough for a direct-mapped cache.
inline size_t SlotOf(const uint64_t words[TokenCache::kKeyWords], size_t len) {
  uint64_t h = len;
  for (size_t i = 0; i < TokenCache::kKeyWords; ++i) {
    h = (h ^ words[i]) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 32;
  }
  return static_cast<size_t>(h & (TokenCache::kSlots - 1));
}

}  // namespace

void ComputeTokenFeatures(const Analysis& analysis, const TokenTables& tables, TokenCache* cache,
                          TokenFeatures* features) {
  const std::vector<Token>& tokens = analysis.tokens;
  const size_t n = tokens.size();
  const size_t lexicon_count = tables.lexicons->size();
  features->at.resize(n);
  features->lexicon_ids.resize(lexicon_count * n);
  const bool cached = lexicon_count <= TokenCache::kMaxLexicons;
  if (cached && (cache->bound_to != tables.id || cache->slots.empty())) {
    cache->slots.assign(TokenCache::kSlots, TokenCache::Slot{});
    cache->bound_to = tables.id;
  }
  const char* const keys_end = analysis.keys.data() + analysis.keys.size();
  for (size_t t = 0; t < n; ++t) {
    const std::string_view key = tokens[t].key(analysis.keys);
    if (!cached || key.size() > TokenCache::kMaxKey) {
      LookUp(key, tables, &features->at[t]);
      for (size_t l = 0; l < lexicon_count; ++l)
        features->lexicon_ids[l * n + t] = LexiconId(tables, l, key);
      continue;
    }
    static_assert(TokenCache::kKeyWords == 3, "the probe below compares three words");
    uint64_t words[TokenCache::kKeyWords];
    KeyWords(key, keys_end, words);
    TokenCache::Slot& slot = cache->slots[SlotOf(words, key.size())];
    if (!(slot.len == key.size() && slot.key[0] == words[0] && slot.key[1] == words[1] &&
          slot.key[2] == words[2])) {
      LookUp(key, tables, &slot.value);
      for (size_t l = 0; l < lexicon_count; ++l) slot.lexicon_ids[l] = LexiconId(tables, l, key);
      slot.len = static_cast<uint8_t>(key.size());
      std::memcpy(slot.key, words, sizeof slot.key);
    }
    features->at[t] = slot.value;
    for (size_t l = 0; l < lexicon_count; ++l)
      features->lexicon_ids[l * n + t] = slot.lexicon_ids[l];
  }
}

}  // namespace selon
