// Resolution of speakers to entities.
//
// A mention at the head of the speaker (or a person's name at the end of a descriptive phrase:
// "le président des États-Unis Donald Trump") is the entity. Pronouns walk back over the
// referents (sentence subjects and speakers, never inside quotations, never je/on or an
// impersonal il) of the paragraph, checking gender and number and skipping unresolved pronouns
// and inanimate subjects (l'enjeu); across one paragraph break only the previous paragraph's
// topic (all its compatible subjects name one entity). Role nouns find the person
// Analysis::roles or an apposition gave that role, or the name that followed the same noun
// earlier, else the paragraph's last person; organization and place nouns the last
// organization or place (a complement, "le club de Monaco", makes a name of its own); document
// nouns (la lettre) the subject of the sentence that named the same document, or "par X" (une
// information révélée par X; "Le rapport, publié par X, affirme"). Nothing fits: entity -1
// (null in the output).
#include "claims/extractor.h"
#include "internal/strings.h"

namespace selon::claims {

// The preposition of a sentence that frames what follows as a document's: "Dans ce courrier, il
// affirme …" (DocumentOfAnother).
constexpr std::string_view kInDocument = "dans";

namespace {

// A referent a pronoun or description of this gender and number can take up.
bool Compatible(const ClaimExtractor::Scratch::Referent& r, uint8_t gender, uint8_t number) {
  if (gender != kUnknown && r.gender != kUnknown && r.gender != gender) return false;
  if (number != kUnknown && r.number != kUnknown && r.number != number) return false;
  return true;
}

// Unresolved pronouns carry nothing; an unresolved inanimate subject (l'enjeu) cannot say.
bool Transparent(const ClaimExtractor::Scratch::Referent& r) {
  return r.entity < 0 && (r.pronoun || !r.animate);
}

}  // namespace

int32_t Extractor::AuthorInApposition(Span sp) const {
  // ", publié jeudi par l'ONG X," : a participle opens the apposition, its agent follows par,
  // and a comma closes it. (Not a relay: "cité par X" passes the document on.)
  if (!Comma(sp.e) || !WrittenParticiple(sp.e + 1) || Is(sp.e + 1, kRelay)) return -1;
  for (uint32_t t = sp.e + 2; t < n_ && t < sp.e + kMaxAffiliationTokens; ++t) {
    if (Punct(t) || VerbLike(t) || s_.quote[t] >= 0) return -1;
    if (!Is(t, kPar)) continue;
    const Span agent = RightNP(t + 1, static_cast<uint32_t>(n_), kMaxShortNPTokens);
    if (agent.empty() || !Comma(agent.e)) return -1;
    for (uint32_t k = agent.b; k < agent.e; ++k)
      if (const int32_t e = MentionEntity(k); e >= 0)
        return a_.entities[e].type == EntityType::kPerson ||
                       a_.entities[e].type == EntityType::kOrganization
                   ? e
                   : -1;
    return -1;
  }
  return -1;
}

int32_t Extractor::AttributionAfterQuote(uint32_t close) const {
  uint32_t d = close + 1;
  if (d < n_ && Final(d) && !tok_[d].has(kNewlineBefore)) ++d;  // "… . »" or "» ."
  if (d + 1 >= n_ || !tok_[d].has(kNewlineBefore) || !tok_[d].has(kDash)) return -1;
  const int32_t m = s_.mention[d + 1];
  if (m < 0 || a_.mentions[m].first_token != d + 1) return -1;
  const int32_t e = a_.mentions[m].entity;
  // The line names the speaker alone, or with a description after a comma.
  const uint32_t after = a_.mentions[m].end_token;
  if (after < n_ && !tok_[after].has(kNewlineBefore) && !Comma(after) && !Final(after)) return -1;
  return a_.entities[e].type == EntityType::kPerson ||
                 a_.entities[e].type == EntityType::kOrganization
             ? e
             : -1;
}

bool Extractor::SignerFits(Span sp, int32_t signer) const {
  for (uint32_t t = sp.b; t < sp.e; ++t)
    if (const int32_t e = MentionEntity(t); e >= 0 && e != signer) return false;
  if (a_.entities[signer].type != EntityType::kPerson) return true;
  for (uint32_t t = sp.b; t < sp.e && t < sp.b + kHeadNounWindow; ++t)
    if (Is(t, kOrgNoun)) return false;
  const WordInfo* w = Info(sp.b);
  return !(w != nullptr && Is(sp.b, kSubj | kDet) && w->number == kPlur);
}

int32_t Extractor::ResolveOneOfTwo(uint32_t t, bool second, uint8_t gender) const {
  // From the last sentence before that names someone ("… Le premier a affirmé … Le second a
  // démenti …" still reads the sentence that named both).
  const uint32_t here = a_.SentenceOfToken(t);
  uint32_t from = s_.sentences[here].first_token;
  for (uint32_t back = 1; back <= kMaxOneOfTwoSentencesBack && back <= here; ++back) {
    const Sentence& s = s_.sentences[here - back];
    bool named = false;
    for (uint32_t k = s.first_token; k < s.end_token && !named; ++k)
      named = s_.quote[k] < 0 && MentionEntity(k) >= 0 &&
              a_.entities[MentionEntity(k)].type == EntityType::kPerson;
    from = s.first_token;
    if (named) break;
  }
  int32_t people[2] = {-1, -1};
  size_t count = 0;
  for (uint32_t k = from; k < t; ++k) {
    if (s_.paragraph[k] != s_.paragraph[t] || s_.quote[k] >= 0) continue;
    const int32_t e = MentionEntity(k);
    if (e < 0 || a_.entities[e].type != EntityType::kPerson || e == people[0] || e == people[1])
      continue;
    if (count == 2) return -1;  // three people: which two the text means is a guess
    people[count++] = e;
  }
  if (count != 2) return -1;
  const int32_t e = people[second ? 1 : 0];
  const uint8_t g = EntityGender(e);
  return gender == kUnknown || g == kUnknown || g == gender ? e : -1;
}

int32_t Extractor::ResolveLatter(uint32_t t, uint8_t gender, uint8_t number) const {
  const uint32_t here = a_.SentenceOfToken(t);
  const uint32_t from = s_.sentences[here > 0 ? here - 1 : 0].first_token;
  // "Interrogé par France Bleu, ce dernier …": a participle phrase set before "ce dernier"
  // describes it; the agent it names is someone else, never the phrase's antecedent.
  uint32_t start = t;
  if (t > 0 && Comma(t - 1)) {
    const uint32_t first = s_.sentences[here].first_token;
    uint32_t seg = t - 1;
    while (seg > first && !Comma(seg - 1)) --seg;
    if (seg + 1 < t && WrittenParticiple(seg)) start = seg;
  }
  // A circumstantial phrase ending at `k`: a place preposition ("dans le parking de la gare",
  // words.tsv class locative), or à/au before a circumstance noun ("à la tête du club", "au
  // poste de directeur du festival"), with the complements after it. Where it starts, else
  // k + 1. Its nouns are where or in what capacity something happened, no speaker "ce
  // dernier" takes up; a person named inside it still is one (checked before this is asked).
  auto circumstance_start = [&](uint32_t k) -> uint32_t {
    for (uint32_t p = k + 1; p-- > from && k - p <= kMaxCircumstanceTokens;) {
      // (A verb form after an article or à is a noun: "au poste de".)
      if (Punct(p) || s_.quote[p] >= 0 ||
          (VerbLike(p) && !(p > 0 && Is(p - 1, kDet | kAu | kA | kDe))))
        return k + 1;
      if (const WordInfo* w = Info(p); w != nullptr && w->locative) return p;
      if (Is(p, kA | kAu)) {
        uint32_t h = p + 1;
        if (h < k && Is(h, kDet) && !Is(h, kDe | kDu | kDes | kAu)) ++h;
        const WordInfo* hw = h <= k ? Info(h) : nullptr;
        return hw != nullptr && hw->circumstance ? p : k + 1;
      }
    }
    return k + 1;
  };
  size_t ref = ReferentsBefore(start);
  for (uint32_t k = start; k-- > from && t - k < kWindow;) {
    if (s_.quote[k] >= 0) continue;
    // A pronoun is a mention of its referent: "« … », prévient-il. Interrogé par France Bleu,
    // ce dernier a ajouté …" takes up whom "il" took up; an unresolved one hides the referent.
    while (ref > 0 && s_.referents[ref - 1].token > k) --ref;
    if (ref > 0 && s_.referents[ref - 1].token == k && s_.referents[ref - 1].pronoun) {
      const Scratch::Referent& r = s_.referents[ref - 1];
      if (r.entity < 0) return -1;
      const uint8_t g = EntityGender(r.entity);
      const bool fits = (gender == kUnknown || g == kUnknown || g == gender) &&
                        (number == kUnknown || r.number == kUnknown || r.number == number);
      if (fits) return r.entity;
      continue;
    }
    if (const int32_t e = MentionEntity(k); e >= 0) {
      const EntityType type = a_.entities[e].type;
      const uint32_t first = a_.mentions[s_.mention[k]].first_token;
      // (An organization there may still be "cette dernière": "dans les locaux de l'ONU".)
      if (type != EntityType::kPerson && type != EntityType::kOrganization)
        if (const uint32_t c = circumstance_start(first); c <= first) {
          k = c;
          continue;
        }
      // "Paul Lenoir, le maire de Brest. Ce dernier …", "Paul Lenoir, député LR. Ce dernier
      // …": a place, or a party right after the role noun, completing a role in apposition to
      // a person; the phrase, and so "ce dernier", is the person, never the place or party.
      // A place after a locative preposition ("à Paris", "en Italie", "au Japon") is where
      // things happen, not a noun phrase "celle-ci" takes up as a speaker: past it.
      if (type == EntityType::kLocation && first > 0 && Is(first - 1, kA | kAu | kEn)) {
        k = first;
        continue;
      }
      if (type == EntityType::kLocation ||
          (type == EntityType::kOrganization && first > 0 && Is(first - 1, kRole))) {
        const int32_t person = PersonApposedToRoleOf(first);
        if (person >= 0) {
          const uint8_t g = EntityGender(person);
          if (gender == kUnknown || g == kUnknown || g == gender) return person;
        }
        return -1;
      }
      if (type != EntityType::kPerson && type != EntityType::kOrganization) {
        k = first;
        continue;
      }
      // An organization named as the complement of a noun ("envoyé spécial de l'Union
      // africaine") is not the noun phrase "ce dernier" takes up; the head it completes may be,
      // and which one is a guess: leave it unresolved. The author of a document noun is its
      // voice ("une étude de l'université de Columbia. Selon celle-ci, …").
      uint8_t g = type == EntityType::kPerson ? EntityGender(e) : OrganizationGender(first);
      if (type == EntityType::kOrganization && first > 0) {
        uint32_t de = first;
        if (Is(first - 1, kDe | kDu | kDes))
          de = first - 1;
        else if (first > 1 && Is(first - 1, kDet) && Is(first - 2, kDe))
          de = first - 2;
        // "Julie Roux, directrice de l'Insee. Celle-ci …", "… chercheuse à l'université de
        // Nantes. Celle-ci …": the organization completes a role in apposition to a person,
        // who is the noun phrase taken up, as with a place.
        uint32_t at = first;
        if (Is(first - 1, kA | kAu))
          at = first - 1;
        else if (first > 1 && Is(first - 1, kDet) && Is(first - 2, kA))
          at = first - 2;
        if (de < first || at < first) {
          const int32_t person = PersonApposedToRoleOf(first);
          if (person >= 0) {
            const uint8_t pg = EntityGender(person);
            if (gender == kUnknown || pg == kUnknown || pg == gender) return person;
            return -1;
          }
        }
        if (de < first && !(de > 0 && Is(de - 1, kInfo))) return -1;
        if (de < first) g = Info(de - 1)->gender;  // "celle-ci" is the study
      }
      if (gender != kUnknown && g != kUnknown && g != gender) {
        k = first;
        continue;
      }
      return e;
    }
    // A common noun phrase of the same gender and number is the nearer candidate; a role in
    // apposition to a person is that person ("Julie Caron, la ministre. Cette dernière …").
    // A possessive's gender is the noun's only before a consonant ("son amie"): its number
    // alone decides ("Anne Petit et son mari. Ce dernier …" is no one named).
    // (Not a person's or an organization's noun after its article: "dans le bureau du
    // ministre. Ce dernier …" is the minister; a bare noun after de names a post, "au poste de
    // directeur".)
    const bool bare_de = Is(k, kDe) && !Is(k, kDu | kDes);
    if ((Is(k, kDet) || Is(k, kAu)) && !Cap(k + 1) &&
        (bare_de || !(Is(k + 1, kRole | kPeople | kOrgNoun | kInfo) || AgentNoun(k + 1))))
      if (const uint32_t c = circumstance_start(k + 1 < t ? k + 1 : k); c <= k) {
        k = c;
        continue;
      }
    if (Is(k, kDet)) {
      const WordInfo* w = Info(k);
      const bool poss = Is(k, kPoss);
      const bool same_gender =
          poss || gender == kUnknown || w->gender == kUnknown || w->gender == gender;
      const bool same_number = number == kUnknown || w->number == kUnknown || w->number == number;
      if (same_gender && same_number && !Cap(k + 1)) {
        if (!poss && k >= 2 && Comma(k - 1) && k + 1 < t && Is(k + 1, kRole)) {
          const int32_t e = MentionEntity(k - 2);
          if (e >= 0 && a_.entities[e].type == EntityType::kPerson) {
            const uint8_t g = EntityGender(e);
            return gender == kUnknown || g == kUnknown || g == gender ? e : -1;
          }
        }
        return -1;
      }
    }
    // The contracted article opens one too: "bonne chance au joueur. Ce dernier …" ("au" is
    // masculine singular, "aux" plural).
    if (Is(k, kAu) && !Cap(k + 1) && k + 1 < t && tok_[k + 1].kind == TokenKind::kWord) {
      const bool plural = Info(k)->number == kPlur;  // words.tsv: "aux" Xp, "au" none
      const bool same_number = number == kUnknown || (number == kPlur) == plural;
      if (same_number && (plural || gender == kUnknown || gender == kMasc)) return -1;
    }
  }
  return -1;
}

int32_t Extractor::PersonApposedToRoleOf(uint32_t first) const {
  uint32_t k = first;
  // "député LR", "sénatrice écologiste": a name right after the role noun completes it too.
  if (!(k > 0 && Is(k - 1, kRole))) {
    // Up a chain of complements to the role noun: "juge d'instruction au tribunal de Lyon"
    // (Lyon, then tribunal, then instruction complete juge).
    for (uint32_t step = 0;; ++step) {
      if (k > 0 && Is(k - 1, kDet) && !Is(k - 1, kDe | kDu | kDes | kAu)) --k;
      if (k == 0 || !Is(k - 1, kDe | kDu | kDes | kA | kAu)) return -1;
      --k;
      if (k > 0 && Is(k - 1, kRole)) break;
      // (A noun completed in turn: a lower-case word, no verb, article or punctuation.)
      if (step + 1 >= kMaxComplementsClimbed || k < 2 || Cap(k - 1) ||
          tok_[k - 1].kind != TokenKind::kWord || VerbLike(k - 1) ||
          Is(k - 1, kDet | kPrep | kDe | kA | kAu | kConj | kRel | kQue | kSubj))
        return -1;
      --k;
    }
  }
  // The role phrase: a determiner maybe, then a role noun (maybe two words: "premier
  // ministre"), right after a comma.
  uint32_t b = k;
  while (b > 0 && k - b < kMaxRoleWords && Is(b - 1, kRole)) --b;
  if (b == k) return -1;
  // (A past post: "Paul Morel, ancien joueur du FC Nantes".)
  if (b > 0 && Info(b - 1) != nullptr && Info(b - 1)->former) --b;
  if (b > 0 && Is(b - 1, kDet) && !Is(b - 1, kDe | kDu | kDes)) --b;
  if (b < 2 || !Comma(b - 1)) return -1;
  const int32_t e = MentionEntity(b - 2);
  if (e < 0 || a_.entities[e].type != EntityType::kPerson) return -1;
  return e;
}

int32_t Extractor::CoordinatedBefore(uint32_t token, int32_t entity, EntityType type) const {
  if (token < 2 || !Is(token - 1, kEt)) return -1;
  const int32_t other = MentionEntity(token - 2);
  return other >= 0 && other != entity && a_.entities[other].type == type ? other : -1;
}

bool Extractor::PlaceKindFits(uint8_t kind, uint32_t place) const {
  if (kind == kPlaceKindOther) return true;
  std::string& f = fold_;
  f.clear();
  FoldKey(a_.entities[place].name, &f);
  const bool country = std::binary_search(d_.country_keys.begin(), d_.country_keys.end(), f);
  return kind == kPlaceCountry ? country : !country;
}

uint8_t Extractor::OrganizationGender(uint32_t first) const {
  if (first > 0 && Is(first - 1, kDet) && Info(first - 1)->gender != kUnknown)
    return Info(first - 1)->gender;
  if (Is(first, kOrgNoun)) return Info(first)->gender;
  return kUnknown;
}

bool Extractor::SpeakerSpanOk(Span sp) const {
  if (sp.empty()) return true;
  constexpr uint64_t kNeverFirst =
      kPrep | kNegPart | kNeg | kAuxAvoir | kAuxEtre | kRel | kQue | kConj | kNoSpeaker;
  constexpr uint64_t kNeverLast = kDe | kDu | kDes | kDet | kPrep | kA | kAu | kConj | kPoss;
  const uint64_t first = Cls(sp.b);
  // (A person's name may open with its particle: "de Gaulle", "De Villiers".)
  const int32_t m = s_.mention[sp.b];
  const bool name_opens = m >= 0 && a_.mentions[m].first_token == sp.b &&
                          a_.entities[a_.mentions[m].entity].type == EntityType::kPerson;
  if ((first & kNeverFirst) && !(first & (kDet | kSubj | kStress)) && !name_opens) return false;
  // A prepositional phrase is no speaker ("de l'épreuve aux Jeux"); "d'autres témoins", "de
  // nombreux élus" are.
  if ((first & kDe) && !(first & (kDet | kDu | kDes)) && !QuantityAt(sp.b + 1) && !name_opens)
    return false;
  // A participle opens an apposition, no noun phrase ("constituée des deux chambres").
  if (WrittenParticiple(sp.b) && !Cap(sp.b) && !(first & (kDet | kSubj | kStress))) return false;
  // A determiner alone, even capitalized at the head of a sentence ("Ce", "La").
  if (sp.e - sp.b == 1 && (first & kDet) && !(first & (kSubj | kStress | kIndef))) return false;
  if ((Cls(sp.e - 1) & kNeverLast) && !(Cls(sp.e - 1) & (kSubj | kStress | kIndef)) &&
      !Cap(sp.e - 1))
    return false;
  if (sp.e - sp.b == 1 && !(first & (kSubj | kStress)) && (first & (kObjClitic | kPoss | kAdv)))
    return false;
  // A noun phrase holds no auxiliary or conjugated cue verb ("le maire a dit" is a clause), nor
  // a bare infinitive ("Starbucks va embaucher 10 000 réfugiés": a clause around a verb no
  // table knows).
  for (uint32_t t = sp.b + 1; t < sp.e; ++t)
    if ((VerbLike(t) || (Is(t, kInfinitive) && !Is(t - 1, kDe | kA | kAu)) ||
         FutureOrConditional(t)) &&
        !Cap(t) && !AfterDeterminer(t))
      return false;
  return true;
}

uint8_t Extractor::EntityGender(int32_t e) const {
  if (e < 0) return kUnknown;
  const Entity& ent = a_.entities[e];
  if (ent.type != EntityType::kPerson) return kUnknown;
  std::string_view name = ent.name;
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return kUnknown;
  std::string& f = fold_;
  f.clear();
  FoldKey(name.substr(0, sp), &f);
  return NameGenderOf(f);
}

bool Extractor::SharesNameWord(std::string_view a, std::string_view b) {
  bool shared = false;
  internal::ForEachField(a, ' ', [&](std::string_view x) {
    if (x.size() < kMinSharedNameWord) return;
    internal::ForEachField(b, ' ', [&](std::string_view y) { shared = shared || x == y; });
  });
  return shared;
}

bool Extractor::DocumentOfAnother(uint32_t t, int32_t entity, uint8_t gender) const {
  // The frame: the pronoun's sentence opens on "Dans" + determiner + document noun.
  const Sentence& s = s_.sentences[a_.SentenceOfToken(t)];
  const uint32_t f = s.first_token;
  if (!(f + 2 < t && KeyIs(f, kInDocument) && Is(f + 1, kDet) && Is(f + 2, kInfo))) return false;
  // A document noun earlier, "de" and a person: "une lettre de Jean Durand".
  const uint32_t from =
      s.first_token > kMaxDocumentAuthorBack ? s.first_token - kMaxDocumentAuthorBack : 0;
  for (uint32_t k = from; k + 2 < s.first_token; ++k) {
    if (!Is(k, kInfo) || !Is(k + 1, kDe | kDu | kDes)) continue;
    const uint32_t name = Is(k + 2, kDet) ? k + 3 : k + 2;
    const int32_t e = name < s.first_token ? MentionEntity(name) : -1;
    if (e < 0 || e == entity || a_.entities[e].type != EntityType::kPerson) continue;
    const uint8_t g = EntityGender(e);
    if (gender == kUnknown || g == kUnknown || g == gender) return true;
  }
  return false;
}

bool Extractor::SpeakerAboutReferent(const Scratch::Referent& r, uint8_t gender) const {
  const uint32_t at = tok_[r.token].begin;
  const uint32_t sentence = a_.SentenceOfToken(r.token);
  for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence + 1 >= sentence;) {
    const Attribution& c = a_.claims[i];
    if (at < c.content_begin || at >= c.content_end) continue;
    const int32_t who = c.speaker.entity;
    if (who < 0 || who == r.entity || a_.entities[who].type != EntityType::kPerson) continue;
    const uint8_t g = EntityGender(who);
    if (gender == kUnknown || g == kUnknown || g == gender) return true;
  }
  return false;
}

