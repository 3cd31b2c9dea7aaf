// Command-line configuration: what the user asked for, validated.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "selon/offsets.h"

namespace selon::cli {

enum class Command { kExtract, kTokenize };
enum class ProgressMode { kAuto, kOn, kOff };

struct Config {
  Command command = Command::kExtract;
  std::vector<std::string> inputs;  // files, directories, "-"; empty means stdin
  bool jsonl = false;
  bool pretty = false;
  bool sentences = false;
  unsigned threads = 0;  // 0: all cores
  OffsetUnit unit = OffsetUnit::kCodepoint;
  ProgressMode progress = ProgressMode::kAuto;
  uint64_t max_doc_bytes = 64ull << 20;
  std::string data_dir;  // from --data-dir; empty: SELON_DATA or the default locations
};

// Parses argv into `config`. Returns -1 to go on, or an exit status to return now (0 after
// --help or --version, 2 after a usage error, with the message already printed).
int ParseCommandLine(int argc, char** argv, Config* config);

}  // namespace selon::cli
