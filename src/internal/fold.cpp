// Character classification and key folding. Latin code points (the bulk of French text) are
// served from tables built once from utf8proc; the rest ask utf8proc directly.
#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "internal/chars.h"
#include "internal/utf8.h"
#include "selon/tokenizer.h"

namespace selon::internal {
namespace {

constexpr char32_t kTableSize = 0x250;  // Basic Latin .. Latin Extended-B

CharClass ClassifySlow(char32_t c) {
  switch (c) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return CharClass::kNewline;
    case '\'':
    case 0x2019:
    case 0x02BC:
    case 0x2018:
      return CharClass::kApostrophe;
    case '-':
    case 0x2010:
    case 0x2011:
      return CharClass::kHyphen;
    case 0x00AD:
    case 0x200C:
    case 0x200D:
      return CharClass::kJoiner;
    case 0xFEFF:
      return CharClass::kSpace;
    case 0x00A7:
    case 0x2030:  // § ‰: Po in Unicode, symbols to a reader
      return CharClass::kSymbol;
    default:
      break;
  }
  if (c >= 0xFE00 && c <= 0xFE0F) return CharClass::kJoiner;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kNewline;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

// Writes the UTF-8 encoding of `c` (a valid scalar value) to `out`; returns its size.
inline size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// The folded form of any code point from utf8proc; `out` has room for kMaxFoldedBytes.
size_t FoldSlowInto(char32_t c, char* out) {
  if (c == 0x0153 || c == 0x0152) {  // œ Œ: no Unicode decomposition
    out[0] = 'o';
    out[1] = 'e';
    return 2;
  }
  if (c == 0x00E6 || c == 0x00C6) {
    out[0] = 'a';
    out[1] = 'e';
    return 2;
  }
  if (c == 0x2010 || c == 0x2011) {
    out[0] = '-';
    return 1;
  }
  utf8proc_int32_t buffer[8];
  int last_boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), buffer, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_LUMP),
      &last_boundclass);
  if (n < 0 || n > 8) return EncodeUtf8(c, out);
  size_t size = 0;
  for (utf8proc_ssize_t i = 0; i < n; ++i)
    size += EncodeUtf8(static_cast<char32_t>(buffer[i]), out + size);
  return size;
}

std::array<LatinChar, kLatinEnd> MakeLatinTable() {
  std::array<LatinChar, kLatinEnd> table{};
  for (char32_t c = 0; c < kLatinEnd; ++c) {
    LatinChar& e = table[c];
    e.cls = ClassifySlow(c);
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    e.upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    e.lower = cat == UTF8PROC_CATEGORY_LL;
    char folded[kMaxFoldedBytes];
    const size_t size = FoldSlowInto(c, folded);
    if (size > kMaxLatinFolded) {  // no such code point in Unicode 15; kept for safety
      e.folded_size = kLatinFoldedElsewhere;
      continue;
    }
    e.folded_size = static_cast<uint8_t>(size);
    for (size_t i = 0; i < size; ++i) e.folded[i] = folded[i];
  }
  return table;
}

}  // namespace

// Built at load time rather than on first use, so lookups in hot loops carry no guard check.
const std::array<LatinChar, kLatinEnd> kLatin = MakeLatinTable();

CharClass Classify(char32_t c) {
  if (c < kLatinEnd) return kLatin[c].cls;
  return ClassifySlow(c);
}

