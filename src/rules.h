// RuleSet: named patterns that find entities no lexicon knows.
//
// Rules live in data files (lexicons/rules/*.rules, format in lexicons/rules/README.md): one rule
// a line, `id <TAB> type <TAB> pattern [<TAB> comment]`. A pattern is either
//   - a token pattern: a sequence of elements, each optionally followed by ? + or *:
//       @name @cap @upper @firstname @civility @title @role @orgcue @prodcue @placecue
//       @number @initial @any    token classes (evidence lists, shape)
//       @PER @ORG @PRODUCT @LOC  an entity mention already found (consumed whole)
//       de|du|d'                 folded words (one written with a diacritic, `à`, is
//                                accent-exact: "à", "À", "A", not "a");  =SA|=Inc.  exact texts
//       < ... >                  the span that becomes the entity
//     e.g.  `per.civility  PER  @civility <@cap @name*>`  finds "Shaw" in "M. Shaw";
//   - or a regular expression over the text, `re:` then RE2 syntax, whose group `e` (else the
//     whole match) is the entity; spans snap to token boundaries. All regex rules are screened
//     at once with an RE2::Set, so only rules that can fire are run.
// Rule mentions never overlap lexicon mentions; the longest match wins, then the earlier rule.
// Each mention records `via: "rule:<id>"`.
//
// Not copyable; immutable after Load(); Apply() is thread-safe with per-call scratch.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "evidence.h"
#include "internal/scratch_map.h"
#include "rule_blocked_cache.h"
#include "rule_start_cache.h"
#include "selon/analysis.h"
#include "selon/document.h"
#include "selon/status.h"
#include "token_features.h"
#include "token_marks.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace selon::internal {
struct Element;
}  // namespace selon::internal

