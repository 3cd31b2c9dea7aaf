// internal::ScratchMap: the per-document map of the stages (src/internal/scratch_map.h).
#include "internal/scratch_map.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace selon::internal {
namespace {

// ---- As std::unordered_map for emplace and find ----

TEST(ScratchMap, EmplaceKeepsTheFirstValue) {
  ScratchMap<std::string_view, int> map;
  const auto [first, added] = map.emplace("Shaw", 1);
  EXPECT_TRUE(added);
  EXPECT_EQ(*first, 1);
  const auto [kept, added_again] = map.emplace("Shaw", 2);
  EXPECT_FALSE(added_again);
  EXPECT_EQ(*kept, 1);
  *kept = 3;  // the value in the map
  EXPECT_EQ(*map.find("Shaw"), 3);
  EXPECT_EQ(map.size(), 1u);
}

TEST(ScratchMap, FindsOnlyWhatWasAdded) {
  ScratchMap<uint64_t, int> map;
  EXPECT_EQ(map.find(7), nullptr);
  map.emplace(7, 70);
  map.emplace(uint64_t{1} << 40, 1);
  EXPECT_EQ(*map.find(7), 70);
  EXPECT_EQ(*map.find(uint64_t{1} << 40), 1);
  EXPECT_EQ(map.find(8), nullptr);
  EXPECT_EQ(map.find(0), nullptr);  // the default key is no entry
}

// ---- Clear and growth ----

TEST(ScratchMap, ClearForgetsEveryEntry) {
  ScratchMap<std::string_view, int> map;
  for (int round = 0; round < 3; ++round) {
    EXPECT_TRUE(map.empty());
    EXPECT_EQ(map.find("OMS"), nullptr);
    EXPECT_TRUE(map.emplace("OMS", round).second);
    EXPECT_EQ(*map.find("OMS"), round);
    map.clear();
  }
}

TEST(ScratchMap, GrowsPastItsFirstSlotsAndKeepsEveryEntry) {
  ScratchMap<uint64_t, uint64_t> map;
  for (int round = 0; round < 2; ++round) {  // the second round reuses the grown slots
    map.clear();
    for (uint64_t k = 0; k < 1000; ++k) ASSERT_TRUE(map.emplace(k * 7919, k).second);
    EXPECT_EQ(map.size(), 1000u);
    for (uint64_t k = 0; k < 1000; ++k) {
      ASSERT_NE(map.find(k * 7919), nullptr) << k;
      EXPECT_EQ(*map.find(k * 7919), k);
    }
    EXPECT_EQ(map.find(1), nullptr);
  }
}

TEST(ScratchMap, EntriesOfEarlierDocumentsNeverComeBack) {
  // Growth after a clear must not carry the previous document's entries over.
  ScratchMap<std::string_view, int> map;
  const std::vector<std::string> keys = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
  for (const std::string& k : keys) map.emplace(k, 1);
  map.clear();
  std::vector<std::string> more;
  for (int i = 0; i < 100; ++i) more.push_back("k" + std::to_string(i));
  for (const std::string& k : more) map.emplace(k, 2);
  EXPECT_EQ(map.size(), more.size());
  for (const std::string& k : keys) EXPECT_EQ(map.find(k), nullptr) << k;
}

}  // namespace
}  // namespace selon::internal
