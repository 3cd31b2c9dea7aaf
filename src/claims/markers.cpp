// Markers, credit lines, continuations, attribution lines and chains.
//
// Markers (markers.tsv): selon / d'après / aux yeux de X, pour X, (clause-initial only), comme
// le rapporte X (handled with the verb: verb_claims.cpp). The content is the clause after X's
// comma when the marker heads its clause, or the sentence before the marker. Coordinated
// sources (selon X et Y) give one claim each. Credit lines
// ("Source : X") become sources. A quotation that opens the paragraph after a direct claim
// continues that speaker's words, unless an attribution line ("— Paul Morel, maire") signs it
// as a pull quote; such a line names the unresolved pronoun or person description whose
// claim ends the paragraph before it. Chains: a claim whose cue lies inside the content of a
// selon-claim of its sentence gets that claim's speaker as `via`.
#include "claims/extractor.h"

namespace selon::claims {

// Endings of French agent and demonym nouns (buraliste, procureur, habitant, Parisien,
// fonctionnaire, policier, politologue): a noun of people no role list holds.
constexpr std::string_view kAgentNounEndings[] = {
    "iste",  "istes",  "eur",  "eurs",  "euse", "euses", "ien",   "iens",  "ienne", "iennes",
    "ant",   "ants",   "ante", "antes", "aire", "aires", "ier",   "iers",  "iere",  "ieres",
    "logue", "logues", "ogue", "ogues", "cien", "ciens", "icien", "iciens"};

bool Extractor::AgentNoun(uint32_t t) const {
  if (t >= n_ || tok_[t].kind != TokenKind::kWord || Cap(t)) return false;
  const std::string_view k = Key(t);
  for (const std::string_view end : kAgentNounEndings)
    if (k.size() > end.size() + 2 && k.substr(k.size() - end.size()) == end) return true;
  return false;
}

const Marker* Extractor::MarkerAt(uint32_t t, uint32_t end) const {
  const WordInfo* w = Info(t);
  if (w == nullptr) return nullptr;
  for (uint32_t i = 0; i < w->markers_count; ++i) {
    const Marker& m = d_.markers[w->markers_begin + i];
    bool ok = t + m.rest_count < end;
    for (uint32_t k = 0; ok && k < m.rest_count; ++k) ok = RestKeyIs(t + 1 + k, m.rest_begin + k);
    if (ok) return &m;
  }
  return nullptr;
}

void Extractor::MarkerClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m,
                            uint32_t len) {
  const uint32_t end = s.end_token;
  const uint32_t after = t + len;
  if (s_.quote[t] >= 0) return;
  // "Les prix varient selon les régions", "classés selon leur taille": how, not who.
  if (m.kind == MarkerKind::kAccordingTo && t > s.first_token && Info(t - 1) != nullptr &&
      Info(t - 1)->varies)
    return;
  if (m.kind == MarkerKind::kInitialFor && KeyIs(after, "qui")) {
    OpinionRelative(si, s, t, m, len, /*judged=*/true);
    return;
  }
  // "X, selon qui …", "les syndicats, selon lesquels …": X's words, whatever they say.
  if (m.kind == MarkerKind::kAccordingTo && Is(after, kRel) && !Is(after, kQue | kNonSubjectRel)) {
    OpinionRelative(si, s, t, m, len, /*judged=*/false);
    return;
  }
  // "Selon « Le Monde », …": a title in quotation marks is the source's name.
  Span title{};
  if (const int32_t q = QuoteOpenAt(after); q >= 0 && ShortCapitalizedQuote(after))
    title = {after + 1, s_.quotes[q].close};
  if (title.empty() && (Is(after, kRel | kQue) || Final(after) || Punct(after)))
    return;  // selon laquelle
  if (KeyIs(end - 1, "?")) return;
  // "selon ce que rapportent des médias belges, …", "d'après ce qu'a déclaré le ministre, …":
  // the source is the subject of the relative's reporting verb.
  uint32_t relative_end = 0;
  const Span relative =
      m.kind == MarkerKind::kAccordingTo && KeyIs(after, "ce") && Is(after + 1, kQue)
          ? RelativeSource(after + 2, s, &relative_end)
          : Span{};
  if (KeyIs(after, "ce") && Is(after + 1, kQue) && relative.empty()) return;
  Span np = !title.empty()     ? title
            : relative.empty() ? RightNP(after, end, kMaxMarkerNPTokens)
                               : relative;
  // "permettrait selon le ministère d'économiser …": de + an infinitive is the verb's
  // complement, after the source.
  for (uint32_t k = np.b + 1; k < np.e; ++k)
    if (Is(k, kDe) && !Is(k, kDu | kDes) && InfinitiveAt(k + 1)) {
      np.e = k;
      break;
    }
  if (np.empty()) return;
  // "Selon Paul Morel, Julie Caron et Marc Petit, …": names listed with commas, the last after
  // et, are one phrase of coordinated sources (split below).
  const Span listed = ListedNames(np, end);
  np = listed.empty() ? np : listed;
  // (A determiner is no pronoun: "pour ce collectif" is, "pour cela" is not, a source.)
  for (uint32_t k = np.b; k < np.e; ++k)
    if (Is(k, kNonHuman) && !Cap(k) && !(Is(k, kDet) && k + 1 < np.e)) return;
  // "selon leur taille": after a possessive, the noun must be one of a source (a role, an
  // organization, a document, a group of people) or a name, before any complement ("pour sa
  // première participation aux Jeux": Jeux is no source).
  // "Selon nos informations, …", "d'après nos estimations": the narrator's own finding, which
  // the guideline does not annotate as a claim ("nos confrères", "nos sources" stay sources).
  if (Is(np.b, kPoss) && Info(np.b)->narrator && np.e > np.b + 1 && Is(np.b + 1, kInfo)) return;
  if (Is(np.b, kPoss)) {
    bool source = false;
    for (uint32_t k = np.b + 1; k < np.e && !source && !Is(k, kPrep | kDe | kAu | kDu | kDes); ++k)
      source = Cap(k) || Is(k, kRole | kOrgNoun | kInfo | kPeople);
    if (!source) return;
  }
  // Where the marker stands: at the head of its clause (Selon X, … / Toutefois, selon X, … /
  // …; pour d'autres, …) or after the clause it attributes (…, selon X.).
  const uint32_t first = ClauseHead(s, end);  // (after a dateline: "PARIS (AFP) - Selon X, …")
  bool at_start = t == first || KeyIs(t - 1, ";") || KeyIs(t - 1, ":") ||
                  (Is(t - 1, kConj) && (t - 1 == first || Comma(t - 2) || KeyIs(t - 2, ";")));
  // "Toujours selon le rapport, …", "Encore selon X, …": adverbs alone before the marker.
  if (!at_start && t > first) {
    uint32_t k = first;
    while (k < t && Is(k, kAdv) && !Is(k, kDet | kDe | kPrep | kSubj)) ++k;
    at_start = k == t && t - first <= kMaxAdverbialBeforeMarker;
  }
  // (Set when only the length of what precedes made the marker head its clause: "La ligne
  // fermera, selon le maire." is a short clause, not an adverbial, when no comma follows the
  // source.)
  bool short_before = false;
  if (!at_start && Comma(t - 1)) {
    // A short adverbial before (En effet, selon X, …), or "que, selon X, …".
    at_start = (t - 1 - first) <= kMaxAdverbialBeforeMarker || Is(t - 2, kQue | kConj) ||
               (m.kind == MarkerKind::kInitialFor && Comma(t - 1));
    short_before = at_start && !Is(t - 2, kQue | kConj) && m.kind == MarkerKind::kAccordingTo;
  }
  if (m.kind == MarkerKind::kInitialFor) {
    if (!at_start || !Comma(np.e)) return;
    // "Pour l'économiste de la santé Nadia Ferhat, …": a longer phrase when it is a role and
    // its complement closed by a person's name (the name, not the complement, is the source).
    if (np.e - np.b > kMaxInitialForNPTokens && !RoleThenPerson(np)) return;
    const bool indef = Is(np.b, kIndef) || (Is(np.b, kDe) && Is(np.b + 1, kIndef));
    // "pour la plupart" without its complement is an adverb ("des groupes rebelles, pour la
    // plupart salafistes, …"): a singular article before an indefinite, no de after.
    if (Is(np.b, kDet) && Info(np.b)->number == kSing && Is(np.b + 1, kIndef) &&
        !Is(np.b + 2, kDe | kDu | kDes))
      return;
    if (!(Is(np.b, kDet | kStress) || indef || Cap(np.b))) return;
    if (Is(np.b, kStress) && np.e - np.b != 1) return;
    // ("Pour le plaignant,": a cue form after a determiner is a noun; so is an infinitive
    // that is also a role noun, "Pour le conseiller d'opposition,", where "Pour le faire," is
    // a clitic and a verb.)
    for (uint32_t k = np.b; k < np.e; ++k)
      if ((Is(k, kCueForm | kInfinitive) && !Cap(k) &&
           !(AfterDeterminer(k) && (!Is(k, kInfinitive) || Is(k, kRole)))) ||
          tok_[k].kind == TokenKind::kNumber)
        return;
    // "Pour cela," "Pour ce faire,": the head must be a noun of people, a name or a pronoun.
    uint32_t h = np.b;
    while (h < np.e && Is(h, kDet)) ++h;
    if (h >= np.e && !indef) return;
    // "Pour le Portugal, la situation est plus délicate", "Pour Saran, ce match nul …": a place
    // alone is what the clause is about ("as for"), not who holds the opinion.
    if (const int32_t e = h < np.e ? MentionEntity(h) : -1;
        e >= 0 && a_.entities[e].type == EntityType::kLocation &&
        a_.mentions[s_.mention[h]].end_token >= np.e)
      return;
    // "Pour les enfants, l'entrée reste gratuite": those it is for, not who says so.
    if (const WordInfo* w = Info(h); w != nullptr && w->beneficiary) return;
    // "Pour Noël, la mairie installe une patinoire", "Pour la Toussaint, …": a time alone, when
    // ("Pour Noël Mamère, …" is a name).
    if (const WordInfo* w = Info(h); w != nullptr && w->time && h + 1 == np.e) return;
    // "Pour la plus grosse étoile, …", "Pour les séries générales, …": a thing, no source. The
    // head (after an adjective at most) is a name, a pronoun, a noun of people, of a role, of an
    // organization or of a document.
    if (!indef) {
      bool source = false;
      for (uint32_t k = h; k < np.e && k < h + kHeadNounWindow && !source; ++k)
        source =
            Cap(k) || Is(k, kStress | kRole | kOrgNoun | kPeople | kInfo | kIndef) || AgentNoun(k);
      if (!source) return;
    }
  }
  // "selon une information révélée par X", "d'après un rapport publié par X": X. But "selon une
  // source citée par l'AFP": the source speaks and X relays it (the via, set by Relays).
  // (An adverbial may stand between the participle and par: "selon les résultats publiés dans
  // la nuit par la préfecture".)
  Span by{};
  uint32_t relay_end = 0;
  uint32_t par = np.e;
  if (!Is(par, kPar) && np.e > np.b + 1 && WrittenParticiple(np.e - 1)) {
    uint32_t k = np.e;
    while (k < end && k - np.e < kMaxShortNPTokens && !Punct(k) && !VerbLike(k) && !Is(k, kPar) &&
           QuoteOpenAt(k) < 0)
      ++k;
    if (k < end && Is(k, kPar)) par = k;
  }
  if (Is(par, kPar) && np.e > np.b + 1 && Is(np.e - 1, kRelay)) {
    relay_end = RightNP(par + 1, end, kMaxShortNPTokens).e;
    --np.e;
  } else if (Is(par, kPar)) {
    // (Not when de names the document's author: "une étude de l'Insee publiée par Le Monde" is
    // the Insee's; Le Monde published it.)
    bool info = false;
    for (uint32_t k = np.b; k < np.e && !info; ++k) info = Is(k, kInfo);
    if (info && !DocumentWithAuthor(np)) by = RightNP(par + 1, end, kMaxShortNPTokens);
  }
  uint32_t tail = !title.empty()      ? title.e + 1
                  : !relative.empty() ? relative_end
                  : relay_end != 0    ? relay_end
                  : by.empty()        ? np.e
                                      : by.e;
  Span named = by.empty() && relative.empty() && relay_end == 0 && title.empty()
                   ? Apposed(np, end, &tail)
                   : np;
  // A colon or a semicolon before a quotation closes the source phrase as a comma does.
  auto colon_before_quote = [&](uint32_t k) {
    return (KeyIs(k, ":") || KeyIs(k, ";")) && QuoteOpenAt(k + 1) >= 0;
  };
  // "selon le lieutenant X, de l'Office central de lutte…, « … »": the speaker's affiliation
  // belongs to the marker, not to the content. A colon or a semicolon before a quotation
  // closes it too ("Selon X, de l'université de Lyon : « … »").
  if (Comma(tail) && Is(tail + 1, kDe | kDu | kDes)) {
    for (uint32_t k = tail + 2; k < end && k < tail + kMaxAffiliationTokens; ++k) {
      if (Comma(k) || colon_before_quote(k)) {
        tail = k;
        break;
      }
      if (VerbLike(k) || QuoteOpenAt(k) >= 0 || (Punct(k) && !KeyIs(k, "(") && !KeyIs(k, ")")))
        break;
    }
  }
  // "Selon Paul Morel, au micro de RTL, …": the medium the source spoke to, between commas,
  // belongs to the marker; it is the addressee.
  Span medium{};
  if (Comma(tail))
    if (const Span to = MediumAt(tail + 1, end); !to.empty() && to.e < end && Comma(to.e)) {
      medium = to;
      tail = to.e;
    }
  // "selon le centre des ouragans, situé à Miami, « … »": a participial phrase on the source
  // belongs to the marker too; so does one saying who interviewed it, whatever the
  // participle's ending ("selon X, joint par l'AFP, …").
  if (Comma(tail) && tail + 1 < end && !Cap(tail + 1) &&
      ((WrittenParticiple(tail + 1) && !Is(tail + 1, kCueForm)) ||
       (Is(tail + 1, kInterviewed) && Is(tail + 2, kPar)))) {
    for (uint32_t k = tail + 2; k < end && k < tail + kMaxAffiliationTokens; ++k) {
      if (VerbLike(k) || QuoteOpenAt(k) >= 0 || (Punct(k) && !Comma(k))) break;
      if (Comma(k)) {
        tail = k;
        break;
      }
    }
  }
  // "Selon Claire Vasseur, la ministre de la Santé, les hôpitaux …", "Pour Marc Dupont,
  // économiste à l'OFCE, la croissance …": a role in apposition to a name, with its
  // determiner or without, belongs to the source phrase, not to the content. Not when a name
  // between commas follows the role: "Selon L'Équipe, le président de l'OM, Pablo Longoria,
  // aurait …" is the content's subject with its own apposition.
  // Without a determiner, an organization noun too ("Pour la Fiom, principal syndicat de la
  // métallurgie, il s'agit …"): no subject stands without one.
  // A role needs a source that may be a person: after an organization or a place the phrase
  // is the content's subject ("Selon Reuters, le ministre, en visite à Lyon, a …").
  bool source_not_person = false;
  for (uint32_t k = np.b; k < np.e && !source_not_person; ++k)
    if (const int32_t e = MentionEntity(k); e >= 0)
      source_not_person = a_.entities[e].type == EntityType::kOrganization ||
                          a_.entities[e].type == EntityType::kLocation;
  const bool det_role =
      Is(tail + 1, kDet) && !Is(tail + 1, kDe | kDu | kDes) &&
      (!source_not_person || (Is(tail + 1, kIndefArticle) && !Is(tail + 1, kDes)));
  const uint64_t bare_nouns = kRole | kOrgNoun;
  // ("ancien capitaine du club", "ex-président de la région": a past post too.)
  const bool former = Info(tail + 1) != nullptr && Info(tail + 1)->former && Is(tail + 2, kRole);
  const bool bare_role = !Cap(tail + 1) && !Is(tail + 1, kDet | kPrep | kDe | kA | kAu) &&
                         (Is(tail + 1, bare_nouns) || Is(tail + 2, kOrgNoun) || former);
  // A bare noun and its complement describe the named source too: "Pour Yann Galut, soutien
  // de Benoît Hamon à la primaire, …", "Selon X, proche du président, …", "Pour X,
  // apiculteur dans le Gers, …" (a person's occupation and where they practise it).
  const bool bare_of =
      !det_role && !bare_role && tail + 2 < end && tok_[tail + 1].kind == TokenKind::kWord &&
      !Cap(tail + 1) &&
      !Is(tail + 1,
          kDet | kPrep | kDe | kA | kAu | kConj | kSubj | kQue | kRel | kAdv | kCueForm | kNeg) &&
      !VerbLike(tail + 1) &&
      (Is(tail + 2, kDe | kDu | kDes) || (!source_not_person && Is(tail + 2, kA | kAu | kPrep)));
  if (Comma(tail) && (Cap(np.b) || Cap(np.e - 1)) && (det_role || bare_role || bare_of)) {
    const uint32_t head = det_role ? tail + 2 : tail + 1;
    // After un/une an organization noun too ("Selon Oxfam, une ONG britannique, les …"); after
    // a definite article it is more often the content's subject ("Selon Reuters, le groupe, en
    // difficulté, a …").
    const uint64_t nouns =
        !det_role || (Is(tail + 1, kIndefArticle) && !Is(tail + 1, kDes)) ? bare_nouns : kRole;
    bool role = false;
    // ("l'une des chercheuses du projet": one of a group, the role two words on.)
    const uint32_t reach =
        Is(head, kIndef | kIndefArticle) && Is(head + 1, kDes | kDe) ? head + 2 : head + 1;
    for (uint32_t k = head; k < end && k < tail + 1 + kMaxAffiliationTokens; ++k) {
      role = role || (Is(k, nouns) && k <= reach) || (bare_of && k == head);
      if ((!role && k > reach - 1 && k > head) || VerbLike(k) || QuoteOpenAt(k) >= 0 ||
          (Punct(k) && !Comma(k)))
        break;
      if (Comma(k)) {
        if (!Is(k + 1, kRel) && NameBetweenCommasAt(k + 1, end) == 0) tail = k;
        // A relative clause after the role goes with it when a subject of its own follows (a
        // determiner, a pronoun or a name: "Pour Paul Roux, spécialiste du sommeil, qui n'a
        // pas participé à l'étude, ces résultats …"); otherwise the role was the content's
        // subject ("Selon Paul Roux, le maire, qui a démissionné, refuse de partir").
        if (Is(k + 1, kRel))
          for (uint32_t c = k + 2; c < end && c < k + 1 + kMaxAffiliationTokens; ++c) {
            if (QuoteOpenAt(c) >= 0 || (Punct(c) && !Comma(c))) break;
            if (Comma(c)) {
              if (c + 1 < end && (Is(c + 1, kDet | kSubj) || Cap(c + 1)) && !VerbLike(c + 1) &&
                  !(Is(c + 1, kObjClitic) && c + 2 < end &&
                    (VerbLike(c + 2) || PredicateOpensAt(c + 2))))
                tail = k;
              break;
            }
          }
        break;
      }
    }
  }
  // "D'après la police, qui cite des témoins, le tireur …": a relative clause on the source
  // belongs to the source phrase; so does one after a preposition ("…, d'après l'institut,
  // pour qui c'est la plus forte hausse": an opinion of its own, OpinionRelative).
  // When the marker follows a clause ("La hausse continue, d'après l'institut, pour qui …"),
  // that clause is its content.
  const bool prep_relative = Comma(tail) && Is(tail + 1, kPrep) && KeyIs(tail + 2, "qui");
  if (prep_relative && t > first + 1 && Comma(t - 1)) at_start = false;
  if (!prep_relative && Comma(tail) && Is(tail + 1, kRel)) {
    bool closed = false;
    for (uint32_t k = tail + 2; k < end && k < tail + 1 + kMaxAffiliationTokens; ++k) {
      if (QuoteOpenAt(k) >= 0 || (Punct(k) && !Comma(k))) break;
      if (Comma(k)) {
        tail = k;
        closed = true;
        break;
      }
    }
    // A relative clause that ends the sentence leaves nothing after the source: the clause
    // before the marker is the content ("Le chômage baisse, selon l'Insee, qui a publié …").
    if (!closed && t > first + 1 && Comma(t - 1)) at_start = false;
  }
  // "Selon les résultats parus dans la nuit, …": a prepositional phrase up to the comma belongs
  // to the source phrase (the speaker stays the noun phrase). A name between commas after it is
  // the described person's: "Selon le négociateur pour l'industrie du taxi, Guy Chevrette, …".
  if (at_start && !Comma(tail) && Is(tail, kPrep) && !Is(tail, kDe)) {
    uint32_t k = tail;
    while (k < end && k - tail < kMaxMarkerPhraseTokens && !Punct(k) && !VerbLike(k) &&
           !Is(k, kQue | kRel) && QuoteOpenAt(k) < 0)
      ++k;
    if (Comma(k)) {
      tail = k;
      bool role = false;  // (a person's description: "les résultats parus …, X, …" is no X's)
      for (uint32_t r = np.b; r < np.e && !role; ++r) role = Is(r, kRole | kPeople) || AgentNoun(r);
      if (const uint32_t e =
              named.b == np.b && Is(np.b, kDet) && role ? NameBetweenCommasAt(k + 1, end) : 0;
          e != 0) {
        named = {k + 1, e};
        tail = e;
      }
    }
  }
  // "Selon les chiffres publiés par l'Insee jeudi, …", "Selon un rapport de l'ONU rendu public
  // mardi, …": a time, an adverb or the rest of a participial phrase on the source, up to the
  // comma, belongs to the source phrase (no finite verb, article, pronoun or quotation there).
  if (at_start && !Comma(tail) && tail < end && tok_[tail].kind == TokenKind::kWord) {
    uint32_t k = tail;
    while (k < end && k - tail < kMaxMarkerPhraseTokens && !Punct(k) && QuoteOpenAt(k) < 0 &&
           !Is(k, kQue | kRel | kSubj | kDet | kConj | kNeg) &&
           (!VerbLike(k) || WrittenParticiple(k) || HasFormTag(k, kPastParticiple)))
      ++k;
    if (k > tail && Comma(k)) tail = k;
  }
  const bool apposition = named.b != np.b;
  // "L'ouragan a gagné en force et selon le centre des ouragans, « … »": a marker opening a
  // coordinated clause, its source closed by a comma, attributes what follows.
  if (short_before && !Comma(tail)) at_start = false;
  const bool opens_clause = !at_start && t > first + 1 && Is(t - 1, kEt) && Comma(tail);
  Span content;
  // ("Selon Paul Morel : « … »": colon_before_quote, at the head of the sentence.)
  if ((at_start || opens_clause) && (Comma(tail) || (at_start && colon_before_quote(tail)))) {
    content = {tail + 1, ClauseEnd(tail + 1, s)};
  } else if (m.kind == MarkerKind::kAccordingTo && t > first && !at_start && !Comma(t - 1) &&
             tail < end && tok_[tail].kind == TokenKind::kWord && !Is(tail, kConj)) {
    // Inside a clause, with no comma on either side: what follows the source is what it says
    // ("destinée selon le groupe à accroître sa compétitivité").
    content = {tail, ClauseEnd(tail, s)};
  } else if (m.kind == MarkerKind::kAccordingTo && t > first && !at_start) {
    uint32_t e = t;
    // (An adverb after the comma belongs to the marker: "…, toujours selon le procureur".)
    if (e > first + 1 && Is(e - 1, kAdv) && !Is(e - 1, kDet | kSubj) && Comma(e - 2)) --e;
    while (e > first && Comma(e - 1)) --e;
    content = {std::max(first, marker_floor_), e};
    // (A short clause taken for an adverbial above must still be one: a verb, or as many words
    // as a verbless parenthetical content. "Hier, selon la police." attributes nothing.)
    if (short_before) {
      bool verb = false;
      for (uint32_t k = content.b; k < content.e && !verb; ++k)
        verb = VerbLike(k) || InfinitiveAt(k);
      if (!verb && content.e - content.b < kMinVerblessParenContentTokens) return;
    }
  } else {
    return;
  }
  marker_floor_ = std::max(marker_floor_, tail + 1);
  content = TrimContent(content);
  // (A relative clause on the source is no content: "Selon l'Insee, qui a publié …".)
  if (content.empty() || (Is(content.b, kRel) && !Is(content.b, kQue))) return;
  bool has_quote;
  UseQuotesIn(content, &has_quote);
  Span speaker = !by.empty() ? NameIn(by) : apposition ? named : NameIn(np);
  // "selon un communiqué publié jeudi": a participle after the noun (no agent follows it, else
  // the agent speaks) qualifies the source; the speaker is the noun phrase before it. (After
  // de or an article a word in -é is a noun: "selon le comité de santé".)
  if (by.empty() && !apposition && relay_end == 0)
    for (uint32_t k = speaker.b + 2; k < speaker.e; ++k)
      if ((WrittenParticiple(k) || (HasFormTag(k, kPastParticiple) && !HasFormTag(k, kFinite))) &&
          !Cap(k) && MentionEntity(k) < 0 && !Is(k - 1, kDet | kPrep | kDe | kDu | kDes)) {
        speaker.e = k;
        break;
      }
  if (!apposition) {
    // Coordinated sources (decision 11): "d'après le président et le secrétaire au Trésor, …"
    // gives one claim per source, all with the same cue and content; so do coordinated authors
    // ("selon les chiffres fournis par la Russie et les États-Unis").
    const Span src = by.empty() ? np : by;
    uint32_t b = src.b;
    for (uint32_t k = src.b + 1; k + 1 < src.e; ++k) {
      // (Not a coordinated complement of a name: "le ministère de la Santé et des Solidarités".)
      const bool list_comma = by.empty() && !listed.empty() && Comma(k) && WholeName({b, k});
      if (!list_comma &&
          (!Is(k, kEt) ||
           !(Cap(k + 1) || Is(k + 1, kStress) || (Is(k + 1, kDet) && !Is(k + 1, kPrep | kDu))) ||
           (NamedComplementAt(k + 1) && HoldsDe({b, k}))))
        continue;
      // (Nor an et inside a name: "l'Organisation pour la sécurité et la coopération en
      // Europe".)
      if (const int32_t x = s_.mention[k]; x >= 0 && a_.mentions[x].first_token < k) continue;
      Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, NameIn({b, k}), {}, {}, false,
           /*shared_cue=*/b != src.b);
      b = k + 1;
    }
    if (b != src.b) {
      Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, NameIn({b, src.e}), {}, {},
           false, /*shared_cue=*/true);
      return;
    }
  }
  // Two people in apposition (Apposed): "Selon les porte-parole du collectif, Paul Morel et
  // Julie Caron, …" gives one claim per person (decision 11).
  if (apposition && by.empty())
    for (uint32_t k = named.b + 1; k + 1 < named.e; ++k)
      if (Is(k, kEt) && s_.mention[k] < 0) {
        Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, NameIn({named.b, k}), np, {},
             false);
        Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, NameIn({k + 1, named.e}), np,
             {}, false, /*shared_cue=*/true);
        return;
      }
  // No source, no claim: "selon un « mode sans échec »" says how, not who.
  if (!SpeakerSpanOk(speaker)) return;
  // "selon X à l'AFP, …": the medium X spoke to is the addressee.
  const Span to = medium.empty() ? MediumAt(speaker.e, end) : medium;
  Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, speaker, apposition ? np : Span{},
       to.e <= content.b || to.b >= content.e ? to : Span{}, false);
}

