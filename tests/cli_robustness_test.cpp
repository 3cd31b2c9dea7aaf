// The archive promise, tried on the real binary: every input yields exactly one record (a
// result or an error record), a run never dies on one bad document, a failure is never
// reported as success, and a configuration error stops the run before it starts (issue 11).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using namespace selon_cli_test;
using nlohmann::json;
namespace fs = std::filesystem;

// A line of JSONL for `text`.
std::string Line(const std::string& text) { return json({{"text", text}}).dump() + "\n"; }

// Whether every line of `out` is a whole JSON object and `out` ends with a newline.
::testing::AssertionResult WholeLines(const std::string& out) {
  if (!out.empty() && out.back() != '\n')
    return ::testing::AssertionFailure() << "output ends inside a record: ..."
                                         << out.substr(out.size() > 80 ? out.size() - 80 : 0);
  std::istringstream in(out);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!json::accept(line)) return ::testing::AssertionFailure() << "line " << n << " is torn";
  }
  return ::testing::AssertionSuccess();
}

// ---- Any failure of one document is that document's error record ----

TEST_F(Cli, NumbersBeyondDoubleAreInvalidJsonRecordsNotAnAbort) {
  const RunResult r =
      Run("--jsonl", Line("Le préfet de la Gironde a visité Bordeaux.") +
                         "{\"id\": 1e999, \"text\": \"La mairie a répondu.\"}\n" +
                         "{\"text\": \"Le conseil a voté.\", \"meta\": {\"x\": -1e400}}\n" +
                         Line("La séance est levée."));
  EXPECT_EQ(r.status, 1) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 4u);  // the good line before the bad ones is not lost
  EXPECT_FALSE(records[0].contains("error"));
  for (int i : {1, 2}) {
    EXPECT_EQ(records[i]["id"], i + 1);
    EXPECT_EQ(records[i]["error"]["code"], "invalid_json");
    EXPECT_EQ(records[i]["error"]["line"], i + 1);
    EXPECT_EQ(records[i]["error"]["path"], "-");
  }
  EXPECT_NE(r.err.find("-:2: not valid JSON at byte 12: number overflow parsing '1e999'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("-:3: not valid JSON at byte"), std::string::npos) << r.err;
  EXPECT_FALSE(records[3].contains("error"));
}

TEST_F(Cli, EvalGoldWithANumberBeyondDoubleIsADataError) {
  WriteFile(tmp_ / "gold.jsonl",
            "{\"text\": \"Le maire a parlé.\", \"claims\": [], \"score\": 1e999}\n");
  const RunResult r = Run("eval claims " + Q(tmp_ / "gold.jsonl"));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("gold.jsonl:1: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("number overflow"), std::string::npos) << r.err;
}

TEST_F(Cli, NestingBeyondTheLimitIsInvalidJson) {
  auto nested = [](int levels) {  // the line's object is level 1
    return "{\"text\": \"Le maire a parlé.\", \"meta\": " + std::string(levels - 1, '[') +
           std::string(levels - 1, ']') + "}\n";
  };
  RunResult r = Run("--jsonl", nested(64) + nested(65));
  EXPECT_EQ(r.status, 1);
  auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_FALSE(records[0].contains("error"));
  EXPECT_EQ(records[1]["error"]["code"], "invalid_json");
  // 39 bytes of `{"text": …, "meta": ` then 64 brackets: the 65th level opens at byte 103.
  EXPECT_NE(r.err.find("-:2: JSON nested deeper than 64 levels at byte 103"), std::string::npos)
      << r.err;

  // Deep enough to overflow the stack when written, and with --pretty: a small error record.
  r = Run("--jsonl --pretty", nested(75000));
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_LT(r.out.size(), 1000u);
  EXPECT_EQ(json::parse(r.out)["error"]["code"], "invalid_json");
}

// ---- Output: whole records, and write errors are failures ----

TEST_F(Cli, WriteErrorsAreReportedAndExitThree) {
  RunResult r = Run("samples/depeche-tech.txt > /dev/full");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("selon: cannot write output: No space left on device"), std::string::npos)
      << r.err;

  r = Run("samples/depeche-tech.txt >&-");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("cannot write output: standard output is closed"), std::string::npos)
      << r.err;

  r = Run("lexicon lookup Bordeaux > /dev/full");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
}

