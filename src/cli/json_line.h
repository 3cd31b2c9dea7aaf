// One JSONL input line -> the document's text, id and meta, or the error record's reason.
//
// The line is parsed by nlohmann::json (the fast path, no exceptions). Only when that fails is
// the line read a second time, by a SAX pass that locates the error: any failure, a syntax error
// or a number beyond the range of a double (`1e999`, which nlohmann reports as out_of_range
// rather than as a parse error), becomes an `invalid_json` reason naming the byte.
//
// Nesting is limited to kMaxJsonDepth levels (the line's own object is level 1): the writer and
// nlohmann's dump() recurse once per level, so a line nested 75,000 deep would overflow the
// stack when written, and `--pretty` would indent it quadratically.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "cli/inputs.h"
#include "selon/json_writer.h"

namespace selon::cli {

// Deepest nesting accepted in a JSONL line (objects and arrays; the line's object is level 1).
// Deeper lines get an `invalid_json` error record. Documented in README (error records).
inline constexpr int kMaxJsonDepth = 64;

// Reads `job.payload` (one JSONL line) into `text`, `id` and `meta`. The text is moved out of the
// parsed value (no copy). When the line has a usable "id", `job.id` takes it, so that an error
// record for a later problem still carries it. On failure fills `error` (code, message
// "PATH:LINE: ...", line, path) and returns false. Never throws on any input.
bool ParseJsonLine(Job& job, std::string* text, nlohmann::json* id, nlohmann::json* meta,
                   RecordError* error);

// The byte (1-based, as nlohmann counts) at which `line` first opens a container deeper than
// `max_depth`, or 0 when it never does. Strings are skipped, escapes included; the line need
// not be valid JSON. Linear, no allocation.
size_t ByteBeyondDepth(std::string_view line, int max_depth);

}  // namespace selon::cli