Span Extractor::ListedNames(Span np, uint32_t end) const {
  if (!WholeName(np)) return {};
  uint32_t e = np.e;
  size_t members = 1;
  for (; Comma(e) && members + 1 < kMaxCoordinatedSources; ++members) {
    const Span n = WholeNameAt(e + 1, end);
    if (n.empty()) break;
    e = n.e;
  }
  if (members < 2 || !Is(e, kEt)) return {};
  const Span last = WholeNameAt(e + 1, end);
  return last.empty() ? Span{} : Span{np.b, last.e};
}

void Extractor::OpinionRelative(uint32_t si, const Sentence& s, uint32_t t, const Marker& m,
                                uint32_t len, bool judged) {
  const uint32_t after = t + len;  // qui, lequel …
  if (t < s.first_token + 2 || !Comma(t - 1) || KeyIs(s.end_token - 1, "?")) return;
  // The antecedent: the mention that ends before the comma, else the noun phrase.
  Span speaker;
  if (const int32_t x = s_.mention[t - 2];
      x >= 0 && a_.mentions[x].end_token == t - 1 && a_.mentions[x].first_token >= s.first_token)
    speaker = {a_.mentions[x].first_token, t - 1};
  else
    speaker = LeftNP(t - 2, s.first_token);
  if (speaker.empty() || !(Is(speaker.b, kDet | kIndef) || Cap(speaker.b)) ||
      !SpeakerSpanOk(speaker))
    return;
  // (A relative after selon speaks for a source, a name or a noun that can be one: "les prix,
  // selon lesquels les ventes sont calculées" is how, not who.)
  if (!judged && s_.mention[speaker.b] < 0) {
    bool source = false;
    for (uint32_t k = speaker.b; k < speaker.e && !source; ++k)
      source = MentionEntity(k) >= 0 || Is(k, kRole | kOrgNoun | kInfo | kPeople);
    if (!source) return;
  }
  const Span content = TrimContent({after + 1, ClauseEnd(after + 1, s)});
  if (content.empty()) return;
  // An opinion, not whom something is done for ("Renault, pour qui il travaillait"): a
  // judgement with être (c'est, est nécessaire, rien n'est joué) or the person's own words.
  bool opinion = !judged;
  for (uint32_t k = content.b; k < content.e && !opinion; ++k)
    opinion = (Is(k, kAuxEtre) && !Is(k, kDet)) || QuoteOpenAt(k) >= 0;
  if (!opinion) return;
  bool has_quote;
  UseQuotesIn(content, &has_quote);
  Emit(ClaimKind::kAccordingTo, si, t, t + len, m.name, content, NameIn(speaker), {}, {}, false);
}

