// The French tokenizer: a single left-to-right scan over valid UTF-8.
//
// Design. At each position the scanner classifies one code point (ASCII from a table, the rest
// from Unicode general categories via utf8proc) and dispatches to a sub-scanner: word, number,
// punctuation, symbol, or one of the "special runs" (URL, e-mail, @handle, #hashtag), which are
// tried first because they contain characters that would otherwise split them. French specifics
// live in the word scanner's decisions at an apostrophe (elision or not), a hyphen (compound, or
// verb-clitic inversion) and a period (abbreviation, initial, dotted acronym, or sentence end),
// and in the number scanner's grouping rules. Token keys are folded in the same pass that emits
// the token, into one buffer shared by all tokens, so tokenization allocates only when the
// caller's buffers grow.
#include "selon/tokenizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "internal/chars.h"
#include "internal/tokenizer_parts.h"
#include "internal/utf8.h"

namespace selon {

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
  }
  return "word";
}

namespace {

using internal::CharClass;

// ---- French data --------------------------------------------------------------------------

struct Abbreviation {
  std::string_view text;  // without the final period, case-sensitive
  bool may_end_sentence;  // true when the period can also close a sentence
};

// kElisions, kWholeWithApostrophe, kCliticLookalikeCompounds, kClitics, kAbbreviations and
// kOrdinalSuffixes, generated from lexicons/language/tokenizer.tsv by
// tools/generate-tokenizer-data: compiled in, so the tokenizer loads nothing and cannot fail.
#include "tokenizer_data.inc"

// ---- helpers --------------------------------------------------------------------------------

// ASCII classes, so the hot loop touches no table outside L1.
constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C)
      k = CharClass::kNewline;
    else if (c < 0x20 || c == ' ' || c == 0x7F)
      k = CharClass::kSpace;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      k = CharClass::kLetter;
    else if (c >= '0' && c <= '9')
      k = CharClass::kDigit;
    else if (c == '\'')
      k = CharClass::kApostrophe;
    else if (c == '-')
      k = CharClass::kHyphen;
    else if (std::string_view("!\"#()*,./:;?@[\\]_{}").find(static_cast<char>(c)) !=
             std::string_view::npos)
      k = CharClass::kPunct;
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClasses = MakeAsciiClasses();

// Token keys and shapes of ASCII bytes: the key byte (upper-case letters lowered) and whether
// the byte is a letter, an upper-case letter, a digit, a letter that is not upper case.
enum : uint8_t { kShapeLetter = 1, kShapeUpper = 2, kShapeDigit = 4, kShapeLower = 8 };
constexpr std::array<char, 128> MakeAsciiKeys() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return t;
}
constexpr std::array<uint8_t, 128> MakeAsciiShapes() {
  std::array<uint8_t, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = kShapeLetter | kShapeUpper;
    if (c >= 'a' && c <= 'z') t[c] = kShapeLetter | kShapeLower;
    if (c >= '0' && c <= '9') t[c] = kShapeDigit;
  }
  return t;
}
constexpr std::array<char, 128> kAsciiKeys = MakeAsciiKeys();

// The token flags a shape gives (Push): kHasDigit, kAllCaps (two letters or more, none lower
// case), kHasUpper, indexed by the kShape* bits or'ed with kTwoLetters.
constexpr uint8_t kTwoLetters = 16;
constexpr std::array<uint16_t, 32> MakeShapeFlags() {
  std::array<uint16_t, 32> t{};
  for (int i = 0; i < 32; ++i) {
    uint16_t f = 0;
    if (i & kShapeDigit) f |= kHasDigit;
    if ((i & kTwoLetters) && !(i & kShapeLower)) f |= kAllCaps;
    if (i & kShapeUpper) f |= kHasUpper;
    t[i] = f;
  }
  return t;
}
constexpr std::array<uint16_t, 32> kShapeFlags = MakeShapeFlags();

// Eight bytes as one word (little-endian: byte i of the text is bits 8i..8i+7).
constexpr uint64_t kOneBytes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = kOneBytes * 0x80;
// The bytes 0..n-1 of a word (n < 8), as a mask.
inline uint64_t LowBytes(size_t n) { return (uint64_t{1} << (8 * n)) - 1; }
// The high bit of each byte of `w` that is in [lo, hi]. Exact for bytes below 0x80 (no carry
// leaves them); a byte at 0x80 or above may carry into the bytes after it, which the callers
// mask out.
inline uint64_t BytesIn(uint64_t w, uint8_t lo, uint8_t hi) {
  const uint64_t at_least_lo = w + kOneBytes * (0x80 - lo);
  const uint64_t above_hi = w + kOneBytes * (0x7F - hi);
  return at_least_lo & ~above_hi & kHighBits;
}
constexpr std::array<uint8_t, 128> kAsciiShapes = MakeAsciiShapes();
// kAsciiShapes over every byte value (0 from 0x80), for loops that stop at the first byte that
// is not an ASCII letter or digit.
constexpr std::array<uint8_t, 256> MakeByteShapes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = MakeAsciiShapes()[c];
  return t;
}
constexpr std::array<uint8_t, 256> kByteShapes = MakeByteShapes();

// ASCII bytes that end a word with nothing left to decide: neither a letter nor a digit, and none
// of the characters at which ScanWord looks further (apostrophe, hyphen, period) or at which
// MayStartSpecialRun sends a word to ScanSpecialRun (@ : . _ % + -). Read by ScanPlainWord.
constexpr std::array<bool, 128> MakeAsciiPlainWordEnds() {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = MakeAsciiShapes()[c] == 0 &&
           std::string_view("'-.@:_%+").find(static_cast<char>(c)) == std::string_view::npos;
  return t;
}
constexpr std::array<bool, 128> kAsciiPlainWordEnds = MakeAsciiPlainWordEnds();

