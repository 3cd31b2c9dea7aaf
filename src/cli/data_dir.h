// Where selon finds its data files (lexicons, rules) without being told.
#pragma once

#include <string>

#include "selon/status.h"

namespace selon::cli {

// Resolves the data folder: `flag` (--data-dir) if set, else $SELON_DATA, else
// <prefix>/share/selon next to the installed binary, else share/selon beside a build-tree
// binary (where the build compiles the lexicons), else the source tree's lexicons/. An explicit
// folder that does not exist is an error; when no default exists,
// `*dir` is empty (selon then runs without lexicons).
Status ResolveDataDir(const std::string& flag, std::string* dir);

// The folder ResolveDataDir("") would pick, or "none", for --version.
std::string DescribeDefaultDataDir();

}  // namespace selon::cli
