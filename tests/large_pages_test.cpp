// The allocator of the large start-up tables (internal/large_pages.h): small and large arrays
// alike are usable, aligned and given back; the zeroed ones read zero; a FlatKeyTable on it
// (large enough to take the large path) finds what it holds.
#include "internal/large_pages.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "internal/flat_table.h"

namespace selon::internal {
namespace {

// Sizes on both sides of kLargeArrayBytes, and past one and two huge pages.
const size_t kSizes[] = {1,
                         4096,
                         kLargeArrayBytes - 1,
                         kLargeArrayBytes,
                         (size_t{2} << 20) - 8,
                         (size_t{2} << 20) + 8,
                         (size_t{5} << 20) + 3};

TEST(LargePages, ArraysOfEverySizeAreAlignedWritableAndFreed) {
  for (size_t bytes : kSizes) {
    void* p = AllocateLarge(bytes);
    ASSERT_NE(p, nullptr) << bytes;
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % alignof(std::max_align_t), 0u) << bytes;
    std::memset(p, 0xA5, bytes);  // every byte writable
    EXPECT_EQ(static_cast<unsigned char*>(p)[bytes - 1], 0xA5) << bytes;
    FreeLarge(p, bytes);
  }
}

TEST(LargePages, ZeroedArraysReadZero) {
  for (size_t bytes : kSizes) {
    // (Dirty memory first, so that a small zeroed array reusing it is cleared for real.)
    void* dirty = AllocateLarge(bytes);
    std::memset(dirty, 0xFF, bytes);
    FreeLarge(dirty, bytes);
    auto* p = static_cast<unsigned char*>(AllocateLargeZeroed(bytes));
    size_t nonzero = 0;
    for (size_t i = 0; i < bytes; ++i) nonzero += p[i] != 0;
    EXPECT_EQ(nonzero, 0u) << bytes;
    FreeLarge(p, bytes);
  }
}

TEST(LargePages, AVectorGrowsAndShrinksOnIt) {
  std::vector<uint64_t, LargePageAllocator<uint64_t>> v;
  for (uint64_t i = 0; i < 200000; ++i) v.push_back(i * 3);  // crosses the large threshold
  for (uint64_t i = 0; i < v.size(); ++i) ASSERT_EQ(v[i], i * 3);
  v.resize(10);
  v.shrink_to_fit();
  EXPECT_EQ(v.back(), 27u);
}

TEST(LargePages, AFlatKeyTableOfLargeSlotsFindsItsKeys) {
  std::vector<std::pair<std::string, uint32_t>> entries;
  for (uint32_t i = 0; i < 20000; ++i) entries.emplace_back("key" + std::to_string(i), i);
  FlatKeyTable<uint32_t> table;
  table.Build(entries);  // 65,536 slots: past kLargeArrayBytes
  ASSERT_GE(table.slot_count() * 16, kLargeArrayBytes);
  for (const auto& [key, value] : entries) {
    const uint32_t* found = table.Find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value);
  }
  EXPECT_EQ(table.Find("absent"), nullptr);
}

}  // namespace
}  // namespace selon::internal