bool IsUpperCase(char32_t c) {
  if (c < kLatinEnd) return kLatin[c].upper;
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLowerCase(char32_t c) {
  if (c < kLatinEnd) return kLatin[c].lower;
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

size_t FoldInto(char32_t c, char* out) {
  if (c < kLatinEnd && kLatin[c].folded_size != kLatinFoldedElsewhere) {
    const LatinChar& e = kLatin[c];
    std::memcpy(out, e.folded, sizeof e.folded);
    return e.folded_size;
  }
  if (c == 0x2019 || c == 0x02BC || c == 0x2018) {  // the apostrophes of French text
    out[0] = '\'';
    return 1;
  }
  return FoldSlowInto(c, out);
}

void AppendFolded(char32_t c, std::string* out) {
  char folded[kMaxFoldedBytes];
  out->append(folded, FoldInto(c, folded));
}

}  // namespace selon::internal

namespace selon {

namespace {

// Texts up to this size are folded into a buffer on the stack, then appended to `out` at once:
// pre-sizing `out` for the longest fold would move a key of a few bytes out of the string's
// inline buffer into an allocation (the lexicons fold tens of thousands of such keys at load).
constexpr size_t kStackFoldText = 64;
// Room for the fold of kStackFoldText bytes: a code point of n >= 2 bytes folds to at most
// kMaxFoldedBytes <= 16 n bytes, an ASCII byte to one (writing 4), an invalid sequence to 3
// (U+FFFD): at most 16 per byte folded so far, plus the 4 bytes an ASCII byte writes.
constexpr size_t kStackFoldRoom = kStackFoldText * (internal::kMaxFoldedBytes / 2) + 4;
static_assert(internal::kMaxFoldedBytes % 2 == 0);

// The ASCII bytes FoldKey copies a word at a time (FoldAsciiWord).
constexpr size_t kWordBytes = sizeof(uint64_t);

// Whether every ASCII byte folds to one byte: an upper-case letter to its lower case, any other
// byte to itself. utf8proc's folding says so; it is checked once, at the first fold (kLatin is
// filled before main() runs), and FoldKey folds byte by byte if it ever does not hold.
bool AsciiFoldsByCase() {
  static const bool by_case = [] {
    for (uint32_t b = 0; b < 0x80; ++b) {
      const internal::LatinChar& e = internal::kLatin[b];
      const uint32_t want = (b >= 'A' && b <= 'Z') ? (b | 0x20) : b;
      if (e.folded_size != 1 || static_cast<uint8_t>(e.folded[0]) != want) return false;
    }
    return true;
  }();
  return by_case;
}

// Folds the kWordBytes bytes at `in` into `out` when they are all ASCII (valid only where
// AsciiFoldsByCase() holds): A-Z gain bit 0x20, the other bytes are copied. Returns false, and
// writes nothing, when a byte is not ASCII. (Each byte is below 0x80 when the sums are made, so
// no sum carries into the next byte.)
inline bool FoldAsciiWord(const char* in, char* out) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = kOnes * 0x80;
  uint64_t w;
  std::memcpy(&w, in, kWordBytes);
  if ((w & kHigh) != 0) return false;
  const uint64_t from_a = w + kOnes * (0x80 - 'A');      // high bit: the byte is >= 'A'
  const uint64_t past_z = w + kOnes * (0x80 - 'Z' - 1);  // high bit: the byte is > 'Z'
  w |= (from_a & ~past_z & kHigh) >> 2;                  // 0x80 >> 2 == 0x20
  std::memcpy(out, &w, kWordBytes);
  return true;
}

}  // namespace

void FoldKey(std::string_view text, std::string* out) {
  if (text.size() <= kStackFoldText) {
    char folded[kStackFoldRoom];
    size_t size = 0;
    size_t pos = 0;
    // The ASCII words that open the text (most keys are ASCII) at once; the rest byte by byte.
    if (text.size() >= kWordBytes && AsciiFoldsByCase())
      while (text.size() - pos >= kWordBytes && FoldAsciiWord(text.data() + pos, folded + size)) {
        size += kWordBytes;
        pos += kWordBytes;
      }
    while (pos < text.size()) {
      const uint8_t b = static_cast<uint8_t>(text[pos]);
      if (b < 0x80) {  // as below; room: the bytes past `size` are scratch
        const internal::LatinChar& e = internal::kLatin[b];
        std::memcpy(folded + size, e.folded, sizeof e.folded);
        size += e.folded_size;
        ++pos;
        continue;
      }
      const int32_t c = internal::NextCodepoint(text, &pos);
      size += internal::FoldInto(c < 0 ? internal::kReplacement : static_cast<char32_t>(c),
                                 folded + size);
    }
    out->append(folded, size);
    return;
  }
  // Pre-sized: an ASCII byte folds to one byte, any other code point to at most
  // kMaxFoldedBytes; `out` is resized again whenever fewer than that remain.
  size_t size = out->size();
  out->resize(size + text.size() + internal::kMaxFoldedBytes);
  size_t pos = 0;
  // The opening ASCII words as above. (An ASCII byte folds to one: the room kept for the rest of
  // the text covers each word.)
  if (AsciiFoldsByCase())
    while (text.size() - pos >= kWordBytes &&
           FoldAsciiWord(text.data() + pos, out->data() + size)) {
      size += kWordBytes;
      pos += kWordBytes;
    }
  while (pos < text.size()) {
    const uint8_t b = static_cast<uint8_t>(text[pos]);
    if (b < 0x80) {
      const internal::LatinChar& e = internal::kLatin[b];
      std::memcpy(out->data() + size, e.folded, sizeof e.folded);
      size += e.folded_size;
      ++pos;
      continue;
    }
    if (out->size() - size < (text.size() - pos) + internal::kMaxFoldedBytes)
      out->resize(2 * out->size() + internal::kMaxFoldedBytes);
    const int32_t c = internal::NextCodepoint(text, &pos);
    size += internal::FoldInto(c < 0 ? internal::kReplacement : static_cast<char32_t>(c),
                               out->data() + size);
  }
  out->resize(size);
}

bool internal::IsPlainLatinWord(std::string_view text) {
  if (text.empty()) return false;
  size_t pos = 0;
  while (pos < text.size()) {
    const uint8_t b = static_cast<uint8_t>(text[pos]);
    if (b < 0x80) {  // ASCII, most bytes of the words tested: no decoding
      if (kLatin[b].cls != CharClass::kLetter) return false;
      ++pos;
      continue;
    }
    const int32_t c = NextCodepoint(text, &pos);
    if (c < 0 || static_cast<char32_t>(c) >= kLatinEnd ||
        Classify(static_cast<char32_t>(c)) != CharClass::kLetter)
      return false;
  }
  return true;
}

}  // namespace selon
