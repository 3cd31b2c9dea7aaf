// selon's command line: parse options, resolve data, create the pipeline, stream documents
// through the ordered runner, write records in input order, and map what happened to an exit
// status (0 all processed, 1 some error records, 2 usage or configuration error).
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/config.h"
#include "cli/data_dir.h"
#include "cli/eval_command.h"
#include "cli/inputs.h"
#include "cli/lexicon_command.h"
#include "cli/ordered_runner.h"
#include "cli/process.h"
#include "cli/progress.h"
#include "selon/pipeline.h"

namespace {

using namespace selon;
using namespace selon::cli;

// Documents are grouped so that thread hand-offs cost little next to the work.
constexpr size_t kBatchDocuments = 64;
constexpr size_t kBatchBytes = 1 << 20;

struct Batch {
  std::vector<Job> jobs;
  uint64_t input_bytes = 0;
  std::string out, diagnostics;
  uint64_t errors = 0;
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed stdout shows up as EPIPE from fwrite
  Config config;
  if (const int status = ParseCommandLine(argc, argv, &config); status >= 0) return status;

  PipelineOptions options;
  if (Status s = ResolveDataDir(config.data_dir, &options.data_dir); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  options.default_lexicons = !config.no_default_lexicons;
  options.user_lexicons = config.lexicons;
  options.user_rules = config.rules;
  if (config.command == Command::kLexiconCompile || config.command == Command::kLexiconCheck)
    return RunLexiconCommand(config, options.data_dir, nullptr);
  std::unique_ptr<Pipeline> pipeline;
  if (Status s = Pipeline::Create(options, &pipeline); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  if (config.command == Command::kLexiconLookup)
    return RunLexiconCommand(config, options.data_dir, pipeline.get());
  if (config.command == Command::kEval) return RunEval(config.eval, *pipeline);
  const JsonWriter writer({config.unit, config.sentences, config.pretty});

  InputReader reader(config);
  const bool show_progress =
      config.progress == ProgressMode::kOn || (config.progress == ProgressMode::kAuto && isatty(2));
  Progress progress(show_progress, reader.TotalBytes());
  static char stdout_buffer[1 << 16];
  std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  const bool interactive = isatty(1);

  std::vector<Analysis> scratch(config.threads);
  uint64_t errors = 0;
  auto process = [&](unsigned worker, Batch& batch) {
    for (Job& job : batch.jobs) {
      if (!ProcessJob(*pipeline, writer, config.command, job, &scratch[worker], &batch.out,
                      &batch.diagnostics))
        ++batch.errors;
      job.payload = std::string();  // release the document as soon as it is written out
    }
  };
  auto sink = [&](Batch& batch) {
    if (!batch.diagnostics.empty()) std::fputs(batch.diagnostics.c_str(), stderr);
    errors += batch.errors;
    if (std::fwrite(batch.out.data(), 1, batch.out.size(), stdout) != batch.out.size())
      return false;
    if (interactive && std::fflush(stdout) != 0) return false;
    progress.Add(batch.jobs.size(), batch.input_bytes);
    return true;
  };

  bool output_closed = false;
  {
    OrderedRunner<Batch> runner(config.threads, 4 * config.threads, process, sink);
    Batch batch;
    Job job;
    while (reader.Next(&job)) {
      batch.input_bytes += job.input_bytes;
      const size_t size = job.payload.size();
      batch.jobs.push_back(std::move(job));
      if (batch.jobs.size() >= kBatchDocuments || size >= kBatchBytes ||
          batch.input_bytes >= kBatchBytes) {
        if (!runner.Submit(std::move(batch))) break;
        batch = Batch();
      }
    }
    if (!batch.jobs.empty()) runner.Submit(std::move(batch));
    runner.Finish();
    output_closed = runner.stopped();
  }
  if (!output_closed) std::fflush(stdout);  // a closed stdout is not flushed again
  progress.Finish();
  // Done (a closed stdout, as in `selon ... | head`, also ends here, quietly). Exit without
  // running destructors: the threads are joined and the streams flushed, and tearing down the
  // lexicon and cue tables would only spend milliseconds freeing memory the OS reclaims anyway.
  std::fflush(stderr);
  std::_Exit(errors > 0 ? 1 : 0);
}
