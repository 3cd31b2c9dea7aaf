// The fixture of the tests that run the real `selon` binary (cli_test.cpp,
// cli_robustness_test.cpp): a temporary folder per test, and Run() as a user runs selon.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace selon_cli_test {

namespace fs = std::filesystem;
using nlohmann::json;

// Under AddressSanitizer (SELON_SANITIZE) freed memory waits in a quarantine of up to 256 MB,
// so a peak RSS says nothing about the program's own bound: memory checks are skipped there.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kPeakRssIsMeaningful = false;
#else
inline constexpr bool kPeakRssIsMeaningful = true;
#endif

struct RunResult {
  int status = -1;
  std::string out, err;
  std::vector<json> records() const {
    std::vector<json> r;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty()) r.push_back(json::parse(line));
    return r;
  }
};

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const fs::path& p, const std::string& data) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << data;
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("selon_cli_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs `selon ARGS` (shell words) from the source folder with `input` on stdin; with
  // `pipe_to`, stdout goes through that shell command. The status is selon's own.
  RunResult Run(const std::string& args, const std::string& input = "",
                const std::string& pipe_to = "") {
    WriteFile(tmp_ / "stdin", input);
    const std::string script = "cd '" + std::string(SELON_SOURCE_DIR) + "' || exit 99\n'" +
                               SELON_BINARY + "' " + args + " < '" + (tmp_ / "stdin").string() +
                               "' 2> '" + (tmp_ / "stderr").string() + "'" +
                               (pipe_to.empty() ? "" : " | " + pipe_to) +
                               "\necho ${PIPESTATUS[0]} > '" + (tmp_ / "status").string() + "'\n";
    WriteFile(tmp_ / "run.sh", script);
    RunResult r;
    FILE* p = popen(("bash '" + (tmp_ / "run.sh").string() + "'").c_str(), "r");
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    pclose(p);
    r.err = ReadFile(tmp_ / "stderr");
    r.status = std::atoi(ReadFile(tmp_ / "status").c_str());
    return r;
  }

  // Runs a bash script (with `$SELON` set to the binary) from the source folder; returns its
  // exit status. For what Run() cannot express: background jobs, signals, several processes.
  int RunScript(const std::string& body) {
    WriteFile(tmp_ / "script.sh", "cd '" + std::string(SELON_SOURCE_DIR) + "' || exit 99\nSELON='" +
                                      SELON_BINARY + "'\n" + body + "\n");
    const int raw = std::system(("bash '" + (tmp_ / "script.sh").string() + "'").c_str());
    return WEXITSTATUS(raw);
  }

  // `p` quoted for the shell.
  static std::string Q(const fs::path& p) { return "'" + p.string() + "'"; }

  fs::path tmp_;
};

}  // namespace selon_cli_test
