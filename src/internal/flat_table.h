// FlatKeyTable: an immutable string -> value map in two flat arrays (open addressing, load
// factor <= 0.5, FNV-1a), for per-token lookups in hot loops: one probe sequence over a
// contiguous slot array instead of std::unordered_map's bucket and node pointer chasing.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "internal/hash.h"
#include "internal/large_pages.h"

namespace selon::internal {

template <typename Value>
class FlatKeyTable {
 public:
  // Builds from (key, value) pairs, in their order: any container of items with `first` (a key,
  // std::string or std::string_view: the table copies it) and `second` (the value), such as a
  // vector of pairs or a std::unordered_map, read in place. Later duplicates are ignored.
  template <typename Entries>
  void Build(const Entries& entries) {
    Build(entries, [](Value* kept, const Value&) { (void)kept; });
  }
  // The same, merging a later duplicate into the value kept: combine(&kept, later).
  template <typename Entries, typename Combine>
  void Build(const Entries& entries, Combine combine) {
    size_t slots = 16;
    while (slots < entries.size() * 2 + 1) slots <<= 1;
    slots_.assign(slots, Slot{});
    pool_.clear();
    size_t key_bytes = 0;  // (the pool at once: growing it would copy it a dozen times)
    for (const auto& entry : entries) key_bytes += std::string_view(entry.first).size();
    pool_.reserve(key_bytes);
    size_ = 0;
    for (const auto& entry : entries) {
      const std::string_view key(entry.first);
      const Value& value = entry.second;
      const uint64_t h = Hash(key);
      size_t i = h & (slots - 1);
      bool duplicate = false;
      while (slots_[i].used) {
        if (Key(slots_[i]) == key) {
          duplicate = true;
          break;
        }
        i = (i + 1) & (slots - 1);
      }
      if (duplicate) {
        combine(&slots_[i].value, value);
        continue;
      }
      slots_[i] = {static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(key.size()),
                   static_cast<uint32_t>(h >> 32), true, value};
      pool_.append(key);
      ++size_;
    }
  }

  // Filling in place instead, for a table whose keys come one at a time (the claims' words, each
  // numbered as it first appears): Reserve(n) sizes the slots for n keys at most half full;
  // Add(key, value) inserts `key` unless present and returns the value kept and whether it was
  // inserted (the pointer is valid until the next Add). Keys added in one order give the table
  // Build makes from them in that order, as long as no Add had to grow it (it then doubles the
  // slots; lookups find the same values either way). No key is copied but into the pool.
  void Reserve(size_t n) {
    size_t slots = slots_.empty() ? 16 : slots_.size();
    while (slots < 2 * n) slots <<= 1;
    if (slots > slots_.size()) Rehash(slots);
  }
  std::pair<Value*, bool> Add(std::string_view key, const Value& value) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const size_t mask = slots_.size() - 1;
    const uint64_t h = Hash(key);
    const uint32_t h32 = static_cast<uint32_t>(h >> 32);
    size_t i = h & mask;
    for (; slots_[i].used; i = (i + 1) & mask)
      if (slots_[i].hash == h32 && Key(slots_[i]) == key) return {&slots_[i].value, false};
    slots_[i] = {static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(key.size()), h32, true,
                 value};
    pool_.append(key);
    ++size_;
    return {&slots_[i].value, true};
  }

  // A copy of `other`'s entries slot for slot (the same slot count, probe runs and key pool:
  // no key hashed, placed or copied again but the pool at once), each value
  // convert(other's value); Add may follow. For a table that extends another's (the rules' words
  // over the evidence's).
  template <typename Other, typename Convert>
  void CopyFrom(const FlatKeyTable<Other>& other, Convert convert) {
    slots_.assign(other.slots_.size(), Slot{});
    for (size_t i = 0; i < slots_.size(); ++i) {
      const auto& o = other.slots_[i];
      if (o.used) slots_[i] = {o.offset, o.len, o.hash, true, convert(o.value)};
    }
    pool_ = other.pool_;
    size_ = other.size_;
  }

  // A table saved slot by slot and restored as it was (the claims' compiled cue image,
  // claims/cue_image.h): slot_count() slots, of which ForEachSlot(f) calls f(slot, key_offset,
  // key_len, hash, value) for every one used (offsets into pool(); `hash`: the key's Hash, high
  // 32 bits). Restore(slot_count, pool) empties the table to `slot_count` slots over the key pool
  // `pool`, and Put(slot, key_offset, key_len, hash, value) fills one; after the last Put, the
  // caller calls SetSize(used slots). The caller guarantees what the lookups assume (a saved
  // table has it; a file's is checked by internal::CheckProbeTable): `slot_count` a power of two,
  // every key inside the pool, an empty slot ending every probe. A slot whose hash is not its
  // key's is read safely: its key is not found.
  size_t slot_count() const { return slots_.size(); }
  std::string_view pool() const { return pool_; }
  template <typename F>
  void ForEachSlot(F f) const {
    for (size_t i = 0; i < slots_.size(); ++i)
      if (slots_[i].used) f(i, slots_[i].offset, slots_[i].len, slots_[i].hash, slots_[i].value);
  }
  void Restore(size_t slot_count, std::string_view pool) {
    slots_.assign(slot_count, Slot{});
    pool_.assign(pool);
    size_ = 0;
  }
  void Put(size_t slot, uint32_t key_offset, uint32_t key_len, uint32_t hash, const Value& value) {
    slots_[slot] = {key_offset, key_len, hash, true, value};
  }
  void SetSize(size_t used) { size_ = used; }

  size_t size() const { return size_; }
  // Calls f(key, value) for every entry, in slot order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(Key(s), s.value);
  }

  // The value of `key`, or nullptr. Build leaves more than half the slots empty, so every probe
  // ends at an empty slot (the table is built in memory, never read from a file).
  const Value* Find(std::string_view key) const { return Find(key, Hash(key)); }
  // The same, with `h` = Hash(key) (FNV-1a) computed by the caller, who looks the key up in
  // several tables hashed alike (ComputeTokenFeatures).
  const Value* Find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    const uint32_t h32 = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h32 && s.len == key.size() &&
          std::memcmp(pool_.data() + s.offset, key.data(), key.size()) == 0)
        return &s.value;
    }
  }

  static uint64_t Hash(std::string_view s) { return Fnv1a(s); }

 private:
  template <typename>
  friend class FlatKeyTable;  // CopyFrom reads another's slots

  struct Slot {
    uint32_t offset = 0, len = 0, hash = 0;
    bool used = false;
    Value value{};
  };
  std::string_view Key(const Slot& s) const {
    return std::string_view(pool_).substr(s.offset, s.len);
  }

  // Re-places the entries into `slots` slots (a power of two, more than twice them), in the
  // order of the old slots. The pool stays.
  void Rehash(size_t slots) {
    Slots old;
    old.swap(slots_);
    slots_.assign(slots, Slot{});
    const size_t mask = slots - 1;
    for (const Slot& o : old) {
      if (!o.used) continue;
      const uint64_t h = Hash(Key(o));
      size_t i = h & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = o;
    }
  }

  // (Large tables are written whole at start-up: on pages of 2 MiB where the kernel has them.)
  using Slots = std::vector<Slot, LargePageAllocator<Slot>>;
  Slots slots_;
  std::string pool_;
  size_t size_ = 0;
};

}  // namespace selon::internal
