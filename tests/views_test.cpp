// The views of `--format text|tsv` and `selon summary` (src/views/): TSV escaping, the bounded
// top-k sketch, speaker gender evidence, the summary fold, and a RecordView from JSON.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "views/record_view.h"
#include "views/speaker_gender.h"
#include "views/summary.h"
#include "views/top_k.h"
#include "views/tsv_rows.h"

namespace selon::views {
namespace {

// ---- TSV escaping ----

TEST(TsvField, EscapesTabsLineBreaksAndBackslashes) {
  std::string out;
  AppendTsvField("a\tb\nc\rd\\e « f »", &out);
  EXPECT_EQ(out, "a\\tb\\nc\\rd\\\\e « f »");
  EXPECT_EQ(UnescapeTsvField(out), "a\tb\nc\rd\\e « f »");
}

TEST(TsvField, PlainTextIsUnchanged) {
  std::string out;
  AppendTsvField("l’Assemblée nationale", &out);
  EXPECT_EQ(out, "l’Assemblée nationale");
}

TEST(TsvRows, ParsesTheThreeKindsOnly) {
  TsvRows rows;
  EXPECT_TRUE(ParseTsvRows("mentions", &rows));
  EXPECT_EQ(rows, TsvRows::kMentions);
  EXPECT_FALSE(ParseTsvRows("claim", &rows));
}

// ---- TopK: the space-saving sketch ----

struct Nothing {};

TEST(TopK, ExactBelowCapacity) {
  TopK<Nothing> top(10);
  for (int i = 0; i < 5; ++i) top.Add("Paris");
  top.Add("Lyon", 3);
  top.Add("Brest");
  const auto items = top.Top(2);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->key, "Paris");
  EXPECT_EQ(items[0]->count, 5u);
  EXPECT_EQ(items[0]->error, 0u);
  EXPECT_EQ(items[1]->key, "Lyon");
  EXPECT_EQ(top.total(), 9u);
}

TEST(TopK, MemoryStaysBoundedAndHeavyKeysSurvive) {
  // 200,000 adds: three heavy keys among 50,000 rare ones, with 100 slots.
  TopK<Nothing> top(100);
  std::mt19937 rng(7);
  std::map<std::string, uint64_t> truth;
  for (int i = 0; i < 200000; ++i) {
    std::string key;
    const uint32_t r = rng() % 100;
    if (r < 10) {
      key = "Frank Shaw";
    } else if (r < 16) {
      key = "Claire Vasseur";
    } else if (r < 20) {
      key = "Mathieu Klein";
    } else {
      key = "rare " + std::to_string(rng() % 50000);
    }
    ++truth[key];
    top.Add(key);
    ASSERT_LE(top.size(), 100u);
  }
  const auto items = top.Top(3);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]->key, "Frank Shaw");
  EXPECT_EQ(items[1]->key, "Claire Vasseur");
  EXPECT_EQ(items[2]->key, "Mathieu Klein");
  for (const auto* item : top.Top(100)) {
    // count - error <= truth <= count, error <= total / capacity
    EXPECT_GE(item->count, truth[item->key]) << item->key;
    EXPECT_LE(item->count - item->error, truth[item->key]) << item->key;
    EXPECT_LE(item->error, top.total() / top.capacity()) << item->key;
  }
}

TEST(TopK, ReplacedKeyStartsWithAFreshPayload) {
  struct Count {
    int n = 0;
  };
  TopK<Count> top(1);
  top.Add("a").payload.n = 5;
  auto& b = top.Add("b");
  EXPECT_EQ(b.key, "b");
  EXPECT_EQ(b.payload.n, 0);
  EXPECT_EQ(b.count, 2u);
  EXPECT_EQ(b.error, 1u);
}

// ---- Speaker gender ----

class Gendered : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gender_ = new SpeakerGender();
    ASSERT_TRUE(gender_->Load(SELON_BUILD_DATA_DIR).ok());
  }
  static Gender Text(std::string_view speaker) {
    GenderVotes v;
    gender_->FromSpeakerText(speaker, &v);
    return v.Decide();
  }
  static Gender Cue(std::string_view cue) {
    GenderVotes v;
    gender_->FromCue(cue, &v);
    return v.Decide();
  }
  static SpeakerGender* gender_;
};
SpeakerGender* Gendered::gender_ = nullptr;

