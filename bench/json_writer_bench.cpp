// Micro-benchmark of output: JsonWriter::WriteResult on one ~1 MB document of
// French news (the samples repeated), analysed once with the shipped lexicons
// so the record holds sentences and entities as real output does. Reports the
// input bytes per second that the writer sustains. Run:
// ./build/bench/selon_bench --benchmark_filter=JsonWriter
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace {

std::string MegabyteOfSamples() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SELON_SAMPLES_DIR))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string all;
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

// The document, analysed once (text layer + entities); shared by the benchmarks
// below. The pipeline stays alive: entity names in the Analysis point into its
// lexicons.
struct Analysed {
  selon::Document doc{MegabyteOfSamples()};
  selon::Analysis analysis;
  std::unique_ptr<selon::Pipeline> pipeline;
  Analysed() {
    selon::PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    if (const selon::Status s = selon::Pipeline::Create(options, &pipeline); !s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      std::abort();
    }
    pipeline->Analyze(doc, &analysis);
  }
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
  const nlohmann::json id = "bench";
  std::string out;
  for (auto _ : state) {
    out.clear();
    writer.WriteResult(a.doc, a.analysis, id, nullptr, &out);
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
