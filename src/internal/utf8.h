// UTF-8 decoding shared by the text layer. Decodes as Python's "replace" error handler does:
// one replacement per maximal invalid subsequence (ICU's U8_NEXT implements exactly that).
#pragma once

#include <unicode/utf8.h>

#include <bit>
#include <cstdint>
#include <string_view>

namespace selon::internal {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `*pos` and advances `*pos` past it. Returns a negative value for an
// invalid subsequence (then `*pos` has skipped the whole maximal subpart).
inline int32_t NextCodepoint(std::string_view s, size_t* pos) {
  int32_t i = static_cast<int32_t>(*pos);
  const int32_t length = static_cast<int32_t>(s.size());
  UChar32 c;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  U8_NEXT(p, i, length, c);
  *pos = static_cast<size_t>(i);
  return c;
}

// Appends the UTF-8 encoding of `c` (a valid scalar value) to `out`.
template <typename String>
inline void AppendUtf8(char32_t c, String* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// Length in bytes of the leading run of ASCII bytes in s[pos..]. Checks 8 bytes at a time.
inline size_t AsciiRun(std::string_view s, size_t pos) {
  size_t i = pos;
  const size_t n = s.size();
  while (i + 8 <= n) {
    uint64_t w;
    __builtin_memcpy(&w, s.data() + i, 8);
    const uint64_t high = w & 0x8080808080808080ULL;
    if (high != 0) {
      // Little-endian: the first byte in memory is the low byte, so the first non-ASCII byte
      // is the lowest high bit set; elsewhere the bytes are counted one by one below.
      if constexpr (std::endian::native == std::endian::little)
        return i + std::countr_zero(high) / 8 - pos;
      break;
    }
    i += 8;
  }
  while (i < n && static_cast<uint8_t>(s[i]) < 0x80) ++i;
  return i - pos;
}

}  // namespace selon::internal
