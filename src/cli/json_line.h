// One JSONL input line -> the document's text, id and meta, or the error record's reason.
//
// The id and meta are echoed byte for byte, so they are kept as JSON text, never as values: a
// 30-digit id stays 30 digits (a double would round it), meta keys keep their order and spelling,
// numbers their form. The usual line is read by simdjson's On-Demand API (a padded copy of the line
// in a JsonLineParser, one per worker): it walks every key and value, so the whole line is
// validated, and its source positions give the top-level members' byte ranges. A line it rejects,
// or that nlohmann might read differently (a byte order mark, nesting deeper than kMaxJsonDepth, a
// number with an exponent or of more than 64 bytes, whose range nlohmann checks as a double; a line
// over 1 MiB, so that the parser's buffers stay small), takes the reference path: one SAX pass of
// nlohmann validates the line and keeps the decoded text (it builds nothing else); then one linear
// scan (TopLevelMembers) cuts the object's members out of the validated line. A failure of the SAX
// pass, a syntax error or a number beyond the range of a double (`1e999`, which nlohmann reports as
// out_of_range rather than as a parse error), becomes an `invalid_json` reason naming the byte. A
// test (json_line_test.cpp) compares the two paths on edge cases and random lines.
//
//   JsonLineParser parser;  // one per worker
//   JsonLine line;
//   RecordError error;
//   if (ParseJsonLine(job, "text", &parser, &line, &error)) { ...line.text... }

// Nesting is limited to kMaxJsonDepth levels (the line's own object is level 1): the writer and
// nlohmann's dump() recurse once per level, so a line nested 75,000 deep would overflow the
// stack when written, and `--pretty` would indent it quadratically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "cli/inputs.h"
#include "selon/json_writer.h"

namespace selon::cli {

// Deepest nesting accepted in a JSONL line (objects and arrays; the line's object is level 1).
// Deeper lines get an `invalid_json` error record. Documented in README (error records).
inline constexpr int kMaxJsonDepth = 64;

// What a JSONL line holds for its record.
struct JsonLine {
  std::string text;       // the decoded value of the text field
  std::string id_json;    // the "id" value's JSON text as in the line; empty when absent
  std::string meta_json;  // "{...}" of the other members, each as in the line; empty if none
};

// What ParseJsonLine keeps from one line to the next: simdjson's parser and the padded copy of
// the line (both grow to the longest line seen, then are reused). One per worker: not
// thread-safe. Movable, not copyable.
class JsonLineParser {
 public:
  JsonLineParser();
  ~JsonLineParser();
  JsonLineParser(JsonLineParser&&) noexcept;
  JsonLineParser& operator=(JsonLineParser&&) noexcept;

  // How many lines the fast path read (the others took nlohmann's path). For tests.
  uint64_t fast_lines() const;

 private:
  friend bool ParseJsonLine(const Job&, std::string_view, JsonLineParser*, JsonLine*, RecordError*);
  struct State;
  std::unique_ptr<State> state_;
};

// Reads `job.payload` (one JSONL line) into `line`, the text from the member named `text_key`.
// When the line has a usable "id", `line->id_json` is set even on failure, so that an error
// record for a later problem still carries it. On failure fills `error` (code, message
// "PATH:LINE: ...", line, path) and returns false. Never throws on any input. With `parser` null
// only the reference path (nlohmann) runs: the tests compare the two; the result is the same either
// way.
bool ParseJsonLine(const Job& job, std::string_view text_key, JsonLineParser* parser,
                   JsonLine* line, RecordError* error);

// `json_text` (valid JSON) without the whitespace outside strings: a value that spanned lines
// (JSON whitespace includes CR) fits on one. Linear.
std::string CompactJson(std::string_view json_text);

// The byte (1-based, as nlohmann counts) at which `line` first opens a container deeper than
// `max_depth`, or 0 when it never does. Strings are skipped, escapes included; the line need
// not be valid JSON. Linear, no allocation.
size_t ByteBeyondDepth(std::string_view line, int max_depth);

}  // namespace selon::cli
