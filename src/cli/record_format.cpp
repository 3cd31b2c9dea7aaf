// The per-document formats of --format (record_format.h): JSON (and `selon tokenize`), text,
// TSV rows.
#include "cli/record_format.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include "views/text_view.h"
#include "views/tsv_rows.h"

namespace selon::cli {
namespace {

class JsonFormat : public RecordFormat {
 public:
  JsonFormat(const Config& config, bool tokens)
      : writer_({config.unit, config.sentences, config.pretty}), tokens_(tokens) {}
  void Result(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              views::RecordView*, std::string* out) const override {
    if (tokens_) {
      writer_.WriteTokens(doc, analysis, origin, out);
    } else {
      writer_.WriteResult(doc, analysis, origin, out);
    }
  }
  void Error(const RecordOrigin& origin, const RecordError& error, views::RecordView*,
             std::string* out) const override {
    writer_.WriteError(origin, error, out);
  }

 private:
  JsonWriter writer_;
  bool tokens_;
};

class TextFormat : public RecordFormat {
 public:
  TextFormat(const Config& config, bool color) : unit_(config.unit), style_{color} {}
  void Result(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              views::RecordView* view, std::string* out) const override {
    views::ViewAnalysis(doc, analysis, origin, unit_, view,
                        {/*mentions=*/false, /*offsets=*/false});
    views::WriteTextRecord(*view, style_, out);
  }
  void Error(const RecordOrigin& origin, const RecordError& error, views::RecordView* view,
             std::string* out) const override {
    views::ViewError(origin, error, view);
    views::WriteTextRecord(*view, style_, out);
  }

 private:
  OffsetUnit unit_;
  views::TextStyle style_;
};

class TsvFormat : public RecordFormat {
 public:
  explicit TsvFormat(const Config& config) : unit_(config.unit), rows_(config.rows) {}
  void Begin(std::string* out) const override { views::WriteTsvHeader(rows_, out); }
  void Result(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
              views::RecordView* view, std::string* out) const override {
    views::ViewAnalysis(doc, analysis, origin, unit_, view,
                        {/*mentions=*/rows_ == views::TsvRows::kMentions});
    views::WriteTsvRows(*view, rows_, out);
  }
  // No row: the error goes to stderr (ProcessJob), uncapped (max_error_messages()).
  void Error(const RecordOrigin&, const RecordError&, views::RecordView*,
             std::string*) const override {}
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

std::unique_ptr<RecordFormat> MakeRecordFormat(const Config& config) {
  if (config.command == Command::kTokenize)
    return std::make_unique<JsonFormat>(config, /*tokens=*/true);
  switch (config.format) {
    case OutputFormat::kText:
      return std::make_unique<TextFormat>(config, UseColor(config.color));
    case OutputFormat::kTsv:
      return std::make_unique<TsvFormat>(config);
    case OutputFormat::kJson:
      break;
  }
  return std::make_unique<JsonFormat>(config, /*tokens=*/false);
}

}  // namespace selon::cli
