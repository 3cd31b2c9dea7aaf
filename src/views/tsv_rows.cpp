// TSV rows (tsv_rows.h): escaping, the header of each row kind, and the rows of one record.
#include "views/tsv_rows.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace selon::views {
namespace {

constexpr const char* kClaimColumns =
    "id\tclaim\tkind\tspeaker\tspeaker_name\tspeaker_type\tcue\tlemma\taddressee\tvia\tcontent\t"
    "sentence\tcue_start\tcue_end\tcontent_start\tcontent_end\n";
constexpr const char* kEntityColumns = "id\tentity\ttype\tname\tkb\tmentions\n";
constexpr const char* kMentionColumns = "id\tentity\ttype\tname\tkb\tstart\tend\ttext\n";

// Appends fields separated by tabs, the row ended by a line feed.
class Row {
 public:
  explicit Row(std::string* out) : out_(out) {}
  Row& Text(std::string_view field) {
    Separate();
    AppendTsvField(field, out_);
    return *this;
  }
  Row& Number(uint64_t value) {
    Separate();
    char buffer[24];
    out_->append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    return *this;
  }
  // "e3" / "c2" for index 2 / 1, empty for -1.
  Row& Ref(char prefix, int64_t index) {
    Separate();
    if (index < 0) return *this;
    out_->push_back(prefix);
    char buffer[24];
    out_->append(
        buffer,
        std::to_chars(buffer, buffer + sizeof buffer, static_cast<uint64_t>(index) + 1).ptr);
    return *this;
  }
  void End() { out_->push_back('\n'); }

 private:
  void Separate() {
    if (!first_) out_->push_back('\t');
    first_ = false;
  }
  std::string* out_;
  bool first_ = true;
};

void ClaimRows(const RecordView& view, std::string* out) {
  for (size_t i = 0; i < view.claims.size(); ++i) {
    const ClaimView& c = view.claims[i];
    const EntityView* speaker = view.entity(c.speaker.entity);
    Row(out)
        .Text(view.id)
        .Ref('c', static_cast<int64_t>(i))
        .Text(c.kind)
        .Text(c.speaker.span.text)
        .Text(speaker != nullptr ? speaker->name : std::string_view())
        .Text(speaker != nullptr ? speaker->type : std::string_view())
        .Text(c.cue.text)
        .Text(c.lemma)
        .Text(c.addressee.span.text)
        .Text(c.via.span.text)
        .Text(c.content.text)
        .Number(c.sentence)
        .Number(c.cue.start)
        .Number(c.cue.end)
        .Number(c.content.start)
        .Number(c.content.end)
        .End();
  }
}

void EntityRows(const RecordView& view, std::string* out) {
  for (size_t i = 0; i < view.entities.size(); ++i) {
    const EntityView& e = view.entities[i];
    if (e.mentions == 0) continue;
    Row(out)
        .Text(view.id)
        .Ref('e', static_cast<int64_t>(i))
        .Text(e.type)
        .Text(e.name)
        .Text(e.kb)
        .Number(e.mentions)
        .End();
  }
}

void MentionRows(const RecordView& view, std::string* out) {
  for (const MentionView& m : view.mentions) {
    const EntityView& e = view.entities[m.entity];
    Row(out)
        .Text(view.id)
        .Ref('e', m.entity)
        .Text(e.type)
        .Text(e.name)
        .Text(e.kb)
        .Number(m.span.start)
        .Number(m.span.end)
        .Text(m.span.text)
        .End();
  }
}

}  // namespace

bool ParseTsvRows(std::string_view name, TsvRows* rows) {
  if (name == "claims") {
    *rows = TsvRows::kClaims;
  } else if (name == "entities") {
    *rows = TsvRows::kEntities;
  } else if (name == "mentions") {
    *rows = TsvRows::kMentions;
  } else {
    return false;
  }
  return true;
}

void AppendTsvField(std::string_view field, std::string* out) {
  size_t run = 0;
  for (size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    if (c != '\\' && static_cast<unsigned char>(c) > '\r') continue;  // the common case
    const char* escape = c == '\t'   ? "\\t"
                         : c == '\n' ? "\\n"
                         : c == '\r' ? "\\r"
                         : c == '\\' ? "\\\\"
                                     : nullptr;
    if (escape == nullptr) continue;
    out->append(field.data() + run, i - run);
    out->append(escape, 2);
    run = i + 1;
  }
  out->append(field.data() + run, field.size() - run);
}

std::string UnescapeTsvField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out.push_back(field[i]);
      continue;
    }
    const char c = field[++i];
    out.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c);
  }
  return out;
}

void WriteTsvHeader(TsvRows rows, std::string* out) {
  out->append(rows == TsvRows::kClaims     ? kClaimColumns
              : rows == TsvRows::kEntities ? kEntityColumns
                                           : kMentionColumns);
}

void WriteTsvRows(const RecordView& view, TsvRows rows, std::string* out) {
  if (view.error) return;
  switch (rows) {
    case TsvRows::kClaims:
      return ClaimRows(view, out);
    case TsvRows::kEntities:
      return EntityRows(view, out);
    case TsvRows::kMentions:
      return MentionRows(view, out);
  }
}

}  // namespace selon::views
