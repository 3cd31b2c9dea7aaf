// libFuzzer target: any bytes as one line of `selon --jsonl` input, through the command line's
// own worker code (cli/process.cpp: parse the line, take text, id and meta, analyse, write one
// record). Whatever the line, the result is exactly one record that is valid JSON.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/process.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const selon::cli::Config config = [] {
    selon::cli::Config c;  // extraction, the "text" member
    c.unit = selon::OffsetUnit::kUtf16;
    c.sentences = true;
    return c;
  }();
  static const std::unique_ptr<selon::cli::RecordWriter> writer =
      selon::cli::MakeRecordWriter(config);
  selon::cli::Job job;
  job.kind = selon::cli::Job::Kind::kJsonLine;
  job.payload.assign(reinterpret_cast<const char*>(data), size);
  job.path = "fuzz.jsonl";
  job.line = 1;
  selon::Analysis scratch;
  std::string out, diagnostics;
  uint64_t warnings = 0;
  selon::cli::ProcessJob(selon::fuzz::ShippedPipeline(), *writer, config, /*index=*/1, job,
                         &scratch, &out, &diagnostics, &warnings);
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1 ||
      !nlohmann::json::accept(out))
    __builtin_trap();  // not exactly one record, or not JSON
  return 0;
}
