// Character classes for the tokenizer, from Unicode general categories (utf8proc) with an
// ASCII fast path, and the key folding shared by tokens and lexicons.
#pragma once

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

bool IsUpperCase(char32_t c);  // Lu or Lt
bool IsLowerCase(char32_t c);  // Ll

// Appends the folded form of `c` to `out`: case folded, diacritics stripped, apostrophe and
// hyphen variants unified (utf8proc CASEFOLD | DECOMPOSE | STRIPMARK | LUMP), œ/æ expanded.
void AppendFolded(char32_t c, std::string* out);

}  // namespace selon::internal
