// Scoring output records against gold.
//
// Design. Everything works in code points, the unit of the gold corpora and of
// selon's default output, so no offset conversion happens here: the caller asks
// JsonWriter for code points. Matching is one-to-one everywhere. Strict entity
// matching is an exact lookup of (start, end, type). Lenient entity matching
// and claim matching enumerate the candidate pairs (overlapping spans), sort
// them by quality and take them greedily: with news-sized documents the
// candidate lists are short, and a greedy best-first assignment is what the
// metric definitions say ("one prediction per gold item, greedy best match").
// Error contexts come from the gold text and the record's sentences; they are
// only built when asked for.
#include "eval/eval.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "internal/utf8.h"
#include "selon/tokenizer.h"

namespace selon {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

constexpr const char* kSelonTypes[] = {"PER", "ORG", "PRODUCT", "LOC"};
constexpr const char* kClaimKinds[] = {"direct", "indirect", "mixed", "according_to"};

bool IsSelonType(std::string_view t) {
  for (const char* s : kSelonTypes)
    if (t == s) return true;
  return false;
}

bool IsClaimKind(std::string_view k) {
  for (const char* s : kClaimKinds)
    if (k == s) return true;
  return false;
}

uint64_t Overlap(uint64_t s1, uint64_t e1, uint64_t s2, uint64_t e2) {
  const uint64_t s = std::max(s1, s2), e = std::min(e1, e2);
  return e > s ? e - s : 0;
}
uint64_t Overlap(const CodepointSpan& a, const CodepointSpan& b) {
  return Overlap(a.start, a.end, b.start, b.end);
}

double Iou(const CodepointSpan& a, const CodepointSpan& b) {
  const uint64_t inter = Overlap(a, b);
  const uint64_t uni = (a.end - a.start) + (b.end - b.start) - inter;
  return uni == 0 ? 0.0 : static_cast<double>(inter) / static_cast<double>(uni);
}

double Ratio(uint64_t num, uint64_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

std::string Fold(std::string_view s) {
  std::string out;
  FoldKey(s, &out);
  return out;
}

// The words of a folded name, articles and elided letters aside: "l'union europeenne" ->
// union, europeenne.
std::vector<std::string> NameWords(const std::string& folded) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 1 && word != "le" && word != "la" && word != "les") words.push_back(word);
    word.clear();
  };
  for (const char c : folded) {
    if (c == ' ' || c == '-' || c == '\'') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return words;
}

// Whether one name's words run inside the other's: the same entity named in part ("Azim Tuna"
// and "Güngör Azim Tuna", "L'Union" and "Union européenne"), not another one.
bool PartOfSameName(const std::string& a, const std::string& b) {
  const std::vector<std::string> x = NameWords(a), y = NameWords(b);
  const auto& small = x.size() <= y.size() ? x : y;
  const auto& large = x.size() <= y.size() ? y : x;
  if (small.empty()) return false;
  return std::search(large.begin(), large.end(), small.begin(), small.end()) != large.end();
}

