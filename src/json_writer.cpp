#include "selon/json_writer.h"

namespace selon {
namespace {

using ojson = nlohmann::ordered_json;

// Converts analysis-text spans to output spans of one document.
class SpanWriter {
 public:
  SpanWriter(const Document& doc, OffsetUnit unit)
      : doc_(doc), converter_(doc.original()), unit_(unit) {}

  ojson Span(uint32_t begin, uint32_t end) const {
    const ByteSpan orig = doc_.ToOriginal({begin, end});
    ojson span = ojson::object();
    span["start"] = converter_.Convert(orig.begin, unit_);
    span["end"] = converter_.Convert(orig.end, unit_);
    span["text"] = converter_.Slice(orig.begin, orig.end);
    return span;
  }

  uint64_t Offset(uint32_t original_byte) const { return converter_.Convert(original_byte, unit_); }
  uint64_t Length() const { return converter_.Length(unit_); }

 private:
  const Document& doc_;
  OffsetConverter converter_;
  OffsetUnit unit_;
};

ojson Sentences(const Analysis& analysis, const SpanWriter& spans) {
  ojson list = ojson::array();
  for (const Sentence& s : analysis.sentences) list.push_back(spans.Span(s.begin, s.end));
  return list;
}

ojson Entities(const Analysis& analysis, const SpanWriter& spans) {
  std::vector<ojson> list(analysis.entities.size());
  for (const Mention& m : analysis.mentions) {
    ojson& e = list[m.entity];
    if (e.is_null()) {
      const Entity& entity = analysis.entities[m.entity];
      e = ojson::object();
      e["id"] = "e" + std::to_string(m.entity + 1);
      e["type"] = EntityTypeName(entity.type);
      e["name"] = std::string(entity.name);
      if (!entity.kb.empty()) e["kb"] = std::string(entity.kb);
      e["mentions"] = ojson::array();
    }
    ojson mention = spans.Span(m.begin, m.end);
    mention["sentence"] = m.sentence;
    mention["via"] = std::string(m.via);
    e["mentions"].push_back(std::move(mention));
  }
  for (const Role& r : analysis.roles) {
    ojson& e = list[r.entity];
    if (e.is_null()) continue;
    if (!e.contains("roles")) e["roles"] = ojson::array();
    ojson role = ojson::object();
    role["role"] = std::string(r.role);
    if (r.of >= 0) role["of"] = "e" + std::to_string(r.of + 1);
    ojson span = spans.Span(r.begin, r.end);
    role["start"] = span["start"];
    role["end"] = span["end"];
    role["text"] = span["text"];
    e["roles"].push_back(std::move(role));
  }
  ojson out = ojson::array();
  for (ojson& e : list)
    if (!e.is_null()) out.push_back(std::move(e));
  return out;
}

ojson EntityId(int32_t entity) {
  return entity < 0 ? ojson(nullptr) : ojson("e" + std::to_string(entity + 1));
}

ojson Role(const ClaimRole& r, const SpanWriter& spans) {
  ojson span = spans.Span(r.begin, r.end);
  span["entity"] = EntityId(r.entity);
  return span;
}

ojson Claims(const Analysis& analysis, const SpanWriter& spans) {
  ojson list = ojson::array();
  for (size_t i = 0; i < analysis.claims.size(); ++i) {
    const Attribution& c = analysis.claims[i];
    ojson claim = ojson::object();
    claim["id"] = "c" + std::to_string(i + 1);
    claim["kind"] = ClaimKindName(c.kind);
    claim["sentence"] = c.sentence;
    claim["speaker"] = c.speaker.present() ? Role(c.speaker, spans) : ojson(nullptr);
    ojson cue = spans.Span(c.cue_begin, c.cue_end);
    cue["lemma"] = std::string(c.lemma);
    claim["cue"] = std::move(cue);
    claim["content"] = spans.Span(c.content_begin, c.content_end);
    if (c.addressee.present()) claim["addressee"] = Role(c.addressee, spans);
    if (c.via.present()) claim["via"] = Role(c.via, spans);
    list.push_back(std::move(claim));
  }
  return list;
}

ojson Warnings(const Document& doc, const Analysis* analysis, const SpanWriter& spans) {
  ojson warnings = ojson::array();
  for (const InputWarning& w : doc.warnings()) {
    warnings.push_back(
        {{"code", w.code}, {"start", spans.Offset(w.offset)}, {"message", w.message}});
  }
  if (analysis != nullptr) {
    for (uint32_t offset : analysis->unbalanced_quotes) {
      warnings.push_back({{"code", "unbalanced_quotes"},
                          {"start", spans.Offset(doc.ToOriginal({offset, offset}).begin)},
                          {"message", "quotation mark without its pair"}});
    }
  }
  return warnings;
}

}  // namespace

void JsonWriter::Append(const ojson& record, std::string* out) const {
  out->append(record.dump(options_.pretty ? 2 : -1, ' ', /*ensure_ascii=*/false,
                          ojson::error_handler_t::replace));
  out->push_back('\n');
}

void JsonWriter::WriteResult(const Document& doc, const Analysis& analysis,
                             const nlohmann::json& id, const nlohmann::json* meta,
                             std::string* out) const {
  const SpanWriter spans(doc, options_.unit);
  ojson record = ojson::object();
  record["schema"] = kSchemaVersion;
  record["id"] = id;
  record["offsets"] = OffsetUnitName(options_.unit);
  record["length"] = spans.Length();
  record["entities"] = Entities(analysis, spans);
  record["claims"] = Claims(analysis, spans);
  if (!analysis.sources.empty()) {
    ojson sources = ojson::array();
    for (const SourceCredit& s : analysis.sources) {
      ojson span = spans.Span(s.begin, s.end);
      span["entity"] = EntityId(s.entity);
      sources.push_back(std::move(span));
    }
    record["sources"] = std::move(sources);
  }
  if (options_.sentences) record["sentences"] = Sentences(analysis, spans);
  if (ojson warnings = Warnings(doc, &analysis, spans); !warnings.empty())
    record["warnings"] = std::move(warnings);
  if (meta != nullptr && meta->is_object() && !meta->empty()) record["meta"] = *meta;
  Append(record, out);
}

void JsonWriter::WriteTokens(const Document& doc, const Analysis& analysis,
                             const nlohmann::json& id, std::string* out) const {
  const SpanWriter spans(doc, options_.unit);
  ojson record = ojson::object();
  record["schema"] = kSchemaVersion;
  record["id"] = id;
  record["offsets"] = OffsetUnitName(options_.unit);
  record["length"] = spans.Length();
  ojson tokens = ojson::array();
  for (const Token& t : analysis.tokens) {
    ojson token = spans.Span(t.begin, t.end);
    token["kind"] = TokenKindName(t.kind);
    tokens.push_back(std::move(token));
  }
  record["tokens"] = std::move(tokens);
  record["sentences"] = Sentences(analysis, spans);
  if (!doc.warnings().empty()) {
    ojson warnings = ojson::array();
    for (const InputWarning& w : doc.warnings()) {
      warnings.push_back(
          {{"code", w.code}, {"start", spans.Offset(w.offset)}, {"message", w.message}});
    }
    record["warnings"] = std::move(warnings);
  }
  Append(record, out);
}

void JsonWriter::WriteError(const nlohmann::json& id, const RecordError& error,
                            std::string* out) const {
  ojson err = ojson::object();
  err["code"] = error.code;
  err["message"] = error.message;
  if (error.line) err["line"] = *error.line;
  if (error.path) err["path"] = *error.path;
  ojson record = ojson::object();
  record["schema"] = kSchemaVersion;
  record["id"] = id;
  record["error"] = std::move(err);
  Append(record, out);
}

}  // namespace selon
