// Filling a RecordView from an Analysis (what JsonWriter writes) or from a JSON record (what it
// wrote). The two must agree field for field: the offsets are converted as SpanWriter converts
// them (original bytes, then the unit, with a cursor in text order), the texts are the original
// text's, and the mentions are listed in text order in both (JSON groups them by entity).
#include "views/record_view.h"

#include <algorithm>
#include <charconv>

namespace selon::views {
namespace {

using nlohmann::json;

// Converts analysis-text spans of one document to views.
class SpanConverter {
 public:
  SpanConverter(const Document& doc, OffsetUnit unit, bool offsets, RecordView* view)
      : doc_(doc),
        converter_(offsets || !doc.warnings().empty() ? doc.original() : std::string_view()),
        unit_(unit),
        offsets_(offsets),
        view_(view) {}

  SpanView Convert(uint32_t begin, uint32_t end) {
    const ByteSpan orig = doc_.ToOriginal({begin, end});
    SpanView span;
    if (offsets_) {
      span.start = converter_.Convert(orig.begin, unit_, &cursor_);
      span.end = converter_.Convert(orig.end, unit_, &cursor_);
    }
    if (converter_.valid_utf8()) {
      const std::string_view text = doc_.original();
      const uint64_t stop = std::min<uint64_t>(orig.end, text.size());
      if (orig.begin < stop) span.text = text.substr(orig.begin, stop - orig.begin);
    } else {
      span.text = view_->owned.emplace_back(converter_.Slice(orig.begin, orig.end));
    }
    return span;
  }

  PartyView Party(const ClaimRole& role) {
    PartyView party;
    if (!role.present()) return party;
    party.present = true;
    party.span = Convert(role.begin, role.end);
    party.entity = role.entity;
    return party;
  }

