// Sentence segmentation over tokens.
//
// A sentence ends at . ! ? … ... (and runs such as ?!) when the next token starts a new one
// (upper case, digit, opening quote or dash); closing quotes and brackets right after the
// punctuation stay with the sentence, so « Non ! », a-t-il dit. is one sentence and a quotation
// spanning sentences keeps them apart. Abbreviations and initials (M. Dupont, J. K. Rowling) do
// not end sentences; those that can (etc., J.-C.) do when a capitalized word follows. An empty
// line always ends a sentence; a single line break does unless the next line starts in lower
// case (wrapped text), so a title line is its own sentence.
//
//   std::vector<selon::Sentence> sentences;
//   selon::SplitSentences(tokens, &sentences);
#pragma once

#include <cstdint>
#include <vector>

#include "selon/tokenizer.h"

namespace selon {

struct Sentence {
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t begin = 0;  // byte span in the analysis text: first token's start, last token's end
  uint32_t end = 0;
};

// Fills `sentences` (after clearing it). Every token belongs to exactly one sentence.
void SplitSentences(const std::vector<Token>& tokens, std::vector<Sentence>* sentences);

}  // namespace selon
