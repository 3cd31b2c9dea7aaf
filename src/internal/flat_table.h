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
  struct Slot {
    uint32_t offset = 0, len = 0, hash = 0;
    bool used = false;
    Value value{};
  };
  std::string_view Key(const Slot& s) const {
    return std::string_view(pool_).substr(s.offset, s.len);
  }

  std::vector<Slot> slots_;
  std::string pool_;
  size_t size_ = 0;
};

}  // namespace selon::internal
