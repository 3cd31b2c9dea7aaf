// Entity rules: parsing the rule files, and matching token patterns and regexes.
//
// Design. A token pattern compiles to a list of elements, each a predicate on one token (a
// class bit, a folded word set, an exact text set) or on an entity mention, with a repetition
// range; `<` and `>` are markers. Per document, every token gets a bit set of classes once
// (shape, evidence lists, sentence position), so a predicate is a mask test. Matching is a
// small backtracking search (greedy, at most kMaxRepeat repetitions an element), tried at
// each token for every rule whose first element accepts it; at a position the longest match
// wins. Regex rules run over the analysis text after an RE2::Set says which can match at all.
#include "rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <bitset>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "internal/flat_table.h"
#include "internal/strings.h"

namespace selon {
namespace {

constexpr int kMaxRepeat = 8;
constexpr size_t kMaxWords = 512;  // distinct folded words over all token patterns
constexpr uint16_t kNoWord = 0xFFFF;
// Words after which a country named like its people is the country (never_alone does not hold
// it back), folded: the preposition of feminine countries ("en Suisse", "en Argentine"), the
// feminine definite article ("la Suisse", "l'Argentine": a Swiss or Argentine woman would be
// "une Suisse", "la jeune Argentine") and the plural ones of plural countries ("les
// Philippines", "aux Philippines", "des Comores"; "les Suisses" is no place, so no lexicon
// match is at stake). The masculine "le Suisse Roger Dupont" stays a person.
constexpr std::string_view kCountryWords[] = {"en", "la", "l'", "les", "aux", "des"};

// Articles, contracted or not. A first name that is also an ordinary word (evidence's
// common_word: Trésor, Rose, Victoire) is that word right after one: "le secrétaire du Trésor
// Steven Mnuchin" names Steven Mnuchin, "la Victoire de Samothrace" no Victoire; French puts
// no article before a person's first name.
constexpr std::string_view kArticleWords[] = {"le", "la", "l'", "les", "du", "des", "au", "aux"};

// The Arabic article written in lower case before a capitalized name part ("Abdel Fattah
// al-Burhane", "Bachar el-Assad", "Front al-Nosra"): the word is a name word, as if capitalized.
constexpr std::string_view kNameArticlePrefixes[] = {"al-", "el-"};

bool ArticleLedName(const Token& tok, std::string_view key) {
  if (tok.has(kCapitalized) || !tok.has(kHasUpper)) return false;
  for (std::string_view p : kNameArticlePrefixes)
    if (key.size() > p.size() + 1 && key.substr(0, p.size()) == p) return true;
  return false;
}

// Token class bits beyond Evidence's (which use the low 14 bits).
enum TokenClass : uint32_t {
  kName = 1u << 20,   // a capitalized word that can be part of a name
  kCap = 1u << 21,    // capitalized (or all caps) word
  kUpper = 1u << 22,  // all caps, two letters or more
  kNumberTok = 1u << 23,
  kInitial = 1u << 24,  // J.
  kAnyTok = 1u << 25,
  kModelNumber = 1u << 26,  // 15, 308, S24, A380: a number that is not a year
  kYear = 1u << 27,         // 1900-2099
  kLower = 1u << 28,        // a word in lower case
  kCapital = 1u << 29,      // any capitalized word, generic ones included (la place de la Paix)
  kRoman = 1u << 30,        // a Roman numeral in capitals: II, VI, XIV (Grand Theft Auto VI)
};

enum class ElementKind { kClass, kWords, kExact, kEntity, kOpen, kClose };

struct Element {
  ElementKind kind = ElementKind::kClass;
  uint32_t mask = 0;                // kClass: all of these bits (@a&b)
  uint32_t forbid = 0;              // kClass: none of these bits (@a&!b)
  std::vector<std::string> words;   // kWords (folded) or kExact (as written)
  uint64_t exact_lengths = 0;       // kExact: bit min(size, 63) set for each word's byte size
  std::bitset<kMaxWords> word_set;  // kWords: the words' ids in the WordTable
  EntityType entity = EntityType::kPerson;
  int min = 1, max = 1;
};

bool ParseClass(std::string_view name, Element* e) {
  static const struct {
    const char* name;
    uint32_t mask;
  } classes[] = {
      {"name", kName},
      {"cap", kCap},
      {"upper", kUpper},
      {"lower", kLower},
      {"capital", kCapital},
      {"demonym", Evidence::kDemonym},
      {"number", kNumberTok},
      {"initial", kInitial},
      {"any", kAnyTok},
      {"modelnum", kModelNumber},
      {"roman", kRoman},
      {"year", kYear},
      {"firstname", Evidence::kFirstName},
      {"civility", Evidence::kCivility},
      {"title", Evidence::kTitle},
      {"role", Evidence::kRole},
      {"orgcue", Evidence::kOrgCue},
      {"orgadj", Evidence::kOrgAdjective},
      {"nonentity", Evidence::kNonEntity},
      {"orghead", Evidence::kOrgHeadOfName},
      {"orgof", Evidence::kOrgHeadOfPlace},
      {"prodcue", Evidence::kProductCue},
      {"placecue", Evidence::kPlaceCue},
  };
  for (const auto& c : classes) {
    if (name == c.name) {
      e->kind = ElementKind::kClass;
      e->mask = c.mask;
      return true;
    }
  }
  EntityType type;
  if (ParseEntityType(name, &type)) {
    e->kind = ElementKind::kEntity;
    e->entity = type;
    return true;
  }
  return false;
}

}  // namespace

struct RuleSet::Rule {
  std::string id;
  std::string via;  // "rule:<id>"
  EntityType type;
  std::vector<Element> elements;    // token pattern
  std::unique_ptr<re2::RE2> regex;  // or a regex
  int regex_group = 0;              // 0: whole match
  int first = -1;  // index of a mandatory first element, to screen start tokens cheaply
  // Index of a mandatory one-token element right after `first` (which matches exactly one
  // token), checked on the next token before the full match: most article-led rules stop there.
  int second = -1;
  // Bit t: an @TYPE element of entity type t lies inside <…>, so the rule's mention takes in
  // the lexicon mention it matches ("<@orghead @ORG>": "université Harvard" over "Harvard").
  uint8_t absorbs = 0;
};

struct RuleSet::RuleCheck {
  const Element* first = nullptr;   // test on the start token, if any
  const Element* second = nullptr;  // test on the next token (none there: no match), if any
};

struct WordTable {
  std::unordered_map<std::string, uint16_t> ids;  // while loading
  // Per folded word: its id among the rules' words and its evidence classes. First names
  // (65,000) count only when the word is capitalized and are read from the evidence's own table
  // (Evidence::FirstNameClasses), so that the lookup every token makes stays in a small,
  // cache-resident table.
  struct Info {
    uint16_t word_id = 0xFFFF;
    uint32_t classes = 0;
  };
  internal::FlatKeyTable<Info> table;
};

struct RegexScreen {
  re2::RE2::Set set{re2::RE2::Options(), re2::RE2::UNANCHORED};
  std::vector<int> rule_of;  // set index -> rule index
};

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

namespace {

// A well-formed Roman numeral with an I, V or X ("XIII", "XXXI", "IV"): a century, a
// king, an edition, never an acronym. "CD" or "MDL" are left to the acronym rules.
bool IsRomanNumeral(std::string_view s) {
  static const re2::RE2 kRoman("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
  return s.find_first_of("IVX") != std::string_view::npos && re2::RE2::FullMatch(s, kRoman);
}

Status ParsePattern(std::string_view pattern, const std::string& where, RuleSet::Rule* rule) {
  // '<' and '>' may be glued to their neighbours: "<@name+>".
  std::string spaced;
  for (char c : pattern) {
    if (c == '<' || c == '>') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  int opens = 0, closes = 0;
  for (std::string_view word : internal::Split(spaced, ' ')) {
    if (word.empty()) continue;
    Element e;
    if (word == "<") {
      e.kind = ElementKind::kOpen;
      e.min = e.max = 1;
      ++opens;
      rule->elements.push_back(e);
      continue;
    }
    if (word == ">") {
      e.kind = ElementKind::kClose;
      ++closes;
      rule->elements.push_back(e);
      continue;
    }
    const char q = word.back();
    if (q == '?' || q == '+' || q == '*') {
      word.remove_suffix(1);
      e.min = q == '+' ? 1 : 0;
      e.max = q == '?' ? 1 : kMaxRepeat;
    }
    if (word.empty()) return Status(StatusCode::kDataError, where + ": empty element");
    if (word[0] == '@') {
      // @a&b: every class (e.g. @orgcue&cap, a capitalized cue noun); @a&!b: a, not b.
      bool ok = true;
      uint32_t mask = 0, forbid = 0;
      for (std::string_view part : internal::Split(word.substr(1), '&')) {
        const bool negated = !part.empty() && part.front() == '!';
        if (negated) part.remove_prefix(1);
        ok = ok && ParseClass(part, &e) && (!negated || e.kind == ElementKind::kClass);
        (negated ? forbid : mask) |= e.mask;
      }
      ok = ok && (e.kind != ElementKind::kClass || mask != 0);
      if (ok && e.kind == ElementKind::kClass) {
        e.mask = mask;
        e.forbid = forbid;
      }
      if (!ok)
        return Status(
            StatusCode::kDataError,
            where + ": unknown class '" + std::string(word) +
                "' (expected @name @cap @capital @upper @lower @modelnum @firstname @civility "
                "@title @role "
                "@orgcue @orgadj @nonentity @orghead @orgof @prodcue @placecue @demonym @number "
                "@initial @any @PER "
                "@ORG "
                "@PRODUCT @LOC)");
    } else {
      e.kind = word[0] == '=' ? ElementKind::kExact : ElementKind::kWords;
      for (std::string_view alt : internal::Split(word, '|')) {
        if (e.kind == ElementKind::kExact) {
          if (alt.empty() || alt[0] != '=')
            return Status(
                StatusCode::kDataError,
                where + ": mix of exact (=) and folded words in '" + std::string(word) + "'");
          e.words.emplace_back(alt.substr(1));
          e.exact_lengths |= uint64_t{1} << std::min<size_t>(alt.size() - 1, 63);
        } else {
          std::string key;
          FoldKey(alt, &key);
          e.words.push_back(key);
        }
      }
    }
    rule->elements.push_back(std::move(e));
  }
  if (opens > 1 || closes != opens)
    return Status(StatusCode::kDataError,
                  where + ": '<' and '>' must appear once each, or not at all");
  if (opens == 0) {  // the whole match is the entity
    Element open, close;
    open.kind = ElementKind::kOpen;
    close.kind = ElementKind::kClose;
    rule->elements.insert(rule->elements.begin(), open);
    rule->elements.push_back(close);
  }
  bool inside = false;
  for (const Element& e : rule->elements) {
    if (e.kind == ElementKind::kOpen || e.kind == ElementKind::kClose)
      inside = e.kind == ElementKind::kOpen;
    else if (inside && e.kind == ElementKind::kEntity)
      rule->absorbs |= static_cast<uint8_t>(1u << static_cast<unsigned>(e.entity));
  }
  return Status::Ok();
}

}  // namespace

// A token rule's screening elements (`first`, `second`) and the ids of its pattern words in
// the set's word table. Fails when the set has more than kMaxWords distinct pattern words.
Status RuleSet::IndexTokenRule(const std::string& where, RuleSet* set, Rule* r) {
  for (size_t i = 0; i < r->elements.size(); ++i) {
    const Element& e = r->elements[i];
    if (e.kind == ElementKind::kOpen || e.kind == ElementKind::kClose) continue;
    if (e.min >= 1) r->first = static_cast<int>(i);
    break;
  }
  if (r->first >= 0) {
    const Element& f = r->elements[r->first];
    const bool one_token = f.max == 1 && f.kind != ElementKind::kEntity;
    for (size_t i = r->first + 1; one_token && i < r->elements.size(); ++i) {
      const Element& e = r->elements[i];
      if (e.kind == ElementKind::kOpen || e.kind == ElementKind::kClose) continue;
      if (e.min >= 1 && e.kind != ElementKind::kEntity) r->second = static_cast<int>(i);
      break;
    }
  }
  for (Element& e : r->elements) {
    if (e.kind != ElementKind::kWords) continue;
    for (const std::string& w : e.words) {
      auto [it, added] =
          set->words_->ids.emplace(w, static_cast<uint16_t>(set->words_->ids.size()));
      if (it->second >= kMaxWords)
        return Status(StatusCode::kDataError, where + ": more than " + std::to_string(kMaxWords) +
                                                  " distinct words in token patterns");
      e.word_set.set(it->second);
    }
  }
  return Status::Ok();
}

Status RuleSet::Load(const std::vector<std::string>& files, const Evidence* evidence,
                     std::unique_ptr<RuleSet>* rules) {
  std::unique_ptr<RuleSet> set(new RuleSet());
  set->evidence_ = evidence;
  set->screen_ = std::make_unique<RegexScreen>();
  set->words_ = std::make_unique<WordTable>();
  std::unordered_set<std::string> ids;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(StatusCode::kNotFound, path + ": cannot open rule file");
    std::string line;
    uint64_t n = 0;
    bool header_seen = false;
    while (std::getline(in, line)) {
      ++n;
      const std::string where = path + ":" + std::to_string(n);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      const std::vector<std::string_view> cols = internal::Split(line, '\t');
      if (!header_seen) {
        header_seen = true;
        if (cols.size() >= 3 && cols[0] == "id" && cols[1] == "type" && cols[2] == "pattern")
          continue;
        return Status(StatusCode::kDataError,
                      where + ": header must be: id, type, pattern, comment");
      }
      if (cols.size() < 3)
        return Status(StatusCode::kDataError,
                      where + ": expected id, type and pattern separated by tabs");
      auto rule = std::make_unique<Rule>();
      rule->id = std::string(cols[0]);
      rule->via = "rule:" + rule->id;
      if (rule->id.empty()) return Status(StatusCode::kDataError, where + ": empty rule id");
      if (!ids.insert(rule->id).second)
        return Status(StatusCode::kDataError, where + ": duplicate rule id '" + rule->id + "'");
      if (!ParseEntityType(cols[1], &rule->type))
        return Status(StatusCode::kDataError, where + ": unknown type '" + std::string(cols[1]) +
                                                  "' (expected PER, ORG, PRODUCT or LOC)");
      const std::string_view pattern = cols[2];
      if (pattern.substr(0, 3) == "re:") {
        if (rule->type == EntityType::kEvent)
          return Status(StatusCode::kDataError, where + ": EVENT rules must be token patterns");
        const std::string regex(pattern.substr(3));
        re2::RE2::Options options;
        options.set_log_errors(false);
        rule->regex = std::make_unique<re2::RE2>(regex, options);
        if (!rule->regex->ok())
          return Status(StatusCode::kDataError,
                        where + ": rule " + rule->id + ": " + rule->regex->error());
        const auto& groups = rule->regex->NamedCapturingGroups();
        auto it = groups.find("e");
        rule->regex_group = it == groups.end() ? 0 : it->second;
        // Apply() asks RE2 for the submatches up to `e`, whatever its number.
        set->max_submatches_ = std::max(set->max_submatches_, rule->regex_group + 1);
        std::string error;
        const int index = set->screen_->set.Add(regex, &error);
        if (index < 0)
          return Status(StatusCode::kDataError, where + ": rule " + rule->id + ": " + error);
        set->screen_->rule_of.push_back(static_cast<int>(set->rules_.size()));
      } else {
        SELON_RETURN_IF_ERROR(ParsePattern(pattern, where, rule.get()));
        // A rule whose first element is optional ("le|la? <…>") could start at any token, and
        // would be tried at every one: it becomes two rules, the element required and the
        // element left out (the same matches; the longer, earlier one still wins).
        std::unique_ptr<Rule> bare;
        for (size_t i = 0; i < rule->elements.size(); ++i) {
          Element& e = rule->elements[i];
          if (e.kind == ElementKind::kOpen || e.kind == ElementKind::kClose) continue;
          if (e.min == 0 && rule->elements.size() > 1) {
            bare = std::make_unique<Rule>();
            bare->id = rule->id;
            bare->via = rule->via;
            bare->type = rule->type;
            bare->absorbs = rule->absorbs;
            bare->elements = rule->elements;
            bare->elements.erase(bare->elements.begin() + static_cast<std::ptrdiff_t>(i));
            e.min = 1;
          }
          break;
        }
        SELON_RETURN_IF_ERROR(IndexTokenRule(where, set.get(), rule.get()));
        if (bare != nullptr) {
          SELON_RETURN_IF_ERROR(IndexTokenRule(where, set.get(), bare.get()));
          set->rules_.push_back(std::move(rule));
          rule = std::move(bare);
        }
      }
      set->rules_.push_back(std::move(rule));
    }
  }
  const size_t words = (set->rules_.size() + 63) / 64;
  set->words_per_set_ = words;
  for (StartIndex& index : set->index_) {
    index.by_word_bits.assign(set->words_->ids.size() * words, 0);
    index.by_entity_bits.assign(words, 0);
    index.exact_bits.assign(words, 0);
    index.anywhere_bits.assign(words, 0);
    index.word_leads.assign(set->words_->ids.size(), 0);
    index.second_word_bits.assign((set->words_->ids.size() + 1) * words, 0);
  }
  set->checks_.assign(set->rules_.size(), {});
  auto add = [](std::vector<uint64_t>& bits, size_t offset, uint32_t r) {
    bits[offset + (r >> 6)] |= uint64_t{1} << (r & 63);
  };
  for (size_t r = 0; r < set->rules_.size(); ++r) {
    const Rule& rule = *set->rules_[r];
    if (rule.regex) continue;
    StartIndex& index = set->index_[rule.type == EntityType::kEvent ? 1 : 0];
    const uint32_t id = static_cast<uint32_t>(r);
    const Element* first = rule.first >= 0 ? &rule.elements[rule.first] : nullptr;
    StartIndex::Screen screen{id};
    if (first != nullptr) {
      screen.first_mask = first->mask;
      screen.first_forbid = first->forbid;
    }
    if (rule.second >= 0 && rule.elements[rule.second].kind == ElementKind::kClass) {
      screen.second_is_class = true;
      screen.second_mask = rule.elements[rule.second].mask;
      screen.second_forbid = rule.elements[rule.second].forbid;
    }
    const Element* second = rule.second >= 0 ? &rule.elements[rule.second] : nullptr;
    const bool screened = first != nullptr && (first->kind == ElementKind::kClass ||
                                               first->kind == ElementKind::kWords);
    if (screened) {
      // The bitsets test the first element and a second of classes or words; an exact-text
      // second is left to the match.
      if (second != nullptr && second->kind == ElementKind::kExact) set->checks_[r].second = second;
      // A second element of words: the rows of its words. Any other: the last row (no word),
      // copied into every row below.
      const size_t word_count = set->words_->ids.size();
      if (second != nullptr && second->kind == ElementKind::kWords) {
        for (size_t w = 0; w < word_count; ++w)
          if (second->word_set.test(w)) add(index.second_word_bits, w * words, id);
      } else {
        add(index.second_word_bits, word_count * words, id);
      }
    } else {
      set->checks_[r].first = first;
      set->checks_[r].second = second;
    }
    if (first == nullptr) {
      index.start_anywhere = true;
      add(index.anywhere_bits, 0, id);
    } else if (first->kind == ElementKind::kClass) {
      index.start_classes |= first->mask;
      index.by_class.push_back(screen);
      index.screens.push_back(screen);
    } else if (first->kind == ElementKind::kWords) {
      index.start_on_word = true;
      index.screens.push_back(screen);
      for (size_t w = 0; w < set->words_->ids.size(); ++w) {
        if (!first->word_set.test(w)) continue;
        add(index.by_word_bits, w * words, id);
        index.word_leads[w] = 1;
      }
    } else if (first->kind == ElementKind::kEntity) {
      index.start_on_entity = true;
      add(index.by_entity_bits, 0, id);
    } else {
      index.start_on_word = true;  // exact texts
      add(index.exact_bits, 0, id);
      index.exact_lengths |= first->exact_lengths;
      for (const std::string& text : first->words) {
        if (text.empty()) continue;  // a token is never empty
        const unsigned char b = static_cast<unsigned char>(text[0]);
        index.exact_first_bytes[b >> 6] |= uint64_t{1} << (b & 63);
      }
    }
  }
  for (StartIndex& index : set->index_) {
    if (words == 0) continue;  // no rule: no bitset rows (and no row to index)
    const uint64_t* no_word = index.second_word_bits.data() + set->words_->ids.size() * words;
    for (size_t w = 0; w < set->words_->ids.size(); ++w)
      for (size_t k = 0; k < words; ++k) index.second_word_bits[w * words + k] |= no_word[k];
  }
  static std::atomic<uint64_t> next_id{1};
  set->id_ = next_id++;
  {
    // One table for the pattern words' ids and the evidence classes of ordinary words (one
    // probe per token); first names stay in the evidence's own table (FirstNameClasses), read,
    // never copied. Evidence keys are unique; a pattern word takes its evidence classes along.
    std::vector<std::pair<std::string, WordTable::Info>> entries;
    const auto& ids = set->words_->ids;
    entries.reserve((evidence != nullptr ? evidence->WordCount() : 0) + ids.size());
    if (evidence != nullptr) {
      evidence->ForEachWord(
          [&](const std::string& key, uint32_t classes, bool) {
            WordTable::Info info;
            info.classes = classes;
            if (const auto it = ids.find(key); it != ids.end()) info.word_id = it->second;
            entries.emplace_back(key, info);
          },
          /*first_names=*/false);
    }
    for (const auto& [word, id] : ids) {
      if (evidence != nullptr && evidence->Classes(word, /*capitalized=*/false) != 0) continue;
      WordTable::Info info;
      info.word_id = id;
      entries.emplace_back(word, info);
    }
    set->words_->table.Build(entries);
  }
  if (!set->screen_->rule_of.empty() && !set->screen_->set.Compile())
    return Status(StatusCode::kDataError,
                  "regex rules: RE2::Set failed to compile (out of memory?)");
  *rules = std::move(set);
  return Status::Ok();
}

namespace {

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
    case ElementKind::kExact: {
      const std::string_view text = s.tokens[t].text(s.text);
      // Most tokens have no listed word's length: no compare at all.
      if (!(e.exact_lengths >> std::min<size_t>(text.size(), 63) & 1)) return -1;
      for (const std::string& w : e.words)
        if (text == w) return int64_t{t} + 1;
      return -1;
    }
    case ElementKind::kEntity: {
      const int32_t m = s.mention_at[t];
      if (m < 0) return -1;
      const Mention& mention = s.analysis->mentions[m];
      if (s.analysis->entities[mention.entity].type != e.entity) return -1;
      return int64_t{mention.end_token};
    }
    default:
      return -1;
  }
}

// Matches elements[e..] from token t; returns the end token or -1. Greedy with backtracking.
int64_t MatchFrom(const std::vector<Element>& elements, size_t e, uint32_t t, MatchState& s) {
  if (e == elements.size()) return int64_t{t};
  const Element& el = elements[e];
  if (el.kind == ElementKind::kOpen || el.kind == ElementKind::kClose) {
    uint32_t& mark = el.kind == ElementKind::kOpen ? s.open : s.close;
    const uint32_t saved = mark;
    mark = t;
    const int64_t r = MatchFrom(elements, e + 1, t, s);
    if (r < 0) mark = saved;
    return r;
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

}  // namespace

void RuleSet::MatchTokenRules(const Document& doc, const Analysis& analysis,
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
  const size_t words = words_per_set_;
  RuleStartCache& cache = scratch->start_cache[events ? 1 : 0];
  cache.Bind(id_, words);
  std::vector<uint64_t>& candidates = scratch->candidates;
  candidates.resize(words);
  const size_t no_word_row = words_->ids.size();  // of second_word_bits
  const std::string_view text = doc.analysis_text();
  uint32_t t = 0;
  size_t sentence = 0;
  while (t < n) {
    // Most tokens (lower-case words, punctuation) can start no rule: skip them at once.
    // (A word of the rules starts something only if some rule of this phase begins with it;
    // an exact-text rule only on a token of one of its texts' lengths and first bytes, the
    // only tokens where it is a candidate.)
    const bool starts_mention = scratch->mention_at[t] >= 0;
    const uint16_t word = scratch->word_id[t];
    // (Read only when some rule of the phase starts with an exact text. Tokens are never
    // empty; an empty one would start no exact text.)
    const bool exact_may = index.exact_lengths != 0 && [&] {
      const size_t length = std::min<size_t>(tokens[t].end - tokens[t].begin, 63);
      const unsigned char b = length > 0 ? static_cast<unsigned char>(text[tokens[t].begin]) : 0;
      return length > 0 && (index.exact_lengths >> length & 1) &&
             (index.exact_first_bytes[b >> 6] >> (b & 63) & 1);
    }();
    if (!index.start_anywhere && !(scratch->token_classes[t] & index.start_classes) &&
        !(word != kNoWord && index.word_leads[word]) &&
        !(index.start_on_word && (word != kNoWord || tokens[t].kind != TokenKind::kWord) &&
          exact_may) &&
        !(index.start_on_entity && starts_mention)) {
      ++t;
      continue;
    }
    // The rules that can start here, as a bitset over rule indices: read in index order, that
    // is file order (the earlier wins a tie), with no sort and no duplicate. For class- and
    // word-led rules the bitsets are the whole test of the first element and of a second
    // element of classes or words: the class tests come from the cache, one probe for this
    // token's classes and one for the next token's (0 past the end, which no second element
    // accepts, as no token has class 0), the word tests from the rows of the tokens' word ids.
    // A token no rule can start on stops here, before any rule is read.
    const uint32_t classes = scratch->token_classes[t];
    const uint32_t next = t + 1 < n ? scratch->token_classes[t + 1] : 0;
    RuleStartCache::Entry entry = cache.Find(classes);
    if (!entry.hit) FillStartBits(index, classes, entry.first, entry.second);
    if (word != kNoWord) {
      const uint64_t* led = index.by_word_bits.data() + size_t{word} * words;
      for (size_t w = 0; w < words; ++w) candidates[w] = entry.first[w] | led[w];
    } else {
      std::copy(entry.first, entry.first + words, candidates.begin());
    }
    entry = cache.Find(next);
    if (!entry.hit) FillStartBits(index, next, entry.first, entry.second);
    const uint16_t next_word = t + 1 < n ? scratch->word_id[t + 1] : kNoWord;
    const uint64_t* second_word = index.second_word_bits.data() +
                                  (next_word != kNoWord ? size_t{next_word} : no_word_row) * words;
    uint64_t any = 0;
    for (size_t w = 0; w < words; ++w) {
      candidates[w] = (candidates[w] & entry.second[w] & second_word[w]) | index.anywhere_bits[w] |
                      (starts_mention ? index.by_entity_bits[w] : 0) |
                      (exact_may ? index.exact_bits[w] : 0);
      any |= candidates[w];
    }
    if (any == 0) {
      ++t;
      continue;
    }
    int64_t best_end = -1;
    RuleMatch best{0, 0, nullptr};
    while (sentence + 1 < analysis.sentences.size() && analysis.sentences[sentence].end_token <= t)
      ++sentence;
    const uint32_t sentence_end = analysis.sentences[sentence].end_token;
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
        state.open = state.close = t;
        const int64_t end = MatchFrom(rule->elements, 0, t, state);
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
    if (best.rule == nullptr) {
      ++t;
      continue;
    }
    found->push_back(best);
    for (uint32_t k = best.begin; k < best.end; ++k) scratch->covered[k] = 1;
    t = std::max<uint32_t>(best.end, t + 1);
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

void RuleSet::LookUpWord(std::string_view key, uint16_t* word_id, uint32_t* classes) const {
  const WordTable::Info* info = words_->table.Find(key);
  *word_id = info != nullptr ? info->word_id : kNoWord;
  *classes = info != nullptr ? info->classes : 0;
}

void RuleSet::FindEvents(const Document& doc, const Analysis& analysis, Scratch* scratch,
                         TokenMarks* marks, const TokenFeatures* features) const {
  const std::vector<Token>& tokens = analysis.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const std::string_view text = doc.analysis_text();
  const std::string_view keys = analysis.keys;
  marks->blocked.assign(n, 0);
  scratch->mention_at.assign(n, -1);
  scratch->covered.assign(n, 0);
  scratch->word_id.assign(n, kNoWord);
  std::vector<uint32_t>& evidence_classes = scratch->evidence_classes;
  evidence_classes.assign(n, 0);
  for (uint32_t t = 0; t < n; ++t) {
    const std::string_view key = tokens[t].key(keys);
    if (features != nullptr) {
      scratch->word_id[t] = features->at[t].rule_word;
      evidence_classes[t] = features->at[t].rule_classes;
    } else {
      LookUpWord(key, &scratch->word_id[t], &evidence_classes[t]);
    }
    if (!tokens[t].has(kCapitalized) && !tokens[t].has(kAllCaps)) continue;
    uint32_t first_name = 0;
    if (evidence_ != nullptr) {
      if (features != nullptr) {
        first_name = features->at[t].first_name;
      } else if (const uint32_t* f = evidence_->FirstNameClasses(key)) {
        first_name = *f;
      }
    }
    if (first_name != 0) {
      evidence_classes[t] |= first_name;
    } else if (tokens[t].has(kCapitalized) && key.find('-') != std::string_view::npos) {
      // A compound first name no list has ("Alain-Guillaume") is one when each part is.
      uint32_t compound = Evidence::kFirstName;
      internal::ForEachField(key, '-', [&](std::string_view part) {
        const WordTable::Info* p = part.empty() ? nullptr : words_->table.Find(part);
        if (part.empty() || evidence_ == nullptr || evidence_->FirstNameClasses(part) == nullptr ||
            (p != nullptr && (p->classes & Evidence::kNonEntity)))
          compound = 0;
      });
      evidence_classes[t] |= compound;
    }
  }
  marks->never_alone.assign(n, 0);
  for (uint32_t t = 0; t < n; ++t) {
    if (!(evidence_classes[t] & (Evidence::kNonEntity | Evidence::kDemonym))) continue;
    // A country named like its people ("la Suisse", "une Argentine") is the country after
    // kCountryWords: "en Suisse", "la Suisse", "aux Philippines" name no person.
    if ((evidence_classes[t] & Evidence::kDemonym) &&
        !(evidence_classes[t] & Evidence::kNonEntity) && tokens[t].has(kCapitalized) && t > 0 &&
        std::find(std::begin(kCountryWords), std::end(kCountryWords), tokens[t - 1].key(keys)) !=
            std::end(kCountryWords))
      continue;
    marks->never_alone[t] = 1;
  }

  // Token classes. A capitalized word opening a sentence counts as a name only with evidence:
  // it is a first name, or the same word is capitalized elsewhere inside a sentence.
  std::vector<uint32_t>& classes = scratch->token_classes;
  classes.assign(n, 0);
  FindSentenceStarts(analysis, &marks->sentence_initial, &marks->capitalized_inside);
  const std::vector<uint8_t>& initial = marks->sentence_initial;
  const std::vector<std::string_view>& capitalized_inside = marks->capitalized_inside;
  constexpr uint32_t kNotName = Evidence::kCivility | Evidence::kTitle | Evidence::kRole |
                                Evidence::kDemonym | Evidence::kNonEntity | Evidence::kFamily;
  for (uint32_t t = 0; t < n; ++t) {
    const Token& tok = tokens[t];
    uint32_t c = kAnyTok;
    if (tok.kind == TokenKind::kNumber) {
      c |= kNumberTok;
      const std::string_view digits = tok.text(text);
      const bool year =
          digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20");
      if (year) c |= kYear;
      if (!year && digits.size() <= 4) c |= kModelNumber;
    } else if (tok.kind == TokenKind::kWord && tok.has(kHasDigit) && tok.end - tok.begin <= 6) {
      c |= kModelNumber;  // A380, S24
    }
    if (tok.kind == TokenKind::kWord) {
      const std::string_view key = tok.key(keys);
      const bool article_led = ArticleLedName(tok, key);
      const bool capital = tok.has(kCapitalized) || tok.has(kAllCaps) || article_led;
      if (!capital && !tok.has(kHasUpper)) c |= kLower;
      if ((tok.has(kCapitalized) || article_led) && !tok.has(kElision)) c |= kCapital;
      const uint32_t ev = evidence_classes[t];
      // A first name is evidence only when written as one, and never a function word (de, le).
      c |= ev & ~uint32_t{Evidence::kFirstName};
      const bool common_after_article =
          (ev & Evidence::kCommonWord) && t > 0 &&
          std::find(std::begin(kArticleWords), std::end(kArticleWords), tokens[t - 1].key(keys)) !=
              std::end(kArticleWords);
      if ((ev & Evidence::kFirstName) && capital && !(ev & Evidence::kNonEntity) &&
          !common_after_article)
        c |= Evidence::kFirstName;
      if (tok.has(kAbbreviation) && tok.end - tok.begin == 2 && tok.has(kCapitalized))
        c |= kInitial;
      if (capital && !tok.has(kElision) && !tok.has(kClitic) && !tok.has(kAbbreviation) &&
          !(ev & kNotName)) {
        c |= kCap;
        if (tok.has(kAllCaps)) c |= IsRomanNumeral(tok.text(text)) ? kRoman : kUpper;
        const bool evidence_ok =
            !initial[t] || tok.has(kAllCaps) ||
            ((ev & Evidence::kFirstName) && !(ev & Evidence::kCommonWord)) ||
            std::binary_search(capitalized_inside.begin(), capitalized_inside.end(), key);
        if (evidence_ok) c |= kName;
      }
    }
    classes[t] = c;
  }

  // Multi-word titles, roles and cue nouns ("premier ministre", "directeur général",
  // "constructeur automobile", "groupe de presse") lend their class to each of their words, so
  // that @title+ and @orgcue+ span them.
  if (evidence_ != nullptr) {
    constexpr uint32_t kLent =
        Evidence::kTitle | Evidence::kRole | Evidence::kOrgCue | Evidence::kProductCue;
    for (uint32_t t = 0; t < n; ++t) {
      if (tokens[t].kind != TokenKind::kWord || !(classes[t] & Evidence::kPhraseStart)) continue;
      uint32_t found_classes = 0;
      const uint32_t len = evidence_->LongestPhrase(tokens, keys, t, kLent, &found_classes);
      if (len < 2) continue;
      for (uint32_t k = t; k < t + len; ++k) {
        classes[k] |= found_classes & kLent;
        classes[k] &= ~(kName | kCap | kUpper);
      }
    }
  }

  std::vector<RuleMatch>& found = scratch->found;
  found.clear();
  MatchTokenRules(doc, analysis, *marks, scratch, /*events=*/true, &found);
  for (const RuleMatch& f : found)
    for (uint32_t k = f.begin; k < f.end; ++k) marks->blocked[k] = 1;
}

void RuleSet::Apply(const Document& doc, Analysis* analysis, const TokenMarks& marks,
                    Scratch* scratch) const {
  const std::vector<Token>& tokens = analysis->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0 || rules_.empty()) return;
  const std::string_view text = doc.analysis_text();

  // Mentions already there, by token; event words count as covered.
  scratch->mention_at.assign(n, -1);
  scratch->covered = marks.blocked;
  for (size_t m = 0; m < analysis->mentions.size(); ++m) {
    const Mention& mention = analysis->mentions[m];
    scratch->mention_at[mention.first_token] = static_cast<int32_t>(m);
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t) scratch->covered[t] = 1;
  }
  std::vector<RuleMatch>& found = scratch->found;
  found.clear();
  MatchTokenRules(doc, *analysis, marks, scratch, /*events=*/false, &found);
  // Lexicon mentions absorbed by a longer rule match give way (matches overlap a mention only
  // where they may take it in).
  // Both lists are in text order and `found` never overlaps itself: one merge pass.
  size_t next_found = 0;
  auto absorbed = [&](const Mention& m) {
    while (next_found < found.size() && found[next_found].end <= m.first_token) ++next_found;
    return next_found < found.size() && m.first_token >= found[next_found].begin &&
           m.end_token <= found[next_found].end;
  };
  analysis->mentions.erase(
      std::remove_if(analysis->mentions.begin(), analysis->mentions.end(), absorbed),
      analysis->mentions.end());
  // Regex rules, screened by the set.
  if (!screen_->rule_of.empty()) {
    std::vector<int>& hits = scratch->regex_hits;
    hits.clear();
    if (screen_->set.Match(text, &hits)) {
      std::sort(hits.begin(), hits.end());
      // Room for the submatches of the rule that asks the most (group 0 up to its `e`), made
      // once per document: on the stack, or in one vector when some rule's `e` is group 10 or
      // later. Never an allocation per match.
      constexpr int kInlineSubmatches = 10;
      re2::StringPiece inline_groups[kInlineSubmatches];
      std::vector<re2::StringPiece> more_groups(
          max_submatches_ > kInlineSubmatches ? static_cast<size_t>(max_submatches_) : 0);
      re2::StringPiece* const groups = more_groups.empty() ? inline_groups : more_groups.data();
      for (int hit : hits) {
        const Rule& rule = *rules_[screen_->rule_of[hit]];
        re2::StringPiece input(text.data(), text.size());
        const int ngroups = rule.regex_group + 1;
        size_t pos = 0;
        while (pos < text.size() &&
               rule.regex->Match(input, pos, text.size(), re2::RE2::UNANCHORED, groups, ngroups)) {
          const re2::StringPiece whole = groups[0];
          const re2::StringPiece span = groups[rule.regex_group];
          pos = static_cast<size_t>(whole.data() - text.data()) + std::max<size_t>(whole.size(), 1);
          if (span.data() == nullptr) continue;
          const uint32_t sb = static_cast<uint32_t>(span.data() - text.data());
          const uint32_t se = sb + static_cast<uint32_t>(span.size());
          // Snap to whole tokens inside [sb, se).
          auto first = std::lower_bound(tokens.begin(), tokens.end(), sb,
                                        [](const Token& tk, uint32_t b) { return tk.begin < b; });
          uint32_t b = static_cast<uint32_t>(first - tokens.begin()), e = b;
          while (e < n && tokens[e].end <= se) ++e;
          if (e <= b) continue;
          bool overlaps = false;
          for (uint32_t k = b; k < e && !overlaps; ++k) overlaps = scratch->covered[k];
          if (overlaps) continue;
          found.push_back({b, e, &rule});
          for (uint32_t k = b; k < e; ++k) scratch->covered[k] = 1;
        }
      }
    }
  }

  // Entities: a rule mention joins an entity with the same name, else starts one.
  internal::ScratchMap<std::string_view, uint32_t>& by_name = scratch->by_name;
  by_name.clear();
  for (uint32_t e = 0; e < analysis->entities.size(); ++e)
    if (analysis->entities[e].lexicon < 0) by_name.emplace(analysis->entities[e].name, e);
  for (const RuleMatch& f : found) {
    std::string_view span_text =
        text.substr(tokens[f.begin].begin, tokens[f.end - 1].end - tokens[f.begin].begin);
    auto [known, added] =
        by_name.emplace(span_text, static_cast<uint32_t>(analysis->entities.size()));
    const uint32_t entity = *known;
    if (added) {
      Entity ent;
      ent.type = f.rule->type;
      ent.name = span_text;
      analysis->entities.push_back(ent);
    }
    Mention m;
    m.begin = tokens[f.begin].begin;
    m.end = tokens[f.end - 1].end;
    m.first_token = f.begin;
    m.end_token = f.end;
    m.sentence = analysis->SentenceOfToken(f.begin);
    m.entity = entity;
    m.via = f.rule->via;
    analysis->mentions.push_back(m);
  }
}

}  // namespace selon
