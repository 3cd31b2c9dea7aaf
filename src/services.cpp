#include <vector>

#include "matcher.h"

namespace selon {

void TypeServicesByUse(const std::vector<const Lexicon*>& lexicons, Analysis* analysis,
                       std::vector<uint8_t>* use_buffer) {
  std::vector<uint8_t>& use = *use_buffer;  // 1: a service; 2: a service acting as its company
  use.assign(analysis->entities.size(), 0);
  bool any = false;
  for (size_t e = 0; e < analysis->entities.size(); ++e) {
    const Entity& entity = analysis->entities[e];
    if (entity.lexicon < 0 || static_cast<size_t>(entity.lexicon) >= lexicons.size()) continue;
    if (lexicons[entity.lexicon]->EntryFlags(entity.entry) & kEntryService) {
      use[e] = 1;
      any = true;
    }
  }
  if (!any) return;
  auto acts = [&](int32_t e) {
    if (e >= 0 && static_cast<size_t>(e) < use.size() && use[e] == 1) use[e] = 2;
  };
  // The company speaks: "Twitter accuse Microsoft…", "selon Facebook". (Weaker evidence, such
  // as "le fondateur de Snapchat", also fits an article about the app.)
  for (const Attribution& c : analysis->claims) acts(c.speaker.entity);
  for (size_t e = 0; e < analysis->entities.size(); ++e)
    if (use[e] == 2) analysis->entities[e].type = EntityType::kOrganization;
}

}  // namespace selon
