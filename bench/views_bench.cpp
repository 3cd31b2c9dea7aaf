// Micro-benchmark of the views against JSON: 1,000 articles (the samples cycled), analysed
// once, then written as JSON records (the baseline), TSV rows of each kind, text, and the
// summary (digest in the worker + fold in the writer). Issue 13's budget: TSV and the summary
// cost less than 20 % more than JSON. Reports input bytes per second. Run:
// ./build/bench/selon_bench --benchmark_filter=Views --benchmark_repetitions=5
// --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "bench_data.h"
#include "selon/json_writer.h"
#include "selon/pipeline.h"
#include "views/record_view.h"
#include "views/speaker_gender.h"
#include "views/summary.h"
#include "views/text_view.h"
#include "views/tsv_rows.h"

namespace {

constexpr size_t kArticles = 1000;

// The articles, analysed once. Analyses point into their documents and the pipeline's lexicons,
// which stay alive with them.
struct Analysed {
  std::unique_ptr<selon::Pipeline> pipeline = selon::bench::MakePipeline();
  std::vector<std::unique_ptr<selon::Document>> docs;
  std::vector<selon::Analysis> analyses;
  std::vector<std::string> ids;
  selon::views::SpeakerGender gender;
  size_t bytes = 0;
  Analysed() {
    const std::vector<std::string> samples = selon::bench::SampleArticles();
    analyses.resize(kArticles);
    for (size_t i = 0; i < kArticles; ++i) {
      docs.push_back(std::make_unique<selon::Document>(samples[i % samples.size()]));
      pipeline->Analyze(*docs.back(), &analyses[i]);
      ids.push_back("\"article-" + std::to_string(i) + ".txt\"");
      bytes += docs.back()->original().size();
    }
    selon::bench::OrDie(gender.Load(SELON_BUILD_DATA_DIR));
  }
  selon::RecordOrigin Origin(size_t i) const {
    selon::RecordOrigin origin;
    origin.id_json = ids[i];
    origin.path = std::string_view(ids[i]).substr(1, ids[i].size() - 2);
    return origin;
  }
};

const Analysed& Shared() {
  static const Analysed* analysed = new Analysed();
  return *analysed;
}

void Report(benchmark::State& state, const Analysed& a, const std::string& out) {
  state.SetBytesProcessed(state.iterations() * a.bytes);
  state.counters["out_MB"] = static_cast<double>(out.size()) / 1e6;
}

void BM_ViewsJson(benchmark::State& state) {
  const Analysed& a = Shared();
  const selon::JsonWriter writer({selon::OffsetUnit::kCodepoint, false, false});
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < kArticles; ++i)
      writer.WriteResult(*a.docs[i], a.analyses[i], a.Origin(i), &out);
    benchmark::DoNotOptimize(out.data());
  }
  Report(state, a, out);
}
BENCHMARK(BM_ViewsJson)->Unit(benchmark::kMillisecond);

// Arg: 0 claims, 1 entities, 2 mentions.
void BM_ViewsTsv(benchmark::State& state) {
  const Analysed& a = Shared();
  const selon::views::TsvRows rows[] = {selon::views::TsvRows::kClaims,
                                        selon::views::TsvRows::kEntities,
                                        selon::views::TsvRows::kMentions};
  selon::views::RecordView view;
  std::string out;
  for (auto _ : state) {
    out.clear();
    selon::views::WriteTsvHeader(rows[state.range(0)], &out);
    for (size_t i = 0; i < kArticles; ++i) {
      selon::views::ViewAnalysis(*a.docs[i], a.analyses[i], a.Origin(i),
                                 selon::OffsetUnit::kCodepoint, &view,
                                 {rows[state.range(0)] == selon::views::TsvRows::kMentions});
      selon::views::WriteTsvRows(view, rows[state.range(0)], &out);
    }
    benchmark::DoNotOptimize(out.data());
  }
  Report(state, a, out);
}
BENCHMARK(BM_ViewsTsv)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_ViewsText(benchmark::State& state) {
  const Analysed& a = Shared();
  selon::views::RecordView view;
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (size_t i = 0; i < kArticles; ++i) {
      selon::views::ViewAnalysis(*a.docs[i], a.analyses[i], a.Origin(i),
                                 selon::OffsetUnit::kCodepoint, &view,
                                 {/*mentions=*/false, /*offsets=*/false});
      selon::views::WriteTextRecord(view, {}, &out);
    }
    benchmark::DoNotOptimize(out.data());
  }
  Report(state, a, out);
}
BENCHMARK(BM_ViewsText)->Unit(benchmark::kMillisecond);

// The summary as `selon summary` runs it: digests written (worker side), then folded and the
// report written (writer side).
void BM_ViewsSummary(benchmark::State& state) {
  const Analysed& a = Shared();
  selon::views::RecordView view;
  std::string digests, out;
  for (auto _ : state) {
    digests.clear();
    out.clear();
    selon::views::Summary summary;
    for (size_t i = 0; i < kArticles; ++i) {
      selon::views::ViewAnalysis(*a.docs[i], a.analyses[i], a.Origin(i),
                                 selon::OffsetUnit::kCodepoint, &view,
                                 {/*mentions=*/false, /*offsets=*/false, /*words_before=*/true});
      selon::views::DigestRecord(view, a.gender, &digests);
    }
    summary.Fold(digests);
    summary.WriteText(10, &out);
    benchmark::DoNotOptimize(out.data());
  }
  Report(state, a, out);
}
BENCHMARK(BM_ViewsSummary)->Unit(benchmark::kMillisecond);

}  // namespace
