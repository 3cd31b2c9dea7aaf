// The hashes of selon's tables: FNV-1a for string keys (short keys, good enough spread for open
// addressing, cheaper than std::hash on them), Mix64 for integer keys.
#pragma once

#include <cstdint>
#include <string_view>

namespace selon::internal {

// FNV-1a, 64-bit.
inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// murmur3's 64-bit finalizer: spreads an integer key's bits over the whole word (open addressing
// masks the low bits). The compiled lexicon's edge hashes are made with it: changing it changes
// the on-disk format.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// A transparent hasher for std::unordered_map<std::string, …, StringHash, std::equal_to<>>:
// lookups by std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

}  // namespace selon::internal
