#include "selon/pipeline.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <system_error>

#include "claims.h"
#include "coreference.h"
#include "enumerations.h"
#include "evidence.h"
#include "matcher.h"
#include "rules.h"
#include "token_features.h"

namespace selon {
namespace fs = std::filesystem;

struct Pipeline::Impl {
  PipelineOptions options;
  std::vector<std::unique_ptr<Lexicon>> owned_lexicons;
  std::unique_ptr<LexiconMatcher> matcher;
  std::unique_ptr<ClaimExtractor> claims;  // null when the data folder has no cues/
  std::unique_ptr<Evidence> evidence;
  std::unique_ptr<RuleSet> rules;
  TokenTables tables;  // the tables above, for ComputeTokenFeatures
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->options; }
const std::vector<const Lexicon*>& Pipeline::lexicons() const { return impl_->matcher->lexicons(); }

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
  auto p = std::make_unique<Impl>();
  p->options = options;
  std::vector<const Lexicon*> lexicons;
  for (const std::string& path : options.user_lexicons) {
    auto lexicon = std::make_unique<Lexicon>();
    SELON_RETURN_IF_ERROR(Lexicon::LoadAny({path}, lexicon.get()));
    lexicons.push_back(lexicon.get());
    p->owned_lexicons.push_back(std::move(lexicon));
  }
  if (!options.data_dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(options.data_dir, ec)) {
      return Status(StatusCode::kNotFound, "data directory " + options.data_dir + " not found");
    }
  }
  // Start-up is mostly reading data files, in three parts that share nothing: the cue tables and
  // the shipped lexicons (mapped, then validated) load on threads of their own while the
  // evidence and the rules load here: on two cores the three parts (at 12/2026 about 25, 39 and
  // 35 M instructions) share both cores until the end, where two halves left one idle whenever
  // the other was the longer. (Deferred, so loaded
  // here, when no thread can be started.) The futures' destructors wait on every early return,
  // so nothing outlives this call; errors are reported in the order of a sequential load.
  const auto launch = std::launch::async | std::launch::deferred;
  std::future<Status> claims = std::async(launch, [&options, &p]() -> Status {
    std::error_code ec;
    if (!options.data_dir.empty() && options.claims &&
        fs::is_regular_file(fs::path(options.data_dir) / "cues" / "forms.tsv", ec))
      return ClaimExtractor::Load(options.data_dir, &p->claims);
    return Status::Ok();
  });
  struct Shipped {
    Status status = Status::Ok();
    std::unique_ptr<Lexicon> lexicon;  // null: no shipped lexicon
  };
  std::future<Shipped> shipped = std::async(launch, [&options]() -> Shipped {
    Shipped r;
    if (!options.data_dir.empty() && options.default_lexicons) {
      const std::vector<std::string> files = DefaultLexiconFiles(options.data_dir);
      if (!files.empty()) {
        r.lexicon = std::make_unique<Lexicon>();
        r.status = Lexicon::LoadAny(files, r.lexicon.get());
      }
    }
    return r;
  });

  p->evidence = std::make_unique<Evidence>();
  std::vector<std::string> rule_files;
  Status evidence_status = Status::Ok(), rules_status = Status::Ok();
  if (!options.data_dir.empty() && options.default_rules) {
    evidence_status =
        Evidence::Load((fs::path(options.data_dir) / "evidence").string(), p->evidence.get());
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(options.data_dir) / "rules", ec))
      if (entry.path().extension() == ".rules") rule_files.push_back(entry.path().string());
    std::sort(rule_files.begin(), rule_files.end());
  }
  rule_files.insert(rule_files.end(), options.user_rules.begin(), options.user_rules.end());
  if (evidence_status.ok()) rules_status = RuleSet::Load(rule_files, p->evidence.get(), &p->rules);

  Shipped loaded = shipped.get();
  const Status claims_status = claims.get();
  SELON_RETURN_IF_ERROR(loaded.status);
  if (loaded.lexicon != nullptr) {
    lexicons.push_back(loaded.lexicon.get());
    p->owned_lexicons.push_back(std::move(loaded.lexicon));
  }
  p->matcher = std::make_unique<LexiconMatcher>(std::move(lexicons));
  SELON_RETURN_IF_ERROR(evidence_status);
  SELON_RETURN_IF_ERROR(rules_status);
  SELON_RETURN_IF_ERROR(claims_status);
  if (p->claims != nullptr) p->claims->UseEvidence(p->evidence.get());
  // A workspace's token cache is bound to the tables it was filled from: each pipeline's get
  // an id of their own (an address could be reused by a later pipeline).
  static std::atomic<uint64_t> next_tables_id{1};
  p->tables = {next_tables_id++, p->rules.get(), p->evidence.get(), &p->matcher->lexicons(),
               p->claims.get()};
  pipeline->reset(new Pipeline(std::move(p)));
  return Status::Ok();
}

// Every stage's scratch, and what one stage hands the next that is not a result.
struct Pipeline::Workspace::Buffers {
  RuleSet::Scratch rules;  // token classes and indexes, FindEvents -> Apply
  TokenMarks marks;        // FindEvents -> Match, Apply
  TokenCache token_cache;  // kept across documents
  TokenFeatures features;  // ComputeTokenFeatures -> FindEvents, Match, Extract
  LexiconMatcher::Scratch matcher;
  EnumerationScratch enumerations;  // TypeEnumerations
  CoreferenceScratch coreference;   // ResolveNames, FindRoles
  ClaimExtractor::Scratch claims;
  std::vector<uint8_t> service_use;  // TypeServicesByUse
};

Pipeline::Workspace::Workspace() : buffers_(std::make_unique<Buffers>()) {}
Pipeline::Workspace::~Workspace() = default;
Pipeline::Workspace::Workspace(Workspace&&) noexcept = default;
Pipeline::Workspace& Pipeline::Workspace::operator=(Workspace&&) noexcept = default;

void Pipeline::Analyze(const Document& doc, Analysis* analysis) const {
  Workspace workspace;
  Analyze(doc, analysis, &workspace);
}

void Pipeline::Analyze(const Document& doc, Analysis* analysis, Workspace* workspace) const {
  const Impl& p = *impl_;
  // A moved-from Workspace has no buffers: give it new ones rather than fail.
  if (workspace->buffers_ == nullptr) workspace->buffers_ = std::make_unique<Workspace::Buffers>();
  Workspace::Buffers& w = *workspace->buffers_;
  analysis->clear();
  Tokenize(doc.analysis_text(), &analysis->tokens, &analysis->keys);
  SplitSentences(analysis->tokens, &analysis->sentences);
  ComputeTokenFeatures(doc.analysis_text(), *analysis, p.tables, &w.token_cache, &w.features);
  p.rules->FindEvents(doc, *analysis, &w.rules, &w.marks, &w.features);
  p.matcher->Match(doc, analysis, &w.matcher, &w.marks, &w.features);
  p.rules->Apply(doc, analysis, w.marks, &w.rules);
  TypeEnumerations(doc, *p.evidence, analysis, &w.enumerations, &w.features);
  ResolveNames(doc, *p.evidence, analysis, &w.coreference);
  FindRoles(doc, *p.evidence, analysis, &w.coreference);
  if (p.claims != nullptr)
    p.claims->Extract(doc, analysis, &w.claims, &w.features, &p.matcher->lexicons());
  TypeServicesByUse(p.matcher->lexicons(), analysis, &w.service_use);
}

}  // namespace selon
