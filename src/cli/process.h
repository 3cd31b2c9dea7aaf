// Turning one job into one output record: the worker side of the command line.
#pragma once

#include <string>

#include "cli/config.h"
#include "cli/inputs.h"
#include "cli/json_line.h"
#include "cli/record_writer.h"
#include "selon/analysis.h"
#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace selon::cli {

// Appends exactly one record for `job` to `out` (a result or an error record) and, for an error,
// one diagnostic line to `diagnostics`; adds the number of warnings the record lists to
// `*warnings`. Returns false when the record is an error record. Never throws: an exception
// while parsing, analysing or writing this document (never expected; an allocation failure, a
// bug) drops what was appended of its record and yields an `internal_error` record instead.
// Every record carries the job's path and, for JSONL, its line; the id is the line's "id" as
// written there, else the line number (JSONL) or the path (a text document), or null when the
// document could not be read. The text of a JSONL line is its `config.text_key` member.
// `index` is the record's 1-based position in the output (HTML section ids). `scratch`,
// `workspace` and `json_parser` are the worker's own, reused from one job to the next.
bool ProcessJob(const Pipeline& pipeline, const RecordWriter& writer, const Config& config,
                uint64_t index, Job& job, Analysis* scratch, Pipeline::Workspace* workspace,
                JsonLineParser* json_parser, std::string* out, std::string* diagnostics,
                uint64_t* warnings);

}  // namespace selon::cli
