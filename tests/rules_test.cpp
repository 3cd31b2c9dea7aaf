// Entity rules, name coreference and roles, on French sentences written for the tests, with
// the shipped evidence lists and rules but no lexicon unless a test gives one.
#include "rules.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rule_pattern.h"
#include "selon/pipeline.h"

namespace selon {
namespace {

namespace fs = std::filesystem;

class RulesTest : public ::testing::Test {
 protected:
  // A user rule file with one regex rule `nick` of `pattern` finds "Tonton" in a sentence
  // written for the tests, as a person.
  void ExpectNickRuleFindsTonton(const std::string& pattern) {
    std::unique_ptr<Pipeline> pipeline;
    const std::string rules =
        Write("mine.rules", "id\ttype\tpattern\nnick\tPER\t" + pattern + "\n");
    ASSERT_TRUE(Make(&pipeline, "", {rules}).ok());
    const Document doc{std::string("Un homme surnommé Tonton a été arrêté.")};
    Analysis a;
    pipeline->Analyze(doc, &a);
    ASSERT_EQ(a.mentions.size(), 1u);
    EXPECT_EQ(
        doc.analysis_text().substr(a.mentions[0].begin, a.mentions[0].end - a.mentions[0].begin),
        "Tonton");
    EXPECT_EQ(a.mentions[0].via, "rule:nick");
  }
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("selon_rules_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }

  Status Make(std::unique_ptr<Pipeline>* pipeline, const std::string& lexicon = "",
              const std::vector<std::string>& rules = {}) {
    PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    options.default_lexicons = false;
    if (!lexicon.empty()) options.user_lexicons = {Write("lex.tsv", lexicon)};
    options.user_rules = rules;
    return Pipeline::Create(options, pipeline);
  }

  // "TYPE:text(via)" for every mention, in text order.
  std::vector<std::string> Mentions(const std::string& text, const std::string& lexicon = "") {
    // The pipeline outlives the call: entity names are views into its lexicons.
    const Status s = Make(&pipeline_, lexicon);
    EXPECT_TRUE(s.ok()) << s.ToString();
    if (!s.ok()) return {};
    doc_ = std::make_unique<Document>(std::string(text));
    pipeline_->Analyze(*doc_, &analysis_);
    std::vector<std::string> out;
    for (const Mention& m : analysis_.mentions)
      out.push_back(std::string(EntityTypeName(analysis_.entities[m.entity].type)) + ":" +
                    std::string(doc_->analysis_text().substr(m.begin, m.end - m.begin)) + "(" +
                    std::string(m.via) + ")");
    return out;
  }

  // "TYPE:text" for every mention.
  // The roles of the last analysis, as "holder=role[role text]".
  std::vector<std::string> RoleStrings() const {
    std::vector<std::string> out;
    for (const Role& r : analysis_.roles)
      out.push_back(std::string(analysis_.entities[r.entity].name) + "=" + std::string(r.role) +
                    "[" + std::string(doc_->analysis_text().substr(r.begin, r.end - r.begin)) +
                    "]");
    return out;
  }
  std::vector<std::string> Spans(const std::string& text, const std::string& lexicon = "") {
    std::vector<std::string> out;
    for (std::string m : Mentions(text, lexicon)) out.push_back(m.substr(0, m.find('(')));
    return out;
  }

  // The name of the entity the "affirmer" claim's speaker resolves to: "?" when unresolved,
  // "no claim" when there is none.
  std::string SpeakerOf(const std::string& text, const std::string& lexicon = "") {
    Mentions(text, lexicon);
    for (const Attribution& c : analysis_.claims)
      if (c.lemma == "affirmer")
        return c.speaker.entity < 0 ? std::string("?")
                                    : std::string(analysis_.entities[c.speaker.entity].name);
    return std::string("no claim");
  }

  fs::path dir_;
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<Document> doc_;
  Analysis analysis_;
};

const char kHeader[] = "id\ttype\tname\taliases\tattrs\n";

// Two organizations for the speaker tests where an organization noun could take up either.
std::string DexteraAndNorvalis() {
  return std::string(kHeader) + "o1\tORG\tDextera\t\t\n" + "o2\tORG\tNorvalis\t\t\n";
}

// ---- People ----

TEST_F(RulesTest, FirstNameAndSurname) {
  EXPECT_EQ(Mentions("Selon Frank Shaw, la décision est prise."),
            (std::vector<std::string>{"PER:Frank Shaw(rule:per.first_last)"}));
}

TEST_F(RulesTest, CivilitiesAndTitles) {
  EXPECT_EQ(Spans("M. Dupont et Mme Martin ont rencontré le président Karim Benali."),
            (std::vector<std::string>{"PER:Dupont", "PER:Martin", "PER:Karim Benali"}));
  EXPECT_EQ(Spans("La ministre Élisabeth Borne a répondu."),
            (std::vector<std::string>{"PER:Élisabeth Borne"}));
  // After a contracted article; a first name coordinated with a full name.
  EXPECT_EQ(Spans("La visite du pape François attire Thibault et Valérie Rondeau."),
            (std::vector<std::string>{"PER:François", "PER:Thibault", "PER:Valérie Rondeau"}));
}

// A civility before a name with particles ("Le Bihan", "de La Tour") names the whole person
// (per.civility_particle: longer than per.civility's match at the same place); a particle with
// no capital after it ends no name ("de son côté").
TEST_F(RulesTest, ACivilityBeforeANameWithParticles) {
  EXPECT_EQ(Mentions("Hier, M. Yann Le Bihan et le docteur Jean de La Tour ont témoigné."),
            (std::vector<std::string>{"PER:Yann Le Bihan(rule:per.civility_particle)",
                                      "PER:Jean de La Tour(rule:per.civility_particle)"}));
  EXPECT_EQ(Mentions("Hier, Mme Quéré a parlé de son côté."),
            (std::vector<std::string>{"PER:Quéré(rule:per.civility)"}));
}

// A match whose name starts after its context ("son fils <Yann>", per.family_first) gives way to
// one at the name's first token of the same type that holds all of it and more ("Yann Le
// Bihan", per.first_particle): a name is read whole. Not when the more is a name a lexicon
// knows: "Lyon" stays a place.
TEST_F(RulesTest, ANameIsReadWholeAfterItsContext) {
  EXPECT_EQ(Mentions("Hier, son fils Yann Le Bihan a témoigné."),
            (std::vector<std::string>{"PER:Yann Le Bihan(rule:per.first_particle)"}));
  EXPECT_EQ(Spans("Hier, sa fille Julie a témoigné."), (std::vector<std::string>{"PER:Julie"}));
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarennes-Haut\t\tkind=commune\n";
  EXPECT_EQ(Spans("Hier, son fils Yann de Varennes-Haut a témoigné.", lexicon),
            (std::vector<std::string>{"PER:Yann", "LOC:Varennes-Haut"}));
}

// Civilities of the two genders before one surname name two people: two entities, and a bare
// surname after them is no one's (it makes no entity of its own either). One civility's
// mentions stay one person.
TEST_F(RulesTest, ACivilityOfTheOtherGenderNamesAnotherPerson) {
  Mentions(
      "M. Dupont a affirmé que le projet avancerait. Mme Dupont a estimé que les travaux "
      "prendraient du retard. M. Dupont a ajouté que le chantier reprendrait. Selon Dupont, "
      "rien ne presse.");
  ASSERT_EQ(analysis_.mentions.size(), 3u);
  EXPECT_EQ(analysis_.mentions[0].entity, analysis_.mentions[2].entity);
  EXPECT_NE(analysis_.mentions[0].entity, analysis_.mentions[1].entity);
  ASSERT_EQ(analysis_.claims.size(), 4u);
  EXPECT_LT(analysis_.claims[3].speaker.entity, 0);
  EXPECT_EQ(SpeakerOf("M. Dupont et son avocat sont arrivés. M. Dupont a affirmé qu'il était "
                      "innocent."),
            "Dupont");
}

TEST_F(RulesTest, ParticlesCompoundsAndInitials) {
  EXPECT_EQ(Spans("Ursula von der Leyen a salué Jean-Marie Le Pen et Mohammed ben Salmane."),
            (std::vector<std::string>{"PER:Ursula von der Leyen", "PER:Jean-Marie Le Pen",
                                      "PER:Mohammed ben Salmane"}));
  EXPECT_EQ(Spans("Selon le commissaire Julien Le Bihan, rien ne bouge."),
            (std::vector<std::string>{"PER:Julien Le Bihan"}));
  // A nationality between the title and the name keeps the particle and what follows it.
  EXPECT_EQ(Spans("Le président brésilien Tavio Alves da Rocha a parlé."),
            (std::vector<std::string>{"PER:Tavio Alves da Rocha"}));
  EXPECT_EQ(Spans("Le roman de J. K. Rowling sort en mai."),
            (std::vector<std::string>{"PER:J. K. Rowling"}));
  // A compound first name's initials are an initial too ("J.-P."), not "J.-C." (Jésus-Christ).
  EXPECT_EQ(Spans("Le roman de J.-P. Vernadec sort en mai."),
            (std::vector<std::string>{"PER:J.-P. Vernadec"}));
  // A compound first name no list has, made of first names.
  EXPECT_EQ(Spans("Selon Paul-Hector Vasseur, rien ne bouge."),
            (std::vector<std::string>{"PER:Paul-Hector Vasseur"}));
}

TEST_F(RulesTest, ANameBeforeARoleInAppositionIsAPersonUnlessACueNounOpensIt) {
  EXPECT_EQ(Mentions("Invitée par Clarisse Dambrine, la maire est venue."),
            (std::vector<std::string>{"PER:Clarisse Dambrine(rule:per.apposition)"}));
  // "Radio Lumière, la maire": a radio station interviewed the mayor; no person is named.
  EXPECT_TRUE(Spans("Interrogée par Radio Lumière, la maire est partie.").empty());
}

TEST_F(RulesTest, ACompoundCommuneNameIsAPlace) {
  // A name joined by -sur-, -sous-, -lès- or -en- to a capitalized word: a commune no list
  // needs to hold. A lower-case word after the joiner makes no commune.
  EXPECT_EQ(
      Mentions("Les habitants de Montbrizac-sur-Loue et de Vernel-lès-Tarbières sont partis."),
      (std::vector<std::string>{"LOC:Montbrizac-sur-Loue(rule:loc.compound_commune)",
                                "LOC:Vernel-lès-Tarbières(rule:loc.compound_commune)"}));
  EXPECT_TRUE(Spans("Le Vol-au-vent et le Tête-en-bas sont des plats.").empty());
}

TEST_F(RulesTest, NotEntities) {
  // Sentence-initial capitals, months, days, demonyms, titles alone, pronouns.
  EXPECT_TRUE(Spans("Dans la nuit de lundi, les Français ont voté. Il pleuvait en Mars ? Non. "
                    "Le Président a parlé. Source : Agence")
                  .empty());
}

TEST_F(RulesTest, AFunctionWordOpeningATitleIsNoFirstName) {
  // "The" and "Les" are in first-name registers (a handful of births, a world list); read as
  // first names they made people of titles (evidence/not_first_names: curated exclusions).
  EXPECT_EQ(Spans("Elle fut candidate de l'émission The Voice Kids puis chanta Les Grands Vents."),
            (std::vector<std::string>{}));
  // A real first name still starts a person.
  EXPECT_EQ(Spans("Elle a battu Tessa Morvan en finale."),
            (std::vector<std::string>{"PER:Tessa Morvan"}));
}

// ---- Organizations, products, places ----

TEST_F(RulesTest, OrganizationCuesAndLegalSuffixes) {
  EXPECT_EQ(Spans("La société Quantelia a porté plainte contre Brevix SAS."),
            (std::vector<std::string>{"ORG:Quantelia", "ORG:Brevix SAS"}));
  // A first name after the cue noun starts a person's name ("l'équipe Louise Harel").
  EXPECT_EQ(Spans("Il a rejoint l'équipe Louise Harel en mai."),
            (std::vector<std::string>{"PER:Louise Harel"}));
}

TEST_F(RulesTest, InstitutionsNamedByACueNoun) {
  EXPECT_EQ(
      Spans("Le ministère de l’Intérieur et la préfecture de la Somme ont répondu."),
      (std::vector<std::string>{"ORG:ministère de l’Intérieur", "ORG:préfecture de la Somme"}));
  // Nouns that belong in the name they introduce (evidence/org_cues.tsv "heads") take in the
  // name, a known organization or place, or a person the institution is named after; other cue
  // nouns stay outside.
  EXPECT_EQ(Spans("L’association Vigiclimat et la société Quantelia ont saisi le collège."),
            (std::vector<std::string>{"ORG:association Vigiclimat", "ORG:Quantelia"}));
  const std::string lexicon = std::string(kHeader) +
                              "q1\tORG\tOxfam\t\t\n"
                              "q2\tLOC\tRoyan\t\t\n"
                              "q3\tORG\tSénat\t\t\n"
                              "q4\tLOC\tBurundi\t\t\n"
                              "q5\tORG\tConseil constitutionnel\t\t\n";
  EXPECT_EQ(Spans("L’ONG Oxfam écrit à l’hôpital de Royan.", lexicon),
            (std::vector<std::string>{"ORG:ONG Oxfam", "ORG:hôpital de Royan"}));
  // After an indefinite article the noun is a common one: a hospital in Royan, no name.
  EXPECT_EQ(Spans("Il est mort dans un hôpital de Royan.", lexicon),
            (std::vector<std::string>{"LOC:Royan"}));
  // An institution's place or nationality ends its name.
  EXPECT_EQ(
      Spans("Le Sénat du Burundi et le Conseil constitutionnel français ont voté.", lexicon),
      (std::vector<std::string>{"ORG:Sénat du Burundi", "ORG:Conseil constitutionnel français"}));
  // Not after an acronym (@ORG&!upper): "maire UDR de Royan" is a party, then a town.
  const std::string party = lexicon + "q6\tORG\tUDR\t\t\n";
  EXPECT_EQ(Spans("Paul Vasseur, maire UDR de Royan, a voté.", party),
            (std::vector<std::string>{"PER:Paul Vasseur", "ORG:UDR", "LOC:Royan"}));
}

TEST_F(RulesTest, AcronymsInContextAndDefinedInTheText) {
  EXPECT_EQ(
      Mentions("L’Office français de la biodiversité (OFB) a rendu son avis. L’OFB "
               "publiera ses mesures."),
      // (The long form is found by its cue noun and adjective; the definition links the acronym.)
      (std::vector<std::string>{"ORG:Office français de la biodiversité(rule:org.cue_complement)",
                                "ORG:OFB(coref:acronym)", "ORG:OFB(rule:org.acronym_context)"}));
  ASSERT_EQ(analysis_.entities.size(), 1u);  // one entity, three mentions
  // Without a definition, an all-caps word after an article is an organization.
  EXPECT_EQ(Spans("Le rapport de la DREETS est attendu."),
            (std::vector<std::string>{"ORG:DREETS"}));
  // Roman numerals and acronyms of common nouns (evidence/non_entities.tsv) are not.
  EXPECT_EQ(Spans("Pour la XXXI e édition, la DREETS relève la TVA et saisit du TATP."),
            (std::vector<std::string>{"ORG:DREETS"}));
}

TEST_F(RulesTest, AKnownNameGoesOnAfterTheEnglishAndOrAnAmpersand) {
  // org.known_and: French text writes "and" only inside English names.
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tKelvaro\n";
  EXPECT_EQ(Spans("Le satellite a été construit par Kelvaro Defence and Space, puis par Kelvaro "
                  "& Sons, et Kelvaro and friends.",
                  lexicon),
            (std::vector<std::string>{"ORG:Kelvaro Defence and Space", "ORG:Kelvaro & Sons",
                                      "ORG:Kelvaro"}));
}

TEST_F(RulesTest, ACompanyNamedWithACompanyWordIsLaterNamedWithoutIt) {
  // org.company_word's name without its English company word names the company too, but not
  // at a sentence's start, where any word is capitalized.
  EXPECT_EQ(Mentions("La biotech Kelvaro Therapeutics a levé 20 millions. Basée à Uppsala, "
                     "Kelvaro développe un traitement. Le siège de Kelvaro restera en Suède."),
            (std::vector<std::string>{"ORG:Kelvaro Therapeutics(rule:org.company_word)",
                                      "ORG:Kelvaro(coref:repeat)", "ORG:Kelvaro(coref:repeat)"}));
  EXPECT_EQ(Spans("Kelvaro Therapeutics a levé 20 millions. Kelvaro est un nom ancien."),
            (std::vector<std::string>{"ORG:Kelvaro Therapeutics"}));
}

TEST_F(RulesTest, AnAcronymDefinedInTheTextOverridesTheLexiconsReading) {
  // The lexicon knows the acronym under a shorter name; the text defines it with a longer one:
  // every use of the acronym is the long form's, one entity.
  const std::string lexicon = std::string(kHeader) +
                              "q1\tORG\tAgence varnienne de l'eau\tAVE\t\n"
                              "q2\tORG\tAgence varnienne de l'eau et de l'énergie\t\t\n";
  EXPECT_EQ(Spans("L'Agence varnienne de l'eau et de l'énergie (AVE) a publié un rapport. L'AVE "
                  "recommande des économies.",
                  lexicon),
            (std::vector<std::string>{"ORG:Agence varnienne de l'eau et de l'énergie", "ORG:AVE",
                                      "ORG:AVE"}));
  ASSERT_EQ(analysis_.entities.size(), 1u);
  EXPECT_EQ(analysis_.entities[0].name, "Agence varnienne de l'eau et de l'énergie");
}

TEST_F(RulesTest, AnAcronymsDefinitionStaysOnItsLine) {
  // The long form is looked for back from "(", never past the start of the line: a heading
  // above whose initial fits is no part of the name.
  EXPECT_EQ(Spans("Vendanges\n\nValeurs et Ressources Solidaires (VRS) a publié un bilan."),
            (std::vector<std::string>{"ORG:Valeurs et Ressources Solidaires", "ORG:VRS"}));
  EXPECT_EQ(Spans("Vendanges\n\nl'association régionale solidaire (VRS) a publié un bilan."),
            (std::vector<std::string>{"ORG:VRS"}));
}

TEST_F(RulesTest, AnAcronymInParenthesesAfterAnOrganizationCueNoun) {
  // A lower-case cue noun and its complements, then the acronym: whatever language the letters
  // spell, the acronym is the organization, and so is every later use of it.
  EXPECT_EQ(Spans("Le service national de renseignement (SNR) a interpellé un journaliste. "
                  "Le SNR dément."),
            (std::vector<std::string>{"ORG:SNR", "ORG:SNR"}));
  EXPECT_EQ(Spans("Selon la fédération internationale (WTU), la course aura lieu."),
            (std::vector<std::string>{"ORG:WTU"}));
  // Not after a word that names no organization.
  EXPECT_EQ(Spans("Le taux de la taxe (TVQ) augmente."), (std::vector<std::string>{}));
}

TEST_F(RulesTest, AShortAllCapsWordIsNoNameTheLexiconSpellsInMixedCase) {
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarno\n";
  // An acronym is no town that folds to the same key; the town written as a town still is.
  EXPECT_EQ(Spans("Les athlètes de VARNO ont gagné. Ils courent à Varno demain.", lexicon),
            (std::vector<std::string>{"LOC:Varno"}));
  // A dateline's place opens its sentence, in capitals.
  EXPECT_EQ(Spans("VARNO, 3 mars – La course est annulée.", lexicon),
            (std::vector<std::string>{"LOC:VARNO"}));
  // Inside a headline written in capitals, the capitals say nothing.
  EXPECT_EQ(Spans("Les titres : GRAND FROID SUR VARNO cette semaine.", lexicon),
            (std::vector<std::string>{"LOC:VARNO"}));
}

TEST_F(RulesTest, ProductsOfOrganizationsAndCueNouns) {
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tQuantelia\n";
  EXPECT_EQ(Spans("Lexi de Quantelia rivalise avec l’application Parloir.", lexicon),
            (std::vector<std::string>{"PRODUCT:Lexi", "ORG:Quantelia", "PRODUCT:Parloir"}));
  EXPECT_EQ(Spans("Le constructeur présente le smartphone Galaxy S24 et le modèle Nomad 3."),
            (std::vector<std::string>{"PRODUCT:Galaxy S24", "PRODUCT:Nomad 3"}));
}

TEST_F(RulesTest, ModelNumbersExtendAKnownMakerOrProductLine) {
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tAérolux\n" +
                              "q2\tPRODUCT\tFenestra\n" + "q3\tPRODUCT\tHello!\n";
  EXPECT_EQ(
      Spans("L’Aérolux A321 et Fenestra 11 sur Hello! en 2016 .", lexicon),
      (std::vector<std::string>{"PRODUCT:Aérolux A321", "PRODUCT:Fenestra 11", "PRODUCT:Hello!"}));
  // A match score after a club is no model number; a price after a model is no score.
  const std::string clubs =
      std::string(kHeader) + "c1\tORG\tRacing Varnel\n" + "c2\tORG\tAérolux\n";
  EXPECT_EQ(Spans("Le Racing Varnel 27 à 19 samedi, puis 2-1 contre Aérolux 3-0. L'Aérolux 5 à "
                  "25 000 euros.",
                  clubs),
            (std::vector<std::string>{"ORG:Racing Varnel", "ORG:Aérolux", "PRODUCT:Aérolux 5"}));
}

TEST_F(RulesTest, PlaceCues) {
  EXPECT_EQ(Spans("Les habitants de la commune de Saint-Brévin et de la région Occitanie."),
            (std::vector<std::string>{"LOC:Saint-Brévin", "LOC:Occitanie"}));
  // A first name and a surname after a place noun: the person holding its office.
  EXPECT_EQ(Spans("Le président de la Région Marc Dutilleul a parlé."),
            (std::vector<std::string>{"PER:Marc Dutilleul"}));
  // A street's, a station's or an island's name includes its cue noun; "la place de X" with a
  // known place is a rank, not a square.
  const std::string lexicon =
      std::string(kHeader) + "q1\tLOC\tValmorie\t\t\n" + "q2\tLOC\tBellerive\t\t\n";
  EXPECT_EQ(Spans("Rendez-vous place de la Concorde, puis à la gare de Bellerive. La place de "
                  "la Valmorie en Europe recule.",
                  lexicon),
            (std::vector<std::string>{"LOC:place de la Concorde", "LOC:gare de Bellerive",
                                      "LOC:Valmorie"}));
  // A place noun names a place even when the lexicon knows the word as a person's surname.
  const std::string people = std::string(kHeader) + "p1\tPER\tJean Zorbec\tZorbec\tcap=Zorbec\n";
  EXPECT_EQ(Spans("Il est né dans le comté de Zorbec, loin de Jean Zorbec.", people),
            (std::vector<std::string>{"LOC:Zorbec", "PER:Jean Zorbec"}));
}

TEST_F(RulesTest, EventsHideTheirWords) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tFrance\n" + "q2\tLOC\tRio\n";
  // A competition's fixed name hides its place; a host city stays a place.
  EXPECT_EQ(
      Spans("Le Tour de France et les Jeux olympiques de Rio passent par Rio 2016 ; la France "
            "gagne.",
            lexicon),
      (std::vector<std::string>{"LOC:Rio", "LOC:Rio", "LOC:France"}));
  // A continental championship keeps its continent a place (as a national one does), the
  // world cup hides nothing to name.
  const std::string europe = std::string(kHeader) + "q4\tLOC\tEurope\n";
  EXPECT_EQ(
      Spans("Les championnats d'Europe et la Coupe du monde 2018 ont lieu en Europe.", europe),
      (std::vector<std::string>{"LOC:Europe", "LOC:Europe"}));
  // A motorway's number is a place after "autoroute" or the article; an aircraft's three
  // digits are not.
  EXPECT_EQ(Spans("Il a pris l'autoroute A7 puis l'A86, pas l'A380."),
            (std::vector<std::string>{"LOC:A7", "LOC:A86"}));
  // A road number is a place (WiNER's convention), never the party RN: its rule runs before
  // the lexicons (LOC,first). A one-letter road ("la D 906") is only blocked, like "N 120" in
  // a coordinate, which no rule tells from it cheaply.
  const std::string parties = std::string(kHeader) + "q3\tORG\tRassemblement national\tRN\n";
  EXPECT_EQ(Spans("La RN 79 est coupée, déplore le RN.", parties),
            (std::vector<std::string>{"LOC:RN 79", "ORG:RN"}));
  EXPECT_EQ(Spans("Prenez la RD 680 puis la D 906, pas le point 22° 52′ N 120° E."),
            (std::vector<std::string>{"LOC:RD 680"}));
}

// ---- Type guards and longest names (issue 12) ----

TEST_F(RulesTest, AnUnknownNameAfterAThenItsCountryIsATown) {
  // "à X, en Pays", "de X (Pays)": the country places the unknown name; a first name after "à"
  // stays out ("il l'a dit à Pierre en Valmorie").
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tValmorie\t\t\n";
  EXPECT_EQ(Spans("Le train est arrivé à Brezonde, en Valmorie. Il venait de Tornelle (Valmorie) "
                  "et l'a dit à Pierre en Valmorie.",
                  lexicon),
            (std::vector<std::string>{"LOC:Brezonde", "LOC:Valmorie", "LOC:Tornelle",
                                      "LOC:Valmorie", "LOC:Valmorie"}));
}

TEST_F(RulesTest, AnUnknownNameWithAPlaceNounInAppositionIsAPlace) {
  // "X, une ville …": the apposed place noun types the name; a first name does not become a
  // place ("Pierre, le village entier te salue").
  EXPECT_EQ(Spans("Les soldats ont repris Brezonde, une ville située au nord. Pierre, le village "
                  "entier te salue."),
            (std::vector<std::string>{"LOC:Brezonde"}));
  // Without the article too.
  EXPECT_EQ(Spans("Les soldats sont entrés dans Tornelle, ville portuaire du nord."),
            (std::vector<std::string>{"LOC:Tornelle"}));
}

TEST_F(RulesTest, ARoleOfAKnownPlaceOrOrganizationThenANameInApposition) {
  // "le maire de Valmorie, X Y": the holder, though no first-name list knows X; a role without
  // its complement, or a single word after the comma, names no one.
  const std::string lexicon =
      std::string(kHeader) + "q1\tLOC\tValmorie\t\t\n" + "q2\tORG\tVorlane\t\t\n";
  EXPECT_EQ(Spans("Le maire de Valmorie, Tovaro Brizenal, a parlé. Le porte-parole de Vorlane, "
                  "Quelmi Oduya, a démenti. Le maire de Valmorie, hier, a parlé.",
                  lexicon),
            (std::vector<std::string>{"LOC:Valmorie", "PER:Tovaro Brizenal", "ORG:Vorlane",
                                      "PER:Quelmi Oduya", "LOC:Valmorie"}));
}

TEST_F(RulesTest, ATownNamedByArticleAndCueNounYieldsToTheLongerName) {
  // "L'Union" is a town; "L'Union nationale des …" opens an organization's name the rules
  // find (a lower-case name adjective or de after the cue noun). The town alone stays a town.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tL'Union\n";
  EXPECT_EQ(
      Spans("L'Union nationale des étudiants dénonce la réforme. Il habite à L'Union.", lexicon),
      (std::vector<std::string>{"ORG:Union nationale des étudiants", "LOC:L'Union"}));
}

TEST_F(RulesTest, ADiseaseNamedAfterAPersonOrAPlaceNamesNeither) {
  // evt.disease: "la maladie de X", "le syndrome de X" name the disease; the place is still one
  // elsewhere.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tVarnebourg\n";
  EXPECT_EQ(Spans("Il souffre de la maladie de Varnebourg et du syndrome de Tovaro. Il vit à "
                  "Varnebourg.",
                  lexicon),
            (std::vector<std::string>{"LOC:Varnebourg"}));
}

TEST_F(RulesTest, ANameTheRulesGuessedDoesNotRetypeAKnownPlace) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tNancy\n" + "q2\tLOC\tBelgique\n";
  // A festival's name is no person; the town keeps its type.
  EXPECT_EQ(Spans("Le festival Nancy Jazz Pulsations commence demain. À Nancy, les hôtels sont "
                  "complets.",
                  lexicon),
            (std::vector<std::string>{"LOC:Nancy"}));
  // A person named like a country does not make the country a person.
  EXPECT_EQ(
      Spans("Le romancier Marcel Belgique a reçu un prix. La Belgique a salué son œuvre.", lexicon),
      (std::vector<std::string>{"PER:Marcel Belgique", "LOC:Belgique"}));
}

TEST_F(RulesTest, ATheatreOrAnOrchestraIsNamedWithItsNoun) {
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarno\n" + "l2\tLOC\tSoleil\n";
  EXPECT_EQ(
      Spans("La troupe du Théâtre du Soleil et l'Orchestre de Varno jouent à Varno.", lexicon),
      (std::vector<std::string>{"ORG:Théâtre du Soleil", "ORG:Orchestre de Varno", "LOC:Varno"}));
}

TEST_F(RulesTest, AnEnglishCompanyWordEndsAnOrganizationName) {
  EXPECT_EQ(Spans("Le vol de Kestrel Airlines a été annulé, selon Norvik Technologies."),
            (std::vector<std::string>{"ORG:Kestrel Airlines", "ORG:Norvik Technologies"}));
  // A first name opening it does not make a person: the company rule comes before the person
  // rules, which win a tie of lengths otherwise ("Sophia" is a first name).
  EXPECT_EQ(Spans("Un avion de Sophia Airways a atterri."),
            (std::vector<std::string>{"ORG:Sophia Airways"}));
  // The word alone, or after a lower-case word, names nothing.
  EXPECT_EQ(Spans("Les Technologies de demain et les bons studios."), (std::vector<std::string>{}));
  // After a known place, the company named after it (org.company_word_place), not the place.
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarno\n";
  EXPECT_EQ(Spans("Il a signé chez Varno Records avant de s'installer à Varno.", lexicon),
            (std::vector<std::string>{"ORG:Varno Records", "LOC:Varno"}));
}

TEST_F(RulesTest, AnEnglishInstitutionNounClosesOrOpensTheName) {
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarno\n" + "l2\tLOC\tBrelle\n";
  // The noun ends the name; "and" joins two halves before it.
  EXPECT_EQ(
      Spans("Un rapport du Coastal Wildlife Fund cite le Northern Grain and Seed Board.", lexicon),
      (std::vector<std::string>{"ORG:Coastal Wildlife Fund", "ORG:Northern Grain and Seed Board"}));
  // The noun opens an English complement, a place, or "de" and a city.
  EXPECT_EQ(
      Spans("Elle a quitté la University of Varno pour le Royal Institute of Marine Studies, "
            "puis le Kestrel College de Brelle.",
            lexicon),
      (std::vector<std::string>{"ORG:University of Varno", "ORG:Royal Institute of Marine Studies",
                                "ORG:Kestrel College de Brelle"}));
  // A place names the institution, and its "of" complement stays in.
  EXPECT_EQ(Spans("Il enseigne au Varno Institute of Technology.", lexicon),
            (std::vector<std::string>{"ORG:Varno Institute of Technology"}));
  // The English noun alone, or after lower-case French words, names nothing.
  EXPECT_EQ(Spans("Le mot Board ne dit rien, ni un bon board de surf."),
            (std::vector<std::string>{}));
}

TEST_F(RulesTest, AProductCueNounTakesAnAdjectiveOrAPlaceName) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tOpportunity\n";
  EXPECT_EQ(Spans("Le rover Opportunity roule encore. Le télescope spatial Kepler a découvert une "
                  "planète. Les habitants d'Opportunity l'ont fêté.",
                  lexicon),
            (std::vector<std::string>{"PRODUCT:Opportunity", "PRODUCT:Kepler", "LOC:Opportunity"}));
}