bool Extractor::OrganizationRivalOf(const Scratch::Referent& r, size_t index) const {
  // Coordinated with another: "La SNCF et la RATP ont annoncé …" (articles allowed around et).
  int32_t m = s_.mention[r.token];
  if (m < 0 && r.token + 1 < n_) m = s_.mention[r.token + 1];
  if (m >= 0) {
    const Mention& x = a_.mentions[m];
    uint32_t after = x.end_token;
    if (after < n_ && Is(after, kEt)) {
      ++after;
      if (after < n_ && Is(after, kDet)) ++after;
      if (const int32_t e = after < n_ ? MentionEntity(after) : -1;
          e >= 0 && e != r.entity && a_.entities[e].type == EntityType::kOrganization)
        return true;
    }
  }
  // Another organization the same sentence made a subject or a speaker: "Selon Norvalis,
  // Dextera a copié ses brevets. L'entreprise affirme …". (A brand the entity stage typed a
  // product counts: as a subject or a source it is often its company.)
  const uint32_t sentence = a_.SentenceOfToken(r.token);
  for (size_t k = index; k-- > 0;) {
    const Scratch::Referent& o = s_.referents[k];
    if (a_.SentenceOfToken(o.token) != sentence) break;
    if (o.entity < 0 || o.entity == r.entity) continue;
    const EntityType type = a_.entities[o.entity].type;
    if (type == EntityType::kOrganization || type == EntityType::kProduct) return true;
  }
  return false;
}