Span Extractor::RelativeSource(uint32_t b, const Sentence& s, uint32_t* phrase_end) const {
  const uint32_t end = s.end_token;
  // The source phrase ends at a comma, or with the sentence ("…, selon ce qu'a rapporté Le
  // Parisien.").
  auto phrase_ends_at = [&](uint32_t x) { return x >= end || Comma(x) || Final(x); };
  for (uint32_t k = b; k < end && k - b < kMaxMarkerPhraseTokens && !Punct(k); ++k) {
    VerbGroup g;
    if (!Is(k, kCueForm) || !MatchVerb(k, s, &g) || g.passive || g.nonfinite) continue;
    Span subject;
    uint32_t v = b;  // "ce que nous a dit le ministre": an object clitic before the verb
    while (v < g.first && Is(v, kObjClitic) && !Is(v, kDet)) ++v;
    if (g.first == v) {
      // Inverted: "ce que rapportent des médias belges", "ce qu'a déclaré le ministre".
      subject = RightNP(g.last + 1, end, kMaxShortNPTokens);
    } else {
      // "ce que Paul Garnier a déclaré".
      subject = {b, g.first};
      if (!phrase_ends_at(g.last + 1)) return {};
    }
    if (subject.empty() || !phrase_ends_at(subject.e > g.last ? subject.e : g.last + 1) ||
        !SpeakerSpanOk(subject) || !(Is(subject.b, kDet | kIndef | kSubj) || Cap(subject.b)))
      return {};
    *phrase_end = subject.e > g.last ? subject.e : g.last + 1;
    return subject;
  }
  return {};
}

