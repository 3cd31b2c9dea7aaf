// The hashes of selon's tables (internal/hash.h). Fnv1a's values are part of the compiled
// lexicon's format: a faster loop must give the same hash for every length.
#include "internal/hash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "internal/lexicon_format.h"

namespace selon::internal {
namespace {

// FNV-1a, one byte a step, as its definition reads.
uint64_t ReferenceFnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

TEST(Hash, Fnv1aOfTheEmptyStringIsTheOffsetBasis) { EXPECT_EQ(Fnv1a(""), 1469598103934665603ull); }

TEST(Hash, Fnv1aIsTheBytewiseHashForEveryLengthAndOffset) {
  std::string text;
  for (int i = 0; i < 80; ++i) text += static_cast<char>(i * 37 + 11);  // bytes above 0x7F too
  for (size_t from = 0; from < 8; ++from)
    for (size_t len = 0; from + len <= text.size(); ++len) {
      const std::string_view s(text.data() + from, len);
      ASSERT_EQ(Fnv1a(s), ReferenceFnv1a(s)) << "from " << from << ", length " << len;
    }
}

// ComputeTokenFeatures hashes a token's key once, with Fnv1a, for the in-memory tables and the
// compiled lexicon's vocabulary alike.
TEST(Hash, TheLexiconKeyHashIsFnv1a) {
  for (std::string_view key : {"", "l'", "paris", "porte-parole", "saint-etienne-du-rouvray"})
    EXPECT_EQ(HashKey(key), Fnv1a(key)) << key;
}

}  // namespace
}  // namespace selon::internal

// The fingerprint that tells a stale compiled file: every length and every byte counts, in every
// lane and in the tail.
TEST(Fingerprint, EveryLengthAndEveryByteCounts) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += static_cast<char>('a' + i % 26);
  std::set<uint64_t> seen;
  for (size_t n = 0; n <= text.size(); ++n)
    seen.insert(selon::internal::Fingerprint(text.substr(0, n)));
  EXPECT_EQ(seen.size(), text.size() + 1);
  const uint64_t whole = selon::internal::Fingerprint(text);
  for (size_t i = 0; i < text.size(); ++i) {
    std::string flipped = text;
    flipped[i] = static_cast<char>(flipped[i] ^ 1);
    EXPECT_NE(selon::internal::Fingerprint(flipped), whole) << i;
  }
  // Two 8-byte words swapped between lanes.
  std::string swapped = text;
  std::swap_ranges(swapped.begin(), swapped.begin() + 8, swapped.begin() + 8);
  EXPECT_NE(selon::internal::Fingerprint(swapped), whole);
}
