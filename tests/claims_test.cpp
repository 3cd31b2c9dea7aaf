// Claims stage: kinds, speakers, resolution, addressee, chains, warnings. French sentences
// written for these tests (never the evaluation texts).
#include "claims.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "coreference.h"
#include "evidence.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/sentences.h"
#include "selon/tokenizer.h"

namespace selon {
namespace {

// The shipped evidence: the first names (and their gender) the extractor reads, as in the
// pipeline.
const Evidence& FirstNames() {
  static const std::unique_ptr<Evidence> evidence = [] {
    auto e = std::make_unique<Evidence>();
    const Status s = Evidence::Load(std::string(SELON_TEST_DATA_DIR) + "/evidence", e.get());
    if (!s.ok()) {
      ADD_FAILURE() << s.ToString();
      std::abort();
    }
    return e;
  }();
  return *evidence;
}

const ClaimExtractor& Extractor() {
  static const std::unique_ptr<ClaimExtractor> x = [] {
    std::unique_ptr<ClaimExtractor> e;
    const Status s = ClaimExtractor::Load(SELON_TEST_DATA_DIR, &e);
    if (!s.ok()) {
      ADD_FAILURE() << s.ToString();
      std::abort();
    }
    e->UseEvidence(&FirstNames());
    return e;
  }();
  return *x;
}

struct Result {
  std::unique_ptr<Document> doc;
  Analysis analysis;
  std::string Text(uint32_t b, uint32_t e) const {
    return std::string(doc->analysis_text().substr(b, e - b));
  }
};

// Runs the text layer, the roles (FindRoles) and the claims stage; `entities` become entity
// mentions wherever their tokens occur (a stand-in for the lexicons).
std::unique_ptr<Result> Extract(
    const std::string& text, const std::vector<std::pair<std::string, EntityType>>& entities = {}) {
  auto r = std::make_unique<Result>();
  r->doc = std::make_unique<Document>(std::string(text));
  Analysis& a = r->analysis;
  Tokenize(r->doc->analysis_text(), &a.tokens, &a.keys);
  SplitSentences(a.tokens, &a.sentences);
  const std::string_view view = r->doc->analysis_text();
  for (uint32_t t = 0; t < a.tokens.size(); ++t) {
    for (size_t e = 0; e < entities.size(); ++e) {
      std::vector<Token> name_tokens;
      std::string keys;
      Tokenize(entities[e].first, &name_tokens, &keys);
      const uint32_t n = static_cast<uint32_t>(name_tokens.size());
      if (t + n > a.tokens.size()) continue;
      bool match = true;
      for (uint32_t k = 0; k < n && match; ++k)
        match = a.tokens[t + k].text(view) == name_tokens[k].text(entities[e].first);
      if (!match) continue;
      if (a.entities.size() <= e) a.entities.resize(entities.size());
      a.entities[e].type = entities[e].second;
      a.entities[e].name = entities[e].first;
      a.mentions.push_back({a.tokens[t].begin, a.tokens[t + n - 1].end, t, t + n,
                            a.SentenceOfToken(t), static_cast<uint32_t>(e), "test"});
      t += n - 1;
      break;
    }
  }
  // The roles people are named in, as the pipeline finds them before the claims stage.
  CoreferenceScratch coreference;
  FindRoles(*r->doc, FirstNames(), &a, &coreference);
  ClaimExtractor::Scratch scratch;
  Extractor().Extract(*r->doc, &a, &scratch);
  return r;
}

// ---- The cases file: kinds, cues, speakers, contents, resolution ----
// tests/cases/claims_cases.txt (its header gives the format): one test per case, named by the
// line of its first text: line.

struct Expected {
  std::string kind, cue, speaker, content;
  bool check_entity = false;
  std::string entity;  // the resolved entity's name; "?" = must stay unresolved
  int line = 0;
};
struct Case {
  int line = 0;
  std::string text;
  std::vector<std::pair<std::string, EntityType>> entities;
  std::vector<Expected> claims;
};

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> SplitBars(std::string_view s) {
  std::vector<std::string> out;
  for (size_t bar; (bar = s.find(" | ")) != std::string_view::npos; s.remove_prefix(bar + 3))
    out.push_back(Trim(s.substr(0, bar)));
  out.push_back(Trim(s));
  return out;
}

// Reads the cases; a malformed line becomes a case that fails with the line's number.
std::vector<Case> LoadCases() {
  const std::string path = std::string(SELON_TEST_CASES_DIR) + "/claims_cases.txt";
  std::ifstream in(path);
  std::vector<Case> cases;
  if (!in) {
    ADD_FAILURE() << path << ": cannot open";
    return cases;
  }
  Case current;
  bool open = false;
  auto finish = [&] {
    if (open) cases.push_back(std::move(current));
    current = Case();
    open = false;
  };
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    const size_t colon = line.find(": ");
    const std::string key = colon == std::string::npos ? line : line.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (!open) current.line = n, open = true;
    if (key == "text") {
      std::string text = current.text.empty() ? value : current.text + " " + value;
      for (size_t nl; (nl = text.find("\\n")) != std::string::npos;) text.replace(nl, 2, "\n");
      current.text = std::move(text);
    } else if (key == "entity") {
      const size_t eq = value.rfind(" = ");
      const std::string type = eq == std::string::npos ? "" : Trim(value.substr(eq + 3));
      const EntityType t = type == "PER"   ? EntityType::kPerson
                           : type == "ORG" ? EntityType::kOrganization
                           : type == "LOC" ? EntityType::kLocation
                                           : EntityType::kProduct;
      if (eq == std::string::npos ||
          (type != "PER" && type != "ORG" && type != "LOC" && type != "PRODUCT"))
        current.text = "(malformed entity: line at " + std::to_string(n) + ")";
      else
        current.entities.push_back({Trim(value.substr(0, eq)), t});
    } else if (key == "claim") {
      std::vector<std::string> f = SplitBars(value);
      Expected e;
      e.line = n;
      if (f.size() != 4) {
        e.kind = "(malformed claim: expected 4 fields)";
      } else {
        e.kind = f[0], e.cue = f[1], e.content = f[3];
        // (A content running over paragraphs writes its line breaks "\n", as text: does.)
        for (size_t nl; (nl = e.content.find("\\n")) != std::string::npos;)
          e.content.replace(nl, 2, "\n");
        const size_t arrow = f[2].find(" -> ");
        if (f[2].rfind("->", 0) == 0 || arrow != std::string::npos) {
          e.check_entity = true;
          e.speaker = arrow == std::string::npos ? "" : f[2].substr(0, arrow);
          e.entity = Trim(f[2].substr(arrow == std::string::npos ? 2 : arrow + 4));
        } else {
          e.speaker = f[2];
        }
        if (e.speaker == "\"\"") e.speaker.clear();
      }
      current.claims.push_back(std::move(e));
    } else {
      current.text = "(unknown key '" + key + "' at line " + std::to_string(n) + ")";
    }
  }
  finish();
  return cases;
}

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = LoadCases();
  return cases;
}

