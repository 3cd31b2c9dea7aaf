// Offset conversion between bytes, code points and UTF-16 units.
#include "selon/offsets.h"

#include <gtest/gtest.h>

#include <string>

namespace selon {
namespace {

TEST(Offsets, UnitsOnAccentsEmojiAndNbsp) {
  // "é" 2 bytes; NBSP 2 bytes; "😀" 4 bytes and 2 UTF-16 units.
  const std::string text = "é\u00A0😀x";
  OffsetConverter c(text);
  EXPECT_EQ(c.Convert(0, OffsetUnit::kCodepoint), 0u);
  EXPECT_EQ(c.Convert(2, OffsetUnit::kCodepoint), 1u);
  EXPECT_EQ(c.Convert(4, OffsetUnit::kCodepoint), 2u);
  EXPECT_EQ(c.Convert(8, OffsetUnit::kCodepoint), 3u);
  EXPECT_EQ(c.Convert(8, OffsetUnit::kUtf16), 4u);
  EXPECT_EQ(c.Convert(8, OffsetUnit::kByte), 8u);
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 4u);
  EXPECT_EQ(c.Length(OffsetUnit::kUtf16), 5u);
  EXPECT_EQ(c.Length(OffsetUnit::kByte), 9u);
}

TEST(Offsets, CombiningCharactersCountSeparately) {
  const std::string text = "Cafe\u0301!";  // e + COMBINING ACUTE
  OffsetConverter c(text);
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 6u);
  EXPECT_EQ(c.Convert(6, OffsetUnit::kCodepoint), 5u);
}

TEST(Offsets, InvalidSequencesCountAsPythonReplaceDoes) {
  // Python: b"a\xe2\x82b\xffc".decode("utf-8", "replace") == "a\ufffdb\ufffdc" (5 code points):
  // the truncated 3-byte sequence \xe2\x82 is ONE maximal subpart.
  const std::string text = "a\xE2\x82" "b\xFF" "c";
  OffsetConverter c(text);
  EXPECT_FALSE(c.valid_utf8());
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 5u);
  EXPECT_EQ(c.Length(OffsetUnit::kUtf16), 5u);
  EXPECT_EQ(c.Convert(3, OffsetUnit::kCodepoint), 2u);  // "b"
  EXPECT_EQ(c.Convert(5, OffsetUnit::kCodepoint), 4u);  // "c"
  EXPECT_EQ(c.Slice(0, 6), "a\uFFFD" "b\uFFFD" "c");
}

TEST(Offsets, SurrogatesEncodedInUtf8AreInvalid) {
  // CESU-style surrogate: Python replaces each of the 3 bytes separately.
  const std::string text = "\xED\xA0\x80";
  OffsetConverter c(text);
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 3u);
}

TEST(Offsets, LongTextCheckpointsAgreeWithALinearCount) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 7 == 0) ? "ça 😀 " : "le maire ";
  OffsetConverter c(text);
  uint64_t cp = 0, u16 = 0;
  for (size_t b = 0; b < text.size();) {
    EXPECT_EQ(c.Convert(b, OffsetUnit::kCodepoint), cp);
    EXPECT_EQ(c.Convert(b, OffsetUnit::kUtf16), u16);
    const unsigned char lead = static_cast<unsigned char>(text[b]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    b += len;
    ++cp;
    u16 += len == 4 ? 2 : 1;
  }
}

TEST(Offsets, UnitNames) {
  EXPECT_EQ(ParseOffsetUnit("utf16"), OffsetUnit::kUtf16);
  EXPECT_EQ(ParseOffsetUnit("chars"), std::nullopt);
  EXPECT_STREQ(OffsetUnitName(OffsetUnit::kByte), "byte");
}

}  // namespace
}  // namespace selon