TEST_F(RulesTest, ACapitalizedCueNounInsideTheNameIsPartOfIt) {
  // French writes a cue noun in lower case; a capitalized one after it opens the name.
  EXPECT_EQ(Spans("Le contrat lie la société Groupe Halvane à ses clients."),
            (std::vector<std::string>{"ORG:Groupe Halvane"}));
  EXPECT_EQ(Spans("Les firmes Startup Orbitale et Kestrel Labs ont signé."),
            (std::vector<std::string>{"ORG:Startup Orbitale", "ORG:Kestrel Labs"}));
}

TEST_F(RulesTest, AMiddleInitialOrAFirstOrdinalMakesAPerson) {
  // A middle initial between two name words, first name known or not, after a title too.
  EXPECT_EQ(Spans("Hier, Kestra B. Valmont a parlé avec le général Orwin T. Belcastre."),
            (std::vector<std::string>{"PER:Kestra B. Valmont", "PER:Orwin T. Belcastre"}));
  // Two middle initials or more: the whole name, not a name starting at the second initial.
  EXPECT_EQ(Spans("Hier, Karim J. L. Benali a parlé avec Kestra B. T. Valmont."),
            (std::vector<std::string>{"PER:Karim J. L. Benali", "PER:Kestra B. T. Valmont"}));
  // "Ier" (read as a number by the tokenizer) after a first name: a monarch.
  EXPECT_EQ(Spans("Le traité fut signé par Alexandre Ier et François Ier."),
            (std::vector<std::string>{"PER:Alexandre Ier", "PER:François Ier"}));
}

