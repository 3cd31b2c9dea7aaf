// The tokenizer without its fast paths, for the tests that check them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "selon/tokenizer.h"

namespace selon::internal {

// As Tokenize, with every word sent through the general word scanners (MayStartSpecialRun,
// ScanSpecialRun, ScanWord) instead of the fast paths that stand in for them
// (Scanner::ScanPlainWord and its endings at an apostrophe and a period). The two must give
// the same tokens and keys for every text; tests/tokenizer_test.cpp compares them. Slower than
// Tokenize; not for production use.
void TokenizeGeneral(std::string_view text, std::vector<Token>* tokens, std::string* keys);

}  // namespace selon::internal
