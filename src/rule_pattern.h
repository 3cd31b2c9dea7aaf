// The compiled form of a token rule, shared by the rule loader (rules.cpp) and the matcher
// (rule_match.cpp): a rule is a list of elements, each a test on one token (class bits, a
// folded word set, an exact text set) or on an entity mention, with a repetition range; `<`
// and `>` are marks. Internal to RuleSet.
#pragma once

#include <re2/re2.h>

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "internal/flat_table.h"
#include "rules.h"
#include "selon/analysis.h"

namespace selon {
namespace internal {

inline constexpr int kMaxRepeat = 8;
inline constexpr size_t kMaxWords = 512;  // distinct folded words over all token patterns
inline constexpr uint16_t kNoWord = 0xFFFF;
// Exact texts (=word) of one element: the first of each byte size below kExactIndexed is in a
// table when the element has at most kMaxIndexedExact (the table holds bytes); else, and for
// longer tokens, it is found by a binary search.
inline constexpr size_t kExactIndexed = 63;
inline constexpr size_t kMaxIndexedExact = 255;

enum class ElementKind { kClass, kWords, kExact, kEntity, kOpen, kClose };

struct Element {
  ElementKind kind = ElementKind::kClass;
  uint32_t mask = 0;    // kClass: all of these bits (@a&b)
  uint32_t forbid = 0;  // kClass, kEntity (its mention's first token): none of these bits (@a&!b)
  // kWords: folded, in file order; kExact: as written, by byte length then text (a test reads
  // only the texts of the token's length).
  std::vector<std::string> words;
  // kWords: per word of `words`, 1 when it is accent-exact (written with a diacritic: `à`,
  // `été`); its entry in `words` is then its spelling (SpellingOf), not its folded key, and it
  // takes only the tokens spelled so (SpelledAs).
  std::vector<uint8_t> accent_exact;
  uint64_t exact_lengths = 0;  // kExact: bit min(size, 63) set for each word's byte size
  // kExact, after IndexExactWords: exact_from[s] is the index in `words` of the first word of
  // byte size s or more, for s < kExactIndexed, when `exact_indexed` (at most
  // kMaxIndexedExact words); FirstExactOfSize reads it.
  bool exact_indexed = false;
  uint8_t exact_from[kExactIndexed] = {};
  // kExact, after IndexExactWords: bit (min(s, 63), b) set when some word of byte size s starts
  // with byte b, as kExactScreenWords words per size (a word's byte b at bit b % 64 of word
  // b / 64); MatchesExact rejects most tokens with it before reading any word. Empty before.
  std::vector<uint64_t> exact_screen;
  // kWords: the words' ids in the WordTable: a folded word's id and the ids of every
  // accent-exact spelling of its key (`a` takes "à"), an accent-exact word's spelling id only.
  std::bitset<kMaxWords> word_set;
  EntityType entity = EntityType::kPerson;
  int min = 1, max = 1;
};

// Element::exact_screen: byte sizes 0 to 63 (63: 63 bytes or more), 256 bits (a first byte's
// values) each.
inline constexpr size_t kExactScreenSizes = 64;
inline constexpr size_t kExactScreenWords = 4;

// Fills e->exact_screen from e->words, and e->exact_from (words sorted by byte size) if there
// are few enough. Load time.
inline void IndexExactWords(Element* e) {
  e->exact_screen.assign(kExactScreenSizes * kExactScreenWords, 0);
  for (const std::string& word : e->words) {
    if (word.empty()) continue;  // an empty text is never screened (MatchesExact)
    const unsigned char b = static_cast<unsigned char>(word[0]);
    const size_t at =
        std::min<size_t>(word.size(), kExactScreenSizes - 1) * kExactScreenWords + b / 64;
    e->exact_screen[at] |= uint64_t{1} << (b % 64);
  }
  e->exact_indexed = e->words.size() <= kMaxIndexedExact;
  if (!e->exact_indexed) return;
  size_t w = 0;
  for (size_t size = 0; size < kExactIndexed; ++size) {
    while (w < e->words.size() && e->words[w].size() < size) ++w;
    e->exact_from[size] = static_cast<uint8_t>(w);
  }
}

// The index in e.words of the first word of byte size `size` or more (e.words.size() if none):
// one table read for the common token, else a binary search. Never allocates.
inline size_t FirstExactOfSize(const Element& e, size_t size) {
  if (e.exact_indexed && size < kExactIndexed) return e.exact_from[size];
  return static_cast<size_t>(
      std::partition_point(e.words.begin(), e.words.end(),
                           [&](const std::string& word) { return word.size() < size; }) -
      e.words.begin());
}

// Whether `text` is one of e.words (kExact, indexed by IndexExactWords). Reads only the words of
// the text's byte size, and among them, sorted by text (unsigned bytes), those of its first byte.
// Never allocates.
inline bool MatchesExact(const Element& e, std::string_view text) {
  if (!(e.exact_lengths >> std::min<size_t>(text.size(), 63) & 1)) return false;
  // No word of this size starts with this byte (most tokens): no word read.
  if (!text.empty() && !e.exact_screen.empty()) {
    const unsigned char b = static_cast<unsigned char>(text[0]);
    const size_t at =
        std::min<size_t>(text.size(), kExactScreenSizes - 1) * kExactScreenWords + b / 64;
    if (!(e.exact_screen[at] >> (b % 64) & 1)) return false;
  }
  auto w = e.words.begin() + static_cast<std::ptrdiff_t>(FirstExactOfSize(e, text.size()));
  if (text.empty()) return w != e.words.end() && w->empty();
  const unsigned char want = static_cast<unsigned char>(text[0]);
  for (; w != e.words.end() && w->size() == text.size(); ++w) {
    const unsigned char first = static_cast<unsigned char>((*w)[0]);
    if (first < want) continue;
    if (first > want) break;  // the words of one size are sorted
    if (*w == text) return true;
  }
  return false;
}

// Whether the whole of `s` is M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3}) (a Roman
// numeral below 4000, or the empty text), as RE2::FullMatch with that pattern says, read left to
// right with no backtracking: a later group never starts with a letter an earlier one leaves
// (C, D, M after the hundreds; L, X after the tens), so each group's longest choice is the only
// one the rest can follow. Never allocates.
inline bool MatchesRomanPattern(std::string_view s) {
  size_t i = 0;
  const auto run = [&](char c, size_t max) {
    for (size_t k = 0; k < max && i < s.size() && s[i] == c; ++k) ++i;
  };
  // (one ten | one five | five? one{0,3})
  const auto digit = [&](char one, char five, char ten) {
    if (i + 1 < s.size() && s[i] == one && (s[i + 1] == ten || s[i + 1] == five)) {
      i += 2;
      return;
    }
    if (i < s.size() && s[i] == five) ++i;
    run(one, 3);
  };
  run('M', 3);
  digit('C', 'D', 'M');
  digit('X', 'L', 'C');
  digit('I', 'V', 'X');
  return i == s.size();
}

// Accent-exact words. A rule word written with a diacritic matches only the tokens that carry
// it: `à` takes "à" and "À", not the verb "a"; `où` not "ou", `été` not "ete". Case does not
// count, and a capital without a diacritic stands for the letter with any, since French
// capitals often drop them ("A Paris", "ETE"). Words without a diacritic stay folded: `a` takes
// "a" and "à".

// Whether `word` has a letter with a diacritic: a non-ASCII letter that folds to one ASCII letter
// (é, à, ç, ô; not œ, æ, ß). Load time.
bool HasDiacritic(std::string_view word);

// The spelling of rule word `word` that SpelledAs compares with: lower case, diacritics kept,
// apostrophes and hyphens unified as in folded keys. Load time.
std::string SpellingOf(std::string_view word);

// Whether token text `text`, whose folded key is the fold of `spelling` (a SpellingOf), is
// spelled so: letter for letter, case aside, a capital without a diacritic matching the letter
// with any. Never allocates.
bool SpelledAs(std::string_view text, std::string_view spelling);

}  // namespace internal

struct RuleSet::Rule {
  std::string id;
  std::string via;  // "rule:<id>"
  EntityType type;
  // Runs with the EVENT rules, before the lexicons (type `LOC,first` in the rules file): its
  // words are blocked for every other entity, and, unless it is an EVENT rule, its match is an
  // entity of `type` (RuleSet::Apply adds it). Always true for EVENT rules.
  bool before_lexicons = false;
  std::vector<internal::Element> elements;  // token pattern
  std::unique_ptr<re2::RE2> regex;          // or a regex
  int regex_group = 0;                      // 0: whole match
  int first = -1;  // index of a mandatory first element, to screen start tokens cheaply
  // Index of a mandatory one-token element right after `first` (which matches exactly one
  // token), checked on the next token before the full match: most article-led rules stop there.
  int second = -1;
  // Bit t: an @TYPE element of entity type t lies inside <…>, so the rule's mention takes in
  // the lexicon mention it matches ("<@orghead @ORG>": "université Harvard" over "Harvard").
  uint8_t absorbs = 0;
};

struct RuleSet::RuleCheck {
  const internal::Element* first = nullptr;   // test on the start token, if any
  const internal::Element* second = nullptr;  // test on the next token (none there: no match)
  // Bit i: the match must take a token that needed_[i] accepts (an exact text or an entity
  // mention the pattern requires after its first element), so the rule is tried only in a
  // sentence where one follows the start token.
  uint32_t needs = 0;
  // The class bits of the pattern's mandatory class elements (@role, @upper…): each is on some
  // token of the match, so the rule is tried only where the tokens from the start token to the
  // sentence's end have them all between them.
  uint32_t needs_classes = 0;
  // The prefix of the pattern the start screen has matched already, when it takes one token an
  // element (a first element of one token, not a mention, and a second of one token after it):
  // the match resumes at element `resume` (0: from the start), `advance` tokens on, with the
  // marks of the prefix at these token offsets from the start token (-1: not in the prefix).
  uint32_t resume = 0, advance = 0;
  int32_t open_at = -1, close_at = -1;
};

struct WordTable {
  // While loading: the folded words' ids, and the accent-exact words' ids by kSpellingTag then
  // their spelling; every id is below ids.size().
  std::unordered_map<std::string, uint16_t> ids;
  static constexpr char kSpellingTag = '\x01';
  // The accent-exact spellings of the folded keys that have some, one group of consecutive
  // entries a key: group g (Info::spellings, from 1) is spellings[groups[g - 1].first ..
  // groups[g - 1].second). A token whose key has a group takes the id of the spelling it is
  // spelled as (RuleSet::WordIdOfSpelling), else the key's own.
  struct Spelling {
    std::string text;  // SpellingOf the rule word
    uint16_t word_id;
  };
  std::vector<Spelling> spellings;
  std::vector<std::pair<uint16_t, uint16_t>> groups;
  // Per folded word: its id among the rules' words and its evidence classes. First names
  // (65,000) count only when the word is capitalized and are read from the evidence's own table
  // (Evidence::FirstNameClasses), so that the lookup every token makes stays in a small,
  // cache-resident table.
  struct Info {
    uint16_t word_id = 0xFFFF;
    uint16_t spellings = 0;  // group of accent-exact spellings (0: none)
    uint32_t classes = 0;
  };
  internal::FlatKeyTable<Info> table;
};

}  // namespace selon