// Decodes the code point at `pos` of valid UTF-8; sets `*next` past it.
inline char32_t Decode(std::string_view s, size_t pos, size_t* next) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data()) + pos;
  const uint8_t b = p[0];
  if (b < 0x80) {
    *next = pos + 1;
    return b;
  }
  if (b < 0xE0) {
    *next = pos + 2;
    return (char32_t(b & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (b < 0xF0) {
    *next = pos + 3;
    return (char32_t(b & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *next = pos + 4;
  return (char32_t(b & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

inline CharClass ClassOf(char32_t c) { return c < 128 ? kAsciiClasses[c] : internal::Classify(c); }

inline bool IsWordChar(CharClass k) {
  return k == CharClass::kLetter || k == CharClass::kMark || k == CharClass::kDigit ||
         k == CharClass::kJoiner;
}

inline bool IsHorizontalSpaceAt(std::string_view s, size_t pos, size_t* next) {
  if (pos >= s.size()) return false;
  if (s[pos] == ' ') {
    *next = pos + 1;
    return true;
  }
  if (s.compare(pos, 2, "\xC2\xA0") == 0) {  // U+00A0
    *next = pos + 2;
    return true;
  }
  if (s.compare(pos, 3, "\xE2\x80\xAF") == 0) {  // U+202F
    *next = pos + 3;
    return true;
  }
  return false;
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The ASCII characters ScanSpecialRun's screen runs over (those a URL or an address starts with).
inline bool IsSpecialRunByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}

// Lower-cases ASCII letters of `word` into `buf` (up to its size); returns the view, or an
// empty view when the word is longer than the buffer or not ASCII (except ç).
std::string_view LowerAscii(std::string_view word, char* buf, size_t size) {
  if (word.size() > size) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf[i] = c;
  }
  return std::string_view(buf, word.size());
}

// The entries of kElisions that are one ASCII letter, a bit per letter (bit 0: a), so the
// common elisions (l' d' s' n') are found without the loop below.
constexpr uint32_t MakeOneLetterElisions() {
  uint32_t bits = 0;
  for (std::string_view e : kElisions)
    if (e.size() == 1 && e[0] >= 'a' && e[0] <= 'z') bits |= uint32_t{1} << (e[0] - 'a');
  return bits;
}
constexpr uint32_t kOneLetterElisions = MakeOneLetterElisions();
constexpr bool EveryOneByteElisionIsALetter() {
  for (std::string_view e : kElisions)
    if (e.size() == 1 && !(e[0] >= 'a' && e[0] <= 'z')) return false;
  return true;
}
static_assert(EveryOneByteElisionIsALetter(), "IsElisionPrefix tests one-byte words by letter");

bool IsElisionPrefix(std::string_view word) {
  if (word.size() == 1) {
    char c = word[0];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return c >= 'a' && c <= 'z' && ((kOneLetterElisions >> (c - 'a')) & 1) != 0;
  }
  char buf[8];
  std::string_view lower = LowerAscii(word, buf, sizeof buf);
  if (lower.empty()) return false;
  if (lower == "\xC3\x87") return true;  // Ç
  for (std::string_view e : kElisions)
    if (lower == e) return true;
  return false;
}

bool IsClitic(std::string_view segment) {
  for (std::string_view c : kClitics)
    if (segment == c) return true;
  return false;
}

bool IsEuphonicPronoun(std::string_view segment) {
  for (std::string_view p : kEuphonicPronouns)
    if (segment == p) return true;
  return false;
}

// kAbbreviations by their text (at most 8 bytes, packed little-endian into a uint64), in an
// open-addressing table of indices built at compile time: FindAbbreviation is asked about every
// word before a period, and the words there are rarely abbreviations.
constexpr uint64_t PackShortText(std::string_view s) {
  uint64_t v = 0;
  for (size_t i = 0; i < s.size(); ++i) v |= uint64_t{static_cast<uint8_t>(s[i])} << (8 * i);
  return v;
}
constexpr int kAbbreviationSlotBits = 8;
constexpr uint8_t kNoAbbreviation = 0xFF;
constexpr size_t AbbreviationSlot(uint64_t packed) {
  return static_cast<size_t>((packed * 0x9E3779B97F4A7C15ULL) >> (64 - kAbbreviationSlotBits));
}
constexpr std::array<uint8_t, size_t{1} << kAbbreviationSlotBits> MakeAbbreviationSlots() {
  std::array<uint8_t, size_t{1} << kAbbreviationSlotBits> slots{};
  for (uint8_t& s : slots) s = kNoAbbreviation;
  for (size_t i = 0; i < std::size(kAbbreviations); ++i) {
    size_t slot = AbbreviationSlot(PackShortText(kAbbreviations[i].text));
    while (slots[slot] != kNoAbbreviation) slot = (slot + 1) % slots.size();
    slots[slot] = static_cast<uint8_t>(i);
  }
  return slots;
}
constexpr bool AbbreviationsFitTheSlots() {
  for (const Abbreviation& a : kAbbreviations)
    if (a.text.empty() || a.text.size() > 8) return false;
  return std::size(kAbbreviations) < kNoAbbreviation / 2;
}
static_assert(AbbreviationsFitTheSlots(), "kAbbreviations: 1 to 8 bytes each, under 127 of them");
constexpr std::array<uint8_t, size_t{1} << kAbbreviationSlotBits> kAbbreviationSlots =
    MakeAbbreviationSlots();

// The first entry of kAbbreviations whose text is `word`, or null.
const Abbreviation* FindAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return nullptr;
  size_t slot = AbbreviationSlot(PackShortText(word));
  for (uint8_t i; (i = kAbbreviationSlots[slot]) != kNoAbbreviation;
       slot = (slot + 1) % kAbbreviationSlots.size())
    if (kAbbreviations[i].text == word) return &kAbbreviations[i];
  return nullptr;
}

bool IsOrdinalSuffix(std::string_view s) {
  for (std::string_view o : kOrdinalSuffixes)
    if (s == o) return true;
  return false;
}

// True when the folded form of text[pos..] starts with `prefix` (a folded key).
// Folds one code point at a time and stops at the first that differs (most words differ at
// their second or third), with no string built. Out of line: rare, and kept out of the word
// scanners' inlined body.
[[gnu::noinline]] bool FoldedStartsWith(std::string_view text, size_t pos,
                                        std::string_view prefix) {
  size_t matched = 0;  // bytes of `prefix` equal to the fold so far
  while (matched < prefix.size()) {
    if (pos >= text.size()) return false;
    size_t next;
    const char32_t c = Decode(text, pos, &next);
    char folded[internal::kMaxFoldedBytes];
    const size_t size = internal::FoldInto(c, folded);
    const size_t compared = std::min(size, prefix.size() - matched);
    if (std::memcmp(folded, prefix.data() + matched, compared) != 0) return false;
    matched += size;
    pos = next;
  }
  return true;
}

// True when text[pos..] is a word like c’est-à-dire or presqu’île that keeps its apostrophe.
bool IsWholeWordWithApostrophe(std::string_view text, size_t pos) {
  const char first = static_cast<char>(text[pos] | 0x20);
  if (first != 'c' && first != 'p') return false;  // every entry starts with c or p
  for (std::string_view whole : kWholeWithApostrophe)
    if (FoldedStartsWith(text, pos, whole)) return true;
  return false;
}

// True when a roman numeral with an ordinal suffix: XXIe, IIIe, Ier, Ve.
inline bool IsRomanDigit(char c) {
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}
// Out of line: Push asks MayBeRomanOrdinal first.
[[gnu::noinline]] bool IsRomanOrdinal(std::string_view w) {
  size_t i = 0;
  while (i < w.size() && IsRomanDigit(w[i])) ++i;
  if (i == 0 || i == w.size()) return false;
  if (w[i] != 'e' && w[i] != 'r' && w[i] != '\xC3') return false;  // how every suffix starts
  const std::string_view roman = w.substr(0, i);
  if (roman.size() == 1 && roman != "I" && roman != "V" && roman != "X") return false;
  const std::string_view suffix = w.substr(i);
  return suffix == "e" || suffix == "er" || suffix == "re" || suffix == "ère" || suffix == "ème" ||
         suffix == "es";
}

// False when IsRomanOrdinal(w) is false for certain, from the first two bytes: a numeral of two
// letters or more, or one of I V X before the first byte of a suffix. Rules out at once the
// capitalized words that start with C D L M (Le, Des, Ce, Mais).
inline bool MayBeRomanOrdinal(std::string_view w) {
  if (w.size() < 2 || !IsRomanDigit(w[0])) return false;
  if (IsRomanDigit(w[1])) return true;
  return (w[0] == 'I' || w[0] == 'V' || w[0] == 'X') &&
         (w[1] == 'e' || w[1] == 'r' || w[1] == '\xC3');
}

const RE2& EmailPattern() {
  static const RE2 re("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}",
                      RE2::Quiet);
  return re;
}

// ---- the scanner ----------------------------------------------------------------------------

class Scanner {
 public:
  // With `fast_paths` false, every word goes through the general scanners (MayStartSpecialRun,
  // ScanSpecialRun, ScanWord), which the fast paths must match token for token.
  Scanner(std::string_view text, std::vector<Token>* tokens, std::string* keys, bool fast_paths)
      : text_(text), tokens_(tokens), keys_(keys), fast_paths_(fast_paths) {}

  // Tokenizes the whole text; then *keys_ holds exactly the keys.
  void Run();

 private:
  // Emits the token text_[begin, end) with its folded key and shape flags. One ASCII byte (most
  // punctuation) is done inline; any other token by EmitGeneral.
  [[gnu::always_inline]] inline void Emit(size_t begin, size_t end, TokenKind kind,
                                          uint16_t flags = 0);
  [[gnu::noinline]] void EmitGeneral(size_t begin, size_t end, TokenKind kind, uint16_t flags);
  // Emit(begin, end, TokenKind::kNumber) for text_[begin, end), ASCII digits only: each folds to
  // itself and has a digit's shape, so the key is a copy (a fast path, as ScanPlainWord).
  [[gnu::noinline]] void EmitDigits(size_t begin, size_t end);
  // Emit's end: appends the token whose key Emit or ScanPlainWord wrote to keys_[key_size_,
  // key_end), with the shape flags of its characters (`shapes`: the union of their kShape*
  // bits; `capitalized`: its first letter is upper case; `letters`: how many letters, counted
  // at least up to 2).
  [[gnu::always_inline]] inline void Push(size_t begin, size_t end, TokenKind kind, uint16_t flags,
                                          size_t key_end, uint8_t shapes, bool capitalized,
                                          int letters);
  // Makes room for `needed` bytes in *keys_ (doubling), so keys are written with no check per
  // ASCII byte.
  void GrowKeys(size_t needed) { keys_->resize(std::max(2 * keys_->size(), needed)); }
  // The word scanner's fast path, for a word starting with a letter at `start`; returns false,
  // having emitted nothing, when the word needs MayStartSpecialRun and ScanWord.
  // Inlined into Run, its one caller in production: out of line, its call and the registers it
  // saves cost Tokenize 5 % of its instructions.
  [[gnu::always_inline]] inline bool ScanPlainWord(size_t start);
  // ScanPlainWord's endings at an apostrophe and at a period, with the run's key written to
  // keys_[key_size_, k) and its shape so far; false, having emitted nothing, when ScanWord must
  // decide.
  // The ASCII letters of text_[begin, end): ScanPlainWord counts them only for a word with no
  // lower-case letter, the one case in which Push reads the count. Out of line: rare.
  [[gnu::noinline]] size_t CountAsciiLetters(size_t begin, size_t end) const;
  // At an ASCII byte text_[p] that MayStartSpecialRun sends to ScanSpecialRun, after the ASCII
  // run text_[start, p) of letters, digits (and hyphens): whether ScanSpecialRun might emit.
  inline bool SpecialRunMayFollow(size_t start, size_t p) const;
  inline bool ScanElision(size_t start, size_t p, size_t next, size_t k, uint8_t shapes,
                          bool capitalized, int letters);
  inline bool ScanWordBeforePeriod(size_t start, size_t p, bool ascii, size_t k, uint8_t shapes,
                                   bool capitalized, int letters);
  // Cheap screen for ScanSpecialRun; sets `*run_end` to the end of the ASCII letters and digits
  // from `pos` (a word's start, then scanned no more).
  bool MayStartSpecialRun(size_t pos, size_t* run_end) const;
  bool ScanSpecialRun(size_t pos);  // emits a URL or e-mail starting at pos, if any
  // Emits the word at `start`; text_[start, word_from) is known to be ASCII letters or digits.
  void ScanWord(size_t start, size_t word_from);
  void ScanWord(size_t start) { ScanWord(start, start); }
  void ScanNumber(size_t start);
  void ScanPunct(size_t start, char32_t c, size_t next);
  void ScanSymbol(size_t start, size_t next);
  size_t WordRunEnd(size_t pos) const;
  size_t CliticChainEnd(size_t hyphen, size_t word_start) const;
  bool EuphonicPronounChain(size_t hyphen, size_t chain_end) const;
  size_t DottedAcronymEnd(size_t start) const;

  std::string_view text_;
  std::vector<Token>* tokens_;
  std::string* keys_;    // sized ahead of use: its bytes past key_size_ are scratch
  size_t key_size_ = 0;  // bytes of *keys_ holding keys
  size_t pos_ = 0;
  uint16_t gap_flags_ = kSpaceBefore;  // flags describing the whitespace before the next token
  int newlines_in_gap_ = 0;
  const bool fast_paths_;
};

void Scanner::Run() {
  // Sized once for the common case, so a fresh buffer (a short phrase) grows once, not by
  // doubling: keys are about as long as the text; a token takes 6 bytes of French text on
  // average (a space included), so a quarter of the text rarely needs to grow.
  keys_->resize(text_.size() + internal::kMaxFoldedBytes);
  tokens_->reserve(text_.size() / 4 + 4);
  while (pos_ < text_.size()) {
    if (text_[pos_] == ' ') {  // the kSpace case below, for the most common byte
      gap_flags_ |= kSpaceBefore;
      ++pos_;
      continue;
    }
    size_t next;
    const char32_t c = Decode(text_, pos_, &next);
    const CharClass k = ClassOf(c);
    switch (k) {
      case CharClass::kSpace:
      case CharClass::kJoiner:
        gap_flags_ |= kSpaceBefore;
        pos_ = next;
        break;
      case CharClass::kNewline:
        if (c == '\r' && next < text_.size() && text_[next] == '\n') ++next;  // CRLF is one
        gap_flags_ |= kSpaceBefore | kNewlineBefore;
        if (++newlines_in_gap_ >= 2) gap_flags_ |= kBlankLineBefore;
        pos_ = next;
        break;
      case CharClass::kLetter:
        if (fast_paths_ && ScanPlainWord(pos_)) break;
        [[fallthrough]];
      case CharClass::kMark: {
        size_t run_end;
        if (!MayStartSpecialRun(pos_, &run_end) || !ScanSpecialRun(pos_)) ScanWord(pos_, run_end);
        break;
      }
      case CharClass::kDigit: {
        size_t run_end;
        if (!MayStartSpecialRun(pos_, &run_end) || !ScanSpecialRun(pos_)) ScanNumber(pos_);
        break;
      }
      case CharClass::kSymbol:
        ScanSymbol(pos_, next);
        break;
      default:
        ScanPunct(pos_, c, next);
        break;
    }
  }
  keys_->resize(key_size_);
}

inline void Scanner::Emit(size_t begin, size_t end, TokenKind kind, uint16_t flags) {
  if (end != begin + 1 || static_cast<uint8_t>(text_[begin]) >= 0x80) {
    EmitGeneral(begin, end, kind, flags);
    return;
  }
  // One ASCII byte: what EmitGeneral gives for it. Room for its key byte as in EmitGeneral.
  const size_t k = key_size_;
  if (keys_->size() - k < 1 + internal::kMaxFoldedBytes)
    GrowKeys(k + 1 + internal::kMaxFoldedBytes);
  const uint8_t b = static_cast<uint8_t>(text_[begin]);
  const uint8_t shape = kAsciiShapes[b];
  keys_->data()[k] = kAsciiKeys[b];
  Push(begin, end, kind, flags, k + 1, shape, (shape & kShapeUpper) != 0, shape & kShapeLetter);
}

void Scanner::EmitGeneral(size_t begin, size_t end, TokenKind kind, uint16_t flags) {
  // The key is written straight into the pre-sized buffer. Room: an ASCII byte folds to one
  // byte; any other code point to at most kMaxFoldedBytes, checked before each one.
  size_t k = key_size_;
  if (keys_->size() - k < (end - begin) + internal::kMaxFoldedBytes)
    GrowKeys(k + (end - begin) + internal::kMaxFoldedBytes);
  char* out = keys_->data();
  const char* const text = text_.data();
  // Shape: the union of the characters' shapes, whether the first letter is upper case, and
  // the number of letters (counted up to 2, all that matters).
  uint8_t shapes = 0;
  bool capitalized = false;
  int letters = 0;
  for (size_t p = begin; p < end;) {
    if (std::endian::native == std::endian::little && p + 8 <= text_.size()) {
      // Eight bytes at a time while they are ASCII: keys and shapes with no branch per byte.
      uint64_t w;
      std::memcpy(&w, text + p, 8);
      const size_t left = end - p;
      const uint64_t high = w & kHighBits & (left >= 8 ? ~uint64_t{0} : LowBytes(left));
      const size_t n = high != 0 ? std::countr_zero(high) / 8 : std::min<size_t>(left, 8);
      const uint64_t valid = n == 8 ? ~uint64_t{0} : LowBytes(n);
      const uint64_t upper = BytesIn(w, 'A', 'Z') & valid;
      const uint64_t lower = BytesIn(w, 'a', 'z') & valid;
      const uint64_t letter = upper | lower;
      const uint64_t key = w | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
      std::memcpy(out + k, &key, 8);          // room: see above; bytes past n are scratch
      k += n;
      p += n;
      if (letter != 0) {
        if (letters == 0) capitalized = (upper >> std::countr_zero(letter)) & 1;
        letters += (letter & (letter - 1)) != 0 ? 2 : 1;
        shapes |= kShapeLetter | (upper != 0 ? kShapeUpper : 0) | (lower != 0 ? kShapeLower : 0);
      }
      if (BytesIn(w, '0', '9') & valid) shapes |= kShapeDigit;
      if (high == 0) continue;
    } else if (static_cast<uint8_t>(text[p]) < 0x80) {  // the last bytes of the text
      const uint8_t b = static_cast<uint8_t>(text[p]);
      const uint8_t shape = kAsciiShapes[b];
      out[k++] = kAsciiKeys[b];
      ++p;
      if (letters == 0 && (shape & kShapeLetter)) capitalized = shape & kShapeUpper;
      shapes |= shape;
      letters += shape & kShapeLetter;
      continue;
    }
    if (keys_->size() - k < (end - p) + internal::kMaxFoldedBytes) {
      keys_->resize(2 * keys_->size() + internal::kMaxFoldedBytes);
      out = keys_->data();
    }
    size_t next;
    const char32_t c = Decode(text_, p, &next);
    CharClass cls;
    bool upper;
    if (c < internal::kLatinEnd && internal::kLatin[c].folded_size <= internal::kMaxLatinFolded) {
      const internal::LatinChar& e = internal::kLatin[c];
      cls = e.cls;
      upper = e.upper;
      std::memcpy(out + k, e.folded, sizeof e.folded);
      k += e.folded_size;
    } else {
      cls = internal::Classify(c);
      upper = cls == CharClass::kLetter && internal::IsUpperCase(c);
      k += internal::FoldInto(c, out + k);
    }
    uint8_t shape = 0;
    if (cls == CharClass::kLetter)
      shape = upper ? kShapeLetter | kShapeUpper : kShapeLetter | kShapeLower;
    else if (cls == CharClass::kDigit)
      shape = kShapeDigit;
    if (letters == 0 && (shape & kShapeLetter)) capitalized = shape & kShapeUpper;
    shapes |= shape;
    letters += shape & kShapeLetter;
    p = next;
  }
  Push(begin, end, kind, flags, k, shapes, capitalized, letters);
}

void Scanner::EmitDigits(size_t begin, size_t end) {
  const size_t k = key_size_;
  if (keys_->size() - k < (end - begin) + internal::kMaxFoldedBytes)
    GrowKeys(k + (end - begin) + internal::kMaxFoldedBytes);
  char* const out = keys_->data() + k;
  if (end - begin <= 8 && begin + 8 <= text_.size()) {
    // Most numbers: one eight-byte copy (room: see above; the bytes past `end` are scratch).
    uint64_t w;
    std::memcpy(&w, text_.data() + begin, 8);
    std::memcpy(out, &w, 8);
  } else {
    std::memcpy(out, text_.data() + begin, end - begin);
  }
  Push(begin, end, TokenKind::kNumber, 0, k + (end - begin), kShapeDigit, false, 0);
}

inline void Scanner::Push(size_t begin, size_t end, TokenKind kind, uint16_t flags, size_t key_end,
                          uint8_t shapes, bool capitalized, int letters) {
  Token t;
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  t.kind = kind;
  t.key_begin = static_cast<uint32_t>(key_size_);
  key_size_ = key_end;
  flags |=
      kShapeFlags[shapes | (letters >= 2 ? kTwoLetters : 0)] | (capitalized ? kCapitalized : 0);
  t.key_end = static_cast<uint32_t>(key_size_);
  t.flags = flags | gap_flags_;
  if (kind == TokenKind::kWord && capitalized) {
    const std::string_view word = text_.substr(begin, end - begin);
    if (MayBeRomanOrdinal(word) && IsRomanOrdinal(word)) t.kind = TokenKind::kNumber;
  }
  tokens_->push_back(t);
  gap_flags_ = 0;
  newlines_in_gap_ = 0;
  pos_ = end;
}

// Equivalent to `MayStartSpecialRun`, `ScanSpecialRun` (false) then `ScanWord(start, run_end)`
// for the words it takes: a run of word characters (what WordRunEnd skips, less the middle dot)
// that ends
//   - at the end of the text, at an ASCII byte of kAsciiPlainWordEnds, or at a code point that
//     is neither a word character nor an apostrophe, a hyphen, ° or the middle dot: ScanWord
//     emits the run as a word;
//   - at an apostrophe, when the run is an elided word (IsElisionPrefix, not
//     IsWholeWordWithApostrophe): ScanWord emits it with its apostrophe, flagged kElision;
//   - at an ASCII period after two code points or more, when ScanSpecialRun's screen would stop
//     at neither '@' nor ':' and the word does not start with w (www.): ScanWord emits the run
//     with its period when it is a listed abbreviation (FindAbbreviation), else without it.
// and it goes on past an ASCII hyphen that ScanWord takes into a compound (a word character
// follows, CliticChainEnd finds no clitic chain; the same screen), or ends the word before a
// hyphen that no word character follows.
// Finding the end, it folds the key and collects the shape as Emit does (same tables, same
// per-code-point fold), so each byte is read once instead of four times. Any other ending
// returns false; the key bytes written past key_size_ are scratch.
inline bool Scanner::ScanPlainWord(size_t start) {
  const size_t n = text_.size();
  const char* const text = text_.data();
  size_t k = key_size_;
  // Room as in Emit: the bytes left plus kMaxFoldedBytes, checked again before each code point
  // that is not ASCII (which may fold to more bytes than it has). After one, at least the bytes
  // left remain, so an eight-byte store at `k` with eight bytes left in the text stays inside.
  if (keys_->size() - k < (n - start) + internal::kMaxFoldedBytes)
    GrowKeys(k + (n - start) + internal::kMaxFoldedBytes);
  char* out = keys_->data();
  uint8_t shapes = 0;
  // The letters above ASCII; the ASCII ones are counted before Push only if it needs them.
  int letters = 0;
  const uint8_t first = static_cast<uint8_t>(text[start]);
  bool capitalized = (kByteShapes[first] & kShapeUpper) != 0;  // not ASCII: set below
  bool ascii = true;                                           // no code point above ASCII so far
  size_t p = start;
  while (p < n) {
    // ASCII letters, eight bytes at a time while eight are left. More instructions than the byte
    // loop below for a short word, but one branch per eight bytes instead of one per byte whose
    // exit (the word's length) the processor cannot predict: Tokenize runs a fifth faster.
    // BytesIn is exact up to the first byte that is not an ASCII letter (no carry leaves a byte
    // below 0x80, and a byte from 0x80 with no carry into it is in no ASCII range), which is all
    // that is read of it.
    if constexpr (std::endian::native == std::endian::little) {
      while (p + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, text + p, 8);
        // A letter is one with its case bit (0x20) set; that bit, moved to the byte's high bit
        // by `w << 2`, tells lower case from upper case.
        const uint64_t letter = BytesIn(w | (kOneBytes * 0x20), 'a', 'z');
        const uint64_t stops = letter ^ kHighBits;  // a digit stops too: the loop below takes it
        // The letters before the first stop: the bits up to the stop's (all when none).
        const uint64_t word_letter = letter & (stops ^ (stops - 1));
        const uint64_t key = w | (letter >> 2);  // the case bit set on every letter: lowered
        std::memcpy(out + k, &key, 8);           // room: see above; past the stop, scratch
        const uint64_t case_bits = w << 2;
        shapes |= ((word_letter & ~case_bits) != 0 ? kShapeLetter | kShapeUpper : 0) |
                  ((word_letter & case_bits) != 0 ? kShapeLetter | kShapeLower : 0);
        const size_t m = static_cast<size_t>(std::countr_zero(stops)) / 8;  // 8 when none
        k += m;
        p += m;
        if (m < 8) break;
      }
    }
    // The most common ending (a space, a comma), at once: the loop below would take no byte.
    if (p < n && static_cast<uint8_t>(text[p]) < 0x80 &&
        kAsciiPlainWordEnds[static_cast<uint8_t>(text[p])])
      break;
    // ASCII letters and digits one byte at a time: the last bytes of the text, and digits.
    {
      char* const key_at = out + k - p;  // key byte of text byte i: key_at[i]
      const size_t from = p;
      uint8_t shape;
      while (p < n && (shape = kByteShapes[static_cast<uint8_t>(text[p])]) != 0) {
        key_at[p] = kAsciiKeys[static_cast<uint8_t>(text[p])];
        shapes |= shape;
        ++p;
      }
      k += p - from;
    }
    if (p >= n) break;
    const uint8_t b = static_cast<uint8_t>(text[p]);
    if (b < 0x80) {
      if (kAsciiPlainWordEnds[b]) break;
      if (b == '-') {
        // ScanWord at a hyphen: the word ends before it when no word character follows; it
        // splits off a chain of clitics (left to ScanWord); else the compound goes on.
        if (ascii && SpecialRunMayFollow(start, p)) return false;
        size_t after;
        if (p + 1 >= n || !IsWordChar(ClassOf(Decode(text_, p + 1, &after)))) break;
        if (CliticChainEnd(p, start) != 0) return false;
        out[k++] = '-';  // room: at least the bytes left, and the hyphen is one of them
        ++p;
        continue;
      }
      if (b != '\'' && b != '.') return false;
      if (!(shapes & kShapeLower)) letters += CountAsciiLetters(start, p);
      if (b == '\'') return ScanElision(start, p, p + 1, k, shapes, capitalized, letters);
      return ScanWordBeforePeriod(start, p, ascii, k, shapes, capitalized, letters);
    }
    if (keys_->size() - k < (n - p) + internal::kMaxFoldedBytes) {
      GrowKeys(k + (n - p) + internal::kMaxFoldedBytes);
      out = keys_->data();
    }
    size_t next;
    const char32_t c = Decode(text_, p, &next);
    const bool latin =
        c < internal::kLatinEnd && internal::kLatin[c].folded_size <= internal::kMaxLatinFolded;
    const CharClass cls = latin ? internal::kLatin[c].cls : internal::Classify(c);
    if (!IsWordChar(cls) || c == 0x00B7) {
      if (cls == CharClass::kApostrophe) {
        if (!(shapes & kShapeLower)) letters += CountAsciiLetters(start, p);
        return ScanElision(start, p, next, k, shapes, capitalized, letters);
      }
      if (c == 0x00B7 || c == 0x00B0 || cls == CharClass::kHyphen) return false;
      break;
    }
    ascii = false;
    bool upper;
    if (latin) {
      const internal::LatinChar& e = internal::kLatin[c];
      upper = e.upper;
      std::memcpy(out + k, e.folded, sizeof e.folded);
      k += e.folded_size;
    } else {
      upper = cls == CharClass::kLetter && internal::IsUpperCase(c);
      k += internal::FoldInto(c, out + k);
    }
    if (cls == CharClass::kLetter) {
      if (p == start) capitalized = upper;  // the word's first letter is its first code point
      shapes |= upper ? kShapeLetter | kShapeUpper : kShapeLetter | kShapeLower;
      ++letters;
    } else if (cls == CharClass::kDigit) {
      shapes |= kShapeDigit;
    }
    p = next;
  }
  if (!(shapes & kShapeLower)) letters += CountAsciiLetters(start, p);
  Push(start, p, TokenKind::kWord, 0, k, shapes, capitalized, letters);
  return true;
}

size_t Scanner::CountAsciiLetters(size_t begin, size_t end) const {
  size_t letters = 0;
  for (size_t i = begin; i < end; ++i)
    letters += kByteShapes[static_cast<uint8_t>(text_[i])] & kShapeLetter;
  return letters;
}

// ScanWord at an apostrophe text_[p, next) ending the run text_[start, p): the elision case. Every
// apostrophe folds to ' and has no shape bit, so the key and shape are the run's plus '\''.
inline bool Scanner::ScanElision(size_t start, size_t p, size_t next, size_t k, uint8_t shapes,
                                 bool capitalized, int letters) {
  if (!IsElisionPrefix(text_.substr(start, p - start)) || IsWholeWordWithApostrophe(text_, start))
    return false;
  keys_->data()[k] = '\'';  // room: at least the bytes left, and the apostrophe is one of them
  Push(start, next, TokenKind::kWord, kElision, k + 1, shapes, capitalized, letters);
  return true;
}

// ScanSpecialRun returns false having emitted nothing unless its screen stops at '@' (an e-mail
// address) or ':' (a URL), or the word starts with "www." (only w or W is checked here). The
// screen runs over text_[start, p], ASCII letters, digits and hyphens, and goes on from p + 1.
inline bool Scanner::SpecialRunMayFollow(size_t start, size_t p) const {
  if ((text_[start] | 0x20) == 'w') return true;
  size_t q = p + 1;
  while (q < text_.size() && IsSpecialRunByte(text_[q])) ++q;
  return q < text_.size() && (text_[q] == '@' || text_[q] == ':');
}

// ScanSpecialRun then ScanWord at an ASCII period text_[p] ending the run text_[start, p) (all
// ASCII when `ascii`; then MayStartSpecialRun sends the word to ScanSpecialRun). A period folds
// to '.' and has no shape bit.
inline bool Scanner::ScanWordBeforePeriod(size_t start, size_t p, bool ascii, size_t k,
                                          uint8_t shapes, bool capitalized, int letters) {
  if (ascii && SpecialRunMayFollow(start, p)) return false;
  size_t first_next;
  Decode(text_, start, &first_next);
  if (first_next == p) return false;  // one letter: an initial or a dotted acronym
  if (const Abbreviation* a = FindAbbreviation(text_.substr(start, p - start))) {
    keys_->data()[k] = '.';  // room: as in ScanElision
    Push(start, p + 1, TokenKind::kWord,
         kAbbreviation | (a->may_end_sentence ? kMayEndSentence : 0), k + 1, shapes, capitalized,
         letters);
    return true;
  }
  Push(start, p, TokenKind::kWord, 0, k, shapes, capitalized, letters);
  return true;
}

// A URL or address has one of these right after its first alphanumeric run (www. http: a@b
// jean.dupont@ jean_dupont@ jean-dupont@); ordinary words mostly end at a space or comma.
bool Scanner::MayStartSpecialRun(size_t pos, size_t* run_end) const {
  while (pos < text_.size()) {
    const uint8_t b = static_cast<uint8_t>(text_[pos]);
    if (b >= 0x80) break;
    const CharClass k = kAsciiClasses[b];
    if (k != CharClass::kLetter && k != CharClass::kDigit) break;
    ++pos;
  }
  *run_end = pos;
  if (pos >= text_.size() || static_cast<uint8_t>(text_[pos]) >= 0x80) return false;
  const char c = text_[pos];
  return c == '@' || c == ':' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool Scanner::ScanSpecialRun(size_t pos) {
  // Cheap screen: look ahead over the ASCII characters a URL or address can start with.
  size_t p = pos;
  while (p < text_.size() && IsSpecialRunByte(text_[p])) ++p;
  if (p == pos) return false;
  const char stop = p < text_.size() ? text_[p] : '\0';
  const std::string_view rest = text_.substr(pos);
  re2::StringPiece match;
  if (stop == '@') {
    if (!EmailPattern().Match(rest, 0, rest.size(), RE2::ANCHOR_START, &match, 1)) return false;
    Emit(pos, pos + match.size(), TokenKind::kEmail);
    return true;
  }
  const bool www =
      (p - pos > 4) && (rest[0] == 'w' || rest[0] == 'W') && FoldedStartsWith(text_, pos, "www.");
  if (!(stop == ':' || www)) return false;
  const size_t url_length = internal::UrlMatchLength(rest);
  if (url_length == 0) return false;
  // Trim trailing punctuation that belongs to the sentence, keeping balanced parentheses.
  std::string_view url = rest.substr(0, url_length);
  while (!url.empty()) {
    const char last = url.back();
    if (std::string_view(".,;:!?'\"]}").find(last) != std::string_view::npos) {
      url.remove_suffix(1);
    } else if (last == ')' && url.find('(') == std::string_view::npos) {
      url.remove_suffix(1);
    } else if (url.size() >= 3 &&
               (url.ends_with("\xE2\x80\x99") || url.ends_with("\xE2\x80\x9D"))) {
      url.remove_suffix(3);
    } else {
      break;
    }
  }
  if (url.size() <= 4) return false;
  Emit(pos, pos + url.size(), TokenKind::kUrl);
  return true;
}

size_t Scanner::WordRunEnd(size_t pos) const {
  while (pos < text_.size()) {
    const uint8_t b = static_cast<uint8_t>(text_[pos]);
    if (b < 0x80) {
      const CharClass k = kAsciiClasses[b];
      if (k == CharClass::kLetter || k == CharClass::kDigit) {
        ++pos;
        continue;
      }
      return pos;
    }
    size_t next;
    const char32_t c = Decode(text_, pos, &next);
    if (c == 0x00B7 && next < text_.size()) {  // middle dot of inclusive writing: député·e·s
      size_t after;
      if (ClassOf(Decode(text_, next, &after)) == CharClass::kLetter) {
        pos = next;
        continue;
      }
      return pos;
    }
    if (!IsWordChar(internal::Classify(c))) return pos;
    pos = next;
  }
  return pos;
}

// At a hyphen inside a word: when what follows is a chain of lower-case clitics running to the
// end of the hyphenated word (-t-il, -elle, -le-moi), returns the chain's end; else 0.
size_t Scanner::CliticChainEnd(size_t hyphen, size_t word_start) const {
  size_t p = hyphen;
  int segments = 0;
  bool pending_t = false;
  while (p < text_.size()) {
    size_t after_hyphen;
    const char32_t h = Decode(text_, p, &after_hyphen);
    // "a-t’il", "a-t'elle": the euphonic t's second hyphen miswritten as an apostrophe, as it
    // often is; only there does an apostrophe join a clitic.
    if (ClassOf(h) != CharClass::kHyphen && !(pending_t && ClassOf(h) == CharClass::kApostrophe))
      break;
    const size_t seg_end = WordRunEnd(after_hyphen);
    if (seg_end == after_hyphen) break;  // a hyphen not followed by a word: chain ends before it
    const std::string_view seg = text_.substr(after_hyphen, seg_end - after_hyphen);
    if (seg == "t") {
      if (pending_t) return 0;
      pending_t = true;
    } else {
      if (!IsClitic(seg)) return 0;
      if (pending_t && !IsEuphonicPronoun(seg)) return 0;
      pending_t = false;
      ++segments;
    }
    p = seg_end;
  }
  if (segments == 0 || pending_t) return 0;
  // The chain must end the word: an apostrophe + letter (donne-m'en) or a digit is not handled.
  if (p < text_.size()) {
    size_t next;
    const char32_t c = Decode(text_, p, &next);
    if (ClassOf(c) == CharClass::kApostrophe) return 0;
  }
  for (std::string_view compound : kCliticLookalikeCompounds)
    if (FoldedStartsWith(text_, word_start, compound) && p - word_start <= compound.size() + 2)
      return 0;
  return p;
}

// Whether [hyphen, chain_end) is one hyphen and a subject pronoun the euphonic t comes before
// (il, elle, on, ils, elles).
bool Scanner::EuphonicPronounChain(size_t hyphen, size_t chain_end) const {
  size_t after_hyphen;
  Decode(text_, hyphen, &after_hyphen);
  return IsEuphonicPronoun(text_.substr(after_hyphen, chain_end - after_hyphen));
}

// At a single letter followed by '.', the end of a dotted acronym (O.N.U., J.-C., U.S.A.)
// including its final period, or 0 when there are fewer than two letters.
size_t Scanner::DottedAcronymEnd(size_t start) const {
  size_t p = start;
  int letters = 0;
  while (p < text_.size()) {
    size_t next;
    const char32_t c = Decode(text_, p, &next);
    if (ClassOf(c) != CharClass::kLetter) break;
    const size_t end = WordRunEnd(p);
    if (end != next || end >= text_.size() || text_[end] != '.') break;  // one letter, then '.'
    ++letters;
    p = end + 1;
    if (p + 1 < text_.size() && text_[p] == '-') {
      size_t after;
      if (ClassOf(Decode(text_, p + 1, &after)) == CharClass::kLetter) ++p;  // J.-C.
    }
  }
  if (letters < 2) return 0;
  // A trailing hyphen we stepped over without a letter after it is not part of the acronym.
  return text_[p - 1] == '-' ? p - 1 : p;
}

void Scanner::ScanWord(size_t start, size_t word_from) {
  size_t p = word_from;
  while (true) {
    p = WordRunEnd(p);
    if (p >= text_.size()) break;
    size_t next;
    const char32_t c = Decode(text_, p, &next);
    const CharClass k = ClassOf(c);
    if (k == CharClass::kApostrophe) {
      const std::string_view word = text_.substr(start, p - start);
      if (IsElisionPrefix(word) && !IsWholeWordWithApostrophe(text_, start)) {
        Emit(start, next, TokenKind::kWord, kElision);
        return;
      }
      size_t after;
      if (next < text_.size() && ClassOf(Decode(text_, next, &after)) == CharClass::kLetter) {
        p = next;  // aujourd’hui, O’Brien
        continue;
      }
      break;
    }
    if (k == CharClass::kHyphen) {
      size_t after;
      if (next >= text_.size() || !IsWordChar(ClassOf(Decode(text_, next, &after)))) break;
      const size_t chain_end = CliticChainEnd(p, start);
      if (chain_end == 0) {
        p = next;  // a compound: porte-parole, Saint-Étienne
        continue;
      }
      // "a t-il": the euphonic t's first hyphen miswritten as a space, as it often is; the
      // lone t joins its pronoun as one clitic token (t-il), as in a-t-il (-t-il).
      if (p - start == 1 && text_[start] == 't' && EuphonicPronounChain(p, chain_end)) {
        Emit(start, chain_end, TokenKind::kWord, kClitic);
        return;
      }
      Emit(start, p, TokenKind::kWord);
      // Emit each clitic; "-t-" (or "-t’") joins the clitic after it.
      size_t q = p;
      while (q < chain_end) {
        size_t seg_start = q;
        size_t hyphen_len;
        Decode(text_, q, &hyphen_len);
        size_t seg_end = WordRunEnd(hyphen_len);
        if (text_.substr(hyphen_len, seg_end - hyphen_len) == "t") {
          Decode(text_, seg_end, &hyphen_len);
          seg_end = WordRunEnd(hyphen_len);
        }
        Emit(seg_start, seg_end, TokenKind::kWord, kClitic);
        q = seg_end;
      }
      return;
    }
    if (c == '.') {
      const std::string_view word = text_.substr(start, p - start);
      size_t first_next;
      const char32_t first = Decode(text_, start, &first_next);
      if (first_next == p && ClassOf(first) == CharClass::kLetter) {
        const size_t acronym_end = DottedAcronymEnd(start);
        if (acronym_end > 0) {
          // Two capitals joined by ".-" are a compound first name's initials ("J.-P. Renaud"):
          // no sentence ends there, unless the list says it may ("J.-C.", Jésus-Christ).
          const std::string_view acronym = text_.substr(start, acronym_end - 1 - start);
          const bool initials = acronym.size() == 4 && acronym[1] == '.' && acronym[2] == '-' &&
                                internal::IsUpperCase(first) &&
                                internal::IsUpperCase(static_cast<unsigned char>(acronym[3]));
          const Abbreviation* listed = initials ? FindAbbreviation(acronym) : nullptr;
          Emit(start, acronym_end, TokenKind::kWord,
               kAbbreviation |
                   (!initials || (listed != nullptr && listed->may_end_sentence) ? kMayEndSentence
                                                                                 : 0));
          return;
        }
        if (internal::IsUpperCase(first)) {  // an initial: J. K. Rowling
          Emit(start, next, TokenKind::kWord, kAbbreviation);
          return;
        }
      }
      if (const Abbreviation* a = FindAbbreviation(word)) {
        Emit(start, next, TokenKind::kWord,
             kAbbreviation | (a->may_end_sentence ? kMayEndSentence : 0));
        return;
      }
      break;
    }
    if (c == 0x00B0 && (p - start == 1) && (text_[start] == 'n' || text_[start] == 'N')) {
      Emit(start, next, TokenKind::kWord, kAbbreviation);  // n°
      return;
    }
    break;
  }
  Emit(start, p, TokenKind::kWord);
}

void Scanner::ScanNumber(size_t start) {
  size_t p = start;
  while (p < text_.size() && IsAsciiDigit(text_[p])) ++p;
  const size_t digits_end = p;
  // Thousands separated by a space, U+00A0 or U+202F: 1 000 000 (first group of 1-3 digits).
  if (p - start <= 3) {
    while (true) {
      size_t after_space;
      if (!IsHorizontalSpaceAt(text_, p, &after_space)) break;
      size_t q = after_space;
      while (q < text_.size() && IsAsciiDigit(text_[q])) ++q;
      if (q - after_space != 3) break;
      p = q;
    }
  }
  // Decimals and dotted thousands: 3,5  3.5  1.000.000
  if (p + 1 < text_.size() && text_[p] == ',' && IsAsciiDigit(text_[p + 1])) {
    p += 1;
    while (p < text_.size() && IsAsciiDigit(text_[p])) ++p;
  }
  while (p + 1 < text_.size() && text_[p] == '.' && IsAsciiDigit(text_[p + 1])) {
    p += 1;
    while (p < text_.size() && IsAsciiDigit(text_[p])) ++p;
  }
  // Dates: 28/11/2026
  while (p + 1 < text_.size() && text_[p] == '/' && IsAsciiDigit(text_[p + 1])) {
    p += 1;
    while (p < text_.size() && IsAsciiDigit(text_[p])) ++p;
  }
  // Times: 14:30
  if (p + 2 < text_.size() && text_[p] == ':' && IsAsciiDigit(text_[p + 1]) &&
      IsAsciiDigit(text_[p + 2]) && (p + 3 >= text_.size() || !IsAsciiDigit(text_[p + 3])))
    p += 3;
  // Glued letters: 14h30, 14h, 1er, XXIe (handled as words), 3D, 100km.
  const size_t run_end = WordRunEnd(p);
  if (run_end > p) {
    const std::string_view suffix = text_.substr(p, run_end - p);
    if (suffix[0] == 'h') {
      const std::string_view minutes = suffix.substr(1);
      if (minutes.empty() ||
          (minutes.size() == 2 && IsAsciiDigit(minutes[0]) && IsAsciiDigit(minutes[1]))) {
        Emit(start, run_end, TokenKind::kNumber);
        return;
      }
    }
    if (IsOrdinalSuffix(suffix)) {
      Emit(start, run_end, TokenKind::kNumber);
      return;
    }
    ScanWord(start);  // 3D, 4G, 100km, 2016-2017 as a compound
    return;
  }
  if (fast_paths_ && p == digits_end) {
    EmitDigits(start, p);
    return;
  }
  Emit(start, p, TokenKind::kNumber);
}

void Scanner::ScanPunct(size_t start, char32_t c, size_t next) {
  switch (c) {
    case '.':
      if (next + 1 < text_.size() && text_[next] == '.' && text_[next + 1] == '.') {
        size_t p = next;
        while (p < text_.size() && text_[p] == '.') ++p;
        Emit(start, p, TokenKind::kPunct, kSentenceFinal);
      } else {
        Emit(start, next, TokenKind::kPunct, kSentenceFinal);
      }
      return;
    case '!':
    case '?': {
      size_t p = next;
      while (p < text_.size() && (text_[p] == '!' || text_[p] == '?')) ++p;
      Emit(start, p, TokenKind::kPunct, kSentenceFinal);
      return;
    }
    case 0x2026:  // …
      Emit(start, next, TokenKind::kPunct, kSentenceFinal);
      return;
    case '@':
    case '#': {
      size_t p;
      p = next;
      while (p < text_.size()) {
        if (text_[p] == '_') {
          ++p;
          continue;
        }
        size_t q;
        if (!IsWordChar(ClassOf(Decode(text_, p, &q)))) break;
        p = q;
      }
      if (p > next) {
        Emit(start, p, c == '@' ? TokenKind::kHandle : TokenKind::kHashtag);
        return;
      }
      Emit(start, next, TokenKind::kSymbol);
      return;
    }
    case 0x00AB:  // «
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x2039:  // ‹
    case 0x2018:  // ‘
      Emit(start, next, TokenKind::kQuote, kOpeningQuote);
      return;
    case 0x00BB:  // »
    case 0x201D:  // ”
    case 0x203A:  // ›
    case 0x2019:  // ’
      Emit(start, next, TokenKind::kQuote, kClosingQuote);
      return;
    case '"':
    case '\'':
    case 0x02BC: {
      // A straight quote opens after whitespace, an opening bracket or an elided word (d'"un
      // jour historique"), closes otherwise.
      auto elided = [&] {
        const Token& last = tokens_->back();
        const std::string_view w = last.text(text_);
        return last.kind == TokenKind::kWord &&
               (w.back() == '\'' || (w.size() >= 3 && w.substr(w.size() - 3) == "\u2019"));
      };
      const bool opens =
          (gap_flags_ & kSpaceBefore) || tokens_->empty() ||
          std::string_view("([{").find(text_[tokens_->back().end - 1]) != std::string_view::npos ||
          elided();
      Emit(start, next, TokenKind::kQuote, opens ? kOpeningQuote : kClosingQuote);
      return;
    }
    case ')':
    case ']':
    case '}':
      Emit(start, next, TokenKind::kPunct, kClosingBracket);
      return;
    case '-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      Emit(start, next, TokenKind::kPunct, kDash);
      return;
    default:
      Emit(start, next, TokenKind::kPunct);
      return;
  }
}

void Scanner::ScanSymbol(size_t start, size_t next) {
  // Keep an emoji with its modifiers, variation selectors and ZWJ sequences.
  size_t p = next;
  size_t first_end = next;
  char32_t first;
  {
    size_t tmp;
    first = Decode(text_, start, &tmp);
  }
  while (p < text_.size()) {
    size_t q;
    const char32_t c = Decode(text_, p, &q);
    const CharClass k = ClassOf(c);
    if (k == CharClass::kMark || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)) {
      p = q;
      continue;
    }
    if (c == 0x200D && q < text_.size()) {  // ZWJ joins the next symbol
      size_t r;
      if (ClassOf(Decode(text_, q, &r)) == CharClass::kSymbol) {
        p = r;
        continue;
      }
    }
    // Regional indicators pair into a flag.
    if (first >= 0x1F1E6 && first <= 0x1F1FF && p == first_end && c >= 0x1F1E6 && c <= 0x1F1FF) {
      p = q;
      continue;
    }
    break;
  }
  Emit(start, p, TokenKind::kSymbol);
}

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens, std::string* keys) {
  tokens->clear();
  keys->clear();
  Scanner scanner(text, tokens, keys, /*fast_paths=*/true);
  scanner.Run();
}

size_t internal::UrlMatchLength(std::string_view text) {
  // The scheme, ASCII letters in either case ('s' also as U+017F, which case-folds to it).
  size_t p = 0;
  const auto take = [&](std::string_view lower) {
    size_t q = p;
    for (const char c : lower) {
      if (q < text.size() && (text[q] == c || (c >= 'a' && c <= 'z' && text[q] == c - 'a' + 'A'))) {
        ++q;
      } else if (c == 's' && text.substr(q, 2) == "\xC5\xBF") {  // ſ
        q += 2;
      } else {
        return false;
      }
    }
    p = q;
    return true;
  };
  if (take("http")) {
    take("s");
    if (!take("://")) return 0;
  } else if (!take("ftp://") && !take("www.")) {
    return 0;
  }
  // Then one code point or more outside the class.
  const size_t scheme_end = p;
  while (p < text.size()) {
    const uint8_t b = static_cast<uint8_t>(text[p]);
    if (b < 0x80) {
      if (b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == '<' || b == '>' ||
          b == '"')
        break;
      ++p;
      continue;
    }
    const size_t size = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    const std::string_view c = text.substr(p, size);
    if (c == "\u00AB" || c == "\u00BB" || c == "\u201C" || c == "\u201D" || c == "\u00A0" ||
        c == "\u202F" || c == "\u2009")
      break;
    p = std::min(p + size, text.size());
  }
  return p > scheme_end ? p : 0;
}

void internal::TokenizeGeneral(std::string_view text, std::vector<Token>* tokens,
                               std::string* keys) {
  tokens->clear();
  keys->clear();
  Scanner scanner(text, tokens, keys, /*fast_paths=*/false);
  scanner.Run();
}

}  // namespace selon
