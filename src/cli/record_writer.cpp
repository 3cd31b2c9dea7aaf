#include "cli/record_writer.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include "html/html_writer.h"
#include "views/text_view.h"
#include "views/tsv_rows.h"

namespace selon::cli {
namespace {

class JsonRecords : public RecordWriter {
 public:
  explicit JsonRecords(const Config& config)
      : writer_({config.unit, config.sentences, config.pretty}),
        tokens_(config.command == Command::kTokenize) {}

  void Result(uint64_t, const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              std::string* out) const override {
    if (tokens_) {
      writer_.WriteTokens(doc, analysis, origin, out);
    } else {
      writer_.WriteResult(doc, analysis, origin, out);
    }
  }
  void Error(uint64_t, const RecordOrigin& origin, const RecordError& error,
             std::string* out) const override {
    writer_.WriteError(origin, error, out);
  }

 private:
  JsonWriter writer_;
  bool tokens_;
};

class HtmlPage : public RecordWriter {
 public:
  void Begin(std::string* out) const override { writer_.WriteHeader(out); }
  void End(std::string* out) const override { writer_.WriteFooter(out); }
  void Result(uint64_t index, const Document& doc, const Analysis& analysis,
              const RecordOrigin& origin, std::string* out) const override {
    writer_.WriteResult(index, doc, analysis, origin, out);
  }
  void Error(uint64_t index, const RecordOrigin& origin, const RecordError& error,
             std::string* out) const override {
    writer_.WriteError(index, origin, error, out);
  }

 private:
  HtmlWriter writer_;
};

// The views fill a RecordView per document: one per worker thread, reused (a RecordWriter is
// shared by the workers and its methods are const).
views::RecordView& ThreadView() {
  thread_local views::RecordView view;
  return view;
}

class TextLines : public RecordWriter {
 public:
  TextLines(const Config& config, bool color) : unit_(config.unit), style_{color} {}
  void Result(uint64_t, const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              std::string* out) const override {
    views::RecordView& view = ThreadView();
    views::ViewAnalysis(doc, analysis, origin, unit_, &view,
                        {/*mentions=*/false, /*offsets=*/false});
    views::WriteTextRecord(view, style_, out);
  }
  void Error(uint64_t, const RecordOrigin& origin, const RecordError& error,
             std::string* out) const override {
    views::RecordView& view = ThreadView();
    views::ViewError(origin, error, &view);
    views::WriteTextRecord(view, style_, out);
  }

 private:
  OffsetUnit unit_;
  views::TextStyle style_;
};

class TsvRowWriter : public RecordWriter {
 public:
  explicit TsvRowWriter(const Config& config) : unit_(config.unit), rows_(config.rows) {}
  void Begin(std::string* out) const override { views::WriteTsvHeader(rows_, out); }
  void Result(uint64_t, const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              std::string* out) const override {
    views::RecordView& view = ThreadView();
    views::ViewAnalysis(doc, analysis, origin, unit_, &view,
                        {/*mentions=*/rows_ == views::TsvRows::kMentions});
    views::WriteTsvRows(view, rows_, out);
  }
  // No row: the error goes to stderr (ProcessJob), uncapped (max_error_messages()).
  void Error(uint64_t, const RecordOrigin&, const RecordError&, std::string*) const override {}
  uint64_t max_error_messages() const override { return UINT64_MAX; }

 private:
  OffsetUnit unit_;
  views::TsvRows rows_;
};

// --color: auto is a terminal on stdout and no NO_COLOR (https://no-color.org: set and not
// empty).
bool UseColor(ColorMode mode) {
  if (mode != ColorMode::kAuto) return mode == ColorMode::kAlways;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

}  // namespace

std::unique_ptr<RecordWriter> MakeRecordWriter(const Config& config) {
  if (config.command == Command::kTokenize) return std::make_unique<JsonRecords>(config);
  switch (config.format) {
    case OutputFormat::kJson:
      return std::make_unique<JsonRecords>(config);
    case OutputFormat::kHtml:
      return std::make_unique<HtmlPage>();
    case OutputFormat::kText:
      return std::make_unique<TextLines>(config, UseColor(config.color));
    case OutputFormat::kTsv:
      return std::make_unique<TsvRowWriter>(config);
  }
  return std::make_unique<JsonRecords>(config);
}

}  // namespace selon::cli
