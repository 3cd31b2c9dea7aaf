// The French tokenizer.
//
// Splits the analysis text of a Document (valid UTF-8, NFC) into tokens with byte spans, a kind,
// shape flags and a folded key for matching. Rule-based and single-pass; it knows French:
//   - elision splits after the apostrophe: l’entreprise -> l’ | entreprise, d’OpenAI -> d’ |
//   OpenAI,
//     but aujourd’hui, prud’homme, quelqu’un, c’est-à-dire stay whole; "l' Aquitaine" works too;
//   - hyphenated compounds stay whole (porte-parole, Saint-Étienne), while verb-subject
//     inversions and imperative clitics split: a-t-il -> a | -t-il, dites-le-moi -> dites | -le |
//     -moi;
//   - numbers as French writes them: 1 000 000 (space, U+00A0 or U+202F), 3,5, 1er, XXIe,
//     28/11/2026, 14h30;
//   - abbreviations keep their period (M., etc., J.-C., O.N.U.), initials too (J. K. Rowling);
//   - URLs, e-mail addresses, @handles and #hashtags are single tokens.
// Whitespace of every kind (including NBSP, NNBSP, CR, NUL and a BOM) is never part of a token.
//
//   std::vector<selon::Token> tokens;
//   std::string keys;
//   selon::Tokenize(doc.analysis_text(), &tokens, &keys);
//   std::string_view key = tokens[0].key(keys);   // "l'" for "L’"
//
// Cost: linear; allocates only when `tokens` or `keys` must grow (reuse them across documents).
// Thread-safe: no shared mutable state.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace selon {

enum class TokenKind : uint8_t {
  kWord,
  kNumber,
  kPunct,
  kQuote,
  kSymbol,
  kUrl,
  kEmail,
  kHandle,
  kHashtag,
};

// "word", "number", "punct", "quote", "symbol", "url", "email", "handle", "hashtag".
const char* TokenKindName(TokenKind kind);

// Shape and context bits of a token.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,      // first letter is upper or title case
  kAllCaps = 1 << 1,          // at least two letters, all upper case
  kHasDigit = 1 << 2,         // contains a decimal digit
  kSpaceBefore = 1 << 3,      // whitespace (or start of text) precedes the token
  kNewlineBefore = 1 << 4,    // a line break precedes it (after the previous token)
  kBlankLineBefore = 1 << 5,  // an empty line precedes it (paragraph break)
  kElision = 1 << 6,          // an elided article/pronoun ending in an apostrophe: l’, qu’
  kClitic = 1 << 7,           // an inverted subject or imperative clitic: -t-il, -elle, -moi
  kAbbreviation = 1 << 8,     // a known abbreviation, an initial or a dotted acronym
  kMayEndSentence = 1 << 9,   // an abbreviation that can also end a sentence (etc., J.-C.)
  kOpeningQuote = 1 << 10,    // a quote mark that opens a quotation (« “ ‹ or a straight one)
  kClosingQuote = 1 << 11,    // a quote mark that closes one (» ” › or a straight one)
  kSentenceFinal = 1 << 12,   // . ! ? … ... and runs of ! and ?
  kClosingBracket = 1 << 13,  // ) ] }
  kDash = 1 << 14,            // a standalone - – — ‒ ―
  kHasUpper = 1 << 15,        // contains an upper-case letter anywhere (iPhone, OpenAI)
};

struct Token {
  uint32_t begin = 0;  // byte span in the analysis text
  uint32_t end = 0;
  uint32_t key_begin = 0;  // byte span of the folded key in the keys buffer
  uint32_t key_end = 0;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  std::string_view text(std::string_view analysis_text) const {
    return analysis_text.substr(begin, end - begin);
  }
  // The folded key: lower case, diacritics removed, apostrophes as ', hyphens as -.
  std::string_view key(std::string_view keys) const {
    return keys.substr(key_begin, key_end - key_begin);
  }
};

// Appends the tokens of `text` to `tokens` (after clearing it) and their folded keys to `keys`
// (after clearing it). `text` must be valid UTF-8 (Document::analysis_text()).
void Tokenize(std::string_view text, std::vector<Token>* tokens, std::string* keys);

// Folds `text` the way token keys are folded (case, diacritics, apostrophe and hyphen variants),
// appending to `out`. Lexicons use it to build keys that match token keys.
void FoldKey(std::string_view text, std::string* out);

}  // namespace selon
