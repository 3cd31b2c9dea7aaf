// Parts of the tokenizer that its tests check on their own.
#pragma once

#include <cstddef>
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

// The length of the URL at the start of `text` (valid UTF-8), 0 if none: what the RE2 pattern
//   (?i)(?:https?://|ftp://|www\.)[^\s<>«»"“”\x{00A0}\x{202F}\x{2009}]+
// matches anchored at the start (RE2's \s is [\t\n\f\r ]; under (?i) its s also matches ſ,
// U+017F), before the tokenizer trims the punctuation that ends a sentence. Written out because
// the tokenizer asks at every "http:" and "www.": RE2 spent ten times as long on it.
// tests/tokenizer_test.cpp compares it with the pattern.
size_t UrlMatchLength(std::string_view text);

}  // namespace selon::internal
