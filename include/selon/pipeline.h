// Pipeline: the configured analyser. Create() loads and validates everything that can fail
// (data files); Analyze() then cannot fail.
//
//   std::unique_ptr<selon::Pipeline> pipeline;
//   selon::Status s = selon::Pipeline::Create(options, &pipeline);
//   if (!s.ok()) ...                       // exit 2: configuration error
//   selon::Document doc(std::move(bytes));
//   selon::Analysis analysis;              // reuse across documents
//   pipeline->Analyze(doc, &analysis);
//
// Thread-safety: a Pipeline is immutable after Create(); share one across threads, each with
// its own Analysis. Not copyable.
#pragma once

#include <memory>
#include <string>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/status.h"

namespace selon {

struct PipelineOptions {
  //   data_dir ("")   folder holding the shipped lexicons and rules; empty means none are loaded
  std::string data_dir;
};

class Pipeline {
 public:
  static Status Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline);

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Tokenizes, splits sentences and (in later stages) extracts entities and claims.
  void Analyze(const Document& doc, Analysis* analysis) const;

  const PipelineOptions& options() const { return options_; }

 private:
  explicit Pipeline(PipelineOptions options) : options_(std::move(options)) {}
  PipelineOptions options_;
};

}  // namespace selon
