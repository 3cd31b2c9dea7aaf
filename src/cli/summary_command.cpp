// selon summary (summary_command.h): a RecordWriter that digests each record in the workers and
// folds the digests in the writer thread, and the --from-jsonl reader.
#include "cli/summary_command.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/input_stream.h"
#include "cli/output.h"
#include "cli/record_writer.h"
#include "cli/run.h"
#include "views/summary.h"

namespace selon::cli {
namespace {

// Digests each record in the workers and folds the digests, in input order, in the writer
// thread; the report is the run's only output.
class SummaryWriter : public RecordWriter {
 public:
  SummaryWriter(const Config& config, const views::SpeakerGender& gender)
      : config_(config), gender_(gender) {}

  void Result(uint64_t, const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              std::string* out) const override {
    views::RecordView& view = ThreadView();
    views::ViewAnalysis(doc, analysis, origin, config_.unit, &view,
                        {/*mentions=*/false, /*offsets=*/false, /*words_before=*/true});
    views::DigestRecord(view, gender_, out);
  }
  void Error(uint64_t, const RecordOrigin& origin, const RecordError& error,
             std::string* out) const override {
    views::RecordView& view = ThreadView();
    views::ViewError(origin, error, &view);
    views::DigestRecord(view, gender_, out);
  }
  bool Consume(std::string_view digests) override {
    summary_.Fold(digests);
    return true;
  }
  void End(std::string* out) const override { WriteReport(summary_, config_, out); }
  std::string_view more_errors_hint() const override { return "counted in the summary"; }

  static void WriteReport(const views::Summary& summary, const Config& config, std::string* out) {
    if (config.summary.json) {
      summary.WriteJson(config.summary.top, out);
    } else {
      summary.WriteText(config.summary.top, out);
    }
  }

 private:
  // One view per worker thread, reused (the writer is shared and its methods are const).
  static views::RecordView& ThreadView() {
    thread_local views::RecordView view;
    return view;
  }

  const Config& config_;
  const views::SpeakerGender& gender_;
  views::Summary summary_;
};

int LoadGender(const std::string& data_dir, views::SpeakerGender* gender) {
  if (Status s = gender->Load(data_dir); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

int RunSummary(const Config& config, const std::string& data_dir, const Pipeline& pipeline,
               Diagnostics* diagnostics) {
  views::SpeakerGender gender;
  if (const int status = LoadGender(data_dir, &gender); status != kExitOk) return status;
  SummaryWriter writer(config, gender);
  return RunDocuments(config, pipeline, &writer, diagnostics);
}

int RunSummaryFromJsonl(const Config& config, const std::string& data_dir,
                        Diagnostics* diagnostics) {
  views::SpeakerGender gender;
  if (const int status = LoadGender(data_dir, &gender); status != kExitOk) return status;
  const std::string& path = config.summary.from_jsonl;
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::cerr << "selon: " << path << ": " << std::strerror(errno) << "\n";
    return kExitUsage;
  }
  InputStream in(fd, is_stdin ? Compression::kNone : ExpectedCompression(path));
  views::Summary summary;
  views::RecordView view;
  std::string pending, digest, why, messages;
  uint64_t line_number = 0, errors = 0;
  auto fold_line = [&](std::string_view line) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    digest.clear();
    if (record.is_discarded() || !views::ViewJsonRecord(record, &view, &why)) {
      if (record.is_discarded()) why = "invalid JSON";
      messages.append("selon: ")
          .append(path)
          .append(":")
          .append(std::to_string(line_number))
          .append(": not a selon record (")
          .append(why)
          .append(")\n");
      ++errors;
      views::RecordView failed;
      failed.id = std::to_string(line_number);
      failed.error = true;
      views::DigestRecord(failed, gender, &digest);
    } else {
      if (view.error) ++errors;
      views::DigestRecord(view, gender, &digest);
    }
    summary.Fold(digest);
  };
  char chunk[1 << 16];
  size_t got = 0;
  InputStream::Result result;
  while ((result = in.Read(chunk, sizeof chunk, &got)) == InputStream::Result::kOk) {
    pending.append(chunk, got);
    size_t start = 0;
    for (size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
      fold_line(std::string_view(pending).substr(start, nl - start));
    pending.erase(0, start);
    diagnostics->ErrorMessages(messages);
    messages.clear();
  }
  if (!pending.empty()) fold_line(pending);
  diagnostics->ErrorMessages(messages);
  if (!is_stdin) close(fd);
  int status = errors > 0 ? kExitErrorRecords : kExitOk;
  if (result == InputStream::Result::kReadError || result == InputStream::Result::kCorrupt) {
    std::cerr << "selon: " << path << ": "
              << (result == InputStream::Result::kCorrupt ? in.error()
                                                          : std::strerror(in.read_errno()))
              << "\n";
    status = kExitErrorRecords;
  }
  std::string report;
  SummaryWriter::WriteReport(summary, config, &report);
  Output output;
  output.Write(report);
  return output.Finish(status);
}

}  // namespace selon::cli
