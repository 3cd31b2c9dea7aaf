// The scorer of `selon eval` on small hand-made gold/prediction pairs with
// known answers.
#include "eval/eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace selon {
namespace {

using json = nlohmann::json;

// A record with one entity per (type, start, end, text) mention.
json Record(const std::vector<std::tuple<std::string, uint64_t, uint64_t>>& mentions) {
  json entities = json::array();
  int id = 1;
  for (const auto& [type, start, end] : mentions) {
    entities.push_back({{"id", "e" + std::to_string(id++)},
                        {"type", type},
                        {"name", "x"},
                        {"mentions", json::array({{{"start", start}, {"end", end}}})}});
  }
  return {{"schema", "selon/1"}, {"entities", entities}, {"claims", json::array()}};
}

GoldDocument Gold(std::vector<GoldMention> entities) {
  GoldDocument doc;
  doc.id = "doc";
  doc.has_entities = true;
  doc.entities = std::move(entities);
  return doc;
}

// ---- Gold readers ----

TEST(EvalBrat, MapsTypesAndIgnoresOthers) {
  const std::string ann =
      "T1\tLocation 0 6\tFrance\n"
      "T2\tDate 8 20\t3 mars 2024\n"
      "#1\tAnnotatorNotes T1\tun commentaire\n"
      "T3\tPerson 22 35\tAnne Hidalgo\n";
  std::vector<GoldMention> m;
  ASSERT_TRUE(ParseBratAnnotations(ann, "a.ann", DefaultTypeMap(), &m).ok());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, "LOC");
  EXPECT_EQ(m[0].text, "France");
  EXPECT_EQ(m[1].type, "PER");
  EXPECT_EQ(m[1].start, 22u);
}

TEST(EvalBrat, ReducesNestedSpansToTopLevel) {
  // "Peugeot 307" Product holds "Peugeot" Organization; "Gare de Lyon" holds
  // "Lyon".
  const std::string ann =
      "T1\tProduct 10 21\tPeugeot 307\n"
      "T2\tOrganization 10 17\tPeugeot\n"
      "T3\tLocation 30 42\tGare de Lyon\n"
      "T4\tLocation 38 42\tLyon\n";
  std::vector<GoldMention> m;
  ASSERT_TRUE(ParseBratAnnotations(ann, "a.ann", DefaultTypeMap(), &m).ok());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, "PRODUCT");
  EXPECT_EQ(m[0].end, 21u);
  EXPECT_EQ(m[1].start, 30u);
}

TEST(EvalBrat, NestedInsideIgnoredTypeStays) {
  // An Event is not mapped, so the Location inside it is top level among what
  // is scored.
  const std::string ann = "T1\tEvent 0 20\tJeux de Marseille\nT2\tLocation 9 18\tMarseille\n";
  std::vector<GoldMention> m;
  ASSERT_TRUE(ParseBratAnnotations(ann, "a.ann", DefaultTypeMap(), &m).ok());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].type, "LOC");
}

TEST(EvalBrat, DiscontinuousSpanCoversItsFragments) {
  std::vector<GoldMention> m;
  ASSERT_TRUE(
      ParseBratAnnotations("T1\tPerson 0 4;10 15\tJean Dupont\n", "a.ann", DefaultTypeMap(), &m)
          .ok());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].start, 0u);
  EXPECT_EQ(m[0].end, 15u);
}

TEST(EvalBrat, BadLineNamesFileAndLine) {
  std::vector<GoldMention> m;
  const Status s = ParseBratAnnotations("T1\tPerson 0 4\tJean\nT2\tPerson x 9\tDupont\n", "b.ann",
                                        DefaultTypeMap(), &m);
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_NE(s.message().find("b.ann:2:"), std::string::npos) << s.message();
}

TEST(EvalTypeMap, ParsesAndRejects) {
  TypeMap map;
  ASSERT_TRUE(ParseTypeMap("PERS=PER,ORGA=ORG", &map).ok());
  EXPECT_EQ(map.size(), 2u);
  EXPECT_EQ(MapEntityType(map, "PERS"), "PER");
  EXPECT_EQ(MapEntityType(map, "Person"), "");
  EXPECT_EQ(MapEntityType(map, "LOC"),
            "LOC");  // selon's own types map to themselves
  EXPECT_FALSE(ParseTypeMap("Person=PERSON", &map).ok());
  EXPECT_FALSE(ParseTypeMap("Person", &map).ok());
}