TEST_F(Cli, ConcurrentProcessesAppendingToOneFileNeverTearARecord) {
  std::string input;
  for (int i = 0; i < 400; ++i)
    input += json({{"id", i},
                   {"text", "Selon la préfecture, la route départementale " + std::to_string(i) +
                                " restera fermée jusqu’à lundi. « Les travaux avancent », a "
                                "assuré l’adjointe au maire."}})
                 .dump() +
             "\n";
  WriteFile(tmp_ / "in.jsonl", input);
  const fs::path out = tmp_ / "out.jsonl";
  const int status = RunScript("for i in 1 2 3 4; do \"$SELON\" --jsonl -j 1 " +
                               Q(tmp_ / "in.jsonl") + " >> " + Q(out) + " & done; wait");
  ASSERT_EQ(status, 0);
  const std::string text = ReadFile(out);
  EXPECT_TRUE(WholeLines(text));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 4 * 400);
}

TEST_F(Cli, LineBufferedWritesEachRecordAsSoonAsItIsReady) {
  // The second line is only sent once the first record is out: without --line-buffered the
  // first record would wait for its batch to fill, and the producer would give up.
  const fs::path out = tmp_ / "out.jsonl";
  const int status = RunScript(
      "{ echo '{\"text\": \"Le maire a parlé.\"}'\n"
      "  for k in $(seq 100); do [ -s " +
      Q(out) + " ] && break; sleep 0.1; done\n  if [ -s " + Q(out) + " ]; then echo seen > " +
      Q(tmp_ / "seen") +
      "; fi\n"
      "  echo '{\"text\": \"La séance est levée.\"}'; } | \"$SELON\" --jsonl --line-buffered > " +
      Q(out));
  EXPECT_EQ(status, 0);
  EXPECT_TRUE(fs::exists(tmp_ / "seen")) << "the first record waited for more input";
  const RunResult written{0, ReadFile(out), ""};
  EXPECT_EQ(written.records().size(), 2u);
}

// ---- Signals: stop reading, write whole records, 130 / 143 ----

TEST_F(Cli, StopSignalsWriteWholeRecordsAndExitWithTheSignal) {
  std::string lines;
  for (int i = 0; i < 50; ++i)
    lines += "{\"id\": " + std::to_string(i) +
             ", \"text\": \"Le syndicat a annoncé une grève pour jeudi, selon l’AFP.\"}\n";
  WriteFile(tmp_ / "lines.jsonl", lines);
  for (const auto& [signal, expected] : {std::pair<std::string, int>{"TERM", 143}, {"INT", 130}}) {
    const fs::path out = tmp_ / ("out-" + signal);
    // The producer sends 50 lines and then keeps the pipe open: selon waits in read() with a
    // batch it has not submitted. job control (set -m) keeps SIGINT deliverable to a
    // background job.
    const int status =
        RunScript("set -m\nmkfifo " + Q(tmp_ / "fifo") + "\n(cat " + Q(tmp_ / "lines.jsonl") +
                  "; exec sleep 30) > " + Q(tmp_ / "fifo") + " &\nP=$!\n\"$SELON\" --jsonl < " +
                  Q(tmp_ / "fifo") + " > " + Q(out) + " &\nS=$!\nsleep 2\nkill -" + signal +
                  " $S\nwait $S\nstatus=$?\nkill $P\nrm " + Q(tmp_ / "fifo") + "\nexit $status");
    EXPECT_EQ(status, expected) << signal;
    const std::string text = ReadFile(out);
    EXPECT_TRUE(WholeLines(text)) << signal;
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 50)
        << signal << ": the lines already read are analysed and written";
  }
}

