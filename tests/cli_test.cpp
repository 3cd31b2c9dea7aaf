// The real `selon` binary, run as a user runs it: golden output on the samples, every error path
// and exit status, output order under threads, bounded streaming, and pipelines.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using namespace selon_cli_test;
using nlohmann::json;
namespace fs = std::filesystem;

// ---- Golden output on the samples ----

TEST_F(Cli, GoldenOutputOnSamples) {
  const bool update = std::getenv("SELON_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(SELON_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string rel = "samples/" + entry.path().filename().string();
    const RunResult r = Run("--sentences --pretty " + rel);
    ASSERT_EQ(r.status, 0) << r.err;
    const fs::path golden = fs::path(SELON_SOURCE_DIR) / "tests" / "golden" /
                            entry.path().filename().replace_extension(".json");
    if (update) WriteFile(golden, r.out);
    ASSERT_TRUE(fs::exists(golden)) << golden << " missing; run with SELON_UPDATE_GOLDEN=1";
    const std::string expected = ReadFile(golden);
    if (r.out != expected) {
      // The lines that differ (diff -u, golden then output), not two whole files; both whole
      // only if diff cannot run (status 2 or more: trouble, 127: not found).
      const fs::path got = tmp_ / ("got-" + golden.filename().string());
      WriteFile(got, r.out);
      const int diff = RunScript(
          "diff -u --label " + Q(fs::path("tests/golden") / golden.filename()) +
          " --label 'selon output' " + Q(golden) + " " + Q(got) + " > " + Q(tmp_ / "diff"));
      ADD_FAILURE() << "golden mismatch for " << rel << ":\n"
                    << (diff == 1 ? ReadFile(tmp_ / "diff")
                                  : "--- expected\n" + expected + "\n--- got\n" + r.out)
                    << "\n(rerun with SELON_UPDATE_GOLDEN=1 to accept deliberately)";
    }
    ++compared;
  }
  EXPECT_GE(compared, 3);
}

// ---- Inputs ----

TEST_F(Cli, StdinIsOneDocumentByDefaultAndWithDash) {
  for (const std::string args : {"", "-"}) {
    const RunResult r = Run(args, "Le maire de Lyon a parlé.");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto records = r.records();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0]["id"], "-");
    EXPECT_EQ(records[0]["length"], 25);
  }
}

TEST_F(Cli, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  WriteFile(tmp_ / "in" / "b.txt", "B.");
  WriteFile(tmp_ / "in" / "a" / "z.txt", "Z.");
  WriteFile(tmp_ / "in" / "a.txt", "A.");
  WriteFile(tmp_ / "in" / "notes.md", "ignored");
  const RunResult r = Run("'" + (tmp_ / "in").string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> ids;
  for (const json& rec : r.records()) ids.push_back(rec["id"]);
  const std::string base = (tmp_ / "in").string();
  EXPECT_EQ(ids, (std::vector<std::string>{base + "/a.txt", base + "/a/z.txt", base + "/b.txt"}));
}

TEST_F(Cli, JsonlEchoesIdAndMetaAndDefaultsIdToLineNumber) {
  const RunResult r =
      Run("--jsonl",
          "{\"id\": \"dep-1\", \"text\": \"Bonjour.\", \"source\": \"AFP\", "
          "\"tags\": [1, 2]}\n{\"text\": \"Sans id.\"}\n\n{\"id\": 42, \"text\": \"\"}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 3u);  // the blank line 3 holds no document
  EXPECT_EQ(records[0]["id"], "dep-1");
  EXPECT_EQ(records[0]["meta"], json({{"source", "AFP"}, {"tags", {1, 2}}}));
  EXPECT_EQ(records[1]["id"], 2);
  EXPECT_FALSE(records[1].contains("meta"));
  EXPECT_EQ(records[2]["id"], 42);
  EXPECT_EQ(records[2]["length"], 0);
}

// ---- Errors: one record per document, and exit statuses ----

TEST_F(Cli, BadJsonlLinesYieldErrorRecordsAndTheRestGoesOn) {
  std::string input;
  int lines = 0;
  for (int i = 1; i <= 300; ++i) {
    if (i % 37 == 0)
      input += "{\"text\": \"tronqué\n";
    else if (i % 41 == 0)
      input += "[\"pas\", \"un objet\"]\n";
    else if (i % 43 == 0)
      input += "{\"id\": " + std::to_string(i) + "}\n";
    else
      input += "{\"id\": " + std::to_string(i) + ", \"text\": \"Le maire a parlé.\"}\n";
    ++lines;
  }
  const RunResult r = Run("--jsonl -j 2", input);
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), static_cast<size_t>(lines));  // count in = count out
  int errors = 0;
  for (int i = 1; i <= lines; ++i) {
    const json& rec = records[i - 1];
    EXPECT_EQ(rec["id"], i);  // in order; error lines carry their line number or given id
    if (rec.contains("error")) {
      ++errors;
      EXPECT_EQ(rec["error"]["line"], i);
      EXPECT_EQ(rec["error"]["path"], "-");
      const std::string code = rec["error"]["code"];
      if (i % 37 == 0)
        EXPECT_EQ(code, "invalid_json");
      else if (i % 41 == 0)
        EXPECT_EQ(code, "not_an_object");
      else
        EXPECT_EQ(code, "missing_text");
    }
  }
  EXPECT_EQ(errors, 8 + 7 + 6);
  EXPECT_NE(r.err.find("-:37: not valid JSON at byte"), std::string::npos) << r.err;
}

