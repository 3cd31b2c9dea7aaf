// Helpers shared by the unit tests.
#pragma once

#include <string>
#include <vector>

#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/pipeline.h"

namespace selon::testing {

// Tokenizes `text` as a document; returns the token texts of the original input.
inline std::vector<std::string> TokenTexts(const std::string& text, Analysis* analysis = nullptr) {
  Analysis local;
  if (analysis == nullptr) analysis = &local;
  const Document doc{std::string(text)};
  Tokenize(doc.analysis_text(), &analysis->tokens, &analysis->keys);
  std::vector<std::string> out;
  for (const Token& t : analysis->tokens) {
    const ByteSpan s = doc.ToOriginal({t.begin, t.end});
    out.emplace_back(doc.original().substr(s.begin, s.end - s.begin));
  }
  return out;
}

}  // namespace selon::testing
