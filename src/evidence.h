// Evidence: word lists that are clues, not entities — first names, civilities, titles and roles,
// organization/product/place cue nouns, demonyms, and capitalized words that are never names.
// Loaded from <data>/evidence/*.tsv (lexicons/README.md documents the files). Rules and
// coreference consult them through per-token class bits.
//
//   selon::Evidence evidence;
//   SELON_RETURN_IF_ERROR(selon::Evidence::Load(data_dir + "/evidence", &evidence));
//   uint32_t classes = evidence.Classes(token.key(keys));
//   if (classes & selon::Evidence::kFirstName) ...
//
// Immutable after Load(); thread-safe; lookups never allocate.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "selon/status.h"
#include "selon/tokenizer.h"

namespace selon {
namespace internal {
template <typename Value>
class FlatKeyTable;
}  // namespace internal

class Evidence {
 public:
  enum Class : uint32_t {
    kFirstName = 1 << 0,
    kMale = 1 << 1,          // with kFirstName or a title/role: masculine
    kFemale = 1 << 2,        // feminine
    kCommonWord = 1 << 3,    // a first name that is also an ordinary word (Pierre, Rose)
    kCivility = 1 << 4,      // M. Mme Dr
    kTitle = 1 << 5,         // président, ministre, PDG: introduces a name (le président Macron)
    kRole = 1 << 6,          // porte-parole, avocat, fondateur: a capacity
    kFamily = 1 << 7,        // père, épouse
    kOrgCue = 1 << 8,        // société, groupe, parti
    kProductCue = 1 << 9,    // application, logiciel, console
    kPlaceCue = 1 << 10,     // ville, commune, région
    kDemonym = 1 << 11,      // Français, Américaine: never an entity
    kNonEntity = 1 << 12,    // months, days, function words, generic nouns
    kPlural = 1 << 13,       // the cue or role noun is plural
    kPhraseStart = 1 << 14,  // the word starts a multi-word entry (call LongestPhrase)
    // Singular organization nouns that belong in the name they introduce:
    kOrgHeadOfName = 1 << 15,   // université Harvard, association Anticor, hôpital Begin
    kOrgHeadOfPlace = 1 << 16,  // université de Lille, gouvernement du Qatar, parquet de Paris
    kOrgAdjective = 1 << 17,    // internationale, spatiale: in a name after its cue noun
  };

  Evidence();
  ~Evidence();
  Evidence(Evidence&&) noexcept;
  Evidence& operator=(Evidence&&) noexcept;
  Evidence(const Evidence&) = delete;
  Evidence& operator=(const Evidence&) = delete;

  // Loads every known file present in `dir`; a missing folder gives empty evidence. Malformed
  // lines are errors naming file:line. The first names come from `dir`/first_names.bin when it
  // was compiled from the first-name TSV files beside it (CompileFirstNames; a fingerprint of
  // their bytes says so), else from those files; a first_names.bin that is not a valid compiled
  // table is an error naming it, even when stale.
  static Status Load(const std::string& dir, Evidence* evidence);

  // The compiled first-name table (the bytes of first_names.bin) of the first-name TSV files of
  // the evidence folder `dir`, stamped with their fingerprint. Errors: those of Load on them.
  static Status CompileFirstNames(const std::string& dir, std::string* image);

  // The compiled word table (the bytes of words.bin, internal/evidence_word_image.h) of the other
  // lists of the evidence folder `dir`, stamped with their fingerprint; Load reads it instead of
  // them while it matches them (a words.bin that is not valid is an error naming it, even when
  // stale). Errors: those of Load on them.
  static Status CompileWords(const std::string& dir, std::string* image);

  // Classes of a one-token word (folded key), 0 when unknown. `capitalized`: whether the word
  // is written with a capital; first names are looked up only then (they are 37,000 entries:
  // keeping them apart keeps the lookups of ordinary words in a small, cache-resident table).
  uint32_t Classes(std::string_view key, bool capitalized = true) const;

  // The classes of a first name (folded key: kFirstName and its gender), or nullptr when the
  // lists do not have it. The table is built once at load; the rules read it, never copy it.
  const uint32_t* FirstNameClasses(std::string_view key) const;
  // The same, with `hash` = internal::Fnv1a(key) computed by the caller.
  const uint32_t* FirstNameClasses(std::string_view key, uint64_t hash) const;

  // Length in tokens of the longest multi-word or single entry with any of `classes` starting
  // at tokens[i] (cheap when Classes() of its key lacks kPhraseStart) (e.g. "directeur général",
  // "réseau social"); 0 when none. `*found` receives that entry's classes.
  uint32_t LongestPhrase(const std::vector<Token>& tokens, std::string_view keys, uint32_t i,
                         uint32_t classes, uint32_t* found) const;

  size_t size() const;

  // Calls f(key, classes, is_first_name) for every one-word entry (to build merged tables), in
  // table order; `key` is valid during the call only (one buffer, reused).
  // With `first_names` false, only for those that are no first names (word_table()'s: the
  // rules' table leaves the 65,000 first names to FirstNameClasses).
  void ForEachWord(const std::function<void(const std::string&, uint32_t, bool)>& f,
                   bool first_names = true) const;
  // The table of the one-word entries that are no first names (ForEachWord(f, false)): key ->
  // classes, for a table that extends it (FlatKeyTable::CopyFrom); null before a load. Lives as
  // long as this Evidence.
  const internal::FlatKeyTable<uint32_t>* word_table() const;

 private:
  void Add(std::string_view text, uint32_t classes);
  // Parses the lists of internal::kEvidenceWordFiles in `dir` into the empty word tables.
  Status ParseWordLists(const std::string& dir);

  struct Data;  // the word tables
  std::unique_ptr<Data> data_;
};

}  // namespace selon
