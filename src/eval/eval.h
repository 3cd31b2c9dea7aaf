// Eval: scores selon's output records against gold annotations (the library
// side of `selon eval`).
//
// The scorer works from OUTPUT RECORDS (schema selon/1, code point offsets, as
// JsonWriter writes them), never from internal structs, so it measures exactly
// what a user gets. Gold comes from two formats:
//   - brat standoff (`.ann` next to a `.txt`, code point offsets):
//   `T1\tLocation 0 6\tFrance`;
//     gold types are mapped to selon's with a TypeMap (others ignored) and
//     nested spans are reduced to the top-level ones;
//   - JSON gold (claims-dev.jsonl lines, or one object such as seed-gold.json):
//   {"id", "path",
//     "entities": [{"start", "end", "type", "text"}], "claims": [{"kind",
//     "cue": [s, e], "speaker": [s, e] | null, "speaker_name", "content": [s,
//     e], ...}]}.
//
//   std::vector<selon::GoldMention> gold;
//   RETURN_IF_ERROR(selon::ParseBratAnnotations(ann, "a.ann",
//   selon::DefaultTypeMap(), &gold)); selon::GoldDocument doc{.id = "a.txt",
//   .text = text, .entities = gold}; selon::EntityReport total;
//   total.Merge(selon::ScoreEntities(doc, record, /*collect_errors=*/true));
//   std::cout << selon::FormatEntityReport(total);
//
// Everything here is a pure function of its arguments: thread-safe, no I/O.
// Parsers return a Status (kDataError, message "source:line: problem"); scoring
// cannot fail — malformed parts of a record (a mention without offsets) are
// skipped.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "selon/status.h"

