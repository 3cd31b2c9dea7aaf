// The hashes of selon's tables: FNV-1a for string keys (short keys, good enough spread for open
// addressing, cheaper than std::hash on them), Mix64 for integer keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace selon::internal {

// FNV-1a, 64-bit. (Eight bytes a step, then four, two and one: the same hash, with a fraction
// of the loop's own instructions; the compiled tables' validation hashes 1.5 MB of keys at
// start-up, and the tokens' keys are hashed by several tables.)
inline uint64_t Fnv1a(std::string_view s) {
  constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t h = 1469598103934665603ull;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (; n >= 8; n -= 8, p += 8) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    h = (h ^ p[2]) * kPrime;
    h = (h ^ p[3]) * kPrime;
    h = (h ^ p[4]) * kPrime;
    h = (h ^ p[5]) * kPrime;
    h = (h ^ p[6]) * kPrime;
    h = (h ^ p[7]) * kPrime;
  }
  if (n & 4) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    h = (h ^ p[2]) * kPrime;
    h = (h ^ p[3]) * kPrime;
    p += 4;
  }
  if (n & 2) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    p += 2;
  }
  if (n & 1) h = (h ^ p[0]) * kPrime;
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

// A fingerprint of a whole file's bytes (the compiled first names record their sources' with it,
// to tell a stale compiled file): eight bytes per step, then Mix64; not for hash tables, not
// cryptographic. About one instruction per byte. Changing it makes every compiled first-name
// file stale (they are then read from their TSV sources, as if absent).
inline uint64_t Fingerprint(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 31;
  }
  uint64_t tail = 0;
  if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
  return Mix64(h ^ tail);
}

// A transparent hasher for std::unordered_map<std::string, …, StringHash, std::equal_to<>>:
// lookups by std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

}  // namespace selon::internal
