// Lexicons: TSV parsing and its errors, compiling, saving and memory-mapping, and matching
// policies, on small lexicons written for the tests.
#include "selon/lexicon.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "internal/lexicon_trie.h"
#include "internal/lexicon_trie_inl.h"
#include "matcher.h"
#include "selon/pipeline.h"

namespace selon {
namespace {

namespace fs = std::filesystem;

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("selon_lexicon_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  // Mentions found in `text` with `tsv` as the only lexicon: "type:canonical name=surface".
  std::vector<std::string> Find(const std::string& tsv, const std::string& text) {
    PipelineOptions options;
    options.user_lexicons = {Write("lex.tsv", tsv)};
    std::unique_ptr<Pipeline> pipeline;
    const Status s = Pipeline::Create(options, &pipeline);
    EXPECT_TRUE(s.ok()) << s.ToString();
    if (!s.ok()) return {};
    const Document doc{std::string(text)};
    Analysis a;
    pipeline->Analyze(doc, &a);
    std::vector<std::string> out;
    for (const Mention& m : a.mentions) {
      const Entity& e = a.entities[m.entity];
      out.push_back(std::string(EntityTypeName(e.type)) + ":" + std::string(e.name) + "=" +
                    std::string(doc.analysis_text().substr(m.begin, m.end - m.begin)));
    }
    return out;
  }

  fs::path dir_;
};

const char kHeader[] = "id\ttype\tname\taliases\tattrs\n";

// ---- Format and errors ----

TEST_F(LexiconTest, ErrorsNameFileAndLine) {
  struct Case {
    std::string content, expected;
  } cases[] = {
      {std::string(kHeader) + "# comment\nQ1\tORG\tAcme\n\nQ2\tBANK\tBanque\n",
       "lex.tsv:5: unknown type 'BANK'"},
      {std::string(kHeader) + "Q1\tORG\n", "lex.tsv:2: expected at least 3"},
      {std::string(kHeader) + "Q1\tORG\t\n", "lex.tsv:2: empty name"},
      {std::string(kHeader) + "Q1\tORG\tAcme\t\tcase=upper\n", "lex.tsv:2: case=upper"},
      {std::string(kHeader) + "Q1\tORG\tAcme\t\tnoequals\n", "lex.tsv:2: attribute 'noequals'"},
      {"name\tkind\nAcme\tORG\n", "lex.tsv:1: header must name the columns id, type and name"},
      {"# only comments\n", "lex.tsv: no header line"},
  };
  for (const Case& c : cases) {
    Lexicon lexicon;
    const Status s = Lexicon::CompileFiles({Write("lex.tsv", c.content)}, &lexicon);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.code(), StatusCode::kDataError);
    EXPECT_NE(s.message().find(c.expected), std::string::npos) << s.message();
  }
  Lexicon lexicon;
  EXPECT_EQ(Lexicon::CompileFiles({(dir_ / "missing.tsv").string()}, &lexicon).code(),
            StatusCode::kNotFound);
}

TEST_F(LexiconTest, CheckReportsDuplicatesConflictsAndShortAliases) {
  Lexicon lexicon;
  std::vector<std::string> warnings;
  const std::string path = Write("lex.tsv", std::string(kHeader) +
                                                "Q1\tORG\tVallorex\tVX\n"
                                                "Q1\tORG\tVallorex Industries\n"
                                                "cur:vallorex\tPER\tVallorex\n");
  ASSERT_TRUE(Lexicon::CompileFiles({path}, &lexicon, &warnings).ok());
  std::string all;
  for (const auto& w : warnings) all += w + "\n";
  EXPECT_NE(all.find("lex.tsv:3: duplicate id Q1 (first at"), std::string::npos) << all;
  EXPECT_NE(all.find("lex.tsv:4: name 'Vallorex' is also a ORG"), std::string::npos) << all;
  EXPECT_NE(all.find("short alias 'VX'"), std::string::npos) << all;
}

// Former bug (found by tests/fuzz/tsv_fuzzer): a lexicon with a header and no rows compiled
// through a memcpy from a null pointer (undefined behaviour).
TEST_F(LexiconTest, AHeaderAloneCompilesToAnEmptyLexicon) {
  Lexicon lexicon;
  ASSERT_TRUE(Lexicon::CompileFiles({Write("lex.tsv", kHeader)}, &lexicon).ok());
  EXPECT_EQ(lexicon.entry_count(), 0u);
  EXPECT_EQ(internal::LexiconTrie(lexicon).TokenId("rien"), internal::kNoToken);
  const std::string bin = (dir_ / "empty.bin").string();
  ASSERT_TRUE(lexicon.Save(bin).ok());
  Lexicon loaded;
  EXPECT_TRUE(Lexicon::Load(bin, &loaded).ok());
}

TEST_F(LexiconTest, CompiledFileRoundTripsThroughMmap) {
  const std::string tsv = Write("lex.tsv", std::string(kHeader) +
                                               "Q42\tORG\tBrasserie du Vercors\tBdV\tcase=fold\n"
                                               "cur:ardelle\tPER\tMarion Ardelle\tArdelle\n");
  Lexicon compiled;
  ASSERT_TRUE(Lexicon::CompileFiles({tsv}, &compiled).ok());
  const std::string bin = (dir_ / "lex.bin").string();
  ASSERT_TRUE(compiled.Save(bin).ok());
  Lexicon loaded;
  ASSERT_TRUE(Lexicon::Load(bin, &loaded).ok());
  EXPECT_EQ(loaded.entry_count(), 2u);
  EXPECT_EQ(loaded.name_count(), 4u);
  const internal::LexiconTrie trie(loaded);
  const uint32_t brasserie = trie.TokenId("brasserie");
  ASSERT_NE(brasserie, internal::kNoToken);
  EXPECT_EQ(trie.TokenId("boulangerie"), internal::kNoToken);
  uint32_t node = trie.Child(internal::kRoot, brasserie);
  node = trie.Child(node, trie.TokenId("du"));
  node = trie.Child(node, trie.TokenId("vercors"));
  ASSERT_NE(node, internal::kNoNode);
  ASSERT_EQ(trie.NamesEnd(node) - trie.NamesBegin(node), 1);
  EXPECT_EQ(loaded.EntryName(trie.NamesBegin(node)->entry), "Brasserie du Vercors");
  EXPECT_EQ(loaded.EntryId(trie.NamesBegin(node)->entry), "Q42");

  // A corrupt or foreign file is refused, not trusted.
  std::string bytes;
  {
    std::ifstream in(bin, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string truncated = Write("truncated.bin", bytes.substr(0, bytes.size() / 2));
  Lexicon bad;
  EXPECT_EQ(Lexicon::Load(truncated, &bad).code(), StatusCode::kDataError);
  EXPECT_EQ(Lexicon::Load(tsv, &bad).code(), StatusCode::kDataError);
  // LoadAny tells the forms apart by their first bytes.
  EXPECT_TRUE(Lexicon::LoadAny({bin}, &bad).ok());
  EXPECT_TRUE(Lexicon::LoadAny({tsv}, &bad).ok());
}

// ---- Matching ----

TEST_F(LexiconTest, LeftmostLongestWithoutOverlap) {
  const std::string tsv = std::string(kHeader) +
                          "q1\tLOC\tSaint-Brévin\n"
                          "q2\tLOC\tSaint-Brévin-les-Pins\n"
                          "q3\tORG\tCaisse des dépôts\n"
                          "q4\tORG\tCaisse\n";
  EXPECT_EQ(Find(tsv, "La Caisse des dépôts investit à Saint-Brévin-les-Pins."),
            (std::vector<std::string>{"ORG:Caisse des dépôts=Caisse des dépôts",
                                      "LOC:Saint-Brévin-les-Pins=Saint-Brévin-les-Pins"}));
}

TEST_F(LexiconTest, KeysFoldCaseDiacriticsAndApostrophes) {
  const std::string tsv = std::string(kHeader) + "q1\tLOC\tÉtats-Unis\n" +
                          "q2\tPER\tÉloïse Marchetti\n" + "q3\tORG\tL’Oréal\n";
  EXPECT_EQ(
      Find(tsv, "Les ETATS-UNIS et Eloise Marchetti chez L'Oreal."),
      (std::vector<std::string>{"LOC:États-Unis=ETATS-UNIS",
                                "PER:Éloïse Marchetti=Eloise Marchetti", "ORG:L’Oréal=L'Oreal"}));
}

TEST_F(LexiconTest, FoldPolicyNeedsACapitalOrDigitInTheText) {
  const std::string tsv = std::string(kHeader) + "q1\tPRODUCT\tiPhone 15\n" + "q2\tLOC\tParis\n";
  EXPECT_EQ(Find(tsv, "Des paris sur l'iphone 15 ? Paris vend l’iPhone 15."),
            (std::vector<std::string>{"PRODUCT:iPhone 15=iphone 15", "LOC:Paris=Paris",
                                      "PRODUCT:iPhone 15=iPhone 15"}));
}

TEST_F(LexiconTest, CapPolicyRefusesASentenceInitialCapitalUnlessAlreadyNamed) {
  const std::string tsv = std::string(kHeader) + "q1\tORG\tVerger\t\tcase=cap\n";
  // "Verger" opens the first sentence: a common noun with a capital, not the company.
  EXPECT_EQ(
      Find(tsv, "Verger et potager sont ouverts. Le verger ferme. La société Verger recrute."),
      (std::vector<std::string>{"ORG:Verger=Verger"}));
  // Once the company is named, a sentence-initial short form links to it.
  EXPECT_EQ(Find(tsv, "La société Verger recrute. Verger embauche dix personnes."),
            (std::vector<std::string>{"ORG:Verger=Verger", "ORG:Verger=Verger"}));
  // So does a title that names it first, when the text writes it as a name twice later.
  EXPECT_EQ(
      Find(tsv, "Verger recrute\nLa société Verger ouvre un site. Chez Verger, on embauche."),
      (std::vector<std::string>{"ORG:Verger=Verger", "ORG:Verger=Verger", "ORG:Verger=Verger"}));
  // A name capitalized only because it is also a first name (start=ok) may open a sentence.
  const std::string country = std::string(kHeader) + "q2\tLOC\tValmorie\t\tcase=cap;start=ok\n";
  EXPECT_EQ(Find(country, "Valmorie : la grève continue."),
            (std::vector<std::string>{"LOC:Valmorie=Valmorie"}));
  // A place that is a common word may open a headline or dateline ("Suisse : …"), nothing else.
  const std::string places =
      std::string(kHeader) + "q3\tLOC\tBellerive\t\tcase=cap\n" + "q4\tORG\tVerger\t\tcase=cap\n";
  EXPECT_EQ(Find(places,
                 "Bellerive : la digue cède.\nVerger : les ventes chutent.\nBellerive "
                 "reste fermée."),
            (std::vector<std::string>{"LOC:Bellerive=Bellerive", "LOC:Bellerive=Bellerive"}));
}

TEST_F(LexiconTest, PerNameCapAndExactPolicies) {
  const std::string tsv = std::string(kHeader) +
                          "q1\tPER\tAmandine Caillou\tCaillou\tcap=Caillou\n"
                          "q2\tORG\tLe Courrier picard\tCP\texact=CP\n";
  EXPECT_EQ(Find(tsv, "Un caillou. Amandine Caillou parle au Courrier picard, pas au cp ni au CP."),
            (std::vector<std::string>{"PER:Amandine Caillou=Amandine Caillou",
                                      "ORG:Le Courrier picard=Courrier picard",
                                      "ORG:Le Courrier picard=CP"}));
}

TEST_F(LexiconTest, TwoSpellingsOfOneNameRequireOnlyTheCapitalsBothHave) {
  // "République Tchèque|République tchèque" fold to one key: the name must match written
  // either way, so only the capital both spellings share is required.
  const std::string tsv = std::string(kHeader) +
                          "q1\tLOC\tVervalie\tRépublique Vervalienne|République vervalienne\t"
                          "cap=République Vervalienne|République vervalienne\n";
  EXPECT_EQ(Find(tsv,
                 "La République vervalienne et la République Vervalienne, pas la république "
                 "vervalienne."),
            (std::vector<std::string>{"LOC:Vervalie=République vervalienne",
                                      "LOC:Vervalie=République Vervalienne"}));
}

TEST_F(LexiconTest, LeadingArticleMayBeContracted) {
  const std::string tsv = std::string(kHeader) + "q1\tORG\tLe Quotidien alpin\t\tcase=exact\n";
  EXPECT_EQ(
      Find(tsv,
           "Selon Le Quotidien alpin, puis d'après le quotidien alpin, et au Quotidien alpin."),
      (std::vector<std::string>{"ORG:Le Quotidien alpin=Le Quotidien alpin",
                                "ORG:Le Quotidien alpin=Quotidien alpin"}));
}

TEST_F(LexiconTest, PunctuationBelongsToANameOnlyWhereTheLexiconSaysSo) {
  const std::string tsv = std::string(kHeader) +
                          "q1\tORG\tEn avant !\tEn avant\tcase=cap\n"
                          "q2\tORG\tYahoo!\t\tcase=exact\n";
  EXPECT_EQ(Find(tsv, "Le parti En avant ! rejoint En avant, puis Yahoo! et Yahoo ; fin !"),
            (std::vector<std::string>{"ORG:En avant !=En avant !", "ORG:En avant !=En avant",
                                      "ORG:Yahoo!=Yahoo!"}));
}

TEST_F(LexiconTest, NameWithoutItsArticleNeedsOneBeforeIt) {
  // "Point" and "Express" alone are the common words. After an article contracted with à or de
  // they are the magazines; after a plain article ("le", "l'") only once the name was written
  // in full, and then an elided "l'" belongs to the name.
  const std::string tsv = std::string(kHeader) +
                          "q1\tORG\tLe Point\t\tcase=exact\n"
                          "q2\tORG\tL'Express\t\tcase=exact\n";
  EXPECT_EQ(
      Find(tsv,
           "Point de vue : selon le Point, puis Le Point, la une du Point et le "
           "Point, et de l'Express. Express Livraison ouvre. L'Express et l'Express."),
      (std::vector<std::string>{"ORG:Le Point=Le Point", "ORG:Le Point=Point", "ORG:Le Point=Point",
                                "ORG:L'Express=L'Express", "ORG:L'Express=l'Express"}));
  // Several words left after the article are no common word: the name at first mention.
  const std::string papers = std::string(kHeader) +
                             "q1\tORG\tLe Courrier du dimanche\t\tcase=exact\n"
                             "q2\tORG\tLa Gazette\t\tcase=exact\n";
  EXPECT_EQ(Find(papers, "Selon le Courrier du dimanche, la Gazette a menti."),
            (std::vector<std::string>{"ORG:Le Courrier du dimanche=Courrier du dimanche"}));
}

TEST_F(LexiconTest, ANameOpeningWithItsArticleYieldsToALongerNameAfterIt) {
  // "L'Escale" (a town) would take the article of "L'Escale maritime" (an organization) at the
  // head of a sentence; the name ending further wins. "Le Val" alone stays the town.
  const std::string tsv = std::string(kHeader) +
                          "q1\tLOC\tL'Escale\t\tcase=cap\n"
                          "q2\tORG\tEscale maritime\t\tcase=cap\n"
                          "q3\tLOC\tLe Val\t\tcase=cap\n"
                          "q4\tORG\tVal Marine\t\tcase=cap\n";
  EXPECT_EQ(
      Find(tsv,
           "L'Escale maritime recrute. L'Escale est calme. Le Val Marine ferme. "
           "Le Val dort."),
      (std::vector<std::string>{"ORG:Escale maritime=Escale maritime", "LOC:L'Escale=L'Escale",
                                "ORG:Val Marine=Val Marine", "LOC:Le Val=Le Val"}));
}

TEST_F(LexiconTest, HomonymsPreferTheEntityAlreadyNamedThenPriority) {
  const std::string tsv = std::string(kHeader) +
                          "q1\tLOC\tValbonne-sur-Mer\tValbonne\tpop=900\n"
                          "q2\tPER\tJulien Valbonne\tValbonne\tpop=10\n";
  // Alone, the higher priority entry wins.
  EXPECT_EQ(Find(tsv, "Il habite Valbonne."),
            (std::vector<std::string>{"LOC:Valbonne-sur-Mer=Valbonne"}));
  // After the person is named, the short form is him.
  EXPECT_EQ(Find(tsv, "Julien Valbonne a parlé. Ensuite Valbonne est parti."),
            (std::vector<std::string>{"PER:Julien Valbonne=Julien Valbonne",
                                      "PER:Julien Valbonne=Valbonne"}));
}

TEST_F(LexiconTest, AliasesLinkToOneEntityWithAllItsMentions) {
  const std::string tsv =
      std::string(kHeader) + "Q1\tORG\tThe Daily Courier\tDaily Courier|TDC\texact=TDC\n";
  PipelineOptions options;
  options.user_lexicons = {Write("lex.tsv", tsv)};
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::Create(options, &pipeline).ok());
  const Document doc{std::string("Selon le Daily Courier, rien. Le TDC insiste. Source : TDC")};
  Analysis a;
  pipeline->Analyze(doc, &a);
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].kb, "Q1");
  ASSERT_EQ(a.mentions.size(), 3u);
  EXPECT_EQ(a.mentions[0].sentence, 0u);
  EXPECT_EQ(a.mentions[1].sentence, 1u);
  EXPECT_EQ(a.mentions[2].sentence, 2u);
}

