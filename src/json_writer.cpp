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

#include "json_emitter.h"

namespace selon {
namespace {

using internal::Emitter;

// A span in output units plus its original bytes (for the text).
struct OutSpan {
  uint64_t start = 0, end = 0;
  uint32_t orig_begin = 0, orig_end = 0;
};

// Converts analysis-text spans to output spans of one document.
class SpanWriter {
 public:
  SpanWriter(const Document& doc, OffsetUnit unit)
      : doc_(doc),
        converter_(doc.valid_utf8() ? OffsetConverter(doc.original(), OffsetConverter::ValidUtf8{})
                                    : OffsetConverter(doc.original())),
        unit_(unit) {}

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
      if (span.orig_begin >= end) {
        e->Field("text", std::string_view());
        return;
      }
      const std::string_view slice = text.substr(span.orig_begin, end - span.orig_begin);
      // A slice of the valid text that starts and ends on code point boundaries (no
      // continuation byte at either) is valid UTF-8: only its escapes are looked for.
      auto continuation = [&](uint64_t i) {
        return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
      };
      if (!continuation(span.orig_begin) && (end == text.size() || !continuation(end)))
        e->FieldOfValidUtf8("text", slice);
      else
        e->Field("text", slice);
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
