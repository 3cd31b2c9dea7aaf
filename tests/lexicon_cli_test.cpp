// The real `selon` binary with compiled lexicons that are corrupted, or recompiled under a
// running job: a bad file is a configuration error (exit 2, the file and the reason), and
// `selon lexicon compile -o FILE` never disturbs a job that has FILE mapped.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const fs::path& p, const std::string& data) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << data;
}

class LexiconCli : public ::testing::Test {
 protected:
  void SetUp() override {
    tmp_ = fs::temp_directory_path() /
           ("selon_lexicon_cli_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(tmp_);
    fs::create_directories(tmp_);
  }
  void TearDown() override { fs::remove_all(tmp_); }

  // Runs `selon ARGS` (shell words) with stdin from /dev/null; returns the exit status and
  // fills `err` with stderr.
  int Run(const std::string& args, std::string* err) {
    const fs::path errfile = tmp_ / "stderr";
    const std::string command = std::string("'") + SELON_BINARY + "' " + args +
                                " < /dev/null > /dev/null 2> '" + errfile.string() + "'";
    const int status = std::system(command.c_str());
    *err = ReadFile(errfile);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  // A TSV lexicon of `n` organizations "Société Numéro i".
  std::string BigTsv(int n) {
    std::string tsv = "id\ttype\tname\taliases\tattrs\n";
    for (int i = 0; i < n; ++i)
      tsv += "x" + std::to_string(i) + "\tORG\tSociété Numéro " + std::to_string(i) + "\n";
    return tsv;
  }

  fs::path tmp_;
};

TEST_F(LexiconCli, ACorruptedLexiconIsAConfigurationError) {
  WriteFile(tmp_ / "lex.tsv", BigTsv(50));
  std::string err;
  ASSERT_EQ(Run("lexicon compile '" + (tmp_ / "lex.tsv").string() + "' -o '" +
                    (tmp_ / "lex.bin").string() + "'",
                &err),
            0)
      << err;
  std::string bytes = ReadFile(tmp_ / "lex.bin");
  bytes.resize(bytes.size() - 16);
  WriteFile(tmp_ / "bad.bin", bytes);
  EXPECT_EQ(Run("--no-default-lexicons --lexicon '" + (tmp_ / "bad.bin").string() + "'", &err), 2);
  EXPECT_NE(err.find((tmp_ / "bad.bin").string() + ": not a valid compiled lexicon ("),
            std::string::npos)
      << err;
}

TEST_F(LexiconCli, CompileSaysWhyItCannotWrite) {
  WriteFile(tmp_ / "lex.tsv", BigTsv(5));
  std::string err;
  EXPECT_EQ(Run("lexicon compile '" + (tmp_ / "lex.tsv").string() + "' -o '" +
                    (tmp_ / "no-such-dir" / "lex.bin").string() + "'",
                &err),
            2);
  EXPECT_NE(err.find("No such file or directory"), std::string::npos) << err;
}

// The job maps live.bin, then the file is recompiled (smaller) under it, then the job reads its
// document: it must finish normally, with the lexicon it loaded. Writing the new file in place
// would truncate the job's mapping (SIGBUS).
TEST_F(LexiconCli, RecompilingUnderARunningJobLeavesItsMappingWhole) {
  WriteFile(tmp_ / "big.tsv", BigTsv(20000));
  WriteFile(tmp_ / "small.tsv", "id\ttype\tname\taliases\tattrs\nQ1\tORG\tAutre Nom\t\t\n");
  const std::string live = (tmp_ / "live.bin").string();
  std::string err;
  ASSERT_EQ(Run("lexicon compile '" + (tmp_ / "big.tsv").string() + "' -o '" + live + "'", &err), 0)
      << err;

  int to_job[2];
  ASSERT_EQ(pipe(to_job), 0);
  const std::string out = (tmp_ / "out").string();
  const pid_t job = fork();
  ASSERT_GE(job, 0);
  if (job == 0) {
    dup2(to_job[0], 0);
    close(to_job[0]);
    close(to_job[1]);
    if (!freopen(out.c_str(), "w", stdout)) _exit(98);
    execl(SELON_BINARY, SELON_BINARY, "--no-default-lexicons", "--lexicon", live.c_str(), "-",
          static_cast<char*>(nullptr));
    _exit(99);
  }
  close(to_job[0]);
  // Wait until the job has mapped the lexicon.
  const std::string maps = "/proc/" + std::to_string(job) + "/maps";
  bool mapped = false;
  for (int i = 0; i < 1000 && !mapped; ++i) {
    mapped = ReadFile(maps).find(live) != std::string::npos;
    if (!mapped) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(mapped) << "the job never mapped " << live;

  EXPECT_EQ(Run("lexicon compile '" + (tmp_ / "small.tsv").string() + "' -o '" + live + "'", &err),
            0)
      << err;

  const std::string text = "La Société Numéro 19999 a parlé à la Société Numéro 7.";
  ASSERT_EQ(write(to_job[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
  close(to_job[1]);
  int status = 0;
  ASSERT_EQ(waitpid(job, &status, 0), job);
  ASSERT_TRUE(WIFEXITED(status)) << "the job was killed by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const std::string record = ReadFile(out);
  EXPECT_NE(record.find("\"Société Numéro 19999\""), std::string::npos) << record;
  EXPECT_NE(record.find("\"Société Numéro 7\""), std::string::npos) << record;
}

}  // namespace

// The compiled first names of a data folder (evidence/first_names.bin): `selon lexicon
// compile-first-names` writes one that is used; a corrupt one is a configuration error naming it.
TEST_F(LexiconCli, CompiledFirstNamesAreWrittenAndACorruptOneIsAConfigurationError) {
  const fs::path shipped = fs::path(SELON_BINARY).parent_path() / "share" / "selon";
  const fs::path data = tmp_ / "data";
  fs::create_directories(data);
  for (const char* part : {"lexicons.bin", "cues", "rules"})
    fs::create_symlink(shipped / part, data / part);
  fs::copy(shipped / "evidence", data / "evidence");
  const fs::path bin = data / "evidence" / "first_names.bin";
  fs::remove(bin);
  WriteFile(tmp_ / "doc.txt", "Marie Lenoir a dit que la ville ouvrira.");
  std::string err;
  ASSERT_EQ(Run("lexicon compile-first-names '" + (data / "evidence").string() + "' -o '" +
                    bin.string() + "'",
                &err),
            0)
      << err;
  EXPECT_EQ(ReadFile(bin), ReadFile(shipped / "evidence" / "first_names.bin"));
  const std::string run =
      "-q --data-dir '" + data.string() + "' '" + (tmp_ / "doc.txt").string() + "'";
  EXPECT_EQ(Run(run, &err), 0) << err;
  std::string bytes = ReadFile(bin);
  bytes.resize(bytes.size() - 8);
  WriteFile(bin, bytes);
  EXPECT_EQ(Run(run, &err), 2);
  EXPECT_NE(err.find(bin.string() + ": not a valid compiled first-name table ("), std::string::npos)
      << err;
  // A folder with neither list (a mistyped one) is an error, not an empty table.
  EXPECT_EQ(Run("lexicon compile-first-names '" + (tmp_ / "none").string() + "' -o '" +
                    (tmp_ / "none.bin").string() + "'",
                &err),
            2);
  EXPECT_NE(err.find("no first-name list"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(tmp_ / "none.bin"));
}
