// Emitter: the byte writer under JsonWriter (json_writer.cpp), which emits a record's JSON text
// straight into the output string, as nlohmann's dump would have written it (the format rules
// are at the top of json_writer.cpp). Private to the writer; in a header of its own only to keep
// json_writer.cpp to its records.
//
//   std::string out;
//   internal::Emitter e(&out, /*pretty=*/false);
//   e.BeginObject();
//   e.Field("name", std::string_view("Jean Dupont"));
//   e.EndObject();
//   e.Finish();  // out == R"({"name":"Jean Dupont"})"
//
// Not thread-safe (one per record); never allocates except to grow the output string.
#pragma once

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace selon::internal {

// True when `s` is valid UTF-8 with nothing to escape: its JSON string is its bytes in quotes.
inline bool IsPlainJsonString(std::string_view s);

// True when `s` has a byte JSON escapes (a control character, '"' or '\\'). For a `s` known to
// be valid UTF-8, !HasJsonEscapes(s) is IsPlainJsonString(s), eight bytes a test whatever their
// script (IsPlainJsonString stops at each non-ASCII byte to check its sequence).
inline bool HasJsonEscapes(std::string_view s);

// The bytes of a record on their way to the output string: gathered in a buffer of its own and
// appended to the string a kilobyte at a time, so that each small write (a key, a number,
// a bracket, a short text) is a copy into the buffer, not a call into std::string. The string
// holds what was written only after Flush().
class Sink {
 public:
  explicit Sink(std::string* out) : string_(out) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // Room for the next `n` bytes, which the caller writes at once: in the buffer, or (more than
  // it holds) at the end of the string, after what the buffer held.
  // (The common case inline, a few instructions at each of a record's writes; a full buffer out
  // of line: GCC's own choice was a call per write.)
  [[gnu::always_inline]] char* Extend(size_t n) {
    if (n > kBytes - used_) [[unlikely]]
      return Spill(n);
    char* const p = buffer_ + used_;
    used_ += n;
    return p;
  }
  [[gnu::always_inline]] void append(const char* p, size_t n) {
    if (n != 0) std::memcpy(Extend(n), p, n);
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append(size_t n, char c) {
    if (n != 0) std::memset(Extend(n), c, n);
  }
  void push_back(char c) { *Extend(1) = c; }

  // Appends the bytes gathered so far to the string; returns it.
  std::string* Flush() {
    string_->append(buffer_, used_);
    used_ = 0;
    return string_;
  }

 private:
  static constexpr size_t kBytes = 1024;  // 1, 4 and 16 KiB measured within 0.5% of each other

  // Extend's case of `n` bytes past the buffer's room: the buffer flushed, then the room in it,
  // or (more than it holds) at the end of the string.
  [[gnu::noinline]] char* Spill(size_t n) {
    Flush();
    if (n > kBytes) {
      const size_t at = string_->size();
      string_->resize(at + n);
      return string_->data() + at;
    }
    used_ = n;
    return buffer_;
  }

  std::string* string_;
  size_t used_ = 0;
  char buffer_[kBytes];
};

// Appends bytes to the record and keeps the separators and indentation of nlohmann's dump.
// What it wrote is in the output string after Finish().
class Emitter {
 public:
  Emitter(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  // Ends the writing: the record's bytes appended to the output string.
  void Finish() { out_.Flush(); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // `key` is one of the writer's field names, a literal (its length known where it is
  // written): plain ASCII, written without escaping.
  template <size_t N>
  void Key(const char (&key)[N]) {
    if (!pretty_) {
      // Compact: the comma, the quoted key and the colon in one append.
      char buffer[kMaxKey + 4];
      const size_t n = CompactKey(key, buffer);
      out_.append(buffer, n);
      return;
    }
    Item();
    out_.push_back('"');
    out_.append(key, N - 1);
    out_.append(pretty_ ? "\": " : "\":");
    after_key_ = true;
  }

  void String(std::string_view value) {
    Item();
    AppendQuoted(value);
  }
  void Uint(uint64_t value) {
    Item();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, result.ptr - buffer);
  }
  void Null() {
    Item();
    out_.append("null");
  }
  // An entity reference "e<index + 1>", or null for -1.
  void EntityRef(int64_t entity, char prefix = 'e') {
    if (entity < 0) return Null();
    Item();
    char buffer[24];
    buffer[0] = '"';
    buffer[1] = prefix;
    char* end =
        std::to_chars(buffer + 2, buffer + sizeof buffer - 1, static_cast<uint64_t>(entity) + 1)
            .ptr;
    *end++ = '"';
    out_.append(buffer, end - buffer);
  }
  // JSON text copied as it is (the caller guarantees one line of valid JSON).
  void Raw(std::string_view json_text) {
    Item();
    out_.append(json_text);
  }

  template <size_t N>
  void Field(const char (&key)[N], std::string_view value) {
    if (!pretty_ && IsPlainJsonString(value)) return CompactPlainField(key, value);
    Key(key);
    String(value);
  }
  // Field(key, value) for a `value` the caller knows to be valid UTF-8 (a slice of a valid
  // text on code point boundaries): only the bytes JSON escapes are looked for
  // (HasJsonEscapes). The same bytes as Field.
  template <size_t N>
  void FieldOfValidUtf8(const char (&key)[N], std::string_view value) {
    if (!pretty_ && !HasJsonEscapes(value)) return CompactPlainField(key, value);
    Field(key, value);
  }
  template <size_t N>
  void Field(const char (&key)[N], uint64_t value) {
    if (!pretty_) {
      // Compact: the comma, the key and the number in one append.
      char buffer[kMaxKey + 4 + 20];  // 20: the digits of the largest uint64_t
      size_t n = CompactKey(key, buffer);
      n = std::to_chars(buffer + n, buffer + sizeof buffer, value).ptr - buffer;
      after_key_ = false;
      out_.append(buffer, n);
      return;
    }
    Key(key);
    Uint(value);
  }

  // Appends `s` as a JSON string, quotes included.
  void AppendQuoted(std::string_view s);

 private:
  static constexpr int kMaxDepth = 16;  // the writer nests 5 deep at most

  static constexpr size_t kMaxKey = 16;  // the longest field name ("sentence" is 8)

  // Compact mode, `value` with nothing to escape: the comma, the key and the quoted value in
  // one copy.
  template <size_t N>
  [[gnu::always_inline]] void CompactPlainField(const char (&key)[N], std::string_view value) {
    char buffer[kMaxKey + 4];
    const size_t n = CompactKey(key, buffer);
    after_key_ = false;
    char* const o = out_.Extend(n + value.size() + 2);
    std::memcpy(o, buffer, n);
    o[n] = '"';
    if (!value.empty()) std::memcpy(o + n + 1, value.data(), value.size());
    o[n + 1 + value.size()] = '"';
  }

  // Compact mode: writes to `buffer` (kMaxKey + 4 bytes) what Item() then Key(key) append (the
  // comma if any, the quoted key, the colon) and returns its length.
  template <size_t N>
  size_t CompactKey(const char (&key)[N], char* buffer) {
    static_assert(N - 1 <= kMaxKey, "a field name longer than kMaxKey");
    size_t n = 0;
    if (!after_key_ && depth_ != 0) {  // Item(): a key is never the value of a key
      if (has_items_[depth_]) buffer[n++] = ',';
      has_items_[depth_] = true;
    }
    buffer[n++] = '"';
    std::memcpy(buffer + n, key, N - 1);  // a constant size: no call
    n += N - 1;
    buffer[n++] = '"';
    buffer[n++] = ':';
    after_key_ = true;
    return n;
  }

  // Before a value: the comma and the newline + indentation of an array item or object key;
  // nothing for the value that follows a key.
  void Item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (has_items_[depth_]) out_.push_back(',');
    has_items_[depth_] = true;
    if (pretty_) {
      out_.push_back('\n');
      out_.append(2 * depth_, ' ');
    }
  }
  void Open(char bracket) {
    Item();
    out_.push_back(bracket);
    has_items_[++depth_] = false;
  }
  void Close(char bracket) {
    const bool had_items = has_items_[depth_--];
    if (pretty_ && had_items) {
      out_.push_back('\n');
      out_.append(2 * depth_, ' ');
    }
    out_.push_back(bracket);
  }

  Sink out_;
  bool pretty_;
  bool after_key_ = false;
  int depth_ = 0;
  bool has_items_[kMaxDepth + 1] = {};
};

// Length of the valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or values above
// U+10FFFF) that starts with the non-ASCII byte at `p`, or 0 when it is invalid.
inline size_t Utf8SequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char b = p[0];
  auto cont = [&](size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return p + i < end && p[i] >= lo && p[i] <= hi;
  };
  if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    const unsigned char lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// The bytes of `w` (8 bytes of text; on little-endian machines the first is the low byte) that
// JSON escapes (a control character, '"' or '\\'), as the high bit of each byte. Zero when none
// is; when one is, its byte is set (bytes above it may be set too).
inline uint64_t JsonEscapes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t below_space = (w - kOnes * 0x20) & ~w;
  const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
  const uint64_t has_quote = (quote - kOnes) & ~quote;
  const uint64_t has_backslash = (backslash - kOnes) & ~backslash;
  return (below_space | has_quote | has_backslash) & kHigh;
}

// The bytes of `w` that may need care: JsonEscapes' and the non-ASCII ones. The lowest one set
// is exact; those above it may err towards true (the byte loop then decides).
inline uint64_t MayNeedCare(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  return (w & kHigh) | JsonEscapes(w);
}

// From `p`, eight bytes a step: the first byte that may need care (MayNeedCare), or `end` when
// none does (on a big-endian machine, the start of the word holding it, or where fewer than
// eight bytes are left). `begin` is the start of the string (`begin <= p`). On little-endian
// machines the last one to seven bytes are tested as one word too, the bytes past `end` taken as
// spaces (which never need care, so MayNeedCare's lowest set byte is still exact): the short texts
// of a record (names, mention texts) cost a word test, not a byte loop. That word is the eight
// bytes that end at `end` shifted down when the string has them, else a copy.
inline const unsigned char* SkipPlainBytes(const unsigned char* begin, const unsigned char* p,
                                           const unsigned char* end) {
  while (end - p >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t care = MayNeedCare(w);
    if (care == 0) {
      p += 8;
      continue;
    }
    if constexpr (std::endian::native == std::endian::little) p += std::countr_zero(care) / 8;
    return p;
  }
  if constexpr (std::endian::native == std::endian::little) {
    if (p < end) {
      constexpr uint64_t kSpaces = 0x2020202020202020ULL;
      const unsigned shift = 8 * static_cast<unsigned>(8 - (end - p));  // 8..56
      uint64_t w;
      if (end - begin >= 8) {
        std::memcpy(&w, end - 8, 8);
        w = (w >> shift) | (kSpaces << (64 - shift));
      } else {
        w = kSpaces;
        std::memcpy(&w, p, static_cast<size_t>(end - p));
      }
      const uint64_t care = MayNeedCare(w);
      return care == 0 ? end : p + std::countr_zero(care) / 8;
    }
  }
  return p;
}

inline bool HasJsonEscapes(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t w;
  if (n >= 8) {
    // Eight bytes a step, then the last eight (which may overlap the bytes already tested).
    for (; n > 8; n -= 8, p += 8) {
      std::memcpy(&w, p, 8);
      if (JsonEscapes(w) != 0) return true;
    }
    std::memcpy(&w, s.data() + s.size() - 8, 8);
    return JsonEscapes(w) != 0;
  }
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    if (b < 0x20 || b == '"' || b == '\\') return true;
  }
  return false;
}

