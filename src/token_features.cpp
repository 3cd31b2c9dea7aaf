#include "token_features.h"

#include <cstring>

#include "claims.h"
#include "evidence.h"
#include "internal/hash.h"
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
  for (size_t t = 0; t < n; ++t) {
    const std::string_view key = tokens[t].key(analysis.keys);
    if (!cached || key.size() > TokenCache::kMaxKey) {
      LookUp(key, tables, &features->at[t]);
      for (size_t l = 0; l < lexicon_count; ++l)
        features->lexicon_ids[l * n + t] = LexiconId(tables, l, key);
      continue;
    }
    const uint64_t h = internal::Fnv1a(key);
    TokenCache::Slot& slot = cache->slots[h & (TokenCache::kSlots - 1)];
    if (!(slot.hash == h && slot.len == key.size() &&
          std::memcmp(slot.key, key.data(), key.size()) == 0)) {
      LookUp(key, tables, &slot.value);
      for (size_t l = 0; l < lexicon_count; ++l) slot.lexicon_ids[l] = LexiconId(tables, l, key);
      slot.hash = h;
      slot.len = static_cast<uint8_t>(key.size());
      std::memcpy(slot.key, key.data(), key.size());
    }
    features->at[t] = slot.value;
    for (size_t l = 0; l < lexicon_count; ++l)
      features->lexicon_ids[l * n + t] = slot.lexicon_ids[l];
  }
}

}  // namespace selon
