// `selon summary [OPTIONS] [FILE|DIR ...]` and `selon summary --from-jsonl OUT.jsonl`: totals,
// top entities, speakers (with gender) and via sources of an archive (views/summary.h), as a
// text table or, with --json, one JSON object.
//
// Over documents, the run is the ordinary one (run.h: the same inputs, options, error records
// and exit statuses), each worker digesting its documents and the writer thread folding the
// digests in input order. With --from-jsonl, selon's own JSON Lines output is read instead (a
// file or `-`; gzip and zstd decompressed), no document is analysed and the result is the same
// as the summary of the run that wrote it, when that run wrote `--sentences` (the words before
// names and roles: RecordView::words_before). A line that is not a selon/1 record is reported on
// stderr as `selon: FILE:LINE: not a selon record (…)`, counted as an error record, and the
// status is then 1.
#pragma once

#include <string>

#include "cli/config.h"
#include "cli/diagnostics.h"
#include "selon/pipeline.h"

namespace selon::cli {

// Exit status as RunDocuments (run.h); 2 when the gender evidence in `data_dir` cannot be read.
int RunSummary(const Config& config, const std::string& data_dir, const Pipeline& pipeline,
               Diagnostics* diagnostics);

// The same with --from-jsonl: needs no pipeline.
int RunSummaryFromJsonl(const Config& config, const std::string& data_dir,
                        Diagnostics* diagnostics);

}  // namespace selon::cli