bool Extractor::OrganizationLaterIn(const Scratch::Referent& r) const {
  int32_t m = s_.mention[r.token];
  if (m < 0 && r.token + 1 < n_) m = s_.mention[r.token + 1];
  if (m < 0) return false;
  const uint32_t end = s_.sentences[a_.SentenceOfToken(r.token)].end_token;
  for (uint32_t t = a_.mentions[m].end_token; t < end; ++t) {
    if (s_.quote[t] >= 0) continue;
    const int32_t e = MentionEntity(t);
    if (e >= 0 && e != r.entity && a_.entities[e].type == EntityType::kOrganization) return true;
  }
  return false;
}

bool Extractor::OtherIntroducedWithNoun(uint32_t n, int32_t entity, uint32_t before) const {
  const uint32_t word = s_.word[n];
  const size_t last = MentionsBefore(before);
  for (size_t m = last; m-- > 0 && last - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.end_token > before || static_cast<int32_t>(x.entity) == entity ||
        a_.entities[x.entity].type != EntityType::kOrganization)
      continue;
    // The noun right before the name, or before a nationality before it ("le constructeur
    // japonais Nissan").
    uint32_t t = x.first_token;
    if (t > 0 && Is(t - 1, kDemonym)) --t;
    if (t > 0 && s_.word[t - 1] == word && Is(t - 1, kOrgNoun)) return true;
  }
  return false;
}

bool Extractor::OtherOrganizationSince(uint32_t from, uint32_t to, int32_t entity) const {
  for (size_t m = MentionsBefore(to); m-- > 0;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.first_token < from) break;
    if (x.end_token <= to && static_cast<int32_t>(x.entity) != entity &&
        a_.entities[x.entity].type == EntityType::kOrganization)
      return true;
  }
  return false;
}

int32_t Extractor::FrontedTopic(uint32_t t, uint8_t gender, uint8_t number) const {
  if (t < 4 || !Comma(t - 1)) return -1;
  const Sentence& s = s_.sentences[a_.SentenceOfToken(t)];
  const uint32_t head = ClauseHead(s, t);
  // "Quant à" (words.tsv: quant is an insert word), not "quant à lui".
  if (head + 3 > t - 1 || !Is(head, kInsert) || !Is(head + 1, kA | kAu) || Is(head + 1, kDet) ||
      Is(head + 2, kStress) || t - 1 - head > kMaxSubjectTokens)
    return -1;
  for (uint32_t k = head + 2; k < t - 1; ++k)
    if (Punct(k) || VerbLike(k) || s_.quote[k] >= 0) return -1;
  const int32_t m = s_.mention[t - 2];
  if (m < 0 || a_.mentions[m].end_token != t - 1) return -1;
  const int32_t e = a_.mentions[m].entity;
  const EntityType type = a_.entities[e].type;
  if (number == kPlur || (type != EntityType::kPerson && type != EntityType::kOrganization))
    return -1;
  const uint8_t g = type == EntityType::kPerson ? EntityGender(e) : kUnknown;
  return gender == kUnknown || g == kUnknown || g == gender ? e : -1;
}

int32_t Extractor::ResolvePronoun(uint32_t t, uint8_t gender, uint8_t number, bool* found) const {
  *found = false;
  // "Quant à Paul Morel, il affirme …": the topic the sentence opens on.
  if (const int32_t topic = FrontedTopic(t, gender, number); topic >= 0) {
    *found = true;
    return topic;
  }
  if (number != kPlur && gender != kUnknown) {
    if (const int32_t agent = AgentAnnouncingQuotation(t, gender); agent >= 0) {
      *found = true;
      return agent;
    }
  }
  // After a quotation running over paragraphs ("« … ¶ « … », écrit-il."), the pronoun reads
  // the text as it stood where the quotation opened: what the quoted paragraphs hold is no
  // context of it.
  if (const int32_t q = QuotationBeforePronoun(t);
      q >= 0 && s_.paragraph[s_.quotes[q].open] < s_.paragraph[t])
    return ResolvePronoun(s_.quotes[q].open, gender, number, found);
  const uint32_t para = s_.paragraph[t];
  // In the paragraph: the last compatible subject or speaker; a source that is no person
  // ("selon l'AFP") only when there is no other.
  const size_t before = ReferentsBefore(t);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = before; k-- > 0 && before - k < kWindow;) {
      const Scratch::Referent& r = s_.referents[k];
      if (r.paragraph != para) break;
      if (!Compatible(r, gender, number) || Transparent(r)) continue;
      if (pass == 0 && r.source &&
          (r.entity < 0 || a_.entities[r.entity].type != EntityType::kPerson))
        continue;
      *found = true;
      // The last of coordinated people ("Mathilde Panot et Cyrielle Chatelain ont …"): a
      // singular pronoun after them takes up either when both fit its gender, a guess.
      if (number != kPlur) {
        if (const int32_t other = CoordinatedBefore(r.token, r.entity, EntityType::kPerson);
            other >= 0) {
          const uint8_t g = EntityGender(other);
          if (gender == kUnknown || g == kUnknown || g == gender) return -1;
        }
        if (r.entity >= 0 && a_.entities[r.entity].type == EntityType::kPerson &&
            ClauseSubjectSince(r, t, gender))
          return -1;
        if (r.entity >= 0 && SpeakerAboutReferent(r, gender)) return -1;
        if (r.entity >= 0 && DocumentOfAnother(t, r.entity, gender)) return -1;
      }
      return r.entity;
    }
  }
  // No referent of the paragraph fits: the one person it names with the pronoun's gender.
  if (number != kPlur && gender != kUnknown) {
    if (const int32_t only = OnlyPersonOfGender(t, gender); only >= 0) {
      *found = true;
      return only;
    }
  }
  if (number != kPlur && gender != kUnknown) {
    if (const int32_t last = QuotationContinuesSpeaker(t, gender); last >= 0) {
      *found = true;
      return last;
    }
  }
  const int32_t topic = PreviousParagraphTopic(t, gender, number);
  *found = topic >= 0;
  return topic;
}

int32_t Extractor::QuotationBeforePronoun(uint32_t t) const {
  for (uint32_t k = t; k-- > 0 && t - k <= kMaxQuoteToPronounTokens;) {
    if (const int32_t q = QuoteCloseAt(k); q >= 0) return q;
    if (MentionEntity(k) >= 0 || s_.quote[k] >= 0) return -1;
  }
  return -1;
}

int32_t Extractor::AgentAnnouncingQuotation(uint32_t t, uint8_t gender) const {
  const int32_t q = QuotationBeforePronoun(t);
  if (q < 0) return -1;
  const uint32_t open = s_.quotes[q].open;
  if (open < 3 || !KeyIs(open - 1, ":") || a_.SentenceOfToken(open - 1) != a_.SentenceOfToken(t))
    return -1;
  // (An acronym in brackets may follow the name: "par l'Union des consommateurs (UDC) :".)
  uint32_t end = open - 1;
  if (KeyIs(end - 1, ")")) {
    uint32_t k = end - 1;
    while (k > 0 && end - k <= kMaxQuotedNameTokens + 1 && !KeyIs(k, "(")) --k;
    if (!KeyIs(k, "(")) return -1;
    end = k;
  }
  if (end == 0) return -1;
  const int32_t m = s_.mention[end - 1];
  if (m < 0 || a_.mentions[m].end_token != end) return -1;
  const uint32_t first = a_.mentions[m].first_token;
  uint32_t par = first;
  if (par > 0 && Is(par - 1, kDet) && !Is(par - 1, kDe | kDu | kDes)) --par;
  if (par == 0 || !Is(par - 1, kPar)) return -1;
  const int32_t e = a_.mentions[m].entity;
  switch (a_.entities[e].type) {
    case EntityType::kPerson: {
      const uint8_t g = EntityGender(e);
      return g == gender ? e : -1;
    }
    case EntityType::kOrganization: {
      const uint8_t g = OrganizationGender(first);
      return g == kUnknown || g == gender ? e : -1;
    }
    default:
      return -1;
  }
}

int32_t Extractor::QuotationContinuesSpeaker(uint32_t t, uint8_t gender) const {
  const uint32_t para = s_.paragraph[t];
  if (para == 0) return -1;
  // The quotation closing just before the pronoun opens its paragraph.
  const int32_t q = QuotationBeforePronoun(t);
  if (q < 0) return -1;
  const uint32_t open = s_.quotes[q].open;
  if (s_.paragraph[open] != para || (open > 0 && s_.paragraph[open - 1] == para)) return -1;
  // The last referent of the paragraph before is a person who spoke.
  const size_t before = ReferentsBefore(open);
  if (before == 0) return -1;
  const Scratch::Referent& r = s_.referents[before - 1];
  if (r.paragraph + 1 != para || !r.speaker || r.entity < 0 ||
      a_.entities[r.entity].type != EntityType::kPerson)
    return -1;
  const uint8_t g = EntityGender(r.entity);
  if (g != gender) return -1;
  // No other person of that gender named after it, outside quotations.
  const size_t last = MentionsBefore(open);
  for (size_t m = last; m-- > 0 && last - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.first_token <= r.token) break;
    if (s_.quote[x.first_token] >= 0 || static_cast<int32_t>(x.entity) == r.entity ||
        a_.entities[x.entity].type != EntityType::kPerson)
      continue;
    const uint8_t other = EntityGender(static_cast<int32_t>(x.entity));
    if (other == kUnknown || other == gender) return -1;
  }
  return r.entity;
}

