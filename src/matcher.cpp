#include "matcher.h"

#include <algorithm>

#include "evidence.h"
#include "internal/lexicon_trie.h"
#include "internal/lexicon_trie_inl.h"

namespace selon {
namespace {

bool IsApostrophe(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {
    *len = 3;
    return true;
  }
  if (s.compare(i, 2, "\xCA\xBC") == 0) {
    *len = 2;
    return true;
  }
  return false;
}

// Whether an apostrophe IsApostrophe takes may start at byte `c` (the first byte of each).
inline bool MayStartApostrophe(char c) { return c == '\'' || c == '\xE2' || c == '\xCA'; }

// Equal, counting every apostrophe variant as one character.
bool EqualModuloApostrophes(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    // (Most bytes start no apostrophe on either side: compared at once.)
    if (!MayStartApostrophe(a[i]) && !MayStartApostrophe(b[j])) {
      if (a[i] != b[j]) return false;
      ++i;
      ++j;
      continue;
    }
    size_t la, lb;
    const bool aa = IsApostrophe(a, i, &la), ab = IsApostrophe(b, j, &lb);
    if (aa && ab) {
      i += la;
      j += lb;
      continue;
    }
    if (a[i] != b[j]) return false;
    ++i;
    ++j;
  }
  return i == a.size() && j == b.size();
}

// Longest all-capital word read as an acronym when the lexicon spells the name in mixed case.
constexpr size_t kMaxAcronymBytes = 5;

// Whether the one-token match [b, e) is an acronym the lexicon's mixed-case name only folds to:
// "ITU" (the Union internationale de triathlon) is no town Itu, "CAN" (a football cup) no Çan.
// News writes acronyms in capitals and places and people in mixed case, so a short all-capital
// word in mixed-case text does not take a name spelled otherwise. A dateline or a headline in
// capitals (a capital word next to it) keeps the name; so does a sentence's first word, the
// place of a dateline ("LIMA, 3 mars -"), which the caller checks.
bool AcronymOfMixedCaseName(const std::vector<Token>& tokens, uint32_t b, uint32_t e,
                            std::string_view surface) {
  if (e - b != 1 || !tokens[b].has(kAllCaps) || tokens[b].end - tokens[b].begin > kMaxAcronymBytes)
    return false;
  bool lower = false;
  for (const char c : surface) lower |= c >= 'a' && c <= 'z';
  if (!lower) return false;
  auto capital_word = [&](uint32_t k) {
    return k < tokens.size() && tokens[k].kind == TokenKind::kWord && tokens[k].has(kAllCaps);
  };
  if ((b > 0 && capital_word(b - 1)) || capital_word(e) || (b > 1 && capital_word(b - 2)) ||
      capital_word(e + 1))
    return false;
  return true;
}

// Whether a name whose leading article was dropped may match after `previous`: after the
// article contracted with à or de ("du Monde", "au Point") always; after a plain one ("le
// Point", "l'Histoire") only when the document already named it in full, since the plain
// article also introduces the common word, capitalized for emphasis or in a title; a name
// of several words left after the article ("le Journal du dimanche", "le Canard enchaîné")
// is no common word and needs no earlier mention (`several_words`).
bool ArticleAllows(const Token& previous, const Analysis& analysis, bool seen, bool several_words) {
  const std::string_view k = previous.key(analysis.keys);
  if (k == "au" || k == "aux" || k == "du" || k == "des") return true;
  return (seen || several_words) && (k == "le" || k == "la" || k == "les" || k == "l'");
}

// de, du, des, d': a complement opening after a name's cue noun.
bool IsDe(std::string_view key) {
  return key == "de" || key == "du" || key == "des" || key == "d'";
}

// The articles a name may open with ("Le Mans", "L'Union").
bool IsArticle(std::string_view key) {
  return key == "le" || key == "la" || key == "les" || key == "l'";
}

}  // namespace