namespace selon {

class RuleSet {
 public:
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Parses and compiles the rule files. Errors name file:line (and RE2's message for regexes).
  // `evidence` must outlive the RuleSet.
  static Status Load(const std::vector<std::string>& files, const Evidence* evidence,
                     std::unique_ptr<RuleSet>* rules);

  struct Rule;
  struct RuleMatch {
    uint32_t begin, end;  // the entity span, in tokens
    const Rule* rule;
  };

  // Per-thread buffers (Pipeline::Workspace); reused across documents, they only grow.
  struct Scratch {
    std::vector<uint32_t> token_classes;
    std::vector<int32_t> mention_at;         // mention starting at token, or -1
    std::vector<uint8_t> covered;            // token inside a mention
    std::vector<uint16_t> word_id;           // index of the token's key among the rules' words
    std::vector<uint32_t> evidence_classes;  // Evidence classes of each token
    std::vector<uint64_t> candidates;        // rules that may start at a token (bits)
    // Per token of the sentence being matched (MatchTokenRules, from the first token of it
    // that has candidates): the needed_ bits some token from it to the sentence's end passes,
    // and the union of those tokens' classes (masked by all_needs_classes_).
    std::vector<uint32_t> needed_after, classes_after;
    RuleBlockedCache blocked_cache;  // the rules these rule out, by pair; kept across documents
    // Per token (MarkStarts, then Apply): bit p (phase p: 0 entity rules, 1 EVENT rules) some
    // rule of the phase may start here by the token's classes, word or text; kMentionStart: a
    // mention starts here.
    std::vector<uint8_t> start_screen;
    RuleStartCache start_cache[2];  // per phase (index_), kept across documents
    std::vector<RuleMatch> found;   // one phase's token-rule matches
    // The matches of the `first` rules that name an entity (FindEvents -> Apply).
    std::vector<RuleMatch> first_entities;
    // Per entity, during Apply: the gender a civility before its rule mentions gave it
    // (Evidence::kMale or kFemale, 0 none).
    std::vector<uint8_t> civility_gender;
    std::vector<int> regex_hits;                               // regex rules the screen let through
    internal::ScratchMap<std::string_view, uint32_t> by_name;  // rule entity of each name
  };
  // First pass, before lexicon matching: classifies tokens (into `scratch`, for Apply) and runs
  // the EVENT rules, whose matches fill `marks->blocked` (Tour de France, Rio 2016) so that no
  // entity is read inside; fills `marks->never_alone` from the evidence.
  // `features` (may be null: looked up here): ComputeTokenFeatures' records for this analysis.
  void FindEvents(const Document& doc, const Analysis& analysis, Scratch* scratch,
                  TokenMarks* marks, const TokenFeatures* features = nullptr) const;
  // The rules' entry for folded `key`: its word id (0xFFFF: none) and evidence classes (0),
  // and its group of accent-exact spellings (0: none; then the token's own word id is
  // WordIdOfSpelling's).
  void LookUpWord(std::string_view key, uint16_t* word_id, uint32_t* classes,
                  uint16_t* spellings = nullptr) const;
  // The same, with `hash` = internal::Fnv1a(key) computed by the caller.
  void LookUpWord(std::string_view key, uint64_t hash, uint16_t* word_id, uint32_t* classes,
                  uint16_t* spellings = nullptr) const;
  // The word id of a token written `text` whose key has word id `word_id` and the group of
  // accent-exact spellings `spellings` (not 0): the id of the spelling it is written in ("à"
  // for `à`), else `word_id`. Never allocates.
  uint16_t WordIdOfSpelling(uint16_t word_id, uint16_t spellings, std::string_view text) const;
  // Second pass, after lexicon matching: adds rule mentions and their entities to `analysis`.
  // `marks` and `scratch` must be those FindEvents filled for this analysis.
  void Apply(const Document& doc, Analysis* analysis, const TokenMarks& marks,
             Scratch* scratch) const;

  size_t size() const { return rules_.size(); }

 private:
  RuleSet();
  // Tries the token rules of the EVENT type (or of the other types) at each token, the longest
  // match first, never over a covered token; appends the matches and covers their tokens.
  void MatchTokenRules(const Document& doc, const Analysis& analysis, const TokenMarks& marks,
                       Scratch* scratch, bool events, std::vector<RuleMatch>* found) const;
  // MatchTokenRules with rule bitsets of kWords words (words_per_set_), or of words_per_set_
  // read at run time when kWords is 0: the shipped rules fill two words (three from 129 rules,
  // counting twice a rule whose first element is optional; a third word costs about 2 % of the
  // per-document instructions), and the loops over a bitset's words then unroll.
  template <size_t kWords>
  void MatchTokenRulesOf(const Document& doc, const Analysis& analysis, const TokenMarks& marks,
                         Scratch* scratch, bool events, std::vector<RuleMatch>* found) const;
  // Fills scratch->start_screen for both phases from the token classes and word ids FindEvents
  // made (mention bits clear), so that MatchTokenRules skips the tokens no rule starts on with
  // one byte test each.
  void MarkStarts(const Analysis& analysis, std::string_view text, Scratch* scratch) const;
  static constexpr uint8_t kMentionStart = 16;  // of Scratch::start_screen
  // EntityType values: kPerson .. kEvent (StartIndex::by_entity_bits).
  static constexpr size_t kEntityTypes = static_cast<size_t>(EntityType::kEvent) + 1;
  std::vector<std::unique_ptr<Rule>> rules_;
  std::unique_ptr<struct RegexScreen> screen_;
  std::unique_ptr<struct WordTable> words_;  // every folded word the token patterns name,
                                             // with its evidence classes (one lookup a token)
  // Token rules of one phase (EVENT rules, or the others) indexed by what their first element
  // needs, so each token tries only the rules that can start on it (indices into rules_,
  // ascending).
  struct StartIndex {
    // A token can start a match only if it has one of these classes, is one of the rules'
    // words (or any non-word token, for exact texts), or starts a mention, unless some rule
    // has no mandatory first element.
    uint32_t start_classes = 0;
    bool start_on_word = false, start_on_entity = false, start_anywhere = false;
    // A rule as the start screen sees it: its first element's class test (by_class only; a
    // by_word entry's first element is its word) and, when its second element is a class,
    // that test on the next token. Read from these dense records, not through the rules: at
    // a determiner most word-led rules stop at the next token's classes.
    struct Screen {
      uint32_t rule;
      uint32_t first_mask = 0, first_forbid = 0;
      uint32_t second_mask = 0, second_forbid = 0;
      bool second_is_class = false;
    };
    std::vector<Screen> by_class;
    std::vector<Screen> screens;  // every rule of by_class and by_word, once (its second test)
    // Rule bitsets (RuleSet::words_per_set_ words each): the rules led by each word (by word id,
    // one bitset after the other), by an entity mention of each type (by EntityType value, one
    // bitset after the other: kEntityTypes), by exact texts, by nothing mandatory.
    std::vector<uint64_t> by_word_bits, by_entity_bits, exact_bits, anywhere_bits;
    // By word id of the next token (row words_->ids.size(): no rule word, or no next token):
    // the screened rules whose second element is no word list, or a list holding that word.
    std::vector<uint64_t> second_word_bits;
    // The byte lengths (bit min(size, 63)) and the first bytes (bit b of word b / 64) of the
    // texts exact-first rules start with: a token of no such length or first byte starts none.
    uint64_t exact_lengths = 0;
    uint64_t exact_first_bytes[4] = {};
  };
  // Sets a token rule's screening elements (`first`, `second`) and registers its pattern words
  // in `set`'s word table; `where` (file:line) names the rule in the error past kMaxWords.
  static Status IndexTokenRule(const std::string& where, RuleSet* set, Rule* r);
  // Fills a RuleStartCache entry of phase `index` for class value `classes`: in `first` the
  // by_class rules whose first element accepts it, in `second` the screened rules whose second
  // element is no class test or accepts it (class value 0: no next token).
  void FillStartBits(const StartIndex& index, uint32_t classes, uint64_t* first,
                     uint64_t* second) const;
  StartIndex index_[2];  // [0]: entity rules, [1]: EVENT rules
  // MarkStarts' tables, made at load from index_, bit p set for phase p: by word id, some rule
  // of the phase starts with the word; by token, at index min(byte size, 63) * 256 + first byte,
  // some rule of the phase starts with an exact text of that size and first byte (size 0: none).
  std::vector<uint8_t> start_by_word_;
  std::vector<uint8_t> start_by_exact_;  // kExactScreenSizes * 256 entries
  static constexpr size_t kExactScreenSizes = 64;
  // Per rule, the element tests a candidate still needs at its start token (defined in
  // rules.cpp): those of entity and exact-text elements, which the bitsets do not screen.
  struct RuleCheck;
  std::vector<RuleCheck> checks_;
  // The elements some token rules require after their first one (exact texts: "=SA",
  // "=Airlines"; entity mentions: "de @ORG"), one bit of RuleCheck::needs each, at most
  // kMaxNeeded (an element past them only goes unscreened); the same test shares its bit. From
  // a start token to its sentence's end, MatchTokenRules finds which of them some token passes,
  // once a sentence, and skips the rules needing another: a match never crosses a sentence end.
  // A token is screened by the tables below, so that few tests run: the exact-text bits by
  // the token's byte length (min(size, 63)) and by its first byte, the entity bits by the type
  // of the mention starting there (its test is that, with nothing left to check).
  static constexpr size_t kMaxNeeded = 32;
  std::vector<const internal::Element*> needed_;
  uint32_t needed_by_length_[64] = {};
  uint32_t needed_by_first_byte_[256] = {};
  uint32_t needed_by_entity_[8] = {};  // by EntityType
  // The same requirements by rule, as rule bitsets (words_per_set_ words each), so that
  // MatchTokenRules removes the rules a start token cannot satisfy from its candidates in one
  // pass over the bitset (Blocked) instead of testing each candidate. The 64 requirement bits
  // (32 of RuleCheck::needs, then 32 of needs_classes) are read four at a time: row
  // (16 * nibble + v) holds the rules that need some bit of value v of that nibble (nibble k:
  // bits 4k to 4k + 3, k < 8 of needs, else of needs_classes), kRequirementNibbles * 16 rows;
  // `needy_nibbles_` lists the nibbles some rule needs a bit of.
  static constexpr size_t kRequirementNibbles = 16;
  std::vector<uint64_t> blocked_rows_;
  std::vector<uint8_t> needy_nibbles_;
  uint32_t all_needs_ = 0, all_needs_classes_ = 0;  // the unions of every rule's bits
  // Writes into `blocked` (words_per_set_ words) the rules that need a needed_ bit missing from
  // `needed` or a class bit missing from `classes`. Never allocates. kWords as for
  // MatchTokenRulesOf.
  template <size_t kWords>
  void Blocked(uint32_t needed, uint32_t classes, uint64_t* blocked) const;
  size_t words_per_set_ = 0;  // 64-bit words of a rule bitset: (rules_.size() + 63) / 64
  uint64_t id_ = 0;           // owner id of the rule caches it fills: unique, never 0
  int max_submatches_ = 1;    // over the regex rules: the most submatches one needs (its `e` + 1)
  const Evidence* evidence_ = nullptr;
};

}  // namespace selon