int32_t Extractor::PreviousParagraphTopic(uint32_t t, uint8_t gender, uint8_t number) const {
  // Across one paragraph break, only the previous paragraph's topic: every compatible subject
  // and speaker there (selon-sources aside) names the same entity.
  const uint32_t para = s_.paragraph[t];
  const size_t before = ReferentsBefore(t);
  int32_t topic = -1;
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph == para) continue;
    if (r.paragraph + 1 != para) break;
    if (r.source || !Compatible(r, gender, number) || Transparent(r)) continue;
    if (r.entity < 0 || (topic >= 0 && r.entity != topic)) return -1;
    topic = r.entity;
  }
  // ... and only a person: an organization taken up by il/elle after a paragraph break is too
  // often another one the new paragraph introduces (as the agent of a passive, "par X").
  if (topic >= 0 && a_.entities[topic].type != EntityType::kPerson) return -1;
  // ... and not when this paragraph names another person who fits, even as no subject ("la
  // dernière course à laquelle Usain Bolt prenait part. Depuis 2008, il a remporté …": il is
  // Bolt, not the last paragraph's speaker). A name sharing a word with the topic's is the
  // topic named otherwise ("Né Dante Sauveur Gatti …, il fut résistant" after Armand Gatti).
  // A person of the pronoun's own sentence is its clause's complement ("Avec Evry Schatzman et
  // Michel Hénon, il a travaillé …"), not a rival.
  if (topic >= 0) {
    const uint32_t sentence = a_.SentenceOfToken(t);
    const size_t last = MentionsBefore(t);
    for (size_t m = last; m-- > 0 && last - m < kWindow;) {
      const Mention& x = a_.mentions[m];
      if (InDateline(x)) continue;
      if (x.end_token > t || a_.SentenceOfToken(x.first_token) == sentence) continue;
      if (s_.paragraph[x.first_token] != para) break;
      if (static_cast<int32_t>(x.entity) == topic ||
          a_.entities[x.entity].type != EntityType::kPerson ||
          SharesNameWord(a_.entities[x.entity].name, a_.entities[topic].name))
        continue;
      const uint8_t g = EntityGender(static_cast<int32_t>(x.entity));
      if (gender == kUnknown || g == kUnknown || g == gender) return -1;
    }
  }
  return topic;
}

int32_t Extractor::OnlyPersonOfGender(uint32_t t, uint8_t gender) const {
  const uint32_t para = s_.paragraph[t];
  const uint32_t sentence = a_.SentenceOfToken(t);
  int32_t only = -1;
  const size_t last = MentionsBefore(t);
  for (size_t m = last; m-- > 0 && last - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.end_token > t) continue;
    if (s_.paragraph[x.first_token] != para) break;
    // (A person of the pronoun's own sentence is its complement: "Avec Paul Morel, il a …".)
    if (s_.quote[x.first_token] >= 0 || a_.SentenceOfToken(x.first_token) == sentence) continue;
    const int32_t e = static_cast<int32_t>(x.entity);
    switch (a_.entities[e].type) {
      case EntityType::kPerson: {
        const uint8_t g = EntityGender(e);
        if (g == kUnknown || (g == gender && only >= 0 && only != e)) return -1;
        if (g == gender) only = e;
        break;
      }
      case EntityType::kOrganization:
        return -1;
      default:
        break;
    }
  }
  // Nor a name sharing a word with another person's named before ("Né Dante Sauveur Gatti, …"
  // after Armand Gatti): the same person named otherwise, whom an earlier paragraph introduced.
  if (only >= 0)
    for (size_t m = last; m-- > 0 && last - m < kWindow;) {
      const int32_t e = static_cast<int32_t>(a_.mentions[m].entity);
      if (e != only && a_.entities[e].type == EntityType::kPerson &&
          SharesNameWord(a_.entities[e].name, a_.entities[only].name))
        return -1;
    }
  return only;
}

// A role noun ("le ministre", "le porte-parole", head token `n` of `sp`): the person the
// document gave that role (in apposition, or named right after the same noun: "le ministre des
// Postes, …, Nestor Dupuis"), else, for a definite phrase, the last person who was a subject or
// a speaker in the paragraph (a speaker in the paragraph before, for a description).
Span Extractor::RoleComplement(uint32_t n, uint32_t e) const {
  for (uint32_t k = n + 1; k < e && k < n + 1 + kHeadNounWindow; ++k) {
    // An age or a measure is no "of" relation: "l'attaquant de 23 ans".
    if (Is(k, kDe) && k + 1 < e && tok_[k + 1].kind == TokenKind::kNumber) return {};
    if (Is(k, kDe | kAu | kDu | kDes)) return {k, e};
    if (Punct(k) || Cap(k) || Is(k, kDet | kPrep | kConj)) break;
  }
  return {};
}

bool Extractor::OtherAdjectiveAfter(uint32_t n, uint32_t e, uint32_t m, uint32_t f) const {
  auto adjective = [&](uint32_t t, uint32_t end) {
    return t < end && t < n_ && tok_[t].kind == TokenKind::kWord && !Cap(t) &&
           !Is(t, kDet | kDe | kDu | kDes | kAu | kA | kPrep | kConj | kRole | kRel | kQue | kAdv |
                      kSubj | kObjClitic | kNeg) &&
           !VerbLike(t);
  };
  return adjective(n + 1, e) && adjective(m + 1, f) && Key(n + 1) != Key(m + 1);
}

bool Extractor::SameRoleComplement(Span ours, Span theirs) const {
  if (ours.empty()) return true;
  // Content words only: "du syndicat" and "de la CGT" give "syndicat" and "CGT".
  constexpr uint64_t kFunction = kDet | kDe | kAu | kDu | kDes;
  uint32_t j = theirs.b;
  for (uint32_t i = ours.b; i < ours.e; ++i) {
    if (Is(i, kFunction)) continue;
    while (j < theirs.e && Is(j, kFunction)) ++j;
    if (j >= theirs.e || Key(i) != Key(j)) return false;
    ++j;
  }
  return true;
}

uint32_t Extractor::RoleNounOf(size_t i, uint32_t word) const {
  const Role& r = a_.roles[i];
  const uint32_t re = TokenAtByte(r.end);
  uint32_t rn = TokenAtByte(r.begin);
  while (rn < re && s_.word[rn] != word) ++rn;
  return rn < re ? rn : kNone;
}

bool Extractor::RoleNounComplement(size_t i, uint32_t word, Span* complement) const {
  const uint32_t rn = RoleNounOf(i, word);
  if (rn == kNone) return false;
  *complement = RoleComplement(rn, TokenAtByte(a_.roles[i].end));
  return true;
}

bool Extractor::HoldsOtherRole(int32_t person, uint32_t word, Span ours) const {
  const auto key = std::pair(static_cast<uint32_t>(person), word);
  const auto& order = s_.roles_by_holder;
  auto it = std::lower_bound(order.begin(), order.end(), key, [&](uint32_t i, auto k) {
    return std::pair(a_.roles[i].entity, RoleWord(i)) < k;
  });
  for (size_t seen = 0; it != order.end() && seen < kMaxRolesScanned; ++it, ++seen) {
    if (std::pair(a_.roles[*it].entity, RoleWord(*it)) != key) break;
    Span theirs;
    if (RoleNounComplement(*it, word, &theirs) && !SameRoleComplement(ours, theirs)) return true;
  }
  return false;
}

uint8_t Extractor::IntroducedKind(int32_t org, uint32_t before) const {
  const size_t last = MentionsBefore(before);
  for (size_t m = last; m-- > 0 && last - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.entity != static_cast<uint32_t>(org)) continue;
    if (x.first_token > 0 && Is(x.first_token - 1, kOrgNoun) && Info(x.first_token - 1)->org_kind)
      return Info(x.first_token - 1)->org_kind;
    if (Is(x.first_token, kOrgNoun) && Info(x.first_token)->org_kind)
      return Info(x.first_token)->org_kind;
  }
  return kOrgKindUnknown;
}

bool Extractor::KindsAgree(uint8_t noun, uint8_t org) {
  if (noun == kOrgKindUnknown || org == kOrgKindUnknown || noun == org) return true;
  return noun < kOrgUnion && org < kOrgUnion;
}