TEST(EvalJsonGold, ReadsJsonLinesAndOneObject) {
  const std::string jsonl =
      R"({"id": "a", "path": "a.txt", "claims": []})"
      "\n\n"
      R"({"path": "b.txt", "claims": [{"kind": "direct", "cue": [0, 2], "speaker": null, )"
      R"("speaker_name": null, "content": [5, 9]}]})"
      "\n";
  std::vector<GoldDocument> docs;
  ASSERT_TRUE(ParseJsonGold(jsonl, "g.jsonl", DefaultTypeMap(), &docs).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].id, "b.txt");
  EXPECT_EQ(docs[1].source, "g.jsonl:3");
  ASSERT_EQ(docs[1].claims.size(), 1u);
  EXPECT_FALSE(docs[1].claims[0].speaker.has_value());

  const std::string pretty = R"({
  "id": "seed", "path": "s.txt",
  "entities": [{"start": 0, "end": 7, "type": "ORG", "text": "Twitter"},
               {"start": 0, "end": 3, "type": "ORG", "text": "Twi"}],
  "claims": []
})";
  ASSERT_TRUE(ParseJsonGold(pretty, "seed.json", DefaultTypeMap(), &docs).ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].has_entities);
  EXPECT_EQ(docs[0].entities.size(), 1u);  // nested span reduced
}

TEST(EvalJsonGold, ErrorsNameFileAndLine) {
  std::vector<GoldDocument> docs;
  Status s = ParseJsonGold("{\"path\": \"a\", \"claims\": []}\n{\"path\": \n", "g.jsonl",
                           DefaultTypeMap(), &docs);
  EXPECT_NE(s.message().find("g.jsonl:2:"), std::string::npos) << s.message();
  s = ParseJsonGold(R"({"path": "a", "claims": [{"kind": "rumour", "cue": [0, 1], )"
                    R"("content": [2, 3]}]})",
                    "g.jsonl", DefaultTypeMap(), &docs);
  EXPECT_NE(s.message().find("g.jsonl:1: claims[0]: kind"), std::string::npos) << s.message();
  s = ParseJsonGold(R"({"path": "a", "claims": [{"kind": "direct", "cue": [3, 1], )"
                    R"("content": [2, 3]}]})",
                    "g.jsonl", DefaultTypeMap(), &docs);
  EXPECT_NE(s.message().find("cue must be"), std::string::npos) << s.message();
  s = ParseJsonGold("{\n  \"path\": \"a\",\n  \"claims\": [,]\n}\n", "p.json", DefaultTypeMap(),
                    &docs);
  EXPECT_NE(s.message().find("p.json:3:"), std::string::npos) << s.message();
}

TEST(EvalJsonGold, SpansBeyondTheTextAreErrorsTextSlipsWarnings) {
  GoldDocument doc = Gold({{0, 5, "LOC", "Paris"}, {9, 13, "LOC", "Lyon"}});
  doc.text = "Paris et Lyons";
  std::vector<std::string> warnings;
  EXPECT_TRUE(CheckGoldAgainstText(doc, &warnings).ok());
  EXPECT_TRUE(warnings.empty());
  doc.entities[1].text = "Lyo";
  EXPECT_TRUE(CheckGoldAgainstText(doc, &warnings).ok());
  EXPECT_EQ(warnings.size(), 1u);
  doc.entities[1].end = 40;
  EXPECT_EQ(CheckGoldAgainstText(doc, &warnings).code(), StatusCode::kDataError);
}

// ---- Entities ----