TEST_F(LexiconTest, UserLexiconsWinOverLaterOnesAtEqualLength) {
  const std::string first = Write("first.tsv", std::string(kHeader) + "u1\tPER\tMistral Gagnant\n");
  const std::string second =
      Write("second.tsv", std::string(kHeader) + "u2\tPRODUCT\tMistral Gagnant\n");
  PipelineOptions options;
  options.user_lexicons = {first, second};
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::Create(options, &pipeline).ok());
  const Document doc{std::string("Le Mistral Gagnant arrive.")};
  Analysis a;
  pipeline->Analyze(doc, &a);
  ASSERT_EQ(a.entities.size(), 1u);
  EXPECT_EQ(a.entities[0].type, EntityType::kPerson);
}

// The shipped lexicons (the build's data folder), one pipeline for the suite: each test's
// text gives "TYPE:name" per entity, in order of first mention.
class ShippedLexicons : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    status_ = new Status(Pipeline::Create(options, &pipeline_));
  }
  static void TearDownTestSuite() {
    pipeline_.reset();
    delete status_;
    status_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(status_->ok()) << status_->ToString(); }
  static std::vector<std::string> Entities(const std::string& text) {
    const Document doc{text};
    Analysis a;
    pipeline_->Analyze(doc, &a);
    std::vector<std::string> found;
    for (const Entity& e : a.entities)
      found.push_back(std::string(EntityTypeName(e.type)) + ":" + std::string(e.name));
    return found;
  }
  static std::unique_ptr<Pipeline> pipeline_;
  static Status* status_;
};
std::unique_ptr<Pipeline> ShippedLexicons::pipeline_;
Status* ShippedLexicons::status_ = nullptr;