// Parses a whole string as a decimal number.
bool ParseNumber(std::string_view s, uint64_t* value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
  return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

Status DataError(std::string_view source, uint64_t line, const std::string& message) {
  return Status(StatusCode::kDataError,
                std::string(source) + ":" + std::to_string(line) + ": " + message);
}

// ---- Text access in code points ----

// Byte offset of every code point of a UTF-8 text (invalid sequences count as
// one).
class CodepointText {
 public:
  explicit CodepointText(std::string_view text) : text_(text) {
    size_t pos = 0;
    while (pos < text.size()) {
      starts_.push_back(static_cast<uint32_t>(pos));
      internal::NextCodepoint(text, &pos);
    }
    starts_.push_back(static_cast<uint32_t>(text.size()));
  }
  uint64_t length() const { return starts_.size() - 1; }
  std::string Slice(uint64_t start, uint64_t end) const {
    start = std::min(start, length());
    end = std::clamp(end, start, length());
    return std::string(text_.substr(starts_[start], starts_[end] - starts_[start]));
  }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;
};

bool IsOffset(const json& j) {
  return j.is_number_unsigned() || (j.is_number_integer() && j.get<int64_t>() >= 0);
}

// Reads {start, end} or [start, end] (non-negative integers, start <= end).
std::optional<CodepointSpan> SpanOf(const json& j) {
  const json *s, *e;
  if (j.is_object()) {
    const auto is = j.find("start"), ie = j.find("end");
    if (is == j.end() || ie == j.end()) return std::nullopt;
    s = &*is;
    e = &*ie;
  } else if (j.is_array() && j.size() == 2) {
    s = &j[0];
    e = &j[1];
  } else {
    return std::nullopt;
  }
  if (!IsOffset(*s) || !IsOffset(*e) || e->get<uint64_t>() < s->get<uint64_t>())
    return std::nullopt;
  return CodepointSpan{s->get<uint64_t>(), e->get<uint64_t>()};
}

std::string StringField(const json& j, const char* key) {
  if (!j.is_object()) return "";
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// Builds error contexts: the sentence holding a span, the span marked.
class ContextBuilder {
 public:
  ContextBuilder(const GoldDocument& gold, const json& record) : text_(gold.text) {
    const auto it = record.find("sentences");
    if (it == record.end() || !it->is_array()) return;
    for (const json& s : *it)
      if (auto span = SpanOf(s)) sentences_.push_back(*span);
  }

  std::string Text(uint64_t start, uint64_t end) const { return text_.Slice(start, end); }

  std::string Context(uint64_t start, uint64_t end) const {
    if (text_.length() == 0) return "";
    constexpr uint64_t kWindow = 60, kMaxSide = 90;
    const uint64_t length = text_.length();
    start = std::min(start, length);
    end = std::clamp(end, start, length);
    uint64_t lo, hi;
    bool cut_lo, cut_hi;
    const auto it =
        std::upper_bound(sentences_.begin(), sentences_.end(), start,
                         [](uint64_t v, const CodepointSpan& s) { return v < s.start; });
    if (it != sentences_.begin() && std::prev(it)->end >= end) {
      lo = std::prev(it)->start;
      hi = std::min(std::prev(it)->end, length);
      cut_lo = cut_hi = false;
    } else {
      lo = start - std::min(start, kWindow);
      hi = std::min(end + kWindow, length);
      cut_lo = lo > 0;
      cut_hi = hi < length;
    }
    if (start - lo > kMaxSide) lo = start - kMaxSide, cut_lo = true;
    if (hi > end && hi - end > kMaxSide) hi = end + kMaxSide, cut_hi = true;
    const std::string prefix = cut_lo ? "…" : "", suffix = cut_hi ? "…" : "";
    std::string out = prefix + text_.Slice(lo, start) + "[[" + text_.Slice(start, end) + "]]" +
                      text_.Slice(end, hi) + suffix;
    for (char& c : out)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
  }

 private:
  CodepointText text_;
  std::vector<CodepointSpan> sentences_;
};

std::string Shorten(std::string s, size_t max_bytes = 80) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s + "…";
}

std::string SpanNote(const char* what, const std::optional<CodepointSpan>& span,
                     const std::string& text) {
  if (!span) return std::string(what) + " none";
  return std::string(what) + " [" + Shorten(text) + "]";
}

// ---- Gold record parsing ----

Status GoldSpan(const json& claim, const char* key, bool required, std::string_view source,
                uint64_t line, size_t index, std::optional<CodepointSpan>* out) {
  const auto it = claim.find(key);
  if (it == claim.end() || it->is_null()) {
    if (required)
      return DataError(source, line, "claims[" + std::to_string(index) + "]: missing " + key);
    out->reset();
    return Status::Ok();
  }
  auto span = it->is_array() ? SpanOf(*it) : std::nullopt;
  if (!span || span->start >= span->end)
    return DataError(source, line,
                     "claims[" + std::to_string(index) + "]: " + key +
                         " must be [start, end] with start < end, got " + it->dump());
  *out = span;
  return Status::Ok();
}

Status RecordToGold(const json& rec, std::string_view source, uint64_t line, const TypeMap& map,
                    GoldDocument* doc) {
  if (!rec.is_object()) return DataError(source, line, "expected a JSON object");
  const auto path = rec.find("path");
  if (path == rec.end() || !path->is_string() || path->get<std::string>().empty())
    return DataError(source, line, "missing \"path\" (string)");
  doc->path = path->get<std::string>();
  doc->source = std::string(source) + ":" + std::to_string(line);
  const auto id = rec.find("id");
  if (id == rec.end() || id->is_null())
    doc->id = doc->path;
  else if (id->is_string())
    doc->id = id->get<std::string>();
  else if (id->is_primitive())
    doc->id = id->dump();
  else
    return DataError(source, line, "\"id\" must be a scalar");

  if (const auto ents = rec.find("entities"); ents != rec.end()) {
    if (!ents->is_array()) return DataError(source, line, "\"entities\" must be an array");
    doc->has_entities = true;
    for (size_t i = 0; i < ents->size(); ++i) {
      const json& e = (*ents)[i];
      const auto span = e.is_object() ? SpanOf(e) : std::nullopt;
      const std::string type = StringField(e, "type");
      if (!span || span->start >= span->end || type.empty())
        return DataError(source, line,
                         "entities[" + std::to_string(i) +
                             "]: expected {\"start\", \"end\", \"type\"} with start < end");
      const std::string mapped = MapEntityType(map, type);
      if (mapped.empty()) continue;
      doc->entities.push_back({span->start, span->end, mapped, StringField(e, "text")});
    }
    ReduceToTopLevel(&doc->entities);
  }
  if (const auto claims = rec.find("claims"); claims != rec.end()) {
    if (!claims->is_array()) return DataError(source, line, "\"claims\" must be an array");
    doc->has_claims = true;
    for (size_t i = 0; i < claims->size(); ++i) {
      const json& c = (*claims)[i];
      if (!c.is_object())
        return DataError(source, line, "claims[" + std::to_string(i) + "]: expected an object");
      GoldClaim claim;
      claim.kind = StringField(c, "kind");
      if (!IsClaimKind(claim.kind))
        return DataError(source, line,
                         "claims[" + std::to_string(i) +
                             "]: kind must be direct, indirect, "
                             "mixed or according_to");
      std::optional<CodepointSpan> cue, content;
      SELON_RETURN_IF_ERROR(GoldSpan(c, "cue", true, source, line, i, &cue));
      SELON_RETURN_IF_ERROR(GoldSpan(c, "content", true, source, line, i, &content));
      SELON_RETURN_IF_ERROR(GoldSpan(c, "speaker", false, source, line, i, &claim.speaker));
      claim.cue = *cue;
      claim.content = *content;
      if (const auto name = c.find("speaker_name"); name != c.end() && !name->is_null()) {
        if (!name->is_string())
          return DataError(source, line,
                           "claims[" + std::to_string(i) + "]: speaker_name must be a string");
        claim.speaker_name = name->get<std::string>();
      }
      claim.cue_text = StringField(c, "cue_text");
      claim.speaker_text = StringField(c, "speaker_text");
      claim.content_text = StringField(c, "content_text");
      doc->claims.push_back(std::move(claim));
    }
  }
  return Status::Ok();
}

uint64_t LineOfByte(std::string_view content, size_t byte) {
  byte = std::min(byte, content.size());
  return 1 + static_cast<uint64_t>(std::count(content.begin(), content.begin() + byte, '\n'));
}

// ---- Matching ----

struct Pair {
  size_t gold, pred;
  double score;
  int tiebreak;
};

// Greedy best-first one-to-one assignment; returns for each gold the matched
// prediction or -1.
std::vector<int64_t> Assign(std::vector<Pair> pairs, size_t golds, size_t preds) {
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return std::tie(b.score, b.tiebreak, a.gold, a.pred) <
           std::tie(a.score, a.tiebreak, b.gold, b.pred);
  });
  std::vector<int64_t> match(golds, -1);
  std::vector<bool> used(preds, false);
  for (const Pair& p : pairs) {
    if (match[p.gold] >= 0 || used[p.pred]) continue;
    match[p.gold] = static_cast<int64_t>(p.pred);
    used[p.pred] = true;
  }
  return match;
}

