#include "cli/json_object_scan.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace selon::cli {
namespace {

using Byte = unsigned char;

// The first surrogate code points of each half (UTF-16), as nlohmann checks them.
constexpr uint32_t kHighSurrogateFirst = 0xD800, kLowSurrogateFirst = 0xDC00;
constexpr uint32_t kLowSurrogateLast = 0xDFFF;

bool IsJsonSpace(Byte c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int HexValue(Byte c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the four hex digits at p[0..4) (p + 4 <= end checked by the caller), or -1.
int32_t Hex4(const Byte* p) {
  int32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    const int h = HexValue(p[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// The length of the UTF-8 sequence at p (lead byte >= 0x80) if it is well formed (RFC 3629, the
// ranges nlohmann checks: no overlong form, no surrogate, nothing beyond U+10FFFF), else 0.
size_t Utf8SequenceLength(const Byte* p, const Byte* end) {
  const Byte c = p[0];
  auto in = [&](size_t i, Byte lo, Byte hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
  if (c >= 0xC2 && c <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3)
    return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// The first byte at or after p that is a quote, a backslash, a control character or not ASCII
// (end when none is).
const Byte* NextSpecial(const Byte* p, const Byte* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(0x20);
  for (; end - p >= 16; p += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed compare: the bytes from 0x80 up are negative, so "< 0x20" takes them with the
    // control characters.
    const __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                     _mm_cmplt_epi8(v, space));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask != 0) return p + __builtin_ctz(mask);
  }
#endif
  for (; p < end; ++p)
    if (*p == '"' || *p == '\\' || *p < 0x20 || *p >= 0x80) return p;
  return end;
}

class Scanner {
 public:
  Scanner(std::string_view line, int max_depth, std::vector<JsonMember>* members)
      : begin_(reinterpret_cast<const Byte*>(line.data())),
        p_(begin_),
        end_(begin_ + line.size()),
        max_depth_(max_depth),
        members_(members) {}

  bool Line() {
    if (end_ - p_ >= 3 && p_[0] == 0xEF && p_[1] == 0xBB && p_[2] == 0xBF) p_ += 3;
    SkipSpace();
    if (p_ == end_ || *p_ != '{' || !Object(1, /*top=*/true)) return false;
    SkipSpace();
    return p_ == end_;
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && IsJsonSpace(*p_)) ++p_;
  }

  // *p_ is '{'.
  bool Object(int depth, bool top) {
    if (depth > max_depth_) return false;
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    while (true) {
      if (p_ == end_ || *p_ != '"') return false;
      JsonMember m;
      m.key_begin = Offset();
      if (!String()) return false;
      m.key_end = Offset();
      SkipSpace();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      SkipSpace();
      m.value_begin = Offset();
      if (!Value(depth)) return false;
      m.value_end = Offset();
      if (top) members_->push_back(m);
      SkipSpace();
      if (p_ == end_) return false;
      if (*p_ == '}') {
        ++p_;
        return true;
      }
      if (*p_ != ',') return false;
      ++p_;
      SkipSpace();
    }
  }

  // *p_ is '['.
  bool Array(int depth) {
    if (depth > max_depth_) return false;
    ++p_;
    SkipSpace();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    while (true) {
      if (!Value(depth)) return false;
      SkipSpace();
      if (p_ == end_) return false;
      if (*p_ == ']') {
        ++p_;
        return true;
      }
      if (*p_ != ',') return false;
      ++p_;
      SkipSpace();
    }
  }

  // A value inside a container at `depth`.
  bool Value(int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"':
        return String();
      case '{':
        return Object(depth + 1, /*top=*/false);
      case '[':
        return Array(depth + 1);
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number();
    }
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0)
      return false;
    p_ += word.size();
    return true;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)? ; an exponent is left to nlohmann.
  bool Number() {
    const Byte* start = p_;
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    if (*p_++ != '0')
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    return static_cast<size_t>(p_ - start) <= kMaxScannedNumberBytes;
  }

  // *p_ is the opening quote.
  bool String() {
    const Byte* p = p_ + 1;
    while (true) {
      p = NextSpecial(p, end_);
      if (p == end_) return false;
      const Byte c = *p;
      if (c == '"') {
        p_ = p + 1;
        return true;
      }
      if (c == '\\') {
        p = Escape(p);
        if (p == nullptr) return false;
      } else if (c < 0x20) {
        return false;
      } else {
        const size_t n = Utf8SequenceLength(p, end_);
        if (n == 0) return false;
        p += n;
      }
    }
  }

  // p is at a backslash: the byte after the escape, or null when it is not valid.
  const Byte* Escape(const Byte* p) const {
    if (end_ - p < 2) return nullptr;
    switch (p[1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return p + 2;
      case 'u':
        break;
      default:
        return nullptr;
    }
    if (end_ - p < 6) return nullptr;
    const int32_t unit = Hex4(p + 2);
    if (unit < 0) return nullptr;
    const uint32_t u = static_cast<uint32_t>(unit);
    if (u < kHighSurrogateFirst || u > kLowSurrogateLast) return p + 6;
    if (u >= kLowSurrogateFirst) return nullptr;  // a low surrogate alone
    if (end_ - p < 12 || p[6] != '\\' || p[7] != 'u') return nullptr;
    const int32_t low = Hex4(p + 8);
    if (low < static_cast<int32_t>(kLowSurrogateFirst) ||
        low > static_cast<int32_t>(kLowSurrogateLast))
      return nullptr;
    return p + 12;
  }

  size_t Offset() const { return static_cast<size_t>(p_ - begin_); }

  const Byte* begin_;
  const Byte* p_;
  const Byte* end_;
  int max_depth_;
  std::vector<JsonMember>* members_;
};

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

bool ScanJsonObject(std::string_view line, int max_depth, std::vector<JsonMember>* members) {
  members->clear();
  return Scanner(line, max_depth, members).Line();
}

void AppendDecodedJsonString(std::string_view quoted, std::string* out) {
  const std::string_view inner = quoted.substr(1, quoted.size() - 2);
  out->reserve(out->size() + inner.size());
  size_t i = 0;
  while (true) {
    const size_t slash = inner.find('\\', i);
    out->append(inner.substr(i, slash == std::string_view::npos ? slash : slash - i));
    if (slash == std::string_view::npos) return;
    const char e = inner[slash + 1];
    i = slash + 2;
    switch (e) {
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'u': {
        const Byte* p = reinterpret_cast<const Byte*>(inner.data()) + slash;
        uint32_t cp = static_cast<uint32_t>(Hex4(p + 2));
        i = slash + 6;
        if (cp >= kHighSurrogateFirst && cp < kLowSurrogateFirst) {
          const uint32_t low = static_cast<uint32_t>(Hex4(p + 8));
          cp = 0x10000 + ((cp - kHighSurrogateFirst) << 10) + (low - kLowSurrogateFirst);
          i = slash + 12;
        }
        AppendUtf8(cp, out);
        break;
      }
      default:  // '"', '\\', '/'
        out->push_back(e);
    }
  }
}

bool JsonStringEquals(std::string_view quoted, std::string_view value) {
  const std::string_view inner = quoted.substr(1, quoted.size() - 2);
  if (inner.find('\\') == std::string_view::npos) return inner == value;
  std::string decoded;
  AppendDecodedJsonString(quoted, &decoded);
  return decoded == value;
}

}  // namespace selon::cli
