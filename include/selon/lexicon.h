// Lexicon: a compiled, immutable gazetteer of named entities, matched over token keys.
//
// Source form: TSV files (lexicons/README.md) with columns id, type, name, aliases, attrs.
// Compiled form: one binary file, memory-mapped and validated at load (one linear pass):
// a string pool, the entries, a hash table from token key to token id, and a trie over token
// ids stored as a hash table of (node, token id) -> child, whose nodes carry the names ending
// there. Every name and alias is tokenized and folded with the same code as documents
// (Tokenize + FoldKey), so "ETATS-UNIS" and "États-Unis" reach the same node.
//
//   selon::Lexicon lexicon;
//   selon::Status s = selon::Lexicon::Load("share/selon/lexicons.bin", &lexicon);
//   s = selon::Lexicon::CompileFiles({"my-names.tsv"}, &lexicon);   // on the fly
//
// Matching policies (attrs `case=`, or per name with `cap=NAME|…`, `exact=NAME|…`):
//   fold   (default) case and diacritics folded; the text must show a capital or a digit
//   cap    each word capitalized in the name must be capitalized in the text, and a
//          one-word match at the start of a sentence is refused (the capital proves nothing)
//   exact  the token texts must equal the name's (apostrophe variants aside)
//
// Thread-safe after loading; not copyable (movable).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "selon/status.h"

namespace selon {

namespace internal {
class LexiconTrie;
}  // namespace internal

// kEvent marks names that must not be read as entities of the other types (Tour de France,
// Rio 2016): matched to keep their words from matching, never written out.
enum class EntityType : uint8_t {
  kPerson = 0,
  kOrganization = 1,
  kProduct = 2,
  kLocation = 3,
  kEvent = 4,
};

// "PER", "ORG", "PRODUCT", "LOC", "EVENT".
const char* EntityTypeName(EntityType type);
bool ParseEntityType(std::string_view name, EntityType* type);

enum class MatchPolicy : uint8_t { kFold = 0, kCapitalized = 1, kExact = 2 };

enum LexiconEntryFlags : uint8_t {
  // A service named like the company that runs it (Twitter, Facebook): PRODUCT, or ORG in a
  // document where the company acts (see TypeServicesByUse). Set by the attribute service=1.
  kEntryService = 1u << 0,
  // A news outlet (attribute kind=media): what "le journal", "le quotidien", "la chaîne" may
  // take up when the text does not call it so (the claims' speaker resolution).
  kEntryMedia = 1u << 1,
  // A town (attribute kind=commune, city or district): what "la mairie", "la municipalité" may
  // take up as the town speaking (the claims' speaker resolution), never a site, a region or a
  // country.
  kEntryTown = 1u << 2,
};
// Every flag a compiled lexicon may hold (validation refuses others).
inline constexpr uint8_t kKnownEntryFlags = kEntryService | kEntryMedia | kEntryTown;

class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Memory-maps a compiled lexicon and validates it: every offset, index and table invariant the
  // lookups rely on is checked once (a linear pass over the tables), so a corrupted, truncated or
  // hostile file is refused here and never read out of bounds later. Errors: kNotFound,
  // kUnreadable (with strerror), kDataError "PATH: not a valid compiled lexicon (what is wrong)".
  static Status Load(const std::string& path, Lexicon* lexicon);
  // Parses and compiles TSV sources in memory (what `selon lexicon compile` writes). Errors
  // name file:line. When `warnings` is given, it receives what `selon lexicon check` reports:
  // duplicate ids, one name with entries of different types, suspicious aliases.
  static Status CompileFiles(const std::vector<std::string>& tsv_paths, Lexicon* lexicon,
                             std::vector<std::string>* warnings = nullptr);
  // Loads `path` as compiled if it starts with the compiled magic, else compiles it as TSV.
  static Status LoadAny(const std::vector<std::string>& paths, Lexicon* lexicon);
  // Writes the compiled form atomically: into a temporary file next to `path`, synced, then
  // renamed over it, so a process that has mapped the old `path` keeps reading it whole and a
  // failure (full disk) leaves `path` as it was. Error: kUnreadable "PATH: step: strerror".
  Status Save(const std::string& path) const;

  // ---- Entries ----
  uint32_t entry_count() const;
  uint32_t name_count() const;
  std::string_view EntryId(uint32_t entry) const;    // Wikidata QID or slug
  std::string_view EntryName(uint32_t entry) const;  // canonical name
  EntityType EntryType(uint32_t entry) const;
  uint8_t EntryFlags(uint32_t entry) const;            // LexiconEntryFlags
  uint32_t EntryPriority(uint32_t entry) const;        // higher wins among homonyms
  std::string_view EntrySource(uint32_t entry) const;  // "file:line" of its row

  struct Data;  // the compiled tables (internal)

 private:
  friend class internal::LexiconTrie;  // the matcher's lookups (src/internal/lexicon_trie.h)
  std::unique_ptr<Data> data_;
};

}  // namespace selon