int32_t Extractor::ResolveRole(Span sp, uint32_t n, uint8_t gender, bool definite) const {
  const uint32_t word = s_.word[n];
  const uint32_t at = tok_[sp.b].begin;
  // A role "of" something ties only to a holder of the same role of the same thing: "le
  // directeur des rédactions" is not "le directeur de la chaîne" (GUIDELINE decision 15).
  const Span ours = RoleComplement(n, sp.e);
  // Analysis::roles: the last role with this noun before the phrase.
  // (Scanned back from the phrase in roles_by_begin: the first match is the last before it.)
  const auto& order = s_.roles_by_begin;
  auto it = std::lower_bound(order.begin(), order.end(), at,
                             [&](uint32_t i, uint32_t b) { return a_.roles[i].begin < b; });
  // A capitalized word before the noun makes another post: "le Premier ministre" is not "la
  // ministre Anne Roux".
  const bool premodified = n > sp.b && Cap(n - 1) && !Is(n - 1, kDet);
  auto same_modifier = [&](uint32_t t) {
    return !premodified || (t > 0 && Key(t - 1) == Key(n - 1));
  };
  // The noun phrase's gender is the holder's: "le ministre" is not "la ministre Anne Roux".
  auto agrees = [&](int32_t e) {
    const uint8_t g = EntityGender(e);
    return gender == kUnknown || g == kUnknown || g == gender;
  };
  // The same noun heading another phrase between a holder and ours ("le ministre de
  // l'Intérieur, X, a rencontré le ministre de la Justice. Le ministre …"): either one, a guess.
  auto other_holder_between = [&](uint32_t from, uint32_t to) {
    for (uint32_t t = from; t < to; ++t)
      if (s_.word[t] == word && same_modifier(t) && t > 0 && Is(t - 1, kDet)) return true;
    return false;
  };
  for (size_t seen = 0; it != order.begin() && seen < kMaxRolesScanned; ++seen) {
    const size_t i = *--it;
    if (RoleWord(i) != word) continue;
    if (!agrees(static_cast<int32_t>(a_.roles[i].entity))) continue;
    if (premodified) {
      const uint32_t b = TokenAtByte(a_.roles[i].begin);
      bool same = false;
      for (uint32_t t = b; t < n_ && tok_[t].begin < a_.roles[i].end && !same; ++t)
        same = s_.word[t] == word && t > b && same_modifier(t);
      if (!same) continue;
    }
    Span theirs;
    if (!ours.empty() &&
        (!RoleNounComplement(i, word, &theirs) || !SameRoleComplement(ours, theirs)))
      continue;
    // (Another adjective right after the noun in the text, inside the role's span or not:
    // "l'entraîneur lorientais, X" is no "entraîneur finistérien".)
    if (const uint32_t rn = RoleNounOf(i, word);
        rn != kNone && OtherAdjectiveAfter(n, sp.e, rn, rn + 2))
      continue;
    if (ours.empty() && other_holder_between(TokenAtByte(a_.roles[i].end), sp.b)) return -1;
    // Without a complement, another person given the same noun before ("Le président Paul
    // Morel a reçu le président sénégalais Amadou Sy. Le président a affirmé …"; "le maire de
    // Lyon, X, et le maire de Grenoble, Y") could be the one: a guess.
    if (ours.empty()) {
      auto earlier = it;
      for (size_t more = seen + 1; earlier != order.begin() && more < kMaxRolesScanned; ++more) {
        const size_t j = *--earlier;
        if (RoleWord(j) == word && a_.roles[j].entity != a_.roles[i].entity &&
            agrees(static_cast<int32_t>(a_.roles[j].entity)))
          return -1;
      }
    }
    return static_cast<int32_t>(a_.roles[i].entity);
  }
  // The role spans of earlier referents (appositions the claims stage saw).
  const size_t before = ReferentsBefore(sp.b);
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (InResolvingContent(r.token)) continue;
    for (uint32_t t = r.role_begin; t < r.role_end; ++t)
      if (s_.word[t] == word && same_modifier(t) && agrees(r.entity) &&
          SameRoleComplement(ours, RoleComplement(t, r.role_end)) &&
          !OtherAdjectiveAfter(n, sp.e, t, r.role_end))
        return ours.empty() && other_holder_between(r.role_end, sp.b) ? -1 : r.entity;
  }
  // The same noun earlier, followed in its sentence by a name before any verb. (A nearer one
  // with no name makes the earlier holder a guess: other_holder_between.)
  bool unnamed_nearer = false;
  // An indefinite phrase with the noun and no name ("Paul Morel a appelé un technicien") brought
  // in someone new: the definite one after it is that unnamed person, no one named before.
  bool introduced_unnamed = false;
  for (uint32_t t = sp.b; t-- > 0 && sp.b - t < kMaxRoleNounBack;) {
    if (s_.word[t] != word || !same_modifier(t)) continue;
    const uint32_t end = s_.sentences[a_.SentenceOfToken(t)].end_token;
    if (OtherAdjectiveAfter(n, sp.e, t, end)) continue;
    if (!ours.empty()) {
      // The earlier phrase's complement runs to its first name or verb.
      uint32_t ce = t + 1;
      while (
          ce < end && ce - t <= kMaxRoleNameGap && !VerbLike(ce) && !Comma(ce) &&
          !(MentionEntity(ce) >= 0 && a_.entities[MentionEntity(ce)].type == EntityType::kPerson))
        ++ce;
      if (!SameRoleComplement(ours, RoleComplement(t, ce))) continue;
    }
    // A person may follow in apposition ("le ministre des Postes, Nestor Dupuis"); an
    // organization only right after the phrase, never past punctuation ("a lancé le maire de
    // Brest, selon Le Télégramme": the newspaper is no mayor).
    // Nor an organization in the role's complement: "un porte-parole du collectif Acmé" speaks
    // for Acmé and is not Acmé (GUIDELINE decision 15).
    bool apart = false, complement = false;
    for (uint32_t k = t + 1; k < end && k - t <= kMaxRoleNameGap && !VerbLike(k); ++k) {
      apart = apart || Punct(k);
      complement = complement || Is(k, kDe | kDu | kDes | kAu | kA);
      const int32_t e = MentionEntity(k);
      if (e < 0) continue;
      const EntityType type = a_.entities[e].type;
      if ((type == EntityType::kPerson && agrees(e)) ||
          (type != EntityType::kLocation && type != EntityType::kPerson && !apart && !complement &&
           !Is(k - 1, kDet)))
        return unnamed_nearer && ours.empty() ? -1 : e;
      k = a_.mentions[s_.mention[k]].end_token - 1;
    }
    unnamed_nearer = unnamed_nearer || (t > 0 && Is(t - 1, kDet));
    introduced_unnamed = introduced_unnamed || (t > 0 && Is(t - 1, kIndefArticle));
  }
  // Nothing ties the role to a name. A definite description may still be the paragraph's
  // person ("Paul Morel a gagné. Le champion a affirmé …"), but not when it speaks for someone
  // else (le porte-parole, l'avocat) or holds a post of an organization (le secrétaire général
  // de la CGT, du syndicat; un porte-parole de l'entreprise: GUIDELINE decision 15): those are
  // people the text has not named.
  if (!definite || Is(n, kRelational) || introduced_unnamed) return -1;
  for (uint32_t t = ours.b; t < ours.e; ++t)
    if (Cap(t) || MentionEntity(t) >= 0 || Is(t, kOrgNoun)) return -1;
  // An official title (evidence category title: le chancelier, le ministre, le capitaine)
  // names a post, and the text names its holder with it (the ties above): "Emmanuel Macron a
  // reçu Olaf Scholz. Le chancelier a assuré …" is not Macron, the last subject. A past post
  // ("l'ancien ministre") is a description of someone already named.
  if (Info(n)->title && !(n > sp.b && Info(n - 1) != nullptr && Info(n - 1)->former)) return -1;
  // A description (la dirigeante, le plaignant, l'ancien inspecteur): the last person of the
  // paragraph who was a subject or a speaker, or the last speaker of the paragraph before; not
  // one the text gave the same noun of something else ("directeur de la chaîne" is not "le
  // directeur des rédactions").
  const uint32_t para = s_.paragraph[sp.b];
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph + 1 < para) break;
    if (r.paragraph != para && (!r.speaker || !ours.empty())) continue;
    if (r.entity < 0 || a_.entities[r.entity].type != EntityType::kPerson) continue;
    // The person the claim is about is not who says it; an earlier one would be a guess.
    if (InResolvingContent(r.token)) return -1;
    // A judge, a police officer, a doctor re-describes only someone the text gave a role; a
    // person named bare is whom the holder deals with (WordInfo::interlocutor).
    if (Info(n)->interlocutor && !HasRole(r.entity, sp.b)) return -1;
    // The accused, the wounded: not the subject of an active verb, who did it
    // (WordInfo::patient).
    if (Info(n)->patient && !r.speaker && ActiveSubject(r)) return -1;
    // Someone the text brought in since with a role noun and no name ("Paul Morel a rencontré
    // des agriculteurs. L'éleveur …") could be the one: a guess.
    if (UnnamedRoleSince(r, sp.b, gender)) return -1;
    if (gender != kUnknown && r.gender != kUnknown && r.gender != gender) continue;
    if (!ours.empty() && HoldsOtherRole(r.entity, word, ours)) return -1;
    // A demonstrative points at the nearest fitting person: someone named or introduced since
    // could be the one ("Karim Haddad a passé la nuit avec Paul Morel. … raconte ce
    // chauffeur" is a guess), as for a noun no table knows (LastPersonReferent). A definite
    // role reads the role ("Paul Morel a assigné Jean Roux. Pour le plaignant, …").
    // Someone named since could be the one too ("Bruno Génesio a félicité Martin Terrier. Le
    // joueur a affirmé …" is a guess), unless the noun describes who acted and the referent is
    // the subject of an active verb ("Paul Morel a assigné Jean Roux. Pour le plaignant, …").
    const bool demonstrative = Is(sp.b, kDet) && Info(sp.b)->demonstrative;
    if (demonstrative && RivalSince(r, sp.b)) return -1;
    return BareNamedRivalSince(r, sp.b, gender) && !(Info(n)->agentive && ActiveSubject(r))
               ? -1
               : r.entity;
  }
  // At the head of a paragraph (no one there was a subject or a speaker before it), the previous
  // paragraph's topic, as for a pronoun: "Paul Morel a annoncé sa candidature. ¶ Dans sa
  // déclaration, le candidat a …". (Someone the paragraph introduced, "Un témoin a parlé. Le
  // témoin …", makes it a guess.)
  if (!ours.empty()) return -1;
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph != para) break;
    if (r.animate || r.pronoun || r.entity >= 0) return -1;
  }
  return PreviousParagraphTopic(sp.b, gender, kSing);
}

bool Extractor::MayBeOrganization(uint32_t t) const {
  uint32_t k = t;
  if (!(Cap(t) && !Is(t, kDet | kSubj | kStress))) {
    if (k < n_ && Is(k, kDet)) ++k;
    // ("le premier constructeur": a prenominal adjective.)
    if (k + 1 < n_ && Info(k) != nullptr && Info(k)->prenominal) ++k;
    if (k >= n_ || !Is(k, kOrgNoun)) return false;
  }
  // An organization named in the phrase's complements, before its verb, is the one the
  // phrase belongs to ("L'usine française de la firme Tupperware va fermer"): no other.
  const uint32_t end = s_.sentences[a_.SentenceOfToken(t)].end_token;
  for (uint32_t j = k + 1; j < end && j - t <= kMaxSubjectPhraseTokens && !VerbLike(j); ++j)
    if (const int32_t e = MentionEntity(j);
        e >= 0 && a_.entities[e].type == EntityType::kOrganization)
      return false;
  return true;
}

bool Extractor::ActiveSubject(const Scratch::Referent& r) const {
  uint32_t t = r.token + 1;
  if (const int32_t m = s_.mention[r.token]; m >= 0) t = a_.mentions[m].end_token;
  const uint32_t end = s_.sentences[a_.SentenceOfToken(r.token)].end_token;
  // (An apposition between commas: "Paul Morel, 45 ans, a été condamné".)
  if (t < end && Comma(t)) {
    uint32_t k = t + 1;
    while (k < end && k - t <= kMaxApposedDescriptionTokens && !Comma(k)) ++k;
    if (k >= end || !Comma(k)) return false;
    t = k + 1;
  }
  while (t < end && Is(t, kNeg | kObjClitic | kSe)) ++t;
  if (t >= end || Is(t, kAuxEtre) || (Is(t, kAuxAvoir) && t + 1 < end && Is(t + 1, kAuxEtre)))
    return false;
  return VerbLike(t);
}

bool Extractor::UnnamedRoleSince(const Scratch::Referent& r, uint32_t before_token,
                                 uint8_t gender) const {
  for (uint32_t t = r.token + 1; t < before_token; ++t) {
    if (t >= r.role_begin && t < r.role_end) continue;
    if (s_.quote[t] >= 0 || !Is(t, kRole) || MentionEntity(t) >= 0) continue;
    if (!Is(t - 1, kDet | kIndefArticle | kPoss | kDes)) continue;
    // (The noun's gender, else its determiner's: "le prévenu", "l'accusée".)
    uint8_t g = Info(t)->gender, number = Info(t)->number;
    if (g == kUnknown && Info(t - 1) != nullptr) g = Info(t - 1)->gender;
    if (number == kUnknown && Info(t - 1) != nullptr) number = Info(t - 1)->number;
    if (gender != kUnknown && g != kUnknown && g != gender && (g == kFem || number != kPlur))
      continue;
    // A name right after the noun, or a role of someone the text names: "le commandant Luc
    // Herbaut" names its holder.
    bool named = false;
    for (uint32_t k = t + 1; k < before_token && k <= t + kMaxApposedRoleTokens && !named; ++k)
      named = MentionEntity(k) >= 0;
    if (!named && !InRoleSpan(tok_[t].begin)) return true;
  }
  return false;
}

bool Extractor::InRoleSpan(uint32_t at) const {
  // (roles_by_begin orders the roles by where they begin: those before `at`, nearest first.)
  const auto& order = s_.roles_by_begin;
  auto it = std::upper_bound(order.begin(), order.end(), at,
                             [&](uint32_t b, uint32_t i) { return b < a_.roles[i].begin; });
  for (size_t seen = 0; it != order.begin() && seen < kMaxRolesScanned; ++seen)
    if (at < a_.roles[*--it].end) return true;
  return false;
}

