// JsonWriter: turns an Analysis into selon's output records (schema "selon/1", docs/schema.json).
//
// Every span is written as {"start", "end", "text"} in the requested offset unit, converted from
// analysis-text bytes to original bytes to that unit, so `text` is exactly the original input
// sliced at [start, end). Output is deterministic (fields in a fixed order). Records are
// appended to a caller-owned string, each terminated by "\n" (one line unless `pretty`).
// The text is written directly, byte for byte what nlohmann::ordered_json's dump() wrote for
// the same record (compact, or indent 2 with `pretty`); invalid UTF-8 in strings becomes U+FFFD.
//
//   selon::JsonWriter writer({.unit = selon::OffsetUnit::kCodepoint});
//   writer.WriteResult(doc, analysis, {.id_json = "\"a.txt\"", .path = "a.txt"}, &out);
//
// Thread-safe: const methods only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/offsets.h"

namespace selon {

inline constexpr const char* kSchemaVersion = "selon/1";

// At most this many `unbalanced_quotes` warnings are listed in a record (as for `invalid_utf8`,
// Document); one more warning then counts the others, so that a text of quotation marks only
// cannot make the output many times larger than the input.
inline constexpr size_t kMaxListedQuoteWarnings = 10;

struct WriterOptions {
  //   unit (kCodepoint)  offset unit of every start/end and of "length"
  //   sentences (false)  add "sentences" to result records
  //   pretty (false)     indent records for humans (then a record spans several lines)
  OffsetUnit unit = OffsetUnit::kCodepoint;
  bool sentences = false;
  bool pretty = false;
};

// Why a document produced no result.
struct RecordError {
  std::string code;     // not_found, unreadable, too_large, invalid_json, not_an_object, ...
  std::string message;  // one line, names what is wrong and where
  std::optional<uint64_t> line;  // 1-based line of JSONL input
  std::optional<std::string> path;
};

// Where a record's document came from, written at the head of every record (result, tokens or
// error) as "id", then "path" and "line" when set, and "meta" at its end. The views must stay
// valid during the Write call only.
//   id_json ("null")  the id as JSON text, copied verbatim: one line of valid JSON, a scalar
//                     ("\"dep-1\"", "42", "123456789012345678901234567890"); empty means null
//   path (none)       the input file ("-" for stdin); invalid UTF-8 is written as U+FFFD
//   line (none)       1-based line of JSON Lines input
//   meta_json ("")    a JSON object's text, copied verbatim under "meta" (one line of valid
//                     JSON, which the caller checks); empty: no "meta" (results only)
struct RecordOrigin {
  std::string_view id_json = "null";
  std::optional<std::string_view> path;
  std::optional<uint64_t> line;
  std::string_view meta_json;
};

class JsonWriter {
 public:
  explicit JsonWriter(WriterOptions options) : options_(options) {}

  // A result record. `origin` gives its id, path, line and meta (verbatim JSON text).
  void WriteResult(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
                   std::string* out) const;

  // A record of `selon tokenize`: tokens and sentences (`origin.meta_json` is not written).
  void WriteTokens(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
                   std::string* out) const;

  // An error record; the id is null when the document could not be read.
  void WriteError(const RecordOrigin& origin, const RecordError& error, std::string* out) const;

  const WriterOptions& options() const { return options_; }

 private:
  WriterOptions options_;
};

}  // namespace selon