TEST(EvalEntities, StrictAndLenient) {
  // Gold: PER [0,12) LOC [20,26) ORG [30,40). Predicted: the PER exactly, the
  // LOC one code point short (lenient only), a spurious LOC.
  const GoldDocument gold = Gold({{0, 12, "PER", ""}, {20, 26, "LOC", ""}, {30, 40, "ORG", ""}});
  const EntityReport r =
      ScoreEntities(gold, Record({{"PER", 0, 12}, {"LOC", 20, 25}, {"LOC", 50, 55}}), false);
  EXPECT_EQ(r.strict_all.gold, 3u);
  EXPECT_EQ(r.strict_all.predicted, 3u);
  EXPECT_EQ(r.strict_all.matched_gold, 1u);
  EXPECT_EQ(r.lenient_all.matched_gold, 2u);
  EXPECT_DOUBLE_EQ(r.strict_all.precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(r.lenient_all.recall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(r.lenient.at("LOC").precision(), 0.5);
  EXPECT_DOUBLE_EQ(r.lenient.at("LOC").recall(), 1.0);
  EXPECT_DOUBLE_EQ(r.strict.at("PER").f1(), 1.0);
  EXPECT_DOUBLE_EQ(r.strict.at("ORG").recall(), 0.0);
}

TEST(EvalEntities, OrgAndProductInterchangeableWhenLenient) {
  const GoldDocument gold = Gold({{0, 7, "PRODUCT", ""}, {10, 16, "ORG", ""}, {20, 25, "PER", ""}});
  const EntityReport r =
      ScoreEntities(gold, Record({{"ORG", 0, 7}, {"PRODUCT", 10, 16}, {"ORG", 20, 25}}), true);
  EXPECT_EQ(r.strict_all.matched_gold, 0u);
  EXPECT_EQ(r.lenient_all.matched_gold, 2u);  // PER vs ORG never matches
  EXPECT_EQ(r.lenient.at("PRODUCT").matched_gold, 1u);
  EXPECT_EQ(r.lenient.at("PRODUCT").matched_predicted, 1u);
  EXPECT_DOUBLE_EQ(r.lenient.at("ORG").precision(), 0.5);
  ASSERT_EQ(r.errors.size(),
            4u);  // two wrong_type, one false negative, one false positive
  EXPECT_EQ(r.errors[0].category, "wrong_type");
  EXPECT_EQ(r.errors[2].category, "false_negative");
  EXPECT_EQ(r.errors[2].group, "PER");
  EXPECT_EQ(r.errors[3].category, "false_positive");
  EXPECT_EQ(r.errors[3].group, "ORG");
}

TEST(EvalEntities, PredictionsOfATypeTheGoldDoesNotAnnotateAreLeftOut) {
  // A corpus annotated for PER, ORG and LOC only: a PRODUCT prediction is neither right nor
  // wrong there, whether it overlaps a gold mention or not.
  const GoldDocument gold = Gold({{0, 7, "ORG", ""}, {10, 16, "PER", ""}});
  const json record = Record({{"PRODUCT", 0, 7}, {"PER", 10, 16}, {"PRODUCT", 20, 25}});
  const std::set<std::string> types = {"PER", "ORG", "LOC"};
  const EntityReport all = ScoreEntities(gold, record, false);
  EXPECT_EQ(all.strict_all.predicted, 3u);
  EXPECT_EQ(all.lenient_all.matched_gold, 2u);  // the PRODUCT over the ORG, leniently
  const EntityReport scored = ScoreEntities(gold, record, true, &types);
  EXPECT_EQ(scored.strict_all.predicted, 1u);
  EXPECT_EQ(scored.strict_all.matched_gold, 1u);
  EXPECT_EQ(scored.lenient_all.matched_gold, 1u);
  EXPECT_DOUBLE_EQ(scored.strict_all.precision(), 1.0);
  ASSERT_EQ(scored.errors.size(), 1u);  // the ORG missed; no PRODUCT false positive
  EXPECT_EQ(scored.errors[0].category, "false_negative");
}

TEST(EvalEntities, LenientIsOneToOne) {
  // One long prediction over two gold mentions matches only one of them.
  const GoldDocument gold = Gold({{0, 5, "LOC", ""}, {6, 10, "LOC", ""}});
  const EntityReport r = ScoreEntities(gold, Record({{"LOC", 0, 10}}), false);
  EXPECT_EQ(r.lenient_all.matched_gold, 1u);
  EXPECT_EQ(r.lenient_all.matched_predicted, 1u);
}

TEST(EvalEntities, NestedGoldScoredOnTopLevel) {
  std::vector<GoldMention> m;
  ASSERT_TRUE(ParseBratAnnotations("T1\tProduct 4 15\tPeugeot 307\nT2\tOrganization 4 11\t"
                                   "Peugeot\n",
                                   "a.ann", DefaultTypeMap(), &m)
                  .ok());
  const GoldDocument gold = Gold(m);
  // Predicting the outer span is right; predicting only the inner one is a
  // lenient match.
  EXPECT_EQ(ScoreEntities(gold, Record({{"PRODUCT", 4, 15}}), false).strict_all.matched_gold, 1u);
  const EntityReport inner = ScoreEntities(gold, Record({{"ORG", 4, 11}}), false);
  EXPECT_EQ(inner.strict_all.matched_gold, 0u);
  EXPECT_EQ(inner.lenient_all.matched_gold, 1u);
}

TEST(EvalEntities, ErrorsShowTheSentenceWithTheSpanMarked) {
  GoldDocument gold = Gold({{24, 34, "PER", "Léa Durand"}});
  gold.text = "Il pleut. Selon la mairie, Léa Durand viendra. Fin.";
  gold.entities[0].start = 27;
  gold.entities[0].end = 37;
  json record = Record({{"ORG", 19, 25}});
  record["sentences"] = json::array(
      {{{"start", 0}, {"end", 9}}, {{"start", 10}, {"end", 46}}, {{"start", 47}, {"end", 51}}});
  const EntityReport r = ScoreEntities(gold, record, true);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].category, "false_negative");
  EXPECT_EQ(r.errors[0].context, "Selon la mairie, [[Léa Durand]] viendra.");
  EXPECT_EQ(r.errors[1].category, "false_positive");
  EXPECT_EQ(r.errors[1].text, "mairie");
  EXPECT_EQ(r.errors[1].context, "Selon la [[mairie]], Léa Durand viendra.");
  const std::string printed = FormatErrors(r.errors);
  EXPECT_NE(printed.find("== ORG false_positive (1) =="), std::string::npos) << printed;
}

