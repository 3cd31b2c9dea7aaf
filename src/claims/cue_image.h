// The claims stage's loaded tables (ClaimExtractor::Data: the word table, words, forms, markers,
// lemmas, rest keys, country keys) as one checked binary image, compiled at build time into
// <data>/cues/cues.bin (`selon lexicon compile-cues`) so that start-up reads it instead of
// parsing the cue and noun TSV files (kCueSourceFiles) and folding their 15,000 words.
// lexicons/README.md documents the layout:
//
//   header (CueImageHeader, 72 bytes) | slots (CueSlot[slot_count]) | words (CueWord[words])
//   | forms (CueFormRecord[forms]) | markers (CueMarkerRecord[markers])
//   | lemmas (CueLemmaRecord[lemmas]) | rest keys (CueText[rest_keys])
//   | country keys (CueText[countries]) | key pool | text pool | 0-7 zeros
//
// The slots are the word table's (internal::FlatKeyTable, slot for slot, so the table read back
// is the one built); a slot with word 0 is empty, word w + 1 names words[w]. The header records a
// fingerprint of the source files: ClaimExtractor::Load uses the image only when it matches the
// files beside it, and otherwise parses them (a stale image is never read).
//
//   std::string image = CompileCueImage(data, sources);     // data loaded, before Freeze()
//   bool used = false;
//   SELON_RETURN_IF_ERROR(MapCueImage(path, sources, &data, &used));
//   if (!used) ... parse the TSV files ...
//
// The image is copied into the Data's containers (no pointer into it is kept).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "claims/data.h"
#include "selon/status.h"

namespace selon::claims {

inline constexpr char kCueImageMagic[8] = {'S', 'E', 'L', 'O', 'N', 'C', 'U', '1'};
inline constexpr uint32_t kCueImageVersion = 1;

// The compiled image, in the data folder's cues/.
inline constexpr const char* kCueImage = "cues.bin";

// The files ClaimExtractor::Load parses, relative to the data folder, in the order the
// fingerprint reads them (a file it reads and this list lacks would leave a stale image in use).
inline constexpr const char* kCueSourceFiles[] = {
    "cues/lemmas.tsv",       "cues/forms.tsv",          "cues/markers.tsv",
    "cues/words.tsv",        "cues/infinitives.txt",    "evidence/titles_roles.tsv",
    "evidence/org_cues.tsv", "evidence/place_cues.tsv", "evidence/demonyms.tsv"};

struct CueImageHeader {
  char magic[8];
  uint32_t version;
  uint32_t slot_count;  // power of two
  uint64_t sources;     // the fingerprint of kCueSourceFiles compiled
  uint64_t file_size;
  uint32_t words, forms, markers, lemmas, rest_keys, countries;  // records of each section
  uint64_t key_pool;                                             // bytes of the word keys
  uint64_t text_pool;  // bytes of the other strings (rest keys, names, countries)
};

struct CueSlot {
  uint32_t key_offset, key_len;  // the folded key, in the key pool
  uint32_t hash;                 // FlatKeyTable::Hash of the key, high 32 bits
  uint32_t word;                 // 0: the slot is empty; else the index in words + 1
};

struct CueWord {
  uint64_t classes;  // WordClass bits
  uint8_t gender, number, org_kind, place_kind;
  uint32_t flags;  // the boolean fields of WordInfo, bit i the i-th of kCueWordFlags
  uint32_t forms_begin, forms_count, markers_begin, markers_count;
};

struct CueFormRecord {
  uint32_t lemma;
  uint8_t tags, rest_count;
  uint16_t zero;
  uint32_t rest_begin;
};

struct CueMarkerRecord {
  uint8_t kind, rest_count;
  uint16_t zero;
  uint32_t rest_begin;
  uint32_t name_offset, name_len;  // in the text pool
};

struct CueLemmaRecord {
  uint32_t name_offset, name_len;  // in the text pool
  uint32_t frames;
};

struct CueText {
  uint32_t offset, len;  // in the text pool
};

// The image of `data` (loaded from the files whose fingerprint is `sources`; Freeze() need not
// have run: what it makes is not saved). Deterministic: the same data give the same bytes.
std::string CompileCueImage(const ClaimExtractor::Data& data, uint64_t sources);

// Checks that bytes[0, size) is a cue image whose every index and offset lies in bounds (the
// slots' probes end, keys and strings in their pools, words' forms and markers, forms' lemmas and
// rest keys in their sections, enumerations in range), and copies its header into *header.
// `bytes` must be 8-byte aligned. Not checked: that a slot's hash is its key's (a lookup reads
// such a slot safely: its key is not found). Error: kDataError saying what and where ("cue word
// 12: forms outside the forms"), without the file.
Status ValidateCueImage(const char* bytes, size_t size, CueImageHeader* header);

// Validates `bytes` and, when they were compiled from the files whose fingerprint is `sources`,
// fills the empty `*data` from them (*used = true); else leaves it empty (*used = false).
// Error: kDataError as ValidateCueImage.
Status ReadCueImage(const char* bytes, size_t size, uint64_t sources, ClaimExtractor::Data* data,
                    bool* used);

// The same for the file `path`, mapped for the while. Errors name the file: kNotFound (absent),
// kUnreadable, kDataError ("path: not a valid compiled cue image (…)"), stale or not.
Status MapCueImage(const std::string& path, uint64_t sources, ClaimExtractor::Data* data,
                   bool* used);

}  // namespace selon::claims
