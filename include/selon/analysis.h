// Analysis: everything selon finds in one Document, in analysis-text byte offsets.
//
// An Analysis is a reusable buffer: Pipeline::Analyze() clears and refills it, so a worker that
// keeps one Analysis across documents allocates only when a document is larger than any before.
// Spans are byte offsets into Document::analysis_text(); Document::ToOriginal() maps them back,
// and JsonWriter does that for output.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "selon/lexicon.h"
#include "selon/sentences.h"
#include "selon/tokenizer.h"

namespace selon {

// ---- Claims: who says what (found by the claims stage, src/claims.h) ----

enum class ClaimKind : uint8_t { kDirect, kIndirect, kMixed, kAccordingTo };

// "direct", "indirect", "mixed", "according_to".
const char* ClaimKindName(ClaimKind kind);

// A byte span of the analysis text that names someone, with the entity it refers to.
struct ClaimRole {
  uint32_t begin = 0, end = 0;  // empty (begin == end) when absent
  int32_t entity = -1;          // index into Analysis::entities, -1 when unresolved
  bool present() const { return end > begin; }
};

// One attributed claim. Spans are byte offsets into Document::analysis_text(). (Named
// Attribution, not Claim: selon::Claim is the scorer's claim record, src/eval/eval.h.)
struct Attribution {
  ClaimKind kind = ClaimKind::kIndirect;
  uint32_t sentence = 0;  // sentence of the cue
  uint32_t cue_begin = 0, cue_end = 0;
  std::string_view lemma;  // "déclarer", "selon"; owned by the extractor
  uint32_t content_begin = 0, content_end = 0;
  ClaimRole speaker;    // absent for passives with no source
  ClaimRole addressee;  // "a déclaré au NYT"
  ClaimRole via;        // "…, selon le New York Times qui a vu la lettre"
};

// A credit line's source ("Source : Le New York Times").
struct SourceCredit {
  uint32_t begin = 0, end = 0;
  int32_t entity = -1;
};

// ---- Entities ----

// One place where an entity is named.
struct Mention {
  uint32_t begin = 0, end = 0;              // byte span in the analysis text
  uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
  uint32_t sentence = 0;
  uint32_t entity = 0;   // index into Analysis::entities
  std::string_view via;  // "lexicon" or "rule:<id>"; static or owned by the Pipeline
};

// A named entity of the document: a lexicon entry, or a name found by the rules.
// Views point into the Pipeline's lexicons, the Document's analysis text or the Analysis.
struct Entity {
  EntityType type = EntityType::kPerson;
  // The canonical name (lexicon), the fullest mention (rules), or a composed one in
  // Analysis::composed_names ("Thibault Rondeau" of "Thibault et Valérie Rondeau").
  std::string_view name;
  std::string_view kb;   // Wikidata QID when known, else empty
  int32_t lexicon = -1;  // which of the Pipeline's lexicons (-1: none)
  uint32_t entry = 0;    // entry in that lexicon
};

// A capacity in which a person is named: "le porte-parole de Microsoft, Frank Shaw".
struct Role {
  uint32_t entity = 0;          // the person (index into Analysis::entities)
  int32_t of = -1;              // the organization (or other entity) the role is of, or -1
  uint32_t begin = 0, end = 0;  // byte span of the role expression ("porte-parole de Microsoft")
  std::string_view role;        // the role noun as written ("porte-parole", "PDG")
};

struct Analysis {
  std::vector<Token> tokens;
  std::string keys;  // folded token keys, see Token::key()
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;   // in order of first mention
  std::vector<Mention> mentions;  // in text order, never overlapping
  std::vector<Role> roles;
  std::vector<Attribution> claims;          // in cue order (see ClaimKind)
  std::vector<SourceCredit> sources;        // credit lines ("Source : …")
  std::vector<uint32_t> unbalanced_quotes;  // byte offsets of unmatched quotation marks
  // Names composed of words the text does not write together ("Thibault Rondeau" for "Thibault et
  // Valérie Rondeau"): an Entity::name may view one. A deque, so that a name never moves.
  std::deque<std::string> composed_names;

  // Index of the sentence that contains token `token_index` (binary search).
  uint32_t SentenceOfToken(uint32_t token_index) const;

  // Sorts mentions by position and renumbers entities in order of first mention, dropping those
  // left with no mention. Roles, claims and sources follow: a role of a dropped person goes,
  // other references to a dropped entity become -1.
  void RenumberEntities();

  void clear();
};

}  // namespace selon