void AddTotals(const std::map<std::string, Counts>& by_type, Counts* total) {
  for (const auto& [type, c] : by_type) total->Add(c);
}

// ---- Printing helpers ----

std::vector<std::string> EntityTypesInOrder(const EntityReport& r) {
  std::vector<std::string> types(std::begin(kSelonTypes), std::end(kSelonTypes));
  for (const auto& [type, c] : r.strict)
    if (!IsSelonType(type)) types.push_back(type);
  return types;
}

std::vector<std::string> ClaimKindsInOrder(const ClaimReport& r) {
  std::vector<std::string> kinds(std::begin(kClaimKinds), std::end(kClaimKinds));
  for (const auto& [kind, c] : r.by_kind)
    if (!IsClaimKind(kind)) kinds.push_back(kind);
  return kinds;
}

double Round4(double v) { return std::round(v * 10000.0) / 10000.0; }

ojson CountsJson(const Counts& c) {
  ojson j = ojson::object();
  j["gold"] = c.gold;
  j["predicted"] = c.predicted;
  j["matched_gold"] = c.matched_gold;
  j["matched_predicted"] = c.matched_predicted;
  j["precision"] = Round4(c.precision());
  j["recall"] = Round4(c.recall());
  j["f1"] = Round4(c.f1());
  return j;
}

ojson ClaimCountsJson(const ClaimCounts& c) {
  ojson j = ojson::object();
  j["gold"] = c.gold;
  j["predicted"] = c.predicted;
  j["found"] = c.found;
  j["matched_predicted"] = c.matched_predicted;
  j["precision"] = Round4(c.precision());
  j["recall"] = Round4(c.recall());
  j["f1"] = Round4(c.f1());
  j["speaker_accuracy"] = Round4(c.speaker_accuracy());
  j["e2e_precision"] = Round4(c.e2e_precision());
  j["e2e_recall"] = Round4(c.e2e_recall());
  j["e2e_f1"] = Round4(c.e2e_f1());
  j["wrong_entity_rate"] = Round4(c.wrong_entity_rate());
  j["unresolved_rate"] = Round4(c.unresolved_rate());
  j["content_iou"] = Round4(c.content_iou());
  j["kind_accuracy"] = Round4(c.kind_accuracy());
  return j;
}

ojson ErrorsJson(const std::vector<ErrorCase>& errors) {
  ojson list = ojson::array();
  for (const ErrorCase& e : errors) {
    ojson j = ojson::object();
    j["group"] = e.group;
    j["category"] = e.category;
    j["document"] = e.document;
    j["start"] = e.start;
    j["end"] = e.end;
    j["text"] = e.text;
    j["context"] = e.context;
    if (!e.note.empty()) j["note"] = e.note;
    list.push_back(std::move(j));
  }
  return list;
}