// A brand's canonical name is its usual name (Wikidata's label), not a local spelling filed
// under the same Q-id, and a brand filed under a wrong Q-id is no alias.
TEST_F(ShippedLexicons, CanonicalNamesAreTheUsualOnes) {
  const std::vector<std::string> found = Entities(
      "Il a pris un café chez Starbucks, un meuble chez IKEA et une veste chez 5.11 "
      "Tactical.");
  auto has = [&](const std::string& name) {
    for (const std::string& f : found)
      if (f.substr(f.find(':') + 1) == name) return true;
    return false;
  };
  EXPECT_TRUE(has("Starbucks"));
  EXPECT_TRUE(has("IKEA"));
  EXPECT_FALSE(has("& Other Stories"));
  // A sister brand drawn with the same icon (simple-icons "dup") is no alias: France Musique is
  // no name of Radio France, SolidWorks none of Dassault Systèmes.
  EXPECT_EQ(Entities("Il écoute France Musique puis lance SolidWorks de Dassault Systèmes."),
            (std::vector<std::string>{"ORG:France Musique", "PRODUCT:SolidWorks",
                                      "ORG:Dassault Systèmes"}));
}

// Football clubs (openfootball) are organizations, and a club's name that is also a place or
// a common word stays what it is in the rest of the text.
TEST_F(ShippedLexicons, FootballClubsButNotTheirTownsOrWords) {
  std::vector<std::string> found = Entities(
      "Le défenseur a quitté le Real Madrid pour la Juventus, puis a signé au 1. FC Köln. "
      "Il vit désormais à Bordeaux, près d'un arsenal désaffecté.");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"LOC:Bordeaux", "ORG:1. FC Köln", "ORG:Juventus",
                                             "ORG:Real Madrid"}));
}

