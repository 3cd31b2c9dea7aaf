// `selon lexicon compile|check|lookup`.
#pragma once

#include "cli/config.h"
#include "selon/pipeline.h"

namespace selon::cli {

// Runs a lexicon subcommand; returns the exit status (0 ok, 1 check found problems, 2 error).
// `pipeline` is the configured pipeline (lookup) or null (compile, check).
int RunLexiconCommand(const Config& config, const std::string& data_dir, const Pipeline* pipeline);

}  // namespace selon::cli