void Extractor::ReadingClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m,
                             uint32_t len) {
  const uint32_t end = s.end_token;
  if (s_.quote[t] >= 0 || t + len > end) return;
  // The cue is the phrase without its subject: "on [apprend]", "[peut-on lire]".
  const uint32_t cue_b = KeyIs(t, "on") ? t + 1 : t, cue_e = t + len;
  // The document that says it: "dans le communiqué" or "sur le site de la mairie" after the
  // cue (sur only before a determiner: "sur Twitter" names the platform, no author), or a
  // sentence-initial "Dans un communiqué de X, on apprend …".
  uint32_t k = cue_e;
  Span document{};
  // A time between the cue and whom or what it was learnt from is the cue's adverbial: "a-t-on
  // appris lundi de source policière", "apprend-on ce matin auprès de la préfecture", "a-t-on
  // appris lundi." (then the sentence ends), "On a appris lundi que …".
  const auto opens_document = [&](uint32_t x) {
    return KeyIs(x, "dans") || KeyIs(x, "sur") || AddressPrepAt(x) ||
           (Is(x, kDe) && !Is(x, kDu | kDes) && Is(x + 1, kPeople));
  };
  {
    uint32_t x = k;
    bool time = false;
    for (; x < end && x - k < kMaxTimePhraseTokens; ++x) {
      const WordInfo* w = Info(x);
      if (w != nullptr && w->time && !Cap(x))
        time = true;
      else if (!(Is(x, kDet) && !Is(x, kPrep | kDe | kA | kAu | kPoss)))
        break;
    }
    if (time && (opens_document(x) || x >= end || Final(x) || Is(x, kQue))) k = x;
  }
  if (KeyIs(k, "dans") || (KeyIs(k, "sur") && Is(k + 1, kDet))) {
    document = RightNP(k + 1, end, kMaxShortNPTokens);
    if (!document.empty()) k = document.e;
  } else if (KeyIs(k, "sur") && k + 1 < end && s_.mention[k + 1] >= 0 &&
             a_.mentions[s_.mention[k + 1]].first_token == k + 1) {
    // "on peut lire sur Twitter que …": where it was read, no author; the claim has no speaker.
    k = a_.mentions[s_.mention[k + 1]].end_token;
  } else if (AddressPrepAt(k) || (Is(k, kDe) && !Is(k, kDu | kDes) && Is(k + 1, kPeople))) {
    // Whom it was learnt from: "a-t-on appris de source policière", "apprend-on auprès de la
    // préfecture", "auprès du parquet" (the source speaks).
    document = RightNP(AddressPrepAt(k) ? k + 2 : k + 1, end, kMaxShortNPTokens);
    if (!document.empty()) k = document.e;
  } else if (KeyIs(s.first_token, "dans") && t > s.first_token + 2 && Comma(t - 1)) {
    const Span np = RightNP(s.first_token + 1, t - 1, kMaxMarkerNPTokens);
    if (np.e == t - 1 && Is(np.b, kDet)) document = np;
  }
  Span content;
  ClaimKind kind = ClaimKind::kIndirect;
  int32_t q = -1;
  if (Is(k, kQue)) {
    content = {k + 1, ClauseEnd(k + 1, s)};
  } else if ((q = QuoteOpenAt(KeyIs(k, ":") ? k + 1 : k)) >= 0 && !s_.quotes[q].used) {
    kind = ClaimKind::kDirect;  // "on peut lire : « … »"
  } else if (t > s.first_token + 1) {
    // "« … », peut-on lire dans le communiqué."
    const uint32_t p = Comma(t - 1) ? t - 2 : t - 1;
    q = QuoteCloseAt(p);
    if (q >= 0 && !s_.quotes[q].used) {
      kind = ClaimKind::kDirect;
    } else if (Comma(t - 1) && (k >= end || Final(k))) {
      // "Un homme a été tué, a-t-on appris de source policière.": the clause before the
      // comma, which holds a verb (a reporting form or an auxiliary), or opens with a subject
      // and goes on for a few words ("Les enquêteurs privilégient la piste criminelle"; the
      // claims tables know no other verbs).
      uint32_t b = s.first_token;
      while (b < t - 1 && Punct(b) && QuoteOpenAt(b) < 0) ++b;
      bool verb = (Is(b, kDet | kSubj) || (Cap(b) && MentionEntity(b) >= 0)) && !Is(b, kPrep) &&
                  t - 1 - b >= kMinClauseTokens;
      for (uint32_t v = b; v < t - 1 && !verb; ++v) verb = VerbLike(v) || InfinitiveAt(v);
      if (verb && !ContentTaken(TrimContent({b, t - 1}))) content = {b, t - 1};
    }
  }
  if (kind == ClaimKind::kDirect) {
    s_.quotes[q].used = true;
    content = {s_.quotes[q].open + 1, s_.quotes[q].close};
  } else {
    bool has_quote = false;
    UseQuotesIn(content, &has_quote);
    if (has_quote) kind = ClaimKind::kMixed;
  }
  if (content.empty()) return;
  Emit(kind, si, cue_b, cue_e, m.name, content, document, {}, {}, document.empty());
}

