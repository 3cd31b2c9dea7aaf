// Output formats compared on the same analyses: 1,000 articles (the samples, cycled) analysed
// once, then written as the JSON records `selon` prints by default (compact, code points) and
// as one HTML page (`selon --format html`: head, 1,000 sections, end). The HTML report should
// cost less than 1.2 times the JSON. Run:
// ./build/bench/selon_bench --benchmark_filter=Report --benchmark_repetitions=5 \
//   --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "alloc_counter.h"
#include "bench_data.h"
#include "html/html_writer.h"
#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace {

constexpr size_t kArticles = 1000;

// The articles and their analyses; the pipeline stays alive (entity names point into it).
struct Articles {
  std::unique_ptr<selon::Pipeline> pipeline = selon::bench::MakePipeline();
  std::vector<selon::Document> docs;
  std::vector<selon::Analysis> analyses;
  std::vector<std::string> ids;
  size_t bytes = 0;

  Articles() {
    const std::vector<std::string> samples = selon::bench::SampleArticles();
    docs.reserve(kArticles);
    analyses.resize(kArticles);
    for (size_t i = 0; i < kArticles; ++i) {
      docs.emplace_back(samples[i % samples.size()]);
      pipeline->Analyze(docs[i], &analyses[i]);
      ids.push_back("\"article-" + std::to_string(i + 1) + ".txt\"");
      bytes += docs[i].original().size();
    }
  }
};

const Articles& Shared() {
  static const Articles* articles = new Articles();
  return *articles;
}

selon::RecordOrigin Origin(const Articles& a, size_t i) {
  const std::string_view id = a.ids[i];
  return {id, id.substr(1, id.size() - 2)};
}

void Report(benchmark::State& state, size_t out_bytes, const Articles& a) {
  state.SetBytesProcessed(state.iterations() * a.bytes);
  state.counters["articles"] = static_cast<double>(kArticles);
  state.counters["out_MB"] = static_cast<double>(out_bytes) / 1e6;
}

// "allocs/doc": operator new calls per record written (the output string, once grown, kept).
void BM_ReportJson(benchmark::State& state) {
  const Articles& a = Shared();
  const selon::JsonWriter writer({selon::OffsetUnit::kCodepoint, false, false});
  std::string out;
  const uint64_t before = selon::bench::Allocations();
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < kArticles; ++i)
      writer.WriteResult(a.docs[i], a.analyses[i], Origin(a, i), &out);
    benchmark::DoNotOptimize(out.data());
  }
  const uint64_t allocations = selon::bench::Allocations() - before;
  Report(state, out.size(), a);
  state.counters["allocs/doc"] =
      static_cast<double>(allocations) / static_cast<double>(state.iterations() * kArticles);
}
BENCHMARK(BM_ReportJson)->Unit(benchmark::kMillisecond);

void BM_ReportHtml(benchmark::State& state) {
  const Articles& a = Shared();
  const selon::HtmlWriter writer;
  std::string out;
  for (auto _ : state) {
    out.clear();
    writer.WriteHeader(&out);
    for (size_t i = 0; i < kArticles; ++i)
      writer.WriteResult(i + 1, a.docs[i], a.analyses[i], Origin(a, i), &out);
    writer.WriteFooter(&out);
    benchmark::DoNotOptimize(out.data());
  }
  Report(state, out.size(), a);
}
BENCHMARK(BM_ReportHtml)->Unit(benchmark::kMillisecond);

}  // namespace
