// The views of the real binary: `--format text`, `--format tsv --rows …`, `selon summary` and
// `selon summary --from-jsonl` (README, "Text, TSV and summary"). Texts written for the tests.
#include <algorithm>
#include <map>
#include <sstream>

#include "cli_fixture.h"

namespace selon_cli_test {
namespace {

const char* kCulture =
    "Lille : le musée des Beaux-Arts rouvre ses portes\n\n"
    "La ministre de la Culture a affirmé lundi que le budget des musées serait maintenu. "
    "« Nous tiendrons nos engagements », a-t-elle dit devant les conservateurs.\n\n"
    "Le directeur du musée, Bruno Lefèvre, a estimé que la réouverture attirerait « des milliers "
    "de visiteurs ».\n";
const char* kPort =
    "Brest : le port investit dans l'éolien en mer\n\n"
    "Selon Ouest-France, le chantier commencera en septembre. « C'est une étape décisive », a "
    "déclaré Nathalie Kerbrat, présidente du conseil portuaire.\n";
const char* kWeather =
    "Météo : un week-end ensoleillé sur la Bretagne\n\n"
    "Le soleil brillera samedi et dimanche sur toute la région.\n";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

size_t Fields(const std::string& line) { return std::count(line.begin(), line.end(), '\t') + 1; }

class CliViews : public Cli {
 protected:
  void WriteArticles() {
    WriteFile(tmp_ / "a/culture.txt", kCulture);
    WriteFile(tmp_ / "a/port.txt", kPort);
    WriteFile(tmp_ / "a/meteo.txt", kWeather);
  }
};

// ---- --format tsv ----

TEST_F(CliViews, TsvEscapesTabsNewlinesAndBackslashesInFields) {
  const std::string line =
      R"({"id":"t\tab","text":"Mme Garnier a déclaré que tout\tallait\\bien et que\nle reste suivrait.\n\nLa suite demain."})";
  const RunResult r = Run("--jsonl --format tsv", line + "\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_EQ(Fields(lines[1]), Fields(lines[0]));
  EXPECT_EQ(lines[1].rfind("t\\tab\tc1\t", 0), 0u) << lines[1];
  EXPECT_NE(lines[1].find("\ttout\\tallait\\\\bien et que\\nle reste suivrait\t"),
            std::string::npos)
      << lines[1];
}

TEST_F(CliViews, TsvHeaderOnceWithTwoThreadsAndConstantColumns) {
  for (int i = 0; i < 30; ++i) {
    WriteFile(tmp_ / "many" / ("c" + std::to_string(100 + i) + ".txt"), kCulture);
    WriteFile(tmp_ / "many" / ("p" + std::to_string(100 + i) + ".txt"), kPort);
  }
  for (const char* rows : {"claims", "entities", "mentions"}) {
    const RunResult r =
        Run("-j 2 --format tsv --rows " + std::string(rows) + " " + Q(tmp_ / "many"));
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<std::string> lines = Lines(r.out);
    ASSERT_GT(lines.size(), 60u) << rows;
    EXPECT_EQ(lines[0].rfind("id\t", 0), 0u);
    size_t headers = 0;
    for (const std::string& l : lines) {
      headers += l == lines[0];
      EXPECT_EQ(Fields(l), Fields(lines[0])) << rows << ": " << l;
    }
    EXPECT_EQ(headers, 1u) << rows;
  }
}

TEST_F(CliViews, TsvClaimsMatchTheJsonClaimsAndCutGivesSpeakers) {
  WriteArticles();
  const RunResult records = Run(Q(tmp_ / "a"));
  const RunResult tsv =
      Run("-j 2 --format tsv " + Q(tmp_ / "a"), "", "cut -f5 | sort | uniq -c | sort -rn");
  ASSERT_EQ(tsv.status, 0) << tsv.err;
  size_t claims = 0;
  for (const json& record : records.records()) claims += record["claims"].size();
  const RunResult rows = Run("--format tsv " + Q(tmp_ / "a"));
  EXPECT_EQ(Lines(rows.out).size(), claims + 1);
  EXPECT_NE(tsv.out.find("Nathalie Kerbrat"), std::string::npos) << tsv.out;
  EXPECT_NE(tsv.out.find("speaker_name"), std::string::npos);
}

TEST_F(CliViews, TsvErrorsGoToStderrWithPathAndTheStatusIsOne) {
  WriteFile(tmp_ / "port.txt", kPort);
  const RunResult r = Run("--format tsv " + Q(tmp_ / "port.txt") + " " + Q(tmp_ / "absent.txt"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("absent.txt"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 3u);  // header + two claims, no row for the error
  const RunResult jsonl =
      Run("--jsonl --format tsv --rows entities", "{\"text\": 3}\n{\"text\": \"Brest.\"}\n");
  EXPECT_EQ(jsonl.status, 1);
  EXPECT_NE(jsonl.err.find("-:1:"), std::string::npos) << jsonl.err;
}

TEST_F(CliViews, RowsWithoutTsvOrUnknownIsAUsageError) {
  RunResult r = Run("--rows claims -", kPort);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--rows claims needs --format tsv"), std::string::npos) << r.err;
  r = Run("--format tsv --rows speakers -", kPort);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("expected claims, entities or mentions"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  r = Run("--format xml -", kPort);
  EXPECT_EQ(r.status, 2);
}

// ---- --format text ----

TEST_F(CliViews, TextShowsSpeakerCueContentAndEntitiesWithoutColourOffATerminal) {
  WriteArticles();
  const RunResult r = Run("--format text " + Q(tmp_ / "a"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_NE(r.out.find("# " + (tmp_ / "a/culture.txt").string() + "\n"), std::string::npos);
  EXPECT_NE(r.out.find("# " + (tmp_ / "a/port.txt").string() + "\n"), std::string::npos);
  EXPECT_NE(r.out.find("Nathalie Kerbrat (présidente) — a déclaré — « C'est une étape décisive »"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Ouest-France — Selon — le chantier commencera en septembre"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ORG     Ouest-France ×1"), std::string::npos) << r.out;
}

TEST_F(CliViews, TextColourOnlyWhenAskedAndNeverWithNoColor) {
  WriteFile(tmp_ / "port.txt", kPort);
  const RunResult always = Run("--format text --color=always " + Q(tmp_ / "port.txt"));
  EXPECT_NE(always.out.find("\x1b[1mNathalie Kerbrat\x1b[0m"), std::string::npos) << always.out;
  const RunResult never = Run("--format text --color=never " + Q(tmp_ / "port.txt"));
  EXPECT_EQ(never.out.find('\x1b'), std::string::npos);
  // auto on a terminal: colour, unless NO_COLOR is set (script(1) gives the terminal).
  const int with_tty = RunScript("script -qec \"$SELON --no-progress --format text " +
                                 Q(tmp_ / "port.txt") + "\" /dev/null > " + Q(tmp_ / "tty.out"));
  const int no_color = RunScript("NO_COLOR=1 script -qec \"$SELON --no-progress --format text " +
                                 Q(tmp_ / "port.txt") + "\" /dev/null > " + Q(tmp_ / "nc.out"));
  if (with_tty != 0 || no_color != 0) GTEST_SKIP() << "script(1) cannot give a terminal here";
  EXPECT_NE(ReadFile(tmp_ / "tty.out").find('\x1b'), std::string::npos);
  EXPECT_EQ(ReadFile(tmp_ / "nc.out").find('\x1b'), std::string::npos);
}

TEST_F(CliViews, TextShowsErrorRecordsUnderTheirHeader) {
  const RunResult r = Run("--jsonl --format text", "{\"id\": \"x1\", \"text\": 3}\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("# x1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("erreur: missing_text"), std::string::npos) << r.out;
}

// ---- selon summary ----

TEST_F(CliViews, SummaryTotalsEqualTheJsonCounts) {
  WriteArticles();
  WriteFile(tmp_ / "a/broken.txt.gz", "not gzip at all");
  const RunResult out = Run(Q(tmp_ / "a"));
  EXPECT_EQ(out.status, 1);
  const RunResult s = Run("summary --json -j 2 " + Q(tmp_ / "a"));
  EXPECT_EQ(s.status, 1) << s.err;
  const json summary = json::parse(s.out);
  std::map<std::string, int> kinds;
  int claims = 0, errors = 0, without = 0, resolved = 0;
  for (const json& r : out.records()) {
    if (r.contains("error")) {
      ++errors;
      continue;
    }
    without += r["claims"].empty();
    for (const json& c : r["claims"]) {
      ++claims;
      ++kinds[c["kind"]];
      resolved += !c["speaker"].is_null() && !c["speaker"]["entity"].is_null();
    }
  }
  EXPECT_EQ(summary["documents"], out.records().size());
  EXPECT_EQ(summary["error_records"], errors);
  EXPECT_EQ(summary["claims"]["total"], claims);
  for (const auto& [kind, n] : kinds) EXPECT_EQ(summary["claims"][kind], n) << kind;
  EXPECT_EQ(summary["speakers"]["resolved"], resolved);
  EXPECT_EQ(summary["documents_without_claims"]["count"], without);
  EXPECT_EQ(summary["documents_without_claims"]["ids"][0], (tmp_ / "a/meteo.txt").string());
  EXPECT_NE(s.err.find("broken.txt.gz"), std::string::npos) << s.err;
}

TEST_F(CliViews, SummaryFromJsonlEqualsTheDirectSummary) {
  WriteArticles();
  ASSERT_EQ(RunScript("$SELON -q --sentences " + Q(tmp_ / "a") + " > " + Q(tmp_ / "out.jsonl")), 0);
  for (const char* mode : {"", "--json "}) {
    const RunResult direct = Run(std::string("summary ") + mode + Q(tmp_ / "a"));
    const RunResult from =
        Run(std::string("summary ") + mode + "--from-jsonl " + Q(tmp_ / "out.jsonl"));
    ASSERT_EQ(direct.status, 0) << direct.err;
    ASSERT_EQ(from.status, 0) << from.err;
    EXPECT_EQ(direct.out, from.out);
  }
  // stdin too, and a line that is no selon record is counted and named.
  const RunResult piped =
      Run("summary --json --from-jsonl -", ReadFile(tmp_ / "out.jsonl") + "{\"id\": 1}\n");
  EXPECT_EQ(piped.status, 1);
  EXPECT_NE(piped.err.find("-:4: not a selon record"), std::string::npos) << piped.err;
  EXPECT_EQ(json::parse(piped.out)["error_records"], 1);
}

TEST_F(CliViews, SummaryGenderFromTheTextAndNeverAPronounAsASpeaker) {
  WriteArticles();
  const RunResult r = Run("summary --json " + Q(tmp_ / "a"));
  ASSERT_EQ(r.status, 0) << r.err;
  const json s = json::parse(r.out);
  // la ministre, elle (a-t-elle dit), Nathalie Kerbrat; Bruno Lefèvre (le directeur).
  EXPECT_EQ(s["gender"]["speakers_female"], 3) << s.dump(2);
  EXPECT_EQ(s["gender"]["speakers_male"], 1) << s.dump(2);
  EXPECT_DOUBLE_EQ(s["gender"]["share_female"].get<double>(), 0.75);
  for (const json& speaker : s["top_speakers"]) {
    EXPECT_NE(speaker["name"], "elle");
    EXPECT_NE(speaker["name"], "il");
  }
  const RunResult text = Run("summary " + Q(tmp_ / "a"));
  EXPECT_NE(text.out.find("share of women (known gender)   75.0 %"), std::string::npos) << text.out;
}

TEST_F(CliViews, SummaryGenderFromCivilitiesAndDeterminersBeforeNames) {
  // An emoji and a UTF-16 run: the JSONL path finds the word before a name from offsets.
  const std::string text =
      "🚆 Mme Garnier a déclaré que le projet était prêt. M. Durand estime que tout va bien. "
      "La ministre des Transports, Dominique Lenoir, a indiqué que rien ne changerait.\n";
  WriteFile(tmp_ / "civ.txt", text);
  const RunResult direct = Run("summary --json " + Q(tmp_ / "civ.txt"));
  ASSERT_EQ(direct.status, 0) << direct.err;
  const json s = json::parse(direct.out);
  std::map<std::string, std::string> genders;
  for (const json& speaker : s["top_speakers"])
    genders[speaker["name"]] = speaker["gender"].is_null() ? "?" : speaker["gender"];
  EXPECT_EQ(genders["Garnier"], "F") << s.dump(2);
  EXPECT_EQ(genders["Durand"], "M") << s.dump(2);
  EXPECT_EQ(genders["Dominique Lenoir"], "F") << s.dump(2);  // La ministre; Dominique is mixed
  for (const char* unit : {"codepoint", "utf16", "byte"}) {
    ASSERT_EQ(RunScript("$SELON --sentences --offsets " + std::string(unit) + " " +
                        Q(tmp_ / "civ.txt") + " > " + Q(tmp_ / "civ.jsonl")),
              0);
    const RunResult from = Run("summary --json --from-jsonl " + Q(tmp_ / "civ.jsonl"));
    EXPECT_EQ(from.out, direct.out) << unit;
  }
}

TEST_F(CliViews, SummaryResolvesPronounSpeakersToTheirEntity) {
  const RunResult r = Run("summary --json -",
                          "Le maire de Brest, Yann Le Goff, a annoncé que le port serait agrandi. "
                          "Il a ajouté que les travaux dureraient deux ans.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const json s = json::parse(r.out);
  ASSERT_FALSE(s["top_speakers"].empty()) << s.dump(2);
  EXPECT_EQ(s["top_speakers"][0]["name"], "Yann Le Goff");
  EXPECT_EQ(s["top_speakers"][0]["claims"], 2);
  EXPECT_EQ(s["top_speakers"][0]["gender"], "M");
}

}  // namespace
}  // namespace selon_cli_test