TEST_F(Gendered, PronounsAndInvertedSubjects) {
  EXPECT_EQ(Text("elle"), Gender::kFemale);
  EXPECT_EQ(Text("Il"), Gender::kMale);
  EXPECT_EQ(Text("elles"), Gender::kUnknown);  // a group
  EXPECT_EQ(Cue("a-t-elle dit"), Gender::kFemale);
  EXPECT_EQ(Cue("estime-t-il"), Gender::kMale);
  EXPECT_EQ(Cue("ont-ils affirmé"), Gender::kUnknown);
  EXPECT_EQ(Cue("a déclaré"), Gender::kUnknown);
}

TEST_F(Gendered, DeterminersCivilitiesAndNouns) {
  EXPECT_EQ(Text("la ministre de la Culture"), Gender::kFemale);
  EXPECT_EQ(Text("le ministre de la Culture"), Gender::kMale);
  EXPECT_EQ(Text("La porte-parole du gouvernement"), Gender::kFemale);
  EXPECT_EQ(Text("Mme Garnier"), Gender::kFemale);
  EXPECT_EQ(Text("M. Durand"), Gender::kMale);
  EXPECT_EQ(Text("la présidente du conseil"), Gender::kFemale);
  EXPECT_EQ(Text("la direction"), Gender::kUnknown);  // no person noun
  EXPECT_EQ(Text("l’opposition"), Gender::kUnknown);
}

TEST_F(Gendered, CivilityBeforeANameDeterminerBeforeARole) {
  GenderVotes v;
  gender_->FromWordBefore("Mme", /*role=*/false, &v);
  EXPECT_EQ(v.Decide(), Gender::kFemale);
  GenderVotes m;
  gender_->FromWordBefore("M.", /*role=*/false, &m);
  gender_->FromWordBefore("le", /*role=*/true, &m);
  EXPECT_EQ(m.Decide(), Gender::kMale);
  GenderVotes none;
  gender_->FromWordBefore("la", /*role=*/false, &none);  // before a name: no civility
  gender_->FromWordBefore("selon", /*role=*/true, &none);
  EXPECT_EQ(none.Decide(), Gender::kUnknown);
}

TEST_F(Gendered, FirstNamesOnlyWhenDecisive) {
  EXPECT_EQ(gender_->FromFirstName("Claire Vasseur"), Gender::kFemale);
  EXPECT_EQ(gender_->FromFirstName("Mathieu Klein"), Gender::kMale);
  EXPECT_EQ(gender_->FromFirstName("Dominique Lenoir"), Gender::kUnknown);  // under 90 %
  EXPECT_EQ(gender_->FromFirstName("Garnier"), Gender::kUnknown);           // a surname alone
}

TEST(GenderVotes, EvidenceBothWaysIsUnknown) {
  GenderVotes v;
  v.Add(Gender::kFemale);
  v.Add(Gender::kMale);
  EXPECT_EQ(v.Decide(), Gender::kUnknown);
}

// ---- A record from selon's JSON, digested and folded ----

const char* kRecord = R"({"schema":"selon/1","id":"d1","path":"a.txt","offsets":"codepoint",
  "length":120,"entities":[
   {"id":"e1","type":"PER","name":"Claire Vasseur","mentions":[{"start":10,"end":24,"text":"Claire Vasseur","sentence":0,"via":"lexicon"}],
    "roles":[{"role":"ministre","start":0,"end":8,"text":"ministre"}]},
   {"id":"e3","type":"ORG","name":"Le Monde","kb":"Q12461","mentions":[{"start":2,"end":10,"text":"Le Monde","sentence":0,"via":"lexicon"}]}],
  "claims":[
   {"id":"c1","kind":"direct","sentence":0,"speaker":{"start":30,"end":34,"text":"elle","entity":"e1"},
    "cue":{"start":25,"end":29,"text":"a-t-elle dit","lemma":"dire"},"content":{"start":40,"end":50,"text":"Non\tmerci"}},
   {"id":"c2","kind":"according_to","sentence":1,"speaker":{"start":60,"end":68,"text":"Le Monde","entity":"e3"},
    "cue":{"start":55,"end":60,"text":"Selon","lemma":"selon"},"content":{"start":70,"end":90,"text":"tout va bien"},
    "via":{"start":91,"end":96,"text":"l'AFP","entity":null}}]})";

