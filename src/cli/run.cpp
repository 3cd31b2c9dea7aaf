#include "cli/run.h"

#include <unistd.h>

#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "cli/ordered_runner.h"
#include "cli/output.h"
#include "cli/process.h"
#include "cli/progress.h"
#include "cli/record_writer.h"
#include "cli/stop_signals.h"

namespace selon::cli {
namespace {

// Documents are grouped so that thread hand-offs cost little next to the work.
constexpr size_t kBatchDocuments = 64;
constexpr size_t kBatchBytes = 1 << 20;
// Batches in flight per worker thread: enough to keep every worker busy while the writer waits
// for the oldest one, few enough to bound memory (README, "Streaming and memory").
constexpr size_t kBatchesInFlightPerThread = 4;

struct Batch {
  std::vector<Job> jobs;
  uint64_t first_index = 1;  // output position of jobs[0] (1-based)
  uint64_t input_bytes = 0;
  std::string out, diagnostics;
  uint64_t errors = 0, warnings = 0;
};

}  // namespace

int RunDocuments(const Config& config, const Pipeline& pipeline, Diagnostics* diagnostics) {
  const std::unique_ptr<RecordWriter> writer = MakeRecordWriter(config);
  return RunDocuments(config, pipeline, writer.get(), diagnostics);
}

int RunDocuments(const Config& config, const Pipeline& pipeline, RecordWriter* writer,
                 Diagnostics* diagnostics) {
  InstallStopHandlers();
  diagnostics->set_max_messages(writer->max_error_messages(), writer->more_errors_hint());
  InputReader reader(config);
  const bool show_progress =
      config.progress == ProgressMode::kOn ||
      (config.progress == ProgressMode::kAuto && !config.quiet && isatty(STDERR_FILENO));
  Progress progress(show_progress, reader.TotalBytes());
  diagnostics->set_progress(&progress);
  const bool line_buffered = config.line_buffered || isatty(STDOUT_FILENO);
  const size_t batch_documents = line_buffered ? 1 : kBatchDocuments;
  Output output;

  std::vector<Analysis> scratch(config.threads);
  std::vector<Pipeline::Workspace> workspaces(config.threads);
  std::vector<JsonLineParser> json_parsers(config.threads);
  uint64_t documents = 0, errors = 0, warnings = 0;
  auto process = [&](unsigned worker, Batch& batch) {
    uint64_t index = batch.first_index;
    for (Job& job : batch.jobs) {
      if (!ProcessJob(pipeline, *writer, config, index++, job, &scratch[worker],
                      &workspaces[worker], &json_parsers[worker], &batch.out, &batch.diagnostics,
                      &batch.warnings))
        ++batch.errors;
      job.payload = std::string();  // release the document as soon as it is written out
    }
  };
  auto sink = [&](Batch& batch) {
    diagnostics->ErrorMessages(batch.diagnostics);
    documents += batch.jobs.size();
    errors += batch.errors;
    warnings += batch.warnings;
    if (!writer->Consume(batch.out) && !output.Write(batch.out)) return false;
    progress.Add(batch.jobs.size(), batch.input_bytes);
    return true;
  };

  std::string frame;  // what is written once, before and after the records
  writer->Begin(&frame);
  if (!frame.empty()) output.Write(frame);
  {
    std::optional<OrderedRunner<Batch>> runner;
    {
      // The workers and the writer never take SIGINT / SIGTERM: this thread does, and its
      // blocked read returns.
      StopSignalsBlocked blocked;
      runner.emplace(config.threads, kBatchesInFlightPerThread * config.threads, process, sink);
    }
    Batch batch;
    Job job;
    uint64_t read = 0;
    while (reader.Next(&job)) {
      if (batch.jobs.empty()) batch.first_index = read + 1;
      ++read;
      batch.input_bytes += job.input_bytes;
      const size_t size = job.payload.size();
      batch.jobs.push_back(std::move(job));
      if (batch.jobs.size() >= batch_documents || size >= kBatchBytes ||
          batch.input_bytes >= kBatchBytes) {
        if (!runner->Submit(std::move(batch))) break;
        batch = Batch();
      }
    }
    // Documents already read are written, even after a stop signal.
    if (!batch.jobs.empty()) runner->Submit(std::move(batch));
    runner->Finish();
  }
  // The end of the page, after a stop signal too: the records written are whole.
  frame.clear();
  writer->End(&frame);
  if (!frame.empty()) output.Write(frame);
  progress.Finish();
  int status = errors > 0 ? kExitErrorRecords : kExitOk;
  if (const int signal = StopSignal(); signal != 0) status = kExitSignalBase + signal;
  status = output.Finish(status);
  // A reader that went away (`selon … | head`) wanted no more: no summary either.
  if (!output.closed_by_reader()) diagnostics->Summary(documents, errors, warnings);
  return status;
}

}  // namespace selon::cli