// Polling institutes, unions and associations the press cites as sources; an acronym takes
// the sense news gives it (FCPE: the parents' federation, not a savings fund).
TEST_F(ShippedLexicons, SourcesOfFrenchCivilSociety) {
  std::vector<std::string> found = Entities(
      "Selon un sondage Elabe, la FCPE et le SNES-FSU s'opposent au projet, comme la CPME.");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{
                       "ORG:Confédération des petites et moyennes entreprises", "ORG:Elabe",
                       "ORG:Fédération des conseils de parents d'élèves",
                       "ORG:Syndicat national des enseignements de second degré"}));
}

// A club's short name that is also a place is the place: "Molenbeek" is the Brussels commune
// (the club list's alias is dropped), the club keeps its full name.
TEST_F(ShippedLexicons, AClubAliasThatIsAPlaceIsThePlace) {
  std::vector<std::string> found =
      Entities("La police a perquisitionné à Molenbeek, puis le RWD Molenbeek a joué.");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"LOC:Molenbeek-Saint-Jean", "ORG:RWD Molenbeek"}));
}

// A major-league team is an organization, not its town (curated, facts): "les Canadiens de
// Montréal", "les Boston Bruins".
TEST_F(ShippedLexicons, MajorLeagueTeamsAreOrganizations) {
  std::vector<std::string> found = Entities(
      "Formé chez les Canadiens de Montréal, il a fini sa carrière avec les Boston Bruins avant "
      "de s'installer à Boston.");
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"LOC:Boston", "ORG:Boston Bruins",
                                             "ORG:Canadiens de Montréal"}));
}

