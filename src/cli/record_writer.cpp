#include "cli/record_writer.h"

#include "selon/html_writer.h"

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

}  // namespace

std::unique_ptr<RecordWriter> MakeRecordWriter(const Config& config) {
  if (config.command == Command::kTokenize) return std::make_unique<JsonRecords>(config);
  switch (config.format) {
    case OutputFormat::kJson:
      return std::make_unique<JsonRecords>(config);
    case OutputFormat::kHtml:
      return std::make_unique<HtmlPage>();
  }
  return std::make_unique<JsonRecords>(config);
}

}  // namespace selon::cli