TEST_F(RulesTest, TheAuthorOfAWorkIsAPersonWhateverTheFirstName) {
  EXPECT_EQ(Spans("Le film, réalisé par Tavio Ranakir, suit le roman de Quelmi Oduya."),
            (std::vector<std::string>{"PER:Tavio Ranakir", "PER:Quelmi Oduya"}));
  // Not a company after "produit par", nor a one-word name.
  EXPECT_EQ(Spans("Le film est produit par Norvik Pictures et réalisé par Ranakir."),
            (std::vector<std::string>{"ORG:Norvik Pictures"}));
}

TEST_F(RulesTest, AKinNounBeforeOrAfterAFullNameMakesAPerson) {
  EXPECT_EQ(Spans("Sa mère, Tavia Okonjo, et son fils Tavio Ranakir vivent ici."),
            (std::vector<std::string>{"PER:Tavia Okonjo", "PER:Tavio Ranakir"}));
  EXPECT_EQ(Spans("Il est le frère cadet de Quelmi Oduya."),
            (std::vector<std::string>{"PER:Quelmi Oduya"}));
}

TEST_F(RulesTest, ABirthDeathOrLifeDatesAfterAFullNameMakeAPerson) {
  EXPECT_EQ(
      Spans("On cite Quelmi Oduya (1920-1995) et Zorvak Tulimen, né à Brelle, ainsi que "
            "Brelvo Kastanid (née en 1950)."),
      (std::vector<std::string>{"PER:Quelmi Oduya", "PER:Zorvak Tulimen", "PER:Brelvo Kastanid"}));
  // A year alone in parentheses is no life span.
  EXPECT_EQ(Spans("Le Salon Brelvo Kastanid (2016) a fermé."), (std::vector<std::string>{}));
}

TEST_F(RulesTest, ACompanyNounStartsNoPerson) {
  EXPECT_EQ(Spans("L'entreprise Victor Logistique a embauché vingt salariés."),
            (std::vector<std::string>{"ORG:Victor Logistique"}));
}

TEST_F(RulesTest, ANameARuleFoundIsFoundAgainWrittenBare) {
  // "la société Quantelia" names it by its cue; the bare repeats are the same organization,
  // at a sentence's head too, but not inside a longer capitalized name, and an acronym is left
  // to the acronym pass.
  EXPECT_EQ(Spans("La société Quantelia a porté plainte. Hier, Quantelia a réclamé deux "
                  "millions. Selon Quantelia, le code a été copié. Quantelia Sud ferme."),
            (std::vector<std::string>{"ORG:Quantelia", "ORG:Quantelia", "ORG:Quantelia"}));
  EXPECT_EQ(Spans("La sonde Orvelis a décollé. Orvelis atteindra Mars en mai."),
            (std::vector<std::string>{"PRODUCT:Orvelis", "PRODUCT:Orvelis"}));
}

TEST_F(RulesTest, ACompanyNounThenAnAdjectiveThenAName) {
  // An adjective the demonym list lacks (a town's, a trade's) between the company noun and the
  // name: still the company.
  EXPECT_EQ(Spans("La start-up parisienne Nuvelia a levé des fonds auprès de la société "
                  "familiale Dorlane."),
            (std::vector<std::string>{"ORG:Nuvelia", "ORG:Dorlane"}));
}

TEST_F(RulesTest, ALongerNameTakesInAKnownShortName) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tOxford\n" + "q2\tORG\tRenault\n";
  EXPECT_EQ(Spans("La société Oxford Instruments a publié ses résultats. Le groupe Renault Sport "
                  "Racing a recruté. Renault recule.",
                  lexicon),
            (std::vector<std::string>{"ORG:Oxford Instruments", "ORG:Renault Sport Racing",
                                      "ORG:Renault"}));
  // Without a cue noun too: a known name, then name words or a city.
  const std::string clubs =
      std::string(kHeader) + "q1\tORG\tVerlac\n" + "q2\tORG\tHBC\n" + "q3\tLOC\tNantes\n";
  EXPECT_EQ(
      Spans("Verlac Énergie a signé avec le HBC Nantes, puis Verlac a recruté à Nantes.", clubs),
      (std::vector<std::string>{"ORG:Verlac Énergie", "ORG:HBC Nantes", "ORG:Verlac",
                                "LOC:Nantes"}));
  // A name word then a one-word organization a list knows, after a cue noun: one name.
  const std::string known = std::string(kHeader) + "q1\tORG\tCapital\n";
  EXPECT_EQ(
      Spans("Le fonds américain Korvel Capital a investi. Capital a publié une enquête.", known),
      (std::vector<std::string>{"ORG:Korvel Capital", "ORG:Capital"}));
  // A name word then a known place after a cue noun: one company name ("Air Valmorie"); the
  // place alone elsewhere stays a place.
  const std::string place = std::string(kHeader) + "q1\tLOC\tValmorie\n";
  EXPECT_EQ(Spans("La compagnie Air Valmorie a annulé ses vols vers Valmorie.", place),
            (std::vector<std::string>{"ORG:Air Valmorie", "LOC:Valmorie"}));
}

