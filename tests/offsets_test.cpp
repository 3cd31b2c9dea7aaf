// Offset conversion between bytes, code points and UTF-16 units.
#include "selon/offsets.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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
  const std::string text =
      "a\xE2\x82"
      "b\xFF"
      "c";
  OffsetConverter c(text);
  EXPECT_FALSE(c.valid_utf8());
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 5u);
  EXPECT_EQ(c.Length(OffsetUnit::kUtf16), 5u);
  EXPECT_EQ(c.Convert(3, OffsetUnit::kCodepoint), 2u);  // "b"
  EXPECT_EQ(c.Convert(5, OffsetUnit::kCodepoint), 4u);  // "c"
  EXPECT_EQ(c.Slice(0, 6),
            "a\uFFFD"
            "b\uFFFD"
            "c");
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

// ---- Cursor: any order of offsets gives what Convert without a cursor gives ----

TEST(Offsets, CursorAgreesWithPlainConvertInAnyOrder) {
  std::string valid, invalid;
  for (int i = 0; i < 400; ++i) valid += (i % 5 == 0) ? "Ça 😀 « x » " : "le maire ";
  invalid = valid;
  for (size_t i = 37; i < invalid.size(); i += 301) invalid[i] = '\xFF';
  for (const std::string* text : {&valid, &invalid}) {
    OffsetConverter c(*text);
    std::vector<uint64_t> offsets;
    for (uint64_t b = 0; b <= text->size() + 2; b += 3) offsets.push_back(b);  // some mid-character
    for (uint64_t b = text->size(); b >= 517; b -= 517) offsets.push_back(b);  // backwards jumps
    offsets.push_back(0);
    for (OffsetUnit unit : {OffsetUnit::kCodepoint, OffsetUnit::kUtf16, OffsetUnit::kByte}) {
      OffsetConverter::Cursor cursor;
      for (uint64_t b : offsets)
        ASSERT_EQ(c.Convert(b, unit, &cursor), c.Convert(b, unit)) << "byte " << b;
    }
    EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), c.Convert(text->size(), OffsetUnit::kCodepoint));
    EXPECT_EQ(c.Length(OffsetUnit::kUtf16), c.Convert(text->size(), OffsetUnit::kUtf16));
  }
}

// ---- A text known to be valid: the same conversions, checkpoints made without decoding ----

TEST(Offsets, KnownValidConverterAgreesWithTheCheckingOne) {
  std::vector<std::string> texts = {"", "a", "é", "😀", "aé😀b", std::string(300, 'x')};
  std::string mixed;
  for (int i = 0; i < 700; ++i)
    mixed += (i % 3 == 0) ? "Ça 😀 « x » " : (i % 3 == 1) ? "€ab" : "le ";
  texts.push_back(mixed);
  // Multi-byte characters across every checkpoint stride boundary.
  for (size_t shift = 0; shift < 4; ++shift) texts.push_back(std::string(shift, 'a') + mixed);
  for (const std::string& text : texts) {
    const OffsetConverter checking(text);
    const OffsetConverter known(text, OffsetConverter::ValidUtf8{});
    ASSERT_TRUE(checking.valid_utf8());
    EXPECT_TRUE(known.valid_utf8());
    for (OffsetUnit unit : {OffsetUnit::kCodepoint, OffsetUnit::kUtf16, OffsetUnit::kByte}) {
      EXPECT_EQ(known.Length(unit), checking.Length(unit));
      OffsetConverter::Cursor cursor;
      for (uint64_t b = 0; b <= text.size() + 2; ++b) {
        ASSERT_EQ(known.Convert(b, unit), checking.Convert(b, unit)) << "byte " << b;
        ASSERT_EQ(known.Convert(b, unit, &cursor), checking.Convert(b, unit)) << "byte " << b;
      }
      for (uint64_t b = text.size(); b >= 299 && b <= text.size(); b -= 299)  // backwards
        ASSERT_EQ(known.Convert(b, unit, &cursor), checking.Convert(b, unit)) << "byte " << b;
    }
    EXPECT_EQ(known.Slice(1, 9), checking.Slice(1, 9));
  }
}

TEST(Offsets, CursorRoundsMidCharacterOffsetsDown) {
  const std::string text = "aé😀b";  // a(0) é(1..3) 😀(3..7) b(7)
  OffsetConverter c(text);
  OffsetConverter::Cursor cursor;
  EXPECT_EQ(c.Convert(2, OffsetUnit::kCodepoint, &cursor), 1u);
  EXPECT_EQ(c.Convert(5, OffsetUnit::kUtf16, &cursor), 2u);
  EXPECT_EQ(c.Convert(7, OffsetUnit::kUtf16, &cursor), 4u);
  EXPECT_EQ(c.Convert(8, OffsetUnit::kCodepoint, &cursor), 4u);
  EXPECT_EQ(c.Convert(99, OffsetUnit::kCodepoint, &cursor), 4u);
}

TEST(Offsets, EmptyText) {
  OffsetConverter c("");
  EXPECT_EQ(c.Length(OffsetUnit::kCodepoint), 0u);
  EXPECT_EQ(c.Convert(3, OffsetUnit::kUtf16), 0u);
  EXPECT_EQ(c.Slice(0, 3), "");
}

TEST(Offsets, UnitNames) {
  EXPECT_EQ(ParseOffsetUnit("utf16"), OffsetUnit::kUtf16);
  EXPECT_EQ(ParseOffsetUnit("chars"), std::nullopt);
  EXPECT_STREQ(OffsetUnitName(OffsetUnit::kByte), "byte");
}

}  // namespace
}  // namespace selon
