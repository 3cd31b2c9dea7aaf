// HtmlWriter: the page's head and end (html/page.cpp), and per document a <section> that
// html/section.h assembles from its parts: heading and counts, "Qui dit quoi", the marked
// text and the entity list. Error records become error sections, never dropped.
#include "html/html_writer.h"

#include <nlohmann/json.hpp>

#include "html/escape.h"
#include "html/labels.h"
#include "html/page.h"
#include "html/section.h"

namespace selon {
namespace {

using html::AppendAttribute;
using html::AppendText;
using html::AppendUint;

constexpr std::string_view kMetaOpen = "<p class=\"meta\">";

// The title of a section: the id as the user gave it (a JSON string unquoted, a number as
// written), else the path.
std::string Title(const RecordOrigin& origin) {
  const std::string_view id = origin.id_json;
  if (!id.empty() && id != "null") {
    if (id.front() != '"') return std::string(id);
    const nlohmann::json parsed =
        nlohmann::json::parse(id.begin(), id.end(), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_string()) return parsed.get<std::string>();
  }
  if (origin.path) return std::string(*origin.path);
  return html::kUnknownDocument;
}

// <section …><h2>title</h2><p class="meta">path · line N… (the caller closes the <p>)
void OpenSection(const std::string& id, const RecordOrigin& origin, bool error,
                 const html::Section* section, std::string* out) {
  const std::string title = Title(origin);
  out->append("<section class=\"doc").append(error ? " err" : "").append("\" id=\"");
  out->append(id).append("\" data-title=\"");
  AppendAttribute(title, out);
  if (section != nullptr) {
    out->append("\" data-mentions=\"");
    AppendUint(section->mention_total(), out);
    out->append("\" data-claims=\"");
    AppendUint(section->analysis().claims.size(), out);
  }
  out->append("\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"");
  out->append(id).append("-h\">");
  AppendText(title, out);
  out->append("</h2>\n").append(kMetaOpen);
  if (origin.path && *origin.path != title) AppendText(*origin.path, out);
  if (origin.line) {
    out->append(origin.path && *origin.path != title ? ", " : "");
    AppendText(html::kLine, out);
    out->push_back(' ');
    AppendUint(*origin.line, out);
  }
}

// " · " between the items of the meta line.
void Separate(std::string* out) {
  if (!std::string_view(*out).ends_with(kMetaOpen)) out->append(" · ");
}

void AppendCount(uint64_t n, const char* singular, const char* plural, std::string* out) {
  Separate(out);
  AppendUint(n, out);
  out->push_back(' ');
  AppendText(html::Counted(n, singular, plural), out);
}

}  // namespace

void HtmlWriter::WriteHeader(std::string* out) const { html::AppendPageHead(out); }

void HtmlWriter::WriteFooter(std::string* out) const { html::AppendPageEnd(out); }

void HtmlWriter::WriteResult(uint64_t index, const Document& doc, const Analysis& analysis,
                             const RecordOrigin& origin, std::string* out) const {
  const html::Section section(index, analysis, doc.analysis_text());
  OpenSection(section.id(), origin, /*error=*/false, &section, out);
  AppendCount(section.entity_total(), html::kEntityUnit, html::kEntitiesUnit, out);
  AppendCount(section.mention_total(), html::kMentionUnit, html::kMentionsUnit, out);
  AppendCount(analysis.claims.size(), html::kClaimUnit, html::kClaimsUnit, out);
  for (size_t i = 0; i < analysis.sources.size(); ++i) {
    const SourceCredit& s = analysis.sources[i];
    if (i == 0) {
      Separate(out);
      AppendText(html::kSource, out);
      out->append(" : ");
    } else {
      out->append(", ");
    }
    AppendText(section.Slice(s.begin, s.end), out);
  }
  const uint64_t warnings = doc.warnings().size() + analysis.unbalanced_quotes.size();
  if (warnings > 0) AppendCount(warnings, html::kWarningUnit, html::kWarningsUnit, out);
  out->append("</p>\n");
  html::AppendClaimsTable(section, out);
  out->append("<div class=\"cols\">\n<div><h3>");
  AppendText(html::kText, out);
  out->append("</h3>\n");
  html::AppendDocumentText(section, out);
  out->append("</div>\n");
  html::AppendEntityList(section, out);
  out->append("</div>\n</section>\n");
}

void HtmlWriter::WriteError(uint64_t index, const RecordOrigin& origin, const RecordError& error,
                            std::string* out) const {
  std::string id(1, 'd');
  id.append(std::to_string(index));
  OpenSection(id, origin, /*error=*/true, nullptr, out);
  out->append("</p>\n<div class=\"err-box\"><strong>");
  AppendText(html::kError, out);
  out->append("</strong> <code>");
  AppendText(error.code, out);
  out->append("</code> : ");
  AppendText(error.message, out);
  out->append("</div>\n</section>\n");
}

}  // namespace selon