TEST_F(RulesTest, ACompanyNounMakesAKnownPlaceOrFamilyNameACompany) {
  // A town or a person's surname that a list knows (as an alias), right after a company noun (maybe
  // with its trade), names the company; the same word elsewhere keeps its own sense.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tBrelignac\n" +
                              "q2\tPER\tQuelmi Oduvard\tOduvard\n" + "q3\tLOC\tVarnoux\n";
  EXPECT_EQ(Spans("Le constructeur automobile Brelignac ferme son usine de Brelignac.", lexicon),
            (std::vector<std::string>{"ORG:Brelignac", "LOC:Brelignac"}));
  EXPECT_EQ(Spans("Le fabricant de jouets Varnoux a recruté.", lexicon),
            (std::vector<std::string>{"ORG:Varnoux"}));
  EXPECT_EQ(Spans("Le groupe Oduvard a racheté la chaîne.", lexicon),
            (std::vector<std::string>{"ORG:Oduvard"}));
  // Known limit: with the person named in full in the same text, the mention joins the
  // person's entity (one lexicon entry) and takes its type.
  // A noun that is no company noun leaves the place alone.
  EXPECT_EQ(Spans("La ville de Brelignac et le club Brelignac Sports ont signé.", lexicon)[0],
            "LOC:Brelignac");
}

TEST_F(RulesTest, AHeadNounKeepsANameAPlaceListHolds) {
  // After an article, a head noun (evidence/org_cues.tsv heads=name) and one name the place
  // lists hold: the institution. Without the article, or after 'de', the town stays a place.
  const std::string lexicon = std::string(kHeader) + "l1\tLOC\tVarno\n";
  EXPECT_EQ(Spans("Elle enseigne à l'université Varno depuis 2019. Le musée Varno rouvre. Il "
                  "habite à Varno.",
                  lexicon),
            (std::vector<std::string>{"ORG:université Varno", "ORG:musée Varno", "LOC:Varno"}));
  EXPECT_EQ(Spans("Un hôpital de Varno a fermé.", lexicon),
            (std::vector<std::string>{"LOC:Varno"}));
}

TEST_F(RulesTest, NoNameEndsInsideATitle) {
  // "La Première" (a radio station) is no name where "Première ministre" goes on.
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tLa Première\t\t\n";
  EXPECT_EQ(
      Spans("La Première ministre Ana Vernet a parlé. Il écoute La Première le matin.", lexicon),
      (std::vector<std::string>{"PER:Ana Vernet", "ORG:La Première"}));
}

TEST_F(RulesTest, AOneWordBrandAfterAFirstNameIsNoBrand) {
  // "Vincent Varnay", "Yukiya Varnay": a capitalized word (a first name, or one no table knows)
  // and the brand's one word make one name, a person's; the brand keeps its reading elsewhere
  // ("chez Varnay", after a cue noun, a sentence's first word).
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tVarnay\t\t\n";
  EXPECT_EQ(Spans("Le milliardaire Vincent Varnay a parlé. Le diplomate Yukiya Varnay a répondu.",
                  lexicon),
            (std::vector<std::string>{"PER:Vincent Varnay", "PER:Yukiya Varnay"}));
  EXPECT_EQ(Spans("Il travaille chez Varnay. Varnay recrute. Le groupe Varnay a vendu.", lexicon),
            (std::vector<std::string>{"ORG:Varnay", "ORG:Varnay", "ORG:Varnay"}));
}

TEST_F(RulesTest, StreetsKeepTheirCueNoun) {
  const std::string lexicon = std::string(kHeader) + "q1\tPRODUCT\tConcorde\n";
  EXPECT_EQ(
      Spans("Le cortège a pris l'avenue Foch puis la rue Lepic avant la gare Montparnasse.",
            lexicon),
      (std::vector<std::string>{"LOC:avenue Foch", "LOC:rue Lepic", "LOC:gare Montparnasse"}));
  // A street takes in the name it bears, whatever that name's own sense.
  EXPECT_EQ(Spans("Ils se sont réunis sur la place de la Concorde.", lexicon),
            (std::vector<std::string>{"LOC:place de la Concorde"}));
  // ... a place's name too, with or without de.
  const std::string places = std::string(kHeader) + "q1\tLOC\tVendôme\t\t\n";
  EXPECT_EQ(Spans("Le défilé est parti de la place Vendôme vers la rue de Vendôme.", places),
            (std::vector<std::string>{"LOC:place Vendôme", "LOC:rue de Vendôme"}));
  // A stadium is a venue named like a street: "stade" stays in the name.
  EXPECT_EQ(Spans("Le match se joue au stade Varnel puis au stade de la Brenière."),
            (std::vector<std::string>{"LOC:stade Varnel", "LOC:stade de la Brenière"}));
  // An address names its street with no article: after a number or a participle.
  EXPECT_EQ(Spans("Il habite au 12 rue Lepic. Le magasin, situé avenue Marceau, a fermé."),
            (std::vector<std::string>{"LOC:rue Lepic", "LOC:avenue Marceau"}));
}

TEST_F(RulesTest, AResortIsNamedByItsPlace) {
  EXPECT_EQ(Spans("La station de ski de Valmorie a ouvert ses pistes."),
            (std::vector<std::string>{"LOC:Valmorie"}));
  EXPECT_EQ(Spans("Le directeur de la station de Pelvoz a parlé."),
            (std::vector<std::string>{"LOC:Pelvoz"}));
}

TEST_F(RulesTest, ACountryNamedLikeItsPeopleAfterEnOrTheFeminineArticle) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tSuisse\n" + "q2\tLOC\tArgentine\n";
  // After "en", a country; elsewhere the word may name a person of that country.
  EXPECT_EQ(
      Spans("Il vit en Suisse et voyage souvent en Argentine. Une Argentine a gagné.", lexicon),
      (std::vector<std::string>{"LOC:Suisse", "LOC:Argentine"}));
  // After the feminine article, or the plural ones of a plural country, too; after the
  // masculine one, a person of that country.
  const std::string plural = lexicon + "q3\tLOC\tPhilippines\n";
  EXPECT_EQ(Spans("Les pays qualifiés : le Danemark, la Suisse et l'Argentine. Le Suisse Marc "
                  "Dupont est venu des Philippines ; il retourne aux Philippines.",
                  plural),
            (std::vector<std::string>{"LOC:Suisse", "LOC:Argentine", "PER:Marc Dupont",
                                      "LOC:Philippines", "LOC:Philippines"}));
}

TEST_F(RulesTest, ACountryNamedLikeItsPeopleOpeningAHeadlineOrAloneInBrackets) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tSuisse\n" + "q2\tLOC\tArgentine\n";
  // A headline's place before its colon, and a country alone in brackets after a name; an
  // Argentine opening a sentence without the colon is still a person of that country.
  EXPECT_EQ(
      Spans("Suisse : un incendie dans un train régional\n\nLe coureur Marc Dupont "
            "(Argentine) a chuté. Argentine de naissance, Léa Brun a gagné.",
            lexicon),
      (std::vector<std::string>{"LOC:Suisse", "PER:Marc Dupont", "LOC:Argentine", "PER:Léa Brun"}));
}

TEST_F(RulesTest, APersonRoleNounBeatsAPlaceReadingOfTheSurname) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tTakahashi\n";
  EXPECT_EQ(Spans("Le patineur Daisuke Takahashi a remporté la médaille à Takahashi.", lexicon),
            (std::vector<std::string>{"PER:Daisuke Takahashi", "LOC:Takahashi"}));
  // A role noun, then two name words: a person even with a first name no list has.
  EXPECT_EQ(Spans("La patineuse Anastasiia Volkova et Vladimir Morozov ont gagné."),
            (std::vector<std::string>{"PER:Anastasiia Volkova", "PER:Vladimir Morozov"}));
  // The same when the place reading is the first names': "Marla Vista" the town.
  const std::string town = std::string(kHeader) + "q2\tLOC\tMarla Vista\n";
  EXPECT_EQ(
      Spans("Selon l'analyste Marla Vista Dorcier, la crise dure. Il vit à Marla Vista.", town),
      (std::vector<std::string>{"PER:Marla Vista Dorcier", "LOC:Marla Vista"}));
}

TEST_F(RulesTest, ATitleOrRoleThenANationalityAdjectiveThenANameIsAPerson) {
  // "le président kényan X Y": the nationality adjective between the title and the name
  // does not break the title's evidence, whatever the first name.
  EXPECT_EQ(Spans("Le président kényan Uhuru Wamalwa a reçu le ministre malien Tiéman Coulibara."),
            (std::vector<std::string>{"PER:Uhuru Wamalwa", "PER:Tiéman Coulibara"}));
  EXPECT_EQ(Spans("Le patineur japonais Daisuke Takahashi a gagné."),
            (std::vector<std::string>{"PER:Daisuke Takahashi"}));
}

TEST_F(RulesTest, ANationalityNounThenANameEndingOnAPlaceWordIsAPerson) {
  // "la Néerlandaise Sifan Hassan": the person, whatever her first name, though a place list
  // holds her surname; names after the place word stay in ("l'Indonésien Eko Yuli Irawan").
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tHassan\n" + "q2\tLOC\tYuli\n";
  EXPECT_EQ(Spans("La course est revenue à la Néerlandaise Sifan Hassan devant l'Indonésien "
                  "Eko Yuli Irawan.",
                  lexicon),
            (std::vector<std::string>{"PER:Sifan Hassan", "PER:Eko Yuli Irawan"}));
}

TEST_F(RulesTest, AKinNounThenAFirstNameAloneIsAPerson) {
  // "sa femme Julie": the relative, named by a first name only.
  EXPECT_EQ(Spans("Marc Delorme et sa femme Julie sont arrivés avec leur fils, Lucas."),
            (std::vector<std::string>{"PER:Marc Delorme", "PER:Julie", "PER:Lucas"}));
  // Without the kin noun, a first name alone is no name.
  EXPECT_EQ(Spans("Marc Delorme est arrivé avec Lucas."),
            (std::vector<std::string>{"PER:Marc Delorme"}));
}

TEST_F(RulesTest, AFirstNameBeforeAOneWordOrganizationNameIsAPerson) {
  // A shop chain or a company that shares its word with a surname: after a first name, the
  // person, and the surname alone then names her. Without the first name, the organization.
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tBrillac\n";
  EXPECT_EQ(
      Spans("Marie Brillac a quitté son poste en mars. Brillac a remercié ses équipes.", lexicon),
      (std::vector<std::string>{"PER:Marie Brillac", "PER:Brillac"}));
  EXPECT_EQ(Spans("Brillac a ouvert un magasin à Rennes.", lexicon),
            (std::vector<std::string>{"ORG:Brillac"}));
}

TEST_F(RulesTest, AKnownNicknameBeforeASurnameIsAnotherPerson) {
  // "Kiko" is the lexicon's nickname of a footballer; "Kiko Vanders" is someone else, named
  // whole (per.known_then_surname), and keeps no link to the footballer.
  const std::string lexicon = std::string(kHeader) + "q1\tPER\tFrancisco Orviedo\tKiko\tcap=Kiko\n";
  EXPECT_EQ(Spans("Le Belge Kiko Vanders a battu le tenant du titre.", lexicon),
            (std::vector<std::string>{"PER:Kiko Vanders"}));
  EXPECT_EQ(Spans("Le public a ovationné Kiko samedi.", lexicon),
            (std::vector<std::string>{"PER:Kiko"}));
}

// "Ville" is a Finnish first name and a place cue noun: after it, "de Paris" is no particle.
TEST_F(RulesTest, AFirstNameThatIsACueNounOpensNoParticleName) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tParis\t\t\n";
  EXPECT_EQ(Spans("Il travaille à la Ville de Paris depuis 2020.", lexicon),
            (std::vector<std::string>{"LOC:Paris"}));
  EXPECT_EQ(Spans("Elle a rencontré Ursula von der Leyen hier."),
            (std::vector<std::string>{"PER:Ursula von der Leyen"}));
  // An elided particle: "Jeanne d'Hauteserre".
  EXPECT_EQ(Spans("Elle a rencontré Jeanne d'Auberive hier."),
            (std::vector<std::string>{"PER:Jeanne d'Auberive"}));
}