bool Extractor::HasRole(int32_t person, uint32_t before_token) const {
  const uint32_t at = tok_[before_token].begin;
  // (roles_by_holder orders the roles by holder: this person's in a run.)
  const auto& order = s_.roles_by_holder;
  auto it = std::lower_bound(order.begin(), order.end(), static_cast<uint32_t>(person),
                             [&](uint32_t i, uint32_t p) { return a_.roles[i].entity < p; });
  for (size_t seen = 0; it != order.end() && seen < kMaxRolesScanned; ++it, ++seen) {
    if (a_.roles[*it].entity != static_cast<uint32_t>(person)) break;
    if (a_.roles[*it].begin < at) return true;
  }
  const size_t before = ReferentsBefore(before_token);
  for (size_t k = before; k-- > 0 && before - k < kWindow;)
    if (s_.referents[k].entity == person && s_.referents[k].role_begin < s_.referents[k].role_end)
      return true;
  return false;
}

int32_t Extractor::LastPersonReferent(uint32_t before_token, uint8_t gender) const {
  const uint32_t para = s_.paragraph[before_token];
  const size_t before = ReferentsBefore(before_token);
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph != para) break;
    if (r.entity < 0 || a_.entities[r.entity].type != EntityType::kPerson) continue;
    if (InResolvingContent(r.token)) return -1;
    if (gender != kUnknown && r.gender != kUnknown && r.gender != gender) continue;
    return RivalSince(r, before_token) ? -1 : r.entity;
  }
  return -1;
}

bool Extractor::RivalSince(const Scratch::Referent& r, uint32_t before_token) const {
  for (uint32_t t = r.token + 1; t < before_token; ++t) {
    if (Is(t, kIndefArticle) && !Is(t, kDes)) return true;
    if (const int32_t e = MentionEntity(t);
        e >= 0 && e != r.entity && a_.entities[e].type == EntityType::kPerson)
      return true;
  }
  return false;
}

bool Extractor::BareNamedRivalSince(const Scratch::Referent& r, uint32_t before_token,
                                    uint8_t gender) const {
  for (uint32_t t = r.token + 1; t < before_token; ++t) {
    const int32_t e = MentionEntity(t);
    if (e < 0 || e == r.entity || a_.entities[e].type != EntityType::kPerson || s_.quote[t] >= 0)
      continue;
    const uint8_t g = EntityGender(e);
    if (gender != kUnknown && g != kUnknown && g != gender) continue;
    if (!HasRole(e, before_token)) return true;
  }
  return false;
}

bool Extractor::ClauseSubjectSince(const Scratch::Referent& r, uint32_t before_token,
                                   uint8_t gender) const {
  // What may follow a clause's subject: a verb group's first word, or a word no table knows
  // (most verbs are no reporting verb: "flanche", "recule"); no preposition or determiner ("et
  // Sophie Marchal en finale": en is a clitic too).
  constexpr uint64_t kOpensVerbGroup = kNeg | kObjClitic | kSe | kAuxAvoir | kAuxEtre;
  const size_t last = MentionsBefore(before_token);
  for (size_t m = last; m-- > 0 && last - m < kWindow;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.first_token <= r.token) break;
    if (x.end_token >= before_token || x.first_token == 0 || s_.quote[x.first_token] >= 0) continue;
    const int32_t e = static_cast<int32_t>(x.entity);
    if (e == r.entity || a_.entities[e].type != EntityType::kPerson ||
        !Is(x.first_token - 1, kConj))
      continue;
    const uint32_t v = x.end_token;
    if (Punct(v) || Cap(v) || tok_[v].kind != TokenKind::kWord || Is(v, kPrep | kDet)) continue;
    const WordInfo* w = Info(v);
    if (!(Is(v, kOpensVerbGroup) || VerbLike(v) || w == nullptr || w->classes == 0)) continue;
    const uint8_t g = EntityGender(e);
    if (gender == kUnknown || g == kUnknown || g == gender) return true;
  }
  return false;
}

int32_t Extractor::PersonNamedWithNoun(uint32_t n) const {
  int32_t found = -1;
  const size_t last = MentionsBefore(n);
  for (size_t m = last; m-- > 0;) {
    const Mention& x = a_.mentions[m];
    if (InDateline(x)) continue;
    if (x.first_token == 0 || a_.entities[x.entity].type != EntityType::kPerson ||
        Key(x.first_token - 1) != Key(n))
      continue;
    if (found >= 0 && found != static_cast<int32_t>(x.entity)) return -1;  // two of them
    found = static_cast<int32_t>(x.entity);
  }
  return found;
}

