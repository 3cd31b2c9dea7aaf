// Command-line configuration: what the user asked for, validated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cli/eval_command.h"
#include "selon/offsets.h"
#include "views/tsv_rows.h"

namespace selon::cli {

enum class Command {
  kExtract,
  kTokenize,
  kLexiconCompile,
  kLexiconCompileFirstNames,
  kLexiconCompileCues,
  kLexiconCompileEvidenceWords,
  kLexiconCheck,
  kLexiconLookup,
  kEval,
  kSummary
};
enum class ProgressMode { kAuto, kOn, kOff };
// --format: what the records are written as (record_writer.h).
enum class OutputFormat { kJson, kHtml, kText, kTsv };
// --color: ANSI colour in `--format text` (auto: on a terminal, unless NO_COLOR is set).
enum class ColorMode { kAuto, kAlways, kNever };

// selon summary (summary_command.h).
struct SummaryConfig {
  std::string from_jsonl;  // --from-jsonl FILE: fold selon's own output instead of analysing
  bool json = false;       // --json: one JSON object instead of the text table
  size_t top = 10;         // --top N: lines per ranking
};

inline constexpr uint64_t kDefaultMaxDocBytes = 16ull << 20;

struct Config {
  Command command = Command::kExtract;
  std::vector<std::string> inputs;  // files, directories, "-"; empty means stdin
  bool jsonl = false;
  std::string text_key = "text";  // --text-key: the JSONL field that holds the text
  // --shard I/N: only documents whose 0-based position is I modulo N; N = 1: all.
  uint64_t shard_index = 0, shard_count = 1;
  // --line-offset: JSONL lines are numbered from line_offset + 1 (a chunk of a bigger stream).
  uint64_t line_offset = 0;
  OutputFormat format = OutputFormat::kJson;
  bool pretty = false;
  bool sentences = false;
  unsigned threads = 0;  // 0: all cores
  OffsetUnit unit = OffsetUnit::kCodepoint;
  ProgressMode progress = ProgressMode::kAuto;
  // A document costs 25-50 bytes of memory per input byte: 16 MiB keeps one worker under about
  // 1 GiB (README, "Streaming and memory"), so that -j N fits N gigabytes. A news article is
  // under 100 KB.
  uint64_t max_doc_bytes = kDefaultMaxDocBytes;
  std::string data_dir;               // from --data-dir; empty: SELON_DATA or the default locations
  std::vector<std::string> lexicons;  // --lexicon, repeatable
  std::vector<std::string> rules;     // --rules, repeatable
  bool no_default_lexicons = false;
  bool quiet = false;          // -q: no per-document messages, warnings or summary on stderr
  bool line_buffered = false;  // write each record as soon as it is ready (default on a tty)
  std::string output;          // lexicon compile -o
  std::vector<std::string> lexicon_args;          // lexicon compile/check FILES, lookup NAME words
  EvalConfig eval;                                // selon eval entities|claims
  views::TsvRows rows = views::TsvRows::kClaims;  // --rows, with --format tsv
  ColorMode color = ColorMode::kAuto;
  SummaryConfig summary;
};

// Parses argv into `config`. Returns -1 to go on, or an exit status to return now (0 after
// --help or --version, 2 after a usage error, with the message already printed).
int ParseCommandLine(int argc, char** argv, Config* config);

}  // namespace selon::cli
