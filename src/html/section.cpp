#include "html/section.h"

#include <algorithm>
#include <charconv>

namespace selon::html {

void AppendUint(uint64_t value, std::string* out) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out->append(buffer, result.ptr);
}

Section::Section(uint64_t index, const Analysis& analysis, std::string_view text)
    : analysis_(analysis), text_(text), id_("d") {
  // (Appended, not "d" + std::to_string(index): GCC 12 warns falsely on that, -Wrestrict.)
  AppendUint(index, &id_);
  const size_t n = analysis.entities.size();
  mention_count_.assign(n, 0);
  for (const Mention& m : analysis.mentions) ++mention_count_[m.entity];
  for (size_t e = 0; e < n; ++e) {
    if (mention_count_[e] == 0 || analysis.entities[e].type == EntityType::kEvent) continue;
    ++entity_total_;
    mention_total_ += mention_count_[e];
  }
  if (analysis.roles.empty()) return;
  // Each entity keeps its first few distinct role texts, in the order of Analysis::roles.
  roles_.resize(n);
  std::vector<uint8_t> listed(n, 0);
  for (const Role& r : analysis.roles) {
    if (r.entity >= n || listed[r.entity] >= kMaxListedRoles) continue;
    const std::string_view text = Slice(r.begin, r.end);
    std::string& roles = roles_[r.entity];
    if (text.empty()) continue;
    // Distinct: compared with the few already listed for this entity.
    bool repeated = false;
    for (size_t at = 0; at <= roles.size() && !repeated;) {
      const size_t stop = std::min(roles.find("; ", at), roles.size());
      repeated = !roles.empty() && std::string_view(roles).substr(at, stop - at) == text;
      at = stop + 2;
    }
    if (repeated) continue;
    if (!roles.empty()) roles.append("; ");
    roles.append(text);
    ++listed[r.entity];
  }
}

std::string_view Section::Slice(uint32_t begin, uint32_t end) const {
  if (begin >= end || begin >= text_.size()) return {};
  return text_.substr(begin, end - begin);
}

}  // namespace selon::html