std::string Fixed(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

// ---- Gold
// -----------------------------------------------------------------------------------

TypeMap DefaultTypeMap() {
  return {{"Person", "PER"}, {"Organization", "ORG"}, {"Product", "PRODUCT"}, {"Location", "LOC"}};
}

Status ParseTypeMap(std::string_view spec, TypeMap* map) {
  TypeMap result;
  size_t pos = 0;
  while (pos <= spec.size()) {
    size_t comma = spec.find(',', pos);
    if (comma == std::string_view::npos) comma = spec.size();
    const std::string_view item = spec.substr(pos, comma - pos);
    pos = comma + 1;
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    if (eq == std::string_view::npos || eq == 0 || !IsSelonType(item.substr(eq + 1)))
      return Status(StatusCode::kInvalidArgument, "type map item '" + std::string(item) +
                                                      "': expected GoldType=PER|ORG|PRODUCT|LOC");
    result[std::string(item.substr(0, eq))] = std::string(item.substr(eq + 1));
  }
  if (result.empty()) return Status(StatusCode::kInvalidArgument, "empty type map");
  *map = std::move(result);
  return Status::Ok();
}

std::string MapEntityType(const TypeMap& map, std::string_view type) {
  const auto it = map.find(std::string(type));
  if (it != map.end()) return it->second;
  return IsSelonType(type) ? std::string(type) : std::string();
}

Status ParseBratAnnotations(std::string_view ann, std::string_view source, const TypeMap& map,
                            std::vector<GoldMention>* mentions) {
  mentions->clear();
  uint64_t line_number = 0;
  size_t pos = 0;
  while (pos < ann.size()) {
    size_t nl = ann.find('\n', pos);
    if (nl == std::string_view::npos) nl = ann.size();
    std::string_view line = ann.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] != 'T') continue;
    const size_t tab1 = line.find('\t');
    if (tab1 == std::string_view::npos)
      return DataError(source, line_number, "expected 'T<n>\\t<Type> <start> <end>\\t<text>'");
    size_t tab2 = line.find('\t', tab1 + 1);
    const std::string_view middle =
        line.substr(tab1 + 1, (tab2 == std::string_view::npos ? line.size() : tab2) - tab1 - 1);
    const std::string_view surface =
        tab2 == std::string_view::npos ? std::string_view() : line.substr(tab2 + 1);
    const size_t space = middle.find(' ');
    if (space == std::string_view::npos || space == 0)
      return DataError(source, line_number, "expected '<Type> <start> <end>'");
    const std::string_view type = middle.substr(0, space);
    // Offsets: "s e" or a discontinuous "s e;s e;...".
    uint64_t start = UINT64_MAX, end = 0;
    std::string_view rest = middle.substr(space + 1);
    bool ok = !rest.empty();
    while (ok && !rest.empty()) {
      const size_t semi = rest.find(';');
      std::string_view frag = rest.substr(0, semi);
      rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
      const size_t sp = frag.find(' ');
      uint64_t s = 0, e = 0;
      ok = sp != std::string_view::npos && ParseNumber(frag.substr(0, sp), &s) &&
           ParseNumber(frag.substr(sp + 1), &e) && s < e;
      start = std::min(start, s);
      end = std::max(end, e);
    }
    if (!ok)
      return DataError(source, line_number,
                       "bad offsets '" + std::string(middle.substr(space + 1)) +
                           "': expected '<start> <end>' with start < end");
    const std::string mapped = MapEntityType(map, type);
    if (mapped.empty()) continue;
    mentions->push_back({start, end, mapped, std::string(surface)});
  }
  ReduceToTopLevel(mentions);
  return Status::Ok();
}

void ReduceToTopLevel(std::vector<GoldMention>* mentions) {
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const GoldMention& a, const GoldMention& b) {
                     return a.start != b.start ? a.start < b.start : a.end > b.end;
                   });
  std::vector<GoldMention> kept;
  uint64_t max_end = 0;
  for (GoldMention& m : *mentions) {
    // Sorted by start then longer first: m is inside an earlier one iff its end
    // is within the largest end seen so far.
    if (!kept.empty() && m.end <= max_end) continue;
    max_end = std::max(max_end, m.end);
    kept.push_back(std::move(m));
  }
  *mentions = std::move(kept);
}

Status ParseJsonGold(std::string_view content, std::string_view source, const TypeMap& map,
                     std::vector<GoldDocument>* documents) {
  documents->clear();
  // A whole-file document: one object (seed-gold.json) or an array of objects.
  size_t whole_error_byte = 0;
  try {
    const json whole = json::parse(content);
    if (whole.is_array()) {
      for (size_t i = 0; i < whole.size(); ++i) {
        GoldDocument doc;
        SELON_RETURN_IF_ERROR(RecordToGold(
            whole[i], std::string(source) + ": [" + std::to_string(i) + "]", 1, map, &doc));
        documents->push_back(std::move(doc));
      }
      return Status::Ok();
    }
    GoldDocument doc;
    SELON_RETURN_IF_ERROR(RecordToGold(whole, source, 1, map, &doc));
    documents->push_back(std::move(doc));
    return Status::Ok();
  } catch (const json::parse_error& e) {
    whole_error_byte = e.byte;
  } catch (const json::exception&) {
    // A number beyond the range of a double (out_of_range): the line loop below names it.
  }
  // JSON Lines.
  uint64_t line_number = 0, first_line = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    const std::string_view line = content.substr(pos, nl - pos);
    const size_t line_start = pos;
    pos = nl + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    if (first_line == 0) first_line = line_number;
    json rec;
    try {
      rec = json::parse(line);
    } catch (const json::parse_error& e) {
      // A pretty-printed file fails on its first line: report the whole-file
      // error instead.
      if (line_number == first_line && whole_error_byte > line_start + line.size())
        return DataError(source, LineOfByte(content, whole_error_byte - 1), "invalid JSON");
      return DataError(source, line_number,
                       "invalid JSON at byte " + std::to_string(e.byte) + " of the line");
    } catch (const json::exception& e) {
      return DataError(source, line_number, std::string("invalid JSON: ") + e.what());
    }
    GoldDocument doc;
    SELON_RETURN_IF_ERROR(RecordToGold(rec, source, line_number, map, &doc));
    documents->push_back(std::move(doc));
  }
  return Status::Ok();
}

