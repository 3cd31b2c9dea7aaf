// `selon eval` run as a user runs it, on the tiny brat corpus of
// tests/data/eval/ (French sentences written for the project) with a test
// lexicon, so the figures do not move when the shipped lexicons do.
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

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct RunResult {
  int status = -1;
  std::string out, err;
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `selon ARGS` from the source folder.
RunResult RunSelon(const std::string& args) {
  const fs::path tmp =
      fs::temp_directory_path() / ("selon_eval_cli_test_" + std::to_string(getpid()));
  fs::create_directories(tmp);
  const std::string cmd = "cd '" + std::string(SELON_SOURCE_DIR) + "' && '" + SELON_BINARY + "' " +
                          args + " > '" + (tmp / "out").string() + "' 2> '" +
                          (tmp / "err").string() + "'";
  RunResult r;
  const int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = ReadFile(tmp / "out");
  r.err = ReadFile(tmp / "err");
  fs::remove_all(tmp);
  return r;
}

constexpr const char* kLexicon = " --no-default-lexicons --lexicon tests/data/eval/lexicon.tsv";

TEST(EvalCli, EntitiesJsonReport) {
  const RunResult r =
      RunSelon(std::string("eval entities tests/data/eval/corpus --json --errors") + kLexicon);
  ASSERT_EQ(r.status, 0) << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(report["task"], "entities");
  EXPECT_EQ(report["documents"], 2);  // notes.txt has no .ann: skipped
  // Gold: nested Poma inside Poma skyline and the Dates are not counted.
  EXPECT_EQ(report["strict"]["LOC"]["gold"], 3);
  EXPECT_EQ(report["strict"]["PER"]["gold"], 2);
  EXPECT_EQ(report["strict"]["PRODUCT"]["gold"], 1);
  EXPECT_EQ(report["strict"]["all"]["gold"], 6);
  // The lexicon finds Grenoble twice, Lyon, Éric Piolle, and Poma (ORG) inside
  // Poma skyline (lower case: no name word extends the known name).
  EXPECT_EQ(report["strict"]["LOC"]["matched_gold"], 3);
  // (Marc Vidal is for the name rules, which run whatever the lexicons: not
  // asserted.)
  EXPECT_GE(report["strict"]["PER"]["matched_gold"], 1);
  EXPECT_EQ(report["strict"]["PRODUCT"]["matched_gold"], 0);
  EXPECT_EQ(report["lenient"]["PRODUCT"]["matched_gold"], 1);
  EXPECT_EQ(report["lenient"]["ORG"]["matched_predicted"], 1);
  // Lenient adds exactly the Poma / Poma skyline pair to strict.
  EXPECT_EQ(report["lenient"]["all"]["matched_gold"].get<int>(),
            report["strict"]["all"]["matched_gold"].get<int>() + 1);
  const json& all = report["strict"]["all"];
  EXPECT_NEAR(all["precision"].get<double>(),
              all["matched_predicted"].get<double>() / all["predicted"].get<double>(), 1e-4);
  bool found_boundary = false;
  for (const json& e : report["errors"]) {
    if (e["category"] == "boundary") {
      found_boundary = true;
      EXPECT_EQ(e["group"], "PRODUCT");
      EXPECT_EQ(e["text"], "Poma skyline");
      EXPECT_NE(e["context"].get<std::string>().find("[[Poma skyline]]"), std::string::npos);
    }
  }
  EXPECT_TRUE(found_boundary) << r.out;
}

TEST(EvalCli, EntitiesTableAndListAndLimit) {
  const RunResult table = RunSelon(std::string("eval entities tests/data/eval/corpus") + kLexicon);
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("entities: 2 documents"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("PRODUCT"), std::string::npos);

  const RunResult limited =
      RunSelon(std::string("eval entities tests/data/eval/corpus --limit 1 --json") + kLexicon);
  ASSERT_EQ(limited.status, 0) << limited.err;
  EXPECT_EQ(json::parse(limited.out)["documents"], 1);

  const fs::path list =
      fs::temp_directory_path() / ("selon_eval_list_" + std::to_string(getpid()) + ".txt");
  std::ofstream(list) << "lyon.txt\n";
  const RunResult listed = RunSelon("eval entities --json --root tests/data/eval/corpus --list '" +
                                    list.string() + "'" + kLexicon);
  fs::remove(list);
  ASSERT_EQ(listed.status, 0) << listed.err;
  EXPECT_EQ(json::parse(listed.out)["strict"]["all"]["gold"], 2);
}

TEST(EvalCli, BadGoldExitsTwoNamingFileAndLine) {
  const fs::path dir = fs::temp_directory_path() / ("selon_eval_bad_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Paris et Lyon.\n";
  std::ofstream(dir / "a.ann") << "T1\tLocation 0 5\tParis\nT2\tLocation 9 x\tLyon\n";
  std::ofstream(dir / "gold.jsonl") << R"({"path": "a.txt", "claims": [{"kind": "direct"}]})"
                                    << "\n";
  const RunResult brat = RunSelon("eval entities '" + dir.string() + "'");
  const RunResult claims = RunSelon("eval claims '" + (dir / "gold.jsonl").string() + "'");
  std::ofstream(dir / "gold2.jsonl")
      << R"({"path": "nope.txt", "claims": [{"kind": "direct", "cue": [0, 1], "content": [2, 3]}]})"
      << "\n";
  const RunResult missing = RunSelon("eval claims '" + (dir / "gold2.jsonl").string() + "'");
  fs::remove_all(dir);
  EXPECT_EQ(brat.status, 2);
  EXPECT_NE(brat.err.find("a.ann:2:"), std::string::npos) << brat.err;
  EXPECT_EQ(claims.status, 2);
  EXPECT_NE(claims.err.find("gold.jsonl:1: claims[0]: missing cue"), std::string::npos)
      << claims.err;
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("gold2.jsonl:1: cannot read the text"), std::string::npos)
      << missing.err;
}

}  // namespace