TEST(RecordViewFromJson, EntitiesByIdMentionsInTextOrderClaimsWithParties) {
  const nlohmann::json record = nlohmann::json::parse(kRecord);
  RecordView view;
  std::string why;
  ASSERT_TRUE(ViewJsonRecord(record, &view, &why)) << why;
  EXPECT_EQ(view.id, "d1");
  ASSERT_EQ(view.entities.size(), 3u);  // e2 absent: no mention
  EXPECT_EQ(view.entities[1].mentions, 0u);
  EXPECT_EQ(view.entities[2].kb, "Q12461");
  ASSERT_EQ(view.mentions.size(), 2u);
  EXPECT_EQ(view.mentions[0].entity, 2u);  // Le Monde comes first in the text
  ASSERT_EQ(view.claims.size(), 2u);
  EXPECT_EQ(view.NameOf(view.claims[0].speaker), "Claire Vasseur");
  EXPECT_TRUE(view.claims[1].via.present);
  EXPECT_EQ(view.claims[1].via.entity, -1);

  std::string rows;
  WriteTsvRows(view, TsvRows::kClaims, &rows);
  EXPECT_NE(rows.find("\tNon\\tmerci\t"), std::string::npos) << rows;
}

TEST(RecordViewFromJson, RefusesWhatIsNotASelonRecord) {
  RecordView view;
  std::string why;
  EXPECT_FALSE(ViewJsonRecord(nlohmann::json::parse(R"({"id":1})"), &view, &why));
  EXPECT_FALSE(ViewJsonRecord(nlohmann::json::parse(R"([1])"), &view, &why));
  EXPECT_FALSE(ViewJsonRecord(
      nlohmann::json::parse(R"({"schema":"selon/1","claims":[{"kind":3}]})"), &view, &why));
}

// Offsets and counts must be non-negative integers: a float far out of range (found by the
// summary fuzzer) or a negative number is a refused record, not an undefined conversion.
TEST(RecordViewFromJson, RefusesOffsetsThatAreNoNonNegativeIntegers) {
  for (const char* bad : {"1.13333e+36", "-4", "2.5", "\"4\""}) {
    const std::string text = std::string(R"({"schema":"selon/1","entities":[],"claims":[)") +
                             R"({"kind":"direct","sentence":0,"cue":{"start":)" + bad +
                             R"(,"end":9,"text":"a déclaré"},"content":{"start":0,"end":3,)" +
                             R"("text":"Oui"}}]})";
    RecordView view;
    std::string why;
    EXPECT_FALSE(ViewJsonRecord(nlohmann::json::parse(text), &view, &why)) << bad;
    EXPECT_NE(why, "") << bad;
  }
}

// An entity id past the record's own list (found by the summary fuzzer: "e38888888" among two
// entities) is a refused record, not 38 million views allocated.
TEST(RecordViewFromJson, RefusesAnEntityIdPastTheRecordsEntities) {
  const auto record = nlohmann::json::parse(
      R"({"schema":"selon/1","entities":[{"id":"e1","type":"PER","name":"Garnier","mentions":[]},)"
      R"({"id":"e38888888","type":"PER","name":"Durand","mentions":[]}],"claims":[]})");
  RecordView view;
  std::string why;
  EXPECT_FALSE(ViewJsonRecord(record, &view, &why));
  EXPECT_NE(why, "");
  EXPECT_LT(view.entities.size(), 3u);
}

TEST(Summary, FoldsDigestsIntoTotalsAndRankings) {
  SpeakerGender gender;
  ASSERT_TRUE(gender.Load(SELON_BUILD_DATA_DIR).ok());
  const nlohmann::json record = nlohmann::json::parse(kRecord);
  RecordView view;
  std::string why, digests;
  ASSERT_TRUE(ViewJsonRecord(record, &view, &why)) << why;
  DigestRecord(view, gender, &digests);
  DigestRecord(view, gender, &digests);
  RecordView failed;
  failed.error = true;
  DigestRecord(failed, gender, &digests);
  Summary summary;
  summary.Fold(digests);
  std::string out;
  summary.WriteJson(5, &out);
  const nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["error_records"], 1);
  EXPECT_EQ(j["claims"]["total"], 4);
  EXPECT_EQ(j["claims"]["direct"], 2);
  EXPECT_EQ(j["top_speakers"][0]["name"], "Claire Vasseur");
  EXPECT_EQ(j["top_speakers"][0]["documents"], 2);
  EXPECT_EQ(j["top_speakers"][0]["gender"], "F");
  EXPECT_EQ(j["top_via"][0]["source"], "l'AFP");
  EXPECT_EQ(j["gender"]["speakers_female"], 2);  // Claire Vasseur, once per document
  EXPECT_EQ(j["gender"]["speakers_male"], 0);    // Le Monde is no person
  EXPECT_EQ(j["entities"]["ORG"][0]["mentions"], 2);
}

}  // namespace
}  // namespace selon::views