// People encyclopedic text names by one name (curated: history, letters, arts, music, sport)
// are persons, under their full name; a street or a museum named after them stays the place or
// the institution.
TEST_F(ShippedLexicons, PeopleNamedByOneNameInEncyclopedicText) {
  EXPECT_EQ(Entities("Nommé abbé par Charlemagne, il étudie Aristote. Élève de Matisse, il "
                     "joue ensuite avec Pelé."),
            (std::vector<std::string>{"PER:Charlemagne", "PER:Aristote", "PER:Henri Matisse",
                                      "PER:Pelé"}));
  EXPECT_EQ(Entities("Après Shakira, MC Solaar est monté sur scène."),
            (std::vector<std::string>{"PER:Shakira", "PER:MC Solaar"}));
  EXPECT_EQ(Entities("Le cortège a quitté le boulevard Voltaire, puis longé le musée Picasso."),
            (std::vector<std::string>{"LOC:boulevard Voltaire", "ORG:musée Picasso"}));
}

// Historical provinces and regions, rivers and deserts of encyclopedic text (curated) are
// places.
TEST_F(ShippedLexicons, HistoricalRegionsAndRiversArePlaces) {
  EXPECT_EQ(Entities("Né en Gascogne, il combat en Westphalie puis descend le Gange et traverse "
                     "le Gobi."),
            (std::vector<std::string>{"LOC:Gascogne", "LOC:Westphalie", "LOC:Gange", "LOC:Gobi"}));
  // ... and so are sites and districts ("Times Square" is no newspaper's square).
  EXPECT_EQ(Entities("Après le Colisée, ils ont vu Times Square et le Bronx."),
            (std::vector<std::string>{"LOC:Colisée", "LOC:Times Square", "LOC:Bronx"}));
  // Neighbouring places are not each other's names: a region and its river, two provinces.
  EXPECT_EQ(
      Entities("L'Amazone traverse l'Amazonie. Le Nord-Kivu borde le Sud-Kivu."),
      (std::vector<std::string>{"LOC:Amazone", "LOC:Amazonie", "LOC:Nord-Kivu", "LOC:Sud-Kivu"}));
}

