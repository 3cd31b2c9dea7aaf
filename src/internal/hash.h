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

// A fingerprint of a whole file's bytes (the compiled first names, cues and evidence words record
// their sources' with it, to tell a stale compiled file): four independent lanes of eight bytes
// per 32-byte step (the multiplications of one step overlap), the rest eight bytes a step in the
// first lane, then Mix64 of the lanes chained; not for hash tables, not cryptographic. About 0.8
// instructions per byte (2.4 MB of sources at start-up). Changing it makes every compiled file
// stale (it is then read from its TSV sources, as if absent) until the build compiles it again.
inline uint64_t Fingerprint(std::string_view s) {
  constexpr uint64_t kMul = 0xff51afd7ed558ccdull;
  constexpr size_t kLanes = 4;
  uint64_t lane[kLanes] = {0x9E3779B97F4A7C15ull ^ s.size(), 0xC2B2AE3D27D4EB4Full,
                           0x165667B19E3779F9ull, 0x27D4EB2F165667C5ull};
  size_t i = 0;
  for (; i + 8 * kLanes <= s.size(); i += 8 * kLanes) {
    for (size_t k = 0; k < kLanes; ++k) {
      uint64_t w;
      std::memcpy(&w, s.data() + i + 8 * k, 8);
      lane[k] = (lane[k] ^ w) * kMul;
      lane[k] ^= lane[k] >> 31;
    }
  }
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    lane[0] = (lane[0] ^ w) * kMul;
    lane[0] ^= lane[0] >> 31;
  }
  uint64_t tail = 0;
  if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
  return Mix64(lane[0] ^ tail ^ Mix64(lane[1] ^ Mix64(lane[2] ^ Mix64(lane[3]))));
}

// A transparent hasher for std::unordered_map<std::string, …, StringHash, std::equal_to<>>:
// lookups by std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

}  // namespace selon::internal
