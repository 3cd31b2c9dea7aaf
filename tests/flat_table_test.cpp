// FlatKeyTable (internal/flat_table.h): a table copied from another slot for slot and extended
// finds what both hold, with the values converted and the later ones set in place.
#include "internal/flat_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace selon::internal {
namespace {

struct Both {
  uint32_t from_first = 0;
  uint16_t added = 0;
};

TEST(FlatKeyTable, ACopyExtendedWithAddFindsEveryKey) {
  std::vector<std::pair<std::string, uint32_t>> entries;
  for (uint32_t i = 0; i < 3000; ++i) entries.emplace_back("w" + std::to_string(i), i + 1);
  FlatKeyTable<uint32_t> first;
  first.Build(entries);
  FlatKeyTable<Both> table;
  table.CopyFrom(first, [](uint32_t v) { return Both{v * 2, 0}; });
  EXPECT_EQ(table.size(), first.size());
  EXPECT_EQ(table.slot_count(), first.slot_count());
  // Keys of the first table found (their value kept), and new ones, past a growth of the slots.
  table.Reserve(table.size() + 5000);
  table.Add("w7", Both{}).first->added = 7;
  for (uint16_t i = 0; i < 5000; ++i) {
    const auto [value, inserted] = table.Add("new" + std::to_string(i), Both{});
    ASSERT_TRUE(inserted);
    value->added = static_cast<uint16_t>(i + 1);
  }
  for (const auto& [key, v] : entries) {
    const Both* b = table.Find(key);
    ASSERT_NE(b, nullptr) << key;
    EXPECT_EQ(b->from_first, v * 2) << key;
    EXPECT_EQ(b->added, key == "w7" ? 7 : 0) << key;
  }
  for (uint16_t i = 0; i < 5000; ++i) {
    const Both* b = table.Find("new" + std::to_string(i));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->added, i + 1);
    EXPECT_EQ(b->from_first, 0u);
  }
  EXPECT_EQ(table.Find("absent"), nullptr);
  EXPECT_EQ(table.size(), first.size() + 5000);
}

TEST(FlatKeyTable, ACopyOfAnEmptyTableIsEmpty) {
  FlatKeyTable<uint32_t> empty;
  FlatKeyTable<uint64_t> table;
  table.CopyFrom(empty, [](uint32_t v) { return uint64_t{v}; });
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.Find("a"), nullptr);
  table.Add("a", 5);
  ASSERT_NE(table.Find("a"), nullptr);
  EXPECT_EQ(*table.Find("a"), 5u);
}

}  // namespace
}  // namespace selon::internal