// A natural place is named, not governed: after `l'île`, `le lac`, a first name opens the
// place's name; after an administrative noun it opens its office holder's.
TEST_F(RulesTest, AFirstNameAfterANaturalPlaceNounNamesThePlace) {
  EXPECT_EQ(Spans("Le navire a accosté près de l'atoll Marie Galante hier."),
            (std::vector<std::string>{"LOC:Marie Galante"}));
  EXPECT_EQ(Spans("Le président de la Région Marc Dutilleul a répondu."),
            (std::vector<std::string>{"PER:Marc Dutilleul"}));
  EXPECT_EQ(Spans("Le premier ministre de l'île Paul Vernier a répondu."),
            (std::vector<std::string>{"PER:Paul Vernier"}));
}

// A known organization followed by a first name and a surname is two names: the person said
// something to the agency (`a confié à l'AFP Brahim Ait Athmane`).
TEST_F(RulesTest, AKnownOrganizationDoesNotSwallowAPersonAfterIt) {
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tAFP\t\t\n";
  EXPECT_EQ(Spans("« Rien ne change », a confié à l'AFP Karim Benhadj, délégué syndical.", lexicon),
            (std::vector<std::string>{"ORG:AFP", "PER:Karim Benhadj"}));
  const std::string arena = std::string(kHeader) + "q1\tORG\tEricsson\t\t\n";
  EXPECT_EQ(Spans("Le concert aura lieu à l'Ericsson Globe en mai.", arena),
            (std::vector<std::string>{"ORG:Ericsson Globe"}));
}

// Sports positions are person roles (evidence/titles_roles.tsv): a name after one is a
// person's, its first name known or not.
TEST_F(RulesTest, ASportsPositionIntroducesAPerson) {
  EXPECT_EQ(Spans("Le gardien Tiwaz Okonkwo a arrêté deux tirs au but."),
            (std::vector<std::string>{"PER:Tiwaz Okonkwo"}));
  EXPECT_EQ(Spans("L'attaquante Zolwa Brekke a marqué en fin de match."),
            (std::vector<std::string>{"PER:Zolwa Brekke"}));
}

// The Arabic article written in lower case keeps the name word it opens inside the name.
TEST_F(RulesTest, ALowerCaseArabicArticleOpensANameWord) {
  EXPECT_EQ(Spans("Le colonel Karim Hassan al-Mansouri a quitté la capitale."),
            (std::vector<std::string>{"PER:Karim Hassan al-Mansouri"}));
  // Written in lower case throughout, it is an ordinary word.
  EXPECT_EQ(Spans("Karim Hassan est parti al-dente."),
            (std::vector<std::string>{"PER:Karim Hassan"}));
}

// A first name that is also an ordinary word is that word right after an article: "du Trésor"
// is the treasury, and the person is the name after it.
TEST_F(RulesTest, AFirstNameThatIsAWordIsTheWordAfterAnArticle) {
  EXPECT_EQ(Spans("Selon le secrétaire du Trésor Steven Mnuchin, la réforme sera prête."),
            (std::vector<std::string>{"PER:Steven Mnuchin"}));
  // Without the article the same word still opens a person's name.
  EXPECT_EQ(Spans("Le milieu de terrain Trésor Mbala a marqué deux buts."),
            (std::vector<std::string>{"PER:Trésor Mbala"}));
}

// A company noun, then the trade it is in (a lower-case complement), then the name.
TEST_F(RulesTest, ACueNounAndItsTradeBeforeTheName) {
  EXPECT_EQ(Spans("Hier, le fabricant de pneus Varnier a annoncé des pertes."),
            (std::vector<std::string>{"ORG:Varnier"}));
  EXPECT_EQ(Spans("Hier, la firme américaine de boîtes en plastique Tupperdal a fermé."),
            (std::vector<std::string>{"ORG:Tupperdal"}));
  EXPECT_EQ(Spans("Le géant de l'agroalimentaire Dorlane recrute."),
            (std::vector<std::string>{"ORG:Dorlane"}));
  EXPECT_EQ(Spans("Hier, l'ONG de défense des droits humains Varlena a publié un rapport."),
            (std::vector<std::string>{"ORG:Varlena"}));
  EXPECT_EQ(Spans("Hier, la compagnie aérienne à bas coût Volvair a publié ses comptes."),
            (std::vector<std::string>{"ORG:Volvair"}));
  // The same after a product noun.
  EXPECT_EQ(Spans("La plateforme de streaming Dorvex a perdu des abonnés."),
            (std::vector<std::string>{"PRODUCT:Dorvex"}));
  // A first name after the trade opens a person's name, as after the cue noun alone.
  EXPECT_EQ(Spans("Le directeur du groupe de presse Paul Vernier a démissionné."),
            (std::vector<std::string>{"PER:Paul Vernier"}));
}

// A club's initials then its town are one organization, not a place.
TEST_F(RulesTest, AClubsInitialsAndItsTownAreOneName) {
  const std::string lexicon = std::string(kHeader) + "p1\tLOC\tNantes\t\t\np2\tLOC\tRome\t\t\n";
  EXPECT_EQ(Spans("Le HBC Nantes a battu l'AS Rome hier soir.", lexicon),
            (std::vector<std::string>{"ORG:HBC Nantes", "ORG:AS Rome"}));
  // Without the initials the town stays a place.
  EXPECT_EQ(Spans("Le match a eu lieu à Nantes.", lexicon),
            (std::vector<std::string>{"LOC:Nantes"}));
}

// A first name alone, then an age, is a person (a witness named as the press names them); a
// place a list holds keeps its sense.
TEST_F(RulesTest, AFirstNameThenAnAgeIsAPerson) {
  const std::string lexicon = std::string(kHeader) + "p1\tLOC\tValmorie\t\t\n";
  EXPECT_EQ(Spans("Marco, 32 ans, habite à Valmorie. Valmorie, 32 ans après, a changé.", lexicon),
            (std::vector<std::string>{"PER:Marco", "LOC:Valmorie", "LOC:Valmorie"}));
}

// A name in full, then an age, is a person whatever the first name; an organization cue word
// opens no such name ("le Groupe Valmorie Industries, 32 ans après").
TEST_F(RulesTest, AFullNameThenAnAgeIsAPerson) {
  const std::string lexicon = std::string(kHeader);
  EXPECT_EQ(Spans("La police a interpellé Wassyl Kovtun, 54 ans, mardi.", lexicon),
            (std::vector<std::string>{"PER:Wassyl Kovtun"}));
  for (const std::string& s :
       Spans("Depuis, Groupe Orvane, 32 ans après sa fondation, a grandi.", lexicon))
    EXPECT_NE(s.substr(0, 4), "PER:") << s;
}

// A club word spelled out, then de and its town, is the club; Stade is no such word, as le
// Stade de France is a venue.
TEST_F(RulesTest, AClubWordThenItsTownIsTheClub) {
  const std::string lexicon =
      std::string(kHeader) + "p1\tLOC\tValmorie\t\t\np2\tLOC\tBrestel\t\t\n";
  EXPECT_EQ(Spans("L'Olympique de Valmorie a battu le Racing Club de Brestel à Valmorie.", lexicon),
            (std::vector<std::string>{"ORG:Olympique de Valmorie", "ORG:Racing Club de Brestel",
                                      "LOC:Valmorie"}));
  EXPECT_EQ(Spans("Le concert aura lieu au Stade de Valmorie.", lexicon),
            (std::vector<std::string>{"LOC:Valmorie"}));
}

// A place noun names the place after de, d' or du.
TEST_F(RulesTest, APlaceNounNamesThePlaceAfterDu) {
  EXPECT_EQ(Spans("Les combats ont repris dans la région du Karvistan samedi."),
            (std::vector<std::string>{"LOC:Karvistan"}));
}

// An episode's Roman number belongs to the product's name; a person's regnal number is
// no product.
TEST_F(RulesTest, ARomanNumberAfterAKnownProductExtendsIt) {
  const std::string lexicon = std::string(kHeader) + "q1\tPRODUCT\tStar Kombat\t\t\n";
  EXPECT_EQ(Spans("Le jeu Star Kombat VI sortira en mai.", lexicon),
            (std::vector<std::string>{"PRODUCT:Star Kombat VI"}));
}

TEST_F(RulesTest, MonsieurIsACivilityNotAnInitial) {
  // "M. Brelan" names the Brelan already met, not a new person "M. Brelan"; real initials
  // still make a name.
  EXPECT_EQ(Spans("Victor Brelan a parlé. Il a salué M. Brelan puis J. K. Varnier."),
            (std::vector<std::string>{"PER:Victor Brelan", "PER:Brelan", "PER:J. K. Varnier"}));
}

TEST_F(RulesTest, AClubWordMarksAnOrganization) {
  // Before or after the name, even when the name starts like a person's or is a town's.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tValmorie\n";
  EXPECT_EQ(Spans("Le RC Brestel a battu le Valmorie FC, puis Marc FC a perdu.", lexicon),
            (std::vector<std::string>{"ORG:RC Brestel", "ORG:Valmorie FC", "ORG:Marc FC"}));
}

TEST_F(RulesTest, AnUnknownNameCoordinatedAfterAKnownPlaceIsAPlace) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tValmorie\n";
  EXPECT_EQ(Spans("Les forces ont bombardé Valmorie et Zastrava dans la nuit.", lexicon),
            (std::vector<std::string>{"LOC:Valmorie", "LOC:Zastrava"}));
  // Not a first name, and not the first word of a longer name.
  EXPECT_EQ(Spans("Il a quitté Valmorie et Sophie Renard est restée.", lexicon),
            (std::vector<std::string>{"LOC:Valmorie", "PER:Sophie Renard"}));
}

TEST_F(RulesTest, APossessiveBeforeATitleOrRoleIntroducesAPerson) {
  // "son capitaine X", "leur avocate X Y": the possessive stands where the article does.
  EXPECT_EQ(Spans("Le club veut prolonger son capitaine Marquelin. Elles ont consulté leur "
                  "avocate Ilona Varga."),
            (std::vector<std::string>{"PER:Marquelin", "PER:Ilona Varga"}));
}

TEST_F(RulesTest, AMultiWordCueNounIntroducesAnOrganization) {
  // "constructeur automobile", "groupe de presse", "usine" (evidence/org_cues.tsv): the name
  // after the whole cue phrase is the organization's.
  EXPECT_EQ(Spans("Le constructeur automobile Vorane et le groupe de presse Arvelin ont signé."),
            (std::vector<std::string>{"ORG:Vorane", "ORG:Arvelin"}));
  EXPECT_EQ(Spans("Les salariés de l'usine Brestel sont en grève."),
            (std::vector<std::string>{"ORG:Brestel"}));
}

TEST_F(RulesTest, ACapitalizedCueNounWithItsAdjectivesAndComplements) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tValmorie\n";
  EXPECT_EQ(Spans("Il a rejoint l'Union internationale de cyclisme puis l'Agence spatiale "
                  "norvégienne.",
                  lexicon),
            (std::vector<std::string>{"ORG:Union internationale de cyclisme",
                                      "ORG:Agence spatiale norvégienne"}));
  EXPECT_EQ(Spans("Le Conseil national de la sécurité des transports a rendu son rapport à la "
                  "Fédération de football de Valmorie.",
                  lexicon),
            (std::vector<std::string>{"ORG:Conseil national de la sécurité des transports",
                                      "ORG:Fédération de football de Valmorie"}));
  // Any relational adjective (-ique, -al, -aire, -el, -ien, -iste) may follow the cue noun, not
  // only the hand-listed ones; a participle describes the thing and ends no name.
  EXPECT_EQ(Spans("Le Service hydrographique de Valmorie et l'Institut géologique ont publié une "
                  "carte. Le Musée restauré de Valmorie rouvre.",
                  lexicon),
            (std::vector<std::string>{"ORG:Service hydrographique de Valmorie",
                                      "ORG:Institut géologique", "LOC:Valmorie"}));
  // Prefixed continental adjectives are name adjectives too (curated/evidence/org_adjectives).
  EXPECT_EQ(Spans("La Banque interaméricaine de commerce et l'Union panafricaine des routes ont "
                  "signé."),
            (std::vector<std::string>{"ORG:Banque interaméricaine de commerce",
                                      "ORG:Union panafricaine des routes"}));
  // In lower case the noun is no name; a verb after the complement stays out.
  EXPECT_EQ(Spans("L'union des commerçants a parlé. La Fédération française de judo a annoncé "
                  "un stage.",
                  lexicon),
            (std::vector<std::string>{"ORG:Fédération française de judo"}));
}

TEST_F(RulesTest, ACapitalizedCueNounWithCoordinatedComplementsOrAdjectives) {
  // Two complements or two adjectives joined by "et" are one name, not a name cut at "et".
  EXPECT_EQ(Spans("La Direction des routes et ponts a publié un avis. Le Ministère de la culture "
                  "et de la jeunesse a répondu. L'Agence européenne spatiale et maritime se tait."),
            (std::vector<std::string>{"ORG:Direction des routes et ponts",
                                      "ORG:Ministère de la culture et de la jeunesse",
                                      "ORG:Agence européenne spatiale et maritime"}));
}

