// RecordView: one selon record as flat rows of plain values (entities, mentions, claims), the
// common ground of the views that are not JSON (`--format text`, `--format tsv`, `selon
// summary`).
//
// A view is filled either from the library's result (ViewAnalysis: the Document and Analysis a
// worker just produced, the data JsonWriter writes) or from a record of selon's own JSON Lines
// output (ViewJsonRecord: `selon summary --from-jsonl`). Both give the same view for the same
// document, field for field: entity indices are those of the JSON ids (`e3` is entity 2),
// spans are in the record's offset unit and their texts are the original text's, as JsonWriter
// writes them. That is what lets a summary of an output file equal the summary of the run.
//
//   RecordView view;
//   ViewAnalysis(doc, analysis, origin, OffsetUnit::kCodepoint, &view);
//   for (const ClaimView& c : view.claims) Use(view.SpeakerName(c), c.lemma);
//
// Lifetime: the string views point into the Document, the Analysis (and the Pipeline's lexicons
// it points into), the parsed JSON, or the view's own `owned` strings; they are valid while
// those live and until the next Clear(). A view is a reusable buffer: filling it clears it.
#pragma once

#include <cstdint>
#include <deque>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/json_writer.h"
#include "selon/offsets.h"

namespace selon::views {

struct SpanView {
  uint64_t start = 0, end = 0;  // in the record's offset unit
  std::string_view text;        // the original text of the span
};

// A claim's speaker, addressee or via: a span and the entity it names (-1: unresolved).
struct PartyView {
  bool present = false;
  SpanView span;
  int32_t entity = -1;
};

struct EntityView {
  std::string_view type;  // "PER", "ORG", "PRODUCT", "LOC"
  std::string_view name;  // canonical name
  std::string_view kb;    // Wikidata QID, or empty
  uint32_t mentions = 0;  // 0: absent from the record (JSON lists entities with mentions only)
};

struct MentionView {
  uint32_t entity = 0;
  SpanView span;
};

struct RoleView {
  uint32_t entity = 0;  // the person named in that capacity
  std::string_view role;
  int32_t of = -1;  // the entity the role is of, or -1
};

// The word just before a person's mention or role, in its sentence (`Mme` in `Mme Garnier`,
// `La` in `La ministre des Transports, Claire Vasseur`): what a civility or a determiner says
// of a speaker's gender. From an Analysis always; from JSON only when the record has
// `sentences` (selon --sentences), since a record holds no other text around its spans.
struct WordBefore {
  uint32_t entity = 0;
  bool role = false;  // before a role span, else before a mention
  std::string_view word;
};

struct ClaimView {
  std::string_view kind;  // "direct", "indirect", "mixed", "according_to"
  uint32_t sentence = 0;
  PartyView speaker, addressee, via;
  SpanView cue;
  std::string_view lemma;
  SpanView content;
};

struct RecordView {
  std::string id;    // a string id as its value, another scalar as its JSON text, "" for null
  std::string path;  // empty when the record has none
  std::optional<uint64_t> line;
  bool error = false;  // an error record: error_code and error_message say why
  std::string error_code, error_message;
  std::vector<EntityView> entities;  // by index (e1 is entities[0])
  std::vector<MentionView> mentions;
  std::vector<RoleView> roles;
  std::vector<ClaimView> claims;         // in the record's order (c1 first)
  std::vector<WordBefore> words_before;  // of PER entities' mentions and roles
  std::deque<std::string> owned;         // texts that are no view of the inputs

  void Clear();

  // The entity at `index`, or null for -1 or an index the record does not hold.
  const EntityView* entity(int32_t index) const {
    return index >= 0 && static_cast<size_t>(index) < entities.size() ? &entities[index] : nullptr;
  }
  // The canonical name of a party's entity, or empty when unresolved.
  std::string_view NameOf(const PartyView& party) const {
    const EntityView* e = entity(party.entity);
    return e != nullptr ? e->name : std::string_view();
  }
};

// The id of a record as RecordView::id shows it, from its JSON text (RecordOrigin::id_json).
std::string DisplayId(std::string_view id_json);
// The same from a parsed value.
std::string DisplayId(const nlohmann::json& id);

// What ViewAnalysis fills (a view that shows no mention, or no offset, need not pay for it).
//   mentions (true)  the MentionView list (each entity's mention count is always set)
//   offsets (true)   start and end of every span (else 0; the texts are always set)
//   words_before (false)  RecordView::words_before (the summary's gender evidence)
struct ViewParts {
  bool mentions = true;
  bool offsets = true;
  bool words_before = false;
};

// Fills `view` with the result of one document, as JsonWriter would write it with `origin` in
// `unit`. Cost: linear in the document's spans (one offset conversion each, in text order where
// the record allows). Never throws but std::bad_alloc.
void ViewAnalysis(const Document& doc, const Analysis& analysis, const RecordOrigin& origin,
                  OffsetUnit unit, RecordView* view, ViewParts parts = {});

// Fills `view` with an error record.
void ViewError(const RecordOrigin& origin, const RecordError& error, RecordView* view);

// Fills `view` from one record of selon's JSON output (schema selon/1: a result or an error
// record). Returns false, with `*why` set, when `record` is not such a record (not an object,
// a field of the wrong type); never throws. `record` must outlive the view's use.
bool ViewJsonRecord(const nlohmann::json& record, RecordView* view, std::string* why);

}  // namespace selon::views
