// Character classes for the tokenizer, from Unicode general categories (utf8proc) with an
// ASCII fast path, and the key folding shared by tokens and lexicons.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace selon::internal {

enum class CharClass : uint8_t {
  kSpace,       // Zs, Cc except line breaks, BOM and other format characters outside words
  kNewline,     // LF, CR, U+2028, U+2029, VT, FF, NEL
  kLetter,      // L*
  kMark,        // M*: combining marks, part of the word they follow
  kDigit,       // Nd
  kApostrophe,  // ' ’ ʼ ‘
  kHyphen,      // - ‐ ‑ (join compounds; en and em dashes do not)
  kPunct,       // other P*
  kSymbol,      // S*, No, Nl, Co, unassigned
  kJoiner,      // soft hyphen, ZWJ, ZWNJ, variation selectors: inside a word or emoji
};

CharClass Classify(char32_t c);

// Code points below kLatinEnd (Basic Latin .. Latin Extended-B, the bulk of French text) are
// described by one table entry, so hot loops fold and classify them without a call.
inline constexpr char32_t kLatinEnd = 0x250;
inline constexpr size_t kMaxLatinFolded = 3;  // longest folded form of a Latin code point (ŉ)
inline constexpr uint8_t kLatinFoldedElsewhere = 0xFF;  // folded_size: ask FoldInto
struct LatinChar {
  CharClass cls;
  bool upper;           // Lu or Lt
  bool lower;           // Ll
  uint8_t folded_size;  // bytes of `folded` in use (0 to kMaxLatinFolded), or
                        // kLatinFoldedElsewhere when the form is longer (none is, in Unicode 15)
  char folded[4];       // the folded form (AppendFolded), not NUL-terminated; copy all 4 bytes
};
// Indexed by code point; filled from utf8proc before main() runs.
extern const std::array<LatinChar, kLatinEnd> kLatin;

// Upper bound on the bytes one code point folds to (utf8proc decomposes into at most 8).
inline constexpr size_t kMaxFoldedBytes = 32;

bool IsUpperCase(char32_t c);  // Lu or Lt
bool IsLowerCase(char32_t c);  // Ll

// Appends the folded form of `c` to `out`: case folded, diacritics stripped, apostrophe and
// hyphen variants unified (utf8proc CASEFOLD | DECOMPOSE | STRIPMARK | LUMP), œ/æ expanded.
void AppendFolded(char32_t c, std::string* out);

// As AppendFolded, writing to `out`, which has room for kMaxFoldedBytes; returns the size written.
size_t FoldInto(char32_t c, char* out);

// True when `text` is one non-empty run of letters below kLatinEnd (no mark, digit, apostrophe,
// hyphen, space or punctuation): NFC leaves it as it is and Tokenize reads it as one word whose
// key is FoldKey(text). Data loaders fold such rows without building a document
// (tests/evidence_test.cpp checks the equivalence on every shipped row). Invalid UTF-8: false.
bool IsPlainLatinWord(std::string_view text);

}  // namespace selon::internal
