// Benchmarks of the claims stage with the shipped cues (build/share/selon/cues): the stage
// alone over an analysed corpus, and the whole pipeline including it.
// Run: ./build/bench/selon_bench --benchmark_filter='Claims'
#include <benchmark/benchmark.h>

#include "bench_data.h"
#include "claims.h"
#include "evidence.h"
#include "selon/pipeline.h"

namespace {

void BM_Claims(benchmark::State& state) {
  const std::string text = selon::bench::SampleMegabyte();
  const std::unique_ptr<selon::Pipeline> pipeline = selon::bench::MakePipeline();
  std::unique_ptr<selon::ClaimExtractor> claims;
  selon::bench::OrDie(selon::ClaimExtractor::Load(SELON_BUILD_DATA_DIR, &claims));
  // The first names (and their gender) come from the evidence, as in the pipeline.
  selon::Evidence evidence;
  selon::bench::OrDie(
      selon::Evidence::Load(std::string(SELON_BUILD_DATA_DIR) + "/evidence", &evidence));
  claims->UseEvidence(&evidence);
  const selon::Document doc{std::string(text)};
  selon::Analysis analysis;
  pipeline->Analyze(doc, &analysis);
  selon::ClaimExtractor::Scratch scratch;
  for (auto _ : state) {
    claims->Extract(doc, &analysis, &scratch);
    benchmark::DoNotOptimize(analysis.claims.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
  state.counters["claims"] = static_cast<double>(analysis.claims.size());
}
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);

void BM_PipelineWithClaims(benchmark::State& state) {
  const std::string text = selon::bench::SampleMegabyte();
  const std::unique_ptr<selon::Pipeline> pipeline = selon::bench::MakePipeline();
  selon::Analysis analysis;
  selon::Pipeline::Workspace workspace;
  for (auto _ : state) {
    const selon::Document doc{std::string(text)};
    pipeline->Analyze(doc, &analysis, &workspace);
    benchmark::DoNotOptimize(analysis.claims.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_PipelineWithClaims)->Unit(benchmark::kMillisecond);

}  // namespace
