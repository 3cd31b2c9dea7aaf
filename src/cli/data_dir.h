// Where selon finds its data files (lexicons, rules) without being told.
#pragma once

#include <string>
#include <vector>

#include "selon/status.h"

namespace selon::cli {

// Resolves the data folder: `flag` (--data-dir) if set, else $SELON_DATA, else
// <prefix>/share/selon next to the installed binary, else share/selon beside a build-tree
// binary (where the build compiles the lexicons), else the source tree's lexicons/. An explicit
// path that does not exist or is not a folder is an error (kNotFound); when no default exists,
// `*dir` is empty (callers that need data then fail with CheckDataDir).
Status ResolveDataDir(const std::string& flag, std::string* dir);

// Checks that `dir` is a complete data folder, so that a run never silently goes on with less
// than the shipped data: the entity lexicons (lexicons.bin or *.tsv; only when
// `need_lexicons`), the evidence lists, the cue lists and at least one rules/*.rules. Returns
// kNotFound naming what is missing (or that no folder was found, for an empty `dir`) and how to
// point selon at complete data. Costs a few stat() calls.
Status CheckDataDir(const std::string& dir, bool need_lexicons);

// When `dir` has no compiled lexicons.bin, so that its TSV lexicons are compiled at every start
// (seconds, not milliseconds): a warning that says so and how to avoid it; else "".
std::string SlowStartWarning(const std::string& dir);

// Expands --rules arguments: a file as given, a folder to its *.rules files (sorted). A path
// that does not exist, or a folder without any *.rules, is kNotFound.
Status ExpandRuleFiles(const std::vector<std::string>& given, std::vector<std::string>* files);

// The folder ResolveDataDir("") would pick, or "none", for --version.
std::string DescribeDefaultDataDir();

}  // namespace selon::cli
