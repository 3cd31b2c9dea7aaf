// JsonWriter appends JSON text straight to the output string: no DOM per record.
//
// The records used to be built as nlohmann::ordered_json and dumped; that cost more than the
// whole analysis of a document (an allocation per node, a map insertion per field, a copy per
// span text). The writer now emits the same bytes directly, so the output stays byte-identical
// to that of `ordered_json::dump(pretty ? 2 : -1, ' ', false, error_handler_t::replace)`:
//
//   - compact: `{"key":value,...}`, `[a,b]`; pretty: nlohmann's indent-2 layout, `": "`
//     after keys, and `{}` / `[]` for empty containers (Emitter tracks whether a container
//     has items yet, so a container is opened before its size is known).
//   - strings: `"` `\` and control characters escaped as nlohmann does (\b \t \n \f \r short
//     forms, others \u00xx in lower case), everything else (DEL, non-ASCII) copied as is. A
//     string that is not valid UTF-8 is handed to nlohmann itself, whose replacement policy is
//     then exactly the old one; span texts are always valid (OffsetConverter replaces).
//   - `id` and `meta` are arbitrary JSON from the input, given as JSON text (RecordOrigin) and
//     copied verbatim, in pretty mode too (the caller guarantees one line of valid JSON).
//
// Offsets are converted with an OffsetConverter::Cursor, in increasing order where the record
// allows: mention spans are converted in text order before being grouped by entity.
#include "selon/json_writer.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace selon {
namespace {

// True when `s` is valid UTF-8 with nothing to escape: its JSON string is its bytes in quotes.
inline bool IsPlainJsonString(std::string_view s);

// The bytes of a record on their way to the output string: gathered in a buffer of its own and
// appended to the string a few kilobytes at a time, so that each small write (a key, a number,
// a bracket, a short text) is a copy into the buffer, not a call into std::string. The string
// holds what was written only after Flush().
class Sink {
 public:
  explicit Sink(std::string* out) : string_(out) {}
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  // Room for the next `n` bytes, which the caller writes at once: in the buffer, or (more than
  // it holds) at the end of the string, after what the buffer held.
  char* Extend(size_t n) {
    if (n > kBytes - used_) {
      Flush();
      if (n > kBytes) {
        const size_t at = string_->size();
        string_->resize(at + n);
        return string_->data() + at;
      }
    }
    char* const p = buffer_ + used_;
    used_ += n;
    return p;
  }
  void append(const char* p, size_t n) {
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
    if (!pretty_ && IsPlainJsonString(value)) {
      // Compact, nothing to escape: the comma, the key and the quoted value in one copy.
      char buffer[kMaxKey + 4];
      const size_t n = CompactKey(key, buffer);
      after_key_ = false;
      char* const o = out_.Extend(n + value.size() + 2);
      std::memcpy(o, buffer, n);
      o[n] = '"';
      if (!value.empty()) std::memcpy(o + n + 1, value.data(), value.size());
      o[n + 1 + value.size()] = '"';
      return;
    }
    Key(key);
    String(value);
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

// The bytes of `w` (8 bytes of text; on little-endian machines the first is the low byte) that may
// need care: non-ASCII, a control character, '"' or '\', as the high bit of each byte. The lowest
// one set is exact; those above it may err towards true (the byte loop then decides).
inline uint64_t MayNeedCare(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t below_space = (w - kOnes * 0x20) & ~w;
  const uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
  const uint64_t has_quote = (quote - kOnes) & ~quote;
  const uint64_t has_backslash = (backslash - kOnes) & ~backslash;
  return (w | below_space | has_quote | has_backslash) & kHigh;
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

void Emitter::AppendQuoted(std::string_view s) {
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

// A span in output units plus its original bytes (for the text).
struct OutSpan {
  uint64_t start = 0, end = 0;
  uint32_t orig_begin = 0, orig_end = 0;
};

// Converts analysis-text spans to output spans of one document.
class SpanWriter {
 public:
  SpanWriter(const Document& doc, OffsetUnit unit)
      : doc_(doc), converter_(doc.original()), unit_(unit) {}

  OutSpan Convert(uint32_t begin, uint32_t end) {
    const ByteSpan orig = doc_.ToOriginal({begin, end});
    OutSpan span;
    span.orig_begin = orig.begin;
    span.orig_end = orig.end;
    span.start = converter_.Convert(orig.begin, unit_, &cursor_);
    span.end = converter_.Convert(orig.end, unit_, &cursor_);
    return span;
  }

  // "start", "end", "text" fields of `span`.
  void Write(const OutSpan& span, Emitter* e) const {
    e->Field("start", span.start);
    e->Field("end", span.end);
    if (converter_.valid_utf8()) {
      const std::string_view text = converter_.text();
      const uint64_t end = std::min<uint64_t>(span.orig_end, text.size());
      e->Field("text", span.orig_begin < end ? text.substr(span.orig_begin, end - span.orig_begin)
                                             : std::string_view());
    } else {
      e->Field("text", converter_.Slice(span.orig_begin, span.orig_end));
    }
  }
  void Write(uint32_t begin, uint32_t end, Emitter* e) { Write(Convert(begin, end), e); }

  // An original byte offset in the output unit (warnings; out of order, no cursor).
  uint64_t Offset(uint32_t original_byte) const { return converter_.Convert(original_byte, unit_); }
  uint64_t Length() const { return converter_.Length(unit_); }

 private:
  const Document& doc_;
  OffsetConverter converter_;
  OffsetUnit unit_;
  OffsetConverter::Cursor cursor_;
};

// The head of a record: its id and meta as JSON text.
using Origin = RecordOrigin;

// "schema", "id", "path", "line".
void Provenance(const Origin& origin, Emitter* e) {
  e->Field("schema", kSchemaVersion);
  e->Key("id");
  e->Raw(origin.id_json.empty() ? std::string_view("null") : origin.id_json);
  if (origin.path) e->Field("path", *origin.path);
  if (origin.line) e->Field("line", *origin.line);
}

void Meta(const Origin& origin, Emitter* e) {
  if (!origin.meta_json.empty()) {
    e->Key("meta");
    e->Raw(origin.meta_json);
  }
}

void Header(const Origin& origin, OffsetUnit unit, const SpanWriter& spans, Emitter* e) {
  Provenance(origin, e);
  e->Field("offsets", OffsetUnitName(unit));
  e->Field("length", spans.Length());
}

void Sentences(const Analysis& analysis, SpanWriter* spans, Emitter* e) {
  e->Key("sentences");
  e->BeginArray();
  for (const Sentence& s : analysis.sentences) {
    e->BeginObject();
    spans->Write(s.begin, s.end, e);
    e->EndObject();
  }
  e->EndArray();
}

// `n` elements of a trivial type T: on the stack up to `Inline`, else on the heap. The record's
// per-entity and per-mention indexes live here, so that writing a record of ordinary size
// allocates nothing (a JsonWriter is const and shared by the threads: it has no buffers of its
// own to reuse). Elements are not initialized.
template <typename T, size_t Inline>
class RecordBuffer {
 public:
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
  explicit RecordBuffer(size_t n)
      : heap_(n > Inline ? std::make_unique_for_overwrite<T[]>(n) : nullptr) {}
  RecordBuffer(const RecordBuffer&) = delete;
  RecordBuffer& operator=(const RecordBuffer&) = delete;
  T* data() { return heap_ != nullptr ? heap_.get() : reinterpret_cast<T*>(inline_); }

 private:
  alignas(T) unsigned char inline_[Inline * sizeof(T)];
  std::unique_ptr<T[]> heap_;
};

// Entities that have mentions, in index order; each with its mentions and roles in their order.
void Entities(const Analysis& analysis, SpanWriter* spans, Emitter* e) {
  const size_t n = analysis.entities.size();
  const size_t mentions = analysis.mentions.size(), roles = analysis.roles.size();
  // Mention spans converted in text order, then grouped by entity (counting sort).
  RecordBuffer<OutSpan, 256> mention_span_buffer(mentions);
  OutSpan* const mention_spans = mention_span_buffer.data();
  for (size_t i = 0; i < mentions; ++i) {
    const Mention& m = analysis.mentions[i];
    mention_spans[i] = spans->Convert(m.begin, m.end);
  }
  // One block of indexes: first[n + 1], order[mentions], role_first[n + 1], role_order[roles],
  // next[n] (the fill position of each entity, for one grouping then the other).
  RecordBuffer<uint32_t, 1024> index_buffer(3 * n + 2 + mentions + roles);
  uint32_t* const first = index_buffer.data();
  uint32_t* const order = first + n + 1;
  uint32_t* const role_first = order + mentions;
  uint32_t* const role_order = role_first + n + 1;
  uint32_t* const next = role_order + roles;
  std::fill(first, first + n + 1, 0);
  for (const Mention& m : analysis.mentions) ++first[m.entity + 1];
  for (size_t i = 0; i < n; ++i) first[i + 1] += first[i];
  std::copy(first, first + n, next);
  for (uint32_t i = 0; i < mentions; ++i) order[next[analysis.mentions[i].entity]++] = i;
  std::fill(role_first, role_first + n + 1, 0);
  for (const Role& r : analysis.roles) ++role_first[r.entity + 1];
  for (size_t i = 0; i < n; ++i) role_first[i + 1] += role_first[i];
  std::copy(role_first, role_first + n, next);
  for (uint32_t i = 0; i < roles; ++i) role_order[next[analysis.roles[i].entity]++] = i;

  e->Key("entities");
  e->BeginArray();
  for (size_t id = 0; id < n; ++id) {
    if (first[id] == first[id + 1]) continue;  // no mention: not output
    const Entity& entity = analysis.entities[id];
    e->BeginObject();
    e->Key("id");
    e->EntityRef(static_cast<int64_t>(id));
    e->Field("type", EntityTypeName(entity.type));
    e->Field("name", entity.name);
    if (!entity.kb.empty()) e->Field("kb", entity.kb);
    e->Key("mentions");
    e->BeginArray();
    for (uint32_t k = first[id]; k < first[id + 1]; ++k) {
      const Mention& m = analysis.mentions[order[k]];
      e->BeginObject();
      spans->Write(mention_spans[order[k]], e);
      e->Field("sentence", m.sentence);
      e->Field("via", m.via);
      e->EndObject();
    }
    e->EndArray();
    if (role_first[id] != role_first[id + 1]) {
      e->Key("roles");
      e->BeginArray();
      for (uint32_t k = role_first[id]; k < role_first[id + 1]; ++k) {
        const Role& r = analysis.roles[role_order[k]];
        e->BeginObject();
        e->Field("role", r.role);
        if (r.of >= 0) {
          e->Key("of");
          e->EntityRef(r.of);
        }
        spans->Write(r.begin, r.end, e);
        e->EndObject();
      }
      e->EndArray();
    }
    e->EndObject();
  }
  e->EndArray();
}

// {"start", "end", "text", "entity"}: a claim role or a source credit; then "name" when given
// (a claim's speaker resolved to an entity).
void RoleSpan(uint32_t begin, uint32_t end, int32_t entity, SpanWriter* spans, Emitter* e,
              const std::string_view* name = nullptr) {
  e->BeginObject();
  spans->Write(begin, end, e);
  e->Key("entity");
  e->EntityRef(entity);
  if (name != nullptr) e->Field("name", *name);
  e->EndObject();
}

void Claims(const Analysis& analysis, SpanWriter* spans, Emitter* e) {
  e->Key("claims");
  e->BeginArray();
  for (size_t i = 0; i < analysis.claims.size(); ++i) {
    const Attribution& c = analysis.claims[i];
    e->BeginObject();
    e->Key("id");
    e->EntityRef(static_cast<int64_t>(i), 'c');
    e->Field("kind", ClaimKindName(c.kind));
    e->Field("sentence", c.sentence);
    e->Key("speaker");
    if (c.speaker.present()) {
      // The resolved entity's canonical name travels with the claim, so that
      // `.claims[] | .speaker.name` needs no join with "entities".
      const std::string_view* name =
          c.speaker.entity >= 0 ? &analysis.entities[c.speaker.entity].name : nullptr;
      RoleSpan(c.speaker.begin, c.speaker.end, c.speaker.entity, spans, e, name);
    } else {
      e->Null();
    }
    e->Key("cue");
    e->BeginObject();
    spans->Write(c.cue_begin, c.cue_end, e);
    e->Field("lemma", c.lemma);
    e->EndObject();
    e->Key("content");
    e->BeginObject();
    spans->Write(c.content_begin, c.content_end, e);
    e->EndObject();
    if (c.addressee.present()) {
      e->Key("addressee");
      RoleSpan(c.addressee.begin, c.addressee.end, c.addressee.entity, spans, e);
    }
    if (c.via.present()) {
      e->Key("via");
      RoleSpan(c.via.begin, c.via.end, c.via.entity, spans, e);
    }
    e->EndObject();
  }
  e->EndArray();
}

void Warning(std::string_view code, uint64_t start, std::string_view message, Emitter* e) {
  e->BeginObject();
  e->Field("code", code);
  e->Field("start", start);
  e->Field("message", message);
  e->EndObject();
}

// "warnings" when there are any: the document's, then (with an analysis) unbalanced quotes.
void Warnings(const Document& doc, const Analysis* analysis, const SpanWriter& spans, Emitter* e) {
  if (doc.warnings().empty() && (analysis == nullptr || analysis->unbalanced_quotes.empty()))
    return;
  e->Key("warnings");
  e->BeginArray();
  for (const InputWarning& w : doc.warnings())
    Warning(w.code, spans.Offset(w.offset), w.message, e);
  if (analysis != nullptr) {
    const std::vector<uint32_t>& quotes = analysis->unbalanced_quotes;
    const size_t listed = std::min(quotes.size(), kMaxListedQuoteWarnings);
    for (size_t i = 0; i < listed; ++i) {
      Warning("unbalanced_quotes", spans.Offset(doc.ToOriginal({quotes[i], quotes[i]}).begin),
              "quotation mark without its pair", e);
    }
    if (quotes.size() > listed) {
      const std::string message = std::to_string(quotes.size() - listed) +
                                  " more quotation marks without their pair not listed";
      Warning("unbalanced_quotes",
              spans.Offset(doc.ToOriginal({quotes[listed], quotes[listed]}).begin), message, e);
    }
  }
  e->EndArray();
}

void Result(const Document& doc, const Analysis& analysis, const Origin& origin,
            const WriterOptions& options, std::string* out) {
  SpanWriter spans(doc, options.unit);
  Emitter e(out, options.pretty);
  e.BeginObject();
  Header(origin, options.unit, spans, &e);
  Entities(analysis, &spans, &e);
  Claims(analysis, &spans, &e);
  if (!analysis.sources.empty()) {
    e.Key("sources");
    e.BeginArray();
    for (const SourceCredit& s : analysis.sources) RoleSpan(s.begin, s.end, s.entity, &spans, &e);
    e.EndArray();
  }
  if (options.sentences) Sentences(analysis, &spans, &e);
  Warnings(doc, &analysis, spans, &e);
  Meta(origin, &e);
  e.EndObject();
  e.Finish();
  out->push_back('\n');
}

void Tokens(const Document& doc, const Analysis& analysis, const Origin& origin,
            const WriterOptions& options, std::string* out) {
  SpanWriter spans(doc, options.unit);
  Emitter e(out, options.pretty);
  e.BeginObject();
  Header(origin, options.unit, spans, &e);
  e.Key("tokens");
  e.BeginArray();
  for (const Token& t : analysis.tokens) {
    e.BeginObject();
    spans.Write(t.begin, t.end, &e);
    e.Field("kind", TokenKindName(t.kind));
    e.EndObject();
  }
  e.EndArray();
  Sentences(analysis, &spans, &e);
  Warnings(doc, nullptr, spans, &e);
  e.EndObject();
  e.Finish();
  out->push_back('\n');
}

void Error(const Origin& origin, const RecordError& error, bool pretty, std::string* out) {
  Emitter e(out, pretty);
  e.BeginObject();
  Provenance(origin, &e);
  e.Key("error");
  e.BeginObject();
  e.Field("code", error.code);
  e.Field("message", error.message);
  if (error.line) e.Field("line", *error.line);
  if (error.path) e.Field("path", *error.path);
  e.EndObject();
  e.EndObject();
  e.Finish();
  out->push_back('\n');
}

}  // namespace

void JsonWriter::WriteResult(const Document& doc, const Analysis& analysis,
                             const RecordOrigin& origin, std::string* out) const {
  Result(doc, analysis, origin, options_, out);
}

void JsonWriter::WriteTokens(const Document& doc, const Analysis& analysis,
                             const RecordOrigin& origin, std::string* out) const {
  Tokens(doc, analysis, origin, options_, out);
}

void JsonWriter::WriteError(const RecordOrigin& origin, const RecordError& error,
                            std::string* out) const {
  Error(origin, error, options_.pretty, out);
}

}  // namespace selon