void Extractor::Credit(const Sentence& s, uint32_t t) {
  // "Source : X" at the head of a line.
  if (!(t == 0 || tok_[t].has(kNewlineBefore)) || !KeyIs(t + 1, ":")) return;
  uint32_t k = t + 2;
  const uint32_t end = s.end_token;
  while (k < end) {
    uint32_t e = k;
    while (e < end && !Comma(e) && !KeyIs(e, ";") && !tok_[e].has(kNewlineBefore) && !Final(e)) ++e;
    if (e > k) {
      SourceCredit c;
      c.begin = tok_[k].begin;
      c.end = tok_[e - 1].end;
      for (uint32_t x = k; x < e && c.entity < 0; ++x) c.entity = MentionEntity(x);
      a_.sources.push_back(c);
    }
    if (e >= end || tok_[e].has(kNewlineBefore) || Final(e)) break;
    k = e + 1;
  }
}

// A quotation that makes a whole paragraph right after a paragraph whose last claim was a
// direct quotation continues that speaker's words.
void Extractor::Continuations() {
  const size_t n = a_.claims.size();
  for (size_t q = 0; q < s_.quotes.size(); ++q) {
    Scratch::Quote& quote = s_.quotes[q];
    if (quote.used || quote.open == 0 || !tok_[quote.open].has(kNewlineBefore)) continue;
    const uint32_t para = s_.paragraph[quote.open];
    // (After a heading, numbered with it, a quotation opens a new section, not a continuation.)
    if (s_.paragraph[quote.open - 1] == para) continue;
    const Attribution* prev = nullptr;
    for (size_t i = 0; i < n; ++i) {
      const Attribution& c = a_.claims[i];
      if (c.content_end <= tok_[quote.open].begin) prev = &c;
    }
    if (prev == nullptr || prev->kind != ClaimKind::kDirect) continue;
    // The previous claim's quotation must end its paragraph, in the paragraph just before
    // (which may follow its cue's: "Le maire a déclaré : ¶ « … » ¶ « … »").
    const uint32_t prev_last = TokenAtByte(prev->content_end) - 1;
    if (prev_last >= n_ || s_.paragraph[prev_last] + 1 != para) continue;
    // Nothing but the attribution between that quotation and this paragraph.
    bool adjacent = true;
    for (uint32_t t = quote.open;
         t-- > 0 && s_.paragraph[t] + 1 == para && quote.open - t <= kMaxContinuationGap;) {
      if (tok_[t].end <= prev->content_end) break;
      if (s_.quote[t] >= 0 && !s_.quotes[s_.quote[t]].used) {
        adjacent = false;
        break;
      }
    }
    if (!adjacent) continue;
    // ... and the quotation is the whole paragraph: text after it ("« … » C'est en ces termes
    // que le préfet a ouvert la réunion.") may name another speaker.
    bool whole = true;
    for (uint32_t t = quote.close + 1; t < n_ && s_.paragraph[t] == para && whole; ++t)
      whole = Punct(t) && s_.quote[t] < 0;
    if (!whole) continue;
    // ... and no attribution line signs it: then it is a pull quote of someone the line names,
    // with no cue word of its own (GUIDELINE decision 5).
    if (AttributionLineAfter(para) != kNoAttributionLine) continue;
    quote.used = true;
    Attribution c = *prev;
    c.content_begin = tok_[quote.open + 1].begin;
    uint32_t ce = quote.close;
    while (ce > quote.open + 1 && KeyIs(ce - 1, ".")) --ce;
    c.content_end = tok_[ce - 1].end;
    c.sentence = a_.SentenceOfToken(quote.open);
    c.addressee = {};
    a_.claims.push_back(c);
  }
}