Status CheckGoldAgainstText(const GoldDocument& doc, std::vector<std::string>* warnings) {
  const CodepointText text(doc.text);
  const uint64_t length = text.length();
  auto check = [&](const char* what, uint64_t s, uint64_t e, const std::string& expected,
                   bool check_text) -> Status {
    if (e > length)
      return Status(StatusCode::kDataError, doc.source + ": " + what + " [" + std::to_string(s) +
                                                ", " + std::to_string(e) +
                                                ") is beyond the text (" + std::to_string(length) +
                                                " code points) of " + doc.path);
    if (check_text && !expected.empty() && text.Slice(s, e) != expected && warnings != nullptr)
      warnings->push_back(doc.source + ": " + what + " [" + std::to_string(s) + ", " +
                          std::to_string(e) + ") is '" + text.Slice(s, e) + "' in the text, '" +
                          expected + "' in the gold");
    return Status::Ok();
  };
  for (const GoldMention& m : doc.entities)
    SELON_RETURN_IF_ERROR(check("entity", m.start, m.end, m.text, true));
  for (const GoldClaim& c : doc.claims) {
    SELON_RETURN_IF_ERROR(check("cue", c.cue.start, c.cue.end, c.cue_text, true));
    SELON_RETURN_IF_ERROR(check("content", c.content.start, c.content.end, c.content_text, true));
    if (c.speaker)
      SELON_RETURN_IF_ERROR(
          check("speaker", c.speaker->start, c.speaker->end, c.speaker_text, true));
  }
  return Status::Ok();
}

// ---- Predictions
// ----------------------------------------------------------------------------

std::vector<EntityMention> PredictedMentions(const json& record) {
  std::vector<EntityMention> out;
  const auto ents = record.find("entities");
  if (ents == record.end() || !ents->is_array()) return out;
  for (const json& e : *ents) {
    const std::string type = StringField(e, "type");
    const auto mentions = e.is_object() ? e.find("mentions") : e.end();
    if (type.empty() || mentions == e.end() || !mentions->is_array()) continue;
    for (const json& m : *mentions) {
      const auto span = SpanOf(m);
      if (!span || span->start >= span->end) continue;
      out.push_back({span->start, span->end, type, StringField(m, "text")});
    }
  }
  std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
    return std::tie(a.start, a.end, a.type) < std::tie(b.start, b.end, b.type);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const EntityMention& a, const EntityMention& b) {
                          return a.start == b.start && a.end == b.end && a.type == b.type;
                        }),
            out.end());
  return out;
}

std::vector<Claim> PredictedClaims(const json& record) {
  std::vector<Claim> out;
  const auto claims = record.find("claims");
  if (claims == record.end() || !claims->is_array()) return out;
  std::map<std::string, const json*> entities;
  if (const auto ents = record.find("entities"); ents != record.end() && ents->is_array())
    for (const json& e : *ents)
      if (e.is_object() && e.contains("id") && e["id"].is_string())
        entities[e["id"].get<std::string>()] = &e;
  for (const json& c : *claims) {
    if (!c.is_object()) continue;
    Claim claim;
    claim.kind = StringField(c, "kind");
    const auto cue = c.find("cue"), content = c.find("content");
    std::optional<CodepointSpan> cue_span, content_span;
    if (cue != c.end()) cue_span = SpanOf(*cue);
    if (content != c.end()) content_span = SpanOf(*content);
    if (!cue_span && !content_span) continue;
    // A claim missing one span still counts as a prediction; the empty span
    // never matches.
    if (cue_span) claim.cue = *cue_span, claim.cue_text = StringField(*cue, "text");
    if (content_span)
      claim.content = *content_span, claim.content_text = StringField(*content, "text");
    if (const auto sp = c.find("speaker"); sp != c.end() && !sp->is_null()) {
      claim.speaker = SpanOf(*sp);
      claim.speaker_text = StringField(*sp, "text");
      const std::string entity_id = StringField(*sp, "entity");
      if (const auto it = entities.find(entity_id); !entity_id.empty() && it != entities.end()) {
        const json& e = *it->second;
        if (std::string name = StringField(e, "name"); !name.empty())
          claim.speaker_names.push_back(std::move(name));
        if (const auto ms = e.find("mentions"); ms != e.end() && ms->is_array())
          for (const json& m : *ms)
            if (std::string t = StringField(m, "text"); !t.empty())
              claim.speaker_names.push_back(std::move(t));
      }
    }
    out.push_back(std::move(claim));
  }
  return out;
}

// ---- Reports
// --------------------------------------------------------------------------------

double Counts::precision() const { return Ratio(matched_predicted, predicted); }
double Counts::recall() const { return Ratio(matched_gold, gold); }
double Counts::f1() const { return F1(precision(), recall()); }
void Counts::Add(const Counts& o) {
  gold += o.gold;
  predicted += o.predicted;
  matched_gold += o.matched_gold;
  matched_predicted += o.matched_predicted;
}

void EntityReport::Merge(const EntityReport& o) {
  documents += o.documents;
  for (const auto& [type, c] : o.strict) strict[type].Add(c);
  for (const auto& [type, c] : o.lenient) lenient[type].Add(c);
  strict_all.Add(o.strict_all);
  lenient_all.Add(o.lenient_all);
  errors.insert(errors.end(), o.errors.begin(), o.errors.end());
}

