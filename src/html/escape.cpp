// Escaping scans eight bytes at a time for the few bytes that need care (SWAR, as the JSON
// writer's strings), since the whole text of every document goes through it.
#include "html/escape.h"

#include <cstdint>
#include <cstring>

namespace selon::html {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;

// Nonzero when one of the 8 bytes of `w` equals `c` (may err towards nonzero for bytes >= 0x80,
// which the byte loop then decides).
inline uint64_t HasByte(uint64_t w, unsigned char c) {
  const uint64_t x = w ^ (kOnes * c);
  return (x - kOnes) & ~x & kHigh;
}

template <bool kAttribute>
void Append(std::string_view text, std::string* out) {
  const char* p = text.data();
  const char* const end = p + text.size();
  const char* run = p;  // start of the bytes not yet appended
  while (p < end) {
    if (end - p >= 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      uint64_t care = HasByte(w, '&') | HasByte(w, '<') | HasByte(w, '>') | HasByte(w, 0);
      if (kAttribute) care |= HasByte(w, '"');
      if (care == 0) {
        p += 8;
        continue;
      }
    }
    const char* entity;
    switch (*p) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '\0':
        entity = "\xEF\xBF\xBD";  // U+FFFD
        break;
      case '"':
        if (kAttribute) {
          entity = "&quot;";
          break;
        }
        [[fallthrough]];
      default:
        ++p;
        continue;
    }
    out->append(run, p - run);
    out->append(entity);
    run = ++p;
  }
  out->append(run, p - run);
}

}  // namespace

void AppendText(std::string_view text, std::string* out) { Append<false>(text, out); }

void AppendAttribute(std::string_view text, std::string* out) { Append<true>(text, out); }

}  // namespace selon::html
