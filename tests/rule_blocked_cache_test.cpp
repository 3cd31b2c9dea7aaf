// RuleBlockedCache: a direct-mapped cache of rule bitsets by (needed, classes) pair, bound to
// the rule set that filled it.
#include "rule_blocked_cache.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace selon {
namespace {

TEST(RuleBlockedCacheTest, AFilledPairIsAHitWithItsBits) {
  RuleBlockedCache cache;
  cache.Bind(/*owner=*/7, /*words=*/2);
  RuleBlockedCache::Entry e = cache.Find(0x3, 0x10);
  EXPECT_FALSE(e.hit);
  e.bits[0] = 0xABCD;
  e.bits[1] = 0x1;
  e = cache.Find(0x3, 0x10);
  ASSERT_TRUE(e.hit);
  EXPECT_EQ(e.bits[0], 0xABCDu);
  EXPECT_EQ(e.bits[1], 0x1u);
}

TEST(RuleBlockedCacheTest, ThePairZeroIsNoEmptySlot) {
  RuleBlockedCache cache;
  cache.Bind(1, 1);
  EXPECT_FALSE(cache.Find(0, 0).hit);
  EXPECT_TRUE(cache.Find(0, 0).hit);
}

TEST(RuleBlockedCacheTest, PairsThatDifferInOneHalfAreDifferentKeys) {
  RuleBlockedCache cache;
  cache.Bind(1, 1);
  cache.Find(1, 2).bits[0] = 12;
  EXPECT_FALSE(cache.Find(2, 1).hit);  // the halves swapped
  // Every pair found once is found again, with its own bits, unless a later pair took its slot.
  for (uint32_t i = 0; i < 64; ++i) {
    RuleBlockedCache::Entry e = cache.Find(i, ~i);
    if (!e.hit) e.bits[0] = i;
  }
  int hits = 0;
  for (uint32_t i = 0; i < 64; ++i) {
    const RuleBlockedCache::Entry e = cache.Find(i, ~i);
    if (e.hit) {
      ++hits;
      EXPECT_EQ(e.bits[0], i);
    } else {
      e.bits[0] = i;
    }
  }
  EXPECT_GT(hits, 48);  // 64 keys in 1,024 slots: few collisions
}

TEST(RuleBlockedCacheTest, BindingAnotherRuleSetOrSizeEmptiesIt) {
  RuleBlockedCache cache;
  cache.Bind(1, 2);
  cache.Find(5, 6).bits[1] = 9;
  cache.Bind(1, 2);  // the same rule set: kept
  EXPECT_TRUE(cache.Find(5, 6).hit);
  cache.Bind(2, 2);  // another rule set
  EXPECT_FALSE(cache.Find(5, 6).hit);
  cache.Find(5, 6).bits[1] = 9;
  cache.Bind(2, 3);  // another bitset size
  const RuleBlockedCache::Entry e = cache.Find(5, 6);
  EXPECT_FALSE(e.hit);
  EXPECT_EQ(e.bits[0] | e.bits[1] | e.bits[2], 0u);
}

}  // namespace
}  // namespace selon