double ClaimCounts::precision() const { return Ratio(matched_predicted, predicted); }
double ClaimCounts::recall() const { return Ratio(found, gold); }
double ClaimCounts::f1() const { return F1(precision(), recall()); }
double ClaimCounts::speaker_accuracy() const { return Ratio(found_right_speaker, found); }
double ClaimCounts::kind_accuracy() const { return Ratio(found_right_kind, found); }
double ClaimCounts::e2e_precision() const {
  return Ratio(matched_predicted_right_speaker, predicted);
}
double ClaimCounts::e2e_recall() const { return Ratio(found_right_speaker, gold); }
double ClaimCounts::e2e_f1() const { return F1(e2e_precision(), e2e_recall()); }
double ClaimCounts::wrong_entity_rate() const { return Ratio(found_wrong_entity, found); }
double ClaimCounts::unresolved_rate() const { return Ratio(found_unresolved, found); }
double ClaimCounts::content_iou() const {
  return found == 0 ? 0.0 : content_iou_sum / static_cast<double>(found);
}
void ClaimCounts::Add(const ClaimCounts& o) {
  gold += o.gold;
  predicted += o.predicted;
  found += o.found;
  found_right_speaker += o.found_right_speaker;
  found_right_kind += o.found_right_kind;
  found_wrong_entity += o.found_wrong_entity;
  found_unresolved += o.found_unresolved;
  matched_predicted += o.matched_predicted;
  matched_predicted_right_speaker += o.matched_predicted_right_speaker;
  content_iou_sum += o.content_iou_sum;
}

void ClaimReport::Merge(const ClaimReport& o) {
  documents += o.documents;
  for (const auto& [kind, c] : o.by_kind) by_kind[kind].Add(c);
  all.Add(o.all);
  errors.insert(errors.end(), o.errors.begin(), o.errors.end());
}

// ---- Scoring
// --------------------------------------------------------------------------------

bool LenientTypeMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto org_or_product = [](std::string_view t) { return t == "ORG" || t == "PRODUCT"; };
  return org_or_product(a) && org_or_product(b);
}

EntityReport ScoreEntities(const GoldDocument& gold_doc, const json& record, bool collect_errors,
                           const std::set<std::string>* scored_types) {
  EntityReport report;
  report.documents = 1;
  std::vector<EntityMention> gold = gold_doc.entities;
  std::sort(gold.begin(), gold.end(), [](const EntityMention& a, const EntityMention& b) {
    return std::tie(a.start, a.end, a.type) < std::tie(b.start, b.end, b.type);
  });
  std::vector<EntityMention> pred = PredictedMentions(record);
  if (scored_types != nullptr)
    std::erase_if(pred, [&](const EntityMention& p) { return !scored_types->count(p.type); });
  for (const EntityMention& g : gold) ++report.strict[g.type].gold, ++report.lenient[g.type].gold;
  for (const EntityMention& p : pred)
    ++report.strict[p.type].predicted, ++report.lenient[p.type].predicted;

  // Strict: exact (start, end, type); both lists are sorted and duplicate-free
  // per key.
  std::vector<bool> gold_strict(gold.size(), false);
  for (const EntityMention& p : pred) {
    const auto it = std::lower_bound(
        gold.begin(), gold.end(), p, [](const EntityMention& a, const EntityMention& b) {
          return std::tie(a.start, a.end, a.type) < std::tie(b.start, b.end, b.type);
        });
    if (it == gold.end() || it->start != p.start || it->end != p.end || it->type != p.type)
      continue;
    const size_t gi = static_cast<size_t>(it - gold.begin());
    if (gold_strict[gi]) continue;
    gold_strict[gi] = true;
    ++report.strict[p.type].matched_gold;
    ++report.strict[p.type].matched_predicted;
  }

  // Lenient: candidate pairs of overlapping spans with compatible types.
  uint64_t max_gold_length = 0;
  for (const EntityMention& g : gold) max_gold_length = std::max(max_gold_length, g.end - g.start);
  std::vector<Pair> pairs;
  for (size_t pi = 0; pi < pred.size(); ++pi) {
    const EntityMention& p = pred[pi];
    const uint64_t from = p.start > max_gold_length ? p.start - max_gold_length : 0;
    auto it = std::lower_bound(gold.begin(), gold.end(), from,
                               [](const EntityMention& g, uint64_t v) { return g.start < v; });
    for (; it != gold.end() && it->start < p.end; ++it) {
      const uint64_t ov = Overlap(it->start, it->end, p.start, p.end);
      if (ov == 0 || !LenientTypeMatch(it->type, p.type)) continue;
      const int exact = (it->start == p.start && it->end == p.end) ? 2 : 0;
      pairs.push_back({static_cast<size_t>(it - gold.begin()), pi, static_cast<double>(ov),
                       exact + (it->type == p.type ? 1 : 0)});
    }
  }
  const std::vector<int64_t> match = Assign(std::move(pairs), gold.size(), pred.size());
  std::vector<bool> pred_matched(pred.size(), false);
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    if (match[gi] < 0) continue;
    const EntityMention& p = pred[static_cast<size_t>(match[gi])];
    pred_matched[static_cast<size_t>(match[gi])] = true;
    ++report.lenient[gold[gi].type].matched_gold;
    ++report.lenient[p.type].matched_predicted;
  }
  AddTotals(report.strict, &report.strict_all);
  AddTotals(report.lenient, &report.lenient_all);
  if (!collect_errors) return report;

  const ContextBuilder ctx(gold_doc, record);
  auto add = [&](const std::string& group, const char* category, const EntityMention& m,
                 std::string note) {
    ErrorCase e;
    e.group = group;
    e.category = category;
    e.document = gold_doc.id;
    e.start = m.start;
    e.end = m.end;
    e.text = !m.text.empty() ? m.text : ctx.Text(m.start, m.end);
    e.context = ctx.Context(m.start, m.end);
    if (e.context.empty()) e.context = "[[" + e.text + "]]";
    e.note = std::move(note);
    report.errors.push_back(std::move(e));
  };
  // In text order: gold-side cases, then predictions nobody matched.
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    const EntityMention& g = gold[gi];
    if (match[gi] < 0) {
      add(g.type, "false_negative", g, "");
    } else if (!gold_strict[gi]) {
      const EntityMention& p = pred[static_cast<size_t>(match[gi])];
      add(g.type, p.start == g.start && p.end == g.end ? "wrong_type" : "boundary", g,
          "predicted [" + (p.text.empty() ? ctx.Text(p.start, p.end) : p.text) + "] " + p.type +
              " at " + std::to_string(p.start) + "-" + std::to_string(p.end));
    }
  }
  for (size_t pi = 0; pi < pred.size(); ++pi)
    if (!pred_matched[pi]) add(pred[pi].type, "false_positive", pred[pi], "");
  return report;
}

