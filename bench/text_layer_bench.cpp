// Micro-benchmarks of the text layer (normalize + tokenize + sentences) on French news text.
// Input: the project's samples concatenated and repeated to ~1 MB, so caches behave as on real
// articles. Run: ./build/bench/selon_bench --benchmark_filter=TextLayer
#include <benchmark/benchmark.h>

#include <string>

#include "bench_data.h"
#include "selon/document.h"
#include "selon/pipeline.h"
#include "selon/sentences.h"
#include "selon/tokenizer.h"

namespace {

const std::string& Corpus() {
  static const std::string corpus = selon::bench::SampleMegabyte();
  return corpus;
}

void BM_TextLayer(benchmark::State& state) {
  const std::string& text = Corpus();
  selon::Analysis analysis;
  for (auto _ : state) {
    const selon::Document doc{std::string(text)};
    selon::Tokenize(doc.analysis_text(), &analysis.tokens, &analysis.keys);
    selon::SplitSentences(analysis.tokens, &analysis.sentences);
    benchmark::DoNotOptimize(analysis.sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TextLayer)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) {
    const selon::Document doc{std::string(text)};
    benchmark::DoNotOptimize(doc.analysis_text().data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  const selon::Document doc{std::string(text)};
  selon::Analysis analysis;
  for (auto _ : state) {
    selon::Tokenize(doc.analysis_text(), &analysis.tokens, &analysis.keys);
    benchmark::DoNotOptimize(analysis.tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
