// Small string helpers shared by the data-file readers (lexicons, evidence, rules, cues).
#pragma once

#include <string_view>
#include <vector>

namespace selon::internal {

// Splits `s` at every `sep`; n separators give n + 1 fields (empty ones included). The views
// point into `s`.
inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    fields.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return fields;
    start = at + 1;
  }
}

// Calls f(field) for each field of Split(s, sep), in order, without building the vector.
template <typename F>
void ForEachField(std::string_view s, char sep, F f) {
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    f(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return;
    start = at + 1;
  }
}

}  // namespace selon::internal
