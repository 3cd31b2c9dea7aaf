// Document: normalization and sanitation views and their maps back to the original bytes.
#include "selon/document.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <string>

namespace selon {
namespace {

TEST(Document, NfcTextIsNotCopied) {
  const Document doc(std::string("Le président a parlé."));
  EXPECT_EQ(doc.analysis_text().data(), doc.original().data());
  EXPECT_TRUE(doc.warnings().empty());
}

TEST(Document, DecomposedTextIsComposedAndMapsBack) {
  // "Cafe\u0301 noir": the analysis view has "é" (2 bytes) where the original has 3 bytes.
  const Document doc(std::string("Cafe\u0301 noir"));
  EXPECT_EQ(doc.analysis_text(), "Café noir");
  // "noir" is at bytes 6..10 of the view and 7..11 of the original.
  EXPECT_EQ(doc.ToOriginal({6, 10}), (ByteSpan{7, 11}));
  // "Café" covers the whole decomposed sequence.
  EXPECT_EQ(doc.ToOriginal({0, 5}), (ByteSpan{0, 6}));
}

// Document skips ICU for text made only of code points below U+0300 or in U+2002..U+20BF: each
// must be one that NFC never changes nor combines with a neighbour.
TEST(Document, CodePointsThatSkipNormalizationAreNfcInert) {
  for (UChar32 c = 0; c <= 0x20BF; ++c) {
    if (c >= 0x300 && c < 0x2002) continue;
    EXPECT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << c;
    EXPECT_EQ(u_getCombiningClass(c), 0) << std::hex << c;
  }
}

TEST(Document, TypographicPunctuationDoesNotHideADecomposedLetter) {
  const Document plain(std::string("L’été — 10 €…"));
  EXPECT_EQ(plain.analysis_text().data(), plain.original().data());
  const Document doc(std::string("L’été — 10 €…"));
  EXPECT_EQ(doc.analysis_text(), "L’été — 10 €…");
  const Document singleton(std::string("’ €"));  // U+2000 becomes U+2002
  EXPECT_EQ(singleton.analysis_text(), "’ €");
}

TEST(Document, InvalidUtf8IsReplacedWithAWarning) {
  const Document doc(std::string("Paris \xC3 Lyon"));
  EXPECT_FALSE(doc.valid_utf8());
  EXPECT_EQ(doc.analysis_text(), "Paris \uFFFD Lyon");
  ASSERT_EQ(doc.warnings().size(), 1u);
  EXPECT_EQ(doc.warnings()[0].code, "invalid_utf8");
  EXPECT_EQ(doc.warnings()[0].offset, 6u);
  // "Lyon" is at 10..14 in the view (U+FFFD is 3 bytes) and 8..12 in the original.
  EXPECT_EQ(doc.ToOriginal({10, 14}), (ByteSpan{8, 12}));
}

TEST(Document, InvalidAndDecomposedTogether) {
  const Document doc(
      std::string("\xFF"
                  "e\u0301t\xE9"));  // Latin-1 é at the end
  EXPECT_EQ(doc.analysis_text(),
            "\uFFFD"
            "ét\uFFFD");
  EXPECT_EQ(doc.ToOriginal({3, 5}), (ByteSpan{1, 4}));  // é
  EXPECT_EQ(doc.ToOriginal({6, 9}), (ByteSpan{5, 6}));  // the Latin-1 byte
}

TEST(Document, BomAndCrlfAreKept) {
  const std::string text = "\xEF\xBB\xBFTitre\r\nTexte";
  const Document doc{std::string(text)};
  EXPECT_EQ(doc.original(), text);
  EXPECT_EQ(doc.analysis_text(), text);
}

}  // namespace
}  // namespace selon