namespace selon {

// A half-open span [start, end) in code points.
struct CodepointSpan {
  uint64_t start = 0;
  uint64_t end = 0;
  bool operator==(const CodepointSpan&) const = default;
};

// An entity mention, gold or predicted. `type` is a selon type (PER, ORG,
// PRODUCT, LOC).
struct EntityMention {
  uint64_t start = 0;
  uint64_t end = 0;
  std::string type;
  std::string text;
};

// A claim, gold or predicted. For a prediction, `speaker_names` holds the name
// and every mention text of the entity its speaker refers to (empty when
// unresolved).
struct Claim {
  std::string kind;  // direct, indirect, mixed, according_to
  CodepointSpan cue, content;
  std::optional<CodepointSpan> speaker;
  std::optional<std::string> speaker_name;  // gold only: null when the source is no named entity
  std::vector<std::string> speaker_names;   // predictions only
  std::string cue_text, speaker_text, content_text;
};

using GoldMention = EntityMention;
using GoldClaim = Claim;

// One gold document. `text` (UTF-8) is optional for scoring; it gives error
// contexts and lets CheckGoldAgainstText() verify the offsets.
struct GoldDocument {
  std::string id;      // document id in reports (the path as found or as given in the gold)
  std::string path;    // text file; for JSON gold as written in the gold (relative)
  std::string source;  // "file:line" of the annotation, for messages
  std::string text;
  bool has_entities = false;  // the gold annotates entities (brat, or JSON with "entities")
  bool has_claims = false;    // the gold annotates claims (JSON with "claims")
  std::vector<GoldMention> entities;
  std::vector<GoldClaim> claims;
};

// ---- Gold
// -----------------------------------------------------------------------------------

// Gold type -> selon type. Types absent from the map are ignored, except
// selon's own types, which map to themselves (so JSON gold typed
// PER/ORG/PRODUCT/LOC needs no map).
using TypeMap = std::map<std::string, std::string>;

// Person=PER, Organization=ORG, Product=PRODUCT, Location=LOC (WiNER-fr's
// types).
TypeMap DefaultTypeMap();

// Parses "Person=PER,Organization=ORG,..." into `map` (replacing its content).
// Values must be selon types. kInvalidArgument names the bad item.
Status ParseTypeMap(std::string_view spec, TypeMap* map);

// The selon type of gold type `type`, or "" when it is ignored.
std::string MapEntityType(const TypeMap& map, std::string_view type);

// Reads brat standoff annotations: text-bound lines `T<n>\t<Type> <start>
// <end>[;<s> <e>...]\t <surface>` (a discontinuous span counts from its first
// start to its last end); other lines (relations, attributes, notes, comments)
// are skipped. Mentions of ignored types are dropped, then the rest reduced to
// top level (ReduceToTopLevel). kDataError "source:line: ..." on a malformed T
// line.
Status ParseBratAnnotations(std::string_view ann, std::string_view source, const TypeMap& map,
                            std::vector<GoldMention>* mentions);

// Drops every mention strictly inside another one and exact duplicates (the
// first kept); sorts by (start, longer first). Nesting is resolved among the
// mentions given, so a Location inside an ignored Event stays.
void ReduceToTopLevel(std::vector<GoldMention>* mentions);

// Reads JSON gold: JSON Lines (one object per non-blank line), or a whole file
// holding one object or an array of objects. Each object needs "path" (string);
// "id" (scalar, default the path), "entities" and "claims" are optional. Entity
// types go through `map`, then ReduceToTopLevel. kDataError "source:line:
// problem" on malformed JSON, a missing field, a bad span or kind.
Status ParseJsonGold(std::string_view content, std::string_view source, const TypeMap& map,
                     std::vector<GoldDocument>* documents);

// Checks `doc`'s gold spans against `doc.text`: a span beyond the text is an
// error (kDataError, naming doc.source); a span whose text differs from the
// annotated one only adds a message to `warnings` (corpora hold such slips,
// e.g. a stripped U+200F).
Status CheckGoldAgainstText(const GoldDocument& doc, std::vector<std::string>* warnings);

// ---- Predictions
// ----------------------------------------------------------------------------

// Every mention of every entity of `record`
// (record["entities"][i]["mentions"][j], typed by the entity), exact duplicates
// removed, sorted by (start, end).
std::vector<EntityMention> PredictedMentions(const nlohmann::json& record);

// The claims of `record`: spans {start, end, text} (or [start, end]);
// speaker.entity resolved to that entity's name and mention texts.
std::vector<Claim> PredictedClaims(const nlohmann::json& record);

// ---- Reports
// --------------------------------------------------------------------------------

// Counts for one class. Precision uses the predictions of that class, recall
// the gold ones; under leniency a match may join two classes (ORG gold, PRODUCT
// prediction), hence two "matched" counts. Ratios are 0 when undefined.
struct Counts {
  uint64_t gold = 0, predicted = 0;
  uint64_t matched_gold = 0, matched_predicted = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  void Add(const Counts& other);
};

// One false positive, false negative or near miss, in context.
struct ErrorCase {
  std::string group;            // entity type, or claim kind
  std::string category;         // false_positive, false_negative; entities matched leniently
                                // only: boundary (spans differ), wrong_type (same span, ORG vs
                                // PRODUCT); claims found with the wrong speaker: wrong_speaker
  std::string document;         // GoldDocument::id
  uint64_t start = 0, end = 0;  // the span marked in `context`
  std::string text;             // the span's text
  std::string context;          // its sentence, the span marked [[like this]],
                                // shortened with "…"
  std::string note;             // what the other side had, e.g. "predicted [Peugeot] ORG"
};

struct EntityReport {
  uint64_t documents = 0;
  std::map<std::string, Counts> strict, lenient;  // by type
  Counts strict_all, lenient_all;
  std::vector<ErrorCase> errors;
  void Merge(const EntityReport& other);  // appends errors in call order
};

// Claim counts for one kind (gold kind for recall-side counts, predicted kind
// for precision).
struct ClaimCounts {
  uint64_t gold = 0, predicted = 0;
  uint64_t found = 0;                // gold claims matched
  uint64_t found_right_speaker = 0;  // ... with the right speaker
  uint64_t found_right_kind = 0;     // ... with the same kind
  uint64_t matched_predicted = 0;    // predictions matched
  uint64_t matched_predicted_right_speaker = 0;
  // Found claims whose speaker is linked to a named entity the gold does not name: another
  // person or organization than the gold's, or any entity where the gold leaves the name null
  // (GUIDELINE decision 15). An entity named by the speaker span's own text (an organization
  // made from "le parquet de Lyon") is no wrong name, nor one whose name and the gold's are
  // parts of one name ("Azim Tuna" for "Güngör Azim Tuna"); an unresolved speaker never is.
  uint64_t found_wrong_entity = 0;
  // Found claims whose gold speaker is a named entity but whose predicted speaker links to
  // none (a description or pronoun left unresolved, or no speaker): the speaker errors a
  // cautious resolver makes, apart from wrong names.
  uint64_t found_unresolved = 0;
  double content_iou_sum = 0;  // over found claims
  double precision() const;
  double recall() const;
  double f1() const;
  double speaker_accuracy() const;  // found_right_speaker / found
  double kind_accuracy() const;     // found_right_kind / found
  double e2e_precision() const;     // matched_predicted_right_speaker / predicted
  double e2e_recall() const;        // found_right_speaker / gold
  double e2e_f1() const;
  double wrong_entity_rate() const;  // found_wrong_entity / found
  double unresolved_rate() const;    // found_unresolved / found
  double content_iou() const;        // mean IoU of gold and predicted content over found claims
  void Add(const ClaimCounts& other);
};

struct ClaimReport {
  uint64_t documents = 0;
  std::map<std::string, ClaimCounts> by_kind;
  ClaimCounts all;
  std::vector<ErrorCase> errors;
  void Merge(const ClaimReport& other);
};

// ---- Scoring
// --------------------------------------------------------------------------------

// True for ORG/PRODUCT pairs and equal types: the lenient type match.
bool LenientTypeMatch(std::string_view a, std::string_view b);

// Scores the entity mentions of `record` against `gold.entities`.
//   strict:  same span and same type (a one-to-one match);
//   lenient: overlapping spans and LenientTypeMatch, one-to-one, greedy by
//   largest overlap.
// With `collect_errors`, fills errors: false negatives and false positives
// under lenient matching, and lenient-only matches ("boundary", "wrong_type").
// Contexts use gold.text and the record's "sentences" when present. With `scored_types`,
// predictions of any other type are left out: a corpus that does not annotate a type cannot
// judge it (WikiNEuRal has no PRODUCT; the CLI passes its --type-map's selon types). Cost:
// O((gold + predicted) log) per document.
EntityReport ScoreEntities(const GoldDocument& gold, const nlohmann::json& record,
                           bool collect_errors,
                           const std::set<std::string>* scored_types = nullptr);

// Scores the claims of `record` against `gold.claims`. A gold claim is found by
// a prediction whose content covers at least half of the gold content, or whose
// cue overlaps the gold cue; one prediction per gold claim, greedy by best
// match (cue overlap, then content IoU). The speaker is right when, for a gold
// speaker_name, the predicted speaker's entity has that name or a mention with
// that text (compared with FoldKey: case and diacritics ignored); for a null
// speaker_name, when the speaker spans overlap (or both are null).
ClaimReport ScoreClaims(const GoldDocument& gold, const nlohmann::json& record,
                        bool collect_errors);

// ---- Printing
// -------------------------------------------------------------------------------

// Fixed-width tables, one line per class then "all", ending with "\n".
std::string FormatEntityReport(const EntityReport& report);
std::string FormatClaimReport(const ClaimReport& report);
// Errors grouped by group then category, one line each: "document start-end
// context  note".
std::string FormatErrors(const std::vector<ErrorCase>& errors);

// Machine-readable reports (fields in a fixed order). `errors` adds the
// "errors" array.
nlohmann::ordered_json EntityReportJson(const EntityReport& report, bool errors);
nlohmann::ordered_json ClaimReportJson(const ClaimReport& report, bool errors);

}  // namespace selon