int32_t Extractor::AttributionLineAfter(uint32_t para) const {
  // The first token of paragraph para + 1 (paragraphs number tokens in order).
  const auto it = std::upper_bound(s_.paragraph.begin(), s_.paragraph.end(), para);
  const uint32_t t = static_cast<uint32_t>(it - s_.paragraph.begin());
  if (t + 1 >= n_ || s_.paragraph[t] != para + 1 || !tok_[t].has(kDash) ||
      text_.substr(tok_[t].begin, tok_[t].end - tok_[t].begin) != kEmDash || !Cap(t + 1))
    return kNoAttributionLine;
  const int32_t e = MentionEntity(t + 1);
  return e >= 0 && a_.mentions[s_.mention[t + 1]].first_token == t + 1 ? e : -1;
}

void Extractor::PullQuoteSpeakers() {
  for (Attribution& c : a_.claims) {
    if (c.kind == ClaimKind::kAccordingTo || !c.speaker.present() || c.speaker.entity >= 0 ||
        c.content_end <= c.content_begin)
      continue;
    // The claim ends its paragraph: nothing but its own sentence after its content and cue.
    const uint32_t end = std::max(c.content_end, c.cue_end);
    const uint32_t last = TokenAtByte(end) - 1;
    const uint32_t para = s_.paragraph[last];
    uint32_t t = last + 1;
    while (t < n_ && s_.paragraph[t] == para && a_.SentenceOfToken(t) == a_.SentenceOfToken(last) &&
           s_.quote[t] < 0)
      ++t;
    if (t < n_ && s_.paragraph[t] == para) continue;
    const int32_t person = AttributionLineAfter(para);
    if (person < 0 || a_.entities[person].type != EntityType::kPerson) continue;
    // One person: a singular pronoun or description whose gender fits.
    const uint32_t b = TokenAtByte(c.speaker.begin);
    const WordInfo* w = nullptr;
    if (b < n_ && tok_[b].begin == c.speaker.begin) {
      // A pronoun, or a description that must be a person's ("le président américain", "un
      // témoin"; "la direction" or "le club" is no one's pull quote).
      w = Info(b);
      if (w == nullptr || !Is(b, kSubj | kDet) || Is(b, kPoss)) continue;
      if (!Is(b, kSubj) && !(b + 1 < n_ && Is(b + 1, kRole)) &&
          !(b + 2 < n_ && Info(b + 1) != nullptr && Info(b + 1)->prenominal && Is(b + 2, kRole)))
        continue;
    } else {
      // The pronoun of an inverted cue written as one token ("a-t-il").
      fold_.clear();
      FoldKey(text_.substr(c.speaker.begin, c.speaker.end - c.speaker.begin), &fold_);
      const uint32_t k = d_.Find(fold_);
      if (k == kNone || !(d_.words[k].classes & kSubj)) continue;
      w = &d_.words[k];
    }
    if (w->number == kPlur) continue;
    const uint8_t g = EntityGender(person);
    if (w->gender != kUnknown && g != kUnknown && w->gender != g) continue;
    c.speaker.entity = person;
  }
}