TEST_F(RulesTest, AServiceThatSpeaksIsItsCompany) {
  const std::string lexicon = std::string(kHeader) +
                              "q1\tPRODUCT\tChirpnet\t\tservice=1\n"
                              "q2\tORG\tMacrosoft\t\t\n";
  EXPECT_EQ(Spans("Le ministre a écrit sur Chirpnet que la loi passera.", lexicon),
            (std::vector<std::string>{"PRODUCT:Chirpnet"}));
  EXPECT_EQ(Spans("Chirpnet accuse Macrosoft d'avoir copié ses données. Les données de Chirpnet "
                  "sont précieuses.",
                  lexicon),
            (std::vector<std::string>{"ORG:Chirpnet", "ORG:Macrosoft", "ORG:Chirpnet"}));
}

TEST_F(RulesTest, AMediumNounTakesUpAnOutletOnly) {
  // "le journal" takes up an organization the lexicon knows as an outlet (kind=media) or the
  // text called one; any other organization in view is another outlet, unresolved.
  const std::string lexicon = std::string(kHeader) +
                              "q1\tORG\tNordpresse\t\tkind=media\n"
                              "q2\tORG\tDextera\t\t\n";
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text, lexicon); };
  EXPECT_EQ(speaker_of("Selon Nordpresse, le site fermera. Le journal affirme que la mairie a "
                       "menti."),
            "Nordpresse");
  EXPECT_EQ(speaker_of("Selon Dextera, le site fermera. Le journal affirme que la mairie a "
                       "menti."),
            "?");
  EXPECT_EQ(speaker_of("Le quotidien Dextera a enquêté. Le journal affirme que la mairie a "
                       "menti."),
            "Dextera");
}

TEST_F(RulesTest, ATownsBodyIsTheTown) {
  // "la mairie de X", "la ville de X": the town named after de. Alone, "la municipalité" takes
  // up the one town in view, never a place the lexicon knows as something else (kind=site);
  // two towns in view make it a guess.
  const std::string lexicon = std::string(kHeader) +
                              "t1\tLOC\tVarennes-Haut\t\tkind=commune\n"
                              "t2\tLOC\tBrestel\t\tkind=city\n"
                              "t3\tLOC\tTour Merlane\t\tkind=site\n";
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text, lexicon); };
  EXPECT_EQ(speaker_of("La mairie de Varennes-Haut affirme que le marché est annulé."),
            "Varennes-Haut");
  EXPECT_EQ(speaker_of("La ville de Brestel affirme que le marché est annulé."), "Brestel");
  EXPECT_EQ(speaker_of("Les piscines de Brestel fermeront. La municipalité affirme que des "
                       "travaux sont nécessaires."),
            "Brestel");
  EXPECT_EQ(speaker_of("La Tour Merlane fermera. La municipalité affirme que des travaux sont "
                       "nécessaires."),
            "?");
  EXPECT_EQ(speaker_of("Les piscines de Brestel et de Varennes-Haut fermeront. La mairie "
                       "affirme que des travaux sont nécessaires."),
            "?");
}

TEST_F(RulesTest, ARoleWithItsComplementIsItsNoun) {
  // "Marie Dufresne, ministre de la Santé": the role noun is "ministre", so "la ministre" takes
  // up its holder; the determiner's gender decides for a noun of both genders.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text); };
  EXPECT_EQ(speaker_of("Marie Dufresne, ministre de la Santé, a visité l'hôpital. La ministre a "
                       "affirmé que les moyens seraient renforcés."),
            "Marie Dufresne");
  EXPECT_EQ(speaker_of("Paul Dufresne, ministre de la Santé, a visité l'hôpital. La ministre a "
                       "affirmé que les moyens seraient renforcés."),
            "?");
  // Another complement is another post (GUIDELINE decision 15).
  EXPECT_EQ(speaker_of("Marie Dufresne, ministre de la Santé, a visité l'hôpital. La ministre "
                       "de la Culture a affirmé que les moyens seraient renforcés."),
            "?");
}

TEST_F(RulesTest, ANameAfterALongDescriptionIsTheSubject) {
  // "L'ancien patron du <long organization name> (ACRONYM), actuel président de X, Name, a …":
  // the name is the sentence's subject, and "Il" in the next sentence takes it up, however long
  // the organization's name (its words count once) or the description around it.
  auto speaker_of = [&](const std::string& text, const std::string& lexicon) {
    return SpeakerOf(text, lexicon);
  };
  const std::string known =
      std::string(kHeader) + "o1\tORG\tRassemblement pour la défense des libertés civiques\t\t\n";
  const std::string text =
      "L'ancien patron du Rassemblement pour la défense des libertés civiques (RDLC), actuel "
      "président de l'Assemblée nationale, Thierry Ndayizeye, a demandé de l'aide aux évêques. "
      "Il a également affirmé que le pays était prêt.";
  EXPECT_EQ(speaker_of(text, known), "Thierry Ndayizeye");
  // Unknown to every lexicon: the description goes on past its first complement.
  EXPECT_EQ(speaker_of(text, std::string(kHeader)), "Thierry Ndayizeye");
  // A clause inside the description: no apposition chain, no subject to take up.
  EXPECT_EQ(speaker_of("L'ancien patron du syndicat des cheminots qui a mené la grève, actuel "
                       "président de l'Assemblée nationale, Thierry Ndayizeye, a demandé de "
                       "l'aide aux évêques. Il a également affirmé que le pays était prêt.",
                       std::string(kHeader)),
            "?");
}

TEST_F(RulesTest, ADescriptionOpeningAParagraphTakesUpThePreviousTopic) {
  // A definite description at the head of a paragraph takes up the one person the previous
  // paragraph was about, as a pronoun would; not when the new paragraph introduced someone
  // first, nor when the previous one was about two people.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text); };
  EXPECT_EQ(speaker_of("Hugo Marchetti a annoncé sa candidature ce matin. Hugo Marchetti a quitté "
                       "le gouvernement en août.\n\nDans sa déclaration, le candidat a dressé un "
                       "portrait sombre du pays. Il affirme que les réformes ont échoué."),
            "Hugo Marchetti");
  EXPECT_EQ(speaker_of("Hugo Marchetti a annoncé sa candidature ce matin.\n\nUn militant a "
                       "applaudi. Le candidat a affirmé que les réformes ont échoué."),
            "?");
  EXPECT_EQ(speaker_of("Hugo Marchetti a annoncé sa candidature ce matin. Bruno Lavergne a "
                       "critiqué cette annonce.\n\nDans sa déclaration, le candidat a affirmé que "
                       "les réformes ont échoué."),
            "?");
}

// ---- Coreference ----

TEST_F(RulesTest, SurnameAndCivilityLinkToTheFullName) {
  Mentions(
      "Claire Fontanel dirige l’équipe. Fontanel a ensuite parlé. Selon Mme Fontanel, tout va "
      "bien.");
  ASSERT_EQ(analysis_.entities.size(), 1u);
  EXPECT_EQ(analysis_.entities[0].name, "Claire Fontanel");
  EXPECT_EQ(analysis_.mentions.size(), 3u);
  // A surname's particles come with it.
  EXPECT_EQ(Spans("Le Belge Thomas De Gendt gagne. De Gendt a attaqué seul."),
            (std::vector<std::string>{"PER:Thomas De Gendt", "PER:De Gendt"}));
}

TEST_F(RulesTest, AFullNameWrittenAgainIsTakenWhole) {
  // A name a cue found ("le romancier …"), whose first word no rule takes alone, written again
  // in full: the whole name, not its surname alone.
  EXPECT_EQ(Spans("Le romancier Tovaro Brizenal publie. Hier, Tovaro Brizenal a parlé."),
            (std::vector<std::string>{"PER:Tovaro Brizenal", "PER:Tovaro Brizenal"}));
}

TEST_F(RulesTest, ASurnameWithCapitalizedParticlesLinksToTheFullName) {
  // "Van Avermaet" is a name the rules find on their own; after "Greg Van Avermaet" it is the
  // same person, not a second one.
  Mentions("Greg Van Avermaet a gagné devant Pierre Morel. Van Avermaet a attaqué de loin.");
  ASSERT_EQ(analysis_.entities.size(), 2u);
  ASSERT_EQ(analysis_.mentions.size(), 3u);
  EXPECT_EQ(analysis_.mentions[0].entity, analysis_.mentions[2].entity);
  EXPECT_EQ(analysis_.entities[analysis_.mentions[2].entity].name, "Greg Van Avermaet");
}

TEST_F(RulesTest, AmbiguousShortFormsLinkToNeither) {
  Mentions("Paul Garnier et Julie Garnier sont arrivés. Garnier a parlé.");
  for (const Mention& m : analysis_.mentions)
    EXPECT_NE(doc_->analysis_text().substr(m.begin, m.end - m.begin), "Garnier");
}

TEST_F(RulesTest, AHeadlineSurnameLinksToTheFullNameLater) {
  // A headline names people by surname before the article names them in full.
  EXPECT_EQ(Spans("Athlétisme : triplé historique pour Varlon au 100 m\nLe Jamaïcain Desmond "
                  "Varlon a gagné dimanche. Varlon a ensuite salué le public."),
            (std::vector<std::string>{"PER:Varlon", "PER:Desmond Varlon", "PER:Varlon"}));
  // Only in the headline: in the article's text, a surname before the full name stays alone.
  EXPECT_EQ(Spans("Le titre\nVarlon a gagné. Le Jamaïcain Desmond Varlon a salué le public."),
            (std::vector<std::string>{"PER:Desmond Varlon"}));
  // A headline word found as a place is not re-typed by a person named later.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tNancy\n";
  EXPECT_EQ(
      Spans("Nancy : la visite de la présidente\nLa présidente Nancy Pelosi est venue.", lexicon),
      (std::vector<std::string>{"LOC:Nancy", "PER:Nancy Pelosi"}));
  // A last word in capitals names no one alone: "Mwambutsa IV", then "IV".
  Mentions("Le roi Mwambutsa IV est mort en 1977. Le tome IV raconte sa vie.");
  for (const Mention& m : analysis_.mentions)
    EXPECT_NE(doc_->analysis_text().substr(m.begin, m.end - m.begin), "IV");
}

TEST_F(RulesTest, TypesFlowFromTheFullestMention) {
  // "Shaw" alone would be a town in this lexicon; after "Frank Shaw" it is the person.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tShaw\n";
  EXPECT_EQ(Spans("Frank Shaw a parlé. Ensuite Shaw a conclu.", lexicon),
            (std::vector<std::string>{"PER:Frank Shaw", "PER:Shaw"}));
}

// ---- Roles ----

TEST_F(RulesTest, RolesInAppositionAndBeforeTheName) {
  const std::string lexicon =
      std::string(kHeader) + "q1\tORG\tMicrosoft\n" + "q2\tPRODUCT\tTwitter\n";
  Mentions(
      "Le porte-parole de Microsoft, Frank Shaw, a parlé. Elon Musk, le propriétaire de "
      "Twitter, a répondu. Le président Karim Benali est venu.",
      lexicon);
  std::vector<std::string> roles;
  for (const Role& r : analysis_.roles) {
    roles.push_back(std::string(analysis_.entities[r.entity].name) + "=" + std::string(r.role) +
                    (r.of >= 0 ? "@" + std::string(analysis_.entities[r.of].name) : "") + "[" +
                    std::string(doc_->analysis_text().substr(r.begin, r.end - r.begin)) + "]");
  }
  EXPECT_EQ(roles, (std::vector<std::string>{
                       "Frank Shaw=porte-parole@Microsoft[porte-parole de Microsoft]",
                       "Elon Musk=propriétaire@Twitter[propriétaire de Twitter]",
                       "Karim Benali=président[président]"}));
}

TEST_F(RulesTest, RoleBeforeTheNameIsItsLongestPhrase) {
  // The backward scan meets "général" (a title of its own) first; the role is the phrase that
  // ends there, "secrétaire général", and "Premier ministre" is not "ministre". A civility
  // may stand between the role's comma and the name ("Me"), adjectives between the role and
  // the name after it ("lensois").
  const std::string lexicon = std::string(kHeader) + "q1\tORG\tCGT\n";
  Mentions(
      "Le secrétaire général de la CGT, Laurent Brunet, a parlé. Le Premier ministre Karim "
      "Benali est venu. L'avocate de la famille, Me Claire Vasseur, a plaidé. L'entraîneur "
      "lensois Will Stoll a gagné.",
      lexicon);
  const std::vector<std::string> roles = RoleStrings();
  EXPECT_EQ(roles, (std::vector<std::string>{
                       "Laurent Brunet=secrétaire général[secrétaire général de la CGT]",
                       "Karim Benali=Premier ministre[Premier ministre]",
                       "Claire Vasseur=avocate[avocate de la famille]",
                       "Will Stoll=entraîneur[entraîneur lensois]"}));
}

