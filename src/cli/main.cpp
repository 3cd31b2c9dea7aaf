// selon's command line: parse options, resolve and check the data, create the pipeline, run
// the command, and map what happened to an exit status (output.h: 0 all processed, 1 some error
// records, 2 usage or configuration error, 3 output could not be written, 128 + signal).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/config.h"
#include "cli/data_dir.h"
#include "cli/diagnostics.h"
#include "cli/eval_command.h"
#include "cli/lexicon_command.h"
#include "cli/output.h"
#include "cli/run.h"
#include "cli/summary_command.h"
#include "selon/pipeline.h"

namespace {

using namespace selon;
using namespace selon::cli;

int ConfigurationError(const Status& s) {
  std::cerr << "selon: " << s.message() << "\n";
  return kExitUsage;
}

// Ends the process. Without running destructors: the threads are joined and the output
// written, and tearing down the lexicon and cue tables would only spend milliseconds freeing
// memory the OS reclaims anyway.
[[noreturn]] void Exit(int status) {
  std::fflush(stderr);
  std::_Exit(status);
}

}  // namespace

int main(int argc, char** argv) {
  ClaimStandardStreams();
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout shows up as EPIPE from write()
  Config config;
  if (const int status = ParseCommandLine(argc, argv, &config); status >= 0)
    return FinishStdio(status);
  if (StandardOutputWasClosed() && config.command != Command::kLexiconCompile &&
      config.command != Command::kLexiconCompileFirstNames &&
      config.command != Command::kLexiconCompileCues &&
      config.command != Command::kLexiconCompileEvidenceWords)
    return FinishStdio(kExitOk);  // reports that nothing can be written
  Diagnostics diagnostics(config.quiet);

  PipelineOptions options;
  if (Status s = ResolveDataDir(config.data_dir, &options.data_dir); !s.ok())
    return ConfigurationError(s);
  options.default_lexicons = !config.no_default_lexicons;
  options.user_lexicons = config.lexicons;
  if (Status s = ExpandRuleFiles(config.rules, &options.user_rules); !s.ok())
    return ConfigurationError(s);
  if (config.command == Command::kLexiconCompile ||
      config.command == Command::kLexiconCompileFirstNames ||
      config.command == Command::kLexiconCompileCues ||
      config.command == Command::kLexiconCompileEvidenceWords ||
      config.command == Command::kLexiconCheck)
    return FinishStdio(RunLexiconCommand(config, options.data_dir, nullptr));
  if (config.command == Command::kSummary && !config.summary.from_jsonl.empty())
    Exit(RunSummaryFromJsonl(config, options.data_dir, &diagnostics));
  if (Status s = CheckDataDir(options.data_dir, options.default_lexicons); !s.ok())
    return ConfigurationError(s);
  if (options.default_lexicons) {
    if (const std::string warning = SlowStartWarning(options.data_dir); !warning.empty())
      diagnostics.Warning(warning);
  }
  std::unique_ptr<Pipeline> pipeline;
  if (Status s = Pipeline::Create(options, &pipeline); !s.ok()) return ConfigurationError(s);
  if (config.command == Command::kLexiconLookup)
    Exit(FinishStdio(RunLexiconCommand(config, options.data_dir, pipeline.get())));
  if (config.command == Command::kEval) Exit(FinishStdio(RunEval(config.eval, *pipeline)));
  if (config.command == Command::kSummary)
    Exit(RunSummary(config, options.data_dir, *pipeline, &diagnostics));
  Exit(RunDocuments(config, *pipeline, &diagnostics));
}
