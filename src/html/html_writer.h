// HtmlWriter: turns analyses into one self-contained HTML page for reading ("selon --format
// html"): per document, "Qui dit quoi" (one row per claim, each a link to its place in the
// text), the text with entity mentions and claims marked, and the list of entities named.
//
// The page streams: the header (inline CSS and script, legend, an empty table of contents that
// the script fills from the sections) is written once, then each document's section as soon as
// it is ready, in any number, then the footer. Nothing is kept between documents, so a batch of
// any size costs the memory of one document. Nothing is fetched from the network.
//
//   const selon::HtmlWriter html;
//   std::string out;
//   html.WriteHeader(&out);
//   html.WriteResult(1, doc, analysis, {.id_json = "\"a.txt\"", .path = "a.txt"}, &out);
//   html.WriteError(2, {.path = "b.txt"}, {.code = "not_found", .message = "b.txt: …"}, &out);
//   html.WriteFooter(&out);
//
// Every piece of text from the input or the data is HTML-escaped (a document that contains
// `<script>` shows it). The text shown is Document::analysis_text() (NFC, invalid UTF-8 as
// U+FFFD); claim and entity numbers (c1, e1) are those of the JSON record. Element ids are
// prefixed with "d<index>-", so `index` must differ between the sections of one page.
//
// Thread-safe: const methods only; sections of one page may be written on several threads.
#pragma once

#include <cstdint>
#include <string>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/json_writer.h"

namespace selon {

class HtmlWriter {
 public:
  // The start of the page: doctype, head (style, error hooks), title, legend, table of contents.
  void WriteHeader(std::string* out) const;

  // The section of document number `index` (1-based position in the page; ids "d<index>-…").
  // `origin` gives its title (the id, else the path) and the path and line shown under it;
  // `origin.meta_json` is not shown.
  void WriteResult(uint64_t index, const Document& doc, const Analysis& analysis,
                   const RecordOrigin& origin, std::string* out) const;

  // An error section: the document that failed, its error code and message.
  void WriteError(uint64_t index, const RecordOrigin& origin, const RecordError& error,
                  std::string* out) const;

  // The end of the page: the tooltip, the script (table of contents, tooltips, claim links).
  void WriteFooter(std::string* out) const;
};

}  // namespace selon
