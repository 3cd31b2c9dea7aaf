// Entity rules: parsing the rule files, classifying tokens, and matching regexes (the token
// patterns are matched in rule_match.cpp; their compiled form is rule_pattern.h).
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
#include <utf8proc.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <bitset>
#include <cstring>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "internal/append_mention.h"
#include "internal/chars.h"
#include "internal/flat_table.h"
#include "internal/strings.h"
#include "internal/utf8.h"
#include "rule_pattern.h"

namespace selon {
namespace {

using internal::Element;
using internal::ElementKind;
using internal::kMaxRepeat;
using internal::kMaxWords;
using internal::kNoWord;

// Words after which a country named like its people is the country (never_alone does not hold
// it back), folded: the preposition of feminine countries ("en Suisse", "en Argentine"), the
// feminine definite article ("la Suisse", "l'Argentine": a Swiss or Argentine woman would be
// "une Suisse", "la jeune Argentine") and the plural ones of plural countries ("les
// Philippines", "aux Philippines", "des Comores"; "les Suisses" is no place, so no lexicon
// match is at stake). The masculine "le Suisse Roger Dupont" stays a person.
// ("de" and "d'" were tried too, "champion de Suisse": wikineural-fr-val's organizations fell.)
constexpr std::string_view kCountryWords[] = {"en", "la", "l'", "les", "aux", "des"};

// Layouts where a country named like its people ("Suisse", "Argentine") can only be the
// country, whatever the word before: a headline's place before a colon ("Suisse : un train
// attaqué"), and a country alone in brackets ("Ferdi Kübler (Suisse)"). (One side of a fixture,
// "Albanie - Suisse", was tried too: WiNER 2017's places fell.)
bool CountryByLayout(const std::vector<Token>& tokens, std::string_view text, uint32_t t) {
  auto is = [&](size_t i, std::string_view s) {
    return i < tokens.size() && tokens[i].text(text) == s;
  };
  const bool opens_line = t == 0 || tokens[t].has(kNewlineBefore);
  if (opens_line && is(t + 1, ":")) return true;
  return t > 0 && is(t - 1, "(") && is(t + 1, ")");
}

// Articles, contracted or not. A first name that is also an ordinary word (evidence's
// common_word: Trésor, Rose, Victoire) is that word right after one: "le secrétaire du Trésor
// Steven Mnuchin" names Steven Mnuchin, "la Victoire de Samothrace" no Victoire; French puts
// no article before a person's first name.
constexpr std::string_view kArticleWords[] = {"le", "la", "l'", "les", "du", "des", "au", "aux"};

// The Arabic article written in lower case before a capitalized name part ("Abdel Fattah
// al-Burhane", "Bachar el-Assad", "Front al-Nosra"): the word is a name word, as if capitalized.
constexpr std::string_view kNameArticlePrefixes[] = {"al-", "el-"};

// The flag after a rule's type ("LOC,first") that runs it before the lexicons
// (Rule::before_lexicons).
constexpr std::string_view kFirstRuleFlag = "first";

// Whether `tok` is such a word ("al-Burhane"); `keys` are the analysis's keys, of which the
// token's is read only for a word with an upper-case letter that is not capitalized (rare).
bool ArticleLedName(const Token& tok, std::string_view keys) {
  if (tok.has(kCapitalized) || !tok.has(kHasUpper)) return false;
  const std::string_view key = tok.key(keys);
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
  kCommune = 1u << 31,      // a compound commune name: Saint-Rémy-lès-Chevreuse (CompoundCommune)
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
      {"commune", kCommune},
      {"year", kYear},
      {"firstname", Evidence::kFirstName},
      {"civility", Evidence::kCivility},
      {"title", Evidence::kTitle},
      {"role", Evidence::kRole},
      {"family", Evidence::kFamily},
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
  return s.find_first_of("IVX") != std::string_view::npos && internal::MatchesRomanPattern(s);
}

// A match score: a number of at most kMaxScoreDigits digits, then "à" or "-" and another
// ("Clermont 27 à 19", "Lyon 2-1"). Its first number is no model number after a club's name
// ("l'ASM Clermont Auvergne 27 à 19" is no product); a price after a model has more digits
// ("la Renault 5 à 25 000 euros").
constexpr size_t kMaxScoreDigits = 2;
constexpr std::string_view kScoreJoiners[] = {"à", "-"};

bool IsScoreAt(const std::vector<Token>& tokens, std::string_view text, uint32_t t) {
  auto small = [&](uint32_t k) {
    return tokens[k].kind == TokenKind::kNumber && tokens[k].text(text).size() <= kMaxScoreDigits;
  };
  if (t + 2 >= tokens.size() || !small(t) || !small(t + 2)) return false;
  const std::string_view joiner = tokens[t + 1].text(text);
  for (std::string_view j : kScoreJoiners)
    if (joiner == j) return true;
  return false;
}

// The words that join a commune's name to the river, region or place it lies on, in its
// hyphenated spelling ("Châlons-en-Champagne", "Boulogne-sur-Mer", "Saint-Rémy-lès-Chevreuse",
// "Marcq-en-Barœul"). No other French compound joins two capitalized parts with them.
// The shortest compound commune name, in bytes ("Is-sur-Tille", "Ay-en-Ré" are 8 and more).
constexpr size_t kMinCommuneBytes = 8;
constexpr std::string_view kCommuneJoiners[] = {"-sur-", "-sous-", "-lès-", "-lez-", "-en-"};

// Whether word `w` (capitalized) is a compound commune name: one of kCommuneJoiners, then a
// capital letter (ASCII, or Latin-1 À to Þ: "-en-Île", "-sur-Élorn"). "Tête-en-bas" is none.
bool CompoundCommune(std::string_view w) {
  if (w.find('-') == std::string_view::npos) return false;
  for (std::string_view j : kCommuneJoiners) {
    const size_t at = w.find(j);
    if (at == std::string_view::npos || at == 0) continue;
    const size_t next = at + j.size();
    if (next >= w.size()) continue;
    const auto c = static_cast<unsigned char>(w[next]);
    const auto c2 = next + 1 < w.size() ? static_cast<unsigned char>(w[next + 1]) : 0;
    // (U+00C0 to U+00DE are C3 80 to C3 9E in UTF-8; C3 97 is the sign ×.)
    if ((c >= 'A' && c <= 'Z') || (c == 0xC3 && c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97))
      return true;
  }
  return false;
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
      // @a&b: every class (e.g. @orgcue&cap, a capitalized cue noun); @a&!b: a, not b. An
      // entity element takes exclusions only, read on its mention's first token (@ORG&!upper:
      // a mention that does not open on an all-caps word).
      bool ok = true;
      bool entity = false;
      EntityType type = EntityType::kPerson;
      uint32_t mask = 0, forbid = 0;
      for (std::string_view part : internal::Split(word.substr(1), '&')) {
        const bool negated = !part.empty() && part.front() == '!';
        if (negated) part.remove_prefix(1);
        Element p;
        ok = ok && ParseClass(part, &p);
        if (!ok) break;
        if (p.kind == ElementKind::kEntity) {
          ok = !negated && !entity;
          entity = true;
          type = p.entity;
          continue;
        }
        (negated ? forbid : mask) |= p.mask;
      }
      ok = ok && (entity ? mask == 0 : mask != 0);
      if (ok && entity) {
        e.kind = ElementKind::kEntity;
        e.entity = type;
        e.forbid = forbid;
      } else if (ok) {
        e.kind = ElementKind::kClass;
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
        } else if (internal::HasDiacritic(alt)) {
          e.words.push_back(internal::SpellingOf(alt));
          e.accent_exact.push_back(1);
        } else {
          std::string key;
          FoldKey(alt, &key);
          e.words.push_back(key);
          e.accent_exact.push_back(0);
        }
      }
      if (e.kind == ElementKind::kExact) {
        std::sort(e.words.begin(), e.words.end(), [](const std::string& a, const std::string& b) {
          return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        internal::IndexExactWords(&e);
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
  // A folded word's id; an accent-exact word's id under its tagged spelling. (The ids of the
  // spellings of a folded word's key join its word_set once every rule is read: Load.)
  std::string tagged;
  for (Element& e : r->elements) {
    if (e.kind != ElementKind::kWords) continue;
    for (size_t i = 0; i < e.words.size(); ++i) {
      if (e.accent_exact[i]) tagged.assign(1, WordTable::kSpellingTag).append(e.words[i]);
      auto [it, added] = set->words_->ids.try_emplace(
          e.accent_exact[i] ? tagged : e.words[i], static_cast<uint16_t>(set->words_->ids.size()));
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
      // "LOC,first": a rule that runs before the lexicons (Rule::before_lexicons).
      std::string_view type_col = cols[1];
      if (const size_t comma = type_col.find(','); comma != std::string_view::npos) {
        if (type_col.substr(comma + 1) != kFirstRuleFlag)
          return Status(StatusCode::kDataError,
                        where + ": unknown type flag '" + std::string(type_col.substr(comma + 1)) +
                            "' (expected " + std::string(kFirstRuleFlag) + ")");
        rule->before_lexicons = true;
        type_col = type_col.substr(0, comma);
      }
      if (!ParseEntityType(type_col, &rule->type))
        return Status(StatusCode::kDataError, where + ": unknown type '" + std::string(cols[1]) +
                                                  "' (expected PER, ORG, PRODUCT or LOC)");
      if (rule->type == EntityType::kEvent) rule->before_lexicons = true;
      const std::string_view pattern = cols[2];
      if (pattern.substr(0, 3) == "re:") {
        if (rule->before_lexicons)
          return Status(StatusCode::kDataError,
                        where + ": EVENT and first rules must be token patterns");
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
  // The accent-exact spellings, grouped by folded key (in order of key, then spelling, for a
  // table independent of hash order); a folded word takes its key's spellings along.
  std::unordered_map<std::string, uint16_t> group_of;  // folded key -> group (from 1)
  {
    std::vector<std::pair<std::string, WordTable::Spelling>> spellings;
    for (const auto& [tagged, id] : set->words_->ids) {
      if (tagged.empty() || tagged[0] != WordTable::kSpellingTag) continue;
      std::string key;
      FoldKey(std::string_view(tagged).substr(1), &key);
      spellings.push_back({key, {tagged.substr(1), id}});
    }
    std::sort(spellings.begin(), spellings.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second.text < b.second.text;
    });
    WordTable& table = *set->words_;
    for (size_t i = 0; i < spellings.size(); ++i) {
      if (i == 0 || spellings[i].first != spellings[i - 1].first) {
        table.groups.emplace_back(static_cast<uint16_t>(i), static_cast<uint16_t>(i));
        group_of[spellings[i].first] = static_cast<uint16_t>(table.groups.size());
      }
      table.spellings.push_back(spellings[i].second);
      ++table.groups.back().second;
    }
    for (const std::unique_ptr<Rule>& rule : set->rules_)
      for (Element& e : rule->elements) {
        if (e.kind != ElementKind::kWords) continue;
        for (size_t i = 0; i < e.words.size(); ++i) {
          const auto g = e.accent_exact[i] ? group_of.end() : group_of.find(e.words[i]);
          if (g == group_of.end()) continue;
          const auto [from, to] = table.groups[g->second - 1];
          for (size_t k = from; k < to; ++k) e.word_set.set(table.spellings[k].word_id);
        }
      }
  }
  const size_t words = (set->rules_.size() + 63) / 64;
  set->words_per_set_ = words;
  for (StartIndex& index : set->index_) {
    index.by_word_bits.assign(set->words_->ids.size() * words, 0);
    index.by_entity_bits.assign(kEntityTypes * words, 0);
    index.exact_bits.assign(words, 0);
    index.anywhere_bits.assign(words, 0);
    index.second_word_bits.assign((set->words_->ids.size() + 1) * words, 0);
  }
  set->start_by_word_.assign(set->words_->ids.size(), 0);
  set->checks_.assign(set->rules_.size(), {});
  auto add = [](std::vector<uint64_t>& bits, size_t offset, uint32_t r) {
    bits[offset + (r >> 6)] |= uint64_t{1} << (r & 63);
  };
  for (size_t r = 0; r < set->rules_.size(); ++r) {
    const Rule& rule = *set->rules_[r];
    if (rule.regex) continue;
    const unsigned phase = rule.before_lexicons ? 1 : 0;
    StartIndex& index = set->index_[phase];
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
        set->start_by_word_[w] |= static_cast<uint8_t>(1u << phase);
      }
    } else if (first->kind == ElementKind::kEntity) {
      index.start_on_entity = true;
      add(index.by_entity_bits, static_cast<size_t>(first->entity) * words, id);
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
  set->start_by_exact_.assign(kExactScreenSizes * 256, 0);
  for (unsigned phase = 0; phase < 2; ++phase) {
    const StartIndex& index = set->index_[phase];
    if (!index.start_on_word) continue;
    // (Over the set bits only: both sets are small.)
    for (uint64_t sizes = index.exact_lengths & ~uint64_t{1}; sizes != 0; sizes &= sizes - 1) {
      const size_t size = static_cast<size_t>(std::countr_zero(sizes));
      for (size_t high = 0; high < 4; ++high)
        for (uint64_t bytes = index.exact_first_bytes[high]; bytes != 0; bytes &= bytes - 1) {
          const size_t b = high * 64 + static_cast<size_t>(std::countr_zero(bytes));
          set->start_by_exact_[size * 256 + b] |= static_cast<uint8_t>(1u << phase);
        }
    }
  }
  for (StartIndex& index : set->index_) {
    if (words == 0) continue;  // no rule: no bitset rows (and no row to index)
    const uint64_t* no_word = index.second_word_bits.data() + set->words_->ids.size() * words;
    for (size_t w = 0; w < set->words_->ids.size(); ++w)
      for (size_t k = 0; k < words; ++k) index.second_word_bits[w * words + k] |= no_word[k];
  }
  for (size_t r = 0; r < set->rules_.size(); ++r) {
    const Rule& rule = *set->rules_[r];
    for (size_t i = 0; i < rule.elements.size() && !rule.regex; ++i) {
      const Element& e = rule.elements[i];
      if (e.kind == ElementKind::kClass && e.min >= 1 && static_cast<int>(i) != rule.first)
        set->checks_[r].needs_classes |= e.mask;
      if (static_cast<int>(i) == rule.first || e.min < 1 ||
          (e.kind != ElementKind::kExact && e.kind != ElementKind::kEntity))
        continue;
      size_t bit = 0;
      while (bit < set->needed_.size() &&
             !(set->needed_[bit]->kind == e.kind &&
               (e.kind == ElementKind::kExact ? set->needed_[bit]->words == e.words
                                              : set->needed_[bit]->entity == e.entity)))
        ++bit;
      if (bit == kMaxNeeded) continue;
      if (bit == set->needed_.size()) {
        set->needed_.push_back(&e);
        const uint32_t mask = uint32_t{1} << bit;
        if (e.kind == ElementKind::kEntity) {
          static_assert(static_cast<size_t>(EntityType::kEvent) <
                        sizeof(needed_by_entity_) / sizeof(needed_by_entity_[0]));
          set->needed_by_entity_[static_cast<size_t>(e.entity)] |= mask;
        } else {
          for (const std::string& text : e.words) {
            if (text.empty()) continue;  // a token is never empty
            set->needed_by_length_[std::min<size_t>(text.size(), 63)] |= mask;
            set->needed_by_first_byte_[static_cast<unsigned char>(text[0])] |= mask;
          }
        }
      }
      set->checks_[r].needs |= uint32_t{1} << bit;
    }
  }
  set->blocked_rows_.assign(kRequirementNibbles * 16 * words, 0);
  for (size_t r = 0; r < set->rules_.size(); ++r) {
    const RuleCheck& check = set->checks_[r];
    set->all_needs_ |= check.needs;
    set->all_needs_classes_ |= check.needs_classes;
    const uint64_t required = uint64_t{check.needs_classes} << 32 | check.needs;
    for (size_t nibble = 0; nibble < kRequirementNibbles; ++nibble) {
      const unsigned bits = static_cast<unsigned>(required >> (4 * nibble)) & 15;
      for (unsigned v = 1; v < 16 && bits != 0; ++v)
        if (v & bits) add(set->blocked_rows_, (16 * nibble + v) * words, static_cast<uint32_t>(r));
    }
  }
  {
    const uint64_t required = uint64_t{set->all_needs_classes_} << 32 | set->all_needs_;
    for (size_t nibble = 0; nibble < kRequirementNibbles; ++nibble)
      if ((required >> (4 * nibble)) & 15)
        set->needy_nibbles_.push_back(static_cast<uint8_t>(nibble));
  }
  for (size_t r = 0; r < set->rules_.size(); ++r) {
    const Rule& rule = *set->rules_[r];
    if (rule.regex || rule.first < 0) continue;
    const Element& first = rule.elements[rule.first];
    if (first.max != 1 || first.kind == ElementKind::kEntity) continue;
    // The first element is tested by the bitsets or by checks_[r].first, the second by the
    // bitsets or checks_[r].second; one token each.
    size_t last = static_cast<size_t>(rule.first);
    if (rule.second >= 0 && rule.elements[rule.second].max == 1)
      last = static_cast<size_t>(rule.second);
    RuleCheck& check = set->checks_[r];
    uint32_t at = 0;
    for (size_t i = 0; i <= last; ++i) {
      const ElementKind kind = rule.elements[i].kind;
      if (kind == ElementKind::kOpen)
        check.open_at = static_cast<int32_t>(at);
      else if (kind == ElementKind::kClose)
        check.close_at = static_cast<int32_t>(at);
      else
        ++at;
    }
    check.resume = static_cast<uint32_t>(last + 1);
    check.advance = at;
  }
  static std::atomic<uint64_t> next_id{1};
  set->id_ = next_id++;
  {
    // One table for the pattern words' ids and the evidence classes of ordinary words (one
    // probe per token); first names stay in the evidence's own table (FirstNameClasses), read,
    // never copied. The evidence's table is copied slot for slot (no key hashed or placed
    // again), then every folded key a pattern names is added or found there: its word id, its
    // group of spellings (a pattern word takes its evidence classes along; the keys only
    // accent-exact words spell, `où` with no `ou`, have no word id of their own).
    WordTable& words = *set->words_;
    if (evidence != nullptr && evidence->word_table() != nullptr)
      words.table.CopyFrom(*evidence->word_table(), [](uint32_t classes) {
        WordTable::Info info;
        info.classes = classes;
        return info;
      });
    words.table.Reserve(words.table.size() + words.ids.size() + group_of.size());
    for (const auto& [word, id] : words.ids)
      if (word.empty() || word[0] != WordTable::kSpellingTag)
        words.table.Add(word, WordTable::Info{}).first->word_id = id;
    for (const auto& [key, group] : group_of)
      words.table.Add(key, WordTable::Info{}).first->spellings = group;
  }
  if (!set->screen_->rule_of.empty() && !set->screen_->set.Compile())
    return Status(StatusCode::kDataError,
                  "regex rules: RE2::Set failed to compile (out of memory?)");
  *rules = std::move(set);
  return Status::Ok();
}

void RuleSet::LookUpWord(std::string_view key, uint16_t* word_id, uint32_t* classes,
                         uint16_t* spellings) const {
  LookUpWord(key, internal::Fnv1a(key), word_id, classes, spellings);
}

void RuleSet::LookUpWord(std::string_view key, uint64_t hash, uint16_t* word_id, uint32_t* classes,
                         uint16_t* spellings) const {
  const WordTable::Info* info = words_->table.Find(key, hash);
  *word_id = info != nullptr ? info->word_id : kNoWord;
  *classes = info != nullptr ? info->classes : 0;
  if (spellings != nullptr) *spellings = info != nullptr ? info->spellings : 0;
}

uint16_t RuleSet::WordIdOfSpelling(uint16_t word_id, uint16_t spellings,
                                   std::string_view text) const {
  const auto [from, to] = words_->groups[spellings - 1];
  for (size_t k = from; k < to; ++k)
    if (internal::SpelledAs(text, words_->spellings[k].text)) return words_->spellings[k].word_id;
  return word_id;
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
  // (Every token's word id and evidence classes are written below: no fill first.)
  scratch->word_id.resize(n);
  scratch->evidence_classes.resize(n);
  marks->never_alone.assign(n, 0);
  marks->title_continues.assign(n, 0);
  // The tables through local pointers: a byte stored into never_alone could alias the vectors'
  // own pointers as far as the compiler knows, which would make it reload them at every token.
  uint16_t* const word_id = scratch->word_id.data();
  uint32_t* const evidence_classes = scratch->evidence_classes.data();
  uint8_t* const never_alone = marks->never_alone.data();
  const TokenLookup* const looked_up = features != nullptr ? features->at.data() : nullptr;
  for (uint32_t t = 0; t < n; ++t) {
    if (looked_up != nullptr) {
      word_id[t] = looked_up[t].rule_word;
      evidence_classes[t] = looked_up[t].rule_classes;
    } else {
      uint16_t spellings = 0;
      LookUpWord(tokens[t].key(keys), &word_id[t], &evidence_classes[t], &spellings);
      if (spellings != 0)
        word_id[t] = WordIdOfSpelling(word_id[t], spellings, tokens[t].text(text));
    }
    if (tokens[t].has(kCapitalized) || tokens[t].has(kAllCaps)) {
      const std::string_view key = tokens[t].key(keys);
      uint32_t first_name = 0;
      if (evidence_ != nullptr) {
        if (looked_up != nullptr) {
          first_name = looked_up[t].first_name;
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
          if (part.empty() || evidence_ == nullptr ||
              evidence_->FirstNameClasses(part) == nullptr ||
              (p != nullptr && (p->classes & Evidence::kNonEntity)))
            compound = 0;
        });
        evidence_classes[t] |= compound;
      }
    }
    // Words never a name alone (the token's evidence classes are final here).
    if (!(evidence_classes[t] & (Evidence::kNonEntity | Evidence::kDemonym))) continue;
    // A country named like its people ("la Suisse", "une Argentine") is the country after
    // kCountryWords: "en Suisse", "la Suisse", "aux Philippines" name no person.
    if ((evidence_classes[t] & Evidence::kDemonym) &&
        !(evidence_classes[t] & Evidence::kNonEntity) && tokens[t].has(kCapitalized) &&
        ((t > 0 && std::find(std::begin(kCountryWords), std::end(kCountryWords),
                             tokens[t - 1].key(keys)) != std::end(kCountryWords)) ||
         CountryByLayout(tokens, text, t)))
      continue;
    never_alone[t] = 1;
  }

  // Token classes. A capitalized word opening a sentence counts as a name only with evidence:
  // it is a first name, or the same word is capitalized elsewhere inside a sentence.
  scratch->token_classes.assign(n, 0);
  FindSentenceStarts(analysis, &marks->sentence_initial, &marks->capitalized_inside,
                     &marks->caseless);
  // (Through local pointers, as above: the calls in the loop would make the compiler reload the
  // vectors at every token.)
  uint32_t* const classes = scratch->token_classes.data();
  const uint8_t* const initial = marks->sentence_initial.data();
  const Token* const token = tokens.data();
  const std::vector<std::string_view>& capitalized_inside = marks->capitalized_inside;
  constexpr uint32_t kNotName = Evidence::kCivility | Evidence::kTitle | Evidence::kRole |
                                Evidence::kDemonym | Evidence::kNonEntity | Evidence::kFamily;
  // The words that start a multi-word entry (kPhraseStart; no later step changes the bit): the
  // first one and how many, so that the phrase pass below reads only from there to the last.
  uint32_t phrase_from = n, phrase_starts = 0;
  for (uint32_t t = 0; t < n; ++t) {
    const Token& tok = token[t];
    uint32_t c = kAnyTok;
    if (tok.kind == TokenKind::kNumber) {
      c |= kNumberTok;
      const std::string_view digits = tok.text(text);
      const bool year =
          digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20");
      if (year) c |= kYear;
      if (!year && digits.size() <= 4 && !IsScoreAt(tokens, text, t)) c |= kModelNumber;
    } else if (tok.kind == TokenKind::kWord && tok.has(kHasDigit) && tok.end - tok.begin <= 6) {
      c |= kModelNumber;  // A380, S24
    }
    if (tok.kind == TokenKind::kWord) {
      const bool article_led = ArticleLedName(tok, keys);
      const bool capital = tok.has(kCapitalized) || tok.has(kAllCaps) || article_led;
      if (!capital && !tok.has(kHasUpper)) c |= kLower;
      if ((tok.has(kCapitalized) || article_led) && !tok.has(kElision)) c |= kCapital;
      if (tok.has(kCapitalized) && tok.end - tok.begin >= kMinCommuneBytes &&
          CompoundCommune(tok.text(text)))
        c |= kCommune;
      const uint32_t ev = evidence_classes[t];
      if (ev & Evidence::kPhraseStart) {
        phrase_from = std::min(phrase_from, t);
        ++phrase_starts;
      }
      // A first name is evidence only when written as one, and never a function word (de, le).
      c |= ev & ~uint32_t{Evidence::kFirstName};
      // (The article before is looked for only for a written first name.)
      if ((ev & Evidence::kFirstName) && capital && !(ev & Evidence::kNonEntity)) {
        const bool common_after_article =
            (ev & Evidence::kCommonWord) && t > 0 &&
            std::find(std::begin(kArticleWords), std::end(kArticleWords), token[t - 1].key(keys)) !=
                std::end(kArticleWords);
        if (!common_after_article) c |= Evidence::kFirstName;
      }
      // (A compound first name's initials too, "J.-P.": the tokenizer says no sentence ends
      // there, which tells them from "J.-C.".)
      if (tok.has(kAbbreviation) && tok.has(kCapitalized) &&
          (tok.end - tok.begin == 2 ||
           (tok.end - tok.begin == 5 && !tok.has(kMayEndSentence) && text[tok.begin + 2] == '-')))
        c |= kInitial;
      if (capital && !tok.has(kElision) && !tok.has(kClitic) && !tok.has(kAbbreviation) &&
          !(ev & kNotName)) {
        c |= kCap;
        if (tok.has(kAllCaps)) c |= IsRomanNumeral(tok.text(text)) ? kRoman : kUpper;
        const bool evidence_ok =
            !initial[t] || tok.has(kAllCaps) ||
            ((ev & Evidence::kFirstName) && !(ev & Evidence::kCommonWord)) ||
            std::binary_search(capitalized_inside.begin(), capitalized_inside.end(), tok.key(keys),
                               KeyOrder());
        if (evidence_ok) c |= kName;
      }
    }
    classes[t] = c;
  }
  // In a caseless line a capital is no evidence (TokenMarks::caseless): a word there is a name
  // (and a capital, no acronym) only as a sentence's first word is, with the word capitalized
  // inside a sentence elsewhere, or as a first name that is no ordinary word. (A pass of its
  // own, over the few documents that have such a line.)
  if (const uint8_t* const caseless = marks->caseless.data();
      n > 0 && std::memchr(caseless, 1, n) != nullptr) {
    constexpr uint32_t kCaseClasses = kCap | kName | kUpper | kCapital | Evidence::kFirstName;
    for (uint32_t t = 0; t < n; ++t) {
      if (!caseless[t] || !(classes[t] & kCaseClasses)) continue;
      const uint32_t ev = evidence_classes[t];
      const bool first_name =
          (ev & Evidence::kFirstName) && !(ev & (Evidence::kCommonWord | kNotName));
      if (first_name || std::binary_search(capitalized_inside.begin(), capitalized_inside.end(),
                                           token[t].key(keys), KeyOrder()))
        classes[t] &= ~kUpper;
      else
        classes[t] &= ~kCaseClasses;
    }
  }

  // Multi-word titles, roles and cue nouns ("premier ministre", "directeur général",
  // "constructeur automobile", "groupe de presse") lend their class to each of their words, so
  // that @title+ and @orgcue+ span them.
  if (evidence_ != nullptr) {
    constexpr uint32_t kLent =
        Evidence::kTitle | Evidence::kRole | Evidence::kOrgCue | Evidence::kProductCue;
    for (uint32_t t = phrase_from, left = phrase_starts; left > 0; ++t) {
      if (tokens[t].kind != TokenKind::kWord || !(classes[t] & Evidence::kPhraseStart)) continue;
      --left;
      uint32_t found_classes = 0;
      const uint32_t len = evidence_->LongestPhrase(tokens, keys, t, kLent, &found_classes);
      if (len < 2) continue;
      for (uint32_t k = t; k < t + len; ++k) {
        classes[k] |= found_classes & kLent;
        classes[k] &= ~(kName | kCap | kUpper);
      }
      if (found_classes & (Evidence::kTitle | Evidence::kRole))
        for (uint32_t k = t; k + 1 < t + len; ++k) marks->title_continues[k] = 1;
    }
  }

  std::vector<RuleMatch>& found = scratch->found;
  found.clear();
  MarkStarts(analysis, text, scratch);
  MatchTokenRules(doc, analysis, *marks, scratch, /*events=*/true, &found);
  scratch->first_entities.clear();
  for (const RuleMatch& f : found) {
    for (uint32_t k = f.begin; k < f.end; ++k) marks->blocked[k] = 1;
    if (f.rule->type != EntityType::kEvent) scratch->first_entities.push_back(f);
  }
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
    scratch->start_screen[mention.first_token] |= kMentionStart;
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
  // The first rules' entities: on blocked words, which no other match or mention takes.
  found.insert(found.end(), scratch->first_entities.begin(), scratch->first_entities.end());
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
  // (Match i's mention is mentions[first_rule_mention + i].)
  const size_t first_rule_mention = analysis->mentions.size();
  // A person a civility of the other gender names ("M. Dupont … Mme Dupont") is someone else
  // with the same name: an entity of their own.
  std::vector<uint8_t>& civility = scratch->civility_gender;
  civility.assign(analysis->entities.size(), 0);
  const uint32_t first_rule_entity = static_cast<uint32_t>(analysis->entities.size());
  for (const RuleMatch& f : found) {
    std::string_view span_text =
        text.substr(tokens[f.begin].begin, tokens[f.end - 1].end - tokens[f.begin].begin);
    // (The civility's Evidence::kMale or kFemale bit, or 0.)
    uint8_t gender = 0;
    if (f.rule->type == EntityType::kPerson && f.begin > 0 &&
        (scratch->evidence_classes[f.begin - 1] & Evidence::kCivility))
      gender = static_cast<uint8_t>(scratch->evidence_classes[f.begin - 1] &
                                    (Evidence::kMale | Evidence::kFemale));
    auto [known, added] =
        by_name.emplace(span_text, static_cast<uint32_t>(analysis->entities.size()));
    uint32_t entity = *known;
    if (!added && gender != 0 && civility[entity] != 0 && civility[entity] != gender) {
      entity = static_cast<uint32_t>(analysis->entities.size());
      for (uint32_t e = first_rule_entity; e < analysis->entities.size(); ++e)
        if (civility[e] == gender && analysis->entities[e].name == span_text) entity = e;
      added = entity == analysis->entities.size();
    }
    if (added) {
      Entity ent;
      ent.type = f.rule->type;
      ent.name = span_text;
      analysis->entities.push_back(ent);
      civility.push_back(gender);
    } else if (civility[entity] == 0) {
      civility[entity] = gender;
    }
    internal::AppendMention(analysis, f.begin, f.end, entity, f.rule->via);
  }
  // A name a rule found in a caseless line ("PAUL MOREL RÉÉLU") is the entity of the same
  // words, same type, written with their case elsewhere ("Paul Morel"): its mentions join it
  // (the entity left without any is dropped when entities are renumbered).
  if (const uint8_t* const caseless = marks.caseless.data();
      !found.empty() && std::memchr(caseless, 1, n) != nullptr) {
    const std::string_view keys = analysis->keys;
    auto same_words = [&](const Mention& a, const RuleMatch& f) {
      if (a.end_token - a.first_token != f.end - f.begin) return false;
      for (uint32_t k = 0; k < f.end - f.begin; ++k)
        if (tokens[a.first_token + k].key(keys) != tokens[f.begin + k].key(keys)) return false;
      return true;
    };
    for (size_t i = 0; i < found.size(); ++i) {
      const RuleMatch& f = found[i];
      if (!caseless[f.begin]) continue;
      const uint32_t own = analysis->mentions[first_rule_mention + i].entity;
      for (const Mention& x : analysis->mentions) {
        if (x.entity == own || caseless[x.first_token] || !same_words(x, f)) continue;
        const Entity& other = analysis->entities[x.entity];
        if (other.type != analysis->entities[own].type) continue;
        const uint32_t to = x.entity;
        for (Mention& y : analysis->mentions)
          if (y.entity == own) y.entity = to;
        break;
      }
    }
  }
}

namespace internal {
namespace {

// A code point of a spelling: lower case (diacritics kept), apostrophes as ', hyphens as -.
char32_t SpellingChar(char32_t c) {
  if (c == 0x2019 || c == 0x02BC || c == 0x2018) return '\'';
  if (c == 0x2010 || c == 0x2011) return '-';
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

}  // namespace

bool HasDiacritic(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      ++i;
      continue;
    }
    const int32_t c = NextCodepoint(word, &i);
    if (c < 0x80 || Classify(static_cast<char32_t>(c)) != CharClass::kLetter) continue;
    char folded[kMaxFoldedBytes];
    const size_t size = FoldInto(static_cast<char32_t>(c), folded);
    if (size == 1 && folded[0] >= 'a' && folded[0] <= 'z') return true;
  }
  return false;
}

std::string SpellingOf(std::string_view word) {
  // Written in place: a code point's spelling takes at most 4 bytes, and it takes at least 1.
  std::string out(4 * word.size(), '\0');
  size_t o = 0;
  for (size_t i = 0; i < word.size();) {
    const char x = word[i];
    if (static_cast<unsigned char>(x) < 0x80) {
      out[o++] = x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x;
      ++i;
      continue;
    }
    const int32_t c = NextCodepoint(word, &i);
    std::string one;
    AppendUtf8(c < 0 ? kReplacement : SpellingChar(static_cast<char32_t>(c)), &one);
    out.replace(o, one.size(), one);
    o += one.size();
  }
  out.resize(o);
  return out;
}

bool SpelledAs(std::string_view text, std::string_view spelling) {
  size_t i = 0, j = 0;
  while (i < text.size() && j < spelling.size()) {
    const char x = text[i];
    if (static_cast<unsigned char>(x) < 0x80 && !(x >= 'A' && x <= 'Z')) {  // most: one byte
      if (spelling[j] != x) return false;
      ++i;
      ++j;
      continue;
    }
    const int32_t a = NextCodepoint(text, &i);
    const int32_t b = NextCodepoint(spelling, &j);
    if (a < 0 || b < 0) return false;
    if (a >= 'A' && a <= 'Z') {  // a capital without a diacritic: the letter with any
      char folded[kMaxFoldedBytes];
      if (FoldInto(static_cast<char32_t>(b), folded) != 1 || folded[0] != a - 'A' + 'a')
        return false;
      continue;
    }
    if (SpellingChar(static_cast<char32_t>(a)) != static_cast<char32_t>(b)) return false;
  }
  return i == text.size() && j == spelling.size();
}

}  // namespace internal
}  // namespace selon
