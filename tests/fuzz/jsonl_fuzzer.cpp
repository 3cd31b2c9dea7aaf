// libFuzzer target: any bytes as one line of `selon --jsonl` input, through the command line's
// own worker code (cli/process.cpp: parse the line, take text, id and meta, analyse, write one
// record). Whatever the line, the result is exactly one record that is valid JSON, and its TSV
// claim rows (cli/record_format.cpp) each have the header's number of fields.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/process.h"
#include "cli/record_format.h"
#include "fuzz_util.h"

namespace {

// Extraction, the "text" member, UTF-16 offsets and sentences; `format` JSON or TSV claims.
selon::cli::Config MakeConfig(selon::cli::OutputFormat format) {
  selon::cli::Config config;
  config.unit = selon::OffsetUnit::kUtf16;
  config.sentences = true;
  config.format = format;
  return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const selon::cli::Config config = MakeConfig(selon::cli::OutputFormat::kJson);
  static const selon::cli::Config tsv_config = MakeConfig(selon::cli::OutputFormat::kTsv);
  static const std::unique_ptr<selon::cli::RecordFormat> json =
      selon::cli::MakeRecordFormat(config);
  static const std::unique_ptr<selon::cli::RecordFormat> tsv =
      selon::cli::MakeRecordFormat(tsv_config);
  selon::cli::Job job;
  job.kind = selon::cli::Job::Kind::kJsonLine;
  job.payload.assign(reinterpret_cast<const char*>(data), size);
  job.path = "fuzz.jsonl";
  job.line = 1;
  selon::cli::Job tsv_job = job;
  selon::Analysis scratch;
  selon::views::RecordView view;
  std::string out, diagnostics;
  uint64_t warnings = 0;
  selon::cli::ProcessJob(selon::fuzz::ShippedPipeline(), *json, config, job, &scratch, &view, &out,
                         &diagnostics, &warnings);
  if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1 ||
      !nlohmann::json::accept(out))
    __builtin_trap();  // not exactly one record, or not JSON
  std::string rows, header;
  tsv->Begin(&header);
  selon::cli::ProcessJob(selon::fuzz::ShippedPipeline(), *tsv, tsv_config, tsv_job, &scratch, &view,
                         &rows, &diagnostics, &warnings);
  const auto fields = [](std::string_view line) {
    return std::count(line.begin(), line.end(), '\t');
  };
  const size_t columns = fields(header);
  for (size_t start = 0; start < rows.size();) {
    const size_t end = rows.find('\n', start);
    if (end == std::string::npos || fields(std::string_view(rows).substr(start, end - start)) !=
                                        static_cast<std::ptrdiff_t>(columns))
      __builtin_trap();  // a row cut by a raw line break or tab, or of the wrong width
    start = end + 1;
  }
  return 0;
}