TEST_F(RulesTest, ARoleTakenAsAPredicateIsTheNamesRole) {
  // "a été élue maire de", "est ministre de": the role is the person's; its complement ends at a
  // function word that joins none ("depuis"). "est un avocat" names a kind, and "a été reçue
  // par le maire" someone else's post: no role.
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tBrest\n";
  Mentions(
      "Claire Vasseur a été élue maire de Brest. Karim Benali est ministre de la Santé depuis "
      "mai. Will Stoll est un avocat connu. Ana Morel a été reçue par le maire.",
      lexicon);
  const std::vector<std::string> roles = RoleStrings();
  EXPECT_EQ(roles,
            (std::vector<std::string>{"Claire Vasseur=maire[maire de Brest]",
                                      "Karim Benali=ministre de la Santé[ministre de la Santé]"}));
  // The claims stage then ties the role noun to her: "La nouvelle maire" is Claire Vasseur.
  Mentions(
      "Claire Vasseur a été élue maire de Brest. La nouvelle maire a promis de rénover le port.",
      lexicon);
  ASSERT_EQ(analysis_.claims.size(), 1u);
  ASSERT_GE(analysis_.claims[0].speaker.entity, 0);
  EXPECT_EQ(analysis_.entities[analysis_.claims[0].speaker.entity].name, "Claire Vasseur");
}

// ---- Rule files ----

TEST_F(RulesTest, BadRulesFailWithFileLineAndReason) {
  struct Case {
    std::string content, expected;
  } cases[] = {
      {"id\ttype\tpattern\nr1\tPER\tre:(unclosed\n", "bad.rules:2: rule r1: missing )"},
      {"id\ttype\tpattern\nr1\tPER\t@nonsense\n", "bad.rules:2: unknown class '@nonsense'"},
      // An entity element takes exclusions only, and one type.
      {"id\ttype\tpattern\nr1\tPER\t@ORG&upper\n", "bad.rules:2: unknown class '@ORG&upper'"},
      {"id\ttype\tpattern\nr1\tPER\t@ORG&!PER\n", "bad.rules:2: unknown class '@ORG&!PER'"},
      {"id\ttype\tpattern\nr1\tCITY\t@name\n", "bad.rules:2: unknown type 'CITY'"},
      {"id\ttype\tpattern\nr1\tLOC,later\t@name\n", "bad.rules:2: unknown type flag 'later'"},
      {"id\ttype\tpattern\nr1\tLOC,first\tre:A[0-9]+\n",
       "bad.rules:2: EVENT and first rules must be token patterns"},
      {"id\ttype\tpattern\nr1\tPER\t@name\nr1\tORG\t@upper\n", "bad.rules:3: duplicate rule id"},
      {"id\ttype\tpattern\nr1\tPER\t<@name\n", "bad.rules:2: '<' and '>'"},
      {"rule\tpattern\n", "bad.rules:1: header"},
  };
  for (const Case& c : cases) {
    std::unique_ptr<Pipeline> pipeline;
    const Status s = Make(&pipeline, "", {Write("bad.rules", c.content)});
    EXPECT_EQ(s.code(), StatusCode::kDataError) << c.content;
    EXPECT_NE(s.message().find(c.expected), std::string::npos) << s.message();
  }
}

TEST_F(RulesTest, UserRegexRuleWithNamedGroup) {
  ExpectNickRuleFindsTonton("re:surnommé (?P<e>\\p{Lu}\\p{Ll}+)");
}

// Former bugs: every rule that may start at a token is tried, however many: the candidates were
// once cut at 256 without a word, and rule indices were 16 bits wide (65,536 rules).
TEST_F(RulesTest, EveryRuleThatMayStartAtATokenIsTried) {
  for (const int fillers : {300, 65'600}) {
    // `fillers` rules start on the word "blorp" (all are candidates there) and fail on the next
    // token; the last rule of the file is the one that matches.
    std::string content = "id\ttype\tpattern\n";
    for (int i = 0; i < fillers; ++i)
      content += "filler" + std::to_string(i) + "\tPRODUCT\tblorp =Nope" + std::to_string(i) + "\n";
    content += "late\tPRODUCT\tblorp zingue zangue\n";
    std::unique_ptr<Pipeline> pipeline;
    const Status s = Make(&pipeline, "", {Write("many.rules", content)});
    ASSERT_TRUE(s.ok()) << s.ToString();
    const Document doc{std::string("Le nouveau Blorp Zingue Zangue est sorti.")};
    Analysis a;
    pipeline->Analyze(doc, &a);
    ASSERT_EQ(a.mentions.size(), 1u) << fillers;
    EXPECT_EQ(
        doc.analysis_text().substr(a.mentions[0].begin, a.mentions[0].end - a.mentions[0].begin),
        "Blorp Zingue Zangue");
    EXPECT_EQ(a.mentions[0].via, "rule:late") << fillers;
  }
}

// A rule that requires a text further on (`=Zorg`) or class bits (`@upper`) matches only where
// a token from its start to the sentence's end has them: one before the start, or past the
// sentence's end, does not count (the candidates are screened by what lies ahead of each start
// token, RuleBlockedCache).
TEST_F(RulesTest, ARuleNeedingATokenFurtherOnMatchesOnlyWhereItFollowsInTheSentence) {
  const std::string content =
      "id\ttype\tpattern\nzorg\tPRODUCT\t<blorp @cap> =Zorg\n"
      "loud\tPRODUCT\t<blorp @cap> @any? @upper\n";
  std::unique_ptr<Pipeline> pipeline;
  const Status s = Make(&pipeline, "", {Write("needs.rules", content)});
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Le Blorp Vornel Zorg est sorti.", "Blorp Vornel(rule:zorg)"},
      {"Zorg et le Blorp Vornel sont sortis.", ""},
      {"Zorg. Le Blorp Vornel est sorti.", ""},
      {"Le Blorp Vornel est sorti. Zorg aussi.", ""},
      {"Le Blorp Vornel et ABCD sont sortis.", "Blorp Vornel(rule:loud)"},
      {"ABCD et le Blorp Vornel sont sortis.", ""},
      // Both in one document: each start token sees its own sentence.
      {"Le Blorp Vornel est sorti. Le Blorp Kantel Zorg aussi.", "Blorp Kantel(rule:zorg)"},
  };
  for (const auto& [text, want] : cases) {
    const Document doc{std::string(text)};
    Analysis a;
    pipeline->Analyze(doc, &a);
    std::string got;
    for (const Mention& m : a.mentions)
      if (m.via == "rule:zorg" || m.via == "rule:loud")
        got += std::string(doc.analysis_text().substr(m.begin, m.end - m.begin)) + "(" +
               std::string(m.via) + ")";
    EXPECT_EQ(got, want) << text;
  }
}

// A rule whose first element is optional is loaded as two (the element required, the element
// left out): it matches with the context and without it, and the mention is the same.
TEST_F(RulesTest, AnOptionalFirstElementMatchesWithAndWithoutIt) {
  const std::string content =
      "id\ttype\tpattern\nclub\tORG\tle|au? <=KBC @cap>\tle KBC Brestel, KBC Brestel\n";
  std::unique_ptr<Pipeline> pipeline;
  const Status s = Make(&pipeline, "", {Write("optional.rules", content)});
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (const char* text : {"Hier, le KBC Vornel a gagné.", "Hier, KBC Vornel a gagné."}) {
    const Document doc{std::string(text)};
    Analysis a;
    pipeline->Analyze(doc, &a);
    ASSERT_EQ(a.mentions.size(), 1u) << text;
    EXPECT_EQ(
        doc.analysis_text().substr(a.mentions[0].begin, a.mentions[0].end - a.mentions[0].begin),
        "KBC Vornel")
        << text;
    EXPECT_EQ(a.mentions[0].via, "rule:club") << text;
  }
}

// ---- Accent-exact words ----

// Former bug: rule words were compared folded, so the preposition `à` of the organization and
// place rules also took the verb "a" (`l'armée a repris Brezonde`: an organization).
TEST_F(RulesTest, ARuleWordWithADiacriticTakesOnlyTokensWithIt) {
  const std::string lexicon = std::string(kHeader) + "q1\tLOC\tChili\n";
  EXPECT_EQ(Spans("L'armée a repris Brezonde au Chili.", lexicon),
            (std::vector<std::string>{"LOC:Chili"}));
  EXPECT_EQ(Spans("Il est arrivé à Brezonde au Chili.", lexicon),
            (std::vector<std::string>{"LOC:Brezonde", "LOC:Chili"}));
  // A capital: with its accent, or without, as French capitals are often written.
  EXPECT_EQ(Spans("À Brezonde, au Chili, il pleut.", lexicon),
            (std::vector<std::string>{"LOC:Brezonde", "LOC:Chili"}));
  EXPECT_EQ(Spans("A Brezonde, au Chili, il pleut.", lexicon),
            (std::vector<std::string>{"LOC:Brezonde", "LOC:Chili"}));
}

// A word written with a diacritic takes the tokens spelled so, case aside; one written without
// takes every spelling of its folded key, as before; both kinds share one element.
TEST_F(RulesTest, AccentExactAndFoldedWordsInUserRules) {
  const std::string content =
      "id\ttype\tpattern\n"
      "near\tLOC\tprès de <@cap>\n"
      "loose\tORG\tpres|cote <@cap>\n"
      "where\tPER\tlà où|ou <@cap>\n";
  std::unique_ptr<Pipeline> pipeline;
  const Status s = Make(&pipeline, "", {Write("accents.rules", content)});
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Il habite près de Vornel.", "Vornel(rule:near)"},
      {"Il habite pres de Vornel.", ""},
      {"Il habite PRÈS DE Vornel.", "Vornel(rule:near)"},
      {"Il habite PRES DE Vornel.", "Vornel(rule:near)"},
      {"Il habite Près de Vornel.", "Vornel(rule:near)"},
      {"Il habite prés de Vornel.", ""},
      {"On le voit près Vornel.", "Vornel(rule:loose)"},
      {"On le voit pres Vornel.", "Vornel(rule:loose)"},
      {"On le voit côte Vornel.", "Vornel(rule:loose)"},
      {"Il va là où Vornel dort.", "Vornel(rule:where)"},
      {"Il va là ou Vornel dort.", "Vornel(rule:where)"},
      {"Il va la où Vornel dort.", ""},
  };
  for (const auto& [text, want] : cases) {
    const Document doc{std::string(text)};
    Analysis a;
    pipeline->Analyze(doc, &a);
    std::string got;
    for (const Mention& m : a.mentions)
      if (m.via == "rule:near" || m.via == "rule:loose" || m.via == "rule:where")
        got += std::string(doc.analysis_text().substr(m.begin, m.end - m.begin)) + "(" +
               std::string(m.via) + ")";
    EXPECT_EQ(got, want) << text;
  }
}

TEST(RulePatternTest, AccentExactSpellings) {
  EXPECT_TRUE(internal::HasDiacritic("à"));
  EXPECT_TRUE(internal::HasDiacritic("société"));
  EXPECT_TRUE(internal::HasDiacritic("français"));
  EXPECT_FALSE(internal::HasDiacritic("a"));
  EXPECT_FALSE(internal::HasDiacritic("d’"));
  EXPECT_FALSE(internal::HasDiacritic("œuvre"));
  EXPECT_EQ(internal::SpellingOf("Été"), "été");
  EXPECT_EQ(internal::SpellingOf("jusqu’à"), "jusqu'à");
  EXPECT_TRUE(internal::SpelledAs("à", "à"));
  EXPECT_TRUE(internal::SpelledAs("À", "à"));
  EXPECT_TRUE(internal::SpelledAs("A", "à"));
  EXPECT_FALSE(internal::SpelledAs("a", "à"));
  EXPECT_FALSE(internal::SpelledAs("â", "à"));
  EXPECT_TRUE(internal::SpelledAs("ÉTÉ", "été"));
  EXPECT_TRUE(internal::SpelledAs("ETE", "été"));
  EXPECT_TRUE(internal::SpelledAs("Eté", "été"));
  EXPECT_FALSE(internal::SpelledAs("ete", "été"));
  EXPECT_FALSE(internal::SpelledAs("eté", "été"));
  EXPECT_TRUE(internal::SpelledAs("jusqu’à", "jusqu'à"));
  EXPECT_FALSE(internal::SpelledAs("été", "étés"));
  EXPECT_FALSE(internal::SpelledAs("étés", "été"));
}

// Former bug: RE2 was asked for at most 10 submatches, so a rule whose `e` was group 10 or later
// never fired.
TEST_F(RulesTest, UserRegexRuleWhoseEntityIsGroupTenOrLater) {
  // Ten groups before `e` (each may match nothing): `e` is group 11.
  ExpectNickRuleFindsTonton(
      "re:(a)?(b)?(c)?(d)?(f)?(g)?(h)?(i)?(j)?(k)?surnommé (?P<e>\\p{Lu}\\p{Ll}+)");
}

