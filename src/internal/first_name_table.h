// FirstNameTable: the evidence's first names (folded key -> classes: first name, gender, common
// word) as one checked binary image, compiled at build time into <data>/evidence/first_names.bin
// so that start-up maps it instead of parsing the 65,000 rows of the two first-name TSV files
// (two thirds of the evidence's load). The same image is built in memory when there is no
// compiled file, so lookups have one code path. lexicons/README.md documents the layout:
//
//   header (FirstNameHeader, 40 bytes) | slots (FirstNameSlot[slot_count]) | key pool | 0-7 zeros
//
// The slots are an open-addressing table (linear probing from the key's FNV-1a hash, at most half
// full); a slot with classes 0 is empty (every first name has kFirstName). The header records a
// fingerprint of the TSV files the image was compiled from: Evidence::Load uses the image only
// when it matches the files beside it, and otherwise parses them (a stale image is never read).
//
//   FirstNameTable table;
//   bool used = false;
//   SELON_RETURN_IF_ERROR(table.Map(path, sources, &used));
//   if (!used) SELON_RETURN_IF_ERROR(table.Attach(FirstNameTable::Compile(rows, sources)));
//   if (const uint32_t* c = table.Find(key)) ...
//
// Immutable once attached; thread-safe; Find() never allocates. Not copyable, not movable (Find
// returns pointers into the image).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "selon/status.h"

namespace selon::internal {

inline constexpr char kFirstNameMagic[8] = {'S', 'E', 'L', 'O', 'N', 'F', 'N', '1'};
inline constexpr uint32_t kFirstNameVersion = 1;

// The class bits a first name may carry: Evidence::kFirstName (always set), kMale, kFemale,
// kCommonWord (evidence.cpp asserts they agree).
inline constexpr uint32_t kFirstNameClassBit = 1u << 0;
inline constexpr uint32_t kFirstNameKnownClasses = 0xF;

struct FirstNameHeader {
  char magic[8];
  uint32_t version;
  uint32_t slot_count;  // power of two
  uint64_t sources;     // FirstNameTable::SourcesFingerprint of the files compiled
  uint64_t pool_size;   // bytes of key pool after the slots
  uint64_t file_size;
};

struct FirstNameSlot {
  uint32_t key_offset, key_len;  // the folded key, in the pool
  uint32_t hash;                 // the key's FNV-1a hash, high 32 bits
  uint32_t classes;              // 0: the slot is empty
};

class FirstNameTable {
 public:
  FirstNameTable() = default;
  ~FirstNameTable();
  FirstNameTable(const FirstNameTable&) = delete;
  FirstNameTable& operator=(const FirstNameTable&) = delete;

  // The image of `rows` (folded key, classes with kFirstNameClassBit), a key listed twice taking
  // the union of its classes, stamped with `sources`. Deterministic: the same rows give the same
  // bytes.
  static std::string Compile(const std::vector<std::pair<std::string, uint32_t>>& rows,
                             uint64_t sources);

  // A fingerprint of the first-name files `paths` (their bytes, in order; a missing file counts
  // as absent, not as empty). Error: kUnreadable when a file exists but cannot be read.
  static Status SourcesFingerprint(const std::vector<std::string>& paths, uint64_t* fingerprint);

  // Validates `bytes` (ValidateFirstNames) and keeps them. Error: kDataError saying what is
  // wrong, without a file name. Call once, on an empty table.
  Status Attach(std::string bytes);

  // Maps the compiled file `path` read-only and validates it; keeps it when it was compiled from
  // the files whose fingerprint is `sources` (*used = true), else leaves the table empty (*used =
  // false: the file is stale). Errors name the file: kNotFound (absent), kUnreadable,
  // kDataError ("path: not a valid compiled first-name table (…)"), stale or not. Call once, on
  // an empty table.
  Status Map(const std::string& path, uint64_t sources, bool* used);

  // The fingerprint of the sources the image was compiled from.
  uint64_t sources() const { return header_.sources; }

  // The classes of `key`, or nullptr. The pointer lives as long as the table.
  const uint32_t* Find(std::string_view key) const;
  // The same, with `hash` = Fnv1a(key) computed by the caller.
  const uint32_t* Find(std::string_view key, uint64_t hash) const;

  // Calls f(key, classes) for every name, in slot order.
  template <typename F>
  void ForEach(F f) const {
    for (uint32_t i = 0; i < header_.slot_count; ++i)
      if (slots_[i].classes != 0)
        f(std::string_view(pool_ + slots_[i].key_offset, slots_[i].key_len), slots_[i].classes);
  }

  size_t size() const { return size_; }
  // The image (to save it).
  std::string_view bytes() const { return {data_, static_cast<size_t>(header_.file_size)}; }

 private:
  Status Use(const char* bytes, size_t size);  // validates, then Point()
  // Points the members at validated bytes holding `names` names.
  void Point(const char* bytes, const FirstNameHeader& h, uint32_t names);

  std::string owned_;             // the image, when built in memory
  const char* mapped_ = nullptr;  // or the mapped file
  size_t mapped_size_ = 0;
  const char* data_ = nullptr;  // whichever of the two
  FirstNameHeader header_{};    // slot_count 0 until attached: Find() finds nothing
  const FirstNameSlot* slots_ = nullptr;
  const char* pool_ = nullptr;
  size_t size_ = 0;
};

// Checks that bytes[0, size) is a first-name image that Find() can read without bounds checks,
// and copies its header into *header and the number of names into *names. `bytes` must be 4-byte
// aligned. One pass over the slots, reading no key; no allocation. Checks: magic, version,
// file_size == size, the slots and the pool inside the file and the file no longer than them
// (padded to 8); a power-of-two slot count; at most half the slots full and an empty slot in every
// aligned block of kProbeBlock slots (every probe ends, soon); each occupied slot's key inside the
// pool, its classes known bits with kFirstNameClassBit. Not checked: that a slot's hash is its
// key's and that it is reachable from its home slot (Find reads such a slot safely: its key is
// not found, or under another key). Error: kDataError saying what and where ("first-name slot 12:
// key outside the pool"), without the file.
Status ValidateFirstNames(const char* bytes, size_t size, FirstNameHeader* header, uint32_t* names);

}  // namespace selon::internal