TEST_F(Cli, StopSignalMidRunLeavesNoTornLine) {
  std::string input;
  for (int i = 0; i < 20000; ++i)
    input += Line(
        "Le conseil municipal de Nantes a adopté le budget, a indiqué la mairie. "
        "L’opposition a dénoncé « un manque d’ambition ».");
  WriteFile(tmp_ / "in.jsonl", input);
  const fs::path out = tmp_ / "out.jsonl";
  const int status = RunScript("\"$SELON\" --jsonl -j 2 " + Q(tmp_ / "in.jsonl") + " > " + Q(out) +
                               " &\nS=$!\nsleep 0.5\nkill -TERM $S\nwait $S");
  const std::string text = ReadFile(out);
  EXPECT_TRUE(WholeLines(text));
  if (status == 0) GTEST_SKIP() << "the run ended before the signal; nothing to check";
  EXPECT_EQ(status, 143);
}

TEST_F(Cli, TheDefaultIdIsThePathAsAJsonString) {
  // A plain ASCII path is quoted in place; others go through the JSON library (escapes, UTF-8).
  const fs::path in = tmp_ / "in";
  WriteFile(in / "a\"b\\c.txt", "Le maire de Rennes a inauguré la médiathèque.");
  WriteFile(in / "plain.txt", "Le maire de Rennes a inauguré la médiathèque.");
  WriteFile(in / "\u00e9t\u00e9.txt", "Le maire de Rennes a inauguré la médiathèque.");
  const RunResult r = Run(Q(in));
  EXPECT_EQ(r.status, 0) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 3u) << r.out;
  EXPECT_EQ(records[0]["id"], (in / "a\"b\\c.txt").string());
  EXPECT_EQ(records[1]["id"], (in / "plain.txt").string());
  EXPECT_EQ(records[2]["id"], (in / "\u00e9t\u00e9.txt").string());
  EXPECT_NE(r.out.find("\"id\":\"" + (in / "plain.txt").string() + "\""), std::string::npos);
}

// ---- No document is silently lost ----

TEST_F(Cli, EveryEntryOfAWalkedFolderYieldsARecord) {
  const fs::path in = tmp_ / "in";
  WriteFile(in / "a.txt", "Le maire de Rennes a inauguré la médiathèque.");
  fs::create_symlink(in / "parti.txt", in / "b-lien.txt");                          // dangling
  WriteFile(in / "c\xE9t\xE9.txt", "La préfète a salué le travail des pompiers.");  // Latin-1 name
  ASSERT_EQ(mkfifo((in / "d.txt").c_str(), 0644), 0);
  WriteFile(in / "notes.md", "pas un document");
  const RunResult r = Run(Q(in));
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();  // every line is valid JSON, the Latin-1 name included
  ASSERT_EQ(records.size(), 4u) << r.out;
  EXPECT_FALSE(records[0].contains("error"));
  EXPECT_EQ(records[1]["error"]["code"], "not_found");
  EXPECT_EQ(records[1]["error"]["path"], (in / "b-lien.txt").string());
  EXPECT_NE(r.err.find("b-lien.txt: dangling symbolic link"), std::string::npos) << r.err;
  EXPECT_EQ(records[2]["id"], (in / "c\uFFFDt\uFFFD.txt").string());  // invalid bytes: U+FFFD
  EXPECT_FALSE(records[2].contains("error"));
  EXPECT_EQ(records[3]["error"]["code"], "unreadable");
  EXPECT_NE(r.err.find("d.txt: not a regular file"), std::string::npos) << r.err;
}

TEST_F(Cli, UnreadableSubfolderIsAnErrorRecord) {
  if (geteuid() == 0) GTEST_SKIP() << "root lists every folder";
  WriteFile(tmp_ / "in" / "a.txt", "Le maire a parlé.");
  WriteFile(tmp_ / "in" / "prive" / "b.txt", "La préfète a parlé.");
  fs::permissions(tmp_ / "in" / "prive", fs::perms::none);
  const RunResult r = Run(Q(tmp_ / "in"));
  fs::permissions(tmp_ / "in" / "prive", fs::perms::owner_all);
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1]["error"]["code"], "unreadable");
  EXPECT_EQ(records[1]["error"]["path"], (tmp_ / "in" / "prive").string());
}

