#include "cli/data_dir.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <system_error>

#include "selon/pipeline.h"

namespace selon::cli {
namespace fs = std::filesystem;

namespace {

// The files of a data folder that the pipeline reads when present and silently does without
// otherwise (the entity lexicons and the rules are checked apart: several names are possible).
constexpr const char* kRequiredDataFiles[] = {
    "evidence/first_names.tsv",  "evidence/first_names_world.tsv",
    "evidence/titles_roles.tsv", "evidence/org_cues.tsv",
    "evidence/product_cues.tsv", "evidence/place_cues.tsv",
    "evidence/demonyms.tsv",     "evidence/non_entities.tsv",
    "cues/lemmas.tsv",           "cues/forms.tsv",
    "cues/markers.tsv",          "cues/words.tsv",
    "cues/infinitives.txt",
};

// Where complete data is, for messages.
constexpr const char* kWhereDataIs =
    "point --data-dir or SELON_DATA at a complete data folder: share/selon of an installation, "
    "build/share/selon of a build, or the source tree's lexicons/";

// The *.rules files directly in `dir`, sorted.
std::vector<std::string> RuleFilesIn(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->path().extension() == ".rules") files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  return files;
}

bool IsDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

}  // namespace

Status ResolveDataDir(const std::string& flag, std::string* dir) {
  std::string chosen = flag;
  const char* source = "--data-dir";
  if (chosen.empty()) {
    if (const char* env = std::getenv("SELON_DATA"); env != nullptr && *env != '\0') {
      chosen = env;
      source = "SELON_DATA";
    }
  }
  if (chosen.empty()) {
    *dir = selon::DefaultDataDir();
    return Status::Ok();
  }
  std::error_code ec;
  if (!fs::exists(chosen, ec)) {
    return Status(StatusCode::kNotFound,
                  std::string(source) + ": data directory '" + chosen + "' does not exist");
  }
  if (!IsDir(chosen)) {
    return Status(StatusCode::kNotFound, std::string(source) + ": '" + chosen +
                                             "' is not a directory (expected the data folder, "
                                             "e.g. <prefix>/share/selon)");
  }
  *dir = chosen;
  return Status::Ok();
}

Status CheckDataDir(const std::string& dir, bool need_lexicons) {
  if (dir.empty()) {
    return Status(StatusCode::kNotFound,
                  std::string("no data folder found (none installed next to this binary, no "
                              "build or source tree data): ") +
                      kWhereDataIs);
  }
  std::vector<std::string> missing;
  std::error_code ec;
  if (need_lexicons && DefaultLexiconFiles(dir).empty())
    missing.push_back("the entity lexicons (lexicons.bin or *.tsv)");
  for (const char* file : kRequiredDataFiles)
    if (!fs::is_regular_file(fs::path(dir) / file, ec)) missing.push_back(file);
  if (RuleFilesIn(fs::path(dir) / "rules").empty()) missing.push_back("rules/*.rules");
  if (missing.empty()) return Status::Ok();
  if (missing.size() == std::size(kRequiredDataFiles) + (need_lexicons ? 2 : 1)) {
    return Status(StatusCode::kNotFound, "'" + dir +
                                             "' is not a selon data folder (no lexicons, "
                                             "evidence/, cues/ or rules/); " +
                                             kWhereDataIs);
  }
  std::string list;
  for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
  return Status(StatusCode::kNotFound,
                "data folder '" + dir + "' is incomplete, missing: " + list + "; " + kWhereDataIs);
}

std::string SlowStartWarning(const std::string& dir) {
  const std::vector<std::string> files = DefaultLexiconFiles(dir);
  if (files.empty() || fs::path(files[0]).filename() == "lexicons.bin") return "";
  const fs::path bin = fs::path(dir) / "lexicons.bin";
  return "data folder '" + dir + "' has no compiled lexicons.bin, so its " +
         std::to_string(files.size()) +
         " TSV lexicons are compiled at every start (seconds). To start at once, compile them "
         "once: `selon lexicon compile " +
         (fs::path(dir) / "*.tsv").string() + " -o " + bin.string() +
         "`, or use the data of a build (build/share/selon) or of an installation";
}

Status ExpandRuleFiles(const std::vector<std::string>& given, std::vector<std::string>* files) {
  files->clear();
  for (const std::string& path : given) {
    std::error_code ec;
    if (IsDir(path)) {
      const std::vector<std::string> found = RuleFilesIn(path);
      if (found.empty()) {
        return Status(StatusCode::kNotFound,
                      "--rules: folder '" + path + "' holds no *.rules file");
      }
      files->insert(files->end(), found.begin(), found.end());
    } else if (!fs::exists(path, ec)) {
      return Status(StatusCode::kNotFound, "--rules: '" + path + "' does not exist");
    } else {
      files->push_back(path);
    }
  }
  return Status::Ok();
}

std::string DescribeDefaultDataDir() {
  std::string dir;
  if (!ResolveDataDir("", &dir).ok() || dir.empty()) return "none";
  return dir;
}

}  // namespace selon::cli
