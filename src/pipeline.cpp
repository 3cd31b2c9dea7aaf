#include "selon/pipeline.h"

#include <filesystem>
#include <system_error>

namespace selon {

Status Pipeline::Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline) {
  if (!options.data_dir.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(options.data_dir, ec)) {
      return Status(StatusCode::kNotFound, "data directory " + options.data_dir + " not found");
    }
  }
  pipeline->reset(new Pipeline(options));
  return Status::Ok();
}

void Pipeline::Analyze(const Document& doc, Analysis* analysis) const {
  analysis->clear();
  Tokenize(doc.analysis_text(), &analysis->tokens, &analysis->keys);
  SplitSentences(analysis->tokens, &analysis->sentences);
}

}  // namespace selon