TEST_F(Cli, StdinThatIsAFolderIsAReadErrorNotAnEmptyDocument) {
  // stdin redirected from a folder, or closed: RunScript, as Run() redirects stdin itself.
  auto run = [&](const std::string& args) {
    RunResult r;
    r.status = RunScript("\"$SELON\" " + args + " > " + Q(tmp_ / "out") + " 2> " + Q(tmp_ / "err"));
    r.out = ReadFile(tmp_ / "out");
    r.err = ReadFile(tmp_ / "err");
    return r;
  };
  RunResult r = run("< samples");
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.records().size(), 1u);
  EXPECT_EQ(r.records()[0]["error"]["code"], "unreadable");
  EXPECT_NE(r.err.find("-: read error: Is a directory"), std::string::npos) << r.err;

  r = run("--jsonl < samples");
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.records().size(), 1u);
  EXPECT_EQ(r.records()[0]["error"]["line"], 1);
  EXPECT_NE(r.err.find("-:1: read error: Is a directory"), std::string::npos) << r.err;

  r = run("- <&-");
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.records().size(), 1u);
  EXPECT_NE(r.err.find("-: standard input is closed"), std::string::npos) << r.err;
}

// ---- Warnings stay proportionate ----

TEST_F(Cli, UnbalancedQuoteWarningsAreCapped) {
  std::string text = "Le ministre a répondu ";
  for (int i = 0; i < 2000; ++i) text += "« ";
  const RunResult r = Run("", text);
  EXPECT_EQ(r.status, 0);
  const json rec = r.records().at(0);
  ASSERT_EQ(rec["warnings"].size(), 11u);
  EXPECT_EQ(rec["warnings"][10]["code"], "unbalanced_quotes");
  EXPECT_NE(rec["warnings"][10]["message"].get<std::string>().find("1990 more"), std::string::npos);
  EXPECT_LT(r.out.size(), 2 * text.size());
}

// ---- stderr: capped messages, a summary, -q ----

TEST_F(Cli, ErrorMessagesAreCappedAndASummaryEndsTheRun) {
  std::string input;
  for (int i = 0; i < 25; ++i) input += "{\"texte\": \"mauvaise clé\"}\n";
  input += Line("« Tout est prêt », a assuré la directrice.");
  input += Line("Il a dit « oui.");
  const RunResult r = Run("--jsonl", input);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.records().size(), 27u);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 10 + 2) << r.err;
  EXPECT_NE(r.err.find("selon: … and 15 more errors (see the error records)"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("selon: 27 documents, 25 error records, 1 warning\n"), std::string::npos)
      << r.err;

  const RunResult quiet = Run("--jsonl -q", input);
  EXPECT_EQ(quiet.status, 1);
  EXPECT_EQ(quiet.records().size(), 27u);
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
}