TEST(EvalEntities, MergeAddsDocuments) {
  const GoldDocument gold = Gold({{0, 5, "LOC", ""}});
  EntityReport total;
  total.Merge(ScoreEntities(gold, Record({{"LOC", 0, 5}}), false));
  total.Merge(ScoreEntities(gold, Record({}), false));
  EXPECT_EQ(total.documents, 2u);
  EXPECT_DOUBLE_EQ(total.strict_all.recall(), 0.5);
  EXPECT_DOUBLE_EQ(total.strict_all.precision(), 1.0);
  const auto j = EntityReportJson(total, false);
  EXPECT_DOUBLE_EQ(j["strict"]["LOC"]["recall"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j["strict"]["all"]["f1"].get<double>(), 0.6667);
  EXPECT_NE(FormatEntityReport(total).find("LOC"), std::string::npos);
}

// ---- Claims ----

GoldClaim GClaim(std::string kind, CodepointSpan cue, CodepointSpan content,
                 std::optional<CodepointSpan> speaker, std::optional<std::string> name) {
  GoldClaim c;
  c.kind = std::move(kind);
  c.cue = cue;
  c.content = content;
  c.speaker = speaker;
  c.speaker_name = std::move(name);
  return c;
}

json PClaim(const std::string& kind, CodepointSpan cue, CodepointSpan content,
            std::optional<CodepointSpan> speaker, const char* entity = nullptr,
            const char* speaker_text = "") {
  json c = {{"id", "c1"},
            {"kind", kind},
            {"cue", {{"start", cue.start}, {"end", cue.end}, {"text", ""}}},
            {"content", {{"start", content.start}, {"end", content.end}, {"text", ""}}}};
  if (speaker) {
    c["speaker"] = {{"start", speaker->start}, {"end", speaker->end}, {"text", speaker_text}};
    c["speaker"]["entity"] = entity ? json(entity) : json(nullptr);
  } else {
    c["speaker"] = nullptr;
  }
  return c;
}

// Takes a vector, not a json: a braced list of one json object would be that object for some
// compilers and a one-element array for others.
json ClaimRecord(std::vector<json> claim_list) {
  json claims = json::array();
  for (json& c : claim_list) claims.push_back(std::move(c));
  json entities = json::array(
      {{{"id", "e1"},
        {"type", "PER"},
        {"name", "Frank Shaw"},
        {"mentions", json::array({{{"start", 0}, {"end", 10}, {"text", "Frank Shaw"}},
                                  {{"start", 100}, {"end", 104}, {"text", "Shaw"}}})}},
       {{"id", "e2"},
        {"type", "ORG"},
        {"name", "Microsoft"},
        {"mentions", json::array({{{"start", 20}, {"end", 29}, {"text", "Microsoft"}}})}}});
  return {{"schema", "selon/1"}, {"entities", entities}, {"claims", std::move(claims)}};
}

GoldDocument ClaimGold(std::vector<GoldClaim> claims) {
  GoldDocument doc;
  doc.id = "doc";
  doc.has_claims = true;
  doc.claims = std::move(claims);
  return doc;
}

TEST(EvalClaims, FoundByHalfTheContentOrByCue) {
  const GoldDocument gold = ClaimGold({
      GClaim("indirect", {11, 20}, {30, 70}, CodepointSpan{0, 10}, "Frank Shaw"),
      GClaim("direct", {100, 110}, {120, 160}, CodepointSpan{90, 99}, "Frank Shaw"),
      GClaim("according_to", {200, 205}, {210, 250}, CodepointSpan{206, 209}, std::nullopt),
  });
  // 1: different cue, content [50, 90) covers exactly half of [30, 70): found.
  // 2: content elsewhere but the cue overlaps: found.
  // 3: content covers 19 of 40 code points, no cue overlap: not found.
  const json record = ClaimRecord({
      PClaim("indirect", {0, 5}, {50, 90}, CodepointSpan{0, 10}, "e1"),
      PClaim("direct", {105, 112}, {300, 310}, CodepointSpan{90, 99}, "e2"),
      PClaim("according_to", {400, 405}, {231, 260}, std::nullopt),
  });
  const ClaimReport r = ScoreClaims(gold, record, true);
  EXPECT_EQ(r.all.gold, 3u);
  EXPECT_EQ(r.all.predicted, 3u);
  EXPECT_EQ(r.all.found, 2u);
  EXPECT_DOUBLE_EQ(r.all.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(r.all.recall(), 2.0 / 3);
  // Speaker: e1 is Frank Shaw (right), e2 is Microsoft (wrong).
  EXPECT_EQ(r.all.found_right_speaker, 1u);
  EXPECT_DOUBLE_EQ(r.all.speaker_accuracy(), 0.5);
  EXPECT_DOUBLE_EQ(r.all.e2e_f1(), 1.0 / 3);
  // Content IoU: [30,70) vs [50,90) = 20/60; [120,160) vs [300,310) = 0.
  EXPECT_NEAR(r.all.content_iou(), (20.0 / 60) / 2, 1e-12);
  // Per kind.
  EXPECT_EQ(r.by_kind.at("indirect").found, 1u);
  EXPECT_EQ(r.by_kind.at("according_to").found, 0u);
  EXPECT_DOUBLE_EQ(r.by_kind.at("according_to").precision(), 0.0);
  EXPECT_DOUBLE_EQ(r.by_kind.at("direct").speaker_accuracy(), 0.0);
  EXPECT_DOUBLE_EQ(r.by_kind.at("indirect").e2e_f1(), 1.0);
  // Errors: one wrong speaker, one false negative, one false positive.
  std::vector<std::string> categories;
  for (const ErrorCase& e : r.errors) categories.push_back(e.group + "/" + e.category);
  EXPECT_EQ(categories,
            (std::vector<std::string>{"direct/wrong_speaker", "according_to/false_negative",
                                      "according_to/false_positive"}));
}

TEST(EvalClaims, OnePredictionPerGoldClaimBestFirst) {
  // Two gold claims share a cue region; one prediction can only be one of them,
  // the better one.
  const GoldDocument gold = ClaimGold({
      GClaim("direct", {10, 20}, {30, 40}, std::nullopt, std::nullopt),
      GClaim("direct", {10, 20}, {50, 60}, std::nullopt, std::nullopt),
  });
  const ClaimReport r =
      ScoreClaims(gold, ClaimRecord({PClaim("direct", {12, 18}, {50, 60}, std::nullopt)}), false);
  EXPECT_EQ(r.all.found, 1u);
  EXPECT_DOUBLE_EQ(r.all.content_iou(),
                   1.0);                            // matched the second claim, its exact content
  EXPECT_DOUBLE_EQ(r.all.speaker_accuracy(), 1.0);  // both speakers null
}

TEST(EvalClaims, SpeakerByNameFoldedOrBySpanWhenNameless) {
  const GoldDocument gold = ClaimGold({
      GClaim("indirect", {10, 20}, {30, 40}, CodepointSpan{0, 2},
             "SHAW"),  // a mention text
      GClaim("indirect", {50, 60}, {70, 80}, CodepointSpan{44, 49}, std::nullopt),
      GClaim("indirect", {90, 95}, {96, 99}, CodepointSpan{84, 89}, std::nullopt),
  });
  const json record = ClaimRecord({
      PClaim("indirect", {10, 20}, {30, 40}, CodepointSpan{0, 2}, "e1"),
      PClaim("indirect", {50, 60}, {70, 80}, CodepointSpan{40, 45}),  // overlaps: right
      PClaim("indirect", {90, 95}, {96, 99}, CodepointSpan{0, 5}),    // elsewhere: wrong
  });
  const ClaimReport r = ScoreClaims(gold, record, false);
  EXPECT_EQ(r.all.found, 3u);
  EXPECT_EQ(r.all.found_right_speaker, 2u);
}

TEST(EvalClaims, NamesCompareWithoutCaseOrDiacritics) {
  const GoldDocument gold =
      ClaimGold({GClaim("direct", {10, 20}, {30, 40}, CodepointSpan{0, 2}, "Frànk SHAW")});
  const ClaimReport r = ScoreClaims(
      gold, ClaimRecord({PClaim("direct", {10, 20}, {30, 40}, CodepointSpan{0, 2}, "e1")}), false);
  EXPECT_EQ(r.all.found_right_speaker, 1u);
  EXPECT_EQ(r.all.found_right_kind, 1u);
}

// Decision 15: a wrong name is worse than none. Counted: a name other than the gold's, a name
// where the gold has none. Not counted: no entity, the right one, or an entity named by the
// speaker's own words, or a part of the gold's name (Frank Shaw for Frank Shaw Jr.).
TEST(EvalClaims, WrongEntityCountsNamesTheGoldDoesNotGive) {
  const GoldDocument gold = ClaimGold({
      GClaim("indirect", {10, 20}, {21, 30}, CodepointSpan{0, 9}, "Frank Shaw"),
      GClaim("indirect", {40, 50}, {51, 60}, CodepointSpan{31, 39}, std::nullopt),
      GClaim("indirect", {70, 80}, {81, 90}, CodepointSpan{61, 69}, "Frank Shaw"),
      GClaim("indirect", {110, 120}, {121, 130}, CodepointSpan{100, 104}, std::nullopt),
      GClaim("indirect", {140, 150}, {151, 160}, CodepointSpan{131, 139}, std::nullopt),
      GClaim("indirect", {170, 180}, {181, 190}, CodepointSpan{161, 169}, "Frank Shaw Jr."),
  });
  const json record = ClaimRecord({
      PClaim("indirect", {10, 20}, {21, 30}, CodepointSpan{0, 9}, "e2", "il"),  // Microsoft
      PClaim("indirect", {40, 50}, {51, 60}, CodepointSpan{31, 39}, "e1", "le ministre"),
      PClaim("indirect", {70, 80}, {81, 90}, CodepointSpan{61, 69}, nullptr, "il"),  // unresolved
      PClaim("indirect", {110, 120}, {121, 130}, CodepointSpan{100, 104}, "e1", "Shaw"),
      PClaim("indirect", {140, 150}, {151, 160}, CodepointSpan{131, 139}, nullptr, "la police"),
      PClaim("indirect", {170, 180}, {181, 190}, CodepointSpan{161, 169}, "e1", "il"),  // a part
  });
  const ClaimReport r = ScoreClaims(gold, record, false);
  EXPECT_EQ(r.all.found, 6u);
  EXPECT_EQ(r.all.found_wrong_entity, 2u);
  // Right by span where the gold has no name (2, 4, 5); a part of the name is not right (6).
  EXPECT_EQ(r.all.found_right_speaker, 3u);
  EXPECT_DOUBLE_EQ(r.all.wrong_entity_rate(), 2.0 / 6);
  // The gold names Frank Shaw and the prediction links no entity (3).
  EXPECT_EQ(r.all.found_unresolved, 1u);
  EXPECT_DOUBLE_EQ(r.all.unresolved_rate(), 1.0 / 6);
}

TEST(EvalClaims, ReportJsonHasEveryKind) {
  ClaimReport total;
  total.Merge(ScoreClaims(ClaimGold({}), ClaimRecord({}), false));
  const auto j = ClaimReportJson(total, true);
  for (const char* kind : {"direct", "indirect", "mixed", "according_to"})
    EXPECT_TRUE(j["kinds"].contains(kind)) << kind;
  EXPECT_EQ(j["all"]["gold"], 0);
  EXPECT_TRUE(j["errors"].is_array());
  EXPECT_NE(FormatClaimReport(total).find("according_to"), std::string::npos);
}

}  // namespace
}  // namespace selon
