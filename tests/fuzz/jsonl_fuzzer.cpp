// libFuzzer target: any bytes as one line of `selon --jsonl` input, through the command line's
// own worker code (cli/process.cpp: parse the line, take text, id and meta, analyse, write one
// record). Whatever the line, the result is exactly one record that is valid JSON, and its TSV
// claim rows (cli/record_writer.cpp) each have the header's number of fields.
#include <algorithm>
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
  static const selon::cli::Config tsv_config = [] {
    selon::cli::Config c = config;
    c.format = selon::cli::OutputFormat::kTsv;
    return c;
  }();
  static const std::unique_ptr<selon::cli::RecordWriter> tsv =
      selon::cli::MakeRecordWriter(tsv_config);
  selon::cli::Job job;
  job.kind = selon::cli::Job::Kind::kJsonLine;
  job.payload.assign(reinterpret_cast<const char*>(data), size);
  job.path = "fuzz.jsonl";
  job.line = 1;
  selon::cli::Job tsv_job = job;
  selon::Analysis scratch;
  static selon::Pipeline::Workspace workspace;  // reused across inputs, as a worker does
  static selon::cli::JsonLineParser json_parser;
  std::string out, diagnostics;
  uint64_t warnings = 0;
  selon::cli::ProcessJob(selon::fuzz::ShippedPipeline(), *writer, config, /*index=*/1, job,
                         &scratch, &workspace, &json_parser, &out, &diagnostics, &warnings);
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1 ||
      !nlohmann::json::accept(out))
    __builtin_trap();  // not exactly one record, or not JSON
  std::string rows, header;
  tsv->Begin(&header);
  selon::cli::ProcessJob(selon::fuzz::ShippedPipeline(), *tsv, tsv_config, /*index=*/1, tsv_job,
                         &scratch, &workspace, &json_parser, &rows, &diagnostics, &warnings);
  const auto tabs = [](std::string_view line) {
    return std::count(line.begin(), line.end(), '\t');
  };
  for (size_t start = 0; start < rows.size();) {
    const size_t end = rows.find('\n', start);
    if (end == std::string::npos ||
        tabs(std::string_view(rows).substr(start, end - start)) != tabs(header))
      __builtin_trap();  // a row cut by a raw line break or tab, or of the wrong width
    start = end + 1;
  }
  return 0;
}
