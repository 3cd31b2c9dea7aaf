// Compiling, validating and reading the first-name image (format: internal/first_name_table.h).
//
// The compiled file comes from the data folder, which a user may point anywhere (`--data-dir`),
// so it is untrusted: ValidateFirstNames proves at load what Find() assumes (every offset in the
// file, every probe ending), with the hash-table checks the compiled lexicon uses
// (internal/hash_table_check.h: a slot's hash is not checked against its key, which a lookup
// only compares). A file that fails is an error naming it, never skipped.
#include "internal/first_name_table.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>

#include "internal/hash.h"
#include "internal/hash_table_check.h"
#include "internal/mapped_file.h"

namespace selon::internal {
namespace {

// Places the distinct keys of `rows` in a table of `slot_count` slots (linear probing from the
// FNV-1a hash), merging the classes of a key listed twice. Returns the slots and the pool.
void Place(const std::vector<std::pair<std::string, uint32_t>>& rows, uint32_t slot_count,
           std::vector<FirstNameSlot>* slots, std::string* pool) {
  slots->assign(slot_count, FirstNameSlot{0, 0, 0, 0});
  pool->clear();
  const uint32_t mask = slot_count - 1;
  for (const auto& [key, classes] : rows) {
    const uint64_t h = Fnv1a(key);
    const uint32_t h32 = static_cast<uint32_t>(h >> 32);
    uint32_t i = static_cast<uint32_t>(h) & mask;
    for (;; i = (i + 1) & mask) {
      FirstNameSlot& s = (*slots)[i];
      if (s.classes == 0) {
        s = {static_cast<uint32_t>(pool->size()), static_cast<uint32_t>(key.size()), h32,
             classes | kFirstNameClassBit};
        pool->append(key);
        break;
      }
      if (s.hash == h32 && std::string_view(*pool).substr(s.key_offset, s.key_len) == key) {
        s.classes |= classes;
        break;
      }
    }
  }
}

// Whether an occupied slot's key lies outside the pool or its classes are not first-name classes.

uint32_t SlotsFor(size_t keys) {
  uint32_t slots = 16;
  while (slots < keys * 2 + 1) slots <<= 1;
  return slots;
}

}  // namespace

FirstNameTable::~FirstNameTable() {
  if (mapped_ != nullptr) munmap(const_cast<char*>(mapped_), mapped_size_);
}

std::string FirstNameTable::Compile(const std::vector<std::pair<std::string, uint32_t>>& rows,
                                    uint64_t sources) {
  // Sized for the rows first (duplicates included), then again for the distinct keys when they
  // fit in fewer slots: the table stays at most half full either way.
  std::vector<FirstNameSlot> slots;
  std::string pool;
  Place(rows, SlotsFor(rows.size()), &slots, &pool);
  size_t distinct = 0;
  for (const FirstNameSlot& s : slots) distinct += s.classes != 0;
  if (SlotsFor(distinct) < slots.size()) Place(rows, SlotsFor(distinct), &slots, &pool);
  // The keys again, in slot order: ValidateFirstNames hashes every key in slot order, and then
  // reads the pool forward instead of missing the cache once per key.
  std::string ordered;
  ordered.reserve(pool.size());
  for (FirstNameSlot& s : slots) {
    if (s.classes == 0) continue;
    const uint32_t offset = static_cast<uint32_t>(ordered.size());
    ordered.append(pool, s.key_offset, s.key_len);
    s.key_offset = offset;
  }
  pool.swap(ordered);

  FirstNameHeader h{};
  std::memcpy(h.magic, kFirstNameMagic, sizeof h.magic);
  h.version = kFirstNameVersion;
  h.slot_count = static_cast<uint32_t>(slots.size());
  h.sources = sources;
  h.pool_size = pool.size();
  const size_t end = sizeof h + slots.size() * sizeof(FirstNameSlot) + pool.size();
  h.file_size = (end + 7) & ~size_t{7};
  std::string out(h.file_size, '\0');
  std::memcpy(out.data(), &h, sizeof h);
  std::memcpy(out.data() + sizeof h, slots.data(), slots.size() * sizeof(FirstNameSlot));
  std::memcpy(out.data() + sizeof h + slots.size() * sizeof(FirstNameSlot), pool.data(),
              pool.size());
  return out;
}

Status FirstNameTable::SourcesFingerprint(const std::vector<std::string>& paths,
                                          uint64_t* fingerprint) {
  uint64_t h = 0;
  for (const std::string& path : paths) {
    MappedFile file;
    const Status s = MappedFile::Map(path, &file);
    // (An absent file and an empty one differ: the loader reads neither, but the flag keeps the
    // fingerprint of "A absent, B" from that of "A, B absent".)
    uint64_t f = 0x5e1011f1125ull;
    if (s.ok())
      f = Fingerprint(std::string_view(file.bytes(), file.size()));
    else if (s.code() != StatusCode::kNotFound)
      return s;
    h = Mix64(h + f);
  }
  *fingerprint = h;
  return Status::Ok();
}

Status FirstNameTable::Attach(std::string bytes) {
  owned_ = std::move(bytes);
  return Use(owned_.data(), owned_.size());
}

Status FirstNameTable::Map(const std::string& path, uint64_t sources, bool* used) {
  *used = false;
  MappedFile file;
  SELON_RETURN_IF_ERROR(MappedFile::Map(path, &file));
  FirstNameHeader h;
  uint32_t names = 0;
  if (Status s = ValidateFirstNames(file.bytes(), file.size(), &h, &names); !s.ok())
    return Status(s.code(), path + ": not a valid compiled first-name table (" + s.message() + ")");
  if (h.sources != sources) return Status::Ok();  // stale: unmapped, the table stays empty
  Point(file.bytes(), h, names);
  *used = true;
  mapped_ = file.bytes();
  mapped_size_ = file.size();
  file.Release();  // kept: unmapped by the destructor
  return Status::Ok();
}

Status FirstNameTable::Use(const char* bytes, size_t size) {
  FirstNameHeader h;
  uint32_t names = 0;
  SELON_RETURN_IF_ERROR(ValidateFirstNames(bytes, size, &h, &names));
  Point(bytes, h, names);
  return Status::Ok();
}

void FirstNameTable::Point(const char* bytes, const FirstNameHeader& h, uint32_t names) {
  header_ = h;
  data_ = bytes;
  slots_ = reinterpret_cast<const FirstNameSlot*>(bytes + sizeof(FirstNameHeader));
  pool_ = bytes + sizeof(FirstNameHeader) + size_t{h.slot_count} * sizeof(FirstNameSlot);
  size_ = names;
}

const uint32_t* FirstNameTable::Find(std::string_view key) const { return Find(key, Fnv1a(key)); }

const uint32_t* FirstNameTable::Find(std::string_view key, uint64_t h) const {
  if (header_.slot_count == 0) return nullptr;
  const uint32_t mask = header_.slot_count - 1;
  const uint32_t h32 = static_cast<uint32_t>(h >> 32);
  for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
    const FirstNameSlot& s = slots_[i];
    if (s.classes == 0) return nullptr;
    if (s.hash == h32 && s.key_len == key.size() &&
        std::memcmp(pool_ + s.key_offset, key.data(), key.size()) == 0)
      return &s.classes;
  }
}

