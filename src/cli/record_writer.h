// How the document run writes its records, by --format: one JSON record per line (the
// default; also `selon tokenize`), one HTML page (a head, one section per document, an
// end), readable text lines or TSV rows (src/views/); `selon summary` folds them instead
// (summary_command.cpp). A new format is a new RecordWriter and a line in MakeRecordWriter().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "cli/config.h"
#include "cli/diagnostics.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/json_writer.h"

namespace selon::cli {

// Thread-safe: Result() and Error() run on the worker threads, concurrently.
class RecordWriter {
 public:
  virtual ~RecordWriter() = default;

  // Written once before the first record and once after the last one (HTML: the page's head
  // and end); nothing for JSON Lines.
  virtual void Begin(std::string* out) const { (void)out; }
  virtual void End(std::string* out) const { (void)out; }

  // The record of document number `index` (1-based position in this run's output).
  virtual void Result(uint64_t index, const Document& doc, const Analysis& analysis,
                      const RecordOrigin& origin, std::string* out) const = 0;
  virtual void Error(uint64_t index, const RecordOrigin& origin, const RecordError& error,
                     std::string* out) const = 0;

  // A batch of records, in input order, on the writer thread (not thread-safe): true when the
  // writer took them (`selon summary` folds them), false to write them to standard output.
  virtual bool Consume(std::string_view records) {
    (void)records;
    return false;
  }

  // Error messages printed on stderr (Diagnostics): the first kMaxErrorMessages when the
  // output shows each error record (JSON, HTML, text) or counts them (the summary), all of
  // them when nothing else would show them (TSV rows have no error row); and what the line
  // that counts the unprinted ones points to.
  virtual uint64_t max_error_messages() const { return kMaxErrorMessages; }
  virtual std::string_view more_errors_hint() const { return "see the error records"; }
};

// The writer `config.format` names (for `selon tokenize`: always its JSON records).
std::unique_ptr<RecordWriter> MakeRecordWriter(const Config& config);

}  // namespace selon::cli