// A line written all in capitals says nothing of names by its capitals: no person made of
// its words, no acronym read in an ordinary word ("BAT"); a name whose case decides it is
// read there only as at a sentence's start (here France and Brésil, which may open one, and
// CGT and Brest, written capitalized in the text).
TEST_F(ShippedLexicons, ACaselessHeadlineNamesOnlyWhatCaseDoesNotDecide) {
  EXPECT_EQ(Entities("LA PRÉSIDENTE RÉPOND AUX CRITIQUES\n\nLe conseil a voté lundi."),
            (std::vector<std::string>{}));
  EXPECT_EQ(Entities("COUPE DU MONDE : LA FRANCE BAT LE BRÉSIL\n\nLe match a eu lieu hier."),
            (std::vector<std::string>{"LOC:France", "LOC:Brésil"}));
  EXPECT_EQ(Entities("LA CGT APPELLE À LA GRÈVE À BREST\n\nLa CGT manifestera à Brest."),
            (std::vector<std::string>{"ORG:Confédération générale du travail", "LOC:Brest"}));
  // A person named there and in the text is one person, named as the text writes the name.
  EXPECT_EQ(Entities("PAUL MOREL RÉÉLU À LA TÊTE DU CLUB\n\nPaul Morel a été réélu lundi."),
            (std::vector<std::string>{"PER:Paul Morel"}));
  // Two words in capitals are no caseless line: a dateline keeps its acronym.
  EXPECT_EQ(Entities("BREST (AFP)\n\nLe conseil a voté lundi."),
            (std::vector<std::string>{"LOC:Brest", "ORG:Agence France-Presse"}));
}

