// The fast path of reading a JSONL line: one pass that validates the line, cuts its top-level
// object's members out as byte ranges and lets the caller decode the one string it needs.
//
// nlohmann's SAX parse decoded every string of a line byte by byte (one `push_back` per byte of
// the text) and two more scans then found the nesting depth and the members: together about 10 %
// of a `--jsonl -j 1` run (perf, 30 MB of WiNER articles). This scanner does the three in one
// pass, sixteen bytes a step through strings where SSE2 is. It accepts a strict subset of what
// nlohmann's strict parser accepts, and answers "cannot tell" for everything else: invalid JSON,
// a value that is not an object, nesting deeper than the limit, and numbers with an exponent or
// longer than kMaxScannedNumberBytes (whose range nlohmann checks as a double). The caller then
// runs nlohmann, whose verdict and error message stay the reference; a test compares the two
// on edge cases and random lines.
//
//   std::vector<JsonMember> members;
//   if (ScanJsonObject(line, kMaxJsonDepth, &members)) { ...members[i].value_begin... }
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace selon::cli {

// Longest number the scanner accepts (without an exponent, any number this long is a finite
// double); a longer one is left to nlohmann.
inline constexpr size_t kMaxScannedNumberBytes = 64;

// One member of a JSON object, `"key": value`, as byte ranges of the line: the key with its
// quotes [key_begin, key_end), the value [value_begin, value_end).
struct JsonMember {
  size_t key_begin, key_end, value_begin, value_end;
};

// Scans `line` (one JSONL line, without its newline). Returns true when the line is one JSON
// object, as nlohmann's strict parser reads it (an optional UTF-8 byte order mark, JSON
// whitespace around the value, strings of valid UTF-8 with valid escapes and paired surrogates),
// no container nests deeper than `max_depth` levels (the object is level 1), and every number
// has no exponent and at most kMaxScannedNumberBytes bytes; `members` (cleared first) then holds
// the object's members in order. Returns false when it cannot tell: the caller runs the full
// parser. Reads only `line`; linear; allocates only for `members`.
bool ScanJsonObject(std::string_view line, int max_depth, std::vector<JsonMember>* members);

// Appends the decoded value of the JSON string `quoted` (quotes included) to `out`. `quoted` must
// be a string ScanJsonObject accepted (its escapes and surrogate pairs are not checked again).
void AppendDecodedJsonString(std::string_view quoted, std::string* out);

// Whether the JSON string `quoted` (quotes included, accepted by ScanJsonObject) decodes to
// `value`. No allocation when `quoted` has no escape.
bool JsonStringEquals(std::string_view quoted, std::string_view value);

}  // namespace selon::cli
