// The trie of a compiled lexicon, as the matcher walks it: token ids, child nodes and the name
// records ending at a node. Not part of the public API (selon/lexicon.h shows entries only); the
// name record is also the on-disk layout of the names section (lexicon_format.h).
//
//   const internal::LexiconTrie trie(lexicon);
//   uint32_t node = internal::kRoot;
//   for (const Token& t : tokens) {
//     const uint32_t id = trie.TokenId(t.key(keys));
//     node = id == internal::kNoToken ? internal::kNoNode : trie.Child(node, id);
//     if (node == internal::kNoNode) break;
//   }
//   for (const LexiconName* n = trie.NamesBegin(node); n != trie.NamesEnd(node); ++n) ...
//
// Child, NamesBegin and NamesEnd are defined in lexicon_trie_inl.h: include it to walk a trie.
// Lookups never allocate; thread-safe (the lexicon is immutable). A LexiconTrie is a view: the
// Lexicon must outlive it.
#pragma once

#include <cstdint>
#include <string_view>

#include "selon/lexicon.h"

namespace selon::internal {

inline constexpr uint32_t kNoToken = 0xFFFFFFFF;
inline constexpr uint32_t kRoot = 0;
inline constexpr uint32_t kNoNode = 0xFFFFFFFF;

enum LexiconNameFlags : uint16_t {
  // The name with its leading article dropped ("Monde" of "Le Monde"): it matches only right
  // after an article or a contracted one ("du Monde", "au Point", "l'Équipe"), because alone
  // it is usually the common word.
  kAfterArticle = 1u << 0,
  // ... and that article was "l'": after "l'" the mention takes it in ("l'Express" is the name).
  kElidedArticle = 1u << 1,
  // The name opens with a common noun that French writes in lower case in running text ("le
  // ministère des Affaires étrangères" for "Ministère des Affaires étrangères"): under
  // case=cap that first word may be lower case. Set by the entry attribute head=lower.
  kLowerHead = 1u << 2,
  // A one-word name under case=cap that is no common word, only a first name or surname
  // (France, Florence): a capital at the start of a sentence is enough. Attribute start=ok.
  kStartOk = 1u << 3,
};

// One name (canonical or alias) that ends at a trie node.
struct LexiconName {
  uint32_t entry;  // index of the entry
  MatchPolicy policy;
  uint8_t token_count;   // tokens in the name (at most 255)
  uint16_t flags;        // LexiconNameFlags
  uint32_t capitalized;  // bit i: token i of the name starts with a capital (first 32 tokens)
  uint32_t surface;      // string pool offset of the name's token texts joined by '\x1f'
  uint32_t surface_len;
};

class LexiconTrie {
 public:
  // `lexicon` must be loaded (Load, CompileFiles or LoadAny succeeded) and outlive the view.
  explicit LexiconTrie(const Lexicon& lexicon) : data_(lexicon.data_.get()) {}

  // Token id of a folded key, or kNoToken when no name contains that token.
  uint32_t TokenId(std::string_view key) const;
  // The same, with `hash` = HashKey(key) (FNV-1a) computed by the caller.
  uint32_t TokenId(std::string_view key, uint64_t hash) const;
  // Child of `node` by token id, or kNoNode. Inline, in lexicon_trie_inl.h (as the next two),
  // which a caller includes.
  inline uint32_t Child(uint32_t node, uint32_t token_id) const;
  // Names ending at `node` (possibly none).
  inline const LexiconName* NamesBegin(uint32_t node) const;
  inline const LexiconName* NamesEnd(uint32_t node) const;
  // The name's token texts joined by '\x1f'.
  std::string_view Surface(const LexiconName& name) const;

 private:
  const Lexicon::Data* data_;
};

}  // namespace selon::internal