 private:
  const Document& doc_;
  OffsetConverter converter_;
  OffsetUnit unit_;
  bool offsets_;
  OffsetConverter::Cursor cursor_;
  RecordView* view_;
};

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The last word of `prefix` (the text of a sentence before a span), spaces (and U+00A0,
// U+202F) after it ignored; empty when there is none.
std::string_view LastWord(std::string_view prefix) {
  size_t end = prefix.size();
  for (;;) {
    if (end > 0 && IsSpace(prefix[end - 1])) {
      --end;
    } else if (end >= 2 && prefix.compare(end - 2, 2, "\xC2\xA0") == 0) {
      end -= 2;
    } else if (end >= 3 && prefix.compare(end - 3, 3, "\xE2\x80\xAF") == 0) {
      end -= 3;
    } else {
      break;
    }
  }
  size_t begin = end;
  while (begin > 0 && !IsSpace(prefix[begin - 1]) &&
         !(begin >= 2 && prefix.compare(begin - 2, 2, "\xC2\xA0") == 0) &&
         !(begin >= 3 && prefix.compare(begin - 3, 3, "\xE2\x80\xAF") == 0))
    --begin;
  return prefix.substr(begin, end - begin);
}

// The byte length of the first `units` units of `text` (code points or UTF-16 code units of
// valid UTF-8, or bytes); text.size() when it is shorter.
size_t UnitsToBytes(std::string_view text, uint64_t units, OffsetUnit unit) {
  if (unit == OffsetUnit::kByte) return std::min<uint64_t>(units, text.size());
  size_t i = 0;
  uint64_t n = 0;
  while (i < text.size() && n < units) {
    const unsigned char b = text[i];
    const size_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    n += unit == OffsetUnit::kUtf16 && length == 4 ? 2 : 1;
    i = std::min(text.size(), i + length);
  }
  return i;
}

// "e12" -> 11 (prefix 'e') or "c3" -> 2; -1 for null. Throws on anything else.
// Most entities a record's view makes room for, whatever its length says.
constexpr uint64_t kMaxRecordEntities = uint64_t{1} << 20;

int32_t ParseRef(const json& ref, char prefix) {
  if (ref.is_null()) return -1;
  const std::string& s = ref.get_ref<const std::string&>();
  uint32_t n = 0;
  if (s.size() < 2 || s[0] != prefix ||
      std::from_chars(s.data() + 1, s.data() + s.size(), n).ptr != s.data() + s.size() || n == 0 ||
      n > (1u << 30))
    throw std::invalid_argument("bad reference '" + s + "'");
  return static_cast<int32_t>(n - 1);
}

// A count or offset: a JSON integer from 0 up. Throws on anything else (a float such as
// 1e36 would be undefined behaviour in a conversion to an integer type).
uint64_t Count(const json& value) {
  if (value.is_number_unsigned()) return value.get<uint64_t>();
  if (value.is_number_integer() && value.get<int64_t>() >= 0)
    return static_cast<uint64_t>(value.get<int64_t>());
  throw std::invalid_argument("expected a non-negative integer, got " + value.dump());
}

std::string_view Str(const json& object, const char* key) {
  return object.at(key).get_ref<const std::string&>();
}

SpanView Span(const json& object) {
  SpanView span;
  span.start = Count(object.at("start"));
  span.end = Count(object.at("end"));
  span.text = Str(object, "text");
  return span;
}

PartyView Party(const json& claim, const char* key) {
  PartyView party;
  const auto it = claim.find(key);
  if (it == claim.end() || it->is_null()) return party;
  party.present = true;
  party.span = Span(*it);
  const auto entity = it->find("entity");
  party.entity = entity == it->end() ? -1 : ParseRef(*entity, 'e');
  return party;
}

void Provenance(const json& record, RecordView* view) {
  if (const auto it = record.find("id"); it != record.end()) view->id = DisplayId(*it);
  if (const auto it = record.find("path"); it != record.end())
    view->path = it->get_ref<const std::string&>();
  if (const auto it = record.find("line"); it != record.end()) view->line = Count(*it);
}

void Entities(const json& record, RecordView* view) {
  const auto list = record.find("entities");
  if (list == record.end()) return;
  const json::array_t& entities = list->get_ref<const json::array_t&>();
  // Every entity holds a mention of at least one code point, so no id numbers more entities
  // than the text's length (a filtered record may skip ids: e1, e3): an id past that, or past
  // kMaxRecordEntities, is malformed, not a reason to allocate that many views ("e38888888" in
  // a record of 161 code points, found by the summary fuzzer).
  const auto length = record.find("length");
  const uint64_t limit = std::min<uint64_t>(
      std::max<uint64_t>(length == record.end() ? 0 : Count(*length), entities.size()),
      kMaxRecordEntities);
  for (const json& e : entities) {
    const int32_t index = ParseRef(e.at("id"), 'e');
    if (static_cast<uint64_t>(index) >= limit)
      throw std::invalid_argument("entity id past what a record of its length can hold");
    if (static_cast<size_t>(index) >= view->entities.size()) view->entities.resize(index + 1);
    EntityView& entity = view->entities[index];
    entity.type = Str(e, "type");
    entity.name = Str(e, "name");
    if (const auto kb = e.find("kb"); kb != e.end()) entity.kb = kb->get_ref<const std::string&>();
    for (const json& m : e.at("mentions").get_ref<const json::array_t&>()) {
      view->mentions.push_back({static_cast<uint32_t>(index), Span(m)});
      ++entity.mentions;
    }
    if (const auto roles = e.find("roles"); roles != e.end()) {
      for (const json& r : roles->get_ref<const json::array_t&>()) {
        const auto of = r.find("of");
        view->roles.push_back({static_cast<uint32_t>(index), Str(r, "role"),
                               of == r.end() ? -1 : ParseRef(*of, 'e')});
      }
    }
  }
  // Text order, as the Analysis holds them (mentions never overlap).
  std::stable_sort(
      view->mentions.begin(), view->mentions.end(), [](const MentionView& a, const MentionView& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
      });
}

// With `sentences` in the record: the word before each mention and role of a person.
void WordsBefore(const json& record, RecordView* view) {
  const auto sentences = record.find("sentences");
  const auto entities = record.find("entities");
  if (sentences == record.end() || entities == record.end()) return;
  OffsetUnit unit = OffsetUnit::kCodepoint;
  if (const auto u = record.find("offsets"); u != record.end())
    unit = ParseOffsetUnit(u->get_ref<const std::string&>()).value_or(OffsetUnit::kCodepoint);
  const json::array_t& list = sentences->get_ref<const json::array_t&>();
  auto before = [&](size_t s, uint64_t start) -> std::string_view {
    if (s >= list.size()) return {};
    const uint64_t sentence_start = Count(list[s].at("start"));
    if (start < sentence_start) return {};
    const std::string_view text = Str(list[s], "text");
    return LastWord(text.substr(0, UnitsToBytes(text, start - sentence_start, unit)));
  };
  // The sentence that holds `start`: the last one that starts at or before it.
  auto sentence_of = [&](uint64_t start) {
    size_t lo = 0, hi = list.size();
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if (Count(list[mid].at("start")) <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? list.size() : lo - 1;
  };
  for (const json& e : entities->get_ref<const json::array_t&>()) {
    if (Str(e, "type") != EntityTypeName(EntityType::kPerson)) continue;
    const uint32_t index = static_cast<uint32_t>(ParseRef(e.at("id"), 'e'));
    for (const json& m : e.at("mentions").get_ref<const json::array_t&>()) {
      const uint64_t start = Count(m.at("start"));
      const std::string_view word = before(static_cast<size_t>(Count(m.at("sentence"))), start);
      if (!word.empty()) view->words_before.push_back({index, false, word});
    }
    if (const auto roles = e.find("roles"); roles != e.end()) {
      for (const json& r : roles->get_ref<const json::array_t&>()) {
        const uint64_t start = Count(r.at("start"));
        const std::string_view word = before(sentence_of(start), start);
        if (!word.empty()) view->words_before.push_back({index, true, word});
      }
    }
  }
}

void Claims(const json& record, RecordView* view) {
  const auto list = record.find("claims");
  if (list == record.end()) return;
  for (const json& c : list->get_ref<const json::array_t&>()) {
    ClaimView claim;
    claim.kind = Str(c, "kind");
    claim.sentence = static_cast<uint32_t>(std::min<uint64_t>(Count(c.at("sentence")), UINT32_MAX));
    claim.speaker = Party(c, "speaker");
    claim.addressee = Party(c, "addressee");
    claim.via = Party(c, "via");
    const json& cue = c.at("cue");
    claim.cue = Span(cue);
    claim.lemma = Str(cue, "lemma");
    claim.content = Span(c.at("content"));
    view->claims.push_back(claim);
  }
}

// The word before each mention and role of a person, in its sentence (as the JSON path finds
// it in the record's sentences).
void WordsBefore(const Document& doc, const Analysis& analysis, RecordView* view) {
  const std::string_view original = doc.original();
  auto before = [&](uint32_t sentence_begin, uint32_t begin) -> std::string_view {
    if (begin < sentence_begin) return {};
    const ByteSpan orig = doc.ToOriginal({sentence_begin, begin});
    if (orig.end > original.size() || orig.begin > orig.end) return {};
    return LastWord(original.substr(orig.begin, orig.end - orig.begin));
  };
  auto is_person = [&](uint32_t entity) {
    return analysis.entities[entity].type == EntityType::kPerson;
  };
  for (const Mention& m : analysis.mentions) {
    if (!is_person(m.entity) || m.sentence >= analysis.sentences.size()) continue;
    const std::string_view word = before(analysis.sentences[m.sentence].begin, m.begin);
    if (!word.empty()) view->words_before.push_back({m.entity, false, word});
  }
  for (const Role& r : analysis.roles) {
    if (!is_person(r.entity)) continue;
    // The sentence that holds the role: the last one that starts at or before it.
    const auto next =
        std::upper_bound(analysis.sentences.begin(), analysis.sentences.end(), r.begin,
                         [](uint32_t offset, const Sentence& s) { return offset < s.begin; });
    if (next == analysis.sentences.begin()) continue;
    const std::string_view word = before(std::prev(next)->begin, r.begin);
    if (!word.empty()) view->words_before.push_back({r.entity, true, word});
  }
}

}  // namespace

void RecordView::Clear() {
  id.clear();
  path.clear();
  line.reset();
  error = false;
  error_code.clear();
  error_message.clear();
  entities.clear();
  mentions.clear();
  roles.clear();
  claims.clear();
  words_before.clear();
  owned.clear();
}

std::string DisplayId(const json& id) {
  if (id.is_null()) return "";
  if (id.is_string()) return id.get<std::string>();
  return id.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

std::string DisplayId(std::string_view id_json) {
  if (id_json.empty() || id_json == "null") return "";
  if (id_json.front() != '"') return std::string(id_json);  // a number or boolean, verbatim
  if (id_json.find('\\') == std::string_view::npos) {
    return std::string(id_json.substr(1, id_json.size() - 2));
  }
  return DisplayId(json::parse(id_json, nullptr, /*allow_exceptions=*/false));
}

void ViewAnalysis(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
                  OffsetUnit unit, RecordView* view, ViewParts parts) {
  view->Clear();
  view->id = DisplayId(origin.id_json);
  if (origin.path) view->path = *origin.path;
  view->line = origin.line;
  SpanConverter spans(doc, unit, parts.offsets, view);
  view->entities.resize(analysis.entities.size());
  for (size_t i = 0; i < analysis.entities.size(); ++i) {
    const Entity& e = analysis.entities[i];
    view->entities[i] = {EntityTypeName(e.type), e.name, e.kb, 0};
  }
  if (parts.mentions) view->mentions.reserve(analysis.mentions.size());
  for (const Mention& m : analysis.mentions) {
    if (parts.mentions) view->mentions.push_back({m.entity, spans.Convert(m.begin, m.end)});
    ++view->entities[m.entity].mentions;
  }
  for (const Role& r : analysis.roles) view->roles.push_back({r.entity, r.role, r.of});
  if (parts.words_before) WordsBefore(doc, analysis, view);
  view->claims.reserve(analysis.claims.size());
  for (const Attribution& a : analysis.claims) {
    ClaimView claim;
    claim.kind = ClaimKindName(a.kind);
    claim.sentence = a.sentence;
    claim.speaker = spans.Party(a.speaker);
    claim.cue = spans.Convert(a.cue_begin, a.cue_end);
    claim.lemma = a.lemma;
    claim.content = spans.Convert(a.content_begin, a.content_end);
    claim.addressee = spans.Party(a.addressee);
    claim.via = spans.Party(a.via);
    view->claims.push_back(claim);
  }
}

void ViewError(const RecordOrigin& origin, const RecordError& error, RecordView* view) {
  view->Clear();
  view->id = DisplayId(origin.id_json);
  if (origin.path) view->path = *origin.path;
  view->line = origin.line;
  view->error = true;
  view->error_code = error.code;
  view->error_message = error.message;
}

bool ViewJsonRecord(const json& record, RecordView* view, std::string* why) {
  view->Clear();
  if (!record.is_object()) {
    *why = "not a JSON object";
    return false;
  }
  try {
    const auto schema = record.find("schema");
    if (schema == record.end() || !schema->is_string() ||
        schema->get_ref<const std::string&>() != kSchemaVersion) {
      *why = std::string("not a ") + kSchemaVersion + " record (no \"schema\": \"" +
             kSchemaVersion + "\")";
      return false;
    }
    Provenance(record, view);
    if (const auto error = record.find("error"); error != record.end()) {
      view->error = true;
      view->error_code = Str(*error, "code");
      view->error_message = Str(*error, "message");
      return true;
    }
    Entities(record, view);
    WordsBefore(record, view);
    Claims(record, view);
    return true;
  } catch (const std::exception& e) {
    *why = e.what();
    return false;
  }
}

}  // namespace selon::views
