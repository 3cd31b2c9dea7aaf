// Analysis: everything selon finds in one Document, in analysis-text byte offsets.
//
// An Analysis is a reusable buffer: Pipeline::Analyze() clears and refills it, so a worker that
// keeps one Analysis across documents allocates only when a document is larger than any before.
// Spans are byte offsets into Document::analysis_text(); Document::ToOriginal() maps them back,
// and JsonWriter does that for output.
#pragma once

#include <string>
#include <vector>

#include "selon/sentences.h"
#include "selon/tokenizer.h"

namespace selon {

struct Analysis {
  std::vector<Token> tokens;
  std::string keys;  // folded token keys, see Token::key()
  std::vector<Sentence> sentences;

  // Index of the sentence that contains token `token_index` (binary search).
  uint32_t SentenceOfToken(uint32_t token_index) const;

  void clear();
};

}  // namespace selon
