// `selon eval`: scores the pipeline against gold data, with the same Pipeline
// (data folder, lexicons) as extraction.
//
//   selon eval entities [--type-map Person=PER,...] [--list FILE --root DIR]
//   [--skip N] [--limit N]
//                       [--json] [--errors] PATHS...
//   selon eval claims [--root DIR] [--skip N] [--limit N] [--json] [--errors]
//   GOLD.jsonl|seed-gold.json
//
// Each document is analysed in-process (Pipeline::Analyze +
// JsonWriter::WriteResult at code point offsets, with sentences) and its record
// scored by the functions of eval/eval.h. Exit status: 0 report printed; 2
// usage error or bad gold (message names file:line).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "selon/pipeline.h"

namespace CLI {
class App;
}

namespace selon::cli {

struct EvalConfig {
  enum class Task { kNone, kEntities, kClaims };
  //   task (kNone)      which subcommand was given
  //   paths             brat folders or files, JSON gold files
  //   type_map ("")     --type-map; empty: DefaultTypeMap() (WiNER's types)
  //   list ("")         --list FILE: relative paths of documents, one a line
  //   root ("")         --root DIR: base of --list paths and of JSON gold
  //   "path"s
  //                     (default for JSON gold: the gold file's folder)
  //   skip (0)          leave out the first N documents (before --limit applies)
  //   limit (0)         score only the first N documents (0: all)
  //   json, errors      report as JSON; list false positives and negatives in
  //   context threads (0)       worker threads (0: all cores)
  Task task = Task::kNone;
  std::vector<std::string> paths;
  std::string type_map;
  std::string list;
  std::string root;
  uint64_t skip = 0;
  uint64_t limit = 0;
  bool json = false;
  bool errors = false;
  unsigned threads = 0;
};

// Adds the `eval` subcommand (with `entities` and `claims`) to `app`, binding
// its options to `config`, and its --data-dir to `data_dir` (the one extraction
// uses). Returns the subcommand, so the caller can test parsed().
CLI::App* AddEvalCommand(CLI::App* app, EvalConfig* config, std::string* data_dir);

// Loads the gold, analyses and scores every document, prints the report on
// stdout. Returns the exit status; problems go to stderr as "selon: eval:
// FILE:LINE: message".
int RunEval(const EvalConfig& config, const Pipeline& pipeline);

}  // namespace selon::cli
