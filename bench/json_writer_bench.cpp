// Micro-benchmark of output: JsonWriter::WriteResult on one ~1 MB document of
// French news (the samples repeated), analysed once with the shipped lexicons
// so the record holds sentences and entities as real output does. Reports the
// input bytes per second that the writer sustains. Run:
// ./build/bench/selon_bench --benchmark_filter=JsonWriter
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "bench_data.h"
#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace {

// The document, analysed once (text layer + entities); shared by the benchmarks
// below. The pipeline stays alive: entity names in the Analysis point into its
// lexicons.
struct Analysed {
  selon::Document doc{selon::bench::SampleMegabyte()};
  selon::Analysis analysis;
  std::unique_ptr<selon::Pipeline> pipeline = selon::bench::MakePipeline();
  Analysed() { pipeline->Analyze(doc, &analysis); }
};

const Analysed& Shared() {
  static const Analysed* analysed = new Analysed();
  return *analysed;
}

// Arg 0: offset unit (0 codepoint, 1 byte, 2 utf16). Sentences always on.
void WriteResults(benchmark::State& state, bool pretty) {
  const Analysed& a = Shared();
  const selon::OffsetUnit units[] = {selon::OffsetUnit::kCodepoint, selon::OffsetUnit::kByte,
                                     selon::OffsetUnit::kUtf16};
  const selon::JsonWriter writer({units[state.range(0)], /*sentences=*/true, pretty});
  std::string out;
  for (auto _ : state) {
    out.clear();
    writer.WriteResult(a.doc, a.analysis, {.id_json = "\"bench\""}, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * a.doc.original().size());
  state.counters["out_MB"] = static_cast<double>(out.size()) / 1e6;
  state.counters["sentences"] = static_cast<double>(a.analysis.sentences.size());
  state.counters["mentions"] = static_cast<double>(a.analysis.mentions.size());
}

void BM_JsonWriterResult(benchmark::State& state) { WriteResults(state, /*pretty=*/false); }
BENCHMARK(BM_JsonWriterResult)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// --pretty, code points.
void BM_JsonWriterPretty(benchmark::State& state) { WriteResults(state, /*pretty=*/true); }
BENCHMARK(BM_JsonWriterPretty)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace
