// The HTML report (selon --format html) in a real browser: headless Chromium opens a report of
// two articles written for this test and a missing file, with "#selftest" in its address; the
// page's own script then checks itself and writes the results into <pre id="selftest">, which
// --dump-dom returns. Compared here with the JSON records of the same inputs: one highlight
// per mention, one "Qui dit quoi" row per claim, each row's click moving the focus to its text,
// tooltips, the table of contents, the error section, the text shown literally, no error on
// the console. A screenshot must be a PNG.
//
// Skipped (GTEST_SKIP, reported as skipped by ctest) only when no browser is found:
// $SELON_BROWSER, else chromium, chromium-browser, google-chrome on the PATH.
// scripts/install-deps installs Debian's chromium.
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using namespace selon_cli_test;

std::string FindBrowser() {
  if (const char* given = std::getenv("SELON_BROWSER"); given != nullptr && *given != '\0')
    return given;
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  for (const char* name :
       {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    std::string dirs = path;
    size_t at = 0;
    while (at <= dirs.size()) {
      const size_t end = std::min(dirs.find(':', at), dirs.size());
      const fs::path candidate = fs::path(dirs.substr(at, end - at)) / name;
      if (end > at && access(candidate.c_str(), X_OK) == 0) return candidate.string();
      at = end + 1;
    }
  }
  return "";
}

// The text of the <pre id="selftest"> element of a dumped DOM, unescaped.
std::string SelfTestText(const std::string& dom) {
  const std::string open = "<pre id=\"selftest\">";
  const size_t begin = dom.find(open);
  if (begin == std::string::npos) return "";
  const size_t end = dom.find("</pre>", begin);
  std::string text = dom.substr(begin + open.size(), end - begin - open.size());
  std::string out;
  for (size_t i = 0; i < text.size();) {
    static const std::pair<const char*, const char*> kEntities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\u00A0"}, {"&amp;", "&"}};
    bool replaced = false;
    for (const auto& [entity, character] : kEntities) {
      if (text.compare(i, std::strlen(entity), entity) == 0) {
        out.append(character);
        i += std::strlen(entity);
        replaced = true;
        break;
      }
    }
    if (!replaced) out.push_back(text[i++]);
  }
  return out;
}

// Written for this test (not from a corpus): claims, a quotation that names someone, a
// speaker resolved by a pronoun, an addressee, markup and an entity reference as plain text.
constexpr const char* kCouncil =
    "Grenoble : le conseil municipal adopte un budget <script>alert(\"piège\")</script> "
    "contesté\n\n"
    "La maire de Grenoble, Jeanne Lefort, a déclaré mardi que la ville financerait la "
    "rénovation de douze écoles. « Nous tiendrons nos engagements & nos délais, même si Paul "
    "Mercier dit le contraire », a-t-elle ajouté devant les élus.\n\n"
    "Selon l’opposition, le coût des travaux atteindrait 40 millions d’euros. Le porte-parole "
    "de la préfecture, Paul Mercier, a indiqué au Monde que le dossier serait examiné en juin. "
    "Dans son communiqué, la société Schneider Electric écrit « R&amp;D » en toutes lettres.\n";

constexpr const char* kFactory =
    "Renault va ouvrir une usine de batteries à Douai, a annoncé jeudi le ministre de "
    "l’Industrie, Marc Duval. « Ce site créera 1 200 emplois d’ici 2027 », a-t-il assuré lors "
    "d’un déplacement dans le Nord.\n\n"
    "D’après la CGT, les salariés de l’usine voisine craignent des transferts de postes. Le "
    "directeur du site, Karim Benali, a estimé que ces craintes n’étaient pas fondées.\n";

class Browser : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    browser_ = FindBrowser();
    if (browser_.empty())
      GTEST_SKIP() << "no browser found (chromium, chromium-browser, google-chrome on the PATH, "
                      "or $SELON_BROWSER): install one with scripts/install-deps";
    WriteFile(tmp_ / "in" / "1-conseil.txt", kCouncil);
    WriteFile(tmp_ / "in" / "2-usine.txt", kFactory);
  }

  // Runs the browser headless with a fresh profile; returns its status.
  int RunBrowser(const std::string& args, const fs::path& out) {
    const fs::path profile = tmp_ / "profile";
    fs::remove_all(profile);
    fs::create_directories(profile);
    const std::string command =
        "timeout 120 " + Q(browser_) +
        " --headless --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --no-first-run --hide-scrollbars --window-size=1280,900 "
        "--user-data-dir=" +
        Q(profile) + " " + args + " > " + Q(out) + " 2> " + Q(tmp_ / "browser.err");
    return WEXITSTATUS(std::system(command.c_str()));
  }

  std::string browser_;
};

TEST_F(Browser, ReportChecksItselfInChromium) {
  const std::string inputs = Q(tmp_ / "in" / "1-conseil.txt") + " " +
                             Q(tmp_ / "in" / "2-usine.txt") + " " + Q(tmp_ / "in" / "3-absent.txt");
  const RunResult json_run = Run(inputs);
  ASSERT_EQ(json_run.status, 1) << json_run.err;  // the missing file: an error record
  const std::vector<json> records = json_run.records();
  ASSERT_EQ(records.size(), 3u);
  const RunResult html_run = Run("--format html " + inputs);
  ASSERT_EQ(html_run.status, 1) << html_run.err;
  const fs::path report = tmp_ / "report.html";
  WriteFile(report, html_run.out);

  const fs::path dom = tmp_ / "dom.html";
  ASSERT_EQ(RunBrowser("--dump-dom " + Q("file://" + report.string() + "#selftest"), dom), 0)
      << ReadFile(tmp_ / "browser.err");
  const std::string text = SelfTestText(ReadFile(dom));
  ASSERT_FALSE(text.empty()) << "the page's self-test did not run; browser said:\n"
                             << ReadFile(tmp_ / "browser.err");
  const json result = json::parse(text);

  EXPECT_EQ(result["errors"], json::array()) << "errors on the console";
  EXPECT_EQ(result["scripts"], 2) << "a script other than the page's own";
  EXPECT_EQ(result["toc"], 3);
  ASSERT_EQ(result["sections"].size(), 3u);
  int mentions_total = 0, claims_total = 0;
  for (size_t i = 0; i < 2; ++i) {
    const json& record = records[i];
    const json& section = result["sections"][i];
    int mentions = 0;
    for (const json& entity : record["entities"]) mentions += entity["mentions"].size();
    const int claims = static_cast<int>(record["claims"].size());
    mentions_total += mentions;
    claims_total += claims;
    SCOPED_TRACE(record["path"].get<std::string>());
    EXPECT_FALSE(section["error"]);
    EXPECT_EQ(section["mentions"], mentions) << "one highlight per mention";
    EXPECT_EQ(section["rows"], claims) << "one row per claim";
    EXPECT_EQ(section["contents"], claims) << "each claim marked in the text";
    EXPECT_EQ(section["focused"], claims) << "a row's click moves the focus to its claim";
    EXPECT_EQ(section["visible"], claims) << "and scrolls it into view";
    EXPECT_NE(section["tip"].get<std::string>(), "") << "a focused mention shows its tooltip";
  }
  EXPECT_GT(mentions_total, 8);
  EXPECT_GT(claims_total, 4);
  EXPECT_TRUE(result["sections"][2]["error"]);
  EXPECT_EQ(records[2]["error"]["code"], "not_found");
  // Markup and entity references of the text are shown as they are written.
  const std::string shown = result["sections"][0]["text"];
  EXPECT_NE(shown.find("<script>alert(\"piège\")</script>"), std::string::npos) << shown;
  EXPECT_NE(shown.find("« R&amp;D »"), std::string::npos) << shown;
  EXPECT_NE(shown.find("engagements & nos"), std::string::npos) << shown;

  const fs::path png = tmp_ / "report.png";
  ASSERT_EQ(RunBrowser("--screenshot=" + Q(png) + " " + Q("file://" + report.string()),
                       tmp_ / "screenshot.out"),
            0)
      << ReadFile(tmp_ / "browser.err");
  const std::string image = ReadFile(png);
  EXPECT_GT(image.size(), 10000u);
  EXPECT_EQ(image.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

}  // namespace