// Chains: claims inside a selon-claim's content reach us through its speaker.
void Extractor::Chains(size_t first_claim) {
  for (size_t i = first_claim; i < a_.claims.size(); ++i) {
    const Attribution& src = a_.claims[i];
    if (src.kind != ClaimKind::kAccordingTo || !src.speaker.present()) continue;
    for (size_t k = first_claim; k < a_.claims.size(); ++k) {
      Attribution& c = a_.claims[k];
      if (k == i || c.kind == ClaimKind::kAccordingTo || c.via.present()) continue;
      if (c.cue_begin >= src.content_begin && c.cue_end <= src.content_end) c.via = src.speaker;
    }
  }
  // "Comme le rapporte La Gazette, X a déclaré que …": X's claim, via La Gazette, and no claim
  // of La Gazette's own.
  if (as_reported_ < 0) return;
  const Attribution src = a_.claims[as_reported_];
  bool relayed = false;
  for (size_t k = first_claim; k < a_.claims.size(); ++k) {
    Attribution& c = a_.claims[k];
    if (static_cast<int64_t>(k) == as_reported_ || c.cue_begin < src.content_begin ||
        c.cue_end > src.content_end)
      continue;
    relayed = true;
    if (!c.via.present() && src.speaker.present()) c.via = src.speaker;
  }
  if (relayed) a_.claims.erase(a_.claims.begin() + as_reported_);
  as_reported_ = -1;
}

