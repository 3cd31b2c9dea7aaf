// Turning one job into one output record: the worker side of the command line.
#pragma once

#include <string>

#include "cli/config.h"
#include "cli/inputs.h"
#include "selon/analysis.h"
#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace selon::cli {

// Appends exactly one record for `job` to `out` (a result or an error record) and, for an error,
// one diagnostic line to `diagnostics`. Returns false when the record is an error record.
bool ProcessJob(const Pipeline& pipeline, const JsonWriter& writer, Command command, Job& job,
                Analysis* scratch, std::string* out, std::string* diagnostics);

}  // namespace selon::cli
