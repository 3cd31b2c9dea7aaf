// TopK: the most frequent keys of a stream in bounded memory (the space-saving sketch of
// Metwally, Agrawal and El Abbadi, "Efficient computation of frequent and top-k elements in data
// streams", ICDT 2005), used by `selon summary` to rank entities, speakers, cues and sources
// over millions of documents.
//
// At most `capacity` keys are tracked, each with a count and the largest error that count may
// hold. A key not tracked takes the place of the key with the smallest count m, and starts at
// m + weight with error m: counts are never under the truth and over it by at most `error`
// (itself at most total / capacity). Any key whose true count exceeds total / capacity is
// tracked, so the top keys are exact as long as their counts stand above the smallest
// tracked count; a rank where count - error falls below the next count is approximate.
//
//   TopK<Extra> speakers(1000);
//   speakers.Add("Frank Shaw").payload.claims += 1;
//   for (const auto* item : speakers.Top(10)) Print(item->key, item->count, item->error);
//
// Each key carries a Payload (counters folded along with it); a key that takes another's
// place gets a fresh Payload{} (its payload then counts from that moment, like its error).
// Cost: a hash lookup and O(log capacity) heap steps per Add(). Deterministic: the same
// stream gives the same items, whatever the hash. Not thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace selon::views {

template <typename Payload>
class TopK {
 public:
  struct Item {
    std::string key;
    uint64_t count = 0;
    uint64_t error = 0;  // count - error <= true count <= count
    Payload payload{};
  };

  explicit TopK(size_t capacity) : capacity_(std::max<size_t>(capacity, 1)) {}

  // Adds `weight` to the count of `key` (weight >= 1) and returns its item.
  Item& Add(std::string_view key, uint64_t weight = 1) {
    total_ += weight;
    key_.assign(key);
    if (auto it = index_.find(key_); it != index_.end()) {
      Item& item = items_[it->second];
      item.count += weight;
      SiftDown(position_[it->second]);
      return item;
    }
    uint32_t slot;
    if (items_.size() < capacity_) {
      slot = static_cast<uint32_t>(items_.size());
      items_.push_back(Item{});
      position_.push_back(static_cast<uint32_t>(heap_.size()));
      heap_.push_back(slot);
      SiftUp(heap_.size() - 1);
    } else {
      slot = heap_[0];  // the smallest count: replaced
      Item& old = items_[slot];
      index_.erase(old.key);
      const uint64_t floor = old.count;
      old = Item{};
      old.count = floor;
      old.error = floor;
    }
    Item& item = items_[slot];
    item.key = key_;
    item.count += weight;
    index_.emplace(key_, slot);
    SiftDown(position_[slot]);
    return item;
  }

  // The `n` items of highest count, by count (descending), then by `before` (a strict order on
  // payloads: true when the first comes first), then key.
  template <typename Before>
  std::vector<const Item*> Top(size_t n, Before before) const {
    std::vector<const Item*> top;
    top.reserve(items_.size());
    for (const Item& item : items_) top.push_back(&item);
    std::sort(top.begin(), top.end(), [&](const Item* a, const Item* b) {
      if (a->count != b->count) return a->count > b->count;
      if (before(a->payload, b->payload)) return true;
      if (before(b->payload, a->payload)) return false;
      return a->key < b->key;
    });
    if (top.size() > n) top.resize(n);
    return top;
  }
  std::vector<const Item*> Top(size_t n) const {
    return Top(n, [](const Payload&, const Payload&) { return false; });
  }

  uint64_t total() const { return total_; }  // sum of all weights added
  size_t size() const { return items_.size(); }
  size_t capacity() const { return capacity_; }

 private:
  bool Less(uint32_t a, uint32_t b) const {
    const Item& x = items_[heap_[a]];
    const Item& y = items_[heap_[b]];
    return x.count != y.count ? x.count < y.count : heap_[a] < heap_[b];
  }
  void Swap(size_t a, size_t b) {
    std::swap(heap_[a], heap_[b]);
    position_[heap_[a]] = static_cast<uint32_t>(a);
    position_[heap_[b]] = static_cast<uint32_t>(b);
  }
  void SiftUp(size_t i) {
    while (i > 0 && Less(static_cast<uint32_t>(i), static_cast<uint32_t>((i - 1) / 2))) {
      Swap(i, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  }
  void SiftDown(size_t i) {
    for (;;) {
      size_t smallest = i;
      const size_t l = 2 * i + 1, r = 2 * i + 2;
      if (l < heap_.size() && Less(static_cast<uint32_t>(l), static_cast<uint32_t>(smallest)))
        smallest = l;
      if (r < heap_.size() && Less(static_cast<uint32_t>(r), static_cast<uint32_t>(smallest)))
        smallest = r;
      if (smallest == i) return;
      Swap(i, smallest);
      i = smallest;
    }
  }

  size_t capacity_;
  uint64_t total_ = 0;
  std::vector<Item> items_;
  std::vector<uint32_t> heap_;      // item slots, a min-heap by (count, slot)
  std::vector<uint32_t> position_;  // per slot: its place in heap_
  std::unordered_map<std::string, uint32_t> index_;
  std::string key_;  // lookup buffer
};

}  // namespace selon::views
