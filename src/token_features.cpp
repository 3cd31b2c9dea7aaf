#include "token_features.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <type_traits>

#include "claims.h"
#include "evidence.h"
#include "internal/hash.h"
#include "internal/lexicon_format.h"
#include "internal/lexicon_trie.h"
#include "internal/lexicon_trie_inl.h"
#include "rules.h"

namespace selon {
namespace {

// Every table's entry for `key` but the lexicons': the lookups the stages made themselves.
// Every table hashes its keys with FNV-1a (the lexicons' HashKey too, fixed by their file
// format): `hash` is internal::Fnv1a(key), computed once for all of them.
void LookUp(std::string_view key, uint64_t hash, const TokenTables& tables, TokenLookup* value) {
  *value = TokenLookup{};
  if (tables.rules != nullptr)
    tables.rules->LookUpWord(key, hash, &value->rule_word, &value->rule_classes,
                             &value->rule_spellings);
  if (tables.evidence != nullptr)
    if (const uint32_t* f = tables.evidence->FirstNameClasses(key, hash)) value->first_name = *f;
  if (tables.claims != nullptr) value->claims_word = tables.claims->WordIndex(key, hash);
}

uint32_t LexiconId(const TokenTables& tables, size_t l, std::string_view key, uint64_t hash) {
  return internal::LexiconTrie(*(*tables.lexicons)[l]).TokenId(key, hash);
}

// TokenFeatures::first_steps for a token whose id in the first lexicon is `id`.
uint32_t FirstStep(const TokenTables& tables, uint32_t id) {
  if (id == internal::kNoToken) return internal::kNoNode;
  return internal::LexiconTrie(*(*tables.lexicons)[0]).Child(internal::kRoot, id);
}

// Per key length (0 to kMaxKey), the masks that keep a key's bytes in each of its words: a word
// read from memory holds bytes in memory order, so the key's first n bytes of a word are its low
// bytes on a little-endian machine and its high bytes on a big-endian one.
struct KeyMasks {
  uint64_t word[TokenCache::kKeyWords];
};
constexpr std::array<KeyMasks, TokenCache::kMaxKey + 1> MakeKeyMasks() {
  std::array<KeyMasks, TokenCache::kMaxKey + 1> t{};
  for (size_t len = 0; len <= TokenCache::kMaxKey; ++len)
    for (size_t i = 0; i < TokenCache::kKeyWords; ++i) {
      const size_t n = len > 8 * i ? std::min<size_t>(len - 8 * i, 8) : 0;  // bytes in word i
      const uint64_t low = n == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * n);
      const uint64_t high = n == 0 ? 0 : ~uint64_t{0} << (64 - 8 * n);
      t[len].word[i] = std::endian::native == std::endian::little ? low : high;
    }
  return t;
}
constexpr std::array<KeyMasks, TokenCache::kMaxKey + 1> kKeyMasks = MakeKeyMasks();

// The bytes of `key` (at most TokenCache::kMaxKey) as words, zero past its end; `limit` is the
// end of the buffer `key` lies in (its bytes up to there may be read). Reads a whole word block
// when the buffer allows, else copies.
inline void KeyWords(std::string_view key, const char* limit,
                     uint64_t words[TokenCache::kKeyWords]) {
  constexpr size_t kBytes = TokenCache::kMaxKey;
  if (static_cast<size_t>(limit - key.data()) >= kBytes) {
    std::memcpy(words, key.data(), kBytes);
    const KeyMasks& masks = kKeyMasks[key.size()];
    for (size_t i = 0; i < TokenCache::kKeyWords; ++i) words[i] &= masks.word[i];
    return;
  }
  char bytes[kBytes] = {};
  std::memcpy(bytes, key.data(), key.size());
  std::memcpy(words, bytes, kBytes);
}

static_assert(sizeof(TokenCache::Slot) == 64, "a slot is one cache line");
// (Zero bytes are an empty slot: a trivially copyable aggregate.)
static_assert(std::is_trivially_copyable_v<TokenCache::Slot> &&
              std::is_trivially_destructible_v<TokenCache::Slot>);

// The slot of a key's words: each word times an odd constant, summed with the length, and the
// sum's high bits (which depend on every bit of the words below them), good enough for a
// direct-mapped cache.
inline size_t SlotOf(const uint64_t words[TokenCache::kKeyWords], size_t len) {
  static_assert(TokenCache::kKeyWords == 3);
  const uint64_t h = (words[0] ^ len) * 0x9E3779B97F4A7C15ull + words[1] * 0xC2B2AE3D27D4EB4Full +
                     words[2] * 0x165667B19E3779F9ull;
  return static_cast<size_t>(h >> (64 - std::countr_zero(TokenCache::kSlots)));
}

// The slot of `key` (at most TokenCache::kMaxKey bytes, `words` its KeyWords) filled from the
// tables: a cache miss. Out of line, as the uncached lookup below: the loop over the tokens then
// keeps its pointers in registers.
[[gnu::noinline]] void FillSlot(std::string_view key, const uint64_t words[TokenCache::kKeyWords],
                                const TokenTables& tables, size_t lexicon_count,
                                TokenCache::Slot* slot) {
  const uint64_t hash = internal::Fnv1a(key);
  LookUp(key, hash, tables, &slot->value);
  for (size_t l = 0; l < lexicon_count; ++l) slot->lexicon_ids[l] = LexiconId(tables, l, key, hash);
  slot->first_step = lexicon_count > 0 ? FirstStep(tables, slot->lexicon_ids[0]) : 0;
  slot->stored_len = static_cast<uint8_t>(key.size() + 1);
  std::memcpy(slot->key, words, sizeof slot->key);
}

// Token t's records looked up in the tables, past the cache (a key too long for a slot, or more
// lexicons than a slot holds).
[[gnu::noinline]] void LookUpToken(std::string_view key, const TokenTables& tables,
                                   size_t lexicon_count, size_t n, size_t t,
                                   TokenFeatures* features) {
  const uint64_t hash = internal::Fnv1a(key);
  LookUp(key, hash, tables, &features->at[t]);
  for (size_t l = 0; l < lexicon_count; ++l)
    features->lexicon_ids[l * n + t] = LexiconId(tables, l, key, hash);
  if (lexicon_count > 0) features->first_steps[t] = FirstStep(tables, features->lexicon_ids[t]);
}

// ComputeTokenFeatures' loop; inlined twice, once with `lexicon_count` the constant 1 (the
// shipped lexicons are one compiled file), where the per-lexicon loops disappear.
[[gnu::always_inline]] inline void FillFeatures(std::string_view text, const Analysis& analysis,
                                                const TokenTables& tables, size_t lexicon_count,
                                                TokenCache* cache, TokenFeatures* features) {
  const size_t n = analysis.tokens.size();
  const bool cached = lexicon_count <= TokenCache::kMaxLexicons;
  const char* const keys = analysis.keys.data();
  const char* const keys_end = keys + analysis.keys.size();
  // The arrays through local pointers: the loop's stores then make the compiler reload no
  // vector's bounds.
  const Token* const token = analysis.tokens.data();
  TokenLookup* const at = features->at.data();
  uint32_t* const lexicon_ids = features->lexicon_ids.data();
  uint32_t* const first_steps = features->first_steps.data();
  TokenCache::Slot* const slots = cached ? cache->slots() : nullptr;
  for (size_t t = 0; t < n; ++t) {
    // (A token's key lies inside the keys: Token::key's bounds check is not needed.)
    const std::string_view key(keys + token[t].key_begin, token[t].key_end - token[t].key_begin);
    if (!cached || key.size() > TokenCache::kMaxKey) {
      LookUpToken(key, tables, lexicon_count, n, t, features);
    } else {
      static_assert(TokenCache::kKeyWords == 3, "the probe below compares three words");
      uint64_t words[TokenCache::kKeyWords];
      KeyWords(key, keys_end, words);
      TokenCache::Slot& slot = slots[SlotOf(words, key.size())];
      if (!(slot.stored_len == key.size() + 1 && slot.key[0] == words[0] &&
            slot.key[1] == words[1] && slot.key[2] == words[2]))
        FillSlot(key, words, tables, lexicon_count, &slot);
      at[t] = slot.value;
      for (size_t l = 0; l < lexicon_count; ++l) lexicon_ids[l * n + t] = slot.lexicon_ids[l];
      if (lexicon_count > 0) first_steps[t] = slot.first_step;
    }
    // A key some rule word is written with a diacritic in ("a": `à`): the token's own spelling
    // decides its word id (a few frequent keys; the cache holds the key's).
    if (at[t].rule_spellings != 0) [[unlikely]]
      at[t].rule_word = tables.rules->WordIdOfSpelling(at[t].rule_word, at[t].rule_spellings,
                                                       token[t].text(text));
  }
}

}  // namespace

void ComputeTokenFeatures(std::string_view text, const Analysis& analysis,
                          const TokenTables& tables, TokenCache* cache, TokenFeatures* features) {
  const size_t n = analysis.tokens.size();
  const size_t lexicon_count = tables.lexicons->size();
  features->at.resize(n);
  features->lexicon_ids.resize(lexicon_count * n);
  features->first_steps.resize(lexicon_count > 0 ? n : 0);
  const bool cached = lexicon_count <= TokenCache::kMaxLexicons;
  if (cached && !cache->bound_to(tables.id)) cache->Bind(tables.id);
  if (lexicon_count == 1)
    FillFeatures(text, analysis, tables, 1, cache, features);
  else
    FillFeatures(text, analysis, tables, lexicon_count, cache, features);
}

}  // namespace selon
