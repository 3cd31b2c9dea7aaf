// FNV-1a, 64-bit: the one string hash of selon's tables (short keys, good enough spread for
// open addressing, cheaper than std::hash on them).
#pragma once

#include <cstdint>
#include <string_view>

namespace selon::internal {

inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// A transparent hasher for std::unordered_map<std::string, …, StringHash, std::equal_to<>>:
// lookups by std::string_view without building a string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

}  // namespace selon::internal
