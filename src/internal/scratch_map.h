// ScratchMap: a hash map for per-document scratch that keeps its memory across documents.
//
// std::unordered_map allocates a node per insertion and frees every node on clear(), so a map
// rebuilt for each document costs an allocation per key per document. ScratchMap stores its
// entries in one slot array (open addressing, linear probing, at most half full) and clears in
// O(1) by bumping a generation stamp: a slot is in use only when its stamp is the current one.
// Once a worker's map has grown to its largest document, later documents allocate nothing.
//
// Only what the stages need: emplace (keeps the first value, like std::unordered_map) and
// find. No iteration, no erase: nothing that could make hash order reach the output.
//
//   internal::ScratchMap<std::string_view, uint32_t> by_name;  // in a Scratch struct
//   by_name.clear();                                           // each document
//   auto [value, added] = by_name.emplace(name, next_id);
//
// Key must be cheap to copy (an integer or a std::string_view into text that outlives the
// document's use of the map); Value default-constructible and copyable. Not thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "internal/hash.h"

namespace selon::internal {

// The hash of a ScratchMap key: FNV-1a for strings, a 64-bit mixer (murmur3's finalizer) for
// integers.
struct ScratchHash {
  uint64_t operator()(std::string_view s) const { return Fnv1a(s); }
  uint64_t operator()(uint64_t x) const { return Mix64(x); }
};

template <typename Key, typename Value>
class ScratchMap {
 public:
  // Forgets every entry; keeps the slots. O(1) (O(slots) once every 2^32 clears).
  void clear() {
    size_ = 0;
    if (++generation_ == 0) {
      for (Slot& s : slots_) s.generation = 0;
      generation_ = 1;
    }
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Sizes the slots for `n` entries at once (a map filled once, at load), keeping the entries.
  void reserve(size_t n) {
    size_t slots = slots_.empty() ? 16 : slots_.size();
    while (slots < 2 * n) slots *= 2;
    if (slots > slots_.size()) Rehash(slots);
  }

  // Inserts (key, value) unless `key` is present. Returns the value in the map (the one kept)
  // and whether it was inserted. The pointer is valid until the next emplace or clear.
  std::pair<Value*, bool> emplace(const Key& key, const Value& value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = ScratchHash()(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.generation != generation_) {
        s = {key, value, generation_};
        ++size_;
        return {&s.value, true};
      }
      if (s.key == key) return {&s.value, false};
    }
  }

  // The value of `key`, or nullptr.
  Value* find(const Key& key) {
    return const_cast<Value*>(static_cast<const ScratchMap*>(this)->find(key));
  }
  const Value* find(const Key& key) const {
    if (size_ == 0) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = ScratchHash()(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.generation != generation_) return nullptr;
      if (s.key == key) return &s.value;
    }
  }

 private:
  struct Slot {
    Key key{};
    Value value{};
    uint32_t generation = 0;  // in use when equal to generation_
  };

  // Doubles the slots (16 at first) and re-inserts the current entries.
  void Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }

  // Re-inserts the current entries into `slots` slots (a power of two, more than twice them).
  void Rehash(size_t slots) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(slots, Slot{});
    const uint32_t live = generation_;
    generation_ = 1;
    size_ = 0;
    const size_t mask = slots_.size() - 1;
    for (const Slot& o : old) {
      if (o.generation != live) continue;
      size_t i = ScratchHash()(o.key) & mask;
      while (slots_[i].generation == generation_) i = (i + 1) & mask;
      slots_[i] = {o.key, o.value, generation_};
      ++size_;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint32_t generation_ = 1;
};

}  // namespace selon::internal