TEST_F(Cli, MissingFileIsAnErrorRecordAndOthersStillProcessed) {
  const RunResult r = Run("no/such/file.txt samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0]["id"].is_null());
  EXPECT_EQ(records[0]["error"]["code"], "not_found");
  EXPECT_EQ(records[0]["error"]["path"], "no/such/file.txt");
  EXPECT_EQ(records[1]["id"], "samples/depeche-tech.txt");
  EXPECT_NE(r.err.find("no/such/file.txt: no such file"), std::string::npos);
}

TEST_F(Cli, UnreadableFileIsAnErrorRecord) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
  WriteFile(tmp_ / "secret.txt", "x");
  fs::permissions(tmp_ / "secret.txt", fs::perms::none);
  const RunResult r = Run("'" + (tmp_ / "secret.txt").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.records().at(0)["error"]["code"], "unreadable");
}

TEST_F(Cli, TooLargeDocumentsAreErrorRecords) {
  WriteFile(tmp_ / "big.txt", std::string(2000, 'a'));
  RunResult r = Run(
      "--max-doc-bytes 1000 '" + (tmp_ / "big.txt").string() + "' samples/depeche-tech.txt", "");
  EXPECT_EQ(r.status, 1);
  auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["error"]["code"], "too_large");
  EXPECT_EQ(records[1]["error"]["code"], "too_large");  // the sample is larger than 1000 bytes too

  r = Run("--max-doc-bytes 100", std::string(5000, 'b'));
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.records().at(0)["error"]["code"], "too_large");

  r = Run("--jsonl --max-doc-bytes 100",
          "{\"text\": \"" + std::string(500, 'c') + "\"}\n{\"text\": \"court\"}\n");
  records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["error"]["code"], "too_large");
  EXPECT_EQ(records[0]["error"]["line"], 1);
  EXPECT_EQ(records[1]["id"], 2);
  EXPECT_FALSE(records[1].contains("error"));
}

TEST_F(Cli, UsageAndConfigurationErrorsExitTwoWithOneLine) {
  for (const std::string args :
       {"--offsets chars", "--threads 0", "--no-such-option",
        "--data-dir /no/such/dir samples/depeche-tech.txt", "--progress --no-progress",
        "--format xml", "--format html tokenize samples/depeche-tech.txt"}) {
    const RunResult r = Run(args);
    EXPECT_EQ(r.status, 2) << args;
    EXPECT_TRUE(r.out.empty()) << args;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
  }
}