void LexiconMatcher::Match(const Document& doc, Analysis* analysis, Scratch* scratch,
                           const TokenMarks* marks, const TokenFeatures* features) const {
  const std::vector<uint8_t>* blocked = marks != nullptr ? &marks->blocked : nullptr;
  const std::vector<uint8_t>* never_alone = marks != nullptr ? &marks->never_alone : nullptr;
  const uint8_t* const title_continues_at =
      marks != nullptr && !marks->title_continues.empty() ? marks->title_continues.data() : nullptr;
  const std::vector<Token>& tokens = analysis->tokens;
  const std::string_view text = doc.analysis_text();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const size_t lexicon_count = lexicons_.size();
  if (n == 0 || lexicon_count == 0) return;

  // Token ids per lexicon, and which tokens open a sentence (after any opening quotes/dashes).
  scratch->token_ids.resize(lexicon_count * n);
  // Which tokens may be in a name, by kind (bit: kind): words, numbers, handles, hashtags, and
  // punctuation but as a first token: it counts only inside a name, glued ("Yahoo!", "AT&T") or
  // spaced as French typography spaces it ("En marche !"); the trie decides whether it belongs.
  constexpr auto kBit = [](TokenKind k) { return 1u << static_cast<unsigned>(k); };
  constexpr uint32_t kNameKinds = kBit(TokenKind::kWord) | kBit(TokenKind::kNumber) |
                                  kBit(TokenKind::kHandle) | kBit(TokenKind::kHashtag);
  constexpr uint32_t kInsideKinds = kBit(TokenKind::kPunct) | kBit(TokenKind::kSymbol);
  const uint8_t* const blocked_at = blocked != nullptr ? blocked->data() : nullptr;
  for (size_t l = 0; l < lexicon_count; ++l) {
    uint32_t* ids = scratch->token_ids.data() + l * n;
    const uint32_t* const known =
        features != nullptr ? features->lexicon_ids.data() + l * n : nullptr;
    const Token* const token = tokens.data();
    if (known != nullptr && blocked_at != nullptr) {
      // The pipeline's case (features and marks given): the loop below without its tests of
      // them at every token.
      for (uint32_t i = 0; i < n; ++i) {
        const uint32_t kinds = i > 0 ? kNameKinds | kInsideKinds : kNameKinds;
        const bool usable = !blocked_at[i] && (kinds >> static_cast<unsigned>(token[i].kind) & 1);
        ids[i] = usable ? known[i] : internal::kNoToken;
      }
      continue;
    }
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = token[i];
      const uint32_t kinds = i > 0 ? kNameKinds | kInsideKinds : kNameKinds;
      const bool usable =
          (blocked_at == nullptr || !blocked_at[i]) && (kinds >> static_cast<unsigned>(t.kind) & 1);
      ids[i] = !usable ? internal::kNoToken
               : known != nullptr
                   ? known[i]
                   : internal::LexiconTrie(*lexicons_[l]).TokenId(t.key(analysis->keys));
    }
  }
  scratch->entity_of.clear();
  auto entity_key = [](size_t lexicon, uint32_t entry) {
    return (uint64_t{lexicon} << 32) | entry;
  };
  // Sentence starts and the words capitalized inside sentences: FindEvents' (the same), else
  // computed here.
  if (marks == nullptr)
    FindSentenceStarts(*analysis, &scratch->sentence_initial, &scratch->capitalized_inside,
                       &scratch->caseless);
  const std::vector<uint8_t>& sentence_initial =
      marks != nullptr ? marks->sentence_initial : scratch->sentence_initial;
  const std::vector<std::string_view>& capitalized_inside =
      marks != nullptr ? marks->capitalized_inside : scratch->capitalized_inside;
  const uint8_t* const caseless =
      marks != nullptr ? marks->caseless.data() : scratch->caseless.data();
  // A one-word name whose case decides it (policies cap and exact: "Orange", "BAT") read in a
  // caseless line, as at a sentence's start: one already named, one the lexicon allows at a
  // sentence's start (`start_ok`), or a word capitalized inside a sentence elsewhere.
  auto case_known = [&](uint32_t start, uint32_t end, bool seen, bool start_ok) {
    if (seen || start_ok || end - start != 1 || !caseless[start]) return true;
    return std::binary_search(capitalized_inside.begin(), capitalized_inside.end(),
                              tokens[start].key(analysis->keys), KeyOrder());
  };

  // `seen`: the entry is already named earlier in the document, so a capital at the start of a
  // sentence is enough (a short form: "Musk a licencié…" after "Elon Musk").
  auto acceptable = [&](const internal::LexiconName& name, uint32_t start, uint32_t end,
                        bool seen) {
    switch (name.policy) {
      case MatchPolicy::kFold:
        for (uint32_t k = start; k < end; ++k)
          if (tokens[k].has(kHasUpper) || tokens[k].has(kHasDigit)) return true;
        return false;
      case MatchPolicy::kCapitalized: {
        if (!case_known(start, end, seen, name.flags & internal::kStartOk)) return false;
        if (end - start == 1 && sentence_initial[start] && !seen &&
            !(name.flags & internal::kStartOk) && [&] {
              const auto [lo, hi] =
                  std::equal_range(capitalized_inside.begin(), capitalized_inside.end(),
                                   tokens[start].key(analysis->keys), KeyOrder());
              return hi - lo < 2;
            }())
          return false;
        bool any_capital = false;
        for (uint32_t k = 0; k < end - start && k < 32; ++k) {
          if ((name.capitalized >> k & 1) && !tokens[start + k].has(kCapitalized) &&
              !(k == 0 && (name.flags & internal::kLowerHead)))
            return false;
          any_capital |= tokens[start + k].has(kHasUpper);
        }
        return any_capital;
      }
      case MatchPolicy::kExact:
        return false;  // resolved by the caller, which has the lexicon
    }
    return false;
  };

  // The longest acceptable name starting at token `i` (len 0: none).
  struct Best {
    uint32_t len = 0;
    int lexicon = -1;
    uint32_t entry = 0;
    bool takes_article = false;
  };
  const uint32_t* const first_steps = features != nullptr && !features->first_steps.empty()
                                          ? features->first_steps.data()
                                          : nullptr;
  // The end of the last name taken (the loop below moves it).
  uint32_t matched_until = 0;
  // Whether the one-word name at token `i` follows a capitalized word inside its sentence that
  // is no name found before, no acronym, and no title, cue, function or nationality word
  // ("Yukiya Amano", "Vincent Bolloré"): the two words are one name, most often a person's, and
  // an organization's or product's reading of the second alone is a guess. (Measured on the
  // check sets against a narrower test, a first name or a word no table knows before: this one
  // gained more on both, though "Front Fatah al-Cham" then loses its organization.)
  constexpr uint32_t kNotNameWord = Evidence::kCivility | Evidence::kTitle | Evidence::kRole |
                                    Evidence::kFamily | Evidence::kOrgCue | Evidence::kProductCue |
                                    Evidence::kPlaceCue | Evidence::kDemonym | Evidence::kNonEntity;
  auto after_bare_capital = [&](uint32_t i) {
    if (i == 0 || features == nullptr || matched_until == i) return false;
    const Token& p = tokens[i - 1];
    return p.kind == TokenKind::kWord && p.has(kCapitalized) && !p.has(kAllCaps) &&
           !sentence_initial[i - 1] && !(features->at[i - 1].rule_classes & kNotNameWord);
  };
  // The longest acceptable name of lexicon `l` starting at token `i`, when longer than `*best`
  // (then it is `*best`). Called for the first lexicon apart, so that its walk is made with
  // `l` known to be 0 (ComputeTokenFeatures' first step).
  auto longest_in = [&](size_t l, uint32_t i, Best* best_out) {
    Best& best = *best_out;
    const Lexicon& lex = *lexicons_[l];
    const internal::LexiconTrie trie(lex);
    const uint32_t* ids = scratch->token_ids.data() + l * n;
    if (ids[i] == internal::kNoToken) return;
    uint32_t node = internal::kRoot;
    for (uint32_t j = i; j < n; ++j) {
      if (ids[j] == internal::kNoToken) break;
      // No name runs across a paragraph break: a headline's last word and the dateline's day
      // ("l'équipe de France ¶ 3 septembre") are no "France 3".
      if (j > i && tokens[j].has(kBlankLineBefore)) break;
      // The first step in the first lexicon is ComputeTokenFeatures' (ids[i] is its id then).
      node = j == i && l == 0 && first_steps != nullptr ? first_steps[i] : trie.Child(node, ids[j]);
      if (node == internal::kNoNode) break;
      const uint32_t len = j + 1 - i;
      if (len <= best.len) continue;
      if (len == 1 && never_alone != nullptr && (*never_alone)[i]) continue;
      if (title_continues_at != nullptr && title_continues_at[j]) continue;
      // Among the names ending here: an entry already in the document, else the first
      // (highest priority) acceptable one.
      const internal::LexiconName* chosen = nullptr;
      for (const internal::LexiconName* name = trie.NamesBegin(node); name != trie.NamesEnd(node);
           ++name) {
        const bool seen = scratch->entity_of.find(entity_key(l, name->entry)) != nullptr;
        bool ok;
        if (name->policy == MatchPolicy::kExact) {
          ok = true;
          std::string_view surface = trie.Surface(*name);
          for (uint32_t k = i; k <= j && ok; ++k) {
            const size_t sep = surface.find('\x1f');
            ok = EqualModuloApostrophes(tokens[k].text(text), surface.substr(0, sep));
            surface = sep == std::string_view::npos ? std::string_view() : surface.substr(sep + 1);
          }
          ok = ok && case_known(i, j + 1, seen, /*start_ok=*/false);
        } else {
          // A place opening a headline or dateline, "Suisse : …", is the place.
          const bool dateline = j == i && j + 1 < n && sentence_initial[i] &&
                                tokens[j + 1].key(analysis->keys) == ":" &&
                                lex.EntryType(name->entry) == EntityType::kLocation;
          ok = acceptable(*name, i, j + 1, seen || dateline) &&
               (sentence_initial[i] ||
                !AcronymOfMixedCaseName(tokens, i, j + 1, trie.Surface(*name)));
        }
        if (ok && (name->flags & internal::kAfterArticle))
          ok = i > 0 && ArticleAllows(tokens[i - 1], *analysis, seen, len >= 2);
        if (ok && len == 1 && !seen && lex.EntryType(name->entry) != EntityType::kLocation &&
            lex.EntryType(name->entry) != EntityType::kPerson && after_bare_capital(i))
          ok = false;
        if (!ok) continue;
        if (chosen == nullptr) chosen = name;
        if (seen) {
          chosen = name;
          break;
        }
      }
      if (chosen != nullptr) {
        best.len = len;
        best.lexicon = static_cast<int>(l);
        best.entry = chosen->entry;
        best.takes_article =
            (chosen->flags & internal::kElidedArticle) && tokens[i - 1].key(analysis->keys) == "l'";
      }
    }
  };
  auto longest_at = [&](uint32_t i) {
    Best best;
    longest_in(0, i, &best);
    for (size_t l = 1; l < lexicon_count; ++l) longest_in(l, i, &best);
    return best;
  };

  // Whether any lexicon may have a name starting with the token at `i`: longest_at's first
  // tests, made here so that most tokens cost no call (the token has an id, and in the first
  // lexicon, a first step when ComputeTokenFeatures gave it).
  // (The first lexicon, the only one of a default pipeline, tested before the loop over the
  // others.)
  const uint32_t* const first_ids = scratch->token_ids.data();
  auto in_some_name = [&](uint32_t i) {
    if (first_ids[i] != internal::kNoToken &&
        (first_steps == nullptr || first_steps[i] != internal::kNoNode))
      return true;
    for (size_t l = 1; l < lexicon_count; ++l)
      if (scratch->token_ids[l * n + i] != internal::kNoToken) return true;
    return false;
  };

  // Whether the walk from token i, which in_some_name let through, can find no name at all:
  // with the first lexicon alone and its first steps given, when no name ends at the first step
  // (or the token is never a name alone) and the next token takes no second step. Made here,
  // inline, since most walks end so: the walk's set-up costs more than these tests.
  const bool one_lexicon_with_steps = lexicon_count == 1 && first_steps != nullptr;
  const internal::LexiconTrie first_trie(*lexicons_[0]);
  const uint8_t* const never_alone_at = never_alone != nullptr ? never_alone->data() : nullptr;
  auto finds_nothing = [&](uint32_t i) {
    const uint32_t node = first_steps[i];
    if (first_trie.NamesBegin(node) != first_trie.NamesEnd(node) &&
        !(never_alone_at != nullptr && never_alone_at[i]))
      return false;
    const uint32_t next = i + 1 < n ? first_ids[i + 1] : internal::kNoToken;
    return next == internal::kNoToken || first_trie.Child(node, next) == internal::kNoNode;
  };

  size_t sentence = 0;
  uint32_t i = 0;
  while (i < n) {
    if (!in_some_name(i) || (one_lexicon_with_steps && finds_nothing(i))) {
      ++i;
      continue;
    }
    Best best = longest_at(i);
    if (best.len == 0) {
      ++i;
      continue;
    }
    // A name that opens with its article ("L'Union", a town) yields to a name starting after
    // the article that ends further ("L'Union européenne"): the article belongs to the longer
    // name, as it does to any other.
    if (best.len >= 2 && IsArticle(tokens[i].key(analysis->keys))) {
      const Best inner = longest_at(i + 1);
      if (inner.len > 0 && inner.len >= best.len) {
        best = inner;
        ++i;
      }
    }
    // An article and an organization's cue noun ("L'Union", a town; "La Fondation"), then a
    // lower-case adjective of a name or de: the opening of a longer name the rules find
    // ("L'Union nationale des étudiants"), not the short one.
    if (best.len == 2 && features != nullptr && i + 2 < n &&
        IsArticle(tokens[i].key(analysis->keys)) &&
        (features->at[i + 1].rule_classes & Evidence::kOrgCue) &&
        tokens[i + 2].kind == TokenKind::kWord && !tokens[i + 2].has(kCapitalized) &&
        !tokens[i + 2].has(kHasUpper) &&
        ((features->at[i + 2].rule_classes & Evidence::kOrgAdjective) ||
         IsDe(tokens[i + 2].key(analysis->keys)))) {
      i += 2;
      continue;
    }
    const uint32_t best_len = best.len;
    const int best_lexicon = best.lexicon;
    const uint32_t best_entry = best.entry;
    const bool best_takes_article = best.takes_article;
    // The entity: existing or new.
    auto [known, added] =
        scratch->entity_of.emplace(entity_key(static_cast<size_t>(best_lexicon), best_entry),
                                   static_cast<uint32_t>(analysis->entities.size()));
    const uint32_t entity = *known;
    if (added) {
      const Lexicon& lex = *lexicons_[best_lexicon];
      Entity e;
      e.type = lex.EntryType(best_entry);
      e.name = lex.EntryName(best_entry);
      const std::string_view id = lex.EntryId(best_entry);
      if (id.size() > 1 && id[0] == 'Q' &&
          id.find_first_not_of("0123456789", 1) == std::string_view::npos)
        e.kb = id;
      e.lexicon = best_lexicon;
      e.entry = best_entry;
      analysis->entities.push_back(e);
    }
    while (sentence + 1 < analysis->sentences.size() &&
           analysis->sentences[sentence].end_token <= i)
      ++sentence;
    Mention m;
    m.first_token = best_takes_article ? i - 1 : i;
    m.begin = tokens[m.first_token].begin;
    m.end = tokens[i + best_len - 1].end;
    m.end_token = i + best_len;
    m.sentence = static_cast<uint32_t>(sentence);
    m.entity = entity;
    m.via = "lexicon";
    analysis->mentions.push_back(m);
    i += best_len;
    matched_until = i;
  }
}

}  // namespace selon
