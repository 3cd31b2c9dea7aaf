// Names in an enumeration take the type of the names around them (enumerations.h).
#include "enumerations.h"

#include <string_view>

#include "internal/append_mention.h"

namespace selon {
namespace {

// At least this many items make a list (two names joined by "et" say too little).
constexpr size_t kMinListItems = 3;
// An unknown item: at most this many capitalized words ("Rio Ferdinand").
constexpr uint32_t kMaxUnknownItemTokens = 3;
// Evidence classes of a word that is no unknown name: a month or a function word, a role, a
// demonym, a cue noun.
constexpr uint32_t kNotAName = Evidence::kNonEntity | Evidence::kDemonym | Evidence::kCivility |
                               Evidence::kTitle | Evidence::kRole | Evidence::kFamily |
                               Evidence::kOrgCue | Evidence::kProductCue | Evidence::kPlaceCue |
                               Evidence::kCommonWord;

bool IsComma(const Analysis& a, std::string_view text, uint32_t t) {
  return t < a.tokens.size() && a.tokens[t].kind == TokenKind::kPunct &&
         a.tokens[t].text(text) == ",";
}

bool IsEtOu(const Analysis& a, uint32_t t) {
  if (t >= a.tokens.size() || a.tokens[t].kind != TokenKind::kWord) return false;
  const std::string_view k = a.tokens[t].key(a.keys);
  return k == "et" || k == "ou";
}

}  // namespace

void TypeEnumerations(const Document& doc, const Evidence& evidence, Analysis* a,
                      EnumerationScratch* scratch, const TokenFeatures* features) {
  const std::string_view text = doc.analysis_text();
  const std::vector<Token>& tokens = a->tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  std::vector<int32_t>& mention_of = scratch->mention_of;
  mention_of.assign(n, -1);
  for (size_t m = 0; m < a->mentions.size(); ++m)
    for (uint32_t t = a->mentions[m].first_token; t < a->mentions[m].end_token; ++t)
      mention_of[t] = static_cast<int32_t>(m);

  // The evidence classes of token t (the rules' word table holds the ordinary words', the
  // first-name table the first names').
  auto classes_of = [&](uint32_t t) -> uint32_t {
    if (features != nullptr) return features->at[t].rule_classes | features->at[t].first_name;
    return evidence.Classes(tokens[t].key(a->keys));
  };
  // The item starting at token t, or an empty one.
  auto item_at = [&](uint32_t t, uint32_t sentence_begin) {
    EnumerationScratch::Item it{t, t, -1};
    if (t >= n) return it;
    if (const int32_t m = mention_of[t]; m >= 0) {
      if (a->mentions[m].first_token != t) return it;
      it.end = a->mentions[m].end_token;
      it.mention = m;
      return it;
    }
    uint32_t e = t;
    while (e < n && e - t < kMaxUnknownItemTokens && mention_of[e] < 0 &&
           tokens[e].kind == TokenKind::kWord && tokens[e].has(kCapitalized) &&
           !(classes_of(e) & kNotAName))
      ++e;
    // The sentence's first word is capitalized whatever it is.
    if (e > t && t != sentence_begin) it.end = e;
    return it;
  };

  // (Neither the tokens nor mention_of change below: read through local pointers, which the
  // skip loop keeps in registers.)
  const Token* const token = tokens.data();
  const int32_t* const mention_at = mention_of.data();
  for (const Sentence& s : a->sentences) {
    uint32_t t = s.first_token;
    while (t < s.end_token) {
      // Most tokens start no item (no mention, not a capitalized word): item_at's answer for
      // them, with no call.
      const uint32_t end = s.end_token;
      while (t < end && mention_at[t] < 0 &&
             !(token[t].kind == TokenKind::kWord && token[t].has(kCapitalized)))
        ++t;
      if (t >= end) break;
      // Read a list from t: item (, item)* (,)? et|ou item.
      std::vector<EnumerationScratch::Item>& items = scratch->items;
      items.clear();
      EnumerationScratch::Item first = item_at(t, s.first_token);
      if (first.end == first.first) {
        ++t;
        continue;
      }
      items.push_back(first);
      uint32_t k = first.end;
      bool closed = false;
      while (k < s.end_token && !closed) {
        uint32_t next = k;
        if (IsComma(*a, text, next)) ++next;
        const bool conj = IsEtOu(*a, next);
        if (conj) ++next;
        if (next == k) break;  // no separator
        const EnumerationScratch::Item it = item_at(next, s.first_token);
        if (it.end == it.first) break;
        items.push_back(it);
        k = it.end;
        closed = conj;
      }
      if (closed && items.size() >= kMinListItems) {
        // The named items' type, if they agree and make half the list.
        int type = -1;
        size_t named = 0;
        bool agree = true;
        for (const auto& it : items) {
          if (it.mention < 0) continue;
          ++named;
          const int ty = static_cast<int>(a->entities[a->mentions[it.mention].entity].type);
          if (type >= 0 && ty != type) agree = false;
          type = ty;
        }
        const auto kind = static_cast<EntityType>(type);
        if (agree && named >= 2 && named * 3 >= items.size() && named < items.size() &&
            (kind == EntityType::kPerson || kind == EntityType::kOrganization ||
             kind == EntityType::kLocation)) {
          for (const auto& it : items) {
            if (it.mention >= 0) continue;
            Entity e;
            e.type = kind;
            e.name = text.substr(tokens[it.first].begin,
                                 tokens[it.end - 1].end - tokens[it.first].begin);
            const uint32_t entity = static_cast<uint32_t>(a->entities.size());
            a->entities.push_back(e);
            internal::AppendMention(a, it.first, it.end, entity, "rule:enumeration");
          }
        }
      }
      t = items.back().end > t ? items.back().end : t + 1;
    }
  }
}

}  // namespace selon
