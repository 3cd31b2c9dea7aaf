// OrderedRunner is a template (cli/ordered_runner.h); this file keeps one translation unit per
// header so the header compiles on its own.
#include "cli/ordered_runner.h"