inline bool IsPlainJsonString(std::string_view s) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin;
  const auto* const end = p + s.size();
  while (p < end) {
    p = SkipPlainBytes(begin, p, end);
    if (p >= end) break;
    const unsigned char b = *p;
    if (b >= 0x80) {
      const size_t n = Utf8SequenceLength(p, end);
      if (n == 0) return false;
      p += n;
      continue;
    }
    if (b < 0x20 || b == '"' || b == '\\') return false;
    ++p;
  }
  return true;
}

inline void Emitter::AppendQuoted(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (IsPlainJsonString(s)) {
    // The common case: the quotes and the bytes written at once.
    char* const o = out_.Extend(s.size() + 2);
    o[0] = '"';
    if (!s.empty()) std::memcpy(o + 1, s.data(), s.size());
    o[s.size() + 1] = '"';
    return;
  }
  // (Rare: written to the string itself, so that invalid UTF-8 can take back what was written.)
  std::string* const out = out_.Flush();
  const size_t record_size = out->size();
  out->push_back('"');
  const auto* const begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin;
  const auto* const end = p + s.size();
  const auto* run = p;  // start of the bytes not yet appended
  while (p < end) {
    p = SkipPlainBytes(begin, p, end);  // straight to the first byte that needs care
    if (p >= end) break;
    const unsigned char b = *p;
    if (b >= 0x80) {
      const size_t n = Utf8SequenceLength(p, end);
      if (n == 0) {
        // Invalid UTF-8: nlohmann's own replacement, so the bytes are as they always were.
        out->resize(record_size);
        out->append(
            nlohmann::json(std::string(s))
                .dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace));
        return;
      }
      p += n;
      continue;
    }
    if (b >= 0x20 && b != '"' && b != '\\') {
      ++p;
      continue;
    }
    out->append(reinterpret_cast<const char*>(run), p - run);
    switch (b) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\r':
        out->append("\\r");
        break;
      default: {
        const char escape[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
        out->append(escape, sizeof escape);
      }
    }
    run = ++p;
  }
  out->append(reinterpret_cast<const char*>(run), p - run);
  out->push_back('"');
}

}  // namespace selon::internal
