// Gazetteer matching: finds lexicon names in a tokenized document.
//
// Leftmost-longest over tokens, without overlaps: at each token the longest name of any lexicon
// that starts there and passes its matching policy (see lexicon.h) wins; on equal length the
// earlier lexicon in the list wins (user lexicons come first). Among homonyms (one name, several
// entries) an entry already named earlier in the document wins, else the entry of highest
// priority. A one-word name that is also a common word (policy cap) is refused at the start of
// a sentence unless the document shows it elsewhere as a name: already matched, or capitalized
// inside a sentence at least twice; or unless it is a place opening a headline or dateline
// ("Suisse : …"), or its entry says start=ok (a name capitalized only as a first name: France).
// Each matched entry becomes one Entity, and every match a Mention of it, so aliases and short
// forms (NYT, Musk) link to the entity when the lexicon lists them.
//
// Cost: one hash lookup per token per lexicon, plus a trie walk where a name may start.
// Allocates only when the scratch or the output vectors grow.
#pragma once

#include <string_view>
#include <vector>

#include "internal/scratch_map.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/lexicon.h"
#include "token_features.h"
#include "token_marks.h"

namespace selon {

class LexiconMatcher {
 public:
  // The lexicons must outlive the matcher.
  explicit LexiconMatcher(std::vector<const Lexicon*> lexicons) : lexicons_(std::move(lexicons)) {}

  // Appends entities and mentions to `analysis` (tokens and sentences must be filled).
  // Thread-safe: const, with the caller's scratch.
  struct Scratch {
    std::vector<uint32_t> token_ids;  // per lexicon, per token
    std::vector<uint8_t> sentence_initial;
    internal::ScratchMap<uint64_t, uint32_t> entity_of;  // (lexicon, entry) -> entity index
    // Keys of the words capitalized inside a sentence, one per occurrence, sorted (a sorted
    // vector reused across documents: no allocation per key).
    std::vector<std::string_view> capitalized_inside;
    std::vector<uint8_t> caseless;  // TokenMarks::caseless
  };
  // `marks` (may be null: none): RuleSet::FindEvents' marks for this analysis; no match uses a
  // blocked token, and a never_alone token is never a one-word match.
  // `features` (may be null: looked up here): ComputeTokenFeatures' records for this analysis,
  // made with this matcher's lexicons.
  void Match(const Document& doc, Analysis* analysis, Scratch* scratch,
             const TokenMarks* marks = nullptr, const TokenFeatures* features = nullptr) const;

  const std::vector<const Lexicon*>& lexicons() const { return lexicons_; }

 private:
  std::vector<const Lexicon*> lexicons_;
};

// Types the services named like their company (lexicon attribute service=1: Twitter, Facebook)
// by their use in the document: ORG when the company speaks, as the speaker of a claim
// ("Twitter accuse Microsoft…", "selon Facebook"); else PRODUCT, the service ("sur Twitter",
// "le blocage de YouTube"). Runs after the claims. `lexicons` are the matcher's.
void TypeServicesByUse(const std::vector<const Lexicon*>& lexicons, Analysis* analysis,
                       std::vector<uint8_t>* use);

}  // namespace selon