TEST_F(Cli, DataDirFromEnvironment) {
  const std::string command = "SELON_DATA=/no/such/dir '" + std::string(SELON_BINARY) +
                              "' samples/depeche-tech.txt >/dev/null 2>&1";
  const int raw = std::system(("cd '" + std::string(SELON_SOURCE_DIR) + "' && " + command).c_str());
  EXPECT_EQ(WEXITSTATUS(raw), 2) << "a SELON_DATA that does not exist is a configuration error";
  const RunResult r = Run("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("selon 0."), std::string::npos);
  EXPECT_NE(r.out.find("share/selon"), std::string::npos) << "the build-tree binary finds its data";
}

TEST_F(Cli, HelpHasExamples) {
  const RunResult r = Run("--help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos);
  EXPECT_NE(r.out.find("--jsonl"), std::string::npos);
}

// ---- The HTML report (the page itself: html_writer_test.cpp, browser_test.cpp) ----

TEST_F(Cli, HtmlFormatIsOnePageWithOneSectionPerRecordInInputOrder) {
  const RunResult r =
      Run("--format html -j 2 samples/depeche-tech.txt no/such/file.txt samples/depeche-sante.txt");
  EXPECT_EQ(r.status, 1) << "the missing file is still an error: " << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_TRUE(r.out.ends_with("</html>\n"));
  const size_t one =
      r.out.find("<section class=\"doc\" id=\"d1\" data-title=\"samples/depeche-tech.txt\"");
  const size_t two =
      r.out.find("<section class=\"doc err\" id=\"d2\" data-title=\"no/such/file.txt\"");
  const size_t three =
      r.out.find("<section class=\"doc\" id=\"d3\" data-title=\"samples/depeche-sante.txt\"");
  ASSERT_NE(one, std::string::npos);
  ASSERT_NE(two, std::string::npos);
  ASSERT_NE(three, std::string::npos);
  EXPECT_LT(one, two);
  EXPECT_LT(two, three);
  EXPECT_NE(r.out.find("<code>not_found</code>"), std::string::npos);
}

TEST_F(Cli, HtmlFormatStreamsABatchInOrderWithThreads) {
  std::string input;
  const int kDocs = 300;
  for (int i = 0; i < kDocs; ++i) {
    std::string text = "Selon l’AFP, le maire de Lyon <b>" + std::to_string(i) + "</b> a parlé.";
    for (int k = 0; k < (i * 7919) % 40; ++k) text += " Le maire de Lyon a parlé à l’AFP.";
    input += json({{"id", "n" + std::to_string(i)}, {"text", text}}).dump() + "\n";
  }
  const RunResult r = Run("--jsonl --format html -j 4", input);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("<b>"), std::string::npos) << "the text is escaped";
  size_t at = 0;
  for (int i = 0; i < kDocs; ++i) {
    const std::string head =
        "id=\"d" + std::to_string(i + 1) + "\" data-title=\"n" + std::to_string(i) + "\"";
    const size_t found = r.out.find(head, at);
    ASSERT_NE(found, std::string::npos) << head;
    at = found;
  }
  EXPECT_EQ(r.out.find("</html>"), r.out.size() - 8);
}

// ---- Order, threads, streaming ----

TEST_F(Cli, OutputKeepsInputOrderWithThreads) {
  std::string input;
  const int kDocs = 5000;
  for (int i = 0; i < kDocs; ++i) {
    // Sizes vary a lot so that workers finish out of order.
    std::string text = "Doc " + std::to_string(i) + ". ";
    for (int k = 0; k < (i * 7919) % 60; ++k) text += "Le maire de Lyon a parlé à l’AFP. ";
    input += json({{"id", "d" + std::to_string(i)}, {"text", text}}).dump() + "\n";
  }
  for (const char* threads : {"1", "2", "4"}) {
    const RunResult r = Run(std::string("--jsonl -j ") + threads, input);
    ASSERT_EQ(r.status, 0) << r.err;
    const auto records = r.records();
    ASSERT_EQ(records.size(), static_cast<size_t>(kDocs));
    for (int i = 0; i < kDocs; ++i) ASSERT_EQ(records[i]["id"], "d" + std::to_string(i)) << threads;
  }
}

TEST_F(Cli, ClosedStdoutEndsQuietly) {
  std::string input;
  for (int i = 0; i < 20000; ++i) input += "{\"text\": \"Le maire de Lyon a parlé.\"}\n";
  const RunResult r = Run("--jsonl", input, "head -n 2");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.records().size(), 2u);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(Cli, ProgressGoesToStderrOnly) {
  const RunResult r = Run("--progress samples/depeche-tech.txt samples/depeche-sante.txt");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.records().size(), 2u);
  EXPECT_NE(r.err.find("2 docs"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("100%"), std::string::npos) << r.err;
}

// ---- Text layer through the CLI ----

TEST_F(Cli, TokenizeCommandShowsTokensAndSentences) {
  const RunResult r = Run("tokenize", "« Non ! », a-t-il dit. M. Dupont est parti.");
  ASSERT_EQ(r.status, 0) << r.err;
  const json rec = r.records().at(0);
  std::vector<std::string> texts;
  for (const json& t : rec["tokens"]) texts.push_back(t["text"]);
  EXPECT_EQ(texts, (std::vector<std::string>{"«", "Non", "!", "»", ",", "a", "-t-il", "dit", ".",
                                             "M.", "Dupont", "est", "parti", "."}));
  EXPECT_EQ(rec["tokens"][6]["kind"], "word");
  EXPECT_EQ(rec["tokens"][0]["kind"], "quote");
  ASSERT_EQ(rec["sentences"].size(), 2u);
  EXPECT_EQ(rec["sentences"][0]["text"], "« Non ! », a-t-il dit.");
}

TEST_F(Cli, InvalidUtf8IsAWarningNotAnError) {
  WriteFile(tmp_ / "latin1.txt", "Le ma\xEEtre a parl\xE9.");
  const RunResult r = Run("--sentences '" + (tmp_ / "latin1.txt").string() + "'");
  EXPECT_EQ(r.status, 0);
  const json rec = r.records().at(0);
  ASSERT_EQ(rec["warnings"].size(), 2u);
  EXPECT_EQ(rec["warnings"][0]["code"], "invalid_utf8");
  EXPECT_EQ(rec["warnings"][0]["start"], 5);
  EXPECT_EQ(rec["sentences"][0]["text"], "Le ma\uFFFDtre a parl\uFFFD.");
  EXPECT_EQ(rec["length"], 18);  // each invalid byte is one U+FFFD
}

}  // namespace