void Extractor::Relays(const Sentence& s, size_t first_claim) {
  if (first_claim == a_.claims.size()) return;
  // Only relay and interview participles can start one: Prepare's list of triggers has them.
  const std::vector<uint32_t>& triggers = s_.triggers;
  uint32_t resume = s.first_token;  // after the phrase of the relay last taken
  for (auto it = std::lower_bound(triggers.begin(), triggers.end(), s.first_token);
       it != triggers.end() && *it + 2 < s.end_token; ++it) {
    const uint32_t t = *it;
    if (t < resume) continue;
    // "interrogé sur France Inter", "interviewé dans Le Parisien": the medium that heard the
    // words, named after another preposition (a capitalized name; "interrogé sur son avenir"
    // names a topic).
    const bool medium = Is(t, kInterviewed) && Is(t + 1, kPrep) && !Is(t + 1, kDe | kPar) &&
                        (Cap(t + 2) || (Is(t + 2, kDet) && Cap(t + 3)));
    // (Every word of both classes is a participle; the ending test keeps out a finite verb
    // written alike, and "joint" ends otherwise.)
    if (!Is(t, kRelay | kInterviewed) || (!Is(t + 1, kPar) && !medium) || s_.quote[t] >= 0 ||
        !(WrittenParticiple(t) || Is(t, kInterviewed)))
      continue;
    Span np = RightNP(t + 2, s.end_token, kMaxShortNPTokens);
    // A bare common noun after par is the means, no agent ("joint par téléphone", "contacté
    // par courriel"): the agent, if any, follows in a second par phrase.
    auto bare = [&](Span x) {
      return !x.empty() && !Is(x.b, kDet | kIndef) && !Cap(x.b) && MentionEntity(x.b) < 0;
    };
    if (bare(np)) np = Is(np.e, kPar) ? RightNP(np.e + 1, s.end_token, kMaxShortNPTokens) : Span{};
    if (np.empty() || bare(np)) continue;
    ClaimRole who;
    who.begin = tok_[np.b].begin;
    who.end = tok_[np.e - 1].end;
    for (uint32_t k = np.b; k < np.e && who.entity < 0; ++k) who.entity = MentionEntity(k);
    const bool relay = Is(t, kRelay);
    for (size_t i = first_claim; i < a_.claims.size(); ++i) {
      Attribution& c = a_.claims[i];
      if (!c.speaker.present()) continue;
      // "Selon la préfète, citée par l'AFP, « … »": the relay opens the according-to content;
      // it is the claim's via, and the content starts after it.
      if (c.kind == ClaimKind::kAccordingTo && tok_[t].begin == c.content_begin && Comma(np.e) &&
          np.e + 1 < s.end_token && tok_[np.e + 1].begin < c.content_end) {
        c.content_begin = tok_[np.e + 1].begin;
        if (relay && !c.via.present()) c.via = who;
        if (!relay && !c.addressee.present()) c.addressee = who;
        continue;
      }
      if (tok_[t].begin >= c.content_begin && tok_[t].end <= c.content_end) continue;
      // (The relay is no speaker of its own claim: "selon Le Monde, cité par …" is not.)
      if (c.speaker.begin < who.end && who.begin < c.speaker.end) continue;
      if (relay && !c.via.present()) c.via = who;
      if (!relay && !c.addressee.present()) c.addressee = who;
    }
    resume = np.e;
  }
}

bool Extractor::RoleThenPerson(Span np) const {
  if (np.e - np.b > kMaxMarkerNPTokens || !Is(np.b, kDet)) return false;
  const int32_t e = MentionEntity(np.e - 1);
  if (e < 0 || a_.entities[e].type != EntityType::kPerson) return false;
  const uint32_t name = a_.mentions[s_.mention[np.e - 1]].first_token;
  if (name <= np.b + 1) return false;
  bool role = false;
  for (uint32_t k = np.b + 1; k < name && k <= np.b + kHeadNounWindow && !role; ++k)
    role = Is(k, kRole);
  if (!role) return false;
  // Nothing between but the role's complement: no verb, no punctuation, no other name.
  for (uint32_t k = np.b + 1; k < name; ++k)
    if (Punct(k) || VerbLike(k) || MentionEntity(k) >= 0 || QuoteOpenAt(k) >= 0) return false;
  return true;
}

}  // namespace selon::claims
