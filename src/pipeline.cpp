#include "selon/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace selon {
namespace fs = std::filesystem;

std::vector<std::string> DefaultLexiconFiles(const std::string& data_dir) {
  std::error_code ec;
  const fs::path compiled = fs::path(data_dir) / "lexicons.bin";
  if (fs::is_regular_file(compiled, ec)) return {compiled.string()};
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(data_dir, ec)) {
    if (entry.path().extension() == ".tsv" && entry.is_regular_file(ec))
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Status Pipeline::Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  std::vector<const Lexicon*> lexicons;
  for (const std::string& path : options.user_lexicons) {
    auto lexicon = std::make_unique<Lexicon>();
    SELON_RETURN_IF_ERROR(Lexicon::LoadAny({path}, lexicon.get()));
    lexicons.push_back(lexicon.get());
    p->owned_lexicons_.push_back(std::move(lexicon));
  }
  if (!options.data_dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(options.data_dir, ec)) {
      return Status(StatusCode::kNotFound, "data directory " + options.data_dir + " not found");
    }
    if (options.default_lexicons) {
      const std::vector<std::string> files = DefaultLexiconFiles(options.data_dir);
      if (!files.empty()) {
        auto lexicon = std::make_unique<Lexicon>();
        SELON_RETURN_IF_ERROR(Lexicon::LoadAny(files, lexicon.get()));
        lexicons.push_back(lexicon.get());
        p->owned_lexicons_.push_back(std::move(lexicon));
      }
    }
  }
  p->matcher_ = std::make_unique<LexiconMatcher>(std::move(lexicons));
  *pipeline = std::move(p);
  return Status::Ok();
}

void Pipeline::Analyze(const Document& doc, Analysis* analysis) const {
  analysis->clear();
  Tokenize(doc.analysis_text(), &analysis->tokens, &analysis->keys);
  SplitSentences(analysis->tokens, &analysis->sentences);
  thread_local LexiconMatcher::Scratch scratch;
  matcher_->Match(doc, analysis, &scratch);
}

}  // namespace selon
