// The hashes of selon's tables (internal/hash.h). Fnv1a's values are part of the compiled
// lexicon's format: a faster loop must give the same hash for every length.
#include "internal/hash.h"

#include <gtest/gtest.h>

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