ClaimReport ScoreClaims(const GoldDocument& gold_doc, const json& record, bool collect_errors) {
  ClaimReport report;
  report.documents = 1;
  const std::vector<GoldClaim>& gold = gold_doc.claims;
  const std::vector<Claim> pred = PredictedClaims(record);
  for (const GoldClaim& g : gold) ++report.by_kind[g.kind].gold;
  for (const Claim& p : pred) ++report.by_kind[p.kind].predicted;

  std::vector<Pair> pairs;
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    const GoldClaim& g = gold[gi];
    const uint64_t gold_length = g.content.end - g.content.start;
    for (size_t pi = 0; pi < pred.size(); ++pi) {
      const Claim& p = pred[pi];
      const bool half = gold_length > 0 && 2 * Overlap(p.content, g.content) >= gold_length;
      const bool cue = Overlap(p.cue, g.cue) > 0;
      if (!half && !cue) continue;
      pairs.push_back({gi, pi, (cue ? 1.0 : 0.0) + Iou(g.content, p.content), 0});
    }
  }
  const std::vector<int64_t> match = Assign(std::move(pairs), gold.size(), pred.size());

  auto speaker_right = [](const GoldClaim& g, const Claim& p) {
    if (g.speaker_name) {
      const std::string key = Fold(*g.speaker_name);
      for (const std::string& name : p.speaker_names)
        if (Fold(name) == key) return true;
      return false;
    }
    if (g.speaker) return p.speaker.has_value() && Overlap(*g.speaker, *p.speaker) > 0;
    return !p.speaker.has_value();
  };
  // A name the gold does not give (see ClaimCounts::found_wrong_entity).
  auto wrong_entity = [](const GoldClaim& g, const Claim& p) {
    if (p.speaker_names.empty()) return false;
    const std::string own = Fold(p.speaker_text);
    std::optional<std::string> gold_name;
    if (g.speaker_name) gold_name = Fold(*g.speaker_name);
    for (const std::string& name : p.speaker_names) {
      const std::string key = Fold(name);
      if (key == own || (gold_name && PartOfSameName(key, *gold_name))) return false;
    }
    return true;
  };

  const ContextBuilder ctx(gold_doc, record);
  auto add = [&](const std::string& group, const char* category, const Claim& c, std::string note) {
    ErrorCase e;
    e.group = group;
    e.category = category;
    e.document = gold_doc.id;
    e.start = c.cue.start;
    e.end = c.cue.end;
    e.text = !c.cue_text.empty() ? c.cue_text : ctx.Text(c.cue.start, c.cue.end);
    e.context = ctx.Context(c.cue.start, c.cue.end);
    if (e.context.empty()) e.context = "[[" + e.text + "]]";
    e.note = std::move(note);
    report.errors.push_back(std::move(e));
  };
  auto describe = [&](const Claim& c) {
    std::string speaker =
        SpanNote("speaker", c.speaker,
                 c.speaker_text.empty() && c.speaker ? ctx.Text(c.speaker->start, c.speaker->end)
                                                     : c.speaker_text);
    if (c.speaker_name)
      speaker += " = " + *c.speaker_name;
    else if (!c.speaker_names.empty())
      speaker += " = " + c.speaker_names.front();
    const std::string content =
        c.content_text.empty() ? ctx.Text(c.content.start, c.content.end) : c.content_text;
    return speaker + "; content «" + Shorten(content) + "»";
  };

  std::vector<bool> pred_matched(pred.size(), false);
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    const GoldClaim& g = gold[gi];
    if (match[gi] < 0) {
      if (collect_errors) add(g.kind, "false_negative", g, describe(g));
      continue;
    }
    const size_t pi = static_cast<size_t>(match[gi]);
    const Claim& p = pred[pi];
    pred_matched[pi] = true;
    const bool right = speaker_right(g, p);
    ClaimCounts& gk = report.by_kind[g.kind];
    ++gk.found;
    gk.content_iou_sum += Iou(g.content, p.content);
    if (right) ++gk.found_right_speaker;
    if (p.kind == g.kind) ++gk.found_right_kind;
    if (wrong_entity(g, p)) ++gk.found_wrong_entity;
    if (g.speaker_name && p.speaker_names.empty()) ++gk.found_unresolved;
    ClaimCounts& pk = report.by_kind[p.kind];
    ++pk.matched_predicted;
    if (right) ++pk.matched_predicted_right_speaker;
    if (collect_errors && !right)
      add(g.kind, "wrong_speaker", g, "gold " + describe(g) + " | predicted " + describe(p));
  }
  if (collect_errors)
    for (size_t pi = 0; pi < pred.size(); ++pi)
      if (!pred_matched[pi]) add(pred[pi].kind, "false_positive", pred[pi], describe(pred[pi]));
  for (const auto& [kind, c] : report.by_kind) report.all.Add(c);
  return report;
}

// ---- Printing
// -------------------------------------------------------------------------------