int32_t Extractor::Resolve(Span sp, uint8_t* gender, uint8_t* number) const {
  *gender = kUnknown;
  *number = kSing;
  if (sp.empty()) return -1;
  // Pronouns.
  if (sp.e - sp.b == 1 && Is(sp.b, kSubj | kStress) && !Is(sp.b, kDet)) {
    const WordInfo* w = Info(sp.b);
    *gender = w->gender;
    *number = w->number;
    // "on", "je", "nous", "vous" (no number in words.tsv): the indefinite or the speaker's own
    // person, never someone the text names before ("« … », assure-t-on à l'Élysée").
    if (w->number == kUnknown) return -1;
    bool found;
    return ResolvePronoun(sp.b, w->gender, w->number, &found);
  }
  // The latter: "celle-ci", "ce dernier", "cette dernière".
  if (Is(sp.e - 1, kLatter) && (sp.e - sp.b == 1 || (sp.e - sp.b == 2 && Is(sp.b, kDet)))) {
    const WordInfo* w = Info(sp.e - 1);
    *gender = w->gender;
    *number = w->number;
    return ResolveLatter(sp.b, w->gender, w->number);
  }
  // "Le premier", "la seconde": one of exactly two people named just before.
  if (sp.e - sp.b == 2 && Is(sp.b, kDet) && !Is(sp.b, kIndef | kIndefArticle | kPoss) &&
      Info(sp.b + 1) != nullptr &&
      (Info(sp.b + 1)->first_of_two || Info(sp.b + 1)->second_of_two)) {
    *gender = Info(sp.b + 1)->gender;
    return ResolveOneOfTwo(sp.b, Info(sp.b + 1)->second_of_two, *gender);
  }
  // "L'intéressé", "le principal intéressé", "l'homme", "le jeune homme": the person the
  // paragraph is about.
  if (const uint32_t c = sp.e - 1;
      (sp.e - sp.b == 2 || (sp.e - sp.b == 3 && Info(sp.b + 1) != nullptr &&
                            Info(sp.b + 1)->prenominal && !Cap(sp.b + 1))) &&
      Is(sp.b, kDet) && !Is(sp.b, kIndef | kIndefArticle | kPoss) && Info(c) != nullptr &&
      Info(c)->concerned && !Cap(c)) {
    *gender = Info(c)->gender;
    return LastPersonReferent(sp.b, *gender);
  }
  uint32_t h = sp.b;
  while (h < sp.e && Is(h, kDet) && !Cap(h == sp.b ? h + 1 : h)) {
    const WordInfo* w = Info(h);
    if (w->gender) *gender = w->gender;
    if (w->number) *number = w->number;
    ++h;
  }
  if (h < sp.e && Is(sp.b, kDet)) {
    const WordInfo* w = Info(sp.b);
    if (w->gender) *gender = w->gender;
    if (w->number) *number = w->number;
    h = sp.b + 1;
  }
  if (h >= sp.e) return -1;
  for (uint32_t t = sp.b; t < sp.e; ++t)
    if (Is(t, kConj) && Is(t, kEt)) *number = kPlur;
  // A count opens the phrase: "3 000 de ses partisans", "Près de 200 personnes" are many ("l'un
  // des 3 suspects" is one).
  for (uint32_t t = sp.b; t < sp.e && t < sp.b + kHeadNounWindow && MentionEntity(t) < 0; ++t) {
    if (tok_[t].kind == TokenKind::kNumber) {
      if (Key(t) != "1") *number = kPlur;
      break;
    }
    if (Is(t, kIndefArticle | kIndef) && !Is(t, kDes)) break;
  }
  // "l'Argentin", "la Française": a nationality noun alone takes up the person the text named
  // with it ("l'Argentin Diego Carrasco").
  if (sp.e - h == 1 && h > sp.b && Is(h, kDemonym) && Cap(h) && MentionEntity(h) < 0)
    return PersonNamedWithNoun(h);
  const int32_t head_entity = MentionEntity(h);
  if (head_entity >= 0) {
    if (a_.entities[head_entity].type == EntityType::kPerson) {
      *gender = EntityGender(head_entity);
      // A civility of the other gender right before the name names someone else of that family
      // ("Mme Macron" is not Emmanuel Macron, whom the surname's mention joined).
      if (h == sp.b && AfterOtherGenderCivility(h, *gender)) return -1;
    }
    return head_entity;
  }
  // The head noun, after at most two adjectives: "l'ancien inspecteur", "un premier bilan".
  uint32_t n = h;
  for (uint32_t k = h; k < sp.e && k < h + kHeadNounWindow; ++k) {
    if (Is(k, kRole | kOrgNoun | kInfo | kPlaceNoun)) {
      n = k;
      break;
    }
    if ((k > h && Cap(k)) || Is(k, kDe | kPrep | kDet | kA | kAu | kConj)) break;
  }
  const WordInfo* hw = Info(n);
  const uint64_t hc = hw ? hw->classes : 0;
  if (hc & kInfo) {
    // A document: the entity it is "of" (the name that opens its complement, after a role
    // noun at most: "la lettre du ministre Paul Garnier"; in "un communiqué de l'aéroport
    // José Martí" the author is the airport, no person), else its sender. After an
    // organization noun only the organization it introduces: "un communiqué de la société
    // Dextera" is Dextera's.
    bool after_org_noun = false;
    uint32_t org_noun_at = 0;
    for (uint32_t t = n + 1; t < sp.e; ++t) {
      if (const int32_t e = MentionEntity(t); e >= 0)
        return !after_org_noun || a_.entities[e].type == EntityType::kOrganization ? e : -1;
      if (Is(t, kOrgNoun)) {
        after_org_noun = true;
        org_noun_at = t;
      }
      // An adjective after the document noun, or after an organization noun before the name
      // ("des informations de la chaîne publique NHK").
      const bool adjective =
          !Cap(t) && !Is(t, kPrep) &&
          (t == n + 1 || (after_org_noun && tok_[t].kind == TokenKind::kWord && t > org_noun_at &&
                          t - org_noun_at <= kHeadNounWindow));
      if (!Is(t, kDe | kDu | kDes | kDet | kRole | kOrgNoun) && !adjective) {
        // A complement with its article names another thing the document is of ("les paroles
        // de la chanson", "le rapport du comité"): not the document an earlier sentence named.
        if (t > n + 1 && Is(t - 1, kDet | kDu | kDes) && Is(n + 1, kDe | kDu | kDes) && !Cap(t))
          return AuthorInApposition(sp);
        break;
      }
    }
    if (const int32_t author = AuthorInApposition(sp); author >= 0) return author;
    // "Selon son communiqué", "D'après ses calculs": the document of the one a pronoun would
    // take up here, whatever its gender (a possessive agrees with the thing owned), so when
    // "il" and "elle" would take up the same one, or only one of them anyone: "Julie Caron a
    // reçu Paul Renaud. Selon son communiqué, …" could be either's.
    if (Is(sp.b, kPoss) && Info(sp.b)->owner_singular && n == sp.b + 1) {
      bool found_masc = false, found_fem = false;
      const int32_t masc = ResolvePronoun(sp.b, kMasc, kSing, &found_masc);
      const int32_t fem = ResolvePronoun(sp.b, kFem, kSing, &found_fem);
      const int32_t owner = masc == fem ? masc : !found_fem ? masc : !found_masc ? fem : -1;
      if (owner >= 0 && a_.entities[owner].type != EntityType::kLocation) return owner;
    }
    // A medium described by its nationality ("le quotidien libanais") is one outlet among
    // those of that country, not the one an earlier sentence named with the noun: the
    // organization reading below decides (a nationality makes it a name: no reference back).
    bool medium_with_demonym = false;
    if (hc & kOrgNoun)
      for (uint32_t t = n + 1; t < sp.e && !medium_with_demonym; ++t)
        medium_with_demonym = Is(t, kDemonym);
    const std::string_view key = Key(n);
    // ("le document", "le texte": a document named with any document noun, after its article.)
    const bool any_document = Info(n)->any_document && n > sp.b && Is(n - 1, kDet) &&
                              !Is(n - 1, kIndef | kIndefArticle | kPoss);
    const uint32_t here = a_.SentenceOfToken(sp.b);
    for (uint32_t si = here > kMaxDocumentSentencesBack ? here - kMaxDocumentSentencesBack : 0;
         si < here && !medium_with_demonym; ++si) {
      const Sentence& s = s_.sentences[si];
      bool names_it = false;
      for (uint32_t t = s.first_token; t < s.end_token && !names_it; ++t)
        names_it = Key(t) == key || (any_document && Is(t, kInfo) && !Is(t, kOrgNoun) && t > 0 &&
                                     Is(t - 1, kDet) && s_.quote[t] < 0);
      if (!names_it) continue;
      const Span subj = SentenceSubject(s);
      if (subj.empty() || Is(subj.b, kInfo)) break;
      if (document_hops_ >= kMaxDocumentHops) return -1;
      ++document_hops_;
      uint8_t g, num;
      const int32_t sender = Resolve(NameIn(subj), &g, &num);
      --document_hops_;
      // A medium noun ("le quotidien", "le journal") takes up the outlet an earlier sentence
      // named with it only when no other organization was named since: after "Le quotidien
      // Le Parisien a révélé … ¶ Pour L'Orient-Le Jour, …", "le quotidien" may be either.
      if (sender >= 0 && (hc & kOrgNoun) && OtherOrganizationSince(s.end_token, sp.b, sender))
        break;
      return sender;
    }
    // A noun that is also a medium ("le quotidien", "le journal": words.tsv class info and
    // evidence/org_cues.tsv kind media) and names no document here is the outlet: it takes
    // up an organization as an organization noun does (below).
    if (!(hc & kOrgNoun)) return -1;
  }
  const bool definite = Is(sp.b, kDet) && !Is(sp.b, kIndef | kIndefArticle);
  // A civility before a capitalized word names a person ("Me Antonin Levy", "M. Le Goff"):
  // the person of the name's mention, else no one; never a description of someone else with
  // the same civility before ("M. Dupont … M. Le Goff").
  // A civility of the other gender names someone else of that family: "Mme Macron" is not
  // Emmanuel Macron, whom the surname's mention joined (a wrong name is worse than none).
  if (n == h && Civility(n) && n + 1 < sp.e && Cap(n + 1)) {
    for (uint32_t t = n + 1; t < sp.e; ++t)
      if (const int32_t e = MentionEntity(t); e >= 0) {
        if (a_.entities[e].type != EntityType::kPerson) return -1;
        return OtherGenderCivility(n, EntityGender(e)) ? -1 : e;
      }
    return -1;
  }
  if (hc & kRole) {
    // (The determiner's gender first: "ministre", "juge" serve both; "l'avocate" has none.)
    if (hw->gender && *gender == kUnknown) *gender = hw->gender;
    // "le lieutenant Christophe Le Gallo": the person named after the title (not one in its
    // complement: "le porte-parole du président Paul Morel" is not Paul Morel).
    for (uint32_t t = n + 1; t < sp.e && !Is(t, kDe | kDu | kDes | kAu | kA | kPrep); ++t) {
      const int32_t e = MentionEntity(t);
      if (e >= 0 && a_.entities[e].type == EntityType::kPerson) {
        *gender = EntityGender(e);
        return e;
      }
    }
    if (*number == kPlur) return -1;
    // A possessive makes the role someone's ("son président", "son mari": the post or the
    // kin of whoever "son" takes up), a role of something the text does not name here: no
    // holder of the same noun, nor the paragraph's last person, is it (GUIDELINE decision 15).
    // An apposed name ("Son président, Jean Roux, a …") is the speaker before resolution.
    if (Is(sp.b, kPoss)) return -1;
    return ResolveRole(sp, n, *gender, definite);
  }
  if (hc & (kOrgNoun | kPlaceNoun)) {
    if (hw->gender) *gender = hw->gender;
    // The town as a body: "la mairie de Lyon", "la ville de Paris" is the town named after de
    // (words.tsv class town_body; the gold links "la Ville" to Toronto).
    const bool town_body = hw->town_body && *number != kPlur;
    if (town_body && n + 2 < sp.e && Is(n + 1, kDe) && !Is(n + 1, kDu | kDes | kDet)) {
      const int32_t m = s_.mention[n + 2];
      if (m >= 0 && a_.mentions[m].first_token == n + 2 && a_.mentions[m].end_token == sp.e) {
        const int32_t e = static_cast<int32_t>(a_.mentions[m].entity);
        return a_.entities[e].type == EntityType::kLocation && PlaceKindFits(kPlaceTown, e) ? e
                                                                                            : -1;
      }
    }
    // "le groupe Acmé", "l'agence régionale de santé (ARS)": the organization named in the
    // phrase; "le club de Monaco", "le parquet de Lyon": a place in a complement makes the
    // phrase a name of its own, no reference back.
    // Head over complement: "le cabinet de Paul Lenoir" is not Paul Lenoir.
    bool complement = false;
    // The noun's own complement before the organization's name ("la commission des finances
    // du Sénat", "la commission d'enquête de l'Assemblée"): a body of that organization with a
    // name of its own, whose words are not the organization's. (Not a noun that introduces the
    // name: "la direction du groupe Canal+" speaks for Canal+.)
    bool own_complement = false;
    for (uint32_t t = n + 1; t < sp.e; ++t) {
      complement = complement || Is(t, kDe | kPrep | kAu | kA | kDet);
      const int32_t e = MentionEntity(t);
      if (e < 0) {
        own_complement = own_complement || (t > n + 1 && Is(t - 1, kDe | kDu | kDes) &&
                                            tok_[t].kind == TokenKind::kWord && !Cap(t) &&
                                            !Is(t, kDet | kDe | kPrep | kOrgNoun));
        continue;
      }
      // A name joined by et to another capitalized word is part of one name no list knows
      // ("le collectif Terre et Mer"): neither of its words is the organization.
      if (const uint32_t after = a_.mentions[s_.mention[t]].end_token;
          after + 1 < sp.e && Is(after, kEt) && Cap(after + 1))
        return -1;
      const EntityType type = a_.entities[e].type;
      if (complement && (type == EntityType::kLocation || type == EntityType::kPerson)) return -1;
      // (The organization after de: "l'agence régionale de santé (ARS)" names itself.)
      if (own_complement &&
          (Is(t - 1, kDe | kDu | kDes) || (t > n + 2 && Is(t - 1, kDet) && Is(t - 2, kDe))))
        return -1;
      // A capitalized noun, then a place with no de: the place ends a name no list knows
      // ("Radio Télé Haïti", "SOS Médias Burundi"), whose voice it is not.
      if (!complement && type == EntityType::kLocation && Cap(n)) return -1;
      // A plural noun, then a place with no de: the place is where they are ("les autorités
      // Kumamoto", de left out), not who speaks.
      if (!complement && type == EntityType::kLocation && *number == kPlur) return -1;
      // "un office d'évaluation du Congrès": one body among those of the organization named
      // after it, not that organization ("la direction de la SNCF" speaks for the SNCF).
      if (complement && !definite) return -1;
      // "le premier syndicat de la SNCF", "le parti du gouvernement": a noun of a specific kind
      // names another organization than the one completing it, unless that one is of its
      // kind; a body of the organization ("la direction de la SNCF") speaks for it.
      if (complement && type == EntityType::kOrganization && hw->org_kind >= kOrgUnion &&
          IntroducedKind(e, sp.b) != hw->org_kind)
        return -1;
      *number = kUnknown;  // the determiner was the noun's ("des médias Acmé")
      return e;
    }
    if (complement) return -1;
    // "le ministère norvégien", "le gouvernement canadien": a nationality makes it a name too.
    for (uint32_t t = n + 1; t < sp.e; ++t)
      if (Is(t, kDemonym)) return -1;
    // Only a definite singular noun refers back: "plusieurs médias", "des syndicats", "les
    // associations" are nobody in particular.
    if (!definite || *number == kPlur) return -1;
    // The last organization (la société) or place (la ville, ce pays) named before, in this
    // paragraph or the one before.
    // A noun that is both (la préfecture: the state's office, or a town that hosts one) speaks
    // as the institution, never as a town: "Selon la préfecture" after "à Quimper" is no
    // Quimper.
    // ("la mairie", "la municipalité": a town's body, found as "la ville" is, never as the
    // state's offices are.)
    const bool org = (hc & kOrgNoun) && !town_body,
               place = ((hc & kPlaceNoun) || town_body) && !org && definite;
    const uint8_t place_kind = town_body ? static_cast<uint8_t>(kPlaceTown) : hw->place_kind;
    // "le parquet" after "le parquet fédéral de Belgique": an organization named with the same
    // noun, anywhere before.
    if (org && definite) {
      const size_t first_after = MentionsBefore(sp.b);
      const std::string_view noun = Key(n);
      for (size_t m = first_after; m-- > 0 && first_after - m < kWindow;) {
        const Mention& x = a_.mentions[m];
        if (InDateline(x)) continue;
        if (x.end_token <= sp.b && x.end_token - x.first_token > 1 &&
            a_.entities[x.entity].type == EntityType::kOrganization && Key(x.first_token) == noun)
          return static_cast<int32_t>(x.entity);
      }
      // A capital after the determiner makes the noun a name's first word ("Selon l'Institut
      // pour l'étude de la guerre" after "le Conseil de l'Europe"): the body it names, which
      // only an organization named with that noun can be (above), never the last one in view.
      if (Cap(n) && n > sp.b) return -1;
    }
    // An organization noun refers back to the organization that spoke or was the subject just
    // before ("D'après l'OMS, … Selon l'organisation, …"); otherwise only when one
    // organization is in view: with two ("la brigade" after the army and a militia), which
    // one is a guess.
    const uint32_t para = s_.paragraph[sp.b];
    const uint8_t kind = hw->org_kind;
    // The state's own bodies (la police, le parquet, la préfecture) are named with their noun,
    // found above; "la police" after "le Parlement" is not the Parlement, "la préfecture" after
    // "hydrologue au CNRS" not the CNRS (GUIDELINE decision 15).
    if (org && (kind == kOrgForce || kind == kOrgJustice || kind == kOrgState)) return -1;
    if (org) {
      const uint32_t here = a_.SentenceOfToken(sp.b);
      const size_t before = ReferentsBefore(sp.b);
      for (size_t k = before; k-- > 0 && before - k < kWindow;) {
        const Scratch::Referent& r = s_.referents[k];
        if (r.paragraph != para || a_.SentenceOfToken(r.token) + 1 < here) break;
        // A subject no list knows that may be an organization, a name ("Total a racheté une
        // filiale d'Engie. Le groupe …") or an organization noun ("Le constructeur a racheté
        // …"), is a candidate the mentions below cannot see: which one is a guess.
        if (r.entity < 0 && !r.pronoun && MayBeOrganization(r.token)) return -1;
        if (r.entity < 0) continue;
        if (a_.entities[r.entity].type == EntityType::kOrganization) {
          // The last of coordinated organizations ("Renault et Stellantis ont …"): either.
          if (CoordinatedBefore(r.token, r.entity, EntityType::kOrganization) >= 0) return -1;
          if (OrganizationRivalOf(r, k)) return -1;
          // A specific noun ("le syndicat") and a subject the text never introduced as one, with
          // another organization named after it: either could be the one ("La SNCF a signé un
          // accord avec la CGT. Le syndicat …").
          if (kind >= kOrgUnion && IntroducedKind(r.entity, sp.b) == kOrgKindUnknown &&
              OrganizationLaterIn(r))
            return -1;
          if (kind == kOrgMedia && !Medium(r.entity, sp.b)) return -1;
          if (OtherIntroducedWithNoun(n, r.entity, sp.b)) return -1;
          return KindsAgree(kind, IntroducedKind(r.entity, sp.b)) ? r.entity : -1;
        }
        break;
      }
    }
    const size_t last = MentionsBefore(sp.b);
    int32_t found = -1;
    const bool demonstrative = Is(sp.b, kDet) && Info(sp.b)->demonstrative;
    uint32_t found_paragraph = 0;
    for (size_t m = last; m-- > 0 && last - m < kWindow;) {
      const Mention& x = a_.mentions[m];
      if (InDateline(x)) continue;
      if (x.end_token > sp.b) continue;
      if (s_.paragraph[x.first_token] + 1 < para) break;
      const EntityType type = a_.entities[x.entity].type;
      // A place noun, likewise, only when one place is in view: "la ville" after "Lyon … en
      // Italie" or "Lyon et Villeurbanne" could be either, a guess. A demonstrative points at
      // the nearest: "… à la Turquie, mais ce pays a menacé …".
      if (place && type == EntityType::kLocation && !PlaceKindFits(place_kind, x.entity)) continue;
      // (A town's body takes up no place the lexicons know as something else: "la municipalité"
      // after "la tour Eiffel" is no tower.)
      if (place && town_body && type == EntityType::kLocation &&
          KnownNonTown(static_cast<int32_t>(x.entity)))
        continue;
      if (place && type == EntityType::kLocation && demonstrative && found < 0)
        return static_cast<int32_t>(x.entity);
      if (place && type == EntityType::kLocation) {
        // (A place of this paragraph outweighs those of the one before.)
        if (found >= 0 && s_.paragraph[x.first_token] != found_paragraph) break;
        if (found >= 0 && found != static_cast<int32_t>(x.entity)) return -1;
        found_paragraph = s_.paragraph[x.first_token];
        found = static_cast<int32_t>(x.entity);
        continue;
      }
      if (!org || type != EntityType::kOrganization) continue;
      if (found >= 0 && found != static_cast<int32_t>(x.entity)) return -1;
      found = static_cast<int32_t>(x.entity);
    }
    // An organization a description of this paragraph or the one before took up counts as in
    // view: "Le constructeur Stellaris a annoncé … ¶ Le groupe a précisé … ¶ Le constructeur
    // assure …" (two different ones make it a guess, as with names).
    if (org) {
      const size_t before = ReferentsBefore(sp.b);
      for (size_t k = before; k-- > 0 && before - k < kWindow;) {
        const Scratch::Referent& r = s_.referents[k];
        if (r.paragraph + 1 < para) break;
        if (r.entity < 0 || a_.entities[r.entity].type != EntityType::kOrganization) continue;
        if (found >= 0 && found != r.entity) return -1;
        found = r.entity;
      }
    }
    if (org && found >= 0 && !KindsAgree(kind, IntroducedKind(found, sp.b))) return -1;
    if (org && found >= 0 && OtherIntroducedWithNoun(n, found, sp.b)) return -1;
    if (org && found >= 0 && kind == kOrgMedia && !Medium(found, sp.b)) return -1;
    // A specific noun (le syndicat, le parti, le club) takes up an organization in view only
    // when the text introduced it as one: "hydrologue au CNRS. Selon le syndicat" is a guess.
    if (org && found >= 0 && kind >= kOrgUnion && IntroducedKind(found, sp.b) == kOrgKindUnknown)
      return -1;
    return found;
  }
  // A demonstrative before a noun no table knows ("ce chauffeur routier", "cette retraitée")
  // points back at someone just named: the last person of the paragraph who was a subject
  // or a speaker, of the determiner's gender.
  if (hc == 0 && !Cap(h) && h == sp.b + 1 && Info(sp.b) != nullptr && Info(sp.b)->demonstrative &&
      *number != kPlur && tok_[h].kind == TokenKind::kWord)
    return LastPersonReferent(sp.b, *gender);
  if (Cap(h)) {
    // A name: its mention, else unresolved (a person no lexicon knows); gender from the
    // first name.
    for (uint32_t t = h; t < sp.e && Cap(t); ++t) {
      const int32_t e = MentionEntity(t);
      if (e < 0) continue;
      // A place inside a longer name is not the speaker ("Environnement Canada").
      if (t > h && a_.entities[e].type == EntityType::kLocation) return -1;
      // The determiner was not the name's ("des Médias Nestor Dupuis").
      if (t > h) {
        *number = a_.entities[e].type == EntityType::kPerson ? static_cast<uint8_t>(kSing)
                                                             : static_cast<uint8_t>(kUnknown);
      }
      return e;
    }
    if (s_.name_gender[n] != kUnknown) *gender = s_.name_gender[n];
  }
  // A word of an entity named before: "Shaw" after "Frank Shaw", "le parquet" after "le
  // parquet fédéral de Belgique".
  if (sp.e - h <= kMaxPartialNameTokens && !(hc & (kDet | kPrep | kDe))) {
    const std::string_view key = Key(h);
    const size_t first_after = MentionsBefore(sp.b);
    // (Two entities named before with these words, "Jean Roux et son fils Marc Roux … Roux a
    // affirmé": which one is a guess.)
    int32_t named = -1;
    for (size_t m = first_after; m-- > 0 && first_after - m < kWindow;) {
      const Mention& mention = a_.mentions[m];
      if (mention.end_token > sp.b) continue;
      bool head_in = false;
      for (uint32_t t = mention.first_token; t < mention.end_token && !head_in; ++t)
        head_in = Key(t) == key && !Is(t, kDet | kDe);
      if (!head_in) continue;
      // Every other word of the phrase is in the name too: "les forces kurdes" is not the
      // "Forces démocratiques syriennes" (a word the name lacks describes something else).
      bool rest_in = true;
      for (uint32_t u = h + 1; u < sp.e && rest_in; ++u) {
        if (tok_[u].kind != TokenKind::kWord || Is(u, kDet | kDe | kDu | kDes | kPrep)) continue;
        rest_in = false;
        for (uint32_t t = mention.first_token; t < mention.end_token && !rest_in; ++t)
          rest_in = Key(t) == Key(u);
      }
      if (!rest_in) continue;
      if (named >= 0 && named != static_cast<int32_t>(mention.entity)) return -1;
      named = static_cast<int32_t>(mention.entity);
    }
    // ("Mme Morel" after "Paul Morel": someone else of that family.)
    if (named >= 0 && a_.entities[named].type == EntityType::kPerson && h == sp.b &&
        AfterOtherGenderCivility(h, EntityGender(named)))
      return -1;
    if (named >= 0) return named;
    // A name at the head of a sentence (where the lexicon does not trust capitals) that the
    // text names later.
    if (Cap(h) && sp.e - h == 1) {
      for (size_t m = first_after; m < a_.mentions.size() && m - first_after < kWindow; ++m) {
        const Mention& mention = a_.mentions[m];
        if (mention.first_token > sp.b && mention.end_token - mention.first_token == 1 &&
            Key(mention.first_token) == key)
          return static_cast<int32_t>(mention.entity);
      }
    }
  }
  return -1;
}

