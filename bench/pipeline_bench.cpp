// Micro-benchmarks of the entity stages with the shipped data (compiled by the build into
// build/share/selon). Input: the samples as separate documents (news articles of 2-3 KB, as in
// an archive), cycled until ~1 MB per iteration; the figure is bytes of input per second.
// Run: ./build/bench/selon_bench --benchmark_filter='Match|Pipeline'
#include <benchmark/benchmark.h>

#include "alloc_counter.h"
#include "bench_data.h"
#include "coreference.h"
#include "evidence.h"
#include "matcher.h"
#include "rules.h"
#include "selon/pipeline.h"

namespace {

using selon::bench::MakePipeline;
using selon::bench::TotalBytes;

const selon::Pipeline& SharedPipeline() {
  static const std::unique_ptr<selon::Pipeline> pipeline = MakePipeline();
  return *pipeline;
}

// Everything Pipeline::Analyze does: text layer, events, lexicons, rules, coreference, roles,
// and claims.
void BM_FullPipeline(benchmark::State& state) {
  const std::vector<std::string> docs = selon::bench::SampleArticlesMegabyte();
  const selon::Pipeline& pipeline = SharedPipeline();
  selon::Analysis analysis;
  selon::Pipeline::Workspace workspace;
  for (auto _ : state) {
    for (const std::string& text : docs) {
      const selon::Document doc{std::string(text)};
      pipeline.Analyze(doc, &analysis, &workspace);
      benchmark::DoNotOptimize(analysis.mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(docs));
}
BENCHMARK(BM_FullPipeline)->Unit(benchmark::kMillisecond);

// The same on about 1 MiB of distinct news articles (WiNER's, or $SELON_BENCH_CORPUS): the
// samples cycled stay in cache and flatter the pipeline; this is the figure to quote.
// "allocs/doc": operator new calls inside Analyze per document, the workspace and analysis
// reused (the first pass, while their buffers grow, included).
void BM_FullPipelineVaried(benchmark::State& state) {
  const std::vector<std::string> docs = selon::bench::VariedArticlesMegabyte();
  if (docs.empty()) {
    state.SkipWithError("no *.txt under $SELON_BENCH_CORPUS or SELON_VARIED_CORPUS_DIR");
    return;
  }
  const selon::Pipeline& pipeline = SharedPipeline();
  selon::Analysis analysis;
  selon::Pipeline::Workspace workspace;
  uint64_t allocations = 0;
  for (auto _ : state) {
    for (const std::string& text : docs) {
      const selon::Document doc{std::string(text)};
      const uint64_t before = selon::bench::Allocations();
      pipeline.Analyze(doc, &analysis, &workspace);
      allocations += selon::bench::Allocations() - before;
      benchmark::DoNotOptimize(analysis.mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(docs));
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["allocs/doc"] =
      static_cast<double>(allocations) / static_cast<double>(state.iterations() * docs.size());
}
BENCHMARK(BM_FullPipelineVaried)->Unit(benchmark::kMillisecond);

// The entity pipeline: text layer, events, lexicons, rules, coreference, roles (no claims).
void BM_EntityPipeline(benchmark::State& state) {
  const std::vector<std::string> docs = selon::bench::SampleArticlesMegabyte();
  const std::unique_ptr<selon::Pipeline> pipeline = MakePipeline(/*claims=*/false);
  selon::Analysis analysis;
  selon::Pipeline::Workspace workspace;
  for (auto _ : state) {
    for (const std::string& text : docs) {
      const selon::Document doc{std::string(text)};
      pipeline->Analyze(doc, &analysis, &workspace);
      benchmark::DoNotOptimize(analysis.mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(docs));
}
BENCHMARK(BM_EntityPipeline)->Unit(benchmark::kMillisecond);

// The rule stages alone: events, entity rules, name coreference and roles, on analyses whose
// text layer and lexicon matches were prepared once (each iteration restores that snapshot).
void BM_RulesAndCoreference(benchmark::State& state) {
  const std::vector<std::string> docs = selon::bench::SampleArticlesMegabyte();
  const selon::Pipeline& pipeline = SharedPipeline();
  selon::Evidence evidence;
  std::unique_ptr<selon::RuleSet> rules;
  selon::bench::OrDie(
      selon::Evidence::Load(std::string(SELON_BUILD_DATA_DIR) + "/evidence", &evidence));
  selon::bench::OrDie(selon::RuleSet::Load(
      {std::string(SELON_BUILD_DATA_DIR) + "/rules/entities.rules"}, &evidence, &rules));
  std::vector<selon::Document> documents;
  std::vector<selon::Analysis> prepared(docs.size());
  selon::LexiconMatcher matcher(pipeline.lexicons());
  selon::LexiconMatcher::Scratch match_scratch;
  for (size_t i = 0; i < docs.size(); ++i) {
    documents.emplace_back(std::string(docs[i]));
    selon::Tokenize(documents[i].analysis_text(), &prepared[i].tokens, &prepared[i].keys);
    selon::SplitSentences(prepared[i].tokens, &prepared[i].sentences);
    matcher.Match(documents[i], &prepared[i], &match_scratch);
  }
  selon::Analysis work;
  selon::RuleSet::Scratch scratch;
  selon::TokenMarks marks;
  selon::CoreferenceScratch coreference;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      work.entities = prepared[i].entities;
      work.mentions = prepared[i].mentions;
      work.roles.clear();
      work.tokens = prepared[i].tokens;
      work.keys = prepared[i].keys;
      work.sentences = prepared[i].sentences;
      rules->FindEvents(documents[i], work, &scratch, &marks);
      rules->Apply(documents[i], &work, marks, &scratch);
      selon::ResolveNames(documents[i], evidence, &work, &coreference);
      selon::FindRoles(documents[i], evidence, &work, &coreference);
      benchmark::DoNotOptimize(work.mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(docs));
}
BENCHMARK(BM_RulesAndCoreference)->Unit(benchmark::kMillisecond);

// Lexicon matching alone, on analyses prepared once.
void BM_LexiconMatch(benchmark::State& state) {
  const std::vector<std::string> docs = selon::bench::SampleArticlesMegabyte();
  const selon::Pipeline& pipeline = SharedPipeline();
  std::vector<selon::Document> documents;
  std::vector<selon::Analysis> analyses(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    documents.emplace_back(std::string(docs[i]));
    pipeline.Analyze(documents[i], &analyses[i]);
  }
  selon::LexiconMatcher matcher(pipeline.lexicons());
  selon::LexiconMatcher::Scratch scratch;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      analyses[i].entities.clear();
      analyses[i].mentions.clear();
      matcher.Match(documents[i], &analyses[i], &scratch);
      benchmark::DoNotOptimize(analyses[i].mentions.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes(docs));
}
BENCHMARK(BM_LexiconMatch)->Unit(benchmark::kMillisecond);

}  // namespace
