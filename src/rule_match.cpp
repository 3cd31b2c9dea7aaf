// Entity rules: matching the token patterns (RuleSet::MatchTokenRules).
//
// Design. Most tokens start no rule: one screen byte per token (MarkStarts, made once per
// document for both phases from the token classes and word ids) skips them eight at a time. At
// a token that may start one, the rules that may start there come as a bitset (a rule's first
// element, and its second on the next token, tested through RuleStartCache and the per-word
// rows made at load). The candidates whose pattern requires, further on, an exact text, a
// mention or class bits that no token has from there to the sentence's end are dropped unread,
// all at once: what each token of a sentence has ahead of it is found in one backward pass
// over the sentence, and the rules it rules out are one bitset (RuleSet::Blocked, remade only
// where that changes); the others are matched by a small backtracking search (greedy, at
// most kMaxRepeat repetitions an element), resumed after the prefix the bitsets tested. At a
// position the longest match wins, then the earlier rule; a match whose entity starts after its
// context waits for the matches at that entity's first token, and one of its type that holds all
// of it and more, no lexicon mention added, wins (a name is read whole); a match never crosses a
// sentence end, nor a token already covered unless it may take in the mention there.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "rule_pattern.h"
#include "rules.h"

namespace selon {
namespace {

using internal::Element;
using internal::ElementKind;
using internal::kMaxRepeat;
using internal::kNoWord;
using internal::MatchesExact;

// What a match reads, as raw arrays of the analysis's n tokens (no vector to go through at
// each step).
struct MatchState {
  const Token* tokens;
  uint32_t n;
  std::string_view text;
  const uint32_t* classes;
  const int32_t* mention_at;
  const Analysis* analysis;
  const uint16_t* word_id;
  uint32_t open = 0, close = 0;
};

// One step of `e` at token t: the token after it, or -1.
// (Inlined: it runs for every candidate rule at every start token, and most of its calls
// are a class test of a few instructions.)
[[gnu::always_inline]] inline int64_t Step(const Element& e, uint32_t t, const MatchState& s) {
  if (t >= s.n) return -1;
  switch (e.kind) {
    case ElementKind::kClass:
      return (s.classes[t] & e.mask) == e.mask && !(s.classes[t] & e.forbid) ? int64_t{t} + 1
                                                                             : int64_t{-1};
    case ElementKind::kWords: {
      const uint16_t id = s.word_id[t];
      return id != kNoWord && e.word_set.test(id) ? int64_t{t} + 1 : int64_t{-1};
    }
    case ElementKind::kExact:
      // Most tokens have no listed word's length: no compare at all (MatchesExact).
      return MatchesExact(e, s.tokens[t].text(s.text)) ? int64_t{t} + 1 : int64_t{-1};
    case ElementKind::kEntity: {
      const int32_t m = s.mention_at[t];
      if (m < 0) return -1;
      const Mention& mention = s.analysis->mentions[m];
      if (s.analysis->entities[mention.entity].type != e.entity) return -1;
      if (s.classes[mention.first_token] & e.forbid) return -1;
      return int64_t{mention.end_token};
    }
    default:
      return -1;
  }
}

// Matches elements[e..] from token t; returns the end token or -1. Greedy with backtracking.
// The marks and the one-token elements (most of a pattern) are taken in a loop; only an
// element that may repeat or be left out makes a choice point, and recurses for each choice.
// (A failed branch leaves its marks set: every branch tried after it passes the same marks
// again, after its choice point, so the marks of a match are those of its own path.)
int64_t MatchFrom(const std::vector<Element>& elements, size_t e, uint32_t t, MatchState& s) {
  for (; e < elements.size(); ++e) {
    const Element& el = elements[e];
    if (el.kind == ElementKind::kOpen) {
      s.open = t;
      continue;
    }
    if (el.kind == ElementKind::kClose) {
      s.close = t;
      continue;
    }
    if (el.min == 1 && el.max == 1) {
      const int64_t next = Step(el, t, s);
      if (next < 0) return -1;
      t = static_cast<uint32_t>(next);
      continue;
    }
    uint32_t positions[kMaxRepeat + 1];
    positions[0] = t;
    int reached = 0;
    while (reached < el.max) {
      const int64_t next = Step(el, positions[reached], s);
      if (next < 0) break;
      positions[++reached] = static_cast<uint32_t>(next);
    }
    for (int k = reached; k >= el.min; --k) {
      const int64_t r = MatchFrom(elements, e + 1, positions[k], s);
      if (r >= 0) return r;
    }
    return -1;
  }
  return int64_t{t};
}

}  // namespace

void RuleSet::MatchTokenRules(const Document& doc, const Analysis& analysis,
                              const TokenMarks& marks, Scratch* scratch, bool events,
                              std::vector<RuleMatch>* found) const {
  switch (words_per_set_) {
    case 1:
      return MatchTokenRulesOf<1>(doc, analysis, marks, scratch, events, found);
    case 2:
      return MatchTokenRulesOf<2>(doc, analysis, marks, scratch, events, found);
    case 3:
      return MatchTokenRulesOf<3>(doc, analysis, marks, scratch, events, found);
    default:
      return MatchTokenRulesOf<0>(doc, analysis, marks, scratch, events, found);
  }
}

template <size_t kWords>
void RuleSet::MatchTokenRulesOf(const Document& doc, const Analysis& analysis,
                                const TokenMarks& marks, Scratch* scratch, bool events,
                                std::vector<RuleMatch>* found) const {
  const std::vector<Token>& tokens = analysis.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  MatchState state{tokens.data(),
                   n,
                   doc.analysis_text(),
                   scratch->token_classes.data(),
                   scratch->mention_at.data(),
                   &analysis,
                   scratch->word_id.data()};
  const StartIndex& index = index_[events ? 1 : 0];
  const size_t words = kWords != 0 ? kWords : words_per_set_;
  RuleStartCache& cache = scratch->start_cache[events ? 1 : 0];
  cache.Bind(id_, words);
  scratch->candidates.resize(words);
  RuleBlockedCache& blocked_cache = scratch->blocked_cache;
  blocked_cache.Bind(id_, words);
  if (scratch->needed_after.size() < n) {
    scratch->needed_after.resize(n);
    scratch->classes_after.resize(n);
  }
  // (Through a local pointer: the stores into `found` and the scratch below could alias the
  // vector's own pointer as far as the compiler knows.)
  uint64_t* const candidates = scratch->candidates.data();
  const uint32_t* const token_classes = scratch->token_classes.data();
  const int32_t* const mention_at = scratch->mention_at.data();
  const uint16_t* const word_ids = scratch->word_id.data();
  const size_t no_word_row = words_->ids.size();  // of second_word_bits
  const std::string_view text = doc.analysis_text();
  // Fills scratch->needed_after and classes_after for the tokens [from, end) of one sentence,
  // from its end backwards: at each, the bits of needed_ that some token from it to the end
  // passes, and the union of their classes (the bits some rule needs).
  uint32_t* const needed_after = scratch->needed_after.data();
  uint32_t* const classes_after = scratch->classes_after.data();
  auto fill_after = [&](uint32_t from, uint32_t end) {
    uint32_t found = 0, classes = 0;
    for (uint32_t u = std::min(end, n); u-- > from;) {
      classes |= token_classes[u];
      if (const int32_t m = mention_at[u]; m >= 0)
        found |= needed_by_entity_[static_cast<size_t>(
            analysis.entities[analysis.mentions[m].entity].type)];
      const size_t length = std::min<size_t>(tokens[u].end - tokens[u].begin, 63);
      const unsigned char b = length > 0 ? static_cast<unsigned char>(text[tokens[u].begin]) : 0;
      for (uint32_t bits = needed_by_length_[length] & needed_by_first_byte_[b] & ~found; bits != 0;
           bits &= bits - 1) {
        const int i = __builtin_ctz(bits);
        if (Step(*needed_[i], u, state) >= 0) found |= uint32_t{1} << i;
      }
      needed_after[u] = found;
      classes_after[u] = classes & all_needs_classes_;
    }
  };
  const unsigned phase = events ? 1 : 0;
  const uint8_t* const screen = scratch->start_screen.data();
  const uint8_t pass =
      static_cast<uint8_t>((1u << phase) | (!events && index.start_on_entity ? kMentionStart : 0));
  const uint64_t pass8 = pass * 0x0101010101010101ull;
  size_t after_sentence = SIZE_MAX;  // the sentence needed_after was filled for
  // The rules the requirements met ahead rule out, and those requirements (`blocked` is null
  // until the first candidate token of the call).
  const uint64_t* blocked = nullptr;
  uint32_t blocked_needed = 0, blocked_classes = 0;
  uint32_t t = 0;
  size_t sentence = 0;
  // A match whose name starts after its context ("son fils <Yann>") waits for the matches at
  // its name's first token: one of the same type that holds all of its name and more ("Yann Le
  // Bihan", per.first_particle) reads the name whole and wins. `pending_from`: where the
  // waiting match was found.
  RuleMatch pending{0, 0, nullptr};
  uint32_t pending_from = 0;
  auto commit = [&](const RuleMatch& m, uint32_t from) {
    found->push_back(m);
    for (uint32_t k = m.begin; k < m.end; ++k) scratch->covered[k] = 1;
    return std::max<uint32_t>(m.end, from + 1);
  };
  // (In locals: the stores below into `found` and the scratch could alias the vector.)
  const Sentence* const sentences = analysis.sentences.data();
  const size_t sentence_count = analysis.sentences.size();
  while (t < n) {
    // Most tokens (lower-case words, punctuation) can start no rule: skip them at once, eight
    // screen bytes a step (MarkStarts; a mention's start counts in the entity phase).
    // (The first token that passes is a word's lowest set byte, little-endian, else its highest.)
    bool at_start = false;
    while (t + 8 <= n) {
      uint64_t bytes;
      std::memcpy(&bytes, screen + t, 8);
      if (const uint64_t hits = bytes & pass8; hits != 0) {
        t += static_cast<uint32_t>(std::endian::native == std::endian::little
                                       ? __builtin_ctzll(hits)
                                       : __builtin_clzll(hits)) /
             8;
        at_start = true;
        break;
      }
      t += 8;
    }
    if (!at_start)
      while (t < n && !(screen[t] & pass)) ++t;
    // (No rule starts at the waiting match's first name token: it stands.)
    if (pending.rule != nullptr && t != pending.begin) {
      t = commit(pending, pending_from);
      pending.rule = nullptr;
      continue;
    }
    if (t >= n) break;
    // The rules led by the type of the mention starting here, if any (their first element is
    // still tested below).
    const int32_t mention = mention_at[t];
    const bool starts_mention = mention >= 0;
    const uint64_t* const entity_led =
        starts_mention
            ? index.by_entity_bits.data() +
                  static_cast<size_t>(analysis.entities[analysis.mentions[mention].entity].type) *
                      words
            : nullptr;
    const uint16_t word = word_ids[t];
    // (Tokens are never empty; an empty one would start no exact text.)
    const bool exact_may = [&] {
      const size_t length = std::min<size_t>(tokens[t].end - tokens[t].begin, 63);
      const unsigned char b = length > 0 ? static_cast<unsigned char>(text[tokens[t].begin]) : 0;
      return length > 0 && (index.exact_lengths >> length & 1) &&
             (index.exact_first_bytes[b >> 6] >> (b & 63) & 1);
    }();
    // The rules that can start here, as a bitset over rule indices: read in index order, that
    // is file order (the earlier wins a tie), with no sort and no duplicate. For class- and
    // word-led rules the bitsets are the whole test of the first element and of a second
    // element of classes or words: the class tests come from the cache, one probe for this
    // token's classes and one for the next token's (0 past the end, which no second element
    // accepts, as no token has class 0), the word tests from the rows of the tokens' word ids.
    // A token no rule can start on stops here, before any rule is read.
    const uint32_t classes = token_classes[t];
    const uint32_t next = t + 1 < n ? token_classes[t + 1] : 0;
    RuleStartCache::Entry entry = cache.Find(classes);
    if (!entry.hit) FillStartBits(index, classes, entry.first, entry.second);
    if (word != kNoWord) {
      const uint64_t* led = index.by_word_bits.data() + size_t{word} * words;
      for (size_t w = 0; w < words; ++w) candidates[w] = entry.first[w] | led[w];
    } else {
      std::copy(entry.first, entry.first + words, candidates);
    }
    entry = cache.Find(next);
    if (!entry.hit) FillStartBits(index, next, entry.first, entry.second);
    const uint16_t next_word = t + 1 < n ? word_ids[t + 1] : kNoWord;
    const uint64_t* second_word = index.second_word_bits.data() +
                                  (next_word != kNoWord ? size_t{next_word} : no_word_row) * words;
    uint64_t any = 0;
    for (size_t w = 0; w < words; ++w) {
      candidates[w] = (candidates[w] & entry.second[w] & second_word[w]) | index.anywhere_bits[w] |
                      (starts_mention ? entity_led[w] : 0) | (exact_may ? index.exact_bits[w] : 0);
      any |= candidates[w];
    }
    if (any == 0) {
      ++t;
      continue;
    }
    while (sentence + 1 < sentence_count && sentences[sentence].end_token <= t) ++sentence;
    const uint32_t sentence_end = sentences[sentence].end_token;
    // The candidates needing an exact text, a mention or class bits that no token from here to
    // the sentence's end has are dropped here, all at once (a match never crosses a sentence
    // end): the requirements change only where a token that met one is left behind.
    if (after_sentence != sentence) {
      after_sentence = sentence;
      fill_after(t, sentence_end);
    }
    const uint32_t needed = t < sentence_end ? needed_after[t] : 0;
    const uint32_t needed_classes = t < sentence_end ? classes_after[t] : 0;
    if (blocked == nullptr || needed != blocked_needed || needed_classes != blocked_classes) {
      blocked_needed = needed;
      blocked_classes = needed_classes;
      const RuleBlockedCache::Entry entry = blocked_cache.Find(needed, needed_classes);
      if (!entry.hit) Blocked<kWords>(needed, needed_classes, entry.bits);
      blocked = entry.bits;
    }
    any = 0;
    for (size_t w = 0; w < words; ++w) {
      candidates[w] &= ~blocked[w];
      any |= candidates[w];
    }
    if (any == 0) {
      ++t;
      continue;
    }
    int64_t best_end = -1;
    RuleMatch best{0, 0, nullptr};
    for (size_t w = 0; w < words; ++w)
      for (uint64_t bits = candidates[w]; bits != 0; bits &= bits - 1) {
        const size_t r = w * 64 + static_cast<size_t>(__builtin_ctzll(bits));
        // The bitsets tested the first and second elements of word- and class-led rules;
        // entity and exact-text ones are tested here.
        const RuleCheck& check = checks_[r];
        if (check.first != nullptr && Step(*check.first, t, state) < 0) continue;
        if (check.second != nullptr && (t + 1 >= n || Step(*check.second, t + 1, state) < 0))
          continue;
        const auto& rule = rules_[r];
        state.open = check.open_at >= 0 ? t + static_cast<uint32_t>(check.open_at) : t;
        state.close = check.close_at >= 0 ? t + static_cast<uint32_t>(check.close_at) : t;
        const int64_t end = MatchFrom(rule->elements, check.resume, t + check.advance, state);
        if (end <= static_cast<int64_t>(t) || state.close <= state.open) continue;
        if (end > static_cast<int64_t>(sentence_end)) continue;  // never across sentences
        bool overlaps = false;
        for (uint32_t k = state.open; k < state.close && !overlaps; ++k) {
          if (!scratch->covered[k]) continue;
          // (A mention's later tokens are skipped below when the mention is taken in whole.)
          // A person's full name may take in a one-word place or person lexicon match ("Robert"
          // the town in "Robert Badinter", a surname alias in "Nadia Ferrand"): the longer
          // reading wins. Organizations stay ("Lexi de Quantelia" is not a person).
          const int32_t m = k < scratch->mention_at.size() ? scratch->mention_at[k] : -1;
          const EntityType inner =
              m >= 0 ? analysis.entities[analysis.mentions[m].entity].type : EntityType::kEvent;
          const bool one_word = m >= 0 && !marks.blocked[k] &&
                                analysis.mentions[m].end_token == k + 1 &&
                                state.close - state.open >= 2;
          // ... and a product name may start with its maker or product line ("Airbus A320",
          // "Windows 8").
          const bool absorbable =
              one_word && ((rule->type == EntityType::kPerson &&
                            (inner == EntityType::kLocation || inner == EntityType::kPerson)) ||
                           (rule->type == EntityType::kProduct && k == state.open &&
                            (inner == EntityType::kOrganization || inner == EntityType::kProduct)));
          // ... and any rule takes in the mentions its <…> names by type (@ORG, @LOC).
          const bool named = m >= 0 && !marks.blocked[k] &&
                             (rule->absorbs >> static_cast<unsigned>(inner) & 1) &&
                             analysis.mentions[m].first_token >= state.open &&
                             analysis.mentions[m].end_token <= state.close;
          if (named) k = analysis.mentions[m].end_token - 1;
          overlaps = !absorbable && !named;
        }
        if (overlaps) continue;
        if (end > best_end) {
          best_end = end;
          best = {state.open, state.close, rule.get()};
        }
      }
    if (pending.rule != nullptr) {
      bool whole = best.rule != nullptr && best.begin == pending.begin && best.end > pending.end &&
                   best.rule->type == pending.rule->type;
      // (What it adds must be no name a lexicon knows: "l'aéroport Mohammed V de Casablanca"
      // does not make Casablanca part of a person.)
      for (uint32_t k = pending.end; whole && k < best.end; ++k) whole = mention_at[k] < 0;
      t = whole ? commit(best, t) : commit(pending, pending_from);
      pending.rule = nullptr;
      continue;
    }
    if (best.rule == nullptr) {
      ++t;
      continue;
    }
    if (best.begin > t) {
      pending = best;
      pending_from = t;
      t = best.begin;
      continue;
    }
    t = commit(best, t);
  }
  if (pending.rule != nullptr) commit(pending, pending_from);
}

template <size_t kWords>
void RuleSet::Blocked(uint32_t needed, uint32_t classes, uint64_t* blocked) const {
  const size_t words = kWords != 0 ? kWords : words_per_set_;
  std::fill(blocked, blocked + words, 0);
  const uint64_t missing = (uint64_t{all_needs_classes_ & ~classes} << 32) | (all_needs_ & ~needed);
  for (const uint8_t nibble : needy_nibbles_) {
    const unsigned v = static_cast<unsigned>(missing >> (4 * nibble)) & 15;
    if (v == 0) continue;
    const uint64_t* row = blocked_rows_.data() + (size_t{16} * nibble + v) * words;
    for (size_t w = 0; w < words; ++w) blocked[w] |= row[w];
  }
}

void RuleSet::MarkStarts(const Analysis& analysis, std::string_view text, Scratch* scratch) const {
  const Token* const tokens = analysis.tokens.data();
  const size_t n = analysis.tokens.size();
  scratch->start_screen.assign(n, 0);
  // The phases' screens in locals: the loop stores bytes, which could alias the tables as far
  // as the compiler knows, and would make it read them again for every token.
  const uint8_t anywhere = static_cast<uint8_t>((index_[0].start_anywhere ? 1u : 0u) |
                                                (index_[1].start_anywhere ? 2u : 0u));
  const uint32_t classes0 = index_[0].start_classes, classes1 = index_[1].start_classes;
  const uint8_t* const by_word = start_by_word_.data();
  const uint8_t* const by_exact = start_by_exact_.data();
  const uint32_t* const token_classes = scratch->token_classes.data();
  const uint16_t* const word_ids = scratch->word_id.data();
  uint8_t* const out = scratch->start_screen.data();
  for (size_t t = 0; t < n; ++t) {
    const uint32_t classes = token_classes[t];
    const uint16_t word = word_ids[t];
    unsigned bits =
        anywhere | ((classes & classes0) != 0 ? 1u : 0u) | ((classes & classes1) != 0 ? 2u : 0u);
    if (word != kNoWord) bits |= by_word[word];
    // An exact text: at a rule word or a token that is no word. (Tokens are never empty; an
    // empty one would start no exact text: its row passes none.)
    const Token& token = tokens[t];
    if (bits != 3 && (word != kNoWord || token.kind != TokenKind::kWord)) {
      const size_t length = std::min<size_t>(token.end - token.begin, kExactScreenSizes - 1);
      const unsigned char b = length > 0 ? static_cast<unsigned char>(text[token.begin]) : 0;
      bits |= by_exact[length * 256 + b];
    }
    out[t] = static_cast<uint8_t>(bits);
  }
}

void RuleSet::FillStartBits(const StartIndex& index, uint32_t classes, uint64_t* first,
                            uint64_t* second) const {
  std::fill(first, first + words_per_set_, 0);
  std::fill(second, second + words_per_set_, 0);
  auto add = [](uint64_t* bits, uint32_t r) { bits[r >> 6] |= uint64_t{1} << (r & 63); };
  for (const StartIndex::Screen& s : index.by_class)
    if ((classes & s.first_mask) == s.first_mask && !(classes & s.first_forbid)) add(first, s.rule);
  for (const StartIndex::Screen& s : index.screens)
    if (!s.second_is_class ||
        ((classes & s.second_mask) == s.second_mask && !(classes & s.second_forbid)))
      add(second, s.rule);
}

}  // namespace selon
