// The summary's digest and fold (summary.h).
//
// Digest lines, fields escaped as TSV fields (tsv_rows.h), one document:
//   D  id  error(0|1)
//   E  type  name  mentions                      per entity of the record
//   C  kind  speaker(n|u|r)  name  gender  lemma  via   per claim: no speaker, unresolved,
//                                                resolved (then its canonical name)
//   G  gender                                    per person speaking in the document (a PER
//                                                entity or an unresolved speaker's text)
//   Z                                            end of the document
#include "views/summary.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "views/tsv_rows.h"

namespace selon::views {
namespace {

class Line {
 public:
  Line(std::string* out, char tag) : out_(out) { out_->push_back(tag); }
  Line& Field(std::string_view field) {
    out_->push_back('\t');
    AppendTsvField(field, out_);
    return *this;
  }
  Line& Number(uint64_t n) { return Field(std::to_string(n)); }
  void End() { out_->push_back('\n'); }

 private:
  std::string* out_;
};

uint64_t ToNumber(std::string_view s) {
  uint64_t n = 0;
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

std::string Percent(uint64_t part, uint64_t whole) {
  if (whole == 0) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f %%", 100.0 * part / whole);
  return buffer;
}

// "name" padded to `width` code points (UTF-8 continuation bytes do not count).
std::string Pad(std::string_view text, size_t width) {
  size_t points = 0;
  for (const char c : text) points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  std::string out(text);
  if (points < width) out.append(width - points, ' ');
  return out;
}

// Entities of equal document counts: the most mentioned first.
bool MoreMentions(const Summary::EntityStats& a, const Summary::EntityStats& b) {
  return a.mentions > b.mentions;
}

std::string Approx(uint64_t count, uint64_t error) {
  return error == 0 ? std::to_string(count) : "≤" + std::to_string(count);
}

}  // namespace

void DigestRecord(const RecordView& view, const SpeakerGender& gender, std::string* out) {
  Line(out, 'D').Field(view.id).Number(view.error ? 1 : 0).End();
  if (view.error) {
    Line(out, 'Z').End();
    return;
  }
  for (const EntityView& e : view.entities) {
    if (e.mentions > 0) Line(out, 'E').Field(e.type).Field(e.name).Number(e.mentions).End();
  }
  // Speakers of the document: an entity, or an unresolved speaker's text. A document has a
  // handful: a linear search is cheaper than hashing.
  struct Speaker {
    int32_t entity;
    std::string_view text;  // when entity < 0
    GenderVotes votes;
    Gender gender = Gender::kUnknown;
    bool person = true;
  };
  std::vector<Speaker> speakers;
  std::vector<int32_t> speaker_of(view.claims.size(), -1);
  for (size_t i = 0; i < view.claims.size(); ++i) {
    const ClaimView& c = view.claims[i];
    if (!c.speaker.present) continue;
    const int32_t entity = c.speaker.entity;
    const std::string_view text = entity >= 0 ? std::string_view() : c.speaker.span.text;
    size_t k = 0;
    while (k < speakers.size() && (speakers[k].entity != entity || speakers[k].text != text)) ++k;
    if (k == speakers.size()) speakers.push_back({entity, text, {}});
    speaker_of[i] = static_cast<int32_t>(k);
    gender.FromSpeakerText(c.speaker.span.text, &speakers[k].votes);
    gender.FromCue(c.cue.text, &speakers[k].votes);
  }
  for (const RoleView& r : view.roles) {
    for (Speaker& s : speakers)
      if (s.entity == static_cast<int32_t>(r.entity)) gender.FromRole(r.role, &s.votes);
  }
  for (const WordBefore& w : view.words_before) {
    for (Speaker& s : speakers)
      if (s.entity == static_cast<int32_t>(w.entity))
        gender.FromWordBefore(w.word, w.role, &s.votes);
  }
  // A speaker resolved to an organization, a place or a product has no gender (`elle` is also
  // `la société`), and is no one in the gender counts.
  for (Speaker& s : speakers) {
    s.gender = s.votes.Decide();
    if (s.entity < 0) continue;
    const EntityView* e = view.entity(s.entity);
    s.person = e != nullptr && e->type == EntityTypeName(EntityType::kPerson);
    if (!s.person) {
      s.gender = Gender::kUnknown;
    } else if (s.votes.female == 0 && s.votes.male == 0) {
      s.gender = gender.FromFirstName(e->name);
    }
  }
  for (size_t i = 0; i < view.claims.size(); ++i) {
    const ClaimView& c = view.claims[i];
    const std::string_view state = !c.speaker.present ? "n" : (c.speaker.entity >= 0 ? "r" : "u");
    const std::string_view via = !c.via.present      ? std::string_view()
                                 : c.via.entity >= 0 ? view.NameOf(c.via)
                                                     : c.via.span.text;
    Line(out, 'C')
        .Field(c.kind)
        .Field(state)
        .Field(view.NameOf(c.speaker))
        .Field(speaker_of[i] >= 0 ? GenderCode(speakers[speaker_of[i]].gender) : "")
        .Field(c.lemma)
        .Field(via)
        .End();
  }
  // In order of first claim: the digest depends on the record only.
  for (const Speaker& s : speakers)
    if (s.person) Line(out, 'G').Field(GenderCode(s.gender)).End();
  Line(out, 'Z').End();
}

Summary::Summary(size_t capacity) : capacity_(capacity), speakers_(capacity), via_(capacity) {}

void Summary::Fold(std::string_view digests) {
  while (!digests.empty()) {
    const size_t end = digests.find('\n');
    const std::string_view line = digests.substr(0, end);
    // The fields, unescaped only when they hold an escape.
    fields_.clear();
    unescaped_.clear();
    for (size_t start = 0;;) {
      const size_t tab = line.find('\t', start);
      const std::string_view field = line.substr(start, tab - start);
      fields_.push_back(field.find('\\') == std::string_view::npos
                            ? field
                            : std::string_view(unescaped_.emplace_back(UnescapeTsvField(field))));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    FoldLine(fields_);
    if (end == std::string_view::npos) break;
    digests.remove_prefix(end + 1);
  }
}

void Summary::FoldLine(const std::vector<std::string_view>& f) {
  if (f[0].empty()) return;
  switch (f[0][0]) {
    case 'D':
      if (f.size() < 3) return;
      ++documents_;
      id_ = f[1];
      error_ = f[2] == "1";
      error_records_ += error_;
      document_claims_ = 0;
      return;
    case 'E': {
      if (f.size() < 4) return;
      auto it = entities_.find(f[1]);
      if (it == entities_.end()) {
        if (entities_.size() >= kMaxEntityTypes) return;
        it = entities_.emplace(std::string(f[1]), TopK<EntityStats>(capacity_)).first;
      }
      it->second.Add(f[2]).payload.mentions += ToNumber(f[3]);
      return;
    }
    case 'C': {
      if (f.size() < 7) return;
      ++claims_;
      ++document_claims_;
      if (auto kind = claims_by_kind_.find(f[1]); kind != claims_by_kind_.end()) {
        ++kind->second;
      } else if (claims_by_kind_.size() < kMaxClaimKinds) {
        claims_by_kind_.emplace(std::string(f[1]), 1);
      }
      const std::string_view state = f[2];
      if (state == "n") ++speaker_none_;
      if (state == "u") ++speaker_unresolved_;
      if (state != "n") {
        (f[4] == "F" ? claims_female_ : f[4] == "M" ? claims_male_ : claims_unknown_)++;
      }
      if (state == "r") {
        ++speaker_resolved_;
        SpeakerStats& s = speakers_.Add(f[3]).payload;
        if (s.last_document != documents_) {
          s.last_document = documents_;
          ++s.documents;
        }
        if (f[4] == "F") ++s.female;
        if (f[4] == "M") ++s.male;
        if (!f[5].empty()) s.cues.Add(f[5]);
      }
      if (!f[6].empty()) via_.Add(f[6]);
      return;
    }
    case 'G':
      if (f.size() < 2) return;
      (f[1] == "F" ? speakers_female_ : f[1] == "M" ? speakers_male_ : speakers_unknown_)++;
      return;
    case 'Z':
      if (!error_ && document_claims_ == 0) {
        ++without_claims_;
        if (without_claims_ids_.size() < kListedDocumentsWithoutClaims)
          without_claims_ids_.push_back(id_);
      }
      return;
  }
}

void Summary::WriteText(size_t top, std::string* out) const {
  auto line = [&](std::string_view label, const std::string& value) {
    out->append(Pad(label, 34)).append(value).push_back('\n');
  };
  out->append("Totals\n");
  line("  documents", std::to_string(documents_));
  line("  error records", std::to_string(error_records_));
  line("  claims", std::to_string(claims_));
  for (const auto& [kind, n] : claims_by_kind_) line("    " + kind, std::to_string(n));
  line("  speaker resolved to an entity", std::to_string(speaker_resolved_));
  line("  speaker unresolved", std::to_string(speaker_unresolved_));
  line("  no speaker", std::to_string(speaker_none_));
  std::string ids;
  for (const std::string& id : without_claims_ids_) ids.append(ids.empty() ? "" : ", ").append(id);
  line("  documents without a claim",
       std::to_string(without_claims_) + (ids.empty() ? "" : " (" + ids + ", …)"));

  out->append("\nGender of speakers (per document; known when the text says it)\n");
  line("  women", std::to_string(speakers_female_));
  line("  men", std::to_string(speakers_male_));
  line("  unknown", std::to_string(speakers_unknown_));
  line("  share of women (known gender)",
       Percent(speakers_female_, speakers_female_ + speakers_male_) +
           "; of claims: " + Percent(claims_female_, claims_female_ + claims_male_));

  for (const auto& [type, ranking] : entities_) {
    out->append("\nTop ").append(type).append(" (documents, mentions)\n");
    for (const auto* item : ranking.Top(top, MoreMentions)) {
      out->append("  ").append(Pad(item->key, 40));
      out->append(Pad(Approx(item->count, item->error), 8))
          .append(std::to_string(item->payload.mentions))
          .push_back('\n');
    }
  }
  out->append("\nTop speakers (claims, documents, gender, cues)\n");
  for (const auto* item : speakers_.Top(top)) {
    const SpeakerStats& s = item->payload;
    const Gender g =
        GenderVotes{static_cast<uint32_t>(s.female), static_cast<uint32_t>(s.male)}.Decide();
    std::string cues;
    for (const auto* cue : s.cues.Top(3))
      cues.append(cues.empty() ? "" : ", ")
          .append(cue->key)
          .append(" ")
          .append(Approx(cue->count, cue->error));
    out->append("  ").append(Pad(item->key, 40));
    out->append(Pad(Approx(item->count, item->error), 8))
        .append(Pad(std::to_string(s.documents), 7))
        .append(Pad(g == Gender::kUnknown ? "?" : GenderCode(g), 3))
        .append(cues)
        .push_back('\n');
  }
  out->append("\nTop via sources (claims)\n");
  for (const auto* item : via_.Top(top)) {
    out->append("  ").append(Pad(item->key, 40)).append(Approx(item->count, item->error));
    out->push_back('\n');
  }
  const bool exact = speakers_.size() < capacity_ && via_.size() < capacity_ &&
                     std::all_of(entities_.begin(), entities_.end(),
                                 [&](const auto& e) { return e.second.size() < capacity_; });
  if (!exact) {
    out->append("\n≤N: an upper bound (more than " + std::to_string(capacity_) +
                " distinct keys: a space-saving sketch ranks them)\n");
  }
}

void Summary::WriteJson(size_t top, std::string* out) const {
  using nlohmann::ordered_json;
  ordered_json j;
  j["documents"] = documents_;
  j["error_records"] = error_records_;
  ordered_json claims;
  claims["total"] = claims_;
  for (const auto& [kind, n] : claims_by_kind_) claims[kind] = n;
  j["claims"] = claims;
  j["speakers"] = {{"resolved", speaker_resolved_},
                   {"unresolved", speaker_unresolved_},
                   {"none", speaker_none_}};
  j["documents_without_claims"] = {{"count", without_claims_}, {"ids", without_claims_ids_}};
  const uint64_t known = speakers_female_ + speakers_male_;
  const uint64_t known_claims = claims_female_ + claims_male_;
  j["gender"] = {
      {"speakers_female", speakers_female_},
      {"speakers_male", speakers_male_},
      {"speakers_unknown", speakers_unknown_},
      {"share_female", known == 0 ? ordered_json(nullptr)
                                  : ordered_json(static_cast<double>(speakers_female_) / known)},
      {"claims_female", claims_female_},
      {"claims_male", claims_male_},
      {"claims_unknown", claims_unknown_},
      {"claims_share_female",
       known_claims == 0 ? ordered_json(nullptr)
                         : ordered_json(static_cast<double>(claims_female_) / known_claims)}};
  ordered_json entities = ordered_json::object();
  for (const auto& [type, ranking] : entities_) {
    ordered_json list = ordered_json::array();
    for (const auto* item : ranking.Top(top, MoreMentions)) {
      list.push_back({{"name", item->key},
                      {"documents", item->count},
                      {"error", item->error},
                      {"mentions", item->payload.mentions}});
    }
    entities[type] = list;
  }
  j["entities"] = entities;
  ordered_json speakers = ordered_json::array();
  for (const auto* item : speakers_.Top(top)) {
    const SpeakerStats& s = item->payload;
    const Gender g =
        GenderVotes{static_cast<uint32_t>(s.female), static_cast<uint32_t>(s.male)}.Decide();
    ordered_json cues = ordered_json::array();
    for (const auto* cue : s.cues.Top(kCuesPerSpeaker))
      cues.push_back({{"lemma", cue->key}, {"claims", cue->count}, {"error", cue->error}});
    speakers.push_back(
        {{"name", item->key},
         {"claims", item->count},
         {"error", item->error},
         {"documents", s.documents},
         {"gender", g == Gender::kUnknown ? ordered_json(nullptr) : ordered_json(GenderCode(g))},
         {"cues", cues}});
  }
  j["top_speakers"] = speakers;
  ordered_json via = ordered_json::array();
  for (const auto* item : via_.Top(top))
    via.push_back({{"source", item->key}, {"claims", item->count}, {"error", item->error}});
  j["top_via"] = via;
  j["capacity"] = capacity_;
  out->append(j.dump(-1, ' ', false, ordered_json::error_handler_t::replace)).push_back('\n');
}

}  // namespace selon::views
