#include "selon/analysis.h"

#include <algorithm>

#include "renumber.h"

namespace selon {

uint32_t Analysis::SentenceOfToken(uint32_t token_index) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token_index,
                             [](uint32_t t, const Sentence& s) { return t < s.end_token; });
  return static_cast<uint32_t>(it - sentences.begin());
}

void Analysis::RenumberEntities() {
  RenumberScratch scratch;
  selon::RenumberEntities(this, &scratch);
}

void RenumberEntities(Analysis* a, RenumberScratch* scratch) {
  std::vector<Mention>& mentions = a->mentions;
  std::vector<Entity>& entities = a->entities;
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
  std::vector<int32_t>& new_index = scratch->new_index;
  new_index.assign(entities.size(), -1);
  std::vector<Entity>& kept = scratch->kept;
  kept.clear();
  kept.reserve(entities.size());
  for (Mention& m : mentions) {
    if (new_index[m.entity] < 0) {
      new_index[m.entity] = static_cast<int32_t>(kept.size());
      kept.push_back(entities[m.entity]);  // each entity is taken once
    }
    m.entity = static_cast<uint32_t>(new_index[m.entity]);
  }
  auto remap = [&](int32_t e) {
    return e >= 0 && static_cast<size_t>(e) < new_index.size() ? new_index[e] : int32_t{-1};
  };
  std::vector<Role>& roles = a->roles;
  roles.erase(
      std::remove_if(roles.begin(), roles.end(),
                     [&](const Role& r) { return remap(static_cast<int32_t>(r.entity)) < 0; }),
      roles.end());
  for (Role& r : roles) {
    r.entity = static_cast<uint32_t>(remap(static_cast<int32_t>(r.entity)));
    r.of = remap(r.of);
  }
  for (Attribution& c : a->claims) {
    c.speaker.entity = remap(c.speaker.entity);
    c.addressee.entity = remap(c.addressee.entity);
    c.via.entity = remap(c.via.entity);
  }
  for (SourceCredit& source : a->sources) source.entity = remap(source.entity);
  entities.swap(kept);
}

void Analysis::clear() {
  tokens.clear();
  keys.clear();
  sentences.clear();
  entities.clear();
  mentions.clear();
  roles.clear();
  claims.clear();
  sources.clear();
  unbalanced_quotes.clear();
  composed_names.clear();
}

}  // namespace selon
