// TokenMarks: what the event rules tell the entity stages about each token before any entity
// is found, and where sentences start. RuleSet::FindEvents writes it; LexiconMatcher::Match and
// RuleSet::Apply read it.
// Both vectors have one entry per token of the analysis they were computed on.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "selon/analysis.h"

namespace selon {

struct TokenMarks {
  // 1: the token is inside an EVENT name (Tour de France, Rio 2016): no entity may use it.
  std::vector<uint8_t> blocked;
  // 1: a word that is never an entity by itself (months, demonyms, generic acronyms): no
  // one-word mention, though it may be part of a longer one.
  std::vector<uint8_t> never_alone;
  // 1: a word of a multi-word title or role ("Première ministre", "directeur général") that
  // the title goes on after: no name ends there ("La Première", a radio station, is no name in
  // "La Première ministre").
  std::vector<uint8_t> title_continues;
  // 1: the first word of its sentence (after opening quotes and punctuation).
  std::vector<uint8_t> sentence_initial;
  // The keys of the words capitalized inside a sentence, one per occurrence, sorted by
  // KeyOrder: a word opening a sentence is a name only if it is also written so elsewhere.
  // (Words of caseless lines are not counted.)
  std::vector<std::string_view> capitalized_inside;
  // 1: a token of a caseless line, one written all in capitals ("GRÈVE À BREST : LE MAIRE
  // TIENT BON"), whose capitals say nothing of names: a word there is a name only with the
  // evidence a sentence's first word needs.
  std::vector<uint8_t> caseless;
};

// A line is caseless when it has at least this many words of two letters or more, all in
// capitals, and no word with a lower-case letter ("NEW YORK" or "PARIS (AFP)" keep their
// capitals' meaning).
inline constexpr uint32_t kMinCaselessWords = 3;

// The order of TokenMarks::capitalized_inside, which lookups in it must use: by byte length,
// then by first byte, then by bytes. Not lexicographic, and cheaper: most pairs of keys differ
// in length or first byte, so few compares call memcmp.
struct KeyOrder {
  bool operator()(std::string_view a, std::string_view b) const {
    if (a.size() != b.size()) return a.size() < b.size();
    if (a.empty() || a[0] != b[0])
      return !a.empty() && static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    return a.compare(b) < 0;
  }
};

// Fills `initial` (1 at each sentence's first word, after opening quotes and punctuation),
// `caseless` (1 at each token of a caseless line, see TokenMarks) and `capitalized_inside` (the
// keys of the capitalized words elsewhere, sorted by KeyOrder) for `analysis`.
void FindSentenceStarts(const Analysis& analysis, std::vector<uint8_t>* initial,
                        std::vector<std::string_view>* capitalized_inside,
                        std::vector<uint8_t>* caseless);

}  // namespace selon
