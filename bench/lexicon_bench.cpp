// Loading the shipped compiled lexicon (build/share/selon/lexicons.bin, ~30 MB): the mmap and
// the validation pass that makes an untrusted file safe to read. The page cache is warm after the
// first iteration, so the figure is the cost a process pays at start-up on a machine that has
// read the file before: page faults over the mapping plus the checks.
// Run: ./build/bench/selon_bench --benchmark_filter=LexiconLoad
#include <benchmark/benchmark.h>

#include <string>

#include "selon/lexicon.h"

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

}  // namespace