class ClaimsCase : public ::testing::TestWithParam<size_t> {};

TEST_P(ClaimsCase, Run) {
  const Case& c = Cases()[GetParam()];
  // (A line the loader could not read replaced the case's text with what was wrong: a case
  // that expects no claim must not pass on it.)
  if (c.text.rfind("(unknown key", 0) == 0 || c.text.rfind("(malformed", 0) == 0) {
    ADD_FAILURE() << "claims_cases.txt:" << c.line << ": " << c.text;
    return;
  }
  const auto r = Extract(c.text, c.entities);
  const std::vector<Attribution>& got = r->analysis.claims;
  std::string listing;
  for (const Attribution& g : got)
    listing +=
        std::string("\n  claim: ") + ClaimKindName(g.kind) + " | " +
        r->Text(g.cue_begin, g.cue_end) + " | " + r->Text(g.speaker.begin, g.speaker.end) +
        (g.speaker.entity >= 0 ? " -> " + std::string(r->analysis.entities[g.speaker.entity].name)
                               : std::string()) +
        " | " + r->Text(g.content_begin, g.content_end);
  const std::string where = "claims_cases.txt:" + std::to_string(c.line) + ": " + c.text;
  if (got.size() != c.claims.size()) {
    ADD_FAILURE() << where << "\nexpected " << c.claims.size() << " claims, got " << got.size()
                  << ":" << listing;
    return;
  }
  for (size_t i = 0; i < got.size(); ++i) {
    const Attribution& g = got[i];
    const Expected& e = c.claims[i];
    SCOPED_TRACE("claims_cases.txt:" + std::to_string(e.line));
    EXPECT_EQ(ClaimKindName(g.kind), e.kind) << where << listing;
    EXPECT_EQ(r->Text(g.cue_begin, g.cue_end), e.cue) << where << listing;
    EXPECT_EQ(r->Text(g.speaker.begin, g.speaker.end), e.speaker) << where << listing;
    EXPECT_EQ(r->Text(g.content_begin, g.content_end), e.content) << where << listing;
    if (e.check_entity) {
      const std::string name =
          g.speaker.entity >= 0 ? std::string(r->analysis.entities[g.speaker.entity].name) : "?";
      EXPECT_EQ(name, e.entity) << where << listing;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ClaimsCase, ::testing::Range<size_t>(0, Cases().size()),
                         [](const ::testing::TestParamInfo<size_t>& info) {
                           return "line_" + std::to_string(Cases()[info.param].line);
                         });

TEST(Claims, CasesFileIsNotEmpty) { EXPECT_GE(Cases().size(), 50u); }

// ---- Resolution ----

TEST(Claims, PronounResolvesToTheLastCompatibleSubject) {
  const auto r =
      Extract("Sophie Martin dirige l'usine. Elle a affirmé que la production reprendra lundi.",
              {{"Sophie Martin", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->Text(r->analysis.claims[0].speaker.begin, r->analysis.claims[0].speaker.end),
            "Elle");
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, PronounDoesNotCrossParagraphsWithoutEvidence) {
  const auto r =
      Extract("Sophie Martin dirige l'usine.\n\nIl a affirmé que la production reprendra.",
              {{"Sophie Martin", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, -1);
}

TEST(Claims, AppositionNameAndSurnameResolve) {
  const auto r = Extract(
      "Le porte-parole de la ville, Karim Benali, a déclaré que le pont sera réparé. "
      "Benali a ajouté que les travaux dureront un mois.",
      {{"Karim Benali", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(r->Text(r->analysis.claims[0].speaker.begin, r->analysis.claims[0].speaker.end),
            "Karim Benali");
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, 0);
}

TEST(Claims, PronounSkipsQuotesAndFrontedPhrases) {
  // The "je" of a quotation and a fronted phrase ("Ému, il") are no referents.
  const auto r = Extract(
      "Paul Morel a quitté la mairie. « Je ne regrette rien », répond-il. Ému, il déclare : "
      "« Merci à tous. »",
      {{"Paul Morel", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, 0);
}

TEST(Claims, PronounSkipsAnInanimateSubject) {
  const auto r = Extract(
      "Paul Morel a visité le chantier. L'enjeu est la sécurité. Il a précisé que les travaux "
      "reprendront.",
      {{"Paul Morel", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, PronounAfterAParagraphBreakTakesThePreviousParagraphsTopic) {
  const auto r = Extract(
      "Paul Morel a visité le chantier. Il est resté une heure.\n\nPrudent, il a affirmé que "
      "les travaux reprendront.",
      {{"Paul Morel", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, PronounAfterAParagraphBreakWithTwoCandidatesIsUnresolved) {
  const auto r = Extract(
      "Paul Morel a visité le chantier. Marc Petit est resté une heure.\n\nIl a affirmé que "
      "les travaux reprendront.",
      {{"Paul Morel", EntityType::kPerson}, {"Marc Petit", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, -1);
}

TEST(Claims, RoleNounResolvesToThePersonNamedAfterTheSameNoun) {
  const auto r = Extract(
      "Le ministre des Transports et des Ports Paul Morel a visité le chantier.\n\nSelon le "
      "ministre, les travaux reprendront en mai.",
      {{"Paul Morel", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, TitleThenNameResolvesToTheName) {
  const auto r = Extract("Selon le lieutenant Julien Marchais, le trafic a doublé.",
                         {{"Julien Marchais", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, RoleNounResolvesToTheLastPersonOfTheParagraph) {
  const auto r =
      Extract("Paul Morel a gagné la course. Le champion a affirmé qu'il reviendra l'an prochain.",
              {{"Paul Morel", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, PlaceNounResolvesToTheLastPlace) {
  const auto r = Extract(
      "Une alerte a été lancée à Valmont. « Restez chez vous », dit la Ville dans un "
      "communiqué.",
      {{"Valmont", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, OrganizationNounWithAComplementIsNoReferenceBack) {
  const auto r =
      Extract("Acmé a publié ses comptes. Le club de Valmont a précisé que ses ventes ont doublé.",
              {{"Acmé", EntityType::kOrganization}, {"Valmont", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, -1);
}

TEST(Claims, DocumentPublishedBySomeoneIsTheirs) {
  const auto r =
      Extract("Le parti perd des adhérents, selon une information révélée par La Gazette.",
              {{"La Gazette", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->Text(r->analysis.claims[0].speaker.begin, r->analysis.claims[0].speaker.end),
            "La Gazette");
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

TEST(Claims, OrganizationNounResolvesToTheLastOrganization) {
  const auto r =
      Extract("Acmé a publié ses comptes. La société a précisé que ses ventes ont doublé.",
              {{"Acmé", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);
}

// ---- Speakers the entity stages missed ----

// "TYPE:name" of the speaker's entity, or "" when unresolved.
std::string SpeakerEntity(const Result& r, size_t claim) {
  const int32_t e = r.analysis.claims[claim].speaker.entity;
  if (e < 0) return "";
  const Entity& entity = r.analysis.entities[e];
  return std::string(EntityTypeName(entity.type)) + ":" + std::string(entity.name);
}

TEST(Claims, NamedSpeakerBecomesAnEntityWithItsOtherMentions) {
  const auto r = Extract(
      "Selon Alvaro Benedetti, les réserves sont épuisées. Le géologue chilien Alvaro Benedetti "
      "estime que la mine doit fermer.");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Alvaro Benedetti");
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, r->analysis.claims[0].speaker.entity);
  ASSERT_EQ(r->analysis.mentions.size(), 2u);
  EXPECT_EQ(r->analysis.mentions[0].via, "claim:speaker");
  EXPECT_EQ(r->analysis.mentions[1].via, "coref:name");
}

// The same name that a rule finds later as an entity of the same type is the speaker's entity,
// not a second one with the same name.
TEST(Claims, ASpeakerNameARuleFindsAgainIsOneEntity) {
  const auto r = Extract(
      "« Nous partirons », a déclaré Zorvak Tulimen. Plus tard, Zorvak Tulimen, directeur de "
      "l'usine, a ajouté que tout irait bien.");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Zorvak Tulimen");
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, r->analysis.claims[0].speaker.entity);
  std::set<uint32_t> named;  // the entities with a mention that bear the name
  for (const Mention& m : r->analysis.mentions)
    if (r->analysis.entities[m.entity].name == "Zorvak Tulimen") named.insert(m.entity);
  EXPECT_EQ(named.size(), 1u);
}

// A role in apposition before an unknown name makes it a person's, even when a word of the name
// also spells a place a list knows (surnames often do: Lucena, Florence, Valence).
TEST(Claims, ARoleInAppositionBeforeAnUnknownNameMakesAPerson) {
  const auto r = Extract(
      "Le conseil a publié les résultats. Sa présidente, Tibera Valdorra, a assuré que le vote "
      "s'était bien déroulé.",
      {{"Valdorra", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Tibera Valdorra");
}

// The noun before an unknown speaker's name types it: a medium or document noun names an
// outlet, also past "de" inside its cue phrase; a role noun a person.
TEST(Claims, TheNounBeforeAnUnknownSpeakerTypesIt) {
  struct Case {
    const char* text;
    const char* speaker;  // SpeakerEntity of the one claim
  };
  for (const Case& c : std::initializer_list<Case>{
           // A medium or document noun names an outlet, also past "de" inside its cue phrase
           // and past a role word used as its adjective; a role noun names a person.
           {"Des civils ont été tués, a indiqué l'agence de presse syrienne Vanra.", "ORG:Vanra"},
           {"La revue scientifique américaine Cellia révèle que les souches viennent d'Asie.",
            "ORG:Cellia"},
           {"« Le froid va durer », a déclaré le météorologue canadien Alvaro Benedetti.",
            "PER:Alvaro Benedetti"},
           // A name whose article is capitalized inside a sentence is no person's, nor one
           // after a lower-case definite article.
           {"Les hypothèses divergent. Pour L'Écho-Le Soir, la ville tombera avant l'hiver.",
            "ORG:L'Écho-Le Soir"},
           {"Selon la Gazette Nordique, la route est fermée.", "ORG:Gazette Nordique"},
           // ... nor one after a definite article opening the sentence.
           {"Le Refuge Valorca estime que les loups sont revenus.", "ORG:Refuge Valorca"},
           // A nationality noun alone names no one; a country that is also one does.
           {"Le Français a indiqué que son élève visait le titre.", ""},
           {"Le Vatican a estimé que la réforme était nécessaire.", "ORG:Vatican"},
           // A person's role in apposition after the name types it too; a lone unknown word
           // stays an organization.
           {"« Nous gagnerons », a déclaré Kovalczyk, l'entraîneur du club.", "PER:Kovalczyk"},
           {"« Nous gagnerons », a déclaré Kovalczyk, porte-parole du club.", "PER:Kovalczyk"},
           {"« Nous gagnerons », a déclaré Kovalczyk.", "ORG:Kovalczyk"},
       }) {
    const auto r = Extract(c.text);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << c.text;
    EXPECT_EQ(SpeakerEntity(*r, 0), c.speaker) << c.text;
  }
}

// A lone capitalized speaker that ends a full name given earlier, whose first name no list
// knows, is that person named in full; not a word inside a longer name (a lone unknown word
// stays an organization).
TEST(Claims, ALoneSurnameSpeakerTakesTheFullNameGivenBefore) {
  const auto r = Extract(
      "Le candidat de l'opposition, Olusegun Adeyemi, a rejeté les résultats. « Ce scrutin a été "
      "volé », a déclaré Adeyemi devant ses partisans.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Olusegun Adeyemi");
  EXPECT_EQ(r->Text(r->analysis.claims[0].speaker.begin, r->analysis.claims[0].speaker.end),
            "Adeyemi");
  // (Also at the head of a sentence, where a capital alone names no one.)
  const auto head = Extract(
      "Le candidat de l'opposition, Olusegun Adeyemi, a rejeté les résultats. Adeyemi estime que "
      "la commission est partiale.");
  ASSERT_EQ(head->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*head, 0), "PER:Olusegun Adeyemi");
  // (One mention per word: the speaker's is not added twice.)
  for (size_t m = 1; m < head->analysis.mentions.size(); ++m)
    EXPECT_LE(head->analysis.mentions[m - 1].end, head->analysis.mentions[m].begin);
  const auto other = Extract(
      "Le stade Olusegun Adeyemi Okoro a été rénové. « Nous ferons appel », a déclaré Adeyemi.");
  ASSERT_EQ(other->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*other, 0), "ORG:Adeyemi");
}

// A sentence subject of two or three capitalized words no table knows ("Olusegun Adeyemi",
// first name in no list) is a name the entity stage missed: a person, taken up by a pronoun.
// Not numbers or nationalities ("Trois Françaises"), nor a heading's topic before a colon.
TEST(Claims, AnUnknownFullNameAsSubjectBecomesAPerson) {
  const auto r = Extract(
      "Olusegun Adeyemi a rejeté les résultats lundi. Il a affirmé que le scrutin avait été "
      "truqué.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Olusegun Adeyemi");
  // (After a person's noun too: pipeline_test, which has the token features.) The surname
  // alone elsewhere is a mention of the person too.
  const auto later = Extract(
      "Olusegun Adeyemi a rejeté les résultats lundi. La commission a répondu mardi à Adeyemi.");
  int surname_mentions = 0;
  for (const Mention& m : later->analysis.mentions)
    surname_mentions += later->Text(m.begin, m.end) == "Adeyemi" &&
                        later->analysis.entities[m.entity].name == "Olusegun Adeyemi";
  EXPECT_EQ(surname_mentions, 1);
  for (const char* text : {"Trois Françaises ont pris part à la course. Elles ont affirmé que "
                           "la piste était glissante.",
                           "Xterra Triathlon : Duffy intraitable\n\nLe vent a soufflé."}) {
    const auto other = Extract(text);
    for (const Entity& e : other->analysis.entities)
      EXPECT_NE(e.type, EntityType::kPerson) << text << ": " << e.name;
  }
}

// A civility before a name no list knows ("M. Le Goff") names that person: never the one an
// earlier "M. Dupont" named (the civility is no role noun taking him up), and a speaker
// entity of its own, without the civility.
TEST(Claims, ACivilityBeforeAnUnknownNameIsThatPerson) {
  const auto r = Extract(
      "M. Dupont, délégué syndical, a parlé le premier. M. Le Goff a affirmé que la décision "
      "était injuste.",
      {{"Dupont", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "PER:Le Goff");
}

// The other mentions of a speaker's name stop where a longer name goes on: "Alvaro" after
// "Selon Alvaro," is the speaker, "Alvaro de Castro" another name.
TEST(Claims, SpeakerNameIsNotTakenInsideALongerName) {
  const auto r = Extract(
      "Selon Alvaro, les réserves sont épuisées. La fondation Alvaro de Castro a publié ses "
      "comptes. Alvaro estime que la mine doit fermer.");
  for (const Mention& m : r->analysis.mentions)
    EXPECT_NE(r->Text(m.begin, m.end) + "@" + std::to_string(m.begin),
              "Alvaro@" + std::to_string(r->doc->analysis_text().find("Alvaro de")))
        << m.via;
}

TEST(Claims, InstitutionNamedByItsNounAndComplementBecomesAnEntity) {
  const auto r = Extract(
      "La commission d'enquête des Territoires a estimé que la loi était mal appliquée. Selon "
      "la commission, les moyens manquent.");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "ORG:commission d'enquête des Territoires");
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, r->analysis.claims[0].speaker.entity);
}

TEST(Claims, QualifiedInstitutionOfAPlaceBecomesAnEntity) {
  const auto r = Extract(
      "« Le suspect est inculpé », a annoncé le parquet fédéral de Valmontie. Selon le parquet, "
      "il était armé. La police de Valmontie a indiqué que la rue restait fermée.",
      {{"Valmontie", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 3u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "ORG:parquet fédéral de Valmontie");
  EXPECT_EQ(r->analysis.claims[1].speaker.entity, r->analysis.claims[0].speaker.entity);
  EXPECT_EQ(SpeakerEntity(*r, 2), "");  // a description: the place keeps its mention
}

TEST(Claims, AuthorOfADocumentBecomesAnEntity) {
  const auto r = Extract("Selon une étude de l'Observatoire des loyers, les prix baissent.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "ORG:Observatoire des loyers");
}

TEST(Claims, PlaceInsideALongerNameIsTakenIn) {
  const auto r = Extract("Il neigera demain sur les sommets, selon Météo Valmontie.",
                         {{"Valmontie", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "ORG:Météo Valmontie");
  ASSERT_EQ(r->analysis.entities.size(), 1u);  // the place gave its only mention away
  ASSERT_EQ(r->analysis.mentions.size(), 1u);
}

TEST(Claims, DescriptionsAndSentenceInitialWordsStayUnresolved) {
  const auto r = Extract(
      "Zorblax a déclaré que les prix baissent. Selon la compagnie aérienne, les vols "
      "reprendront.");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(SpeakerEntity(*r, 0), "");
  EXPECT_EQ(SpeakerEntity(*r, 1), "");
  EXPECT_TRUE(r->analysis.entities.empty());
}

// ---- Addressee and chains ----

TEST(Claims, Addressee) {
  const auto r = Extract("Le ministre a déclaré au Journal du Soir que la loi sera retirée.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  const Attribution& c = r->analysis.claims[0];
  ASSERT_TRUE(c.addressee.present());
  EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), "Journal du Soir");
}

TEST(Claims, AddresseeBeforeAnInvertedSubject) {
  // The addressee ends where the inverted subject begins; a role or organization noun keeps
  // the name after it; "auprès de" addresses as "à" does.
  struct Case {
    const char* text;
    const char* speaker;
    const char* addressee;
  };
  for (const Case& k : std::initializer_list<Case>{
           {"« Nous tiendrons », a indiqué à la presse Carlos Vidal, directeur de l'usine.",
            "Carlos Vidal", "la presse"},
           {"« Nous tiendrons », a indiqué à la ministre Agnès Dupont le patron du groupe.",
            "le patron du groupe", "Agnès Dupont"},
           {"« Nous tiendrons », a déclaré au Journal du Soir le ministre.", "le ministre",
            "Journal du Soir"},
           {"« Nous tiendrons », a réagi auprès de La Gazette le maire.", "le maire", "La Gazette"},
           {"Le maire a affirmé auprès des journalistes que la route rouvrirait.", "Le maire",
            "journalistes"},
           // de, then a quoted infinitive clause, ends the addressee as de + infinitive does.
           {"Le maire a demandé à l'État de « garantir un service minimum ».", "Le maire",
            "l'État"},
           // Frame Q: the object before que is the one told.
           {"La direction a informé les salariés que le site fermerait.", "La direction",
            "les salariés"},
       }) {
    const auto r = Extract(k.text);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << k.text;
    const Attribution& c = r->analysis.claims[0];
    EXPECT_EQ(r->Text(c.speaker.begin, c.speaker.end), k.speaker) << k.text;
    EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), k.addressee) << k.text;
  }
}

TEST(Claims, AccordingToAddresseeIsTheMediumTheSourceSpokeTo) {
  // "selon X à <medium>": the medium X spoke to is the addressee, inside an apposition too,
  // and stays out of the content whichever side of the marker the content stands.
  struct Case {
    const char* text;
    const char* content;
  };
  for (const Case& k : std::initializer_list<Case>{
           {"Selon son avocat, Me Alain Reboul au Journal du Soir, « le dossier est vide ».",
            "le dossier est vide"},
           {"Selon Alain Reboul au Journal du Soir, le dossier est vide.", "le dossier est vide"},
           {"Le dossier est vide, selon Alain Reboul au Journal du Soir.", "Le dossier est vide"},
           // Between commas, after a noun of address too.
           {"Selon Alain Reboul, au Journal du Soir, le dossier est vide.", "le dossier est vide"},
           {"Selon Alain Reboul, au micro du Journal du Soir, le dossier est vide.",
            "le dossier est vide"},
       }) {
    const auto r = Extract(k.text, {{"Alain Reboul", EntityType::kPerson},
                                    {"Journal du Soir", EntityType::kOrganization}});
    ASSERT_EQ(r->analysis.claims.size(), 1u) << k.text;
    const Attribution& c = r->analysis.claims[0];
    EXPECT_EQ(c.kind, ClaimKind::kAccordingTo) << k.text;
    EXPECT_NE(r->Text(c.speaker.begin, c.speaker.end).find("Alain Reboul"), std::string::npos)
        << k.text;
    EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), "Journal du Soir") << k.text;
    EXPECT_EQ(r->Text(c.content_begin, c.content_end), k.content) << k.text;
  }
}

TEST(Claims, TheMediumAfterAnInvertedSubjectOrANounOfAddressIsTheAddressee) {
  // "…, a confié X à <medium>." and a noun of address ("au micro de", "sur le plateau de",
  // words.tsv class address): the medium is the addressee, not the noun; a place is none.
  struct Case {
    const char* text;
    const char* addressee;
  };
  for (const Case& k : std::initializer_list<Case>{
           {"« Nous tiendrons », a confié Alain Reboul au Journal du Soir.", "Journal du Soir"},
           {"« Nous tiendrons », a déclaré Alain Reboul au micro de Radio Varnel.", "Radio Varnel"},
           {"« Nous tiendrons », a assuré Alain Reboul sur le plateau de Radio Varnel.",
            "Radio Varnel"},
           {"Alain Reboul a affirmé au micro de Radio Varnel que l'usine tiendrait.",
            "Radio Varnel"},
       }) {
    const auto r = Extract(k.text, {{"Alain Reboul", EntityType::kPerson},
                                    {"Journal du Soir", EntityType::kOrganization},
                                    {"Radio Varnel", EntityType::kOrganization}});
    ASSERT_EQ(r->analysis.claims.size(), 1u) << k.text;
    const Attribution& c = r->analysis.claims[0];
    EXPECT_EQ(r->Text(c.speaker.begin, c.speaker.end), "Alain Reboul") << k.text;
    EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), k.addressee) << k.text;
  }
  const auto r =
      Extract("« Nous tiendrons », a assuré Alain Reboul à Valmorie.",
              {{"Alain Reboul", EntityType::kPerson}, {"Valmorie", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_FALSE(r->analysis.claims[0].addressee.present());
}

TEST(Claims, AnOutletAfterSurIsTheAddressee) {
  // "…, a déclaré X sur France Inter": sur before an organization the text (or a lexicon) calls
  // an outlet; sur before another organization is no addressee.
  const auto r = Extract(
      "La radio Varnel FM a suivi la grève. « Nous tiendrons », a déclaré Alain Reboul sur "
      "Varnel FM. « Rien ne change », a ajouté Alain Reboul sur Orvane.",
      {{"Alain Reboul", EntityType::kPerson},
       {"Varnel FM", EntityType::kOrganization},
       {"Orvane", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  const Attribution& on_air = r->analysis.claims[0];
  EXPECT_EQ(r->Text(on_air.addressee.begin, on_air.addressee.end), "Varnel FM");
  EXPECT_FALSE(r->analysis.claims[1].addressee.present());
}

TEST(Claims, AnOutletAfterSurBeforeTheComplementOrAfterAnAppositionIsTheAddressee) {
  // "a dénoncé sur Varnel FM « … »": before the complement; "a réagi son adjoint, X, sur
  // Varnel FM": after a name in apposition and its comma. Not sur + another organization.
  const auto r = Extract(
      "La radio Varnel FM a suivi la grève. Le ministre a dénoncé sur Varnel FM « une prise "
      "d'otages ». « Rien ne change », a réagi son adjoint, Alain Reboul, sur Varnel FM. Le "
      "ministre a affirmé sur Orvane que la grève cesserait.",
      {{"Alain Reboul", EntityType::kPerson},
       {"Varnel FM", EntityType::kOrganization},
       {"Orvane", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 3u);
  for (size_t i = 0; i < 2; ++i) {
    const Attribution& c = r->analysis.claims[i];
    EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), "Varnel FM") << i;
  }
  EXPECT_EQ(r->Text(r->analysis.claims[0].content_begin, r->analysis.claims[0].content_end),
            "une prise d'otages");
  EXPECT_EQ(r->Text(r->analysis.claims[1].speaker.begin, r->analysis.claims[1].speaker.end),
            "Alain Reboul");
  EXPECT_FALSE(r->analysis.claims[2].addressee.present());
}

TEST(Claims, TheOutletAnInterviewWasGivenToIsTheAddressee) {
  // "dans un entretien (accordé) au X", "dans une interview à X", before the subject or as an
  // insert before the complement; an interview with no outlet names none.
  const auto r = Extract(
      "Dans un entretien accordé au Courrier Nordique, Lise Arnal assure que la loi est claire. "
      "Paul Vernet a affirmé, dans une interview à Radio Varnel, que la loi était floue. Dans un "
      "entretien, Paul Vernet ajoute que rien n'est décidé.",
      {{"Lise Arnal", EntityType::kPerson},
       {"Paul Vernet", EntityType::kPerson},
       {"Courrier Nordique", EntityType::kOrganization},
       {"Radio Varnel", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 3u);
  const auto& claims = r->analysis.claims;
  EXPECT_EQ(r->Text(claims[0].addressee.begin, claims[0].addressee.end), "Courrier Nordique");
  EXPECT_EQ(r->Text(claims[1].addressee.begin, claims[1].addressee.end), "Radio Varnel");
  EXPECT_FALSE(claims[2].addressee.present());
}

TEST(Claims, AMediumNounNamesTheOutletAfterIt) {
  // "au quotidien X": the outlet after a medium noun is the addressee, even when a place list
  // reads the name as a town.
  const auto r = Extract("« C'est un rêve », a confié Paul Vernet au quotidien Brenne.",
                         {{"Paul Vernet", EntityType::kPerson}, {"Brenne", EntityType::kLocation}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  const Attribution& c = r->analysis.claims[0];
  EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), "Brenne");
  EXPECT_EQ(r->Text(c.speaker.begin, c.speaker.end), "Paul Vernet");
}

TEST(Claims, ADeterminerBeforeAQuotationIsNoAddressee) {
  // "à un « … »": the addressee scan stops at the quotation; a lone determiner names no one.
  const auto r = Extract("Paul Vernet a rendu hommage à un « homme de conviction ».",
                         {{"Paul Vernet", EntityType::kPerson}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_FALSE(r->analysis.claims[0].addressee.present());
  EXPECT_EQ(r->Text(r->analysis.claims[0].content_begin, r->analysis.claims[0].content_end),
            "homme de conviction");
}

// Each text gives one claim, with no addressee.
void ExpectOneClaimWithoutAddressee(std::initializer_list<const char*> texts) {
  for (const char* text : texts) {
    const auto r = Extract(text);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << text;
    EXPECT_FALSE(r->analysis.claims[0].addressee.present()) << text;
  }
}

TEST(Claims, ASpeakerEndingOnACapitalizedDeterminerHasNoNameInIt) {
  // The last token of the text is a capitalized determiner inside the inverted subject: the
  // name search must not read past the phrase (a fuzzer input read one token past the text).
  const auto r = Extract("« Nous ne céderons pas », a affirmé la ministre Le");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  const Attribution& c = r->analysis.claims[0];
  EXPECT_EQ(r->Text(c.speaker.begin, c.speaker.end), "la ministre Le");
  EXPECT_LT(c.speaker.entity, 0);
}

TEST(Claims, ACompoundPrepositionOfTimeOrPlaceIsNoAddressee) {
  // "à l'issue de", "à la sortie de", "au cours de" (words.tsv class circumstance) say when or
  // where; the complement after them is still found.
  ExpectOneClaimWithoutAddressee({
      "Le ministre a déclaré à l'issue de la réunion que l'accord était proche.",
      "Le ministre a affirmé au cours d'une conférence de presse que l'accord était proche.",
      "« L'accord est proche », a-t-il déclaré à la sortie du tribunal.",
      // "au contraire" (an adverbial phrase).
      "Le ministre a assuré au contraire que l'accord était proche.",
      // "à plusieurs reprises", "à nouveau" (words.tsv adv_phrase last).
      "Le ministre a répété à plusieurs reprises que l'accord était proche.",
      "Le ministre a affirmé à nouveau que l'accord était proche.",
  });
}

TEST(Claims, WhatTheSpeakerAnswersIsNoAddressee) {
  // "répondre aux critiques", "réagir à l'annonce" (words.tsv class stimulus): the thing
  // answered is not the one spoken to; the complement after it is still found, and a body
  // answered ("à la fédération") stays the addressee.
  ExpectOneClaimWithoutAddressee({
      "Le ministre a répondu aux critiques : « Nous assumons nos choix. »",
      "La maire a réagi à l'annonce du préfet : « C'est une mauvaise nouvelle. »",
      "Le ministre a répondu aux questions des élus que le budget serait tenu.",
      // What the words are about: "à propos de", "à ce propos", "réagi à l'incident".
      "Le ministre a déclaré à propos de son genou : « Il n'est pas cassé. »",
      "Le ministre a déclaré à ce propos que le budget serait tenu.",
      "La maire a réagi à l'incident : « Comportement choquant. »",
  });
  const auto r = Extract("Le ministre a répondu à la fédération que le budget serait tenu.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  const Attribution& c = r->analysis.claims[0];
  ASSERT_TRUE(c.addressee.present());
  EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), "la fédération");
}

TEST(Claims, APlaceWithoutArticleIsNoAddressee) {
  // "à Genève" says where; "à Libération" (a medium) and "à la France" (an article) may be
  // addressed.
  const std::vector<std::pair<std::string, EntityType>> entities = {
      {"Genève", EntityType::kLocation},
      {"Libération", EntityType::kOrganization},
      {"France", EntityType::kLocation}};
  const auto here = Extract("« L'accord est proche », a-t-il déclaré à Genève.", entities);
  ASSERT_EQ(here->analysis.claims.size(), 1u);
  EXPECT_FALSE(here->analysis.claims[0].addressee.present());
  for (const char* text : {"Le ministre a déclaré à Libération que l'accord était proche.",
                           "Le ministre a répondu à la France que l'accord était proche."}) {
    const auto r = Extract(text, entities);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << text;
    EXPECT_TRUE(r->analysis.claims[0].addressee.present()) << text;
  }
}

TEST(Claims, ViaTheSourceOfASelonClause) {
  const auto r = Extract(
      "Le club a écrit à la ligue en affirmant que l'arbitrage était partial, selon La Gazette "
      "qui a lu la lettre.");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  const Attribution& inner = r->analysis.claims[0];
  EXPECT_EQ(ClaimKindName(inner.kind), std::string("indirect"));
  ASSERT_TRUE(inner.via.present());
  EXPECT_EQ(r->Text(inner.via.begin, inner.via.end), "La Gazette");
  EXPECT_EQ(ClaimKindName(r->analysis.claims[1].kind), std::string("according_to"));
}

TEST(Claims, ViaTheSourceOfAComme) {
  // "Comme le rapporte X, Y a déclaré que …": Y's claim, via X, and none of X's own.
  for (const char* text :
       {"Comme le rapporte La Gazette, Paul Lenoir a déclaré que la ville était ruinée.",
        "Paul Lenoir a déclaré que la ville était ruinée, comme le rapporte La Gazette."}) {
    const auto r = Extract(text);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << text;
    const Attribution& c = r->analysis.claims[0];
    EXPECT_EQ(r->Text(c.cue_begin, c.cue_end), "a déclaré");
    ASSERT_TRUE(c.via.present()) << text;
    EXPECT_EQ(r->Text(c.via.begin, c.via.end), "La Gazette");
  }
}

TEST(Claims, ViaTheOutletThatReportsAClauseWithItsOwnClaim) {
  // "X dénonce « … », a rapporté <outlet>": X's claim via the outlet, as with "comme le
  // rapporte"; anyone else who reports such a clause is its source (mixed), its inner claim
  // kept.
  const auto r =
      Extract("Le maire dénonce « une provocation », a rapporté le quotidien La Gazette.",
              {{"La Gazette", EntityType::kOrganization}});
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  const Attribution& c = r->analysis.claims[0];
  EXPECT_EQ(r->Text(c.cue_begin, c.cue_end), "dénonce");
  ASSERT_TRUE(c.via.present());
  EXPECT_EQ(r->Text(c.via.begin, c.via.end), "La Gazette");
  const auto e = Extract("Le maire dénonce « une provocation », a fait savoir son entourage.");
  ASSERT_EQ(e->analysis.claims.size(), 2u);
  EXPECT_EQ(ClaimKindName(e->analysis.claims[1].kind), std::string("mixed"));
  EXPECT_EQ(e->Text(e->analysis.claims[1].speaker.begin, e->analysis.claims[1].speaker.end),
            "son entourage");
  EXPECT_FALSE(e->analysis.claims[0].via.present());
}

TEST(Claims, ViaTheMediumThatCitesAndAddresseeTheInterviewer) {
  // "cité par X": X relayed the words (via); "interrogé par X": X heard them (addressee);
  // fronted, in apposition or inside the subject ("Le bilan cité par X" is not X's claim).
  struct Case {
    const char* text;
    const char* speaker;
    const char* via;
    const char* addressee;
    const char* content = "";  // checked when given
  };
  for (const Case& k : std::initializer_list<Case>{
           {"Citée par La Gazette, la ministre estime que la réforme est prête.", "la ministre",
            "La Gazette", ""},
           {"Le maire, interrogé par La Gazette, a expliqué que la route resterait fermée.",
            "Le maire", "", "La Gazette"},
           {"Le bilan cité par La Gazette indique que les prix montent.", "Le bilan", "La Gazette",
            ""},
           // After "selon X," the relay is no part of the content.
           {"Selon la préfète, citée par La Gazette, aucune victime n'est à déplorer.",
            "la préfète", "La Gazette", "", "aucune victime n'est à déplorer"},
           {"Selon le maire, interrogé par La Gazette, la route rouvrira lundi.", "le maire", "",
            "La Gazette", "la route rouvrira lundi"},
           // "selon une source citée par X": the source speaks, X relays.
           {"Selon une source proche de l'enquête citée par La Gazette, deux suspects sont en "
            "fuite.",
            "une source proche de l'enquête", "La Gazette", "", "deux suspects sont en fuite"},
           // The medium after another preposition than par, when it is named.
           {"Selon le maire, interrogé sur Radio Bleue, la route rouvrira lundi.", "le maire", "",
            "Radio Bleue", "la route rouvrira lundi"},
           {"Le maire, interviewé dans La Gazette, a affirmé que la route rouvrirait.", "Le maire",
            "", "La Gazette"},
           // "joint" ends in no -é; a bare noun after par is the means, not who heard.
           {"Selon le maire, joint par La Gazette, la route rouvrira lundi.", "le maire", "",
            "La Gazette", "la route rouvrira lundi"},
           {"Le maire, joint par téléphone par La Gazette, a affirmé que la route rouvrirait.",
            "Le maire", "", "La Gazette"},
           {"Le maire, interrogé par téléphone, a affirmé que la route rouvrirait.", "Le maire", "",
            ""},
       }) {
    const auto r = Extract(k.text);
    ASSERT_EQ(r->analysis.claims.size(), 1u) << k.text;
    const Attribution& c = r->analysis.claims[0];
    EXPECT_EQ(r->Text(c.speaker.begin, c.speaker.end), k.speaker) << k.text;
    EXPECT_EQ(r->Text(c.via.begin, c.via.end), k.via) << k.text;
    EXPECT_EQ(r->Text(c.addressee.begin, c.addressee.end), k.addressee) << k.text;
    if (*k.content) EXPECT_EQ(r->Text(c.content_begin, c.content_end), k.content) << k.text;
  }
}

TEST(Claims, CreditLine) {
  const auto r = Extract("Le port a rouvert.\nSource : La Gazette du Port");
  ASSERT_EQ(r->analysis.sources.size(), 1u);
  EXPECT_EQ(r->Text(r->analysis.sources[0].begin, r->analysis.sources[0].end),
            "La Gazette du Port");
}

// ---- Quotations across sentences and paragraphs, unbalanced marks ----

TEST(Claims, QuoteParagraphAfterASpeakersQuoteIsTheSpeakers) {
  const auto r = Extract(
      "Le maire a déclaré : « Nous reconstruirons l'école. »\n« Les familles seront aidées. »");
  ASSERT_EQ(r->analysis.claims.size(), 2u);
  EXPECT_EQ(r->Text(r->analysis.claims[1].content_begin, r->analysis.claims[1].content_end),
            "Les familles seront aidées");
  EXPECT_EQ(r->Text(r->analysis.claims[1].speaker.begin, r->analysis.claims[1].speaker.end),
            "Le maire");
}

TEST(Claims, QuoteParagraphFollowedByItsOwnAttributionIsNotAContinuation) {
  // Text after the quotation in its paragraph may name another speaker: the quotation is not
  // the minister's, whoever said it.
  const auto r = Extract(
      "La ministre a salué « un accord historique ».\n« La situation est grave. » C'est en ces "
      "termes que le préfet a ouvert la réunion.");
  for (const auto& c : r->analysis.claims)
    EXPECT_NE(r->Text(c.content_begin, c.content_end), "La situation est grave");
}

TEST(Claims, UnbalancedQuotesWarnAndTheRestIsExtracted) {
  const auto r = Extract(
      "Le maire a déclaré : « Nous reconstruirons l'école.\nLe préfet a annoncé que la route "
      "restera fermée.");
  EXPECT_EQ(r->analysis.unbalanced_quotes.size(), 1u);
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->Text(r->analysis.claims[0].cue_begin, r->analysis.claims[0].cue_end), "a annoncé");
}

// A quotation running over paragraphs without the « that French prints at the head of each:
// a paragraph whose first guillemet closes continues the open one. One whose first guillemet
// opens another quotation does not: the first stays unbalanced.
TEST(Claims, AQuotationContinuesIntoAParagraphThatClosesItWithoutReopening) {
  const auto r = Extract(
      "Julie Caron a reçu le prix samedi.\n« Je n'y croyais pas. Ce film m'a pris sept ans.\nJe "
      "remercie toute l'équipe », a-t-elle déclaré.",
      {{"Julie Caron", EntityType::kPerson}});
  EXPECT_TRUE(r->analysis.unbalanced_quotes.empty());
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_EQ(r->analysis.claims[0].kind, ClaimKind::kDirect);
  EXPECT_EQ(r->Text(r->analysis.claims[0].content_begin, r->analysis.claims[0].content_end),
            "Je n'y croyais pas. Ce film m'a pris sept ans.\nJe remercie toute l'équipe");
  EXPECT_EQ(r->analysis.claims[0].speaker.entity, 0);  // the stand-in Julie Caron
  const auto other = Extract(
      "Le maire a déclaré : « Nous reconstruirons l'école.\nLe préfet a répondu : « La route "
      "restera fermée. »");
  EXPECT_EQ(other->analysis.unbalanced_quotes.size(), 1u);
  ASSERT_FALSE(other->analysis.claims.empty());
  EXPECT_EQ(other->Text(other->analysis.claims.back().content_begin,
                        other->analysis.claims.back().content_end),
            "La route restera fermée");
}

TEST(Claims, PassiveHasNoSpeaker) {
  const auto r = Extract("Il a été annoncé que le musée fermera.");
  ASSERT_EQ(r->analysis.claims.size(), 1u);
  EXPECT_FALSE(r->analysis.claims[0].speaker.present());
}

// Loads the claims stage from the shipped cue files, `file` (under cues/) replaced by `text`.
Status LoadCuesWith(const std::string& file, const std::string& text) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("selon_cues_" + std::to_string(::getpid()));
  fs::create_directories(dir / "cues");
  for (const char* f : {"forms.tsv", "lemmas.tsv", "words.tsv", "markers.tsv", "infinitives.txt"})
    if (f != file)
      fs::copy_file(fs::path(SELON_TEST_DATA_DIR) / "cues" / f, dir / "cues" / f,
                    fs::copy_options::overwrite_existing);
  std::ofstream(dir / "cues" / file) << text;
  std::unique_ptr<ClaimExtractor> x;
  const Status s = ClaimExtractor::Load(dir.string(), &x);
  fs::remove_all(dir);
  return s;
}

// A frame letter lemmas.tsv does not define is a load error naming the file and line, not a
// silently ignored letter.
TEST(Claims, UnknownFrameLetterIsALoadError) {
  const Status s =
      LoadCuesWith("lemmas.tsv", "# test\nlemma\tframes\ndéclarer\tqip\nannoncer\tqz\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("lemmas.tsv:4"), std::string::npos) << s.ToString();
  EXPECT_NE(s.ToString().find("'z'"), std::string::npos) << s.ToString();
}

// A words.tsv word the tokenizer splits ("d'abord": d' + abord) could never match a token: a load
// error naming the file and line. An inverted clitic ("-il") is one token after its verb.
TEST(Claims, AWordOfTwoTokensIsALoadError) {
  const std::string header = "# test\nword\tclass\tfeat\n";
  const Status bad = LoadCuesWith("words.tsv", header + "a\taux_avoir\t-\nd'abord\tadv\t-\n");
  const Status good =
      LoadCuesWith("words.tsv", header + "a\taux_avoir\t-\n-il\tsubj\tMs\naujourd'hui\ttime\t-\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.ToString().find("words.tsv:4"), std::string::npos) << bad.ToString();
  EXPECT_NE(bad.ToString().find("'d'abord' is 2 tokens"), std::string::npos) << bad.ToString();
  EXPECT_TRUE(good.ok()) << good.ToString();
}

}  // namespace
}  // namespace selon