void Extractor::AddReferent(Span sp, int32_t entity, uint8_t gender, uint8_t number, Span role,
                            bool speaker, bool source, const Sentence* subject_of, Span subject) {
  if (sp.empty()) return;
  if (entity >= 0 && a_.entities[entity].type == EntityType::kPerson && gender == kUnknown)
    gender = EntityGender(entity);
  // A name's gender is the person's; an organization or place has none, but the noun phrase
  // that named it has one ("la ville" is taken up by elle, never by il).
  if (entity >= 0 && a_.entities[entity].type != EntityType::kPerson && !Is(sp.b, kDet))
    gender = kUnknown;
  // A document that speaks for its author ("La lettre indique …", resolved to who wrote it) is
  // taken up as that author: "Il souhaite …" after it is Twitter, not the letter.
  if (entity >= 0 && Is(sp.b, kDet) && sp.b + 1 < sp.e && Is(sp.b + 1, kInfo))
    gender = a_.entities[entity].type == EntityType::kPerson ? EntityGender(entity)
                                                             : static_cast<uint8_t>(kUnknown);
  const bool pronoun = sp.e - sp.b == 1 && Is(sp.b, kSubj | kStress) && !Is(sp.b, kDet);
  bool animate = speaker || entity >= 0 || number == kPlur || (Cap(sp.b) && !Is(sp.b, kDet));
  for (uint32_t t = sp.b; t < sp.e && t < sp.b + kAnimacyWindow && !animate; ++t)
    animate = Is(t, kRole | kOrgNoun | kPlaceNoun | kIndef) || (t > sp.b && Cap(t));
  // (Asked last: it looks for the subject's verb.)
  if (!animate && subject_of != nullptr) animate = SubjectOfReportingVerb(subject, *subject_of);
  Scratch::Referent r{
      sp.b,  s_.paragraph[sp.b], entity, gender, number, role.b, role.e, speaker, pronoun, animate,
      source};
  // Keep referents in token order.
  auto it = std::upper_bound(s_.referents.begin(), s_.referents.end(), r.token,
                             [](uint32_t t, const Scratch::Referent& x) { return t < x.token; });
  s_.referents.insert(it, r);
}

}  // namespace selon::claims
