// Micro-benchmarks of the entity stages with the shipped lexicons (compiled by the build into
// build/share/selon): lexicon matching alone, and the whole pipeline (text layer + matching).
// Run: ./build/bench/selon_bench --benchmark_filter='Match|Pipeline'
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "selon/pipeline.h"

namespace {

std::string SampleCorpus() {
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

const selon::Pipeline& SharedPipeline() {
  static const std::unique_ptr<selon::Pipeline> pipeline = [] {
    selon::PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    std::unique_ptr<selon::Pipeline> p;
    const selon::Status s = selon::Pipeline::Create(options, &p);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      std::abort();
    }
    return p;
  }();
  return *pipeline;
}

void BM_EntityPipeline(benchmark::State& state) {
  const std::string text = SampleCorpus();
  const selon::Pipeline& pipeline = SharedPipeline();
  selon::Analysis analysis;
  for (auto _ : state) {
    const selon::Document doc{std::string(text)};
    pipeline.Analyze(doc, &analysis);
    benchmark::DoNotOptimize(analysis.mentions.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
  state.counters["mentions"] = static_cast<double>(analysis.mentions.size());
}
BENCHMARK(BM_EntityPipeline)->Unit(benchmark::kMillisecond);

void BM_LexiconMatch(benchmark::State& state) {
  const std::string text = SampleCorpus();
  const selon::Pipeline& pipeline = SharedPipeline();
  const selon::Document doc{std::string(text)};
  selon::Analysis analysis;
  pipeline.Analyze(doc, &analysis);
  selon::LexiconMatcher matcher(pipeline.lexicons());
  selon::LexiconMatcher::Scratch scratch;
  for (auto _ : state) {
    analysis.entities.clear();
    analysis.mentions.clear();
    matcher.Match(doc, &analysis, &scratch);
    benchmark::DoNotOptimize(analysis.mentions.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_LexiconMatch)->Unit(benchmark::kMillisecond);

}  // namespace
