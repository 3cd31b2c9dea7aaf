// Pipeline::Workspace: the caller-owned scratch of Analyze. A worker reuses one workspace for
// every document; nothing a document leaves in it may change the next document's result.
#include "selon/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "matcher.h"
#include "selon/json_writer.h"
#include "selon/sentences.h"
#include "selon/tokenizer.h"
#include "token_features.h"

namespace selon {
namespace {

// Texts written for this test: long and short, with events, names, roles, services and claims,
// so that every stage leaves something behind in its buffers.
const char* const kTexts[] = {
    "Le Tour de France 2016 partira de la Manche. Selon Christian Prudhomme, directeur de "
    "l'épreuve, « le parcours sera exigeant ». Il a ajouté que les coureurs d'Astana et de "
    "l'équipe Sky seraient surveillés. Le maire de Cherbourg, Benoît Arrivé, s'en est félicité.",
    "Juin.",
    "« Nous ne céderons pas », a déclaré mardi la ministre du Travail, Myriam El Khomri, devant "
    "les députés. Elle a rappelé que la CGT et FO avaient appelé à manifester jeudi à Paris. "
    "D'après Le Parisien, le gouvernement envisage un recours à l'article 49.3.",
    "Twitter accuse Microsoft. Le porte-parole de Microsoft, Frank Shaw, a démenti : « Nous "
    "n'avons rien copié », a-t-il affirmé sur Twitter.",
    "",
    "Les Français et les Belges ont voté. Mars a été pluvieux à Lyon.",
};

std::unique_ptr<Pipeline> ShippedPipeline() {
  PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  std::unique_ptr<Pipeline> pipeline;
  EXPECT_TRUE(Pipeline::Create(options, &pipeline).ok());
  return pipeline;
}

std::string Json(const Document& doc, const Analysis& analysis) {
  const JsonWriter writer({OffsetUnit::kCodepoint, /*sentences=*/true, /*pretty=*/false});
  std::string out;
  writer.WriteResult(doc, analysis, RecordOrigin{}, &out);
  return out;
}

// Each text's record, analysed with a workspace of its own.
std::vector<std::string> FreshRecords(const Pipeline& pipeline) {
  std::vector<std::string> records;
  for (const char* text : kTexts) {
    const Document doc{std::string(text)};
    Analysis analysis;
    Pipeline::Workspace workspace;
    pipeline.Analyze(doc, &analysis, &workspace);
    records.push_back(Json(doc, analysis));
  }
  return records;
}

TEST(Workspace, ReusedAcrossDocumentsGivesTheResultsOfFreshOnes) {
  const std::unique_ptr<Pipeline> pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  const std::vector<std::string> fresh = FreshRecords(*pipeline);
  // The texts found something: the comparison below is not between empty records.
  ASSERT_NE(fresh[0].find("Christian Prudhomme"), std::string::npos);
  ASSERT_NE(fresh[2].find("\"claims\":[{"), std::string::npos);

  // One workspace and one analysis for every document, in both orders (a long document before
  // a short one leaves longer buffers behind), twice over.
  Pipeline::Workspace workspace;
  Analysis analysis;
  const size_t n = std::size(kTexts);
  for (int round = 0; round < 2; ++round) {
    for (size_t k = 0; k < 2 * n; ++k) {
      const size_t i = k < n ? k : 2 * n - 1 - k;
      const Document doc{std::string(kTexts[i])};
      pipeline->Analyze(doc, &analysis, &workspace);
      EXPECT_EQ(Json(doc, analysis), fresh[i]) << "text " << i << ", round " << round;
    }
  }
}

TEST(Workspace, TwoArgumentAnalyzeEqualsTheWorkspaceForm) {
  const std::unique_ptr<Pipeline> pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  const Document doc{std::string(kTexts[3])};
  Analysis with, without;
  Pipeline::Workspace workspace;
  pipeline->Analyze(doc, &with, &workspace);
  pipeline->Analyze(doc, &without);
  EXPECT_EQ(Json(doc, with), Json(doc, without));
  EXPECT_NE(Json(doc, with).find("Frank Shaw"), std::string::npos);
}

TEST(Workspace, AMovedFromWorkspaceStillWorks) {
  const std::unique_ptr<Pipeline> pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  const Document doc{std::string(kTexts[0])};
  Pipeline::Workspace first;
  Analysis expected, analysis;
  pipeline->Analyze(doc, &expected, &first);
  Pipeline::Workspace second = std::move(first);
  pipeline->Analyze(doc, &analysis, &second);
  EXPECT_EQ(Json(doc, analysis), Json(doc, expected));
  pipeline->Analyze(doc, &analysis, &first);  // NOLINT(bugprone-use-after-move): documented
  EXPECT_EQ(Json(doc, analysis), Json(doc, expected));
}

// The workspace's token cache remembers what one pipeline's tables say of each word; a
// workspace passed to another pipeline (here one with a user lexicon more) must not answer
// from it.
TEST(Workspace, SharedByTwoPipelinesAnswersFromEachOnesTables) {
  const std::filesystem::path lexicon =
      std::filesystem::temp_directory_path() / "selon_workspace_test_lexicon.tsv";
  {
    std::ofstream out(lexicon);
    out << "id\ttype\tname\taliases\tattrs\nq1\tORG\tBrestelor\t\t\n";
  }
  PipelineOptions options;
  options.data_dir = SELON_BUILD_DATA_DIR;
  std::unique_ptr<Pipeline> shipped, with_user;
  ASSERT_TRUE(Pipeline::Create(options, &shipped).ok());
  options.user_lexicons = {lexicon.string()};
  ASSERT_TRUE(Pipeline::Create(options, &with_user).ok());
  const Document doc{std::string("Le groupe a racheté Brestelor mardi, selon Paul Morel.")};
  Analysis fresh, reused;
  Pipeline::Workspace own;
  with_user->Analyze(doc, &fresh, &own);
  ASSERT_NE(Json(doc, fresh).find("\"Brestelor\""), std::string::npos);
  Pipeline::Workspace shared;
  for (int round = 0; round < 2; ++round) {
    shipped->Analyze(doc, &reused, &shared);
    with_user->Analyze(doc, &reused, &shared);
    EXPECT_EQ(Json(doc, reused), Json(doc, fresh)) << "round " << round;
  }
  std::filesystem::remove(lexicon);
}

// ---- TokenFeatures ----

// The lexicon matcher reads ComputeTokenFeatures' token ids and first trie steps when it is
// given them, and looks them up itself when not: the two must find the same names, whatever
// the token cache already holds (the second pass answers from it).
TEST(TokenFeatures, TheMatcherFindsTheSameNamesWithAndWithoutThem) {
  const std::unique_ptr<Pipeline> pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  const LexiconMatcher matcher(pipeline->lexicons());
  const TokenTables tables{/*id=*/0x5e1f, nullptr, nullptr, &matcher.lexicons(), nullptr};
  TokenCache cache;
  std::vector<std::string> texts(std::begin(kTexts), std::end(kTexts));
  for (const auto& entry : std::filesystem::directory_iterator(SELON_SOURCE_SAMPLES_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  int names = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& text : texts) {
      const Document doc{std::string(text)};
      Analysis with, without;
      for (Analysis* a : {&with, &without}) {
        Tokenize(doc.analysis_text(), &a->tokens, &a->keys);
        SplitSentences(a->tokens, &a->sentences);
      }
      TokenFeatures features;
      ComputeTokenFeatures(doc.analysis_text(), with, tables, &cache, &features);
      LexiconMatcher::Scratch scratch;
      matcher.Match(doc, &with, &scratch, nullptr, &features);
      matcher.Match(doc, &without, &scratch);
      ASSERT_EQ(with.mentions.size(), without.mentions.size()) << text;
      for (size_t m = 0; m < with.mentions.size(); ++m) {
        const Mention& a = with.mentions[m];
        const Mention& b = without.mentions[m];
        EXPECT_EQ(a.begin, b.begin) << text;
        EXPECT_EQ(a.end, b.end) << text;
        EXPECT_EQ(with.entities[a.entity].name, without.entities[b.entity].name) << text;
        EXPECT_EQ(with.entities[a.entity].entry, without.entities[b.entity].entry) << text;
      }
      names += static_cast<int>(with.mentions.size());
    }
  }
  EXPECT_GE(names, 20);
}

// The claims stage reads the token features: a full name no list knows after a person's noun
// (title, role or nationality word) is a person a later pronoun takes up; after a thing's noun
// it is not one ("le collège Wassyl Kovtun").
// A civility of the other gender before a surname names someone else of that family: the claim
// keeps its speaker unresolved rather than give it to the person the surname's mention joined
// (a wrong name is worse than none). The civilities are the evidence's (TokenFeatures).
TEST(TokenFeatures, ACivilityOfTheOtherGenderIsNotThePersonOfTheSurname) {
  const auto pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  auto speakers = [&](const char* text) {
    const Document doc{std::string(text)};
    Analysis analysis;
    pipeline->Analyze(doc, &analysis);
    std::vector<std::string> out;
    for (const Attribution& c : analysis.claims)
      out.push_back(c.speaker.entity < 0 ? "?"
                                         : std::string(analysis.entities[c.speaker.entity].name));
    return out;
  };
  EXPECT_EQ(speakers("Le chanteur Paul Vernadec est mort mardi. Mme Vernadec a déclaré que son "
                     "mari était « apaisé ». M. Vernadec avait affirmé que la tournée durerait."),
            (std::vector<std::string>{"?", "Paul Vernadec"}));
}

TEST(TokenFeatures, AnUnknownFullNameAfterAPersonsNounIsAPerson) {
  const auto pipeline = ShippedPipeline();
  ASSERT_NE(pipeline, nullptr);
  auto speaker_of_first_claim = [&](const char* text) {
    const Document doc{std::string(text)};
    Analysis analysis;
    pipeline->Analyze(doc, &analysis);
    if (analysis.claims.empty() || analysis.claims[0].speaker.entity < 0) return std::string();
    return std::string(analysis.entities[analysis.claims[0].speaker.entity].name);
  };
  EXPECT_EQ(speaker_of_first_claim("Le chanteur d'opéra ukrainien Wassyl Kovtun est mort au "
                                   "front. Il avait affirmé que la guerre durerait."),
            "Wassyl Kovtun");
  // In apposition to a role phrase subject too.
  EXPECT_EQ(speaker_of_first_claim("Nigeria\n\n7 décembre 2026 . – Le candidat de l'opposition, "
                                   "Olusegun Adeyemi, a rejeté les résultats. Il a affirmé que le "
                                   "scrutin avait été truqué."),
            "Olusegun Adeyemi");
  // A surname speaker after the full name: one mention per word, none twice.
  {
    const Document doc{std::string(
        "Nigeria\n\n7 décembre 2026 . – Le candidat de l'opposition, Olusegun Adeyemi, a rejeté "
        "les résultats. Il a affirmé que le scrutin avait été truqué. Adeyemi estime que la "
        "commission est partiale.")};
    Analysis analysis;
    pipeline->Analyze(doc, &analysis);
    for (size_t m = 1; m < analysis.mentions.size(); ++m)
      EXPECT_LE(analysis.mentions[m - 1].end, analysis.mentions[m].begin);
  }
  // A full name before a surname speaker never reaches across a line break: a heading's last
  // word is no first name ("Marchés ¶ Varnel a racheté …").
  {
    const Document doc{std::string(
        "Marchés\n\nVarnel a racheté Ostrik en mars. D'après Varnel, les ventes vont doubler.")};
    Analysis analysis;
    pipeline->Analyze(doc, &analysis);
    ASSERT_FALSE(analysis.claims.empty());
    ASSERT_GE(analysis.claims[0].speaker.entity, 0);
    EXPECT_EQ(analysis.entities[analysis.claims[0].speaker.entity].name, "Varnel");
    for (const Entity& e : analysis.entities)
      EXPECT_EQ(e.name.find('\n'), std::string_view::npos) << e.name;
  }
  const Document doc{std::string("Le collège Wassyl Kovtun est fermé depuis lundi.")};
  Analysis analysis;
  pipeline->Analyze(doc, &analysis);
  for (const Entity& e : analysis.entities) EXPECT_NE(e.type, EntityType::kPerson) << e.name;
}

}  // namespace
}  // namespace selon
