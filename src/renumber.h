// Analysis::RenumberEntities with caller-owned buffers, for the stages that renumber once per
// document (coreference, claims): the public member allocates its two buffers on every call,
// this one reuses the scratch's. Same result as the member, which calls it.
#pragma once

#include <cstdint>
#include <vector>

#include "selon/analysis.h"

namespace selon {

struct RenumberScratch {
  std::vector<int32_t> new_index;  // per entity: its new index, or -1 (dropped)
  std::vector<Entity> kept;        // the entities in their new order; swapped with the
                                   // analysis's, so both buffers keep their capacity
};

// Analysis::RenumberEntities(), in `scratch`'s buffers: allocates only when they grow.
void RenumberEntities(Analysis* analysis, RenumberScratch* scratch);

}  // namespace selon
