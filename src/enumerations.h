// Names in an enumeration take the type of the names around them.
//
// "Pelé a accompagné Dida, Bebeto, Fernando Hierro, Rio Ferdinand et Crespo": a list of three
// or more items, separated by commas and closed by "et" or "ou", whose named items are all of
// one type (here people) and make at least half of the list; its other items, capitalized
// words no lexicon or rule knew (Dida, Bebeto, Crespo), become names of that type. A list that
// mixes types, or whose unknown item is an ordinary word the evidence knows (a month, a role,
// a demonym), is left alone. Runs after the entity rules and before coreference, which then
// links these names like any other.
#pragma once

#include <cstdint>
#include <vector>

#include "evidence.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "token_features.h"

namespace selon {

struct EnumerationScratch {
  std::vector<int32_t> mention_of;  // per token: the mention covering it, or -1
  // One list being read: each item's tokens [first, end) and its mention (-1: unknown words).
  struct Item {
    uint32_t first = 0, end = 0;
    int32_t mention = -1;
  };
  std::vector<Item> items;
};

// Adds a mention (and an entity) "rule:enumeration" for each unknown item of a list whose
// named items agree on a type (see above). `scratch` is the caller's; it is cleared here.
// `features` (may be null): each token's evidence classes, looked up once by the pipeline;
// without them the evidence is asked.
void TypeEnumerations(const Document& doc, const Evidence& evidence, Analysis* analysis,
                      EnumerationScratch* scratch, const TokenFeatures* features = nullptr);

}  // namespace selon
