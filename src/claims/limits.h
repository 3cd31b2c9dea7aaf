// Named limits of the claims stage: every window, budget and length bound its algorithms use.
// French attribution is local, so every scan is bounded; a bound long enough for news prose
// keeps a pathological document (one 10,000-token sentence, a list of names) linear.
#pragma once

#include <cstddef>
#include <cstdint>

namespace selon::claims {

// ---- resolution ----
constexpr size_t kWindow = 256;  // how far back resolution looks (referents, mentions)

}  // namespace selon::claims
