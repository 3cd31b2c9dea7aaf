// selon::DefaultDataDir: where the data of an installation, a build tree or a source tree is.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "selon/pipeline.h"

namespace selon {
namespace {

namespace fs = std::filesystem;

bool IsDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

}  // namespace

std::string DefaultDataDir() {
  if (const char* env = std::getenv("SELON_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / SELON_INSTALL_DATA_SUBDIR;
    if (IsDir(installed)) return installed.string();
    const fs::path build_tree = exe.parent_path() / "share" / "selon";
    if (IsDir(build_tree)) return build_tree.string();
  }
  if (IsDir(SELON_INSTALL_FULL_DATA_DIR)) return SELON_INSTALL_FULL_DATA_DIR;
  if (IsDir(SELON_SOURCE_DATA_DIR)) return SELON_SOURCE_DATA_DIR;
  return "";
}

}  // namespace selon
