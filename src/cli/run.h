// The document run of `selon` and `selon tokenize`: inputs are read in order by this thread,
// analysed in batches by worker threads, and written in input order (ordered_runner.h), each
// batch in one write() (output.h). Every input yields one record, a result or an error record.
//
// Batches hold up to kBatchDocuments documents or kBatchBytes of input, so that thread
// hand-offs cost little next to the work; with --line-buffered (or when stdout is a terminal)
// a batch is one document, and each record leaves as soon as it is ready.
#pragma once

#include "cli/config.h"
#include "cli/diagnostics.h"
#include "cli/record_writer.h"
#include "selon/pipeline.h"

namespace selon::cli {

// Runs the inputs of `config` through `pipeline`. Returns the exit status: kExitOk,
// kExitErrorRecords, kExitOutputFailed, or kExitSignalBase + the signal after SIGINT / SIGTERM
// (the documents already read are then still written, whole). A reader that closes stdout
// (EPIPE) ends the run quietly with the status so far. Error messages, the final summary and
// progress go to stderr through `diagnostics`.
int RunDocuments(const Config& config, const Pipeline& pipeline, Diagnostics* diagnostics);

// The same with a given writer (`selon summary`: a writer that folds the records).
int RunDocuments(const Config& config, const Pipeline& pipeline, RecordWriter* writer,
                 Diagnostics* diagnostics);

}  // namespace selon::cli