// Historical organizations of encyclopedic text (curated): armed groups, parties, services,
// orders. "Viet Minh" is no person, whatever first-name list holds "Minh".
TEST_F(ShippedLexicons, HistoricalOrganizations) {
  EXPECT_EQ(Entities("Il rejoint le Viet Minh, puis combat la Légion étrangère ; son frère "
                     "sert la Stasi."),
            (std::vector<std::string>{"ORG:Viet Minh", "ORG:Légion étrangère", "ORG:Stasi"}));
  // A company an icon list files as a product is the company; an English company word after
  // a place ends a company's name (rules: org.company_word_place).
  EXPECT_EQ(Entities("Il a quitté Texas Instruments pour Kodak."),
            (std::vector<std::string>{"ORG:Texas Instruments", "ORG:Kodak"}));
  // An affiliate is not its parent's other name.
  EXPECT_EQ(Entities("AQMI a revendiqué l'attaque, qu'Al-Qaïda a saluée."),
            (std::vector<std::string>{"ORG:Al-Qaïda au Maghreb islamique", "ORG:Al-Qaïda"}));
}

// First names beyond the French register (Japanese, Frisian, Polish, Danish) start a person's
// name like French ones.
TEST_F(ShippedLexicons, FirstNamesBeyondFrance) {
  EXPECT_EQ(Entities("Le judoka Shohei Tanaka et la nageuse Bauke Visser ont été médaillés. Rafał "
                     "Kowalski a marqué deux buts face au gardien Mikkel Jensen."),
            (std::vector<std::string>{"PER:Shohei Tanaka", "PER:Bauke Visser", "PER:Rafał Kowalski",
                                      "PER:Mikkel Jensen"}));
}

// A capital or a very big city named like a common word (paris: bets; damas: a fabric) opens a
// sentence as the place; a smaller town named like a common word does not (start=ok, set by
// tools/selon_build/case.py).
TEST_F(ShippedLexicons, AVeryBigCityNamedLikeAWordOpensASentence) {
  EXPECT_EQ(Entities("Paris a été inondée samedi."), (std::vector<std::string>{"LOC:Paris"}));
  EXPECT_EQ(Entities("Damas dément toute attaque."), (std::vector<std::string>{"LOC:Damas"}));
  EXPECT_EQ(Entities("Tours de magie et jongleurs animent la fête."), (std::vector<std::string>{}));
}

// A platform named like a French verb is matched with its exact case (curated case=exact):
// at the start of a sentence or a line it is the platform, written in lower case the verb.
TEST_F(ShippedLexicons, APlatformNamedLikeAVerbKeepsItsCase) {
  EXPECT_EQ(Entities("Twitter a suspendu le compte du ministre. Il ne peut plus twitter."),
            (std::vector<std::string>{"PRODUCT:Twitter"}));
  EXPECT_EQ(Entities("Le ministre aime twitter le soir."), (std::vector<std::string>{}));
}

// Urban districts and squares are places (curated), and a square named after one keeps its
// cue noun: "place de la Bastille" is one place, not the district alone.
TEST_F(ShippedLexicons, UrbanPlacesAndTheirSquares) {
  EXPECT_EQ(Entities("Ils ont marché de la Bastille au Trocadéro en passant par Montmartre."),
            (std::vector<std::string>{"LOC:Bastille", "LOC:Trocadéro", "LOC:Montmartre"}));
  EXPECT_EQ(Entities("Le cortège est parti de la place de la Bastille vers midi."),
            (std::vector<std::string>{"LOC:Place de la Bastille"}));
}

TEST_F(ShippedLexicons, AGenericBodyIsNoNameButTheRefugeeAgencyIsInItsUsualSpelling) {
  // "Bureau national", "Cour d'appel": a head and one lower-case word from the administration's
  // acronym list describe many bodies and name none.
  EXPECT_TRUE(Entities("Le Bureau national des transports a fermé ses guichets.").empty());
  EXPECT_EQ(
      Entities("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) s'inquiète."),
      (std::vector<std::string>{"ORG:Haut-Commissariat des Nations unies pour les réfugiés"}));
}

}  // namespace
}  // namespace selon
