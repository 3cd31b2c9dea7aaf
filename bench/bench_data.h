// Inputs shared by the micro-benchmarks: the project's samples (original French news articles)
// and a pipeline over the shipped data compiled by the build (build/share/selon).
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "selon/pipeline.h"

namespace selon::bench {

// The samples, one string each, in path order.
inline std::vector<std::string> SampleArticles() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(SELON_SAMPLES_DIR))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> articles;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    articles.push_back(ss.str());
  }
  return articles;
}

// The samples as separate documents, cycled until about 1 MiB in all (an archive's shape).
inline std::vector<std::string> SampleArticlesMegabyte() {
  const std::vector<std::string> round = SampleArticles();
  std::vector<std::string> out;
  size_t total = 0;
  while (total < (1 << 20)) {
    for (const std::string& a : round) {
      out.push_back(a);
      total += a.size();
    }
  }
  return out;
}

// The samples joined into one document of about 1 MiB (for stages measured on one text).
inline std::string SampleMegabyte() {
  std::string all;
  for (const std::string& a : SampleArticles()) all += a + "\n";
  std::string out;
  while (out.size() < (1 << 20)) out += all;
  return out;
}

// Distinct articles (every *.txt under $SELON_BENCH_CORPUS, else SELON_VARIED_CORPUS_DIR, in
// path order) up to about 1 MiB: a corpus whose words do not all stay in cache, unlike the
// samples cycled. Empty when the folder is missing (the benchmark then says so and skips).
inline std::vector<std::string> VariedArticlesMegabyte() {
  const char* env = std::getenv("SELON_BENCH_CORPUS");
  const std::filesystem::path dir = env != nullptr ? env : SELON_VARIED_CORPUS_DIR;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->path().extension() == ".txt") files.push_back(it->path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  size_t total = 0;
  for (const auto& f : files) {
    if (total >= (1 << 20)) break;
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
    total += out.back().size();
  }
  return out;
}

inline size_t TotalBytes(const std::vector<std::string>& docs) {
  size_t n = 0;
  for (const auto& d : docs) n += d.size();
  return n;
}

// Aborts with the message when a benchmark's set-up fails.
inline void OrDie(const Status& s) {
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    std::abort();
  }
}

// A pipeline over the shipped data; `claims` false leaves the claims stage out.
inline std::unique_ptr<Pipeline> MakePipeline(bool claims = true) {
  PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  options.claims = claims;
  std::unique_ptr<Pipeline> p;
  OrDie(Pipeline::Create(options, &p));
  return p;
}

}  // namespace selon::bench
