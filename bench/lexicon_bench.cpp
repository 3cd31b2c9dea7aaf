// Loading the shipped compiled lexicon (build/share/selon/lexicons.bin, ~30 MB): the mmap and
// the validation pass that makes an untrusted file safe to read. The page cache is warm after the
// first iteration, so the figure is the cost a process pays at start-up on a machine that has
// read the file before: page faults over the mapping plus the checks.
// Run: ./build/bench/selon_bench --benchmark_filter='Load|Create'
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "evidence.h"
#include "selon/lexicon.h"
#include "selon/pipeline.h"

namespace {

void BM_LexiconLoad(benchmark::State& state) {
  const std::string path = std::string(SELON_BUILD_DATA_DIR) + "/lexicons.bin";
  for (auto _ : state) {
    selon::Lexicon lexicon;
    const selon::Status s = selon::Lexicon::Load(path, &lexicon);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(lexicon.name_count());
  }
}
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);

// Loading the evidence tables (first names, titles, cue nouns, demonyms, organization
// adjectives: build/share/selon/evidence/*.tsv), one half of Pipeline::Create.
void BM_EvidenceLoad(benchmark::State& state) {
  const std::string dir = std::string(SELON_BUILD_DATA_DIR) + "/evidence";
  for (auto _ : state) {
    selon::Evidence evidence;
    const selon::Status s = selon::Evidence::Load(dir, &evidence);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(evidence.size());
  }
}
BENCHMARK(BM_EvidenceLoad)->Unit(benchmark::kMillisecond);

// The whole start-up of the library: Pipeline::Create on the shipped data (wall time: its two
// halves load on two threads).
void BM_PipelineCreate(benchmark::State& state) {
  selon::PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  for (auto _ : state) {
    std::unique_ptr<selon::Pipeline> pipeline;
    const selon::Status s = selon::Pipeline::Create(options, &pipeline);
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      break;
    }
    benchmark::DoNotOptimize(pipeline.get());
  }
}
BENCHMARK(BM_PipelineCreate)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
