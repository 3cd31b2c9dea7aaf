// The parts of the HTML report written once: the page's head, with its style sheet and legend,
// and its end, with the script. Both are constant but for the French labels (labels.h).
#pragma once

#include <string>

namespace selon::html {

// Appends the doctype, <head> (style, a script that records errors for the self-test), the
// page heading, the legend and the empty table of contents, and opens <main>.
void AppendPageHead(std::string* out);

// Closes <main> and appends the tooltip, the self-test output and the script: table of
// contents built from the sections, tooltips of mentions, claim rows that move the focus to
// their text, highlighting of a claim's parts together. With "#selftest" (or "?selftest") in
// the address, the script checks the page and writes the results, as JSON, into
// <pre id="selftest">: what tests/browser_test.cpp reads.
void AppendPageEnd(std::string* out);

}  // namespace selon::html
