// The entities of a document by type, most mentioned first. Each item carries, as data-*
// attributes, what the tooltip of its mentions shows (name, type, roles, Wikidata id), so a
// mention only names its entity's number.
#include <algorithm>

#include "html/escape.h"
#include "html/labels.h"
#include "html/section.h"

namespace selon::html {
namespace {

constexpr EntityType kListedTypes[] = {EntityType::kPerson, EntityType::kOrganization,
                                       EntityType::kProduct, EntityType::kLocation};

void AppendItem(const Section& section, uint32_t e, std::string* out) {
  const Entity& entity = section.analysis().entities[e];
  const std::string_view roles = section.RolesOf(e);
  out->append("<li id=\"").append(section.id()).append("-e");
  AppendUint(e + 1, out);
  out->append("\" data-e=\"");
  AppendUint(e + 1, out);
  out->append("\" data-name=\"");
  AppendAttribute(entity.name, out);
  out->append("\" data-t=\"");
  AppendAttribute(TypeLabel(entity.type), out);
  if (!roles.empty()) {
    out->append("\" data-roles=\"");
    AppendAttribute(roles, out);
  }
  if (!entity.kb.empty()) {
    out->append("\" data-kb=\"");
    AppendAttribute(entity.kb, out);
  }
  out->append("\"><span class=\"sw ").append(EntityTypeName(entity.type)).append("\">");
  AppendText(entity.name, out);
  out->append("</span> <span class=\"n\">");
  AppendUint(section.mentions_of(e), out);
  out->push_back(' ');
  AppendText(Counted(section.mentions_of(e), kMentionUnit, kMentionsUnit), out);
  out->append("</span>");
  if (!entity.kb.empty()) {
    out->append(" <a href=\"https://www.wikidata.org/wiki/");
    AppendAttribute(entity.kb, out);
    out->append("\">");
    AppendText(entity.kb, out);
    out->append("</a>");
  }
  if (!roles.empty()) {
    out->append("<span class=\"roles\">");
    AppendText(roles, out);
    out->append("</span>");
  }
  out->append("</li>\n");
}

}  // namespace

void AppendEntityList(const Section& section, std::string* out) {
  const Analysis& analysis = section.analysis();
  out->append("<aside class=\"ents\" aria-labelledby=\"").append(section.id()).append("-ents\">");
  out->append("<h3 id=\"").append(section.id()).append("-ents\">");
  AppendText(kEntities, out);
  out->append("</h3>\n");
  if (section.entity_total() == 0) {
    out->append("<p class=\"note\">");
    AppendText(kNoEntities, out);
    out->append("</p>\n");
  }
  std::vector<uint32_t> listed;
  for (const EntityType type : kListedTypes) {
    listed.clear();
    for (uint32_t e = 0; e < analysis.entities.size(); ++e) {
      if (analysis.entities[e].type == type && section.mentions_of(e) > 0) listed.push_back(e);
    }
    if (listed.empty()) continue;
    std::stable_sort(listed.begin(), listed.end(), [&](uint32_t a, uint32_t b) {
      return section.mentions_of(a) > section.mentions_of(b);
    });
    out->append("<h4>");
    AppendText(TypePluralLabel(type), out);
    out->append("</h4>\n<ul>\n");
    for (const uint32_t e : listed) AppendItem(section, e, out);
    out->append("</ul>\n");
  }
  out->append("</aside>\n");
}

}  // namespace selon::html
