// The text view (text_view.h).
#include "views/text_view.h"

#include <string_view>
#include <vector>

#include "views/french_words.h"

namespace selon::views {
namespace {

// ANSI SGR sequences (ECMA-48).
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kDash = " — ";

class Painter {
 public:
  Painter(const TextStyle& style, std::string* out) : color_(style.color), out_(out) {}
  Painter& Put(std::string_view text) {
    out_->append(text);
    return *this;
  }
  Painter& Put(std::string_view sgr, std::string_view text) {
    if (color_) out_->append(sgr);
    out_->append(text);
    if (color_) out_->append(kReset);
    return *this;
  }

 private:
  bool color_;
  std::string* out_;
};

// Line breaks and tabs inside a span would break the one-line-per-claim layout.
std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// "(porte-parole, Microsoft; PDG)": the roles of a person, with what they are of.
std::string Roles(const RecordView& view, int32_t entity) {
  std::string roles;
  for (const RoleView& r : view.roles) {
    if (static_cast<int32_t>(r.entity) != entity) continue;
    roles.append(roles.empty() ? "" : "; ").append(r.role);
    if (const EntityView* of = view.entity(r.of); of != nullptr)
      roles.append(", ").append(of->name);
  }
  return roles.empty() ? roles : " (" + roles + ")";
}

void Claim(const RecordView& view, const ClaimView& c, Painter* p) {
  p->Put("  ");
  if (!c.speaker.present) {
    p->Put(kDim, fr::kNoSpeaker);
  } else if (const EntityView* e = view.entity(c.speaker.entity); e != nullptr) {
    p->Put(kBold, e->name).Put(Roles(view, c.speaker.entity));
  } else {
    p->Put(kBold, OneLine(c.speaker.span.text));
  }
  p->Put(kDash).Put(kCyan, OneLine(c.cue.text)).Put(kDash);
  const bool quoted = c.kind == "direct";
  if (quoted) p->Put(fr::kOpenQuote);
  p->Put(OneLine(c.content.text));
  if (quoted) p->Put(fr::kCloseQuote);
  if (c.addressee.present) {
    const std::string_view name = view.NameOf(c.addressee);
    p->Put("  → ").Put(fr::kTo).Put(" ").Put(name.empty() ? OneLine(c.addressee.span.text) : name);
  }
  if (c.via.present) {
    const std::string_view name = view.NameOf(c.via);
    p->Put("  [").Put(fr::kVia).Put(" ");
    p->Put(kYellow, name.empty() ? OneLine(c.via.span.text) : std::string(name)).Put("]");
  }
  p->Put("\n");
}

}  // namespace

void WriteTextRecord(const RecordView& view, const TextStyle& style, std::string* out) {
  Painter p(style, out);
  std::string header = view.id.empty() ? view.path : view.id;
  if (view.line && view.id != std::to_string(*view.line))
    header.append(" (")
        .append(view.path)
        .append(":")
        .append(std::to_string(*view.line))
        .append(")");
  p.Put(kBold, "# " + OneLine(header)).Put("\n");
  if (view.error) {
    p.Put("  ").Put(kRed, std::string(fr::kError) + ": " + view.error_code).Put(": ");
    p.Put(OneLine(view.error_message)).Put("\n");
    return;
  }
  p.Put(kDim, std::string(fr::kClaimsHeading) + " (" + std::to_string(view.claims.size()) + ")")
      .Put("\n");
  if (view.claims.empty()) p.Put("  ").Put(kDim, fr::kNoClaim).Put("\n");
  for (const ClaimView& c : view.claims) Claim(view, c, &p);

  p.Put(kDim, fr::kEntitiesHeading).Put("\n");
  // Types in order of first appearance, entities in index order (first mention).
  std::vector<std::string_view> types;
  for (const EntityView& e : view.entities) {
    if (e.mentions == 0) continue;
    bool seen = false;
    for (std::string_view t : types) seen = seen || t == e.type;
    if (!seen) types.push_back(e.type);
  }
  for (std::string_view type : types) {
    p.Put("  ").Put(kDim,
                    std::string(type) + std::string(8 - std::min<size_t>(type.size(), 7), ' '));
    bool first = true;
    for (const EntityView& e : view.entities) {
      if (e.mentions == 0 || e.type != type) continue;
      if (!first) p.Put(", ");
      first = false;
      p.Put(e.name).Put(" ×" + std::to_string(e.mentions));
    }
    p.Put("\n");
  }
}

}  // namespace selon::views