Status ValidateFirstNames(const char* bytes, size_t size, FirstNameHeader* header,
                          uint32_t* names) {
  SELON_RETURN_IF_ERROR(ReadImageHeader(bytes, size, kFirstNameMagic, kFirstNameVersion,
                                        alignof(FirstNameSlot), header));
  const FirstNameHeader& h = *header;
  const uint64_t slots_end = sizeof h + uint64_t{h.slot_count} * sizeof(FirstNameSlot);
  if (slots_end > size || h.pool_size > size - slots_end ||
      ((slots_end + h.pool_size + 7) & ~uint64_t{7}) != size)
    return TableError("slots and pool (" + std::to_string(h.slot_count) + " slots, " +
                      std::to_string(h.pool_size) + " bytes) do not fill the file of " +
                      std::to_string(size) + " bytes");
  // Each occupied slot's key inside the pool (Find compares its bytes) and its classes known
  // bits with kFirstNameClassBit (an empty slot has classes 0).
  const auto* slots = reinterpret_cast<const FirstNameSlot*>(bytes + sizeof h);
  static_assert(offsetof(FirstNameSlot, classes) == 12);
  const SlotRule rule{
      .pool = h.pool_size, .required = kFirstNameClassBit, .known = kFirstNameKnownClasses};
  uint32_t bad = 0;
  SELON_RETURN_IF_ERROR(CheckProbeTable(
      "first-name", slots, h.slot_count,
      [&](const FirstNameSlot* s, uint32_t n) {
        return ScreenSlots<&FirstNameSlot::classes>(s, n, rule, &bad);
      },
      names));
  for (uint32_t i = 0; bad != 0 && i < h.slot_count; ++i) {
    const FirstNameSlot& s = slots[i];
    if (s.classes == 0) continue;
    const std::string slot = "first-name slot " + std::to_string(i) + ": ";
    if (KeyOutside(s.key_offset, s.key_len, h.pool_size))
      return TableError(slot + "key outside the pool");
    if (SlotBreaks<&FirstNameSlot::classes>(s, rule))
      return TableError(slot + "bad classes " + std::to_string(s.classes));
  }
  return Status::Ok();
}

}  // namespace selon::internal