// ---- Roman numerals ----

// MatchesRomanPattern, which reads without backtracking, says what RE2 says of every text of up
// to six letters among those of Roman numerals and one other.
TEST(RulePatternTest, MatchesRomanPatternIsTheRegexsAnswer) {
  const RE2 pattern("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  ASSERT_TRUE(pattern.ok());
  const std::string letters = "MDCLXVIA";
  std::vector<std::string> texts = {""}, shorter = {""};
  for (size_t length = 1; length <= 6; ++length) {
    std::vector<std::string> longer;
    for (const std::string& t : shorter)
      for (char c : letters) longer.push_back(t + c);
    texts.insert(texts.end(), longer.begin(), longer.end());
    shorter = std::move(longer);
  }
  for (const std::string& text : texts)
    ASSERT_EQ(internal::MatchesRomanPattern(text), RE2::FullMatch(text, pattern)) << text;
  EXPECT_TRUE(internal::MatchesRomanPattern("MMMCMXCIX"));
  EXPECT_FALSE(internal::MatchesRomanPattern("IIII"));
}

// ---- Exact texts (=word) ----

// The table of an element's exact texts by byte size gives the first word of each size that a
// binary search over the sorted words gives, with words of every size (none, several, 63 bytes
// and more) and with too many words for the table (then it is a binary search).
TEST(RulePatternTest, FirstExactOfSizeIsTheBinarySearchsAnswer) {
  for (size_t count : {size_t{0}, size_t{1}, size_t{7}, size_t{89}, internal::kMaxIndexedExact,
                       internal::kMaxIndexedExact + 1, size_t{600}}) {
    internal::Element e;
    e.kind = internal::ElementKind::kExact;
    for (size_t i = 0; i < count; ++i)
      e.words.push_back(std::string(1 + (i * 7919) % 80, static_cast<char>('a' + i % 26)));
    std::sort(e.words.begin(), e.words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    internal::IndexExactWords(&e);
    EXPECT_EQ(e.exact_indexed, count <= internal::kMaxIndexedExact);
    for (size_t size = 0; size <= 100; ++size) {
      const size_t expected = static_cast<size_t>(
          std::partition_point(e.words.begin(), e.words.end(),
                               [&](const std::string& w) { return w.size() < size; }) -
          e.words.begin());
      EXPECT_EQ(internal::FirstExactOfSize(e, size), expected) << count << " words, size " << size;
    }
  }
}

// MatchesExact, which stops at the first word of a larger first byte, says what a linear search
// over the words says: for each word, for texts that differ from one in a byte (first, last, or a
// byte of 0x80 and more, which sorts after ASCII) and for texts of no word's size.
TEST(RulePatternTest, MatchesExactIsTheLinearSearchsAnswer) {
  const std::vector<std::string> texts = {"SA",         "SAS",
                                          "Sa",         "sa",
                                          "AG",         "\xc3\xa9t\xc3\xa9",
                                          "\xc3\xa9ta", "Inc",
                                          "inc",        "Ltd",
                                          "GmbH",       "Corp.",
                                          "&",          "Co",
                                          "zz",         "\xe2\x80\x99s",
                                          "",           std::string(70, 'x')};
  for (size_t count : {size_t{0}, size_t{1}, size_t{5}, texts.size()}) {
    internal::Element e;
    e.kind = internal::ElementKind::kExact;
    for (size_t i = 0; i < count; ++i) {
      e.words.push_back(texts[i]);
      e.exact_lengths |= uint64_t{1} << std::min<size_t>(texts[i].size(), 63);
    }
    std::sort(e.words.begin(), e.words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    internal::IndexExactWords(&e);
    std::vector<std::string> probes = texts;
    for (const std::string& t : texts) {
      if (t.empty()) continue;
      for (const size_t at : {size_t{0}, t.size() - 1})
        for (const char c : {'\x01', 'B', 'a', '\x7f', '\x80', '\xc3', '\xff'}) {
          std::string probe = t;
          probe[at] = c;
          probes.push_back(probe);
        }
      probes.push_back(t + "s");
    }
    for (const std::string& probe : probes) {
      const bool listed = std::find(e.words.begin(), e.words.end(), probe) != e.words.end();
      EXPECT_EQ(internal::MatchesExact(e, probe), listed) << count << " words, '" << probe << "'";
    }
  }
}

TEST_F(RulesTest, AMediumNounTakesUpTheOutletNamedWithItOnlyWhenNoOtherOrganizationCameSince) {
  // "le quotidien" takes up the outlet an earlier sentence introduced with that noun, unless
  // another organization was named since (either could be meant), or a nationality makes it
  // one outlet among that country's ("le quotidien libanais").
  const std::string lexicon = std::string(kHeader) + "o1\tORG\tGazette du Vallon\t\t\n" +
                              "o2\tORG\tCourrier de Brenne\t\t\n";
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text, lexicon); };
  const std::string opening =
      "Le quotidien Gazette du Vallon a révélé mardi un rapport confidentiel sur l'usine.\n\n";
  EXPECT_EQ(speaker_of(opening + "La crise est grave. Le quotidien affirme que le maire doit "
                                 "démissionner."),
            "Gazette du Vallon");
  EXPECT_EQ(speaker_of(opening + "Pour le Courrier de Brenne, la crise est grave. Le quotidien "
                                 "affirme que le maire doit démissionner."),
            "?");
  EXPECT_EQ(speaker_of(opening + "La crise est grave. Le quotidien libanais affirme que le "
                                 "maire doit démissionner."),
            "?");
}

TEST_F(RulesTest, ANounTwoNamesWereGivenTakesUpNeither) {
  // Two people given the same role noun, or two organizations one of which the text introduced
  // with the noun: "le président", "le groupe" could be either, a guess (GUIDELINE decision 15).
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text, DexteraAndNorvalis()); };
  EXPECT_EQ(speaker_of("Le président Karim Benali a reçu le président malien Amadou Keïta mardi. "
                       "Le président affirme que les deux pays sont proches."),
            "?");
  EXPECT_EQ(speaker_of("Le maire de Brest, Paul Garnier, et le maire de Quimper, Éric Morvan, ont "
                       "signé l'accord. Le maire affirme que le projet sera financé."),
            "?");
  EXPECT_EQ(speaker_of("Le président Karim Benali a reçu des élus mardi. Le président affirme que "
                       "le pays est uni."),
            "Karim Benali");
  EXPECT_EQ(speaker_of("Le groupe Dextera a annoncé un plan social. Le constructeur japonais "
                       "Norvalis a salué la décision. Le groupe affirme que l'usine restera "
                       "ouverte."),
            "?");
  EXPECT_EQ(speaker_of("Le groupe Dextera a annoncé un plan social. Le groupe affirme que l'usine "
                       "restera ouverte."),
            "Dextera");
}

TEST_F(RulesTest, APronounAfterAClaimAboutSomeoneElseCouldBeEither) {
  // The last subject sits in the content of a claim another person of the pronoun's gender
  // made: "il" may take up the speaker or the one the claim is about, a guess.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text); };
  EXPECT_EQ(speaker_of("Selon Paul Garnier, Jean Morvan va démissionner. Il affirme que la "
                       "décision est prise."),
            "?");
  // Another gender decides.
  EXPECT_EQ(speaker_of("Selon Marie Garnier, Jean Morvan va démissionner. Il affirme que la "
                       "décision est prise."),
            "Jean Morvan");
}

TEST_F(RulesTest, APluralHeadBeforeQuiLeavesTheSingularVerbToThePersonInItsComplement) {
  // "aux accusations de Jean Morvan, qui affirme": "affirme" is singular, so the accusations
  // are not its subject; the person who made them is. A plural verb keeps the phrase.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text); };
  EXPECT_EQ(speaker_of("Paul Garnier a répondu aux accusations de Jean Morvan, qui affirme que les "
                       "comptes ont été falsifiés."),
            "Jean Morvan");
  EXPECT_EQ(speaker_of("Paul Garnier a répondu aux accusations de Jean Morvan, qui affirment que "
                       "les comptes ont été falsifiés."),
            "?");
}

TEST_F(RulesTest, APronounInsideAnotherPersonsDocumentIsNoGuess) {
  // "Dans ce courrier, il affirme": the letter's author, not the last subject, may speak; when
  // the text named another author ("une lettre de Jean Morvan"), the last subject is a guess.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text); };
  EXPECT_EQ(speaker_of("Paul Garnier a reçu une lettre de Jean Morvan. Dans ce courrier, il "
                       "affirme que le projet est abandonné."),
            "?");
  EXPECT_EQ(speaker_of("Paul Garnier a reçu une lettre de Marie Morvan. Dans ce courrier, il "
                       "affirme que le projet est abandonné."),
            "Paul Garnier");
}

TEST_F(RulesTest, AnOrganizationNounAfterTwoOrganizationsOfOneSentenceTakesUpNeither) {
  // Coordinated organizations, or a source and a subject of one sentence: "la compagnie",
  // "l'entreprise" could be either.
  auto speaker_of = [&](const std::string& text) { return SpeakerOf(text, DexteraAndNorvalis()); };
  EXPECT_EQ(speaker_of("La Dextera et la Norvalis ont annoncé une grève. La compagnie affirme que "
                       "le trafic sera perturbé."),
            "?");
  EXPECT_EQ(speaker_of("Selon Norvalis, Dextera a copié ses brevets. L'entreprise affirme que "
                       "le procès aura lieu."),
            "?");
  EXPECT_EQ(speaker_of("Dextera a annoncé une grève. La compagnie affirme que le trafic sera "
                       "perturbé."),
            "Dextera");
}

TEST_F(RulesTest, AnAcronymInBracketsAfterAnOrganizationItDoesNotSpellIsAnOrganization) {
  // The name in another language, or a body the organization belongs to: an organization of
  // its own, which a later bare use names; an acronym that spells the name is that name.
  const std::string lexicon = std::string(kHeader) + "o1\tORG\tDextera Logistique\t\t\n";
  EXPECT_EQ(Spans("Selon Dextera Logistique (DXL), la saison est lancée. Plus tard, DXL a "
                  "confirmé.",
                  lexicon),
            (std::vector<std::string>{"ORG:Dextera Logistique", "ORG:DXL", "ORG:DXL"}));
  EXPECT_EQ(analysis_.entities.size(), 2u);  // one DXL, apart from the long form
  EXPECT_EQ(Spans("Selon Dextera Logistique (DL), la saison est lancée.", lexicon),
            (std::vector<std::string>{"ORG:Dextera Logistique", "ORG:DL"}));
  EXPECT_EQ(analysis_.entities.size(), 1u);  // the acronym spells the name: the same entity
}

TEST_F(RulesTest, NoLexiconNameRunsAcrossAParagraphBreak) {
  // A headline's last word and the dateline's day are two paragraphs, not the channel "France 3";
  // a name broken by a single line break (hard-wrapped text) is still one name.
  const std::string lexicon =
      std::string(kHeader) + "l1\tLOC\tFrance\t\t\n" + "o1\tORG\tFrance 3\t\t\n";
  EXPECT_EQ(Spans("Basket : Marc Dupont reste sélectionneur de l'équipe de France\n\n3 septembre "
                  "2016 . – Il a été confirmé.",
                  lexicon),
            (std::vector<std::string>{"PER:Marc Dupont", "LOC:France"}));
  EXPECT_EQ(Spans("Le reportage de France\n3 a été diffusé hier.", lexicon),
            (std::vector<std::string>{"ORG:France\n3"}));
}

TEST_F(RulesTest, ACoordinatedFirstNameIsNamedWithTheSurnameAfterIt) {
  // "Thibault et Valérie Rondeau": two people; the first is Thibault Rondeau, though its mention
  // stays the first name alone. Its speaker then has the full name.
  EXPECT_EQ(Spans("Thibault et Valérie Rondeau affirment que le maire n'a rien fait."),
            (std::vector<std::string>{"PER:Thibault", "PER:Valérie Rondeau"}));
  std::vector<std::string> names;
  for (const Entity& e : analysis_.entities) names.push_back(std::string(e.name));
  EXPECT_EQ(names, (std::vector<std::string>{"Thibault Rondeau", "Valérie Rondeau"}));
  bool thibault_speaks = false;
  for (const Attribution& c : analysis_.claims)
    thibault_speaks |=
        c.speaker.entity >= 0 && analysis_.entities[c.speaker.entity].name == "Thibault Rondeau";
  EXPECT_TRUE(thibault_speaks);
  // A first name before "et" and a one-word name keeps its own name.
  Spans("Thibault et Rondeau sont partis.");
  for (const Entity& e : analysis_.entities) EXPECT_NE(e.name, "Thibault Rondeau");
}

}  // namespace
}  // namespace selon
