// Speaker entities.
//
// A speaker that names someone the entity stages missed becomes an entity of its own, so that
// the claim and later references ("le parquet") resolve to it: a capitalized name ("Alverto
// Adriani", "Noé21", "Environnement Canada"), a definite singular organization noun with its
// complement ("la commission des affaires familiales du patriarcat", "l'Automobile club de
// Monaco", "le parquet fédéral de Belgique") or capitalized ("la Préfecture"), or the author of
// a document ("une étude de l'Observatoire des inégalités"). The new mention takes in the
// mentions inside it (what referred to them is redirected), and the same words elsewhere in the
// text, where nothing else was found, become mentions too. Each addition re-indexes the
// document, so a budget (kMaxSpeakerEntities) keeps a huge document linear.
#include <algorithm>

#include "claims/extractor.h"

namespace selon::claims {

// A speaker that names someone the entity stages missed becomes an entity of its own, so that
// the claim and later references ("le parquet") resolve to it: a capitalized name ("Alverto
// Adriani", "Noé21", "Environnement Canada"), a definite singular organization noun with its
// complement ("la commission des affaires familiales du patriarcat", "l'Automobile club de
// Monaco", "le parquet fédéral de Belgique") or capitalized ("la Préfecture"), or the author of
// a document ("une étude de l'Observatoire des inégalités"). Returns the entity, or -1.
int32_t Extractor::NameSpeaker(Span sp, bool definite) {
  uint32_t h = sp.b;
  if (h < sp.e && Is(h, kDet)) {
    const WordInfo* w = Info(h);
    definite = !Is(h, kIndef | kPoss | kIndefArticle) && !(w && w->number == kPlur);
    ++h;
  }
  // A civility, then a surname no list knew, with its particle maybe ("M. Le Goff", "Mme de
  // Kersauson"): that person, named without the civility.
  if (h + 1 < sp.e && h == sp.b && Civility(h) && sp.e - h - 1 <= kMaxNameTokens) {
    uint32_t b = h + 1;
    if (b + 1 < sp.e && (Is(b, kDet | kDe | kDu | kDes) || tok_[b].has(kElision)) && Cap(b + 1))
      ++b;
    for (uint32_t t = b; t < sp.e; ++t)
      if (!Cap(t) || tok_[t].kind != TokenKind::kWord || MentionEntity(t) >= 0) return -1;
    return AddSpeakerEntity(h + 1, sp.e, EntityType::kPerson);
  }
  if (h >= sp.e || sp.e - h > kMaxNameTokens || Is(h, kSubj | kStress | kRole)) return -1;
  // "Le Français a indiqué", "l'Américain a reconnu": a nationality noun alone, singular,
  // describes a person (resolved, if the text ties it, by PersonNamedWithNoun); it names no
  // one. ("Les Russes" stays a group the text may name, "le Vatican" a country.)
  if (sp.e - h == 1 && h > sp.b && Is(h, kDemonym) && Info(sp.b)->number != kPlur &&
      !std::binary_search(d_.country_keys.begin(), d_.country_keys.end(), Key(h)))
    return -1;
  for (uint32_t t = h; t < sp.e; ++t)
    if (Punct(t) && !tok_[t].has(kDash)) return -1;  // "X, Y": not one name
  // A document: its author after de/du/des ("un premier bilan de la Préfecture").
  for (uint32_t k = h; k < sp.e && k < h + kHeadNounWindow; ++k) {
    if (Is(k, kInfo)) {
      for (uint32_t t = k + 1; t + 1 < sp.e; ++t) {
        // A capitalized title after the noun is the outlet's name, de and all: "le quotidien
        // La Gazette de Lyon" (not Lyon, a place inside it).
        if (Cap(t))
          return TitleAfterNoun(t, sp.e) ? AddSpeakerEntity(t, sp.e, EntityType::kOrganization)
                                         : -1;
        if (Is(t, kDe)) return NameSpeaker({t + 1, sp.e}, false);
        if (Is(t, kDu)) return NameSpeaker({t + 1, sp.e}, true);
      }
      return -1;
    }
    if (Cap(k) || Is(k, kDe | kPrep | kConj)) break;
  }
  // An organization noun, maybe after a capitalized word ("l'Automobile club de Monaco").
  uint32_t n = sp.e;
  for (uint32_t k = h; k < sp.e && k < h + kMaxWordsBeforeOrgNoun; ++k) {
    if (Is(k, kOrgNoun)) {
      n = k;
      break;
    }
    if (!Cap(k)) break;
  }
  if (n < sp.e) {
    const WordInfo* w = Info(n);
    // A capitalized word before the noun makes a proper name ("Pragma Conseil"), with or
    // without a determiner; a bare noun phrase must be definite and singular.
    if ((!definite && !(n > h && Cap(h))) || (w && w->number == kPlur)) return -1;
    // A description by nationality ("le gouvernement belge", "les autorités turques") or of a
    // person ("le cabinet de M. Lenoir") names no organization of its own: the entity list is
    // for names, and the claim keeps its speaker unresolved.
    // A nationality before a capitalized complement is inserted in the institution's name
    // ("le ministère russe de la Défense", "le ministère russe des Situations d'urgence"): the
    // named ministry of that country.
    auto named_complement = [&](uint32_t d) {
      if (d + 1 >= sp.e || !Is(d + 1, kDe | kDu | kDes)) return false;
      for (uint32_t t = d + 2; t < sp.e; ++t)
        if (Cap(t) && MentionEntity(t) < 0) return true;
      return false;
    };
    for (uint32_t t = n + 1; t < sp.e; ++t) {
      if ((Is(t, kDemonym) && !named_complement(t)) || (Is(t, kRole) && Cap(t))) return -1;
      if (MentionEntity(t) >= 0 && a_.entities[MentionEntity(t)].type == EntityType::kPerson)
        return -1;
    }
    // A name, not a description: the noun is capitalized ("la Préfecture"), or its complement
    // holds a capitalized word that is no place ("l'Office central de lutte…"); "la compagnie
    // aérienne" and "le cabinet du ministre" describe, and "la police d'Orlando" stays the
    // police of a place (the place keeps its mention).
    bool named = Cap(n) || (n > h && Cap(h));
    for (uint32_t t = n + 1; t < sp.e && !named; ++t) named = Cap(t) && MentionEntity(t) < 0;
    // ... or an adjective qualifies the noun before a place: "le parquet fédéral de Belgique"
    // names an institution, "la police d'Orlando" describes one.
    if (!named && n + 2 < sp.e && tok_[n + 1].kind == TokenKind::kWord && !Cap(n + 1) &&
        !Known(n + 1) && Is(n + 2, kDe | kDu))
      for (uint32_t t = n + 3; t < sp.e && !named; ++t) named = MentionEntity(t) >= 0;
    if (!named) return -1;
    return AddSpeakerEntity(h, sp.e, EntityType::kOrganization);
  }
  // A capitalized name, words joined by de/du/des/d' at most. One word alone must be no
  // ordinary word (Après, Affirmant) and not merely capitalized by the start of a sentence.
  if (!Cap(h)) return -1;
  if (sp.e - h == 1) {
    const WordInfo* w = Info(h);
    if (tok_[h].has(kElision) || (w && (w->classes & ~kWordLiterals) != 0)) return -1;
    // The last word of a full name the text gave before, which no list knew ("le candidat,
    // Olusegun Adeyemi, a rejeté … « … », a déclaré Adeyemi"): that person, named in full, also
    // at the head of a sentence ("Adeyemi estime …").
    if (const Span full = EarlierFullName(h); !full.empty()) {
      const int32_t e = NameSpeaker(full, false);
      if (e < 0 || a_.entities[e].type != EntityType::kPerson) return -1;
      // (The new entity may have taken the word in already, as its surname alone.)
      if (s_.mention[h] < 0) AddSpeakerMention(e, h, h + 1);
      return e;
    }
    if (SentenceFirstWord(h) == h) return -1;
    // A word of people named before ("Roux" after "Jean Roux et Marc Roux"), whom Resolve
    // could not tell apart: their surname, no one new.
    if (WordOfPersonBefore(h)) return -1;
  }
  bool place_inside = false, digits_or_caps = false;
  for (uint32_t t = h; t < sp.e; ++t) {
    // (de may take an article: "Électricité de l'Ouest".)
    const bool article = Is(t, kDet) && !Is(t, kPoss | kIndef | kIndefArticle) && t > h &&
                         Is(t - 1, kDe) && t + 1 < sp.e && Cap(t + 1);
    const bool joiner = (Is(t, kDe | kDu | kDes) && t + 1 < sp.e &&
                         (Cap(t + 1) || (t + 2 < sp.e && Is(t + 1, kDet) && Cap(t + 2)))) ||
                        article;
    if (!Cap(t) && !joiner) return -1;
    if (Is(t, kRole)) return -1;
    const int32_t e = MentionEntity(t);
    if (e >= 0) {
      if (a_.entities[e].type != EntityType::kLocation) return -1;
      place_inside = true;
    }
    digits_or_caps = digits_or_caps || tok_[t].has(kHasDigit) || tok_[t].has(kAllCaps);
  }
  // What the words before say: "la start-up lyonnaise Lexiane" is an organization, "le
  // météorologue Dave Phillips" a person.
  // A document or medium noun names an outlet ("la revue scientifique américaine Science");
  // "de" inside the cue phrase goes on ("l'agence de presse officielle syrienne Sana").
  for (uint32_t k = h; k > 0 && h - k < kMaxDescriptionWords;) {
    --k;
    if (Is(k, kOrgNoun | kInfo)) return AddSpeakerEntity(h, sp.e, EntityType::kOrganization);
    // (A role word right after a medium or organization noun is its adjective: "la revue
    // scientifique américaine Science".)
    if (Is(k, kRole) && !(k > 0 && Is(k - 1, kOrgNoun | kInfo)))
      return AddSpeakerEntity(h, sp.e, EntityType::kPerson);
    const bool cue_de = Is(k, kDe) && !Is(k, kDu | kDes) && k + 1 < h && !Cap(k + 1) &&
                        !Is(k + 1, kDet) && tok_[k + 1].kind == TokenKind::kWord;
    if (Punct(k) || Is(k, kDet | kPrep | kSubj) || (Is(k, kDe) && !cue_de)) break;
  }
  // A person: a known first name, or two or three words with no joiner ("Alverto Adriani").
  // Not a name whose article is capitalized inside a sentence: "Pour L'Orient-Le Jour, …" is
  // a newspaper, as "Le Parisien" is.
  bool joined = false;
  for (uint32_t t = h; t < sp.e; ++t) joined = joined || !Cap(t);
  const bool capital_article = h > sp.b && Cap(sp.b) && Is(sp.b, kDet) &&
                               sp.b > s_.sentences[a_.SentenceOfToken(sp.b)].first_token &&
                               !Punct(sp.b - 1) && QuoteCloseAt(sp.b - 1) < 0;
  // Nor one after a lower-case definite article: a person takes none ("selon le Canard
  // Enchaîné", "d'après la Gazette Nordique").
  // (At the start of a sentence too: "Le Centre Athénas estime que …" names no person.)
  const bool lower_article = h > sp.b && Is(sp.b, kDet) &&
                             (!Cap(sp.b) || SentenceFirstWord(sp.b) == sp.b) &&
                             !Is(sp.b, kPoss | kIndef | kIndefArticle) &&
                             !(Info(sp.b) != nullptr && Info(sp.b)->demonstrative);
  // "le Niçois", "la Toulousaine": a person described by the town, no name of an organization
  // (the claim keeps its speaker unresolved).
  if (sp.e - h == 1 && lower_article && definite && InhabitantLike(h)) return -1;
  // ... or a name a person's role follows in apposition: "a déclaré Kovacs, l'entraîneur du
  // club".
  uint32_t after = sp.e;
  if (after + 1 < n_ && Comma(after)) ++after;
  if (after < n_ && after > sp.e && Is(after, kDet) && !Is(after, kIndef)) ++after;
  const bool role_after = after > sp.e && after < n_ && Is(after, kRole) && !Is(after, kOrgNoun);
  // ... or after a role in apposition, whatever place a word of the name spells: "Sa
  // présidente, Tibisay Lucena, a assuré …" (Lucena is also a town).
  const bool role_before =
      h == sp.b && h > 1 && Comma(h - 1) && Is(h - 2, kRole) && !Is(h - 2, kOrgNoun) && !Cap(h - 2);
  const bool person = (!place_inside || role_before) && !digits_or_caps && !joined &&
                      !capital_article && !lower_article &&
                      (s_.name_gender[h] != kUnknown || role_after || role_before ||
                       (sp.e - h >= kMinPersonNameWords && sp.e - h <= kMaxPersonNameWords));
  // (The capitalized article belongs to the name: "L'Orient-Le Jour".)
  return AddSpeakerEntity(capital_article ? sp.b : h, sp.e,
                          person ? EntityType::kPerson : EntityType::kOrganization);
}

bool Extractor::TitleAfterNoun(uint32_t b, uint32_t e) const {
  if (e - b > kMaxNameTokens || !Cap(e - 1)) return false;
  for (uint32_t t = b; t < e; ++t) {
    if (Cap(t)) {
      // (No person inside: "le journal de Paul Roux" is no title.)
      if (const int32_t x = MentionEntity(t); x >= 0 && a_.entities[x].type == EntityType::kPerson)
        return false;
      continue;
    }
    // Joined by de/du/des, an article after de: "La Voix de l'Est".
    const bool joiner =
        (Is(t, kDe | kDu | kDes) && t > b) ||
        (Is(t, kDet) && !Is(t, kPoss | kIndef | kIndefArticle) && t > b && Is(t - 1, kDe));
    if (!joiner || t + 1 >= e) return false;
  }
  return true;
}

Span Extractor::EarlierFullName(uint32_t h) const {
  const std::string_view key = Key(h);
  for (uint32_t k = h; k-- > 1 && h - k < kMaxRoleNounBack;) {
    if (Key(k) != key || !Cap(k) || s_.mention[k] >= 0 || s_.quote[k] >= 0) continue;
    // Capitalized words before it, none known as a word, a name or a role: the first names.
    uint32_t b = k;
    while (b > 0 && k - b + 1 < kMaxPersonNameWords && Cap(b - 1) &&
           tok_[b - 1].kind == TokenKind::kWord && s_.mention[b - 1] < 0 && !Known(b - 1) &&
           // (Never across a line break: "Actualité ¶ Acmé a …" is a heading, then a name.)
           !tok_[b - 1].has(kAllCaps) && !tok_[b].has(kNewlineBefore))
      --b;
    if (b == k || (k + 1 < n_ && Cap(k + 1) && !Punct(k + 1))) return {};
    return {b, k + 1};
  }
  return {};
}

Mention Extractor::MentionOf(uint32_t entity, uint32_t b, uint32_t e, std::string_view via) const {
  Mention m;
  m.begin = tok_[b].begin;
  m.end = tok_[e - 1].end;
  m.first_token = b;
  m.end_token = e;
  m.sentence = a_.SentenceOfToken(b);
  m.entity = entity;
  m.via = via;
  return m;
}

void Extractor::InsertMention(const Mention& m) {
  a_.mentions.insert(std::lower_bound(a_.mentions.begin(), a_.mentions.end(), m,
                                      [](const Mention& p, const Mention& q) {
                                        return p.first_token < q.first_token;
                                      }),
                     m);
}

void Extractor::AddSpeakerMention(int32_t entity, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (s_.mention[t] >= 0) return;  // a word is one mention's at most
  InsertMention(MentionOf(static_cast<uint32_t>(entity), b, e, "coref:name"));
  IndexMentions();
}

bool Extractor::WordOfPersonBefore(uint32_t h) const {
  const std::string_view key = Key(h);
  const size_t before = MentionsBefore(h);
  for (size_t m = before; m-- > 0 && before - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (x.end_token > h || a_.entities[x.entity].type != EntityType::kPerson) continue;
    for (uint32_t t = x.first_token; t < x.end_token; ++t)
      if (Key(t) == key) return true;
  }
  return false;
}

// Adds an entity named by tokens [b, e) with one mention there, which takes in the mentions
// inside it; keeps the mentions sorted and the token index current.
int32_t Extractor::AddSpeakerEntity(uint32_t b, uint32_t e, EntityType type) {
  if (speaker_entities_ >= kMaxSpeakerEntities) return -1;
  ++speaker_entities_;
  const uint32_t entity = static_cast<uint32_t>(a_.entities.size());
  Entity ent;
  ent.type = type;
  ent.name = text_.substr(tok_[b].begin, tok_[e - 1].end - tok_[b].begin);
  a_.entities.push_back(ent);
  const Mention m = MentionOf(entity, b, e, "claim:speaker");
  auto inside = [&](const Mention& x) { return x.first_token >= b && x.end_token <= e; };
  std::vector<uint32_t> absorbed;
  for (const Mention& x : a_.mentions)
    if (inside(x)) absorbed.push_back(x.entity);
  // The same name that a rule found elsewhere as an entity of the same type ("a déclaré Zorvak
  // Tulimen. … Zorvak Tulimen, directeur de l'usine, …"): one entity, this one, takes in all
  // of that entity's mentions.
  std::vector<uint32_t> same_name;
  for (const Mention& x : a_.mentions) {
    if (inside(x) || x.end_token - x.first_token != e - b || a_.entities[x.entity].type != type)
      continue;
    bool same = true;
    for (uint32_t k = 0; k < e - b && same; ++k) same = Key(x.first_token + k) == Key(b + k);
    if (same) same_name.push_back(x.entity);
  }
  for (Mention& x : a_.mentions)
    if (std::find(same_name.begin(), same_name.end(), x.entity) != same_name.end())
      x.entity = entity;
  absorbed.insert(absorbed.end(), same_name.begin(), same_name.end());
  a_.mentions.erase(std::remove_if(a_.mentions.begin(), a_.mentions.end(), inside),
                    a_.mentions.end());
  // What referred to an entity whose only mentions the name took in ("Canada" in
  // "Environnement Canada") now refers to the name.
  for (uint32_t gone : absorbed) {
    if (std::any_of(a_.mentions.begin(), a_.mentions.end(),
                    [&](const Mention& x) { return x.entity == gone; }))
      continue;
    auto redirect = [&](int32_t& ref) {
      if (ref == static_cast<int32_t>(gone)) ref = static_cast<int32_t>(entity);
    };
    for (Attribution& c : a_.claims) {
      redirect(c.speaker.entity);
      redirect(c.addressee.entity);
      redirect(c.via.entity);
    }
    for (Scratch::Referent& r : s_.referents) redirect(r.entity);
    for (Role& r : a_.roles) redirect(r.of);
  }
  InsertMention(m);
  // The same name elsewhere in the text, where nothing else was found, is the same entity; not
  // where it goes on into a longer name ("Ordre" in "l'Ordre de Malte").
  const uint32_t len = e - b;
  for (uint32_t t = 0; t + len <= n_; ++t) {
    if (t == b || !Cap(t)) continue;
    bool same = true;
    for (uint32_t k = 0; k < len && same; ++k)
      same = Key(t + k) == Key(b + k) && s_.mention[t + k] < 0;
    if (!same || (t + len < n_ && Cap(t + len) && !Punct(t + len)) || NamedComplementAt(t + len))
      continue;
    InsertMention(MentionOf(entity, t, t + len, "coref:name"));
    t += len - 1;
  }
  // A person's surname alone, elsewhere, where nothing else was found and no capitalized word
  // stands beside it: "Olusegun Adeyemi … Adeyemi a ajouté" (as coreference links the names
  // the entity stage found).
  if (type == EntityType::kPerson && len >= kMinPersonNameWords) {
    const std::string_view surname = Key(e - 1);
    for (uint32_t t = 0; t < n_; ++t) {
      if ((t >= b && t < e) || !Cap(t) || s_.mention[t] >= 0 || Key(t) != surname) continue;
      if (t > 0 && Cap(t - 1) && !Punct(t - 1)) continue;
      if (t + 1 < n_ && Cap(t + 1) && !Punct(t + 1)) continue;
      if (std::any_of(a_.mentions.begin(), a_.mentions.end(),
                      [&](const Mention& x) { return x.first_token <= t && t < x.end_token; }))
        continue;
      InsertMention(MentionOf(entity, t, t + 1, "coref:name"));
    }
  }
  IndexMentions();
  entities_added_ = true;
  return static_cast<int32_t>(entity);
}

}  // namespace selon::claims
