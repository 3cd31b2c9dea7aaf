// The evidence's word lists (every list of evidence/ but the first names: one-word entries and
// their classes, multi-word phrases) as one checked binary image, compiled at build time into
// <data>/evidence/words.bin (`selon lexicon compile-evidence-words`) so that start-up reads it
// instead of parsing the seven TSV files (kEvidenceWordFiles) and folding their 10,000 words.
// lexicons/README.md documents the layout:
//
//   header (EvidenceWordHeader, 56 bytes) | slots (EvidenceWordSlot[slot_count])
//   | phrases (EvidencePhraseRecord[phrases]) | phrase keys (EvidenceText[phrase_keys])
//   | key pool | text pool | 0-7 zeros
//
// The slots are the one-word table's (FlatKeyTable, slot for slot, so the table read back is the
// one built and lists its words in the same order); a slot is used when its classes have
// kEvidenceSlotUsed. The header records a fingerprint of the source files: Evidence::Load uses the
// image only when it matches the files beside it, and otherwise parses them (a stale image is
// never read). The image is copied into the tables (no pointer into it is kept).
//
//   std::string image = CompileEvidenceWords(single, phrases, sources);
//   bool used = false;
//   SELON_RETURN_IF_ERROR(MapEvidenceWords(path, sources, &single, &phrases, &used));
//   if (!used) ... parse the TSV files ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "internal/flat_table.h"
#include "internal/hash.h"
#include "selon/status.h"

namespace selon::internal {

inline constexpr char kEvidenceWordMagic[8] = {'S', 'E', 'L', 'O', 'N', 'E', 'W', '1'};
inline constexpr uint32_t kEvidenceWordVersion = 1;

// The compiled image, in the evidence folder.
inline constexpr const char* kEvidenceWordImage = "words.bin";

// The files of the evidence folder whose words Evidence::Load parses (all but the first names),
// in the order the fingerprint reads them (a file it reads and this list lacks would leave a stale
// image in use).
inline constexpr const char* kEvidenceWordFiles[] = {
    "titles_roles.tsv", "org_cues.tsv",     "product_cues.tsv",  "place_cues.tsv",
    "demonyms.tsv",     "non_entities.tsv", "org_adjectives.tsv"};

// The class bits a word or phrase may carry (Evidence's classes; evidence.cpp asserts they fit),
// and the bit that marks a used slot in the image.
inline constexpr uint32_t kEvidenceKnownClasses = (1u << 18) - 1;
inline constexpr uint32_t kEvidenceSlotUsed = 1u << 31;

// A multi-word entry: every token's folded key (two at least), and its classes.
struct EvidencePhrase {
  std::vector<std::string> keys;
  uint32_t classes;
};
// The phrases by their first key, each key's in the order they were listed.
using EvidencePhrases =
    std::unordered_map<std::string, std::vector<EvidencePhrase>, StringHash, std::equal_to<>>;

struct EvidenceWordHeader {
  char magic[8];
  uint32_t version;
  uint32_t slot_count;  // power of two
  uint64_t sources;     // the fingerprint of kEvidenceWordFiles compiled
  uint64_t file_size;
  uint32_t phrases, phrase_keys;  // records of each section
  uint64_t key_pool;              // bytes of the one-word keys
  uint64_t text_pool;             // bytes of the phrases' keys
};

struct EvidenceWordSlot {
  uint32_t key_offset, key_len;  // the folded key, in the key pool
  uint32_t hash;                 // FlatKeyTable::Hash of the key, high 32 bits
  uint32_t classes;              // kEvidenceSlotUsed | the word's classes; 0: empty
};

struct EvidencePhraseRecord {
  uint32_t classes;
  uint32_t keys_begin, keys_count;  // in the phrase keys
};

struct EvidenceText {
  uint32_t offset, len;  // in the text pool
};

// The image of the one-word table `single` and the phrases `phrases` (loaded from the files whose
// fingerprint is `sources`). Deterministic: the same tables give the same bytes (phrases by first
// key in byte order).
std::string CompileEvidenceWords(const FlatKeyTable<uint32_t>& single,
                                 const EvidencePhrases& phrases, uint64_t sources);

// Checks that bytes[0, size) is an image whose every offset and index lies in bounds (the slots'
// probes end, keys in their pools, phrases' keys in their section, two at least, classes known
// bits), and copies its header into *header. `bytes` must be 8-byte aligned. Not checked: that a
// slot's hash is its key's (a lookup reads such a slot safely: its key is not found). Error:
// kDataError saying what and where ("evidence phrase 3: keys outside the phrase keys"), without
// the file.
Status ValidateEvidenceWords(const char* bytes, size_t size, EvidenceWordHeader* header);

// Validates `bytes` and, when they were compiled from the files whose fingerprint is `sources`,
// fills the empty `*single` and `*phrases` from them (*used = true); else leaves them empty
// (*used = false). Error: kDataError as ValidateEvidenceWords.
Status ReadEvidenceWords(const char* bytes, size_t size, uint64_t sources,
                         FlatKeyTable<uint32_t>* single, EvidencePhrases* phrases, bool* used);

// The same for the file `path`, mapped for the while. Errors name the file: kNotFound (absent),
// kUnreadable, kDataError ("path: not a valid compiled evidence word table (…)"), stale or not.
Status MapEvidenceWords(const std::string& path, uint64_t sources, FlatKeyTable<uint32_t>* single,
                        EvidencePhrases* phrases, bool* used);

}  // namespace selon::internal
