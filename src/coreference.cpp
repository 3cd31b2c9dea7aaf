#include "coreference.h"

#include <algorithm>
#include <string>

#include "internal/append_mention.h"

namespace selon {
namespace {

constexpr int32_t kAmbiguous = -2;

// How far back FindRoles looks for the first word of a role phrase whose last word it met
// ("secrétaire | général", "ministre de l'Europe et des Affaires | étrangères"): the longest
// phrase of evidence/titles_roles.tsv has 8 tokens.
constexpr uint32_t kMaxRoleWords = 8;
// Adjectives FindRoles lets stand between a role noun and the name after it ("l'entraîneur
// lensois Will Still", "le milieu offensif international X").
constexpr uint32_t kMaxRoleAdjectives = 2;
// Most words between a name and the role it takes as a predicate: "vient d'être nommée".
constexpr uint32_t kMaxRoleLinkWords = 4;
// A headline: the document's first line, when the text goes on after it and the line is no
// longer than this many tokens. News names people there by surname ("triplé historique pour
// Bolt") before the article names them in full.
constexpr uint32_t kMaxHeadlineTokens = 30;
// Names a rule found (RepeatRuleNames): at most this many per document are followed (safety:
// a document rarely has more than a handful), of at most this many tokens.
constexpr size_t kMaxRepeatedNames = 16;
constexpr uint32_t kMaxRepeatedNameTokens = 4;
// The rule that ends a company's name with an English company word ("Axolotl Therapeutics",
// "LaMia Airlines"): the words before it name the company alone later ("Axolotl développe …").
// (org.company_word_place is left out: "Columbia Records" leaves a place, Columbia.)
constexpr std::string_view kCompanyWordRule = "rule:org.company_word";

bool IsConnector(std::string_view key) {
  return key == "de" || key == "du" || key == "des" || key == "la" || key == "l'" || key == "d'" ||
         key == "et" || key == "pour" || key == "sur" || key == "aux" || key == "au" ||
         key == "en" || key == "le" || key == "les" || key == "a" || key == "of" || key == "the" ||
         key == "and" || key == "for";
}

// The first letter of a token's key, upper-cased ASCII (0 when not a letter).
char Initial(std::string_view key) {
  if (key.empty()) return 0;
  const char c = key[0];
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : 0;
}

// True when `acronym` (upper case ASCII) is spelled by the initials of the content words of
// tokens [b, e): every letter in order, the first on the first word.
bool SpellsAcronym(const Analysis& a, uint32_t b, uint32_t e, std::string_view acronym) {
  size_t k = 0;
  bool first = true;
  for (uint32_t t = b; t < e && k < acronym.size(); ++t) {
    const std::string_view key = a.tokens[t].key(a.keys);
    if (IsConnector(key)) continue;
    const char c = Initial(key);
    if (c == acronym[k]) {
      ++k;
    } else if (first) {
      return false;
    }
    first = false;
    // Hyphenated or glued parts may give more letters: Saint-Étienne → SE.
    for (size_t i = 1; i + 1 < key.size() && k < acronym.size(); ++i)
      if (key[i] == '-' && Initial(key.substr(i + 1)) == acronym[k]) ++k;
  }
  return k == acronym.size();
}

}  // namespace

namespace {

// kNameParticles, kPlaceContextWords and the role lists, generated from
// lexicons/language/coreference.tsv by
// tools/generate-tokenizer-data: compiled in, so coreference loads nothing and cannot fail.
#include "coreference_data.inc"

// Whether `key` is one of `words` (the generated lists are short: a scan).
template <size_t N>
bool InList(const std::string_view (&words)[N], std::string_view key) {
  for (std::string_view w : words)
    if (key == w) return true;
  return false;
}

// Particles of surnames ("De Gendt", "von der Leyen", "da Silva"), as folded keys.
bool IsNameParticle(std::string_view key) { return InList(kNameParticles, key); }

// Words before a place or organization name, and never before a person's surname: articles
// and prepositions of place, as folded keys ("à" folds to "a").
bool IsPlaceContext(std::string_view key) { return InList(kPlaceContextWords, key); }

// kRoleLinkWords, kRoleComplementWords, kRolePredicateWords: see coreference.tsv.
bool IsRoleLink(std::string_view key) { return InList(kRoleLinkWords, key); }
bool IsRoleComplement(std::string_view key) { return InList(kRoleComplementWords, key); }
bool IsRolePredicate(std::string_view key) { return InList(kRolePredicateWords, key); }

// A name that a rule found by its cue ("la société Quantelia", "l'application Vorla") is then
// written bare ("Hier, Quantelia a réclamé …"), where no rule can see it: every other
// occurrence of the same words, written the same, where no mention stands and no capitalized
// word extends it, is a mention of the same entity. Organizations and products only: a
// person's short forms are the surname pass's, and a place's repeat meets its rule again.
void RepeatRuleNames(std::string_view text, Analysis* a, std::vector<int32_t>* mention_of_ptr) {
  std::vector<int32_t>& mention_of = *mention_of_ptr;
  const std::vector<Token>& tokens = a->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  struct Name {
    uint32_t first, end, entity;
    bool short_form;  // the name without its company word: never at a sentence's start
  };
  Name names[kMaxRepeatedNames];
  size_t count = 0;
  constexpr std::string_view kRulePrefix = "rule:";
  for (const Mention& m : a->mentions) {
    if (count == kMaxRepeatedNames) break;
    const Entity& e = a->entities[m.entity];
    if (e.lexicon >= 0 || (e.type != EntityType::kOrganization && e.type != EntityType::kProduct))
      continue;
    if (m.via.substr(0, kRulePrefix.size()) != kRulePrefix) continue;
    // (An acronym is the acronym pass's: defined in the text, or left to its rule's context.)
    if (m.end_token - m.first_token > kMaxRepeatedNameTokens ||
        !tokens[m.first_token].has(kCapitalized) || tokens[m.first_token].has(kAllCaps))
      continue;
    names[count++] = {m.first_token, m.end_token, m.entity, false};
    // Its words before the company word, when capitalized, are its short form; a repeat of
    // them must not open a sentence, where any word is capitalized.
    if (m.via == kCompanyWordRule && m.end_token - m.first_token >= 2 &&
        count < kMaxRepeatedNames && tokens[m.end_token - 2].has(kCapitalized))
      names[count++] = {m.first_token, m.end_token - 1, m.entity, true};
  }
  if (count == 0) return;
  auto capital_word = [&](uint32_t t) {
    return tokens[t].kind == TokenKind::kWord && tokens[t].has(kCapitalized);
  };
  for (uint32_t t = 0; t < n; ++t) {
    if (!capital_word(t) || mention_of[t] >= 0) continue;
    for (size_t i = 0; i < count; ++i) {
      const Name& x = names[i];
      const uint32_t len = x.end - x.first;
      if (t == x.first || t + len > n) continue;
      if (x.short_form && a->sentences[a->SentenceOfToken(t)].first_token == t) continue;
      bool same = true;
      for (uint32_t k = 0; k < len && same; ++k)
        same = mention_of[t + k] < 0 && tokens[t + k].text(text) == tokens[x.first + k].text(text);
      if (!same) continue;
      // Not part of a longer name: no capitalized word right after, nor right before unless
      // that word opens its sentence ("Selon Quantelia, …").
      if (t + len < n && capital_word(t + len)) continue;
      if (t > 0 && capital_word(t - 1) &&
          a->sentences[a->SentenceOfToken(t - 1)].first_token != t - 1)
        continue;
      const int32_t index = static_cast<int32_t>(a->mentions.size());
      internal::AppendMention(a, t, t + len, x.entity, "coref:repeat");
      for (uint32_t k = t; k < t + len; ++k) mention_of[k] = index;
      t += len - 1;
      break;
    }
  }
}

// "Thibault et Valérie Rondeau": the first name before "et" (rule per.coordinated_first) shares
// the surname of the full name after it, so its person is named "Thibault Rondeau", not
// "Thibault" (the mention keeps its span, which is WiNER's convention). Only while the entity
// has no longer name of its own, and only when the full name right after "et" is a person's of
// at least two words (its words after the first are the surname).
void NameCoordinatedFirstNames(std::string_view text, Analysis* a) {
  constexpr std::string_view kCoordinatedFirstRule = "rule:per.coordinated_first";
  for (const Mention& m : a->mentions) {
    if (m.via != kCoordinatedFirstRule) continue;
    // (The mentions are not in text order yet: coreference appended its own. The rule is rare,
    // so a scan for the one after "et" costs little.)
    const Mention* next = nullptr;
    for (const Mention& x : a->mentions)
      if (x.first_token == m.end_token + 1) next = &x;
    if (next == nullptr || a->entities[next->entity].type != EntityType::kPerson ||
        next->end_token - next->first_token < 2)
      continue;
    Entity& e = a->entities[m.entity];
    const std::string_view first = text.substr(m.begin, m.end - m.begin);
    if (e.lexicon >= 0 || e.name != first) continue;
    const uint32_t surname = a->tokens[next->first_token + 1].begin;
    std::string& name = a->composed_names.emplace_back(first);
    name.push_back(' ');
    name.append(text.substr(surname, next->end - surname));
    e.name = name;
  }
}

}  // namespace

void ResolveNames(const Document& doc, const Evidence& evidence, Analysis* a,
                  CoreferenceScratch* scratch) {
  const std::vector<Token>& tokens = a->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const std::string_view text = doc.analysis_text();
  std::vector<int32_t>& mention_of = scratch->mention_of;  // mention covering each token
  mention_of.resize(n);
  auto index_mentions = [&] {
    std::fill(mention_of.begin(), mention_of.end(), -1);
    for (size_t m = 0; m < a->mentions.size(); ++m)
      for (uint32_t t = a->mentions[m].first_token; t < a->mentions[m].end_token; ++t)
        mention_of[t] = static_cast<int32_t>(m);
  };
  index_mentions();

  // ---- Acronyms defined in the text: Long Form (ACR) ----
  internal::ScratchMap<std::string_view, uint32_t>& acronyms = scratch->acronyms;
  acronyms.clear();
  // The tokens that open with "(": found from the text's "(" bytes (few; each located among the
  // tokens by its offset, in text order), not by a test at every token. (The tokens through a
  // local pointer: the calls below would make the compiler reload the vector's.)
  const Token* const token = tokens.data();
  for (size_t p = text.find('('); p != std::string_view::npos; p = text.find('(', p + 1)) {
    const uint32_t t = static_cast<uint32_t>(
        std::lower_bound(token, token + n, p,
                         [](const Token& k, size_t offset) { return k.begin < offset; }) -
        token);
    if (t < 1 || t + 2 >= n || token[t].begin != p) continue;  // (inside a token: not one)
    // (A token is never empty: its first byte is in the text.)
    if (text[token[t + 2].begin] != ')') continue;
    const Token& acr = tokens[t + 1];
    const std::string_view acronym = acr.text(text);
    if (!acr.has(kAllCaps) || acronym.size() < 2 || acronym.size() > 10) continue;
    // The long form ends right before "(": an existing mention, or capitalized words.
    int32_t entity = -1;
    uint32_t long_end = t, long_begin = t;
    if (mention_of[t - 1] >= 0) {
      const Mention& m = a->mentions[mention_of[t - 1]];
      if (SpellsAcronym(*a, m.first_token, m.end_token, acronym)) {
        entity = static_cast<int32_t>(m.entity);
      } else if (a->entities[m.entity].type == EntityType::kOrganization && mention_of[t + 1] < 0) {
        // An acronym in brackets after an organization that it does not spell: the name in
        // another language ("la Fédération croate de football (HNS)", "l'Agence américaine
        // océanique et atmosphérique (NOAA)") or a body it belongs to ("l'Union calédonienne
        // (FLNKS)"): an organization of its own, which later bare uses name, not the long form.
        Entity e;
        e.type = EntityType::kOrganization;
        e.name = acronym;
        entity = static_cast<int32_t>(a->entities.size());
        a->entities.push_back(e);
        internal::AppendMention(a, t + 1, t + 2, static_cast<uint32_t>(entity),
                                "rule:acronym_in_brackets");
      }
    } else {
      // Walk back over words, connectors and capitalized words, at most 12 tokens, and keep
      // the longest start whose initials spell the acronym, beginning with a capital; never
      // past the start of the line (a heading above is no part of the name: "Actualité ¶
      // L'agence régionale de santé (ARS)").
      for (uint32_t b = t; b > 0 && t - b < 12 && !tokens[b].has(kNewlineBefore);) {
        --b;
        const Token& w = tokens[b];
        if (w.kind != TokenKind::kWord || mention_of[b] >= 0) break;
        if (w.has(kCapitalized) && !IsConnector(w.key(a->keys)) && SpellsAcronym(*a, b, t, acronym))
          long_begin = b;
      }
      if (long_begin < long_end) {
        Entity e;
        e.type = EntityType::kOrganization;
        e.name = text.substr(tokens[long_begin].begin,
                             tokens[long_end - 1].end - tokens[long_begin].begin);
        entity = static_cast<int32_t>(a->entities.size());
        a->entities.push_back(e);
        internal::AppendMention(a, long_begin, long_end, static_cast<uint32_t>(entity),
                                "rule:acronym_definition");
      }
    }
    if (entity >= 0) acronyms.emplace(acronym, static_cast<uint32_t>(entity));
  }
  // Every occurrence of a defined acronym not yet claimed by another entity.
  if (!acronyms.empty()) {
    index_mentions();
    for (uint32_t u = 0; u < n; ++u) {
      const uint32_t* acronym_entity = acronyms.find(tokens[u].text(text));
      if (acronym_entity == nullptr) continue;
      const int32_t m = mention_of[u];
      if (m >= 0) {
        Mention& existing = a->mentions[m];
        // A rule's guess or a lexicon's reading of the bare acronym yields to the definition:
        // the text says which one it means ("l'Agence nationale de sécurité du médicament et
        // des produits de santé (ANSM)", where a lexicon knows ANSM under a shorter name).
        if (existing.end_token - existing.first_token == 1) existing.entity = *acronym_entity;
        continue;
      }
      internal::AppendMention(a, u, u + 1, *acronym_entity, "coref:acronym");
    }
    index_mentions();
  }

  // ---- Bare repeats of the names rules found ----
  RepeatRuleNames(text, a, &mention_of);

  // ---- People's short forms ----
  // Surname and first-name keys of people named with two or more words, with the token where
  // each is first named in full.
  using Owner = CoreferenceScratch::Owner;
  using OwnerMap = internal::ScratchMap<std::string_view, Owner>;
  OwnerMap& surnames = scratch->surnames;
  OwnerMap& first_names = scratch->first_names;
  surnames.clear();
  first_names.clear();
  auto claim = [](OwnerMap& map, std::string_view key, uint32_t entity, uint32_t since,
                  uint32_t pb = 0, uint32_t pe = 0) {
    auto [known, inserted] = map.emplace(key, Owner{static_cast<int32_t>(entity), since, pb, pe});
    if (!inserted && known->entity != static_cast<int32_t>(entity)) known->entity = kAmbiguous;
  };
  for (const Mention& m : a->mentions) {
    if (a->entities[m.entity].type != EntityType::kPerson || m.end_token - m.first_token < 2)
      continue;
    // A surname with its particles alone ("Van Avermaet") names no one in full.
    if (IsNameParticle(tokens[m.first_token].key(a->keys))) continue;
    const Token& last = tokens[m.end_token - 1];
    // The particles before the surname belong to it: "De Gendt", "von der Leyen".
    uint32_t pb = m.end_token - 1;
    while (pb > m.first_token + 1 && m.end_token - 1 - pb < 3 &&
           IsNameParticle(tokens[pb - 1].key(a->keys)))
      --pb;
    // (A last word in capitals is an ordinal or an acronym, "Mwambutsa IV", "Mars de la NASA":
    // no surname to name the person alone.)
    if (last.has(kCapitalized) && !last.has(kAllCaps))
      claim(surnames, last.key(a->keys), m.entity, m.first_token, pb, m.end_token - 1);
    const Token& first = tokens[m.first_token];
    if (evidence.Classes(first.key(a->keys)) & Evidence::kFirstName)
      claim(first_names, first.key(a->keys), m.entity, m.first_token);
  }
  // The headline's end (0: none): a surname there may take up a person named in full later.
  uint32_t headline_end = 0;
  for (uint32_t t = 1; t < n && t <= kMaxHeadlineTokens; ++t)
    if (tokens[t].has(kNewlineBefore)) {
      headline_end = t;
      break;
    }
  auto owner = [&](std::string_view key, uint32_t at) -> int32_t {
    if (const Owner* o = surnames.find(key))
      return o->since < at || at < headline_end ? o->entity : -1;
    const Owner* o = first_names.find(key);
    if (o != nullptr && o->since < at) return o->entity;
    return -1;
  };
  // Where a surname mention at token t starts, taking in the surname's particles written
  // before it ("De Gendt" after "Thomas De Gendt"), or the whole name when it is written again
  // in full ("Tovaro Brizenal" again after "le Mexicain Tovaro Brizenal", whose first word no
  // rule takes without the cue).
  auto surname_start = [&](uint32_t t) {
    const Owner* o = surnames.find(tokens[t].key(a->keys));
    if (o == nullptr) return t;
    const uint32_t full = o->particles_end - o->since;
    if (full > 0 && t >= full && t - full != o->since) {
      bool same = true;
      for (uint32_t k = 0; k < full && same; ++k) {
        const uint32_t u = t - full + k;
        same = mention_of[u] < 0 && tokens[u].key(a->keys) == tokens[o->since + k].key(a->keys);
      }
      if (same) return t - full;
    }
    const uint32_t count = o->particles_end - o->particles_begin;
    if (count == 0 || t < count) return t;
    for (uint32_t k = 0; k < count; ++k) {
      const uint32_t u = t - count + k;
      if (mention_of[u] >= 0 ||
          tokens[u].key(a->keys) != tokens[o->particles_begin + k].key(a->keys))
        return t;
    }
    return t - count;
  };
  if (!surnames.empty() || !first_names.empty()) {
    // One-word mentions of other entities become the person (types flow from the fullest).
    for (Mention& m : a->mentions) {
      // A surname with its particles that a rule made a name of its own ("Van Avermaet" after
      // "Greg Van Avermaet") is the person too: its particles are the owner's.
      if (m.end_token - m.first_token > 1) {
        const uint32_t last = m.end_token - 1;
        const Owner* o = surnames.find(tokens[last].key(a->keys));
        if (o == nullptr || o->entity < 0 || o->since >= m.first_token ||
            a->entities[m.entity].type != EntityType::kPerson ||
            a->entities[m.entity].lexicon >= 0 || static_cast<uint32_t>(o->entity) == m.entity ||
            o->particles_end - o->particles_begin != last - m.first_token)
          continue;
        bool same = true;
        for (uint32_t k = m.first_token; k < last && same; ++k)
          same = tokens[k].key(a->keys) ==
                 tokens[o->particles_begin + (k - m.first_token)].key(a->keys);
        if (same) {
          m.entity = static_cast<uint32_t>(o->entity);
          m.via = "coref:name";
        }
        continue;
      }
      const int32_t person = owner(tokens[m.first_token].key(a->keys), m.first_token);
      // Type guard: a name the rules guessed ("le festival Nancy Jazz Pulsations", "le
      // romancier Marcel Belgique") does not re-type a word the lexicons know as a place or an
      // organization where the word is used as one: after an article or a preposition of place
      // ("À Nancy", "la Belgique"), which a person's surname does not take. A bare "Shaw" after
      // "Frank Shaw" is still the person, and so is any word a lexicon person owns.
      const Entity& known = a->entities[m.entity];
      if (person >= 0 && a->entities[person].lexicon < 0 && known.lexicon >= 0 &&
          (known.type == EntityType::kLocation || known.type == EntityType::kOrganization) &&
          m.first_token > 0 && IsPlaceContext(tokens[m.first_token - 1].key(a->keys)))
        continue;
      // Nor does a person named only later re-type a headline word found as a place or an
      // organization ("Nancy : …" before "Nancy Pelosi").
      if (person >= 0 && known.type != EntityType::kPerson && m.first_token < headline_end) {
        const Owner* o = surnames.find(tokens[m.first_token].key(a->keys));
        if (o != nullptr && o->since >= m.first_token) continue;
      }
      if (person >= 0 && static_cast<uint32_t>(person) != m.entity) {
        m.entity = static_cast<uint32_t>(person);
        m.via = "coref:name";
        const uint32_t start = surname_start(m.first_token);
        if (start < m.first_token) {
          for (uint32_t u = start; u < m.first_token; ++u)
            mention_of[u] = mention_of[m.first_token];
          m.first_token = start;
          m.begin = tokens[start].begin;
        }
      }
    }
    // Unclaimed capitalized words. (mention_of does not change here: a local pointer.)
    const int32_t* const mention_at = mention_of.data();
    for (uint32_t t = 0; t < n; ++t) {
      // (The flag first: most tokens are not capitalized.)
      if (!token[t].has(kCapitalized) || token[t].kind != TokenKind::kWord || mention_at[t] >= 0)
        continue;
      const int32_t person = owner(tokens[t].key(a->keys), t);
      if (person >= 0)
        internal::AppendMention(a, surname_start(t), t + 1, static_cast<uint32_t>(person),
                                "coref:name");
    }
  }
  // A person's entity takes the name of its fullest mention.
  for (const Mention& m : a->mentions) {
    Entity& e = a->entities[m.entity];
    if (e.lexicon >= 0) continue;
    const std::string_view mention_text = text.substr(m.begin, m.end - m.begin);
    if (mention_text.size() > e.name.size()) e.name = mention_text;
  }
  NameCoordinatedFirstNames(text, a);
  RenumberEntities(a, &scratch->renumber);
}

void FindRoles(const Document& doc, const Evidence& evidence, Analysis* a,
               CoreferenceScratch* scratch) {
  const std::vector<Token>& tokens = a->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  const std::string_view text = doc.analysis_text();
  constexpr uint32_t kRoleClasses = Evidence::kRole | Evidence::kTitle;
  auto is = [&](uint32_t t, std::string_view s) { return t < n && tokens[t].text(text) == s; };
  // The role expression starting at tokens[r] (a role noun), up to `limit` (exclusive):
  // the noun, then "de/du/d'/des …" complements without punctuation. Returns its end.
  auto role_end = [&](uint32_t r, uint32_t role_len, uint32_t limit) {
    uint32_t e = r + role_len;
    const std::string_view k = e < n ? tokens[e].key(a->keys) : "";
    if (k == "de" || k == "du" || k == "d'" || k == "des" || k == "chez") {
      uint32_t f = e + 1;
      while (f < limit && f - r < 10 && tokens[f].kind == TokenKind::kWord) ++f;
      e = f;
    }
    return std::min(e, limit);
  };
  internal::ScratchMap<uint64_t, bool>& seen = scratch->roles_seen;  // one role per place
  seen.clear();
  auto add_role = [&](uint32_t person, uint32_t r, uint32_t role_len, uint32_t end) {
    Role role;
    role.entity = person;
    role.begin = tokens[r].begin;
    role.end = tokens[end - 1].end;
    role.role = text.substr(tokens[r].begin, tokens[r + role_len - 1].end - tokens[r].begin);
    // Mentions are in text order and never overlap: binary search, then scan the role's span.
    auto m =
        std::lower_bound(a->mentions.begin(), a->mentions.end(), r + role_len,
                         [](const Mention& x, uint32_t first) { return x.first_token < first; });
    for (; m != a->mentions.end() && m->end_token <= end; ++m) {
      if (m->entity != person) {
        role.of = static_cast<int32_t>(m->entity);
        break;
      }
    }
    if (!seen.emplace(uint64_t{role.entity} << 32 | role.begin, true).second) return;
    a->roles.push_back(role);
  };
  // add_role appends to roles only: the mentions stay as they are.
  for (const Mention& m : a->mentions) {
    if (a->entities[m.entity].type != EntityType::kPerson) continue;
    // "le porte-parole de Microsoft, Frank Shaw" and "le président Macron": a role before.
    // (A civility between the role and the name: "l'avocate de X, Me Claire Vasseur".)
    uint32_t before = m.first_token;
    if (before > 1 && (evidence.Classes(tokens[before - 1].key(a->keys)) & Evidence::kCivility))
      --before;
    const bool comma = before > 0 && is(before - 1, ",");
    const uint32_t limit = comma ? before - 1 : before;
    for (uint32_t r = limit; r > 0 && limit - r < 10;) {
      --r;
      if (tokens[r].kind == TokenKind::kPunct || tokens[r].kind == TokenKind::kQuote) break;
      uint32_t classes = 0;
      uint32_t len = evidence.LongestPhrase(tokens, a->keys, r, kRoleClasses, &classes);
      if (len == 0) continue;
      // The scan meets a phrase's last word first: "le secrétaire général de la CGT, X" is
      // "secrétaire général", not the army's "général". A longer phrase ending no earlier
      // that starts before it is the role.
      for (uint32_t r2 = r; r2 > 0 && r - r2 < kMaxRoleWords;) {
        --r2;
        if (tokens[r2].kind != TokenKind::kWord) break;
        uint32_t classes2 = 0;
        const uint32_t len2 = evidence.LongestPhrase(tokens, a->keys, r2, kRoleClasses, &classes2);
        if (len2 > 0 && r2 + len2 >= r + len) r = r2, len = len2;
      }
      uint32_t end = comma ? role_end(r, len, limit) : r + len;
      // Adjectives between the role and the name are the role's: "l'entraîneur lensois Will
      // Still", "le président américain Joe Biden" (lower-case words, no function word).
      if (!comma && end < limit && limit - end <= kMaxRoleAdjectives) {
        bool adjectives = true;
        for (uint32_t k = end; k < limit && adjectives; ++k)
          adjectives = tokens[k].kind == TokenKind::kWord && !tokens[k].has(kCapitalized) &&
                       !(evidence.Classes(tokens[k].key(a->keys), false) & Evidence::kNonEntity);
        if (adjectives) end = limit;
      }
      if (end == limit) add_role(m.entity, r, len, end);
      break;
    }
    // "Satya Nadella, PDG de Microsoft," and "Elon Musk, le propriétaire de Twitter,".
    uint32_t r = m.end_token;
    if (is(r, ",")) {
      ++r;
      const std::string_view k = r < n ? tokens[r].key(a->keys) : "";
      if (k == "le" || k == "la" || k == "l'" || k == "les" || k == "un" || k == "une") ++r;
      uint32_t classes = 0;
      const uint32_t len =
          r < n ? evidence.LongestPhrase(tokens, a->keys, r, kRoleClasses, &classes) : 0;
      if (len > 0) {
        uint32_t limit2 = r;
        while (limit2 < n && tokens[limit2].kind == TokenKind::kWord && limit2 - r < 10) ++limit2;
        add_role(m.entity, r, len, role_end(r, len, limit2));
      }
    }
    // "Marie Lenoir a été élue maire de Brest", "Paul Morel est ministre de la Santé": a role
    // the person takes as a predicate, present or just taken (a definite article may open it;
    // "est un avocat" names a kind, not a post).
    uint32_t k = m.end_token;
    bool predicate = false;
    for (; k < n && k - m.end_token < kMaxRoleLinkWords && IsRoleLink(tokens[k].key(a->keys)); ++k)
      predicate = predicate || IsRolePredicate(tokens[k].key(a->keys));
    if (predicate && k < n) {
      const std::string_view article = tokens[k].key(a->keys);
      if (article == "le" || article == "la" || article == "l'") ++k;
      uint32_t classes = 0;
      const uint32_t len =
          k < n ? evidence.LongestPhrase(tokens, a->keys, k, kRoleClasses, &classes) : 0;
      if (len > 0) {
        // (The complement ends at a function word that joins no complement: "élu député de
        // Saint-Jérôme | pour la première fois", "maire de Brest | depuis 2014".)
        uint32_t limit3 = k;
        while (limit3 < n && tokens[limit3].kind == TokenKind::kWord && limit3 - k < 10) {
          const std::string_view w = tokens[limit3].key(a->keys);
          if (limit3 >= k + len && (evidence.Classes(w, false) & Evidence::kNonEntity) &&
              !IsRoleComplement(w))
            break;
          ++limit3;
        }
        add_role(m.entity, k, len, role_end(k, len, limit3));
      }
    }
  }
}

}  // namespace selon
