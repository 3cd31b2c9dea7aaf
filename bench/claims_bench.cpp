// Benchmarks of the claims stage with the shipped cues (build/share/selon/cues): the stage
// alone over an analysed corpus, and the whole pipeline including it.
// Run: ./build/bench/selon_bench --benchmark_filter='Claims'
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "selon/claims.h"
#include "selon/pipeline.h"

namespace {

std::string ClaimsCorpus() {
  std::string all;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SELON_SAMPLES_DIR))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str() + "\n";
  }
  std::string out;
  while (out.size() < (1 << 20)) out += all;
  return out;
}

void OrDie(const selon::Status& s) {
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    std::abort();
  }
}

void BM_Claims(benchmark::State& state) {
  const std::string text = ClaimsCorpus();
  selon::PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  std::unique_ptr<selon::Pipeline> pipeline;
  OrDie(selon::Pipeline::Create(options, &pipeline));
  std::unique_ptr<selon::ClaimExtractor> claims;
  OrDie(selon::ClaimExtractor::Load(SELON_BUILD_DATA_DIR, &claims));
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
  const std::string text = ClaimsCorpus();
  selon::PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  std::unique_ptr<selon::Pipeline> pipeline;
  OrDie(selon::Pipeline::Create(options, &pipeline));
  selon::Analysis analysis;
  for (auto _ : state) {
    const selon::Document doc{std::string(text)};
    pipeline->Analyze(doc, &analysis);
    benchmark::DoNotOptimize(analysis.claims.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_PipelineWithClaims)->Unit(benchmark::kMillisecond);

}  // namespace
