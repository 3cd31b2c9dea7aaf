// RecordFormat: what each document's record is written as, chosen by --format (and by the
// command: `selon tokenize`, `selon summary`). The runner (run.cpp) is the same for all:
//
//   Begin()   once per run, before any record (the TSV header), from the writer thread;
//   Result()  / Error()  one record per document, from the worker threads, appended to the
//             batch's output (Error() also for documents that could not be read);
//   Emit()    each batch of records, in input order, from the writer thread: standard output
//             for the formats that print per document, a fold for `selon summary`;
//   End()     once, after the last batch (the summary table).
//
// Adding a format: an enum value in config.h, a class here, a case in MakeRecordFormat.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "cli/config.h"
#include "cli/diagnostics.h"
#include "cli/output.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/json_writer.h"
#include "views/record_view.h"

namespace selon::cli {

class RecordFormat {
 public:
  virtual ~RecordFormat() = default;

  virtual void Begin(std::string* /*out*/) const {}
  // `view` is the calling worker's scratch, for the formats that need one.
  virtual void Result(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
                      views::RecordView* view, std::string* out) const = 0;
  virtual void Error(const RecordOrigin& origin, const RecordError& error, views::RecordView* view,
                     std::string* out) const = 0;
  // Returns false once output is impossible (Output::Write).
  virtual bool Emit(std::string_view records, Output* output) { return output->Write(records); }
  virtual bool End(Output* /*output*/) { return true; }

  // Error messages printed on stderr (Diagnostics): the first kMaxErrorMessages when the
  // output shows each error record (JSON, text) or counts them (the summary), all of them when
  // nothing else would show them (TSV rows have no error row).
  virtual uint64_t max_error_messages() const { return kMaxErrorMessages; }
  // What the line that counts the unprinted messages points to.
  virtual std::string_view more_errors_hint() const { return "see the error records"; }
};

// The format `config` asks for; Config::command kSummary gives the summary fold.
std::unique_ptr<RecordFormat> MakeRecordFormat(const Config& config);

}  // namespace selon::cli