namespace {

using namespace selon_cli_test;
using nlohmann::json;
namespace fs = std::filesystem;

// ---- Lexicons from the command line ----

class CliLexicon : public Cli {};

TEST_F(CliLexicon, UserLexiconAddsNamesWithoutRebuilding) {
  WriteFile(tmp_ / "story.tsv",
            "id\ttype\tname\taliases\tattrs\n"
            "story:moreau\tPER\tAnaïs Moreau-Trevidic\tMoreau-Trevidic\n");
  const RunResult r = Run("--no-default-lexicons --lexicon '" + (tmp_ / "story.tsv").string() + "'",
                          "Anaïs Moreau-Trevidic a parlé. Moreau-Trevidic a ajouté un mot.");
  ASSERT_EQ(r.status, 0) << r.err;
  const json rec = r.records().at(0);
  ASSERT_EQ(rec["entities"].size(), 1u);
  EXPECT_EQ(rec["entities"][0]["id"], "e1");
  EXPECT_EQ(rec["entities"][0]["type"], "PER");
  EXPECT_FALSE(rec["entities"][0].contains("kb"));  // not a Wikidata id
  EXPECT_EQ(rec["entities"][0]["mentions"].size(), 2u);
  EXPECT_EQ(rec["entities"][0]["mentions"][1]["sentence"], 1);
  EXPECT_EQ(rec["entities"][0]["mentions"][1]["via"], "lexicon");
}

TEST_F(CliLexicon, BadLexiconStopsWithFileLineAndExitTwo) {
  WriteFile(tmp_ / "bad.tsv", "id\ttype\tname\nx1\tCITY\tTrifouillis\n");
  const RunResult r =
      Run("--lexicon '" + (tmp_ / "bad.tsv").string() + "' samples/depeche-tech.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("bad.tsv:2: unknown type 'CITY'"), std::string::npos) << r.err;
}

TEST_F(CliLexicon, CompileThenUseTheCompiledFile) {
  WriteFile(tmp_ / "story.tsv", "id\ttype\tname\naa\tORG\tCoopérative Brenn Atao\n");
  RunResult r = Run("lexicon compile '" + (tmp_ / "story.tsv").string() + "' -o '" +
                    (tmp_ / "story.bin").string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  r = Run("--no-default-lexicons --lexicon '" + (tmp_ / "story.bin").string() + "'",
          "La Coopérative Brenn Atao recrute.");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.records().at(0)["entities"][0]["name"], "Coopérative Brenn Atao");
}

TEST_F(CliLexicon, CheckAndLookupExplain) {
  WriteFile(tmp_ / "dup.tsv",
            "id\ttype\tname\taliases\nq1\tORG\tKervella\tKV\nq1\tPER\tKervella\n");
  RunResult r = Run("lexicon check '" + (tmp_ / "dup.tsv").string() + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("duplicate id q1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("also a ORG"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("short alias 'KV'"), std::string::npos) << r.out;

  r = Run("lexicon lookup --no-default-lexicons --lexicon '" + (tmp_ / "dup.tsv").string() +
          "' KERVELLA");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("keys: [kervella]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dup.tsv:2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("policy fold"), std::string::npos) << r.out;
}

TEST_F(CliLexicon, ShippedLexiconsFindWellKnownNames) {
  const RunResult r = Run("", "Le PDG de Microsoft a rencontré des élus à Bruxelles, selon l’AFP.");
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> found;
  const json record = r.records().at(0);
  for (const json& e : record["entities"])
    found.push_back(e["type"].get<std::string>() + ":" +
                    e["mentions"][0]["text"].get<std::string>());
  EXPECT_EQ(found, (std::vector<std::string>{"ORG:Microsoft", "LOC:Bruxelles", "ORG:AFP"}))
      << r.out << r.err;
}

}  // namespace
