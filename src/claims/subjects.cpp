// Noun phrases and subjects.
//
// There is no parser: speakers are found by local patterns. The inverted subject comes first
// (…, a indiqué la préfecture; dit-il), else the subject on the left of the verb group: a
// pronoun, a noun phrase walked left (LeftNP), the antecedent of a relative, the subject of a
// coordinated verb; an apposition prefers the name ("Le porte-parole de Microsoft, Frank Shaw,
// a déclaré"), the description becoming the speaker's role. Participles and coordinated verbs
// take the subject of the nearest verb on the left, else the subject of the sentence (after
// leading adverbials and quotations). NameIn then picks the name inside a descriptive phrase
// ("le météorologue Dave Phillips", "le président des États-Unis Donald Trump").
#include "claims/extractor.h"

namespace selon::claims {

// A noun phrase from `j`: up to punctuation, a verb, a relative or que, at most `max` tokens.
bool Extractor::QuantityAt(uint32_t t) const {
  return Is(t, kIndef | kIndefArticle) || (t < n_ && tok_[t].kind == TokenKind::kNumber);
}

bool Extractor::HoldsDe(Span sp) const {
  for (uint32_t k = sp.b; k < sp.e; ++k)
    if (Is(k, kDe)) return true;
  return false;
}

uint32_t Extractor::ParenthesisCloseAt(uint32_t open, uint32_t end, uint32_t max) const {
  if (open >= end || !KeyIs(open, "(")) return kNone;
  uint32_t k = open + 1;
  while (k < end && !KeyIs(k, ")") && !Final(k) && k - open < max) ++k;
  return k < end && KeyIs(k, ")") ? k : kNone;
}

Span Extractor::RightNP(uint32_t j, uint32_t end, uint32_t max) const {
  Span r{j, j};
  // The limit counts a name's words once: a long name is one unit of the phrase ("L'ancien
  // patron du Conseil national pour la défense de la démocratie (CNDD), …").
  uint32_t units = 0;
  while (r.e < end && units < max) {
    const uint32_t t = r.e;
    // (A word inside a name is no verb: "Brahim Ait Athmane", "Ait" being a form of avoir.)
    const bool in_name = r.e > j && s_.mention[t] >= 0 && s_.mention[t] == s_.mention[t - 1];
    units += in_name ? 0 : 1;
    // A parenthesis that closes the phrase stays in it, so that a comma after it ends the
    // phrase: "L'ancien patron du Conseil national (CNDD), …", "Selon l'institut (IRM), …".
    // (Not one the phrase goes on after: "plusieurs observateurs (dont X) une milice".)
    if (r.e > j) {
      if (const uint32_t k = ParenthesisCloseAt(t, end, kMaxParenthesisInNPTokens);
          k != kNone && (k + 1 >= end || Comma(k + 1) || Final(k + 1))) {
        r.e = k + 1;
        continue;
      }
    }
    // A name's own words never end the phrase: "le Rassemblement pour la République".
    if (in_name) {
      ++r.e;
      continue;
    }
    if (Punct(t) || Is(t, kRel | kQue) || (r.e > j && VerbLike(t))) break;
    // A person's name that opens the phrase ends it before a lower-case word that opens no
    // complement nor is a role in apposition ("X porte-parole du RITQ"): a verb no table knows
    // ("Marie Dupont dirige la société Acmé": the subject is Marie Dupont, not a phrase ending
    // on Acmé).
    // ... and before de and an indefinite article: a manner, no complement of the person ("a
    // déclaré Paul Morel | d'une voix tremblante").
    if (r.e > j && s_.mention[j] >= 0 && a_.mentions[s_.mention[j]].first_token == j &&
        a_.mentions[s_.mention[j]].end_token == t &&
        a_.entities[a_.mentions[s_.mention[j]].entity].type == EntityType::kPerson &&
        ((tok_[t].kind == TokenKind::kWord && !Cap(t) &&
          !Is(t,
              kDe | kDu | kDes | kPrep | kDet | kConj | kA | kAu | kStress | kRole | kOrgNoun)) ||
         MannerAt(t)))
      break;
    // (A coordinated complement of a name stays in: "le ministère de la Santé et de la
    // Prévention", "des Sports et du Tourisme".)
    // So does a coordinated "de" complement after one: "le service d'incendie et de secours",
    // "l'agence de santé et de sécurité".
    if (r.e > j && Is(t, kConj) && !Cap(t + 1) && !Is(t + 1, kDet) && !NamedComplementAt(t + 1) &&
        !(Is(t + 1, kDe) && !QuantityAt(t + 2) && HoldsDe({j, t})))
      break;
    if (r.e > j && Is(t, kPrep) && !Is(t, kDe | kAu) && !Cap(t)) break;
    // A determiner right after a name opens another phrase: "selon Deutsche Welle | une mesure
    // de rétorsion" (not a name's own article, "le journal Le Monde", nor a date, "le 4 janvier").
    if (r.e > j && s_.mention[t - 1] >= 0 && s_.mention[t] != s_.mention[t - 1] &&
        s_.mention[t] < 0 && Is(t, kDet | kIndefArticle) && !Is(t, kDe | kDu | kDes) && !Cap(t) &&
        !(Is(t, kLe) && t + 1 < n_ && tok_[t + 1].kind == TokenKind::kNumber))
      break;
    // ... and so does a time with its determiner after a common noun ("a assuré la direction |
    // ce week-end", "| la semaine dernière"; not a complement's: "le journal de la veille").
    if (r.e > j && Is(t, kDet) && !Is(t, kDe | kDu | kDes | kPoss) && !Cap(t) && !Is(t - 1, kDe) &&
        t + 1 < end && Info(t + 1) != nullptr && Info(t + 1)->time && !Cap(t + 1))
      break;
    // "au"/"aux" before a capitalized portfolio stays in ("le secrétaire d'État au Numérique");
    // before a lower-case word it opens an adjunct ("l'entraîneur X | au micro de Canal+").
    if (r.e > j && Is(t, kAu) && !Is(t, kDe) && !Cap(t + 1)) break;
    // ... and before a medium or a person it names the addressee ("a confié le technicien |
    // au Parisien"): a portfolio is no entity.
    if (r.e > j && Is(t, kAu) && !Is(t, kDe) && MentionEntity(t + 1) >= 0 &&
        a_.entities[MentionEntity(t + 1)].type != EntityType::kLocation)
      break;
    if (r.e > j && Is(t, kObjClitic) && !Is(t, kDet | kDe)) break;
    // "le ministre | finalement": an adverb in -ment ends the phrase; so does a time after its
    // noun ("a affirmé l'ONU | lundi", "la préfecture | hier"), not a date ("le 4 janvier") nor
    // a participle's ("les données publiées mercredi par X").
    if (r.e > j && EndsInMent(t) && (Is(t, kAdv) || !Known(t))) break;
    // (A word in -é after de or an article is a noun, no participle: "l'agence régionale de
    // santé | jeudi".)
    if (r.e > j + 1 && Info(t) != nullptr && Info(t)->time && !Cap(t) && !Is(t - 1, kDet | kAdv) &&
        tok_[t - 1].kind != TokenKind::kNumber &&
        !(WrittenParticiple(t - 1) && !(t >= 2 && Is(t - 2, kDe | kDu | kDes | kDet))))
      break;
    ++r.e;
  }
  return r;
}

// Words that are no noun or adjective a prepositional phrase could complete.
constexpr uint64_t kNotNounWords = kDet | kPrep | kDe | kA | kAu | kConj | kSubj | kRel | kQue |
                                   kObjClitic | kNeg | kAuxAvoir | kAuxEtre | kAdv | kInsert |
                                   kIndef | kCueForm | kInfinitive | kRelay | kInterviewed;

// The noun phrase ending at token `i` (inclusive), walking left.
Span Extractor::LeftNP(uint32_t i, uint32_t begin) const {
  Span r{i + 1, i + 1};
  // The phrase before a prepositional phrase that the walk went past (empty: none yet).
  Span before_pp{};
  while (r.b > begin) {
    const uint32_t t = r.b - 1;
    if (KeyIs(t, ")")) {
      // A parenthesis inside the phrase: "L'agence (ARS) de Bretagne".
      uint32_t k = t;
      while (k > begin && !KeyIs(k, "(") && t - k < kMaxParenthesisInNPTokens) --k;
      if (!KeyIs(k, "(") || k == begin) break;
      r.b = k;
      continue;
    }
    // A name's own words stay together, whatever they are: "Médecins sans frontières".
    if (r.b < r.e && s_.mention[t] >= 0 && s_.mention[t] == s_.mention[r.b] &&
        a_.mentions[s_.mention[t]].first_token >= begin) {
      r.b = a_.mentions[s_.mention[t]].first_token;
      continue;
    }
    if (Punct(t) || Is(t, kRel | kQue) || VerbLike(t)) break;
    // A reporting participle ends the phrase too ("a déclaré | Paul Morin", "a répondu | au
    // syndicat").
    if (Is(t, kCueForm) && (WrittenParticiple(t) || HasFormTag(t, kPastParticiple)) &&
        !AfterDeterminer(t) && !Cap(t))
      break;
    if (Is(t, kPrep) && !Is(t, kDe | kAu | kComme)) {
      // A participle on a noun, then a place or a medium, no agent: "Une étude publiée mardi
      // dans la revue X affirme …" is the study's claim, not the journal's (par X would name
      // its author, who speaks: AuthorInApposition). The subject is the noun phrase.
      if (!Is(t, kPar | kDu | kDes | kA | kDet)) {
        uint32_t p = t;
        while (p > begin + 2 && t - p < 2 && Info(p - 1) != nullptr && Info(p - 1)->time &&
               !Cap(p - 1))
          --p;  // "publiée mardi dans"
        const uint32_t noun = p - 2;
        if (p > begin + 2 && WrittenParticiple(p - 1) && !Cap(p - 1) && Is(noun - 1, kDet) &&
            !Is(noun - 1, kPrep | kDe | kDu | kDes) && tok_[noun].kind == TokenKind::kWord &&
            !Cap(noun) && !Is(noun, kNotNounWords) && !VerbLike(noun)) {
          r = {noun - 1, noun + 1};
          break;
        }
      }
      // A short phrase after a lower-case noun or adjective may complete it: "Des journalistes
      // sur place", "Un militant opposé à la réforme" (checked below: the whole must open
      // with a determiner or a name).
      // (Not an agent: "Le bilan cité | par X" is the relay's, handled by the callers.)
      // (After a person's or an organization's name too: "Un responsable de la Croix-Rouge
      // sur place".)
      const int32_t named = t > begin ? MentionEntity(t - 1) : -1;
      const bool after_name = named >= 0 && (a_.entities[named].type == EntityType::kPerson ||
                                             a_.entities[named].type == EntityType::kOrganization);
      const bool inner = before_pp.empty() && !Is(t, kPar) && r.e - r.b <= kMaxInnerPPTokens &&
                         r.b < r.e && t > begin &&
                         ((tok_[t - 1].kind == TokenKind::kWord && !Cap(t - 1) &&
                           !VerbLike(t - 1) && !Is(t - 1, kNotNounWords)) ||
                          after_name);
      if (!inner) break;
      before_pp = r;
    }
    if (Is(t, kConj) && Is(t + 1, kDet) && !Cap(t + 1) && !NamedComplementAt(t + 1)) break;
    if (r.e - t > kMaxLeftNPTokens) break;
    --r.b;
    // A determiner right after a noun starts the phrase: "dans son communiqué | le champion
    // du monde" (du, des are complements: "le président des États-Unis"; a superlative's
    // article is no determiner: "la femme la plus riche").
    if (Is(t, kDet) && !Is(t, kDes | kDu) && !Is(t + 1, kAdv) && t > begin &&
        tok_[t - 1].kind == TokenKind::kWord && !Cap(t - 1) &&
        !Is(t - 1, kDet | kPrep | kDe | kA | kAu | kConj | kSubj | kRel | kQue | kObjClitic | kNeg |
                       kAuxAvoir | kAuxEtre | kAdv | kInsert | kIndef))
      break;
  }
  // (A subordinator opening the sentence is no part of it either: "Quand | le ministre a
  // annoncé …", "Si | le maire affirme …".)
  while (r.b < r.e && (Is(r.b, kConj | kAdv) || (Is(r.b, kFrontedSubord) && r.e - r.b > 1)) &&
         !Is(r.b, kDet))
    ++r.b;
  // "au syndicat": au at the start is the preposition before the phrase.
  if (r.e - r.b > 1 && Is(r.b, kAu)) ++r.b;
  if (!before_pp.empty() &&
      (r.b >= before_pp.b || !(Is(r.b, kDet | kIndef) || Cap(r.b)) || Is(r.b, kPrep | kDe | kAu)))
    return before_pp;
  return r;
}

// The name inside a descriptive noun phrase: "le météorologue Dave Phillips" -> Dave Phillips,
// "M. Schultz" -> Schultz. A capitalized run after "de" (ministère de l'Intérieur) is no name
// of the phrase. Returns `sp` when there is nothing better.
Span Extractor::NameIn(Span sp) const {
  // A parenthesis after a person's name is no part of it: "Robert Fico (Smer-DS)".
  if (sp.e - sp.b > 3 && KeyIs(sp.e - 1, ")")) {
    uint32_t k = sp.e - 1;
    while (k > sp.b + 1 && !KeyIs(k, "(")) --k;
    const int32_t e = MentionEntity(k - 1);
    if (KeyIs(k, "(") && e >= 0 && a_.entities[e].type == EntityType::kPerson) sp.e = k;
  }
  if (sp.e - sp.b < 2) return sp;
  uint32_t e = sp.e;
  while (e > sp.b && !Cap(e - 1)) --e;
  if (e <= sp.b) return sp;
  uint32_t b = e;
  while (b > sp.b && Cap(b - 1) && !Is(b - 1, kDet)) --b;
  // (A capitalized determiner alone ends the phrase, "… la ministre Le": no name in it.)
  if (b == e) return sp;
  // A name whose last words are lower case ends with its mention: "le syndicat Force ouvrière".
  if (const int32_t m = s_.mention[e - 1]; m >= 0 && a_.mentions[m].end_token > e &&
                                           a_.mentions[m].end_token <= sp.e &&
                                           a_.mentions[m].first_token >= b)
    e = a_.mentions[m].end_token;
  // A name whose first words are lower case starts with its mention: "le comité Nobel" (the
  // phrase, not "Nobel").
  if (const int32_t m = s_.mention[b]; m >= 0 && a_.mentions[m].first_token < b &&
                                       a_.mentions[m].first_token > sp.b &&
                                       a_.mentions[m].end_token >= e)
    b = a_.mentions[m].first_token;
  // A person's name that ends the phrase is the name, what comes before it a description:
  // "le président des États-Unis Donald Trump", and "le ministre de l'Économie Bruno Le Maire",
  // whose own capitalized run starts at a determiner. Not the complement of a noun: "la fille de
  // Jean Dupont" is no Jean Dupont.
  // (Nor after a civility or title that a preposition governs: "la formation de Mme Rousseff",
  // "l'épouse de M. Schultz".)
  if (const int32_t m = s_.mention[e - 1]; m >= 0) {
    const Mention& x = a_.mentions[m];
    bool civility_complement = x.first_token > b && b > sp.b && Is(b - 1, kDe | kPrep | kAu | kA);
    for (uint32_t t = b; t < x.first_token && civility_complement; ++t)
      civility_complement = tok_[t].has(kAbbreviation) || Is(t, kRole);
    // (Nor after a lower-case role noun that a preposition governs: "un collaborateur du
    // ministre Paul Morel" is the collaborator.)
    if (x.first_token == b && b > sp.b + 1) {
      uint32_t r = b;
      while (r > sp.b + 1 && Is(r - 1, kRole) && !Cap(r - 1) && b - r < kMaxRoleWords) --r;
      if (r < b && Is(r - 1, kDe | kDu | kDes | kPrep | kAu | kA) && !Is(r - 1, kPar)) return sp;
    }
    if (x.end_token == e && x.first_token > sp.b && !civility_complement &&
        a_.entities[x.entity].type == EntityType::kPerson &&
        (x.first_token > b || !Is(x.first_token - 1, kDe | kDet | kPrep | kAu | kA)))
      return {x.first_token, e};
  }
  // (A role word that opens a name stays: "Médecins sans frontières", "Reporters sans
  // frontières".)
  const uint32_t civility = b;
  while (b < e && (tok_[b].has(kAbbreviation) || Is(b, kRole)) && b + 1 < e &&
         !(s_.mention[b] >= 0 && a_.mentions[s_.mention[b]].first_token == b &&
           a_.mentions[s_.mention[b]].end_token > b + 1))
    ++b;
  // A person's name, then a complement that is no part of it: "Laurent Berger au
  // gouvernement" (a répondu X au gouvernement).
  // So does a role in apposition without its comma: "Félix Tremblant porte-parole du
  // syndicat".
  if (b == sp.b && e < sp.e && ((Is(e, kA | kAu) && !Is(e, kDet)) || (Is(e, kRole) && !Cap(e))))
    if (const int32_t m = s_.mention[b];
        m >= 0 && a_.mentions[m].first_token == b && a_.mentions[m].end_token == e &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kPerson)
      return {b, e};
  if (b == sp.b) return sp;
  // A capitalized word before a lower-case role noun is part of the role, no name: "L'ancien
  // Premier ministre".
  if (e < sp.e && Is(e, kRole) && !Cap(e) && s_.mention[b] < 0) return sp;
  const uint32_t p = b - 1;
  // A particle between a civility or an official title and a person's surname is the name's
  // own ("M. de Villepin", "le général de Gaulle"), not a complement's de: the name. (Not
  // after a role held for someone, "le porte-parole de Morel", nor before a first name, "le
  // ministre de Paul Morel": complements.)
  if (Is(p, kDe) && p > sp.b &&
      (tok_[p - 1].has(kAbbreviation) ||
       (Is(p - 1, kRole) && !Is(p - 1, kRelational) && Info(p - 1) != nullptr &&
        Info(p - 1)->title && s_.name_gender[b] == kUnknown)))
    if (const int32_t m = s_.mention[b];
        m >= 0 && a_.mentions[m].first_token == b && a_.mentions[m].end_token == e &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kPerson)
      return {b, e};
  if (Is(p, kDe | kDet | kPrep | kAu | kA) && !tok_[p].has(kAbbreviation)) return sp;
  // A place right after a plural noun completes it, de left out ("Les autorités Kumamoto"):
  // the phrase speaks, not the place.
  if (const int32_t m = s_.mention[b];
      m >= 0 && a_.mentions[m].first_token == b &&
      a_.entities[a_.mentions[m].entity].type == EntityType::kLocation && p > sp.b &&
      Is(p - 1, kDet) && Info(p - 1) != nullptr && Info(p - 1)->number == kPlur && !Cap(p))
    return sp;
  // "l'épouse de M. Schultz": the civility's preposition makes it a complement too.
  if (civility < b && civility > sp.b && Is(civility - 1, kDe | kPrep | kAu | kA)) return sp;
  if (Punct(p)) return sp;
  // An organization in the complement of a role noun is whom the person speaks for, not the
  // speaker: "un porte-parole du collectif Acmé" (GUIDELINE decision 15); so is a single
  // unknown capitalized word there ("des chercheurs du projet Orvane": a person has two). The
  // same for any head noun whose complement has its article ("un membre du groupe Acmé
  // Sud", "le directeur de la radio X"): the head speaks; a bare "de" belongs to a cue
  // ("l'agence de presse Reuters", "le cabinet d'études Pragma").
  if (const int32_t m = s_.mention[b];
      m >= 0 ? a_.entities[a_.mentions[m].entity].type != EntityType::kPerson : e - b == 1) {
    bool role = false;
    for (uint32_t t = sp.b; t < b; ++t) {
      role = role || Is(t, kRole);
      if (role && Is(t, kDe | kDu | kDes | kAu)) return sp;
      // A name in a prepositional phrase on the head is where or with whom, not who: "une
      // étude publiée dans la revue X" (the journal printed it; par X would be its author).
      if (t > sp.b && Is(t, kPrep) && !Is(t, kPar | kDe | kDu | kDes | kAu | kA | kDet)) return sp;
      if (t > sp.b && (Is(t, kDu | kDes | kAu) || (Is(t, kDe) && Is(t + 1, kDet) && !Cap(t + 1))))
        return sp;
    }
  }
  return {b, e};
}

// "NP, Name," or "NP, Name." : the name in apposition after a description.
Span Extractor::Apposed(Span np, uint32_t end, uint32_t* after) const {
  *after = np.e;
  // "Le président américain, Donald Trump," (a capital det at the head of a sentence), not
  // "…, La Tribune, …" (a det inside a name).
  // (Asked only for a capitalized determiner: ReadFrom searches the sentences.)
  auto head = [&] {
    return np.b == 0 || Final(np.b - 1) || tok_[np.b].has(kNewlineBefore) || ReadFrom(np.b);
  };
  // A complement with au or aux ends the description before the comma: "le porte-parole du
  // Haut-Commissariat aux réfugiés, Mathieu Dubreuil" (noun phrases stop at au/aux, which may
  // open an addressee).
  uint32_t comma = np.e;
  if (comma < end && Is(comma, kAu)) {
    uint32_t k = comma + 1;
    while (k < end && k - comma <= kMaxShortNPTokens && !Punct(k) && !VerbLike(k) &&
           s_.quote[k] < 0)
      ++k;
    if (k + 1 < end && Comma(k) && Cap(k + 1)) comma = k;
  }
  if (!Comma(comma) || !Is(np.b, kDet) || (Cap(np.b) && !head())) return np;
  // The name may come with a role of its own: "la coordinatrice de l'étude, la pédiatre Claire
  // Fontanel" (a determiner, lower-case words with a role noun, then a person's name).
  uint32_t first = comma + 1;
  // An organization's name after its description, with its article: "selon le principal
  // syndicat agricole, la FNSEA, …" (not after a person's description).
  if (Is(first, kDet) && !Is(first, kDe | kDu | kDes | kPrep | kPoss) && first + 1 < end) {
    const int32_t m = s_.mention[first + 1];
    if (m >= 0 && a_.mentions[m].first_token == first + 1 &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kOrganization && !PersonHead(np)) {
      const uint32_t e = a_.mentions[m].end_token;
      if (e >= end || Comma(e) || Final(e)) {
        *after = e;
        return {first + 1, e};
      }
    }
  }
  if (Is(first, kDet) && !Is(first, kDe | kDu | kDes | kPrep)) {
    // Only role words between them, a nationality noun among them ("…, la Française Claire
    // Fontanel", "…, l'ancien ministre Paul Morel"), or an adjective of rank or time before.
    uint32_t j = first + 1;
    bool role = false;
    // (A noun no table knows counts as a role before a person's name: "…, le glaciologue
    // Matthias Huss", "…, la volcanologue Ana Ruiz".)
    for (; j < end && j - first <= kMaxApposedRoleTokens && (!Cap(j) || Is(j, kDemonym)); ++j) {
      const WordInfo* w = Info(j);
      if (Is(j, kRole | kDemonym) || (w == nullptr && tok_[j].kind == TokenKind::kWord))
        role = true;
      else if (w == nullptr || !(w->former || w->rank || w->prenominal))
        return np;
    }
    const int32_t e = MentionEntity(j);
    if (!role || e < 0 || a_.entities[e].type != EntityType::kPerson) return np;
    first = j;
  }
  if (!Cap(first)) return np;
  uint32_t k = first;
  while (k < end && Cap(k) && k - first < kMaxApposedNameTokens) ++k;
  // A name no list holds may join capitalized words with de, maybe and an article
  // ("l'exploitant, Électricité de l'Ouest, …"); a person's name stops before it ("Paul Morel
  // de Lyon" is Paul Morel, from Lyon).
  if (const int32_t e = MentionEntity(first); e < 0 || a_.entities[e].type != EntityType::kPerson) {
    while (k + 1 < end && k - first < kMaxApposedNameTokens && Is(k, kDe | kDu | kDes)) {
      uint32_t j = k + 1;
      if (Is(k, kDe) && Is(j, kDet) && !Is(j, kPoss | kIndef | kIndefArticle)) ++j;
      if (j >= end || !Cap(j)) break;
      k = j;
      while (k < end && Cap(k) && k - first < kMaxApposedNameTokens) ++k;
    }
  }
  // A name with lower-case particles ("Luca de Meo") is its mention.
  if (const int32_t m = s_.mention[first];
      m >= 0 && a_.mentions[m].first_token == first && a_.mentions[m].end_token > k &&
      a_.mentions[m].end_token - first <= kMaxApposedNameTokens)
    k = a_.mentions[m].end_token;
  // Two people named after a plural description: "les porte-parole du collectif, Paul Morel et
  // Julie Caron, …" (the caller splits the coordinated sources).
  auto person_at = [&](uint32_t t) {
    const int32_t m = t < end ? s_.mention[t] : -1;
    return m >= 0 && a_.mentions[m].first_token == t &&
                   a_.entities[a_.mentions[m].entity].type == EntityType::kPerson
               ? a_.mentions[m].end_token
               : 0;
  };
  if (person_at(first) == k && Is(k, kEt) && !Is(np.b, kIndef) && Info(np.b) != nullptr &&
      Info(np.b)->number == kPlur)
    if (const uint32_t second = person_at(k + 1); second != 0) k = second;
  // A party or an age in parentheses after the name stays outside it: "le député de la Somme,
  // François Rufin (LFI), …".
  uint32_t tail = k;
  if (const uint32_t close = ParenthesisCloseAt(tail, end, kMaxParenthesisTokens); close != kNone)
    tail = close + 1;
  // (The medium the person spoke to stays in the source phrase: "selon son avocat, Me X à
  // l'AFP, …".)
  if (const Span to = MediumAt(tail, end); !to.empty()) tail = to.e;
  if (tail < end && !Comma(tail) && !Final(tail)) return np;
  *after = tail;
  return {first, k};
}

Span Extractor::MediumAt(uint32_t k, uint32_t end) const {
  if (k >= end) return {};
  // "au micro de X", "sur le plateau de X", "dans les colonnes du X": a noun of address and
  // de, then the medium (words.tsv class address); else à (and its article) or au.
  uint32_t b = AddressNounPhraseEnd(k, end);
  const bool noun = b != 0;
  // "sur France Inter", "sur TF1": sur before an outlet the text or a lexicon calls one (not
  // "sur Twitter", a platform, nor "sur Renault").
  const bool on_air = !noun && Is(k, kSur);
  if (!noun) {
    if (!Is(k, kA | kAu | kSur)) return {};
    b = k + 1;
    if (Is(k, kA) && b < end && Is(b, kDet) && !Is(b, kPrep | kDe | kDu | kDes | kPoss)) ++b;
  }
  // "au quotidien Marca", "à la radio Varnel FM": a medium noun names the outlet after it,
  // whatever a place list makes of the name.
  if (!noun && !on_air && b + 1 < end && Is(b, kOrgNoun) && !Cap(b) &&
      Info(b)->org_kind == kOrgMedia) {
    const int32_t named = s_.mention[b + 1];
    if (named >= 0 && a_.mentions[named].first_token == b + 1) {
      const uint32_t e = a_.mentions[named].end_token;
      if (e < end && !Comma(e) && !Final(e)) return {};
      return {b + 1, e};
    }
  }
  const int32_t m = b < end ? s_.mention[b] : -1;
  if (m < 0 || a_.mentions[m].first_token != b ||
      a_.entities[a_.mentions[m].entity].type != EntityType::kOrganization)
    return {};
  if (on_air && !Medium(static_cast<int32_t>(a_.mentions[m].entity), k)) return {};
  const uint32_t e = a_.mentions[m].end_token;
  if (e < end && !Comma(e) && !Final(e)) return {};
  return {noun || Is(k, kAu) || on_air ? b : k + 1, e};
}

Span Extractor::InterviewMediumIn(const Sentence& s, Span content) const {
  for (uint32_t t = s.first_token; t + 3 < s.end_token; ++t) {
    if ((t >= content.b && t < content.e) || s_.quote[t] >= 0) continue;
    if (!Is(t, kPrep) || Is(t, kDe | kDu | kDes)) continue;
    const uint32_t b = AddressNounPhraseEnd(t, s.end_token);
    if (b == 0 || (b >= content.b && b < content.e)) continue;
    const int32_t m = s_.mention[b];
    if (m >= 0 && a_.mentions[m].first_token == b &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kOrganization)
      return {b, a_.mentions[m].end_token};
  }
  return {};
}

uint32_t Extractor::AddressNounPhraseEnd(uint32_t k, uint32_t end) const {
  // au | à la | à l' | sur|dans + a determiner, then the noun of address.
  uint32_t n = k + 1;
  if (Is(k, kAu) && !Is(k, kDe)) {
  } else if ((Is(k, kA) || (Is(k, kPrep) && !Is(k, kDe | kDu | kDes | kPar))) && n < end &&
             Is(n, kDet) && !Is(n, kPrep | kDe | kDu | kDes | kPoss)) {
    ++n;
  } else {
    return 0;
  }
  if (n + 2 >= end || Info(n) == nullptr || !Info(n)->address || Cap(n)) return 0;
  // "dans un entretien (accordé) au Parisien": an interview noun, maybe its participle, then
  // à/au and the one it was given to.
  {
    uint32_t a = n + 1;
    if (WrittenParticiple(a) && a + 1 < end) ++a;
    if (Is(a, kAu) && !Is(a, kDe) && a + 1 < end) return a + 1;
    if (Is(a, kA) && !Is(a, kDet) && a + 1 < end)
      return Is(a + 1, kDet) && !Is(a + 1, kDe | kPoss) && a + 2 < end ? a + 2 : a + 1;
  }
  if (!Is(n + 1, kDe | kDu | kDes)) return 0;
  uint32_t b = n + 2;
  if (Is(n + 1, kDe) && !Is(n + 1, kDu | kDes) && Is(b, kDet) && !Is(b, kPoss) && b + 1 < end) ++b;
  return b;
}

Span Extractor::ApposedAfterDescriptions(Span np, uint32_t end, uint32_t* after) const {
  uint32_t b = np.e + 1;
  for (uint32_t round = 0; round < kMaxApposedSegments && b < end; ++round) {
    // The segment [b, e): up to the next comma, a description then maybe a person's name.
    uint32_t e = b;
    while (e < end && !Comma(e) && !Final(e) && e - b <= kMaxApposedDescriptionTokens) {
      if (VerbLike(e) || s_.quote[e] >= 0 || Is(e, kRel | kQue | kSe | kSubj) ||
          (Is(e, kObjClitic) && !Is(e, kDet)))
        return np;
      ++e;
    }
    if (e >= end || e == b || e - b > kMaxApposedDescriptionTokens) return np;
    if (const int32_t m = s_.mention[e - 1];
        m >= 0 && a_.mentions[m].end_token == e && a_.mentions[m].first_token >= b &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kPerson) {
      const uint32_t first = a_.mentions[m].first_token;
      // What stands before the name describes it: a determiner, a nationality or a role, no
      // complement ("la fille de | Paul Garnier" is not Paul Garnier).
      // (A civility or title between them too: "la formation de | Mme Rousseff".)
      uint32_t k = first;
      while (k > b && first - k < kMaxCivilityTokens && Cap(k - 1)) --k;
      if ((first > b && Is(first - 1, kDe | kDu | kDes | kA | kAu | kPrep)) ||
          (k > b && k < first && Is(k - 1, kDe | kDu | kDes | kA | kAu | kPrep)))
        return np;
      // And the verb follows: the name is the sentence's subject.
      if (!Comma(e) || e + 1 >= end || !(VerbLike(e + 1) || Is(e + 1, kNeg | kSe))) return np;
      *after = e;
      return {first, e};
    }
    if (!Comma(e)) return np;
    b = e + 1;
  }
  return np;
}

uint32_t Extractor::NameBetweenCommasAt(uint32_t k, uint32_t end) const {
  if (k >= end || !Cap(k)) return 0;
  uint32_t e = k;
  while (e < end && Cap(e) && e - k < kMaxApposedNameTokens) ++e;
  if (const int32_t m = s_.mention[k]; m >= 0 && a_.mentions[m].first_token == k &&
                                       a_.mentions[m].end_token > e &&
                                       a_.mentions[m].end_token - k <= kMaxApposedNameTokens)
    e = a_.mentions[m].end_token;
  return e < end && Comma(e) ? e : 0;
}

uint32_t Extractor::SubjectAfterCommaInsert(uint32_t comma, uint32_t end, uint32_t max) const {
  uint32_t k = comma + 2;
  while (k < end && k - comma <= max && !Punct(k) && !VerbLike(k) && QuoteOpenAt(k) < 0 &&
         !Is(k, kQue | kRel))
    ++k;
  if (k + 1 < end && Comma(k) && (Is(k + 1, kDet | kRole) || Cap(k + 1)) &&
      !Is(k + 1, kDe | kDu | kDes))
    return k + 1;
  return comma;
}

// The subject after an inverted verb: "…, a annoncé aujourd'hui le parquet", "… le 26 mars
// les Nations unies".
Span Extractor::InvertedSubject(uint32_t j, uint32_t end, bool possessive) const {
  for (int round = 0; round < kMaxInvertedSkips; ++round) {
    while (j < end && Is(j, kAdv) && !Is(j, kDet | kDe | kA | kSubj) &&
           !(Is(j, kPrep) && Is(j + 1, kDe | kDu | kDes | kA | kAu)))
      ++j;
    if (j + 2 < end && Is(j, kLe) && tok_[j + 1].kind == TokenKind::kNumber) j += 3;
    // An adverbial "de" phrase: "prévient d'emblée X", "note d'ailleurs X", "répète de
    // nouveau X" (not an indefinite: "ont déclaré d'autres élus").
    if (j + 1 < end && Is(j, kDe) && !Is(j, kDu | kDes | kDet) && Is(j + 1, kAdvPhrase) &&
        !Is(j + 1, kDet | kIndef) && !Cap(j + 1))
      j += 2;
    // A time phrase: "martèle depuis lundi le ministre", "a répété dès mardi la maire".
    if (Is(j, kPrep) && !Is(j, kDe | kA | kAu | kDet) && Is(j + 1, kAdv) &&
        !Is(j + 1, kDet | kDe | kA | kSubj))
      j += 2;
    // ... or a year: "affirmait déjà en 2019 le ministre".
    else if (j + 2 < end && Is(j, kEn) && tok_[j + 1].kind == TokenKind::kNumber && !Punct(j + 2))
      j += 2;
    // An inserted phrase before the subject: "a salué pour sa part le ministre", "a ajouté de
    // son côté la maire".
    j = InsertPhraseEnd(j, end);
    // A "from … to …" phrase: "a répondu du tac au tac la maire", "a répété de bout en bout".
    if (j + 3 < end && Is(j, kDu | kDe) && !Is(j, kDes) && tok_[j + 1].kind == TokenKind::kWord &&
        !Cap(j + 1) && Is(j + 2, kAu | kEn) && tok_[j + 3].kind == TokenKind::kWord &&
        !Cap(j + 3) && !Is(j + 3, kDet))
      j += 4;
    // Times between commas: "a assuré, mardi, le ministre".
    if (Comma(j) && Is(j + 1, kAdv) && !Is(j + 1, kDet | kDe | kA | kSubj) && Comma(j + 2)) j += 3;
    // A manner between commas, an adjective or a participle of the speaker: "lance, amer, le
    // syndicaliste", "répond, agacée, la ministre", "tranche, sûr de lui, le maire".
    // (A reporting verb's participle that is no finite form is one too: "explique, ému, le
    // maire".)
    if (Comma(j) && j + 1 < end && tok_[j + 1].kind == TokenKind::kWord && !Cap(j + 1) &&
        !Is(j + 1, kDet | kDe | kA | kAu | kPrep | kSubj | kQue | kRel | kConj) &&
        !(Is(j + 1, kCueForm) && !WrittenParticiple(j + 1) &&
          !(HasFormTag(j + 1, kPastParticiple) && !HasFormTag(j + 1, kFinite))) &&
        !VerbLike(j + 1))
      j = SubjectAfterCommaInsert(j, end, kMaxInsertTokens);
    // A gerund of manner: "dit en souriant le maire", "lance en riant X".
    if (j + 2 < end && Is(j, kEn) && !Is(j, kDet) && GerundOfManner(j + 1)) j += 2;
    // An addressee, a place or a medium between commas: "a confié, à Reuters, le directeur",
    // "a déclaré, devant la presse, le ministre".
    if (Comma(j) && j + 2 < end && (Is(j + 1, kA | kAu | kPrep) || AddressPrepAt(j + 1)) &&
        !Is(j + 1, kDet | kDe | kInfIntro))
      j = SubjectAfterCommaInsert(j, end, kMaxInsertBeforeQue);
    // The addressee before the subject: "a déclaré à l'AFP le ministre", "a indiqué aux
    // journalistes une source proche du dossier": à/au/aux, a determiner, a name or a noun.
    // ("auprès de l'AFP", "auprès des journalistes": the same, after a compound preposition.)
    const bool address = j + 1 < end && AddressPrepAt(j);
    if ((Is(j, kA | kAu) && !Is(j, kDet)) || address) {
      uint32_t a = address ? j + 2 : j + 1;
      if (address && Is(j + 1, kDe) && !Is(j + 1, kDu | kDes) && Is(a, kDet)) ++a;
      if (!address && Is(a, kDet) && !Is(a, kDe)) ++a;
      uint32_t e = a;
      if (Cap(e)) {
        // (A name may hold a particle before a capitalized word: "au Journal du Soir".)
        while (e < end && e - a < kMaxInsertTokens &&
               (Cap(e) || (e > a && Is(e, kDe | kDu | kDes) && Cap(e + 1))))
          ++e;
        e = MentionBound(a, e);
      } else if (e < end && tok_[e].kind == TokenKind::kWord &&
                 !Is(e, kDet | kPrep | kDe | kA | kAu | kConj | kRel | kQue | kSubj | kAdv |
                            kCueForm | kInfinitive)) {
        ++e;
        // A role or organization noun keeps the name after it: "à la ministre Agnès Dupont",
        // "au journal Le Monde" (the subject comes after).
        if (Is(e - 1, kRole | kOrgNoun) && Cap(e)) {
          const uint32_t name = e;
          while (e < end && Cap(e) && e - name < kMaxInsertTokens) ++e;
          e = MentionBound(name, e);
        }
        // ... and the noun's complement: "à nos confrères du Parisien le maire", "aux
        // journalistes de la chaîne le ministre" (an adjective may follow either).
        e = PostnominalWordEnd(AdjunctComplementEnd(PostnominalWordEnd(e, end, true), end), end);
      }
      if (e > a && e < end && (Is(e, kDet | kRole) || Cap(e)) && !Is(e, kDe | kDu | kDes) &&
          (!Is(e, kPoss) || possessive || Is(e + 1, kRole | kPeople)))
        j = e;
    }
    // A place or medium before the subject: "a réagi sur Twitter la députée", "a déclaré
    // devant la presse le ministre" (a preposition, maybe a determiner, a name or one noun).
    // (Not pour, avant, afin: "annonce pour le tenant du titre une course disputée".)
    // A compound preposition ("lors de", "face aux", "en marge du") and a noun's complement
    // ("dans les colonnes du Figaro", "sur le plateau de TF1") belong to the phrase; a name
    // may end with a number ("sur Europe 1").
    if (Is(j, kPrep) && !Is(j, kDe | kDet | kA | kAu | kInfIntro)) {
      uint32_t a = j + 1;
      if (Is(a, kDe | kDu | kDes | kA | kAu)) ++a;
      if (Is(a, kDet) && !Is(a, kDe | kPoss)) ++a;
      uint32_t e = a;
      if (Cap(e)) {
        // (A name may hold a particle before a capitalized word: "au Journal du Soir".)
        while (e < end && e - a < kMaxInsertTokens &&
               (Cap(e) || (e > a && Is(e, kDe | kDu | kDes) && Cap(e + 1)) ||
                (e > a && Cap(e - 1) && tok_[e].kind == TokenKind::kNumber)))
          ++e;
        e = MentionBound(a, e);
      } else if (e < end && tok_[e].kind == TokenKind::kWord &&
                 !Is(e, kDet | kPrep | kDe | kA | kAu | kConj | kRel | kQue | kSubj | kAdv) &&
                 // (After its article a verb form is a noun: "dans un communiqué".)
                 (!Is(e, kCueForm | kInfinitive) || (e > a - 1 && Is(e - 1, kDet)))) {
        ++e;
        e = PostnominalWordEnd(AdjunctComplementEnd(PostnominalWordEnd(e, end, true), end), end);
      }
      if (e > a && e < end && (Is(e, kDet | kRole) || Cap(e)) && !Is(e, kDe | kDu | kDes) &&
          (!Is(e, kPoss) || possessive || Is(e + 1, kRole | kPeople)))
        j = e;
    }
  }
  // A possessive phrase is a subject after a quotation ("« … », a dit son avocat"), or when its
  // noun is a role or a circle of people ("…, a indiqué son avocat", "…, a annoncé son
  // entourage": words.tsv class people); otherwise the verb's object ("a indiqué son
  // intention", "a annoncé son forfait").
  // A title in quotation marks ending the sentence: "« … », écrit « Le Figaro »." (the
  // newspaper).
  if (const int32_t q = QuoteOpenAt(j); q >= 0 && possessive && ShortCapitalizedQuote(j)) {
    const uint32_t after = s_.quotes[q].close + 1;
    if (after >= end || Final(after) || Comma(after)) return {j, after};
  }
  const bool possessive_ok = possessive || (Is(j, kPoss) && Is(j + 1, kRole | kPeople));
  // "d'autres élus", "d'anciens ministres": de before an indefinite opens the subject.
  // (Or before a prenominal adjective: "de nombreux élus".)
  const WordInfo* after_de = j + 1 < end ? Info(j + 1) : nullptr;
  const bool indefinite = j + 1 < end && Is(j, kDe) && !Is(j, kDu | kDes) &&
                          (Is(j + 1, kIndef) || (after_de != nullptr && after_de->prenominal));
  // (Nor does a subject open with du: "a répondu du tac au tac la maire".)
  // (A demonstrative pronoun of the latter too: "« … », a déclaré celui-ci".)
  if (j >= end || !(Is(j, kDet | kRole | kLatter) || Cap(j) || indefinite) ||
      (Is(j, kPoss) && !possessive_ok) || Is(j, kDu))
    return {j, j};
  Span r = RightNP(j, end, kMaxSubjectTokens);
  // "a raconté un habitant interrogé | par l'AFP", "une habitante jointe | par téléphone", "un
  // proche cité | par Le Monde": the participle that an agent or a medium completes is the
  // relay's or the interview's, no part of the speaker (TailOk lets its phrase end the clause).
  // (So does any participle after its noun before a prepositional phrase: "précise le
  // communiqué transmis | à l'AFP".)
  if (r.e - r.b > 1 && r.e < end &&
      ((Is(r.e - 1, kRelay | kInterviewed) && !Cap(r.e - 1)) || ParticipleAfterNoun(r.e - 1)) &&
      Is(r.e, kPrep))
    --r.e;
  return r;
}

uint32_t Extractor::AdjunctComplementEnd(uint32_t e, uint32_t end) const {
  // (Or its addressee: "dans un entretien au Parisien", "dans une lettre aux salariés".)
  // (kA is "à" only: ClassesOf tells it from the verb "a".)
  if (!Is(e, kDe | kDu | kDes | kA | kAu)) return e;
  uint32_t c = e + 1;
  if (Is(c, kDet) && !Is(c, kDe | kDu | kDes)) ++c;
  const uint32_t name = c;
  if (Cap(c)) {
    while (c < end && (Cap(c) || (c > name && tok_[c].kind == TokenKind::kNumber)) &&
           c - name < kMaxInsertTokens)
      ++c;
    c = MentionBound(name, c);
  } else if (c < end && tok_[c].kind == TokenKind::kWord &&
             !Is(c, kDet | kPrep | kDe | kA | kAu | kConj | kRel | kQue | kSubj | kAdv | kCueForm |
                        kInfinitive | kRole)) {
    ++c;
  }
  return c > name ? c : e;
}

uint32_t Extractor::PostnominalWordEnd(uint32_t e, uint32_t end, bool complement) const {
  if (e + 1 >= end || tok_[e].kind != TokenKind::kWord || Cap(e) || VerbLike(e) ||
      Is(e, kDet | kPrep | kDe | kA | kAu | kConj | kRel | kQue | kSubj | kNeg | kCueForm |
                kInfinitive | kRole | kObjClitic))
    return e;
  const bool subject_next = (Is(e + 1, kDet | kRole) || Cap(e + 1)) && !Is(e + 1, kDe | kDu | kDes);
  const bool complement_next = complement && Is(e + 1, kDe | kDu | kDes | kA | kAu) &&
                               !Is(e + 1, kDet) && e + 2 < end && !VerbLike(e + 2);
  return subject_next || complement_next ? e + 1 : e;
}

uint32_t Extractor::MentionBound(uint32_t a, uint32_t e) const {
  const int32_t m = s_.mention[a];
  if (m < 0 || a_.mentions[m].first_token != a) return e;
  return std::min<uint32_t>(e, a_.mentions[m].end_token);
}

// After an inverted subject: the sentence ends, maybe after a prepositional phrase or a
// relative clause (… a déclaré X dans un communiqué. / … X qui craint …).
bool Extractor::MannerAt(uint32_t k) const {
  return Is(k, kDe) && !Is(k, kDu | kDes) && Is(k + 1, kIndefArticle) && !Is(k + 1, kDes) &&
         k + 2 < n_ && tok_[k + 2].kind == TokenKind::kWord && !Cap(k + 2) &&
         MentionEntity(k + 2) < 0;
}

bool Extractor::TailOk(uint32_t k, uint32_t end) const {
  while (k < end && ((Is(k, kAdv) && !Is(k, kDet | kDe | kA | kPrep | kSubj)) || MentAdverb(k)))
    ++k;
  // A time after a determiner: "a prévenu Paul Morel la veille", "… ce week-end", "… la semaine
  // dernière" (an adjective may follow the noun).
  if (k + 1 < end && Is(k, kDet) && !Is(k, kPoss) && Info(k + 1) != nullptr && Info(k + 1)->time) {
    k += 2;
    if (k < end && tok_[k].kind == TokenKind::kWord && !Cap(k) && !VerbLike(k) &&
        !Is(k, kDet | kDe | kA | kPrep | kConj | kRel | kQue))
      ++k;
  }
  if (k >= end || Final(k) || Comma(k) || KeyIs(k, ")") || Is(k, kRel)) return true;
  // A parenthesis after the subject (its acronym), then maybe the rest of its name: "a annoncé
  // l'Agence régionale de santé (ARS) de Bretagne."
  if (const uint32_t close = ParenthesisCloseAt(k, end, kMaxParenthesisTokens); close != kNone) {
    k = close + 1;
    // (A time may follow it: "a annoncé l'agence régionale de santé (ARS) jeudi.")
    while (k < end && ((Is(k, kAdv) && !Is(k, kDet | kDe | kA | kPrep | kSubj)) || MentAdverb(k)))
      ++k;
    if (k >= end || Final(k) || Comma(k)) return true;
    // (The rest of its name after de, or a prepositional phrase: "a annoncé l'Organisation
    // météorologique mondiale (OMM) dans son rapport".)
    if (!Is(k, kDe | kPrep | kA | kAu) && !AddressPrepAt(k)) return false;
  } else {
    // (A relaying or interview participle before its phrase: "… cité | par Le Monde".)
    if (((Is(k, kRelay | kInterviewed) && !Cap(k)) || ParticipleAfterNoun(k)) && Is(k + 1, kPrep))
      ++k;
    // ("auprès de", a compound preposition of address, opens one: "… auprès de l'AFP".)
    if (!MannerAt(k) && !AddressPrepAt(k) && (!Is(k, kPrep) || Is(k, kDe))) return false;
  }
  // A prepositional phrase (or the name's complement after its parenthesis) ends the clause.
  // (A title in quotation marks inside it is a name: "au journal « Le Progrès »", "dans
  // l'émission « Quotidien »".)
  while (k < end && !VerbLike(k)) {
    if (const int32_t q = QuoteOpenAt(k); q >= 0 && ShortCapitalizedQuote(k)) {
      k = s_.quotes[q].close + 1;
      continue;
    }
    if (Punct(k)) break;
    ++k;
  }
  return k >= end || Final(k) || Comma(k);
}

// The subject of a sentence: after leading adverbials ("Dans un entretien, …"), a pronoun or
// the first noun phrase.
Span Extractor::SentenceSubject(const Sentence& s) const {
  uint32_t i = s.first_token;
  for (;;) {
    while (i < s.end_token && (Punct(i) || (Is(i, kAdv | kConj | kQue) && !Is(i, kDet | kSubj))) &&
           QuoteOpenAt(i) < 0)
      ++i;
    // A quotation at the head of the sentence is no subject: « … », a-t-il dit.
    if (const int32_t q = QuoteOpenAt(i); q >= 0) {
      i = s_.quotes[q].close + 1;
      continue;
    }
    break;
  }
  // Nor is the place of a dateline: "PARIS (AFP) - Le ministre …".
  i = DatelineEnd(i, s.end_token);
  for (int round = 0; round < kMaxLeadingAdverbials && i < s.end_token; ++round) {
    // (A pronominal participle too: "Se disant « confiant », le conseil …". And a complement
    // between commas, "Pour l'analyste Paul Roux, du cabinet Oddo, le prix …": du or de opens
    // no subject before a comma; des may, "Selon la police, des manifestants, armés, ont …".)
    if (!(Is(i, kPrep | kAdv | kMarker | kDu) || (Is(i, kDe) && !Is(i, kDes)) ||
          (Is(i, kCueForm) && !Is(i, kDet)) || (Is(i, kSe) && Is(i + 1, kCueForm)) ||
          (Info(i) != nullptr && Info(i)->fronting)))
      break;
    uint32_t k = i;
    bool verb = false;
    // (An infinitive is no verb of the sentence: "Après avoir quitté la banque, Paul Lenoir …".)
    for (; k < s.end_token && k - i < kMaxAdverbialTokens && !Comma(k); ++k)
      verb = verb || (VerbLike(k) && !InfinitiveAt(k));
    if (k >= s.end_token || !Comma(k) || verb) break;
    i = k + 1;
  }
  // A date without its comma: "Le 13 octobre la SDJ fait paraître …".
  if (const uint32_t d = DateEnd(i, s.end_token); d > i && !Cap(i + 2) && Is(d, kDet)) i = d;
  if (i >= s.end_token) return {};
  // A fronted subordinate clause, verbs and quotations included, up to its comma: "S'il ne
  // « renie rien », il …", "Quand elle est arrivée, la ministre …".
  if (Is(i, kFrontedSubord) && (!Is(i, kSe | kSi) || Is(i + 1, kSubj))) {
    for (uint32_t k = i + 1; k < s.end_token && k - i < kMaxFrontedPhraseTokens; ++k) {
      if (const int32_t q = QuoteOpenAt(k); q >= 0) {
        k = s_.quotes[q].close;
        continue;
      }
      if (Comma(k)) {
        i = k + 1;
        break;
      }
    }
  }
  // A fronted phrase before the subject pronoun: "Ému, il …", "Originaire de Lyon, elle …".
  // Its verbs may sit in a relative clause: "Malgré les attaques qu'il a subies, il …", or in a
  // parenthesis: "Révolté par leur sort (il le disait souvent), il …".
  // (A person's name opening the sentence is its subject, whatever verb follows that no table
  // knows: "Paul Morel sait que le sujet est délicat, il …".)
  if (!Is(i, kSubj | kDet) &&
      !(MentionEntity(i) >= 0 && a_.entities[MentionEntity(i)].type == EntityType::kPerson)) {
    bool relative = false;
    for (uint32_t k = i; k < s.end_token && k - i < kMaxFrontedPhraseTokens &&
                         (relative || !VerbLike(k)) && s_.quote[k] < 0;
         ++k) {
      if (KeyIs(k, "(") && k > i) {
        uint32_t close = k + 1;
        while (close < s.end_token && close - k < kMaxParenthesisTokens && !KeyIs(close, ")"))
          ++close;
        if (KeyIs(close, ")")) {
          k = close;
          continue;
        }
      }
      relative = relative || (k > i && Is(k, kRel | kQue));
      if (Comma(k) && Is(k + 1, kSubj) && !Is(k + 1, kDet) && !tok_[k + 1].has(kClitic))
        return {k + 1, k + 2};
      // ... or before a person's name and its verb: "Auteur du but, Paul Morel a dédié …",
      // "Ancien ministre, Paul Morel a quitté …" (a noun with no determiner, in apposition).
      if (Comma(k) && !relative && MentionEntity(k + 1) >= 0 &&
          a_.entities[MentionEntity(k + 1)].type == EntityType::kPerson &&
          a_.mentions[s_.mention[k + 1]].first_token == k + 1) {
        const uint32_t e = a_.mentions[s_.mention[k + 1]].end_token;
        if (e < s.end_token && (VerbLike(e) || (Is(e, kNeg | kSe | kObjClitic) && !Is(e, kDet))))
          return {k + 1, e};
      }
    }
  }
  if (Is(i, kSubj | kStress) && !Is(i, kDet)) return {i, i + 1};
  // So is a demonstrative pronoun of the latter, whatever verb no table knows follows it
  // ("Celles-ci finissent dans l'océan, selon elle": celles-ci, feminine plural, is no elle).
  if (Is(i, kLatter) && !Is(i, kDet) && tok_[i].kind == TokenKind::kWord && i + 1 < s.end_token &&
      !Is(i + 1, kDet) && !Punct(i + 1))
    return {i, i + 1};
  // A cleft: "C'est Paul Lenoir qui a remporté l'élection" is about Paul Lenoir, the phrase
  // between the verb être and qui (not "C'est à Lyon que …", "c'est une victoire").
  if (Is(i, kNoSpeaker) && KeyIs(i, "c'") && Is(i + 1, kAuxEtre)) {
    const Span focus = RightNP(i + 2, s.end_token, kMaxSubjectTokens);
    // (An apposition may stand before qui: "C'est Paul Lenoir, maire de Brest, qui …".)
    uint32_t qui = focus.e;
    if (Comma(qui)) {
      uint32_t k = qui + 1;
      while (k < s.end_token && k - qui < kMaxAffiliationTokens && !Comma(k) && !Punct(k) &&
             !VerbLike(k) && s_.quote[k] < 0)
        ++k;
      qui = k < s.end_token && Comma(k) ? k + 1 : s.end_token;
    }
    if (!focus.empty() && qui < s.end_token && KeyIs(qui, "qui") &&
        (Cap(focus.b) || Is(focus.b, kDet)) && !Is(focus.b, kPrep | kDe | kA | kAu))
      return focus;
  }
  Span r = RightNP(i, s.end_token, kMaxSubjectTokens);
  // A long first description whose complement the phrase walk stopped in ("L'ancien patron du
  // Conseil national pour la défense de la démocratie (CNDD), actuel président de l'Assemblée,
  // Paul Garnier, a …"): up to its comma, when nothing there can open a clause, the name after
  // the descriptions is the subject all the same.
  if (!Comma(r.e) && Is(r.b, kDet) && !r.empty()) {
    uint32_t c = r.e;
    while (c < s.end_token && c - r.e < kMaxDescriptionTailTokens && !Comma(c) && !Final(c) &&
           !VerbLike(c) && s_.quote[c] < 0 && !Is(c, kRel | kQue | kSe | kSubj)) {
      // (An acronym in parenthesis: "(CNDD-FDD)".)
      if (KeyIs(c, "(") && c + 2 < s.end_token && KeyIs(c + 2, ")")) c += 2;
      ++c;
    }
    uint32_t tail;
    if (c < s.end_token && Comma(c))
      if (const Span name = ApposedAfterDescriptions({r.b, c}, s.end_token, &tail); name.b != r.b)
        return name;
  }
  // "Le président américain, Donald Trump, a …": the name; "La spécialiste, l'Allemande Claire
  // Vasseur, avait …": the name after descriptions.
  uint32_t tail;
  const Span name = Apposed(r, s.end_token, &tail);
  if (name.b != r.b || name.e != r.e || !Comma(r.e) || !Is(r.b, kDet)) return name;
  return ApposedAfterDescriptions(r, s.end_token, &tail);
}

// Whether a sentence subject can be referred back to: not inside a quotation, not a first or
// second person (je, on, nous), not an impersonal il (il y a, il faut, il s'agit).
bool Extractor::Referential(Span subj) const {
  if (s_.quote[subj.b] >= 0) return false;
  // A fronted participle whose clause was not cut off ("Révolté par leur sort (il le disait
  // « … »), il …"): an adjunct, no noun phrase. A name opening the sentence is a mention or a
  // first name; a capital there says nothing.
  if (Cap(subj.b) && !Is(subj.b, kDet | kSubj | kStress) && s_.mention[subj.b] < 0 &&
      (subj.b == 0 || Final(subj.b - 1) || tok_[subj.b].has(kNewlineBefore) || ReadFrom(subj.b)) &&
      WrittenParticiple(subj.b) && NameGenderOf(Key(subj.b)) == kUnknown && !Known(subj.b))
    return false;
  // "C'est son troisième titre", "Cela change tout": a demonstrative pronoun refers to a thing
  // or a proposition, no one a pronoun or description may take up later.
  if (subj.e - subj.b == 1 && Is(subj.b, kNoSpeaker | kNonHuman) && !Is(subj.b, kDet)) return false;
  if (subj.e - subj.b != 1 || !Is(subj.b, kSubj) || Is(subj.b, kDet)) return true;
  if (Info(subj.b)->number == kUnknown) return false;
  const uint32_t n = subj.e;
  if (Is(n, kImpersonal)) return false;
  return !(Is(n, kSe) && Is(n + 1, kAgit));
}

Span Extractor::SegmentHeadBefore(uint32_t k, const Sentence& s) const {
  for (uint32_t c = k, round = 0;
       c > s.first_token + 1 && Comma(c - 1) && round < kMaxApposedSegments; ++round) {
    uint32_t b0 = c - 1;
    while (b0 > s.first_token && !Comma(b0 - 1) && c - 1 - b0 < kMaxSegmentTokens) --b0;
    const Span seg{b0, c - 1};
    if (seg.empty() || (b0 > s.first_token && !Comma(b0 - 1))) return {};
    // The sentence's first segment: a whole noun phrase opening on a determiner or a capital.
    if (b0 == ClauseHead(s, c - 1)) {
      const Span np = RightNP(seg.b, seg.e, kMaxSubjectTokens);
      return np.e == seg.e && (Is(np.b, kDet) || Cap(np.b)) && !Is(np.b, kPrep | kSubj) ? np
                                                                                        : Span{};
    }
    // A description between commas: no finite verb, no quotation, no que or relative.
    for (uint32_t t = seg.b; t < seg.e; ++t)
      if ((VerbLike(t) && !WrittenParticiple(t)) || s_.quote[t] >= 0 || Is(t, kQue | kRel))
        return {};
    c = b0;
  }
  return {};
}

bool Extractor::NameSegment(Span sp) const {
  return !sp.empty() && sp.e - sp.b <= kMaxNameSegmentTokens &&
         !Is(sp.b, kDet | kPrep | kRel | kConj | kSubj) && (s_.mention[sp.b] >= 0 || NameLike(sp));
}

bool Extractor::NameLike(Span sp) const {
  if (sp.e - sp.b < 2 || sp.e - sp.b > kMaxNameSegmentTokens) return false;
  if (!Cap(sp.b) || !Cap(sp.e - 1) || Is(sp.b, kDet | kPrep | kRel | kConj | kSubj)) return false;
  for (uint32_t t = sp.b + 1; t + 1 < sp.e; ++t)
    if (!Cap(t) && !Is(t, kDe | kDu | kDes)) return false;
  return true;
}

// The subject of coordinated verbs, cut before a verb no table knows: a lower-case word then a
// lower-case article ("L'association | cite l'exemple … et annonce que …").
Span Extractor::CutBeforeUnknownVerb(Span subject, const Sentence& s) const {
  if (!Is(subject.b, kDet)) return subject;
  for (uint32_t t = subject.b + 2; t < subject.e; ++t)
    if (Is(t, kDet) && !Is(t, kDe | kDu | kDes | kPrep | kPoss) && !Cap(t) &&
        tok_[t - 1].kind == TokenKind::kWord && !Cap(t - 1) &&
        !Is(t - 1, kDet | kPrep | kDe | kA | kAu | kConj | kAdv | kIndef | kSubj | kRel | kQue |
                       kStress) &&
        t + 1 < s.end_token && tok_[t + 1].kind == TokenKind::kWord && !Is(t + 1, kAdv) &&
        s_.mention[t - 1] < 0)
      return {subject.b, t - 1};
  return subject;
}

Span Extractor::AntecedentOfRelativeEndingAt(Span np, const Sentence& s, bool* found) const {
  *found = false;
  bool verb = false;
  for (uint32_t k = np.b; k > s.first_token && np.b - k < kMaxRelativeClauseTokens;) {
    --k;
    if (Punct(k) || s_.quote[k] >= 0) return {};
    // A relative whose subject stands inverted after its verb: "L'entreprise que dirige |
    // Paul Morel | a annoncé", "le parti dont est issu X", "le journal pour lequel travaille
    // X" (X is the relative's subject; the antecedent's phrase is the verb's).
    const bool non_subject =
        Is(k, kQue) ||
        (Is(k, kRel) && !Is(k, kDet) &&
         (Is(k, kNonSubjectRel) || (k > s.first_token && Is(k - 1, kPrep | kDe | kA | kAu))));
    if (non_subject && k > s.first_token + 1 &&
        (InvertedSubjectOfRelative(k, np) || NamedSubjectOfRelative(k, np))) {
      uint32_t a = k - 1;
      if (Is(a, kPrep | kA | kAu) && !Is(a, kDet)) --a;  // "pour lequel", "auquel"
      if (Punct(a) && !Comma(a)) return {};
      if (Comma(a) && a > s.first_token) --a;
      const Span head = LeftNP(a, s.first_token);
      if (head.empty() || !(Is(head.b, kDet) || Cap(head.b))) return {};
      *found = true;
      return head;
    }
    if (Is(k, kQue)) return {};
    if (VerbLike(k)) verb = true;
    if (Is(k, kRel) && !Is(k, kDet)) {
      // Only a subject relative (qui, lequel), not after a preposition: dont, où, "à qui",
      // "dans laquelle" leave the phrase the relative's own subject ("l'homme dont le frère |
      // dit").
      if (Is(k, kNonSubjectRel) || (k > s.first_token && Is(k - 1, kPrep | kDe | kA | kAu)))
        return {};
      // (Its verb may be one no table knows: the lower-case word after "qui" and its clitics,
      // "qui connaît bien".)
      // (The phrase walk may have taken that verb in: "qui | connaît bien le maire".)
      uint32_t v = k + 1;
      while (v < np.e && Is(v, kNeg | kSe | kObjClitic)) ++v;
      verb = verb || (v < np.e && tok_[v].kind == TokenKind::kWord && !Cap(v) &&
                      !Is(v, kDet | kPrep | kDe | kA | kAu | kConj | kAdv));
      if (!verb || k == s.first_token) return {};
      *found = true;
      return LeftNP(k - 1, s.first_token);
    }
  }
  return {};
}

bool Extractor::InvertedSubjectOfRelative(uint32_t rel, Span np) const {
  uint32_t v = rel + 1;
  while (v < np.e && Is(v, kNeg | kSe | kObjClitic) && !Is(v, kDet)) ++v;
  if (v + 1 >= np.e) return false;
  const bool verb = VerbLike(v) || (tok_[v].kind == TokenKind::kWord && !Cap(v) &&
                                    !Is(v, kDet | kPrep | kDe | kA | kAu | kConj | kAdv | kIndef |
                                               kSubj | kQue | kRel | kStress));
  if (!verb) return false;
  // Its subject after it: a name or a determiner, no pronoun ("que dirige | Paul Morel").
  for (uint32_t t = v + 1; t < np.e; ++t) {
    if (Is(t, kSubj)) return false;
    if (Cap(t) || Is(t, kDet)) return true;
  }
  return false;
}

bool Extractor::NamedSubjectOfRelative(uint32_t rel, Span np) const {
  if (np.b != rel + 1 || np.e - np.b < 2) return false;
  const uint32_t last = np.e - 1;
  if (tok_[last].kind != TokenKind::kWord || Cap(last) ||
      Is(last, kDet | kPrep | kDe | kA | kAu | kConj | kAdv | kIndef | kSubj | kQue | kRel |
                   kStress | kDemonym | kRole))
    return false;
  const int32_t m = s_.mention[last - 1];
  if (m < 0 || a_.mentions[m].end_token != last) return false;
  const EntityType type = a_.entities[a_.mentions[m].entity].type;
  return type == EntityType::kPerson || type == EntityType::kOrganization;
}

Span Extractor::PersonComplementOfPlural(Span np, uint32_t verb, const Sentence& s) const {
  if (np.empty()) return {};
  uint32_t det = np.b;
  if (!Is(det, kDet) && det > s.first_token) det = np.b - 1;
  const WordInfo* d = Info(det);
  if (d == nullptr || !Is(det, kDet | kDes | kAu) || d->number != kPlur) return {};
  // The third person plural of every French finite verb ends so: "ont", "sont", "affirment".
  // (A few singulars do too, "il soutient", "il dément": the phrase is kept then, as before.)
  constexpr std::string_view kPluralVerbEnding = "nt";
  const std::string_view v = Key(verb);
  if (v.size() >= kPluralVerbEnding.size() &&
      v.substr(v.size() - kPluralVerbEnding.size()) == kPluralVerbEnding)
    return {};
  const int32_t m = s_.mention[np.e - 1];
  if (m < 0 || a_.entities[a_.mentions[m].entity].type != EntityType::kPerson) return {};
  const uint32_t name_b = std::max(a_.mentions[m].first_token, np.b);
  if (name_b <= np.b + 1 || !Is(name_b - 1, kDe | kDu | kDes)) return {};
  return {name_b, np.e};
}

// The subject of a verb group starting at `first` (not inverted).
Span Extractor::LeftSubject(uint32_t first, const Sentence& s, Span* role) const {
  *role = {};
  int64_t i = static_cast<int64_t>(first) - 1;
  const int64_t b = s.first_token;
  // A stressed pronoun opening the sentence right before the verb is its subject, never a
  // dative clitic, which needs a subject before it: "Lui a admis que …", "Eux ont affirmé …".
  if (i == b && Is(first - 1, kStress)) return {first - 1, first};
  for (int64_t n = 0;
       i >= b && (Is(i, kNeg) || (Is(i, kObjClitic) && !Is(i, kDet))) && n < kMaxCliticRun; ++n)
    --i;
  // le/la/l'/les as object clitics: between a subject pronoun and the verb, or right before an
  // auxiliary or the verb of the group, where no determiner can stand ("Le maire l'a dit", "Le
  // ministre l'assure : …").
  if (i >= b && Is(i, kDet) && Is(i, kObjClitic) && i - 1 >= b &&
      (Is(i - 1, kSubj | kNeg) ||
       (Is(first, kAuxAvoir | kAuxEtre | kCueForm) && !Is(i - 1, kPrep | kDet | kDe | kA | kAu)))) {
    --i;
    for (int64_t n = 0; i >= b && Is(i, kNeg) && n < kMaxCliticRun; ++n) --i;
  }
  // An insert between the subject and the verb: "qui de son côté déclare", "Le maire pour sa
  // part affirme".
  if (i > b && Is(i, kInsertEnd)) {
    int64_t k = i - 1;
    while (k > b && i - k < kMaxInsertTokens && Is(k, kInsert) && !Is(k, kInsertEnd) &&
           !Is(k, kDe | kA | kPrep))
      --k;
    if (k >= b && i - k >= 2 && Is(k, kInsert) && Is(k, kDe | kA | kPrep)) i = k - 1;
  }
  if (i < b) return {};
  const uint32_t u = static_cast<uint32_t>(i);
  if (Is(u, kSubj) && !Is(u, kDet) && !tok_[u].has(kClitic)) return {u, u + 1};
  if (Is(u, kRel)) {
    // "…, où a été diffusé un clip …, dénonçant": dont and où are never the subject, and the
    // antecedent is not the speaker.
    if (Is(u, kNonSubjectRel)) return {};
    int64_t k = i - 1;
    if (k >= b && Comma(k)) --k;
    if (k < b) return {};
    Span np = LeftNP(static_cast<uint32_t>(k), s.first_token);
    // "exportés vers Dubaï en 2015, qui …": a date after its preposition is no antecedent; the
    // phrase before it is.
    if (np.e - np.b == 1 && tok_[np.b].kind == TokenKind::kNumber && np.b > s.first_token + 1 &&
        Is(np.b - 1, kPrep))
      np = LeftNP(np.b - 2, s.first_token);
    // "le chef de mission de MSF pour la Syrie, qui considère": a place in a complement is not
    // who speaks; the antecedent is the head of the complements' chain.
    Span chain = np;
    const bool place_complement = [&] {
      if (np.empty()) return false;
      const int32_t e = MentionEntity(np.e - 1);
      return e >= 0 && a_.entities[e].type == EntityType::kLocation;
    }();
    // (Only up to a person's role noun: "exportés vers Dubaï en 2015, qui déclare" is the
    // place's own word, its authorities'.)
    Span head_np = np;
    for (uint32_t step = 0;
         place_complement && step < kMaxComplementsClimbed && !head_np.empty() &&
         head_np.b > s.first_token + 1 && Is(head_np.b - 1, kPrep | kDe | kDu | kDes | kA | kAu) &&
         !Is(head_np.b - 1, kConj | kRel | kQue);
         ++step) {
      const Span head = LeftNP(head_np.b - 2, s.first_token);
      if (head.empty() || head.e != head_np.b - 1) break;
      head_np = head;
      if (Is(head.b + (Is(head.b, kDet) ? 1 : 0), kRole)) {
        chain.b = head.b;
        np = head;
        break;
      }
    }
    // "plus de 60 % des Français, déçus, qui …": an adjective in apposition is no antecedent.
    if (np.e - np.b == 1 && !Cap(np.b) && !Is(np.b, kDet | kIndef | kSubj | kStress) &&
        np.b > s.first_token + 1 && Comma(np.b - 1)) {
      const Span before = LeftNP(np.b - 2, s.first_token);
      if (!before.empty()) return before;
    }
    // "Paul Morin, gouverneur de la région, qui …": a role in apposition describes the name
    // before it, which is the antecedent.
    if (!np.empty() && np.b > s.first_token + 1 && Comma(np.b - 1) &&
        Is(np.b + (Is(np.b, kDet) ? 1 : 0), kRole)) {
      // (The name is the mention ending there, when there is one: "sauf Paul Morin, …".)
      Span name = LeftNP(np.b - 2, s.first_token);
      if (const int32_t m = s_.mention[np.b - 2]; m >= 0 && a_.mentions[m].end_token == np.b - 1)
        name = {std::max(a_.mentions[m].first_token, s.first_token), np.b - 1};
      if (NameSegment(name)) {
        *role = chain;
        return NameIn(name);
      }
    }
    // "aux accusations de Jean Durand, qui affirme": a plural head cannot be the subject of a
    // singular verb; the person its complement names can.
    if (const Span named = PersonComplementOfPlural(np, first, s); !named.empty()) return named;
    return np;
  }
  // Coordinated verbs: the subject of the verb before the conjunction.
  // (A verb no table knows ends that subject where an article follows a lower-case word:
  // "L'association | cite l'exemple … et annonce que …".)
  if (Is(u, kConj) && !Is(u, kDet))
    return CutBeforeUnknownVerb(NearestSubject(u, s, role, /*coordinated=*/true), s);
  if (Is(u, kQue) || KeyIs(u, ":")) return SentenceSubject(s);
  if (tok_[u].has(kDash)) {
    // "X — par ailleurs ancien directeur — a annoncé": skip the insert.
    int64_t k = i - 1;
    while (k > b && !tok_[k].has(kDash) && i - k < kMaxSegmentTokens) --k;
    if (k > b && tok_[k].has(kDash)) return LeftNP(static_cast<uint32_t>(k - 1), s.first_token);
  }
  if (Comma(u)) {
    // Apposition: [S0], [S1], verb. Prefer the segment that is a name.
    uint32_t p1 = u;  // comma before the verb
    uint32_t k = p1;
    while (k > s.first_token && !Comma(k - 1) && !KeyIs(k - 1, ":") && p1 - k < kMaxSegmentTokens)
      --k;
    Span s1{k, p1};
    if (s1.empty()) return {};
    // A description: a determiner, a lower-case word, or a role noun even capitalized ("PDG de
    // Renault", "Président du club") with no person named after it ("M. Thierry Gauvain" is a
    // name).
    bool person_in_s1 = false;
    for (uint32_t t = s1.b; t < s1.e && !person_in_s1; ++t)
      person_in_s1 =
          MentionEntity(t) >= 0 && a_.entities[MentionEntity(t)].type == EntityType::kPerson;
    const bool s1_desc =
        Is(s1.b, kDet | kRel | kPrep) || !Cap(s1.b) || (Is(s1.b, kRole) && !person_in_s1);
    if (!s1_desc) {
      if (k > s.first_token && Comma(k - 1)) {
        uint32_t k0 = k - 1;
        while (k0 > s.first_token && !Comma(k0 - 1)) --k0;
        if (Is(k0, kDet)) *role = {k0, k - 1};
      }
      return RightNP(s1.b, s1.e, kMaxShortNPTokens).empty()
                 ? s1
                 : RightNP(s1.b, s1.e, kMaxShortNPTokens);
    }
    // A title and a name in apposition after a description: "Le porte-parole de l'armée, le
    // colonel Ahmed Saleh, a affirmé" -> Ahmed Saleh, the description his role.
    if (Is(s1.b, kDet) && k > s.first_token + 1 && Comma(k - 1)) {
      const Span name = NameIn(s1);
      const int32_t m = name.e > name.b ? s_.mention[name.e - 1] : -1;
      if (name.b > s1.b && m >= 0 && a_.mentions[m].first_token == name.b &&
          a_.mentions[m].end_token == name.e &&
          a_.entities[a_.mentions[m].entity].type == EntityType::kPerson) {
        const Span before = LeftNP(k - 2, s.first_token);
        if (!before.empty() && Is(before.b, kDet)) *role = before;
        return name;
      }
    }
    // An organization's name in apposition after a description of it: "Le principal syndicat
    // agricole, la FNSEA, a dénoncé", "L'organisation humanitaire, Médecins sans frontières,
    // a dénoncé" (a name whose first word is a role noun is still a name). Not after a
    // person's description ("Le porte-parole du syndicat, la FNSEA, …" is the spokesperson).
    if (k > s.first_token + 1 && Comma(k - 1)) {
      const uint32_t nb = Is(s1.b, kDet) && !Is(s1.b, kDe | kDu | kDes | kPrep) ? s1.b + 1 : s1.b;
      const int32_t m = nb < s1.e ? s_.mention[nb] : -1;
      const Span before = LeftNP(k - 2, s.first_token);
      if (m >= 0 && a_.mentions[m].first_token == nb && a_.mentions[m].end_token == s1.e &&
          a_.entities[a_.mentions[m].entity].type == EntityType::kOrganization && !before.empty() &&
          before.e == k - 1 && Is(before.b, kDet) && !PersonHead(before)) {
        *role = before;
        return {nb, s1.e};
      }
    }
    // A name further back, before descriptions and participial phrases: "Eugene Dupuis,
    // membre du bureau, faisant part de son indignation, a déclaré".
    for (uint32_t c = k, round = 0;
         c > s.first_token + 1 && Comma(c - 1) && round < kMaxApposedSegments; ++round) {
      uint32_t b0 = c - 1;
      while (b0 > s.first_token && !Comma(b0 - 1) && !KeyIs(b0 - 1, ":") &&
             c - 1 - b0 < kMaxSegmentTokens)
        --b0;
      const Span seg{b0, c - 1};
      if (seg.empty()) break;
      if (NameSegment(seg)) {
        const Span np = RightNP(seg.b, seg.e, kMaxShortNPTokens);
        if (!np.empty()) return np;
      }
      c = b0;
    }
    if (k > s.first_token && Comma(k - 1)) {
      if (Is(s1.b, kDet)) *role = s1;
      Span s0 = LeftNP(k - 2, s.first_token);
      // Past descriptions that open no phrase of their own, to the phrase that opens a
      // segment: "L'Assemblée nationale, constituée des deux chambres, le Sénat et la Chambre
      // des députés, constate" (not "des deux chambres").
      if (!s0.empty() && ((s0.b > s.first_token && !Comma(s0.b - 1)) ||
                          !(Is(s0.b, kDet | kIndef | kSubj | kStress) || Cap(s0.b)))) {
        const Span head = SegmentHeadBefore(k, s);
        if (!head.empty()) return head;
      }
      if (!s0.empty()) return s0;
    }
    return SentenceSubject(s);
  }
  Span np = LeftNP(u, s.first_token);
  if (np.empty()) return SentenceSubject(s);
  bool relative = false;
  if (const Span antecedent = AntecedentOfRelativeEndingAt(np, s, &relative); relative)
    return antecedent;
  // "Le rapport cité par Le Monde indique": the agent of a relaying participle belongs to the
  // noun phrase before it, which is the subject; so does who published a document whose author
  // de names ("Une étude de l'Insee publiée par Le Monde indique"). The agent of any other
  // participle on a noun that is no document is inside the noun's phrase too: "Le groupe
  // dirigé par X affirme", "L'homme arrêté par la police affirme" (the group, the man speak).
  // (After a document noun the agent is its author: "Une étude publiée par l'Insee indique".)
  if (np.b > s.first_token + 2 && Is(np.b - 1, kPar) && WrittenParticiple(np.b - 2)) {
    const Span head = LeftNP(np.b - 3, s.first_token);
    bool document = false;
    for (uint32_t k = head.b; k < head.e && k < head.b + kHeadNounWindow && !document; ++k)
      document = Is(k, kInfo);
    if (!head.empty() && (Is(np.b - 2, kRelay | kInterviewed) || DocumentWithAuthor(head) ||
                          (!document && (Is(head.b, kDet) || Cap(head.b)))))
      return head;
  }
  // An apposition whose closing comma is missing: "Martin Dupuis, ministre de la Culture a
  // déclaré", "…, premier vice-président du Burundi a réagi": the name before the role noun is
  // the subject, the role its description.
  const bool role_first = (Is(np.b, kRole) && !Is(np.b, kDet)) ||
                          (np.b + 1 < np.e && Info(np.b) != nullptr &&
                           (Info(np.b)->former || Info(np.b)->rank) && Is(np.b + 1, kRole));
  if (np.b > s.first_token + 1 && Comma(np.b - 1) && role_first) {
    uint32_t b0 = np.b - 1;
    while (b0 > s.first_token && !Comma(b0 - 1) && !KeyIs(b0 - 1, ":") &&
           np.b - 1 - b0 < kMaxSegmentTokens)
      --b0;
    const Span seg{b0, np.b - 1};
    if (NameSegment(seg)) {
      const Span name = RightNP(seg.b, seg.e, kMaxShortNPTokens);
      if (!name.empty()) {
        *role = np;
        return name;
      }
    }
  }
  return np;
}

bool Extractor::DocumentWithAuthor(Span np) const {
  bool info = false;
  for (uint32_t k = np.b; k < np.e; ++k) {
    info = info || Is(k, kInfo);
    if (info && Is(k, kDe | kDu | kDes) &&
        ((k + 1 < n_ && MentionEntity(k + 1) >= 0) || (k + 2 < n_ && MentionEntity(k + 2) >= 0)))
      return true;
  }
  return false;
}

// The speaker of the claim of sentence `si` whose cue is the nearest verb left of token
// `before`, verbs of that claim's content and quotations aside: "C'est ce qu'a annoncé X,
// soulignant que …", "X a dit que Y avait menti, ajoutant que …" (a participial adjunct's
// subject is its main clause's). Empty: no such claim, or another verb comes between.
Span Extractor::SpeakerOfCueBefore(uint32_t before, uint32_t si) const {
  const uint32_t at = before < n_ ? tok_[before].begin : UINT32_MAX;
  for (size_t c = a_.claims.size(); c-- > 0 && a_.claims[c].sentence == si;) {
    const Attribution& claim = a_.claims[c];
    if (claim.cue_end > at || claim.kind == ClaimKind::kAccordingTo) continue;
    if (!claim.speaker.present()) return {};
    const uint32_t cue_end = TokenAtByte(claim.cue_end);
    const uint32_t content_b = TokenAtByte(claim.content_begin);
    const uint32_t content_e = TokenAtByte(claim.content_end);
    for (uint32_t k = cue_end; k < before; ++k) {
      if (s_.quote[k] >= 0 || (k >= content_b && k < content_e)) continue;
    }
    return {TokenAtByte(claim.speaker.begin), TokenAtByte(claim.speaker.end)};
  }
  return {};
}

bool Extractor::CleftBefore(uint32_t rel, const Sentence& s) const {
  for (uint32_t j = rel; j-- > s.first_token + 1 && rel - j <= kMaxSubjectTokens + 1;) {
    if (Is(j, kAuxEtre) && KeyIs(j - 1, "c'")) return true;
    if (Punct(j) || s_.quote[j] >= 0) return false;
  }
  return false;
}

bool Extractor::RelativeClauseVerb(uint32_t f, const Sentence& s) const {
  uint32_t k = f;
  while (k > s.first_token && Is(k - 1, kNeg | kObjClitic) && !Is(k - 1, kDet)) --k;
  if (k == s.first_token) return false;
  if (Is(k - 1, kRel)) return !CleftBefore(k - 1, s);  // "qui sont intervenus", "où a eu lieu"
  // Back over the clause's subject to the word that opens the clause.
  for (uint32_t j = k - 1; j > s.first_token && k - j <= kMaxSubjectTokens; --j) {
    if (s_.quote[j] >= 0 || Punct(j) || VerbLike(j)) return false;
    if (Is(j - 1, kRel)) return !Is(j, kSubj) || Is(j, kDet);  // "dont le journal est"
    // A relative que after its antecedent noun, or a completive one after a verb ("pense que
    // Jean Roux a raison"): a subordinate clause either way; not a cleft's ("c'est X que").
    if (Is(j - 1, kQue)) return j - 1 > s.first_token && !CleftBefore(j - 1, s);
    // An indirect question: "ne dit pas si X partira ou combien X a exigé".
    if (Is(j - 1, kSi) || (Info(j - 1) != nullptr && Info(j - 1)->interrogative)) return true;
  }
  return false;
}

// The subject of the nearest verb left of `before` (coordinated verbs, participles): "X a
// félicité Y et se dit …", "X a été émue en affirmant …". Falls back to the sentence subject.
Span Extractor::NearestSubject(uint32_t before, const Sentence& s, Span* role,
                               bool coordinated) const {
  for (uint32_t k = before; k-- > s.first_token && before - k <= kMaxNearestVerbDistance;) {
    if (s_.quote[k] >= 0) continue;
    // A participle (déclaré, communiqué: VerbLike by its folded key) is no finite verb: its
    // auxiliary, further left, is; nor is an infinitive or participle auxiliary ("de ne pas
    // avoir", "étant accompagné").
    if (VerbLike(k) && !Is(k, kNeg) && !WrittenParticiple(k) && !Is(k, kInfinitive) &&
        !(Info(k) != nullptr && Info(k)->nonfinite)) {
      uint32_t f = k;
      // Back to the start of the verb group (auxiliary, reflexive).
      for (uint32_t m = k; m-- > s.first_token && k - m < kMaxVerbGroupBack;) {
        if (Is(m, kAuxAvoir | kAuxEtre) && !Is(m, kDet)) {
          f = m;
          break;
        }
        if (!Is(m, kAdv | kInsert | kNegPart | kStress) && !Comma(m)) break;
      }
      if (f > s.first_token && Is(f - 1, kSe)) --f;
      // A verb of a relative or que clause ("les mesures que Jean Roux a prises", "les
      // pompiers qui sont intervenus", "pense que Jean Roux a raison") is no main verb: a verb
      // coordinated after it has the subject of one further left, else the sentence's; a
      // participle after it may describe the relative's noun ("un film …, dénonçant"), the
      // clause's subject or the main one: a guess, no speaker.
      if (RelativeClauseVerb(f, s)) {
        if (!coordinated) return {};
        k = f;
        continue;
      }
      if (Is(f + 1, kSubj) && tok_[f + 1].has(kClitic)) return {f + 1, f + 2};
      // An inverted verb after a quotation or a comma has its subject after it: "« … »,
      // explique la syndicaliste, avant d'ajouter …".
      // (The verb found may be the auxiliary of "…, a indiqué X, précisant": its participle is
      // the cue.)
      uint32_t v = k;
      if (Is(k, kAuxAvoir | kAuxEtre) && k + 1 < before && Is(k + 1, kCueForm)) v = k + 1;
      if (f > s.first_token && (Comma(f - 1) || QuoteCloseAt(f - 1) >= 0) && Is(v, kCueForm)) {
        // Not when the comma closes an apposition to the sentence's own subject: "Son avocat,
        // Éric Dupond, a plaidé la clémence, estimant …" (the verb's subject is on its left).
        if (Comma(f - 1)) {
          Span r;
          const Span left = LeftSubject(f, s, &r);
          bool head = !left.empty();
          for (uint32_t t = s.first_token; t < left.e && head; ++t)
            head = s_.quote[t] < 0 && !VerbLike(t);
          if (head) {
            *role = r;
            return left;
          }
        }
        const Span after = InvertedSubject(v + 1, before);
        if (!after.empty() && (Comma(after.e) || after.e == before)) return after;
      }
      return LeftSubject(f, s, role);
    }
  }
  return SentenceSubject(s);
}

bool Extractor::PersonHead(Span np) const {
  // The first noun a table knows, within kHeadNounWindow words of the determiners ("le
  // principal porte-parole", "l'organisation humanitaire", whose adjective is also a noun of
  // people).
  uint32_t h = np.b;
  while (h < np.e && Is(h, kDet)) ++h;
  for (uint32_t t = h; t < np.e && t < h + kHeadNounWindow; ++t) {
    if (Is(t, kRole | kPeople) || AgentNoun(t)) return true;
    if (Is(t, kOrgNoun | kInfo)) return false;
  }
  return false;
}

uint32_t Extractor::DatelineEnd(uint32_t t, uint32_t end) const {
  if (t >= end || !Cap(t) || (t > 0 && !tok_[t].has(kNewlineBefore))) return t;
  // A place opens it, named or in capitals ("Paul Morel – le maire – a dit" is no dateline).
  const int32_t e = MentionEntity(t);
  if (!tok_[t].has(kAllCaps) && (e < 0 || a_.entities[e].type != EntityType::kLocation)) return t;
  uint32_t k = t;
  while (k < end && k - t < kMaxDatelineTokens && !tok_[k].has(kDash)) {
    // Capitalized words, a comma, a date's numbers and month, an agency in brackets.
    // (The article of a date too: "Lyon, le 7 mai 2026 –".)
    const bool word = tok_[k].kind == TokenKind::kWord;
    if (!(Cap(k) || Comma(k) || KeyIs(k, "(") || KeyIs(k, ")") ||
          tok_[k].kind == TokenKind::kNumber || (word && Is(k, kAdv)) ||
          (Is(k, kDet) && k + 1 < end && tok_[k + 1].kind == TokenKind::kNumber)))
      return t;
    ++k;
  }
  return k < end && k > t && tok_[k].has(kDash) ? k + 1 : t;
}

}  // namespace selon::claims