TEST_F(Cli, OneDocumentHasNoSummary) {
  const RunResult r = Run("", "Le maire de Brest a parlé.");
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

// ---- Configuration errors stop the run: exit 2, one clear line ----

class CliData : public Cli {
 protected:
  // A data folder made of links to the build's parts, without `left_out`.
  fs::path PartialData(const std::string& left_out) {
    const fs::path built = fs::path(SELON_BINARY).parent_path() / "share" / "selon";
    const fs::path dir = tmp_ / "data";
    for (const char* part : {"evidence", "cues", "rules"}) {
      fs::create_directories(dir / part);
      for (const auto& entry : fs::directory_iterator(built / part))
        if (fs::path(part) / entry.path().filename() != fs::path(left_out))
          fs::create_symlink(entry.path(), dir / part / entry.path().filename());
    }
    if (left_out != "lexicons.bin")
      fs::create_symlink(built / "lexicons.bin", dir / "lexicons.bin");
    return dir;
  }
};

TEST_F(CliData, EmptyOrPartialDataFolderIsAConfigurationError) {
  fs::create_directories(tmp_ / "empty");
  RunResult r = Run("--data-dir " + Q(tmp_ / "empty") + " samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("is not a selon data folder"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;

  r = Run("--data-dir " + Q(PartialData("cues/forms.tsv")) + " samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("is incomplete, missing: cues/forms.tsv;"), std::string::npos) << r.err;
}

TEST_F(CliData, DataDirThatIsAFileSaysSo) {
  const RunResult r = Run("--data-dir samples/depeche-tech.txt samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("'samples/depeche-tech.txt' is not a directory"), std::string::npos)
      << r.err;
}

TEST_F(CliData, RulesFolderMeansItsRuleFilesAndAnEmptyOneIsAnError) {
  fs::create_directories(tmp_ / "vide");
  RunResult r = Run("--rules " + Q(tmp_ / "vide") + " samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("holds no *.rules file"), std::string::npos) << r.err;

  r = Run("--rules " + Q(tmp_ / "absent.rules") + " samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("absent.rules' does not exist"), std::string::npos) << r.err;

  WriteFile(tmp_ / "regles" / "festival.rules",
            "id\ttype\tpattern\tcomment\n"
            "org.test.festival\tORG\t<=Festival =des @capital>\tFestival des Bruyères\n");
  r = Run("--rules " + Q(tmp_ / "regles"), "Le Festival des Bruyères a ouvert ses portes.");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("rule:org.test.festival"), std::string::npos) << r.out;
}

TEST_F(CliData, DataWithoutCompiledLexiconsWarnsOnce) {
  const fs::path dir = PartialData("lexicons.bin");
  WriteFile(dir / "story.tsv", "id\ttype\tname\naa\tORG\tCoopérative Brenn Atao\n");
  RunResult r = Run("--data-dir " + Q(dir), "La Coopérative Brenn Atao recrute.");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.records().at(0)["entities"][0]["name"], "Coopérative Brenn Atao");
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find("selon: warning: data folder"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("selon lexicon compile"), std::string::npos) << r.err;

  r = Run("-q --data-dir " + Q(dir), "La Coopérative Brenn Atao recrute.");
  EXPECT_TRUE(r.err.empty()) << r.err;
}

}  // namespace

namespace selon_cli_test {

// README, "Streaming and memory": a document costs 25-30 bytes of memory per input byte on
// news text, up to about 50 on text made of nothing but claims (measured: 27 and 47 on these
// two), at most 60. Checked on the whole process's peak resident set (/usr/bin/time), for a
// claim-dense document and an ordinary one of 4 MB each.
constexpr double kMaxBytesPerInputByte = 60;
constexpr double kBaseBytes = 64.0 * (1 << 20);  // an empty run: mapped lexicons, data, code

TEST_F(Cli, PeakMemoryStaysWithinTheStatedBound) {
  if (!kPeakRssIsMeaningful)
    GTEST_SKIP() << "under AddressSanitizer the peak RSS is not the bound the README states";
  if (!fs::exists("/usr/bin/time")) GTEST_SKIP() << "/usr/bin/time is not installed";
  const std::string patterns[] = {
      "Il a dit que tout va bien. « Oui », dit-elle. Selon Paul Martin, le pont rouvrira. ",
      "Le conseil municipal de Valmorie a voté jeudi le budget des écoles, a indiqué la "
      "porte-parole de la mairie, Julie Caron, qui a précisé que les travaux commenceront en "
      "mai. "};
  for (const std::string& unit : patterns) {
    std::string doc;
    while (doc.size() < (4u << 20)) doc += unit;
    WriteFile(tmp_ / "doc.txt", doc);
    ASSERT_EQ(
        RunScript("/usr/bin/time -f %M -o " + Q(tmp_ / "rss") +
                  " \"$SELON\" --max-doc-bytes 8000000 " + Q(tmp_ / "doc.txt") + " > /dev/null"),
        0);
    const double peak = std::atof(ReadFile(tmp_ / "rss").c_str()) * 1024;
    EXPECT_GT(peak, 0);
    EXPECT_LT(peak, kBaseBytes + kMaxBytesPerInputByte * static_cast<double>(doc.size()))
        << "peak " << peak / (1 << 20) << " MiB for " << doc.size() << " bytes of « "
        << unit.substr(0, 30) << " »";
  }
}

}  // namespace selon_cli_test
