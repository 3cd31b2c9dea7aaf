// The text of a document with its marks: entity mentions (focusable, class = type, data-e = the
// entity's number, for the tooltip) and the parts of each claim (data-c = its number): content
// (shaded; the first piece carries the id the "Qui dit quoi" row links to), speaker, via,
// addressee and cue. A claim whose content is empty is anchored on its cue. Marks cross freely
// (a speaker inside another claim's quotation, mentions inside contents): marked_text.h keeps
// the elements nested.
#include "html/escape.h"
#include "html/marked_text.h"
#include "html/section.h"

namespace selon::html {
namespace {

// What a mark is; the value is also its layer (lower opens outside at the same span).
enum MarkKind : uint32_t { kContent, kSpeaker, kVia, kAddressee, kCue, kMention };

constexpr const char* kClaimPartClass[] = {"ct", "spk", "via", "adr", "cue"};

class Tags : public OpenTag {
 public:
  explicit Tags(const Section& section) : section_(section) {}

  void Open(const Mark& mark, bool first, std::string* out) const override {
    const Analysis& analysis = section_.analysis();
    if (mark.kind == kMention) {
      const uint32_t entity = analysis.mentions[mark.index].entity;
      out->append("<span class=\"m ");
      out->append(EntityTypeName(analysis.entities[entity].type));
      out->append(first ? "\" tabindex=\"0\" data-e=\"" : " cont\" data-e=\"");
      AppendUint(entity + 1, out);
      out->append("\">");
      return;
    }
    const Attribution& claim = analysis.claims[mark.index];
    const bool anchor = first && (mark.kind == kContent ||
                                  (mark.kind == kCue && claim.content_end <= claim.content_begin));
    out->append("<span class=\"").append(kClaimPartClass[mark.kind]);
    if (!first) out->append(" cont");
    out->push_back('"');
    if (anchor) {
      out->append(" id=\"").append(section_.id()).append("-c");
      AppendUint(mark.index + 1, out);
      out->append("\" tabindex=\"-1\"");
    }
    out->append(" data-c=\"");
    AppendUint(mark.index + 1, out);
    out->append("\">");
  }

 private:
  const Section& section_;
};

}  // namespace

void AppendDocumentText(const Section& section, std::string* out) {
  const Analysis& analysis = section.analysis();
  std::vector<Mark> marks;
  marks.reserve(analysis.mentions.size() + 4 * analysis.claims.size());
  for (uint32_t i = 0; i < analysis.mentions.size(); ++i) {
    const Mention& m = analysis.mentions[i];
    if (analysis.entities[m.entity].type == EntityType::kEvent) continue;
    marks.push_back({m.begin, m.end, kMention, kMention, i});
  }
  for (uint32_t i = 0; i < analysis.claims.size(); ++i) {
    const Attribution& c = analysis.claims[i];
    marks.push_back({c.content_begin, c.content_end, kContent, kContent, i});
    marks.push_back({c.speaker.begin, c.speaker.end, kSpeaker, kSpeaker, i});
    marks.push_back({c.via.begin, c.via.end, kVia, kVia, i});
    marks.push_back({c.addressee.begin, c.addressee.end, kAddressee, kAddressee, i});
    marks.push_back({c.cue_begin, c.cue_end, kCue, kCue, i});
  }
  out->append("<div class=\"text\" lang=\"fr\">");
  AppendMarkedText(section.text(), &marks, Tags(section), "</span>", out);
  out->append("</div>\n");
}

}  // namespace selon::html
