// Pipeline: the configured analyser. Create() loads and validates everything that can fail
// (data files); Analyze() then cannot fail.
//
//   std::unique_ptr<selon::Pipeline> pipeline;
//   selon::Status s = selon::Pipeline::Create(options, &pipeline);
//   if (!s.ok()) ...                       // exit 2: configuration error
//   selon::Analysis analysis;              // reuse across documents
//   selon::Pipeline::Workspace workspace;  // one per thread, reused across documents
//   for (...) {
//     selon::Document doc(std::move(bytes));
//     pipeline->Analyze(doc, &analysis, &workspace);
//   }
//
// Thread-safety: a Pipeline is immutable after Create(); share one across threads, each with
// its own Analysis and Workspace. Not copyable.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/lexicon.h"
#include "selon/status.h"

namespace selon {

struct PipelineOptions {
  //   data_dir ("")             folder of the shipped data: lexicons.bin (compiled) or, failing
  //                             that, the entity lexicons *.tsv compiled at start-up
  //   default_lexicons (true)   load the shipped lexicons from data_dir
  //   user_lexicons ({})        more lexicons (TSV or compiled), matched before the shipped ones
  //   default_rules (true)      load data_dir/rules/*.rules and data_dir/evidence/
  //   user_rules ({})           more rule files, tried after the shipped ones
  //   claims (true)             extract claims (needs data_dir/cues/)
  std::string data_dir;
  bool default_lexicons = true;
  std::vector<std::string> user_lexicons;
  bool default_rules = true;
  std::vector<std::string> user_rules;
  bool claims = true;
};

class Pipeline {
 public:
  static Status Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline);

  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // The working memory of Analyze() between its stages (per-token classes, marks and indexes),
  // owned by the caller: one per thread, reused from one document to the next, so that once
  // its buffers have grown a document allocates nothing in them. Holds no result (results are
  // in Analysis) and nothing that outlives a call, so any Pipeline may use any Workspace.
  // Not thread-safe: never pass one Workspace to two concurrent calls. Movable, not copyable;
  // a moved-from Workspace may still be passed to Analyze (it gets new buffers).
  class Workspace {
   public:
    Workspace();
    ~Workspace();
    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

   private:
    friend class Pipeline;
    struct Buffers;  // every stage's scratch (pipeline.cpp)
    std::unique_ptr<Buffers> buffers_;
  };

  // Tokenizes, splits sentences, finds entities, then claims (when the data folder has cues/).
  // Clears and refills `analysis`; `workspace` is scratch (its contents before and after the
  // call mean nothing).
  void Analyze(const Document& doc, Analysis* analysis, Workspace* workspace) const;
  // The same with a Workspace made for this call: for one-off calls and tests. It allocates
  // every buffer again; a loop over documents passes its own Workspace.
  void Analyze(const Document& doc, Analysis* analysis) const;

  const PipelineOptions& options() const;
  // The loaded lexicons, user lexicons first; Entity::lexicon indexes this list.
  const std::vector<const Lexicon*>& lexicons() const;

 private:
  struct Impl;  // the loaded stages (pipeline.cpp)
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The entity lexicons of a data folder: lexicons.bin when present, else its *.tsv, sorted.
std::vector<std::string> DefaultLexiconFiles(const std::string& data_dir);

// The data folder to use when the caller names none (PipelineOptions::data_dir), as the
// `selon` command finds it: $SELON_DATA when set and not empty (returned as it is, even when it
// does not exist, for the caller to report); else <prefix>/share/selon beside the running
// executable (<prefix>/bin/prog: an installation); else share/selon in the executable's folder
// (a build tree); else the data folder of the prefix the library was configured for (e.g.
// /usr/share/selon); else the source tree's lexicons/; else "" (none found). Only checks that
// the folder exists: CheckDataDir-like completeness checks are the caller's. Costs a readlink
// and a few stat calls; thread-safe (reads the environment).
//
//   selon::PipelineOptions options;
//   options.data_dir = selon::DefaultDataDir();
std::string DefaultDataDir();

}  // namespace selon
