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
//   writer.WriteResult(doc, analysis, id, nullptr, &out);
//
// Thread-safe: const methods only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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

class JsonWriter {
 public:
  explicit JsonWriter(WriterOptions options) : options_(options) {}

  // A result record. `meta` (may be null) is echoed under "meta" when it is a non-empty object.
  void WriteResult(const Document& doc, const Analysis& analysis, const nlohmann::json& id,
                   const nlohmann::json* meta, std::string* out) const;

  // A record of `selon tokenize`: tokens and sentences.
  void WriteTokens(const Document& doc, const Analysis& analysis, const nlohmann::json& id,
                   std::string* out) const;

  // An error record; `id` is null when the document could not be read.
  void WriteError(const nlohmann::json& id, const RecordError& error, std::string* out) const;

  const WriterOptions& options() const { return options_; }

 private:
  WriterOptions options_;
};

}  // namespace selon