std::string FormatEntityReport(const EntityReport& r) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "entities: %llu documents\n",
                static_cast<unsigned long long>(r.documents));
  out += line;
  out += "                          ------ strict ------   ------ lenient -----\n";
  out += "type          gold    pred      P      R     F1      P      R     F1\n";
  auto row = [&](const std::string& name, const Counts& s, const Counts& l) {
    std::snprintf(line, sizeof line, "%-9s %8llu %7llu  %s  %s  %s  %s  %s  %s\n", name.c_str(),
                  static_cast<unsigned long long>(s.gold),
                  static_cast<unsigned long long>(s.predicted), Fixed(s.precision()).c_str(),
                  Fixed(s.recall()).c_str(), Fixed(s.f1()).c_str(), Fixed(l.precision()).c_str(),
                  Fixed(l.recall()).c_str(), Fixed(l.f1()).c_str());
    out += line;
  };
  for (const std::string& type : EntityTypesInOrder(r)) {
    const auto s = r.strict.find(type);
    const auto l = r.lenient.find(type);
    row(type, s == r.strict.end() ? Counts() : s->second,
        l == r.lenient.end() ? Counts() : l->second);
  }
  row("all", r.strict_all, r.lenient_all);
  out += "lenient: overlapping spans, ORG and PRODUCT interchangeable\n";
  return out;
}

std::string FormatClaimReport(const ClaimReport& r) {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "claims: %llu documents\n",
                static_cast<unsigned long long>(r.documents));
  out += line;
  out +=
      "                              ---- detection ---  speaker    e2e  "
      "content   kind  wrong  unres\n";
  out +=
      "kind           gold  pred found      P      R     F1      acc     F1    "
      "  IoU    acc   name   olved\n";
  auto row = [&](const std::string& name, const ClaimCounts& c) {
    std::snprintf(
        line, sizeof line, "%-12s %6llu %5llu %5llu  %s  %s  %s    %s  %s    %s  %s  %s  %s\n",
        name.c_str(), static_cast<unsigned long long>(c.gold),
        static_cast<unsigned long long>(c.predicted), static_cast<unsigned long long>(c.found),
        Fixed(c.precision()).c_str(), Fixed(c.recall()).c_str(), Fixed(c.f1()).c_str(),
        Fixed(c.speaker_accuracy()).c_str(), Fixed(c.e2e_f1()).c_str(),
        Fixed(c.content_iou()).c_str(), Fixed(c.kind_accuracy()).c_str(),
        Fixed(c.wrong_entity_rate()).c_str(), Fixed(c.unresolved_rate()).c_str());
    out += line;
  };
  for (const std::string& kind : ClaimKindsInOrder(r)) {
    const auto it = r.by_kind.find(kind);
    row(kind, it == r.by_kind.end() ? ClaimCounts() : it->second);
  }
  row("all", r.all);
  out +=
      "found: content covers >= half of the gold content, or cues overlap; "
      "speaker acc on found "
      "claims; e2e: found with the right speaker; wrong name: found claims whose speaker is linked "
      "to an entity the gold does not name; unresolved: found claims whose gold speaker is named "
      "and whose predicted speaker is linked to no entity\n";
  return out;
}

std::string FormatErrors(const std::vector<ErrorCase>& errors) {
  // Stable grouping: by group, then category, each list in document order.
  std::vector<const ErrorCase*> sorted;
  for (const ErrorCase& e : errors) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const ErrorCase* a, const ErrorCase* b) {
    return std::tie(a->group, a->category) < std::tie(b->group, b->category);
  });
  std::string out;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j]->group == sorted[i]->group &&
           sorted[j]->category == sorted[i]->category)
      ++j;
    out += "\n== " + sorted[i]->group + " " + sorted[i]->category + " (" + std::to_string(j - i) +
           ") ==\n";
    for (; i < j; ++i) {
      const ErrorCase& e = *sorted[i];
      out += e.document + ":" + std::to_string(e.start) + "-" + std::to_string(e.end) + "  " +
             e.context;
      if (!e.note.empty()) out += "  (" + e.note + ")";
      out += "\n";
    }
  }
  return out;
}

ojson EntityReportJson(const EntityReport& r, bool errors) {
  ojson j = ojson::object();
  j["task"] = "entities";
  j["documents"] = r.documents;
  for (const char* mode : {"strict", "lenient"}) {
    const auto& by_type = std::string(mode) == "strict" ? r.strict : r.lenient;
    ojson m = ojson::object();
    for (const std::string& type : EntityTypesInOrder(r)) {
      const auto it = by_type.find(type);
      m[type] = CountsJson(it == by_type.end() ? Counts() : it->second);
    }
    m["all"] = CountsJson(std::string(mode) == "strict" ? r.strict_all : r.lenient_all);
    j[mode] = std::move(m);
  }
  if (errors) j["errors"] = ErrorsJson(r.errors);
  return j;
}

ojson ClaimReportJson(const ClaimReport& r, bool errors) {
  ojson j = ojson::object();
  j["task"] = "claims";
  j["documents"] = r.documents;
  ojson kinds = ojson::object();
  for (const std::string& kind : ClaimKindsInOrder(r)) {
    const auto it = r.by_kind.find(kind);
    kinds[kind] = ClaimCountsJson(it == r.by_kind.end() ? ClaimCounts() : it->second);
  }
  j["kinds"] = std::move(kinds);
  j["all"] = ClaimCountsJson(r.all);
  if (errors) j["errors"] = ErrorsJson(r.errors);
  return j;
}

}  // namespace selon
