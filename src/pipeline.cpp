#include "selon/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <system_error>

#include "selon/coreference.h"

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
  // The cue tables load on a second thread while the lexicons, evidence and rules load here:
  // start-up is mostly parsing data files, and the two halves share nothing. (Deferred, so
  // loaded here, when no thread can be started.) The future's destructor waits on every
  // early return, so nothing outlives this call.
  std::future<Status> claims_loaded;
  {
    std::error_code ec;
    if (!options.data_dir.empty() && options.claims &&
        fs::is_regular_file(fs::path(options.data_dir) / "cues" / "forms.tsv", ec))
      claims_loaded = std::async(std::launch::async | std::launch::deferred, [&options, &p] {
        return ClaimExtractor::Load(options.data_dir, &p->claims_);
      });
  }
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

  p->evidence_ = std::make_unique<Evidence>();
  std::vector<std::string> rule_files;
  if (!options.data_dir.empty() && options.default_rules) {
    SELON_RETURN_IF_ERROR(
        Evidence::Load((fs::path(options.data_dir) / "evidence").string(), p->evidence_.get()));
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(options.data_dir) / "rules", ec))
      if (entry.path().extension() == ".rules") rule_files.push_back(entry.path().string());
    std::sort(rule_files.begin(), rule_files.end());
  }
  rule_files.insert(rule_files.end(), options.user_rules.begin(), options.user_rules.end());
  SELON_RETURN_IF_ERROR(RuleSet::Load(rule_files, p->evidence_.get(), &p->rules_));
  if (claims_loaded.valid()) SELON_RETURN_IF_ERROR(claims_loaded.get());
  *pipeline = std::move(p);
  return Status::Ok();
}

void Pipeline::Analyze(const Document& doc, Analysis* analysis) const {
  analysis->clear();
  Tokenize(doc.analysis_text(), &analysis->tokens, &analysis->keys);
  SplitSentences(analysis->tokens, &analysis->sentences);
  thread_local RuleSet::Scratch rule_scratch;
  rules_->FindEvents(doc, *analysis, &rule_scratch);
  thread_local LexiconMatcher::Scratch scratch;
  matcher_->Match(doc, analysis, &scratch, &rule_scratch.blocked, &rule_scratch.never_alone);
  rules_->Apply(doc, analysis, &rule_scratch);
  ResolveNames(doc, *evidence_, analysis);
  FindRoles(doc, *evidence_, analysis);
  if (claims_ != nullptr) {
    thread_local ClaimExtractor::Scratch claim_scratch;
    claims_->Extract(doc, analysis, &claim_scratch);
  }
  TypeServicesByUse(matcher_->lexicons(), analysis);
}

}  // namespace selon
