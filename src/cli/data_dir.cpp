#include "cli/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace selon::cli {
namespace fs = std::filesystem;

namespace {

bool IsDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

std::string DefaultDataDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / SELON_INSTALL_DATA_SUBDIR;
    if (IsDir(installed)) return installed.string();
    const fs::path build_tree = exe.parent_path() / "share" / "selon";
    if (IsDir(build_tree)) return build_tree.string();
  }
  if (IsDir(SELON_SOURCE_DATA_DIR)) return SELON_SOURCE_DATA_DIR;
  return "";
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
    *dir = DefaultDataDir();
    return Status::Ok();
  }
  if (!IsDir(chosen)) {
    return Status(StatusCode::kNotFound,
                  std::string(source) + ": data directory '" + chosen + "' does not exist");
  }
  *dir = chosen;
  return Status::Ok();
}

std::string DescribeDefaultDataDir() {
  std::string dir;
  if (!ResolveDataDir("", &dir).ok() || dir.empty()) return "none";
  return dir;
}

}  // namespace selon::cli
