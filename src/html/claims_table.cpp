// "Qui dit quoi": one row per claim, in the order and with the numbers of the JSON record.
// Each row's first cell is a link to the claim's content in the text (id "<section>-c<n>"); the
// page's script makes the whole row a link and moves the focus there.
#include "html/escape.h"
#include "html/labels.h"
#include "html/section.h"

namespace selon::html {
namespace {

// A party (speaker, addressee, via): its entity's name, and the words of the text when they
// are not the name (a pronoun, a description); the text alone when unresolved.
void AppendParty(const Section& section, const ClaimRole& party, bool speaker, std::string* out) {
  if (!party.present()) {
    if (speaker) {
      out->append("<span class=\"dim\">(");
      AppendText(kNoSpeaker, out);
      out->append(")</span>");
    }
    return;
  }
  const std::string_view words = section.Slice(party.begin, party.end);
  if (party.entity < 0) {
    AppendText(words, out);
    out->append(" <span class=\"dim\">(");
    AppendText(kUnresolved, out);
    out->append(")</span>");
    return;
  }
  const Entity& entity = section.analysis().entities[party.entity];
  AppendText(entity.name, out);
  if (words != entity.name) {
    out->append(" <span class=\"dim\">« ");
    AppendText(words, out);
    out->append(" »</span>");
  }
  if (!speaker) return;
  if (const std::string_view roles = section.RolesOf(party.entity); !roles.empty()) {
    out->append("<span class=\"roles\">");
    AppendText(roles, out);
    out->append("</span>");
  }
}

void AppendHeaderCell(const char* label, std::string* out) {
  out->append("<th scope=\"col\">");
  AppendText(label, out);
  out->append("</th>");
}

}  // namespace

void AppendClaimsTable(const Section& section, std::string* out) {
  const std::vector<Attribution>& claims = section.analysis().claims;
  out->append("<h3>");
  AppendText(kWhoSaysWhat, out);
  out->append("</h3>\n");
  if (claims.empty()) {
    out->append("<p class=\"note\">");
    AppendText(kNoClaims, out);
    out->append("</p>\n");
    return;
  }
  out->append("<p class=\"note\">");
  AppendText(kRowHint, out);
  out->append("</p>\n<table class=\"claims\">\n<thead><tr>");
  for (const char* label : {kColumnNumber, kColumnSpeaker, kColumnCue, kColumnKind, kColumnContent,
                            kColumnVia, kColumnAddressee})
    AppendHeaderCell(label, out);
  out->append("</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < claims.size(); ++i) {
    const Attribution& c = claims[i];
    const uint64_t number = i + 1;
    out->append("<tr data-go=\"").append(section.id()).append("-c");
    AppendUint(number, out);
    out->append("\" data-c=\"");
    AppendUint(number, out);
    out->append("\"><td><a href=\"#").append(section.id()).append("-c");
    AppendUint(number, out);
    out->append("\">c");
    AppendUint(number, out);
    out->append("</a></td><td>");
    AppendParty(section, c.speaker, /*speaker=*/true, out);
    out->append("</td><td>");
    AppendText(section.Slice(c.cue_begin, c.cue_end), out);
    out->append("</td><td>");
    AppendText(KindLabel(c.kind), out);
    out->append("</td><td class=\"what\">");
    AppendText(section.Slice(c.content_begin, c.content_end), out);
    out->append("</td><td>");
    AppendParty(section, c.via, /*speaker=*/false, out);
    out->append("</td><td>");
    AppendParty(section, c.addressee, /*speaker=*/false, out);
    out->append("</td></tr>\n");
  }
  out->append("</tbody>\n</table>\n");
}

}  // namespace selon::html
