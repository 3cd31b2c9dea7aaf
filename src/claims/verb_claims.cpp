// Claims of reporting verbs.
//
// The complement of the verb group decides the claim, as the lemma's frames (lemmas.tsv)
// allow: que/qu' (indirect, or mixed when it holds a quotation), si, de + infinitive,
// infinitive, à + infinitive, an object then de or à + infinitive (accuser X de, appeler X à), a
// quotation (direct), or, failing all of those, a parenthetical cue after a comma or a closing
// quote with its subject after it (…, a indiqué la préfecture. / « … », a-t-il dit.) or after
// "comme" (comme le rapporte X). Adverbs, dates, an addressee (à X, au NYT) and short prepositional
// phrases may stand between the verb and its complement. Inside a quotation only an incise
// counts (« Nous allons, dit-il, répondre »). The speaker: the inverted subject, else the
// subject on the left (subjects.cpp); the agent of a passive (par X); the one made to say
// (X fait dire à Y). A cognition verb (penser, croire: frame v) counts only with a quotation.
#include "claims/extractor.h"

namespace selon::claims {

// Verb endings that tell a singular from its plural (SingularGroup): the imperfect's third
// persons ("affirmait", "affirmaient") and the plural of a present in -e ("estime", "estiment").
constexpr std::string_view kImperfectSingular = "ait";
constexpr std::string_view kImperfectPlural = "aient";
constexpr std::string_view kPresentPluralAdded = "nt";

void Extractor::VerbClaim(uint32_t si, const Sentence& s, const VerbGroup& g) {
  const Lemma& lemma = *g.lemma;
  const uint32_t fr = lemma.frames;
  const uint32_t end = s.end_token;
  struct ContinuesScope {
    bool& flag;
    ~ContinuesScope() { flag = false; }
  } continues_scope{continues_};
  continues_ = (fr & kContinues) != 0;
  const bool question = Final(end - 1) && KeyIs(end - 1, "?");
  Span role{};
  Span speaker{};
  // The people an appositive subject names (AppositiveSources), when there are several.
  Span apposed[kMaxCoordinatedSources];
  size_t apposed_count = 0;
  bool inverted = false;
  bool subject_left = false;  // the speaker is the subject left of the verb (LeftSubject)
  if (g.clitic >= 0) {
    speaker = {static_cast<uint32_t>(g.clitic), static_cast<uint32_t>(g.clitic) + 1};
    inverted = true;
  }
  // Inside a quotation only an incise counts: « Nous allons, dit-il, répondre ».
  const int32_t inside = s_.quote[g.head];
  // ... or a quotation that opens on the verb itself, after its subject: "La ministre
  // « condamne fermement » l'attaque" (the quoted words are the content). A finite verb only:
  // "se montre « confiant »" quotes an adjective.
  if (inside >= 0 && !inverted && g.first > s.first_token + 1 && !GerundGroup(g) &&
      QuoteOpenAt(g.first - 1) == inside && !s_.quotes[inside].used && !g.passive &&
      (!Punct(g.first - 2) || Comma(g.first - 2)) &&
      !Is(g.first - 2, kPrep | kDet | kDe | kA | kAu | kConj) && s_.quotes[inside].close < end) {
    const Span subject = LeftSubject(g.first - 1, s, &role);
    if (subject.empty()) return;
    const Scratch::Quote& q = s_.quotes[inside];
    s_.quotes[inside].used = true;
    Emit(ClaimKind::kDirect, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close},
         subject.e - subject.b > 1 ? NameIn(subject) : subject, role, {}, false);
    return;
  }
  // An incise whose subject is a noun phrase: « Nous avons perdu beaucoup, explique le maire.
  // Mais nous allons reconstruire. » The subject ends at a comma, the sentence's end or the
  // closing mark; anything else after it is the quoted speaker's own sentence.
  if (inside >= 0 && !inverted && Comma(g.first - 1) && !s_.quotes[inside].used && !g.passive &&
      !GerundGroup(g) && !g.nonfinite) {
    const Span subject = InvertedSubject(g.next, end);
    const uint32_t after = subject.e;
    if (!subject.empty() && after < n_ &&
        (Comma(after) || Final(after) || QuoteCloseAt(after) == inside) &&
        AgreesWithAuxiliary(subject, g)) {
      const Scratch::Quote& q = s_.quotes[inside];
      s_.quotes[inside].used = true;
      Emit(ClaimKind::kDirect, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close},
           NameIn(subject), role, {}, false);
    }
    return;
  }
  if (inside >= 0) {
    if (!inverted || !Comma(g.first - 1) || s_.quotes[inside].used) return;
    const Scratch::Quote& q = s_.quotes[inside];
    s_.quotes[inside].used = true;
    Emit(ClaimKind::kDirect, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close}, speaker,
         role, {}, false);
    return;
  }

  // Complement: adverbs, an addressee (à X, au NYT), a colon, then the frame.
  uint32_t j = g.next;
  auto number = [&](uint32_t t) { return t < end && tok_[t].kind == TokenKind::kNumber; };
  // "il y a deux semaines", "il y a un an" before the complement: the token after it, or `t`.
  auto time_ago_end = [&](uint32_t t) {
    if (!(Is(t, kSubj) && !Is(t, kDet) && tok_[t].kind == TokenKind::kWord &&
          Is(t + 1, kImpersonal) && Is(t + 2, kAuxAvoir)))
      return t;
    const uint32_t k = TimePhraseEnd(t + 3, end, fr & kFrameInf);
    return k > t + 3 ? k : t;
  };
  auto skip_adverbs = [&] {
    for (;;) {
      while (j < end &&
             ((Is(j, kAdv) && !Is(j, kDet | kQue | kDe | kA | kSubj | kPrep)) || MentAdverb(j)))
        ++j;
      // A date: "annonce en novembre 2016 avoir…", "a déclaré le 3 mars que…".
      if (Is(j, kEn) && (number(j + 1) || (Is(j + 1, kAdv) && number(j + 2)))) {
        j += number(j + 1) ? 2 : 3;
      } else if (Is(j, kEn) && Is(j + 1, kAdv) && !Is(j + 1, kDet | kSubj)) {
        j += 2;
      } else if (const uint32_t d = DateEnd(j, end); d > j) {
        j = d;
      } else if (Is(j, kStress) && !Is(j, kDet) && Is(j + 1, kAdv) &&
                 !Is(j + 1, kDet | kQue | kDe | kA | kSubj | kPrep)) {
        j += 2;  // "affirme lui aussi que", "estiment eux aussi que"
      } else if (uint32_t k = TimePhraseEnd(j, end, fr & kFrameInf); k > j) {
        j = k;  // "a répondu quelques heures plus tard que", "a déclaré la semaine dernière que"
      } else if (const uint32_t a = time_ago_end(j); a > j) {
        j = a;  // "a déclaré il y a deux semaines que"
      } else if (Is(j, kDet) && !Is(j, kPrep) && Is(j + 1, kAdv) &&
                 !Is(j + 1, kDet | kQue | kDe | kA | kSubj | kPrep)) {
        j += 2;  // "annonçait ce matin à l'AFP que"
      } else if (uint32_t k = AdverbialPhraseEnd(j, end, fr & kFrameInf); k > j) {
        j = k;  // "a promis entre autres de", "a confirmé par la suite que"
      } else if (uint32_t k = InsertPhraseEnd(j, end);
                 k > j && k < end && (ComplementOpensAt(k, fr & kFrameInf) || Comma(k))) {
        // (A bare infinitive too, for a verb that takes one: "affirme de son côté avoir …".)
        j = k;  // "affirme de son côté que", "a estimé pour sa part que"
      } else {
        break;
      }
    }
  };
  skip_adverbs();
  // A stress pronoun before an insert: "annonce lui, le 3 janvier, qu'il …".
  if (Is(j, kStress) && !Is(j, kDet) && Comma(j + 1)) ++j;
  // "demander à ce que …" is a que-clause.
  if (Is(j, kA) && Is(j + 1, kDet) && Is(j + 2, kQue)) j += 2;
  // Whom the words are about, before que: "a dit de Marie Lenoir qu'elle …", "écrit d'elle
  // que …" (a person named or a stress pronoun only: "annonce de nouvelles mesures que le
  // gouvernement prendra" holds a relative que).
  if (Is(j, kDe) && !Is(j, kDet) && (fr & kFrameQue)) {
    uint32_t k = j + 1;
    if (Is(k, kStress) && !Is(k, kDet)) {
      ++k;
    } else if (const int32_t e = MentionEntity(k); e >= 0 &&
                                                   a_.entities[e].type == EntityType::kPerson &&
                                                   a_.mentions[s_.mention[k]].first_token == k) {
      k = a_.mentions[s_.mention[k]].end_token;
    }
    if (k > j + 1 && k < end && Is(k, kQue)) j = k;
  }
  Span addressee{};
  uint32_t addressee_from = 0;  // the first token after à/au/aux, when there is an addressee
  // ("auprès de l'AFP": a compound preposition of address, words.tsv class address.)
  const bool aupres = j + 1 < end && AddressPrepAt(j);
  if (j < end && ((Is(j, kA | kAu) && !InfinitiveAt(j + 1)) || aupres)) {
    if (aupres) ++j;  // from de/du/des on, as from à/au/aux
    uint32_t k = j + 1;
    addressee_from = k;
    // de + infinitive ends it, quoted too: "a demandé à l'État de « garantir … »".
    // (So does an indirect question for an active verb that takes one: "a demandé au préfet si
    // …", "… pourquoi …"; not "pourraient être demandés à l'étranger si des feux …", a
    // condition.)
    auto question = [&](uint32_t t) {
      return (fr & kFrameSi) && !g.passive && k > j + 1 &&
             ((Is(t, kSi) && !Is(t + 1, kAdv)) || (Is(t, kSe) && Is(t + 1, kSubj)) ||
              (Info(t) != nullptr && Info(t)->interrogative && !Cap(t)));
    };
    while (k < end && k - j <= kMaxAddresseeTokens && !Punct(k) && !Is(k, kQue | kRel) &&
           !(Is(k, kDe) &&
             (InfinitiveAt(k + 1) || (QuoteOpenAt(k + 1) >= 0 && InfinitiveAt(k + 2)))) &&
           !VerbLike(k) && !(k > j + 1 && Is(k, kPrep) && !Is(k, kDe)) && !question(k))
      ++k;
    if (k > j + 1) {
      // "au micro de RTL": the medium after a noun of address.
      const uint32_t medium = AddressNounPhraseEnd(j, end);
      addressee = NameIn({medium > j && medium < k ? medium : j + 1, k});
      // (A determiner a quotation follows is no addressee: "a rendu hommage à un « homme de
      // conviction »".)
      while (!addressee.empty() && Is(addressee.e - 1, kDet) && !Cap(addressee.e - 1))
        --addressee.e;
      // "à l'issue de la réunion", "au cours d'un entretien": when, where, not to whom.
      const uint32_t head = Is(j + 1, kDet) ? j + 2 : j + 1;
      if (head < k && Info(head) != nullptr && Info(head)->circumstance) addressee = {};
      // "à plusieurs reprises", "à nouveau": an adverbial phrase, its last word of words.tsv
      // class adv_phrase ("aux autres ministres" is an addressee).
      if (k - j <= kMaxAdverbialAddresseeTokens && Is(k - 1, kAdvPhrase) && !Cap(k - 1))
        addressee = {};
      // "a déclaré à Genève": a place without an article is where, not to whom.
      if (const int32_t e = Is(j, kA) && head == j + 1 ? MentionEntity(head) : -1;
          e >= 0 && a_.entities[e].type == EntityType::kLocation)
        addressee = {};
      j = k;
    }
  }
  // "a dénoncé sur BFMTV « … »", "a affirmé sur France Inter que": an outlet after sur, before
  // the complement, is the addressee (as in MediumAt: the text or a lexicon calls it an
  // outlet; "sur Twitter" is a platform).
  if (addressee.empty() && j + 1 < end && Is(j, kSur) && !Is(j + 1, kDet)) {
    if (const int32_t m = s_.mention[j + 1];
        m >= 0 && a_.mentions[m].first_token == j + 1 &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kOrganization &&
        Medium(static_cast<int32_t>(a_.mentions[m].entity), j) &&
        ComplementOpensAt(a_.mentions[m].end_token, fr & kFrameInf)) {
      addressee = {j + 1, a_.mentions[m].end_token};
      addressee_from = j + 1;
      j = addressee.e;
    }
  }
  skip_adverbs();
  // A prepositional phrase or an insert before que: "a déclaré dimanche dans une lettre aux
  // employés que", "avaient demandé lundi, au Congrès, que", "justifie, dans un communiqué,
  // que" (a cue form after a determiner is a noun).
  // ("…, tandis qu'une autre source …": a conjunction ending in que opens another clause.)
  // (A parenthesis inside it too: "a déclaré dans Le Marca (un journal espagnol) que".)
  // (A participle after a noun qualifies it: "affirme dans un communiqué publié mardi que".)
  // (A capitalized cue form inside it is a name: "a écrit sur Twitter que".)
  if (!Is(j, kQue) && (Is(j, kPrep) || Comma(j)) && !Is(j, kDe)) {
    // (A comparison and its second term stay inside: "a déclaré, plus tôt que prévu, que".)
    uint32_t k = j;
    const uint32_t reach = Comma(j) ? kMaxCommaInsertBeforeComplement : kMaxInsertBeforeQue;
    while (k < end && k - j < reach) {
      if (Is(k, kQue) && ComparativeQue(k, j)) {
        k = std::min(k + 2, end);
        continue;
      }
      // (Inside commas, a participle in -é after a name qualifies the insert's noun: ",
      // dans un entretien accordé au Figaro publié dimanche, que".)
      const bool after_name_in_insert =
          Comma(j) && k > j && WrittenParticiple(k) && MentionEntity(k - 1) >= 0;
      // (A title in quotation marks is a name there: "a déclaré sur le plateau de « C à vous »
      // que", "a affirmé dans « Le Monde » que".)
      if (const uint32_t q = TitleThenQue(k); q > k) {
        k = q;
        continue;
      }
      if (Is(k, kQue) ||
          (Is(k, kCueForm) && !AfterDeterminer(k) && !ParticipleAfterNoun(k) && !AfterDe(k) &&
           !Cap(k) && !after_name_in_insert) ||
          (VerbLike(k) && !Cap(k)) || QuoteOpenAt(k) >= 0 ||
          (Punct(k) && !Comma(k) && !KeyIs(k, "(") && !KeyIs(k, ")")))
        break;
      ++k;
    }
    // ("est justifiée par le fait que …": a cause, no content; "sur le fait que" is one, below.)
    if (Is(k, kQue) && !IsConjunctionBeforeQue(k - 1) && !Is(k - 1, kFait)) {
      j = k;
    } else if ((fr & kFrameInf) && Comma(j) && k > j + 1 && Comma(k - 1) && InfinitiveAt(k)) {
      j = k;  // an insert in commas, then a bare infinitive: "a reconnu, dans un communiqué, avoir"
    } else if ((fr & kFrameInf) && Is(j, kPrep) && k > j + 1 && !Comma(k - 1) && InfinitiveAt(k)) {
      j = k;  // ... or without commas: "ont affirmé dans un communiqué avoir repoussé"
    } else if (KeyIs(k, ":") && QuoteOpenAt(k + 1) >= 0) {
      j = k;  // ... or a colon and a quotation: "s'est exprimé devant la presse : « … »"
    }
  }
  // A relative clause on the addressee, set off by commas, before que: "a répondu au syndicat,
  // qui l'accusait de « mépris », que la porte restait ouverte" (its quotation is its own);
  // or before a colon and a quotation, with or without its comma: "a répondu à Jean Roux, qui
  // l'accusait de mensonge : « C'est faux »", "a répondu aux journalistes qui l'interrogeaient :
  // « … »" (the answer's words, not the accuser's).
  if ((Comma(j) && Is(j + 1, kRel) && !Is(j + 1, kQue)) ||
      (!addressee.empty() && Is(j, kRel) && !Is(j, kQue))) {
    const uint32_t rel = Comma(j) ? j + 1 : j;
    uint32_t k = rel + 1;
    while (k < end && k - j < kMaxAffiliationTokens && !Comma(k) && (!Punct(k) || s_.quote[k] >= 0))
      k = QuoteOpenAt(k) >= 0 ? s_.quotes[QuoteOpenAt(k)].close + 1 : k + 1;
    if (k < end && Comma(k) && Is(k + 1, kQue) && !IsConjunctionBeforeQue(k))
      j = k + 1;
    else if (k + 1 < end && KeyIs(k, ":") && QuoteOpenAt(k + 1) >= 0)
      j = k;
  }
  // "a déclaré plus tôt que prévu que …": the comparison's que opens no content; a que right
  // after its second term does.
  if (Is(j, kQue) && ComparativeQue(j, g.next)) j = j + 2 < end && Is(j + 2, kQue) ? j + 2 : end;
  // "le fait que", "sur le fait que".
  {
    uint32_t k = j;
    if (Is(k, kSur)) ++k;
    if (Is(k, kLe) && Is(k + 1, kFait) && Is(k + 2, kQue)) j = k + 2;
  }
  if (KeyIs(j, ":") && QuoteOpenAt(j + 1) >= 0) ++j;
  // A title in quotation marks ending the addressee: "a affirmé au « Parisien » que".
  j = TitleThenQue(j);

  // "les réformes qu'il proposait, un désaveu plus fort que prévu": the relative is the object.
  // (An infinitive may still hold it: "la proposition qu'elle affirme avoir faite".)
  if (!inverted && Is(j, kQue | kSi) && ObjectRelativeBefore(g.first, s)) return;
  ClaimKind kind = ClaimKind::kIndirect;
  Span content{};
  int32_t quote = -1;
  if (j >= end && !KeyIs(j - 1, ":")) {
    // The verb ends its sentence: a quotation opening the next one is no complement of it
    // ("Grève : le syndicat menace ¶ « … », a assuré X"), unless a colon announces it.
  } else if (QuoteOpenAt(j) >= 0 && !TitleAsInvertedSubject(g, j, s)) {
    quote = QuoteOpenAt(j);
  } else if ((fr & kFrameDeQuote) && Is(j, kDe | kDu | kDes) &&
             (QuoteOpenAt(j + 1) >= 0 || (Is(j + 1, kDet) && QuoteOpenAt(j + 2) >= 0))) {
    quote = QuoteOpenAt(QuoteOpenAt(j + 1) >= 0 ? j + 1 : j + 2);
  } else if ((fr & kFrameSurQuote) && Is(j, kSur) &&
             (QuoteOpenAt(j + 1) >= 0 || (Is(j + 1, kDet) && QuoteOpenAt(j + 2) >= 0))) {
    quote = QuoteOpenAt(QuoteOpenAt(j + 1) >= 0 ? j + 1 : j + 2);
  } else if ((fr & (kFrameA | kFrameObjA)) && Is(j, kA) && !Is(j, kDet) &&
             (QuoteOpenAt(j + 1) >= 0 || (Is(j + 1, kDet) && QuoteOpenAt(j + 2) >= 0)) &&
             !InfinitiveAt(QuoteOpenAt(j + 1) >= 0 ? j + 2 : j + 3)) {
    // "a appelé à « la retenue »": a call for a quoted noun phrase, as decision 4's object
    // holding a quotation (an infinitive is the à-frame's content, below).
    quote = QuoteOpenAt(QuoteOpenAt(j + 1) >= 0 ? j + 1 : j + 2);
  } else if ((fr & kFrameAttribute) && AttributeAt(j, end)) {
    // "juge inacceptable que …", "estime nécessaire de …": the judgement and its object.
    content = {j, ClauseEnd(j, s)};
  } else if (Is(j, kQue) && (fr & kFrameQue)) {
    // "estimait que, de par cette situation, Flynn …": the content starts after the comma.
    const uint32_t from = Comma(j + 1) ? j + 2 : j + 1;
    content = {from, ClauseEnd(from, s)};
  } else if (const bool interrogative = Info(j) != nullptr && Info(j)->interrogative && !Cap(j);
             (fr & kFrameSi) && ((Is(j, kSi) && !(Is(j + 1, kAdv) && !Is(j + 1, kDet))) ||
                                 (Is(j, kSe) && Is(j + 1, kSubj)) || interrogative)) {
    // An indirect question: after si (not the adverb of "si bien": "cette" is both a determiner
    // and the adverb of "cette semaine"), or from its interrogative on
    // ("a précisé combien de logements …", "se demande pourquoi …").
    const uint32_t from = interrogative ? j : j + 1;
    content = {from, ClauseEnd(from, s)};
  } else if ((fr & (kFrameDe | kFrameObjDe)) && Is(j, kDe) && InfinitiveOrQuotedAt(j + 1)) {
    content = {j + 1, ClauseEnd(j + 1, s, /*infinitive=*/true)};
    // A participial phrase ends at its comma: "Accusée d'avoir menti, la ministre …".
    if (g.bare)
      for (uint32_t k = content.b; k < content.e; ++k)
        if (Comma(k)) {
          content.e = k;
          break;
        }
  } else if ((fr & kFrameA) && Is(j, kA) && InfinitiveOrQuotedAt(j + 1)) {
    content = {j + 1, ClauseEnd(j + 1, s, /*infinitive=*/true)};
  } else if ((fr & kFrameInf) && InfinitiveAt(j) && !Is(j, kDet)) {
    content = {j, ClauseEnd(j, s, /*infinitive=*/true)};
  }
  // A non-finite cue further on has its own complement: "a critiqué le projet avant d'ajouter :
  // « … »", "a dénoncé la réforme en évoquant une « … »".
  // (A verb that takes only an adjacent "de « … »", parler, cannot take a quotation further on:
  // it does not stop the scan.)
  auto nonfinite_cue = [&](uint32_t k) {
    VerbGroup h;
    return Is(k, kCueForm) && MatchVerb(k, s, &h) && h.nonfinite &&
           (h.lemma->frames & ~(kFrameDeQuote | kFrameSurQuote)) != 0;
  };
  // « A », a-t-il dit, « B »: an incise between two quotations. The quotation after its comma
  // is no object of the verb: the one before is the claim, the one after shares its cue.
  const bool after_closing_quote =
      g.first > s.first_token &&
      (QuoteCloseAt(g.first - 1) >= 0 ||
       (Comma(g.first - 1) && QuoteCloseAt(FootnoteStart(g.first - 1) - 1) >= 0));
  auto quote_after_incise = [&](uint32_t k) { return after_closing_quote && Comma(k - 1); };
  // The quotation opening at `k` (after the complement's start `from`) completes a reporting
  // participle on a noun that names its own agent: "a proposé une prime, une offre jugée
  // « insuffisante » par les syndicats" quotes the unions, not who proposed.
  auto quote_of_agent = [&](uint32_t from, uint32_t k) {
    const int32_t q = QuoteOpenAt(k);
    if (q < 0 || !Is(s_.quotes[q].close + 1, kPar)) return false;
    for (uint32_t p = from; p < k; ++p)
      if (Is(p, kCueForm) && ParticipleAfterNoun(p)) return true;
    return false;
  };
  // "Comme l'explique X, « … »": the quotation after the inverted subject is what comme
  // attributes (the parenthetical below), not the verb's object.
  const bool comme_before = [&] {
    if (g.first <= s.first_token) return false;
    uint32_t p = g.first - 1;
    if (p > s.first_token && Is(p, kObjClitic)) --p;
    return AsReportedAt(p);
  }();
  if (content.empty() && quote < 0 && !comme_before) {
    // An object, then de + infinitive (accuser X de …) or a quotation (qualifie X de « … »).
    for (uint32_t k = j; k < end && k - j < kMaxObjectTokens; ++k) {
      if (QuoteOpenAt(k) >= 0 && quote_after_incise(k)) break;
      // "appelle les syndicats à « reprendre le dialogue »": the object is the addressee.
      if ((fr & kFrameObjA) && Is(k, kA) && QuoteOpenAt(k + 1) >= 0 && InfinitiveAt(k + 2) &&
          k > j) {
        content = {k + 1, ClauseEnd(k + 1, s, /*infinitive=*/true)};
        break;
      }
      // ... or a quoted noun phrase: "a appelé les deux pays à « la retenue »".
      if ((fr & kFrameObjA) && Is(k, kA) && !Is(k, kDet) && k > j && QuoteOpenAt(k + 1) >= 0 &&
          !s_.quotes[QuoteOpenAt(k + 1)].used) {
        quote = QuoteOpenAt(k + 1);
        break;
      }
      if (QuoteOpenAt(k) >= 0) {
        // "l'accusait de « mépris »": the object is the clitic before the verb, and de opens
        // the quotation as after a noun-phrase object ("accusait le ministre de « … »").
        const bool clitic_object = (fr & kFrameObjQuote) && k == j + 1 && Is(j, kDe) &&
                                   g.first > s.first_token && Is(g.first - 1, kObjClitic);
        if (!s_.quotes[QuoteOpenAt(k)].used && (fr & (kFrameQue | kFrameObjQuote)) &&
            // ("explique ce recul par « … »": par gives the reason, frame P.)
            (!GovernedQuote(k, j) || ((fr & kFrameParQuote) && Is(k - 1, kPar) && k > j + 1)) &&
            !quote_of_agent(j, k) &&
            // (After the quotation the verb attributes, a title is no second one: "« … », a
            // affirmé X à « Libération »".)
            !(after_closing_quote && ShortCapitalizedQuote(k)) &&
            (clitic_object ||
             !(k > j && (QuotedNameAfterPreposition(k) || QuotedNameAfterNoun(k)))))
          quote = QuoteOpenAt(k);
        break;
      }
      // "a informé les salariés que …", "a prévenu le maire que …": a short object then que
      // (frame Q); the object is the addressee.
      if ((fr & kFrameObjQue) && Is(k, kQue) && k > j && k - j <= kMaxShortNPTokens &&
          (Is(j, kDet) || Cap(j)) && !Is(j, kPrep | kDe | kA | kAu) &&
          !IsConjunctionBeforeQue(k - 1)) {
        if (addressee.empty()) addressee = NameIn({j, k});
        content = {k + 1, ClauseEnd(k + 1, s)};
        break;
      }
      if ((Punct(k) && !Comma(k)) || Is(k, kQue | kRel) || VerbLike(k) || nonfinite_cue(k)) break;
      if ((fr & kFrameObjDe) && Is(k, kDe) && InfinitiveAt(k + 1) && k > j) {
        if (addressee.empty() && Is(j, kA | kAu)) addressee = NameIn({j + 1, k});
        content = {k + 1, ClauseEnd(k + 1, s, /*infinitive=*/true)};
        break;
      }
      // "appelle les habitants à bloquer les routes": the object is the addressee.
      if ((fr & kFrameObjA) && Is(k, kA) && InfinitiveAt(k + 1) && k > j) {
        content = {k + 1, ClauseEnd(k + 1, s, /*infinitive=*/true)};
        break;
      }
    }
  }
  // "C'est ce qu'a annoncé X." / "…, c'est ce que X a déclaré.": ce is the verb's object and
  // stands for what was said just before, the previous sentence of the paragraph or the clause
  // before the comma.
  if (content.empty() && quote < 0 && !g.passive && (fr & kFrameQue)) {
    int64_t que = -1;
    for (uint32_t k = g.first; k-- > s.first_token && g.first - k <= kMaxSubjectTokens + 1;) {
      if (Is(k, kQue)) {
        que = k;
        break;
      }
      if (Punct(k) || VerbLike(k)) break;
    }
    if (que > static_cast<int64_t>(s.first_token) && Is(que - 1, kCleft)) {
      const uint32_t ce = static_cast<uint32_t>(que - 1);
      // "c'est" before ce (also "ce fut", "c'était": an auxiliary after c').
      uint32_t head = ce;
      if (head >= s.first_token + 2 && Is(head - 1, kAuxEtre) && Is(head - 2, kNoSpeaker))
        head -= 2;
      uint32_t first = s.first_token;
      while (first < end && Punct(first) && QuoteOpenAt(first) < 0) ++first;
      Span said{};
      // (A heading shares the number of the paragraph under it, and says nothing: it ends on a
      // word, where a sentence ends on punctuation.)
      // (Nor does a dateline, which a dash closes: "7 mai 2026 . – C'est ce qu'a …".)
      if (head == first && si > 0 && s.first_token == a_.sentences[si].first_token &&
          s_.paragraph[s_.sentences[si - 1].first_token] == s_.paragraph[first] &&
          tok_[s_.sentences[si - 1].end_token - 1].kind != TokenKind::kWord) {
        const Sentence& prev = s_.sentences[si - 1];
        uint32_t b = prev.first_token, e = prev.end_token;
        while (b < e && Punct(b) && QuoteOpenAt(b) < 0) ++b;
        while (e > b && Final(e - 1)) --e;
        said = {b, e};
      } else if (head > first + 1 && Comma(head - 1)) {
        said = {first, head - 1};
      }
      if (!said.empty() && !ContentTaken(TrimContent(said))) {
        const Span subject = static_cast<uint32_t>(que) + 1 < g.first
                                 ? LeftSubject(g.first, s, &role)
                                 : InvertedSubject(g.next, end);
        if (!subject.empty()) {
          content = said;
          speaker = subject;
          inverted = true;
        }
      }
    }
  }
  // Parenthetical: "…, a indiqué la préfecture." / "« … », a-t-il dit." / "comme le rapporte X".
  bool as_reported = false;
  if (content.empty() && quote < 0 && (fr & kFrameParen) && !g.passive && g.first > s.first_token) {
    // (An object clitic may stand between the comma and the verb: "« … », nous a confié X",
    // "…, lui a répondu le maire", "…, l'a confirmé X"; "comme le rapporte X" has no comma.)
    uint32_t p = g.first - 1;
    if (p > s.first_token && Is(p, kObjClitic) && (Comma(p - 1) || QuoteCloseAt(p - 1) >= 0)) --p;
    // (comme, or "ainsi que": its first word, "Ainsi que l'a rappelé X, …".)
    int64_t comme = -1;
    if (Is(p, kObjClitic) && Is(p, kDet) && p > s.first_token && AsReportedAt(p - 1))
      comme = p - 1;
    else if (AsReportedAt(p))
      comme = p;
    if (comme > static_cast<int64_t>(s.first_token) && !Is(comme, kComme)) --comme;
    const bool after_quote =
        QuoteCloseAt(p) >= 0 || (Comma(p) && QuoteCloseAt(FootnoteStart(p) - 1) >= 0);
    // (A gerund or an infinitive has no inverted subject: "…, confirmant les rumeurs" holds
    // an object, and whose rumours they are is no speaker.)
    Span after = inverted      ? Span{g.next, g.next}
                 : g.nonfinite ? Span{}
                               : InvertedSubject(g.next, end, after_quote);
    // The addressee ends where the inverted subject begins: "a indiqué à la presse Carlos
    // Tavares" spoke to the press.
    if (!after.empty() && !addressee.empty() && addressee.e > after.b)
      addressee = addressee_from < after.b ? NameIn({addressee_from, after.b}) : Span{};
    uint32_t tail = after.e;
    if (!inverted && !after.empty()) after = Apposed(after, end, &tail);
    // Whom "on" had it from: "…, indique-t-on de source judiciaire." (words.tsv class people
    // after de, as for "a-t-on appris de source policière"): that phrase speaks.
    if (inverted && g.clitic >= 0 && Is(tail, kDe) && !Is(tail, kDu | kDes | kDet) &&
        Is(tail + 1, kPeople) && !Cap(tail + 1)) {
      const Span from = RightNP(tail + 1, end, kMaxShortNPTokens);
      if (!from.empty() && TailOk(from.e, end)) {
        speaker = from;
        tail = from.e;
      }
    }
    // The medium the inverted subject spoke to: "…, a confié Paul Morel à l'AFP.", "…, a
    // déclaré le vainqueur au micro de France Inter."
    // (After a name in apposition, past its comma: "…, a réagi son vice-président, Thierry
    // Mallet, sur Franceinfo.")
    if (!inverted && !after.empty() && addressee.empty()) {
      const uint32_t at = Comma(tail) ? tail + 1 : tail;
      if (const Span to = MediumAt(at, end); !to.empty()) {
        addressee = to;
        tail = to.e;
      }
    }
    // A title in its quotation marks names the speaker inside them: "« … », écrit « Le Figaro
    // »." (InvertedSubject).
    if (after.e - after.b > 2 && QuoteOpenAt(after.b) >= 0 &&
        QuoteCloseAt(after.e - 1) == QuoteOpenAt(after.b))
      after = {after.b + 1, after.e - 1};
    if (!inverted && !AgreesWithAuxiliary(after, g)) after = {};  // "…, ont lancé une offensive"
    const bool has_subject = inverted || !after.empty();
    // Where the sentence's clause opens: past its opening punctuation and a dateline ("PARIS
    // (AFP) - Comme le rapporte X, …").
    uint32_t clause_first = ClauseHead(s, end);
    if (static_cast<int64_t>(clause_first) > comme && comme >= 0) clause_first = s.first_token;
    // (At the head of the sentence, X's comma opens the content; after the content, the
    // sentence may end after X: "…, comme le rapporte X.")
    // (At the head, a colon and a quotation may follow X: "Comme le souligne X : « … »", X's
    // own words, direct.)
    // (A time may follow X before its comma: "Comme l'expliquait X mardi, …".)
    if (comme >= 0 && !after.empty() && !Comma(tail)) {
      uint32_t k = tail;
      while (k < end && k - tail < kMaxAdverbsInCue && Is(k, kAdv) &&
             !Is(k, kDet | kDe | kA | kPrep | kSubj | kQue))
        ++k;
      if (k > tail && Comma(k)) tail = k;
    }
    const bool colon_quote = comme >= 0 && static_cast<uint32_t>(comme) == clause_first &&
                             KeyIs(tail, ":") && QuoteOpenAt(tail + 1) >= 0;
    if (comme >= 0 && !after.empty() &&
        (Comma(tail) || colon_quote ||
         (static_cast<uint32_t>(comme) != clause_first && TailOk(tail, end)))) {
      as_reported = true;
      speaker = after;
      if (colon_quote) {
        const int32_t q = QuoteOpenAt(tail + 1);
        s_.quotes[q].used = true;
        Emit(ClaimKind::kDirect, si, g.first, g.last + 1, lemma.name,
             {s_.quotes[q].open + 1, s_.quotes[q].close}, NameIn(speaker), role, addressee, false);
        return;
      } else if (static_cast<uint32_t>(comme) == clause_first) {
        // The speaker's affiliation between commas belongs to the source phrase: "Comme
        // l'explique X, de l'université de Neuchâtel, « … »".
        // (Not "de nombreux salariés …", the content's subject: de then an article or a name.)
        if (Comma(tail) &&
            (Is(tail + 1, kDu) ||
             (Is(tail + 1, kDe) && !Is(tail + 1, kDes) &&
              ((Is(tail + 2, kDet) && !Is(tail + 2, kIndef | kIndefArticle)) || Cap(tail + 2)))))
          for (uint32_t k = tail + 2; k < end && k < tail + kMaxAffiliationTokens; ++k) {
            if (VerbLike(k) || QuoteOpenAt(k) >= 0 || (Punct(k) && !Comma(k))) break;
            if (Comma(k)) {
              tail = k;
              break;
            }
          }
        content = {tail + 1, ClauseEnd(tail + 1, s)};
      } else {
        content = {clause_first, static_cast<uint32_t>(comme)};
      }
    } else if (const Span clause = has_subject && Comma(p) ? InciseClause(p, tail, s) : Span{};
               !clause.empty()) {
      content = clause;
      if (!inverted) speaker = after;
      inverted = true;
    } else if (has_subject && TailOk(tail, end) && (Comma(p) || QuoteCloseAt(p) >= 0)) {
      // (A footnote mark may stand between the quotation and the comma: « … » [2], dit-il.)
      const uint32_t c = Comma(p) ? FootnoteStart(p) : p + 1;
      // (A quotation nested after or on its verb is part of the attributed clause: "Paul Morel
      // « conteste les faits », a déclaré son avocat", "Il exige « des garanties », a fait
      // savoir son entourage": NestedQuoteClaim.)
      const auto on_verb = [&](int32_t q) {
        const uint32_t first = tok_[s_.quotes[q].open + 1].begin;
        for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence == si;)
          if (a_.claims[i].content_begin == first)
            return NestedQuoteClaim(a_.claims[i], {s.first_token, c});
        return false;
      };
      // (So is one after the clause's subject, opening on its predicate: "Son client « n'a
      // jamais été informé », a-t-il martelé" attributes the clause, quotation inside.)
      const auto after_subject = [&](int32_t q) {
        uint32_t b = s.first_token;
        while (b < c && Punct(b) && QuoteOpenAt(b) < 0) ++b;
        const uint32_t open = s_.quotes[q].open;
        if (open <= b + 1 || open - b > kMaxSubjectTokens || open + 1 >= c || Cap(open + 1) ||
            tok_[open + 1].kind != TokenKind::kWord ||
            Is(open + 1, kDet | kPrep | kDe | kA | kAu | kConj | kSubj) ||
            !(Is(b, kDet | kPoss) || Cap(b)))
          return false;
        for (uint32_t k = b; k < open; ++k)
          if (Punct(k) || VerbLike(k) || Is(k, kQue | kRel | kPrep)) return false;
        return true;
      };
      // (And one after the clause's subject and verb, in lower case, that no cue of the clause
      // took: "Le projet est « mort », a indiqué la préfecture"; "Le suspect a été mis en examen
      // pour « tentative d'assassinat », a annoncé le parquet" attribute the clause, quotation
      // inside: mixed, GUIDELINE "mixed". A colon before the quotation sets it apart.)
      const auto after_predicate = [&](int32_t q) {
        uint32_t b = s.first_token;
        while (b < c && Punct(b) && QuoteOpenAt(b) < 0) ++b;
        b = std::min(DatelineEnd(b, c), c);
        const uint32_t open = s_.quotes[q].open;
        if (s_.quotes[q].used || open <= b + 1 || open - b > kMaxPredicateQuoteTokens ||
            open + 1 >= c || Cap(open + 1) || tok_[open + 1].kind != TokenKind::kWord ||
            !(Is(b, kDet | kPoss | kSubj) || Cap(b)) || Is(b, kPrep))
          return false;
        bool verb = false;
        for (uint32_t k = b; k < open; ++k) {
          if (Punct(k) || s_.quote[k] >= 0 || Is(k, kQue | kRel)) return false;
          verb = verb || VerbLike(k);
        }
        return verb;
      };
      if (const int32_t q = QuoteCloseAt(c - 1); q >= 0 && !(s_.quotes[q].used && on_verb(q)) &&
                                                 !after_subject(q) && !after_predicate(q)) {
        // (A name in quotation marks is no content: "l'organisation « État islamique »
        // revendique les attaques".)
        if (!s_.quotes[q].used && !QuotedNameAfterNoun(s_.quotes[q].open)) quote = q;
      } else {
        // The attributed clause, from the start of the sentence (after a dateline: "PARIS
        // (AFP) - …"); it must hold a verb (an auxiliary, a cue form or an infinitive: "va
        // fermer").
        uint32_t b = s.first_token;
        while (b < c && Punct(b)) ++b;
        b = std::min(DatelineEnd(b, c), c);
        // A subject with its insert is the verb's own, no attributed clause: "La start-up
        // Nuvelia, qui développe X, a annoncé une levée de fonds" (an object, decision 1).
        // (One insert only, closed by the comma before the verb: "Le suspect, qui était armé, a
        // été interpellé, a indiqué X" holds the clause's own verb after it.)
        {
          uint32_t c0 = b;
          bool future = false;  // "Les guichets fermeront le samedi, faute de personnel, …"
          for (; c0 < c && !Comma(c0); ++c0) future = future || (c0 > b && FutureOrConditional(c0));
          uint32_t c1 = c0 + 1;
          while (c1 < c && !Comma(c1)) ++c1;
          if (c0 < c && c1 == c && !future && SubjectInsertBefore(b, c)) return;
        }
        bool verb = false;
        // (A lower-case word right after a subject pronoun is its verb: "Il viendra, a dit le
        // maire." A future or conditional is one by its ending: "Les urgences fermeront la nuit,
        // faute de médecins, a annoncé l'ARS.")
        for (uint32_t k = b; k < c && !verb; ++k)
          verb = VerbLike(k) || InfinitiveAt(k) || (k > b && FutureOrConditional(k)) ||
                 (k > b && Is(k - 1, kSubj) && !Is(k - 1, kDet) &&
                  tok_[k].kind == TokenKind::kWord && !Cap(k));
        // Without a known verb, a clause of kMinVerblessParenContentTokens words or more and no
        // comma ("Le vote, intervenu peu avant 23h, a conclu une séance" is a subject with an
        // insert, then its verb and object).
        bool comma = false;
        for (uint32_t k = b; k < c && !comma; ++k) comma = Comma(k);
        if (verb || (c - b >= kMinVerblessParenContentTokens && !comma)) content = {b, c};
        if (!content.empty() && ContentTaken(TrimContent(content))) return;
      }
      if (!inverted && (quote >= 0 || !content.empty())) {
        speaker = after;
        inverted = true;
        // An outlet reporting a clause that holds its own claim relays it, as "comme le
        // rapporte X" does: "Le maire dénonce « une provocation », a rapporté Le Progrès" is
        // the mayor's claim via Le Progrès, no claim of the paper's own (Chains).
        if (!content.empty() && !after.empty()) {
          const Span name = NameIn(after);
          const int32_t e = MentionEntity(name.b);
          bool own_claim = false;
          for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence == si && !own_claim;)
            own_claim = a_.claims[i].cue_begin >= tok_[content.b].begin &&
                        a_.claims[i].cue_end <= tok_[content.e - 1].end;
          as_reported = own_claim && e >= 0 && a_.entities[e].type == EntityType::kOrganization &&
                        Medium(e, name.e);
        }
      }
    }
  }
  // The subject before its verb after a quotation that opens the sentence: "« … », Martin
  // Dupuis a dit devant la presse."
  if (content.empty() && quote < 0 && (fr & kFrameParen) && !g.passive && !inverted &&
      TailOk(g.next, end)) {
    const Span subj = LeftSubject(g.first, s, &role);
    uint32_t first = s.first_token;
    while (first < end && Punct(first) && QuoteOpenAt(first) < 0) ++first;
    if (!subj.empty() && subj.e <= g.first && subj.b > first + 1 && Comma(subj.b - 1)) {
      const int32_t q = QuoteCloseAt(FootnoteStart(subj.b - 1) - 1);
      if (q >= 0 && !s_.quotes[q].used && s_.quotes[q].open == first) {
        quote = q;
        speaker = subj;
        inverted = true;
      }
    }
  }
  // The object before a colon names whose words the quotation after it are when it is a
  // document or words of someone ("a rappelé les propos du prévenu : « … »", "a lu la lettre
  // de Paul Roux : « … »"): that phrase speaks, not the verb's subject (Resolve takes it to
  // its author). Its span, else empty.
  auto words_of_object = [&](uint32_t colon) -> Span {
    uint32_t n = j;
    while (n < colon && Is(n, kDet) && !Is(n, kPoss)) ++n;
    // (Its complement names someone: an article or a name after de; "un communiqué de presse"
    // is of a kind, the subject's own.)
    if (n == j || n + 2 >= colon || !Is(n, kInfo) ||
        !(Is(n + 1, kDu | kDes) || (Is(n + 1, kDe) && (Is(n + 2, kDet) || Cap(n + 2)))))
      return {};
    for (uint32_t t = n + 1; t < colon; ++t)
      if (Punct(t) || VerbLike(t) || s_.quote[t] >= 0) return {};
    return {j, colon};
  };
  Span object_speaker{};
  if (content.empty() && quote < 0 && !comme_before && (fr & (kFrameQue | kFrameObjQuote))) {
    // A quotation later in the sentence, with no clause in between (X déclare … : « … »).
    // Another cue on the way has it: "a réagi par la voix de son porte-parole, X, qui a
    // dénoncé « … »" (a compound tense too).
    // (A relative clause set off by a comma holds its own verb: ", qui l'accusait de « … »".)
    for (uint32_t k = j; k < end; ++k) {
      if (Is(k, kQue) || KeyIs(k, ";") || (k > j && VerbLike(k) && Is(k, kCueForm)) ||
          (k > j && Comma(k - 1) && Is(k, kRel)) || (k > j && nonfinite_cue(k)) ||
          (k > j && Is(k, kAuxAvoir | kAuxEtre) && !Is(k, kDet) && Is(k + 1, kCueForm) &&
           (WrittenParticiple(k + 1) || HasFormTag(k + 1, kPastParticiple))))
        break;
      const int32_t q = QuoteOpenAt(k);
      if (q >= 0) {
        if (!s_.quotes[q].used && !GovernedQuote(k, j) && !quote_after_incise(k) &&
            !quote_of_agent(j, k) &&
            !(k > j && (QuotedNameAfterPreposition(k) || QuotedNameAfterNoun(k)))) {
          quote = q;
          if (k > j && KeyIs(k - 1, ":")) object_speaker = words_of_object(k - 1);
        }
        break;
      }
    }
  }
  if (content.empty() && quote < 0 && (fr & (kFrameQue | kFrameObjQuote)) &&
      si + 1 < s_.sentences.size()) {
    // The quotation opens the next sentence or paragraph after a colon that ends this one:
    // "Un témoin décrit la scène :\n\n« On a entendu un bruit. »"
    uint32_t colon = end;
    while (colon > j && Final(colon - 1) && !KeyIs(colon - 1, ":")) --colon;
    if (colon > j && KeyIs(colon - 1, ":")) {
      bool clause = false;
      for (uint32_t k = j + 1; k + 1 < colon && !clause; ++k)
        clause =
            Is(k, kQue) || KeyIs(k, ";") || s_.quote[k] >= 0 || (VerbLike(k) && Is(k, kCueForm));
      const int32_t q = QuoteOpenAt(s_.sentences[si + 1].first_token);
      if (!clause && q >= 0 && !s_.quotes[q].used) {
        quote = q;
        object_speaker = words_of_object(colon - 1);
      }
    }
  }
  if (content.empty() && quote < 0) return;
  if (quote >= 0) {
    const Scratch::Quote& q = s_.quotes[quote];
    if (q.used) return;
    s_.quotes[quote].used = true;
    kind = ClaimKind::kDirect;
    content = {q.open + 1, q.close};
  } else {
    if (question) return;
    bool has_quote;
    const Span trimmed = TrimContent(content);
    // The whole content quoted (que « … ») or a fragment: mixed either way.
    UseQuotesIn(trimmed, &has_quote);
    // Cognition (penser que …) is a claim only when a quotation shows it was voiced.
    if ((fr & kFrameVoiced) && !has_quote) return;
    if (has_quote) kind = ClaimKind::kMixed;
  }
  // "X fait dire à Y que …": the one made to say is the speaker.
  const bool causative = !addressee.empty() && (fr & kCausative);
  if (!object_speaker.empty()) {
    speaker = object_speaker;
  } else if (causative) {
    speaker = addressee;
    addressee = {};
  } else if (!g.enabled.empty()) {
    speaker = g.enabled;
  } else if (g.narrative) {
    // The speaker of the previous sentence's last claim, else that sentence's subject.
    if (!a_.claims.empty() && a_.claims.back().sentence + 1 == si &&
        a_.claims.back().speaker.present()) {
      const ClaimRole& prev = a_.claims.back().speaker;
      speaker = {TokenAtByte(prev.begin), TokenAtByte(prev.end)};
    } else if (si > 0) {
      const Span subject = SentenceSubject(s_.sentences[si - 1]);
      if (!subject.empty() && Referential(subject)) speaker = subject;
    }
  } else if (!inverted && !as_reported) {
    const bool gerund_only = GerundGroup(g);
    if (gerund_only) {
      // An absolute construction: ", nombre d'experts estimant que …" (a noun phrase right
      // after a comma, then the participle); else the subject of the nearest verb on the left
      // (… a été émue en affirmant).
      Span np{};
      if (!g.infinitive && g.first > s.first_token + 1 && !Punct(g.first - 1) &&
          !Is(g.first - 1, kPrep)) {
        np = LeftNP(g.first - 1, s.first_token);
        if (np.empty() || !Comma(np.b - 1) || !(Is(np.b, kDet | kIndef) || Cap(np.b)) ||
            HoldsVerb(np))
          np = {};
      }
      // "C'est ce qu'a annoncé X, soulignant que …", "« … », a dit X, ajoutant que …": when
      // the nearest verb on the left is the cue of a claim of this sentence, the participle
      // shares that claim's speaker (the main clause's subject, wherever it stands).
      if (np.empty()) np = SpeakerOfCueBefore(g.first, si);
      // A participle opening the sentence ("Estimant que la crise est finie, le ministre a
      // démissionné"): its subject is the main clause's, after the comma that ends its content.
      uint32_t main_comma = kNone;
      if (np.empty() && FrontedClauseStart(g, s)) {
        np = MainClauseSubject(g.last + 1, s, &main_comma);
        if (np.empty()) return;  // no main clause found: whose words these are is a guess
        if (!content.empty() && content.e > main_comma) content.e = main_comma;
      }
      speaker = np.empty() ? NearestSubject(g.first, s, &role) : np;
    } else if (g.passive) {
      speaker = {};
      if (Is(g.next, kPar)) {
        // The agent ends where the content opens: "accusé par la Russie | de ne pas vouloir
        // …" (the complement's de stays out of the agent).
        const uint32_t agent_end = content.b > g.next ? content.b : end;
        speaker = RightNP(g.next + 1, agent_end, kMaxShortNPTokens);
        while (speaker.e > speaker.b + 1 && Is(speaker.e - 1, kDe)) --speaker.e;
      }
      // "qualifié de « … » par les syndicats", "a été jugée « inacceptable » par la CGT",
      // "est décrit comme un « engin » par la police": the agent after the quotation the
      // passive governs (one after the cue; a quotation before it is another's words).
      if (speaker.empty() && quote >= 0 && s_.quotes[quote].open > g.last &&
          Is(s_.quotes[quote].close + 1, kPar))
        speaker = RightNP(s_.quotes[quote].close + 2, end, kMaxShortNPTokens);
    } else if (g.first > s.first_token + 1 && Is(g.first - 1, kQue) && Is(g.first - 2, kCleft) &&
               !Is(g.next, kSubj)) {
      // "Voici ce qu'a déclaré Julie Caron : « … »": after the object relative ce que, the
      // subject is inverted, after the verb; none there is no speaker guessed on the left.
      speaker = InvertedSubject(g.next, end);
    } else if (const Span prior = SpeakerBeforeEt(g.first, si); !prior.empty()) {
      speaker = prior;
    } else {
      speaker =
          LeftSubject(g.shared_first != VerbGroup::kNoShared ? g.shared_first : g.first, s, &role);
      subject_left = true;
      if (PluralGroup(g)) {
        // A name right after its own role ("la syndicaliste Julie Caron") is one source whose
        // phrase opens at the role: "Le maire Paul Morel et la syndicaliste Julie Caron ont
        // affirmé" coordinates two. (Each source then names itself: no shared role.)
        const Span subject =
            !role.empty() && role.e == speaker.b ? Span{role.b, speaker.e} : speaker;
        if (const Span wide = WithCoordinatedSubjects(subject, s); wide.b < subject.b) {
          speaker = wide;
          role = {};
        } else {
          apposed_count = AppositiveSources(g.first, s, apposed);
        }
      }
      // A proposition is no speaker: "…, ce qui indique que …", "Cela montre que …" infer;
      // nobody says.
      if (speaker.e - speaker.b == 1 && Is(speaker.b, kNonHuman) && !Is(speaker.b, kSubj)) return;
    }
  }
  // Coordinated sources (decision 11): "Paul Garnier et Marie Lenoir ont déclaré que …" gives
  // one claim per source, all sharing the cue and content.
  // A subject before a verb in the singular is one source, "et" or not: "Le collectif Terre
  // et Mer estime …" names one collective, not two places. (People each named in full are
  // still several, the agreement the writer's slip: "Paul Morel et Julie Caron a déclaré".)
  Span sources[kMaxCoordinatedSources];
  size_t source_count = g.passive ? 0 : CoordinatedSources(speaker, sources);
  bool one_source = false;
  if (source_count > 1 && subject_left && SingularGroup(g)) {
    for (size_t i = 0; i < source_count && !one_source; ++i) {
      const Span& x = sources[i];
      one_source = !WholeName(x) ||
                   a_.entities[a_.mentions[s_.mention[x.b]].entity].type != EntityType::kPerson;
    }
    if (one_source) source_count = 0;
  }
  if (source_count < 2 && apposed_count > 1) {
    std::copy(apposed, apposed + apposed_count, sources);
    source_count = apposed_count;
  }
  const Span whole = speaker;
  if (speaker.e - speaker.b > 1) {
    // (Nor is the name after its et: "Terre et Mer" is one name, and "Mer" alone no source.)
    const Span name = NameIn(speaker);
    if (!(one_source && name.b > speaker.b && Is(name.b - 1, kEt))) speaker = name;
  }
  const size_t before = a_.claims.size();
  if (source_count > 1) {
    for (size_t i = 0; i < source_count; ++i)
      Emit(kind, si, g.first, g.last + 1, lemma.name, content, NameIn(sources[i]), role, addressee,
           false, /*shared_cue=*/i > 0);
  } else {
    Emit(kind, si, g.first, g.last + 1, lemma.name, content, speaker, role, addressee,
         g.passive && speaker.empty());
  }
  if (as_reported && a_.claims.size() > before) as_reported_ = static_cast<int64_t>(before);
  // One cue, several quotations (decision 11): "dénonce « la colère » et « l'hostilité »" gives
  // a claim per quotation, all sharing the cue; so does an incise between two quotations
  // (« A », a-t-il dit, « B »), whose second quotation follows the subject's comma.
  const uint32_t incise_end = std::max({g.last + 1, speaker.e, whole.e});
  const bool incise = quote >= 0 && s_.quotes[quote].close < g.first && Comma(incise_end) &&
                      QuoteOpenAt(incise_end + 1) >= 0;
  if (quote >= 0 && (s_.quotes[quote].open > g.last || incise)) {
    for (uint32_t k = incise ? incise_end : s_.quotes[quote].close + 1;;) {
      uint32_t n = k;
      // (Joined by a comma or et, maybe with the complement's de or a determiner again:
      // "qualifie X de « … » et de « … »", "dénonce une « … » et un « … »".)
      bool joined = false, by_et = false;
      while (n < end && n - k < kMaxQuoteJoinTokens &&
             (Comma(n) || Is(n, kEt) || (joined && Is(n, kDe | kDu | kDes | kDet)))) {
        joined = joined || Comma(n) || Is(n, kEt);
        by_et = by_et || Is(n, kEt);
        ++n;
      }
      int32_t next = joined ? QuoteOpenAt(n) : -1;
      // ... or by a colon after the rest of the object, which announces the words themselves:
      // "a salué le « courage » des pompiers : « Ils ont sauvé des vies »".
      if (!joined && !incise) {
        uint32_t m = k;
        while (m < end && m - k < kMaxQuoteToColonWords && tok_[m].kind == TokenKind::kWord &&
               !VerbLike(m))
          ++m;
        if (m + 1 < end && KeyIs(m, ":")) next = QuoteOpenAt(m + 1);
      }
      if (next < 0 || s_.quotes[next].used) break;
      // A quotation after a comma that its own parenthetical cue follows is that cue's: "« A »,
      // a dit le juge, « B », a ajouté l'avocat" (B is the lawyer's). (One joined by et is the
      // cue's object still: "dénonce « A » et « B », a indiqué X".)
      if (const uint32_t after = s_.quotes[next].close + 1;
          !by_et && after + 1 < end && Comma(after) &&
          Is(after + 1, kCueForm | kAuxAvoir | kObjClitic) && !Is(after + 1, kDet))
        break;
      s_.quotes[next].used = true;
      const Scratch::Quote& q = s_.quotes[next];
      if (source_count > 1) {
        for (size_t i = 0; i < source_count; ++i)
          Emit(kind, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close}, NameIn(sources[i]),
               role, addressee, false, /*shared_cue=*/true);
      } else {
        Emit(kind, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close}, speaker, role,
             addressee, g.passive && speaker.empty(), /*shared_cue=*/true);
      }
      k = q.close + 1;
    }
  }
}

bool Extractor::HoldsVerb(Span np) const {
  for (uint32_t t = np.b; t < np.e; ++t) {
    if (Is(t, kSe | kNeg | kAuxAvoir | kAuxEtre) && !Is(t, kDet)) return true;
    // A lower-case word right after a name, no complement's or coordination's word: a verb no
    // table knows ("Paul Morel reste").
    if (const int32_t m = s_.mention[t]; m >= 0 && a_.mentions[m].first_token == t) {
      const uint32_t after = a_.mentions[m].end_token;
      if (after < np.e && tok_[after].kind == TokenKind::kWord && !Cap(after) &&
          !Is(after, kDe | kDu | kDes | kPrep | kDet | kA | kAu | kEt | kConj))
        return true;
    }
  }
  return false;
}

bool Extractor::PluralGroup(const VerbGroup& g) const {
  for (uint32_t k = g.first; k < g.head; ++k)
    if (Is(k, kAuxAvoir | kAuxEtre) && !Is(k, kDet)) return Is(k, kPluralAux);
  const std::string_view x = Key(g.head);
  auto ends = [&](std::string_view suf) {
    return x.size() > suf.size() && x.substr(x.size() - suf.size()) == suf;
  };
  if (ends("aient") || ends("erent") || ends("irent") || ends("ront")) return true;
  // "affirment" is plural when "affirme" is a form of the verb too ("dément" is singular: no
  // "déme").
  if (!ends("ent")) return false;
  const uint32_t w = d_.Find(x.substr(0, x.size() - 2));
  return w != kNone && d_.words[w].forms_count != 0;
}

bool Extractor::SingularGroup(const VerbGroup& g) const {
  for (uint32_t k = g.first; k < g.head; ++k)
    if (Is(k, kAuxAvoir | kAuxEtre) && !Is(k, kDet)) return !Is(k, kPluralAux);
  const std::string_view x = Key(g.head);
  auto known = [&](std::string_view stem, std::string_view ending) {
    std::string& f = fold_;
    f.assign(stem);
    f.append(ending);
    const uint32_t w = d_.Find(f);
    return w != kNone && d_.words[w].forms_count != 0;
  };
  const size_t n = kImperfectSingular.size();
  if (x.size() > n && x.substr(x.size() - n) == kImperfectSingular)
    return known(x.substr(0, x.size() - n), kImperfectPlural);
  if (x.size() > 1 && x.back() == 'e') return known(x, kPresentPluralAdded);
  return false;
}

bool Extractor::WholeName(Span sp) const {
  const int32_t m = sp.empty() ? -1 : s_.mention[sp.b];
  if (m < 0 || a_.mentions[m].first_token != sp.b || a_.mentions[m].end_token != sp.e) return false;
  const EntityType t = a_.entities[a_.mentions[m].entity].type;
  return t == EntityType::kPerson || t == EntityType::kOrganization;
}

Span Extractor::WholeNameAt(uint32_t k, uint32_t end) const {
  const int32_t m = k < end ? s_.mention[k] : -1;
  if (m < 0 || a_.mentions[m].first_token != k) return {};
  const Span n{k, a_.mentions[m].end_token};
  return WholeName(n) ? n : Span{};
}

Span Extractor::WithCoordinatedSubjects(Span sp, const Sentence& s) const {
  if (sp.empty()) return sp;
  // (Names listed with commas before the et: "Paul Morel, Julie Caron et Marc Petit"; each
  // listed member a whole name, so that an apposition stays one source.)
  Span member{};  // the first member so far, when sp coordinates with et
  for (uint32_t k = sp.b + 1; k + 1 < sp.e && member.empty(); ++k)
    if (Is(k, kEt)) member = {sp.b, k};
  for (size_t n = 1; n < kMaxCoordinatedSources && sp.b > s.first_token + 1 &&
                     (Is(sp.b - 1, kEt) || (Comma(sp.b - 1) && WholeName(member)));
       ++n) {
    const bool listed = Comma(sp.b - 1);
    const Span prev = LeftNP(sp.b - 2, s.first_token);
    if (prev.empty() || prev.e != sp.b - 1 || prev.e - prev.b > kMaxShortNPTokens ||
        !SourceStart(prev.b) || !SpeakerSpanOk(prev) || (listed && !WholeName(prev)))
      break;
    // The coordination opens its clause: "Le président a félicité le maire et le préfet a
    // annoncé …" coordinates two clauses, not two speakers.
    if (prev.b != s.first_token && !Punct(prev.b - 1) && !Is(prev.b - 1, kQue)) break;
    sp.b = prev.b;
    member = prev;
  }
  return sp;
}

bool Extractor::SourceStart(uint32_t b) const {
  // (Not du or a preposition: "le ministère des Sports et du Tourisme" is one source.)
  return (Is(b, kDet) && !Is(b, kPrep | kDu)) ||
         (s_.mention[b] >= 0 && a_.mentions[s_.mention[b]].first_token == b);
}

size_t Extractor::AppositiveSources(uint32_t verb, const Sentence& s, Span* out) const {
  uint32_t b = s.first_token;
  while (b < verb && Punct(b) && QuoteOpenAt(b) < 0) ++b;
  // Each group is one person's name and at most one description, set off by commas; a group
  // after the first opens with et: "Le maire, Paul Morel, et son adjointe, Julie Caron, ont
  // affirmé", "Paul Morel, le maire, et Julie Caron ont affirmé".
  size_t count = 0;
  Span name{};
  bool described = false;
  uint32_t seg_b = b;
  for (uint32_t k = b; k <= verb; ++k) {
    const bool last = k == verb;
    if (!last && !Comma(k)) continue;
    Span seg{seg_b, k};
    seg_b = k + 1;
    // (The comma before the verb closes the last group's apposition.)
    if (last && seg.empty() && count > 0) break;
    if (seg.e - seg.b < 2) return 0;
    if (Is(seg.b, kEt)) {
      if (name.empty() || count + 2 > kMaxCoordinatedSources) return 0;
      out[count++] = name;
      name = {};
      described = false;
      ++seg.b;
    }
    const int32_t m = s_.mention[seg.e - 1];
    const bool person =
        m >= 0 && a_.mentions[m].end_token == seg.e &&
        (a_.mentions[m].first_token == seg.b ||
         (a_.mentions[m].first_token == seg.b + 1 && tok_[seg.b].has(kAbbreviation))) &&
        a_.entities[a_.mentions[m].entity].type == EntityType::kPerson;
    if (person) {
      if (!name.empty()) return 0;
      name = {a_.mentions[m].first_token, seg.e};
      continue;
    }
    // A description: an age ("54 ans"), or a determiner, then no name of a person and no verb
    // ("le maire", "son adjointe", "la présidente de l'association").
    const bool age =
        seg.e - seg.b == 2 && tok_[seg.b].kind == TokenKind::kNumber && !Cap(seg.b + 1);
    // (Or a subject relative on the name before it: "Paul Morel, qui dirige le club, et …".)
    if (!described && !name.empty() && Is(seg.b, kRel) && !Is(seg.b, kNonSubjectRel | kQue)) {
      bool quoted = false;
      for (uint32_t t = seg.b; t < seg.e && !quoted; ++t) quoted = s_.quote[t] >= 0;
      if (quoted) return 0;
      described = true;
      continue;
    }
    if (described || (!age && (!Is(seg.b, kDet) || Is(seg.b, kPrep | kDu) || !SpeakerSpanOk(seg))))
      return 0;
    for (uint32_t t = seg.b; t < seg.e; ++t)
      if (MentionEntity(t) >= 0 && a_.entities[MentionEntity(t)].type == EntityType::kPerson)
        return 0;
    described = true;
  }
  if (name.empty() || count == 0) return 0;
  out[count++] = name;
  return count;
}

size_t Extractor::CoordinatedSources(Span sp, Span* out) const {
  // Each source is a name (a mention starts it) or a noun phrase with its determiner; "et"
  // inside a name ("Procter et Gamble") or before a complement ("de la Santé et de la
  // Prévention") joins no sources.
  auto source_at = [&](uint32_t b) { return SourceStart(b); };
  if (sp.e - sp.b < 3 || !source_at(sp.b)) return 0;
  size_t count = 0;
  uint32_t b = sp.b;
  bool listed = false;  // a comma split the span
  bool joined = false;  // an et split it
  for (uint32_t k = sp.b + 1; k + 1 < sp.e; ++k) {
    // Examples of one source: "des plateformes comme Twitter et Reddit".
    if (Is(k, kComme)) return 0;
    // (A comma lists whole names only: "Paul Morel, Julie Caron et Marc Petit".)
    if (Comma(k) && WholeName({b, k}) && !WholeNameAt(k + 1, sp.e).empty()) {
      if (count + 1 == kMaxCoordinatedSources) return 0;
      out[count++] = {b, k};
      b = k + 1;
      listed = true;
      continue;
    }
    if (!Is(k, kEt) || !source_at(k + 1)) continue;
    if (const int32_t m = s_.mention[k]; m >= 0 && a_.mentions[m].first_token < k) continue;
    if (count + 1 == kMaxCoordinatedSources) return 0;
    out[count++] = {b, k};
    b = k + 1;
    joined = true;
  }
  // A list ends with et: "Paul Morel, Julie Caron" alone is a name and its apposition.
  if (count == 0 || (listed && !joined)) return 0;
  out[count++] = {b, sp.e};
  for (size_t i = 0; i < count; ++i)
    if (out[i].empty() || !SpeakerSpanOk(out[i])) return 0;
  return count;
}

bool Extractor::AgreesWithAuxiliary(Span subj, const VerbGroup& g) const {
  if (subj.empty() || !g.participle) return true;
  int64_t aux = -1;
  for (uint32_t k = g.first; k < g.head && aux < 0; ++k)
    if (Is(k, kAuxAvoir | kAuxEtre) && !Is(k, kDet)) aux = k;
  const WordInfo* w = Info(subj.b);
  if (aux < 0 || w == nullptr || w->number == kUnknown || !Is(subj.b, kDet | kIndefArticle))
    return true;
  for (uint32_t k = subj.b; k < subj.e; ++k)
    if (Is(k, kEt)) return true;  // "ont déclaré le maire et son adjoint"
  return (w->number == kPlur) == Is(aux, kPluralAux);
}

bool Extractor::PredicateOpensAt(uint32_t v) const {
  return tok_[v].kind == TokenKind::kWord && !Cap(v) &&
         (VerbLike(v) || Is(v, kNeg | kSe) ||
          !Is(v, kDet | kPrep | kDe | kA | kAu | kConj | kQue | kRel | kSubj | kAdv | kEn));
}

Span Extractor::InciseClause(uint32_t comma, uint32_t tail, const Sentence& s) const {
  const uint32_t end = s.end_token;
  if (tail >= end || !Comma(tail)) return {};
  uint32_t b = s.first_token;
  while (b < comma && Punct(b) && QuoteOpenAt(b) < 0) ++b;
  if (b >= comma || comma - b > kMaxSubjectTokens || !(Is(b, kDet) || Cap(b)) ||
      Is(b, kPrep | kAdv))
    return {};
  for (uint32_t k = b; k < comma; ++k)
    if (VerbLike(k) || FutureOrConditional(k) || Punct(k) || s_.quote[k] >= 0) return {};
  // (The tables know few verbs: the word after the incise opens the predicate when it is a
  // verb they know, a negation or a reflexive clitic, or a lower-case word that opens no phrase
  // of its own: "prendra", "dureront", "avait".)
  const uint32_t v = tail + 1;
  if (v >= end || !PredicateOpensAt(v)) return {};
  // (A present participle opens a clause of its own: "…, a indiqué X, précisant que".)
  if (const std::string_view k = Key(v); k.size() > 4 && k.substr(k.size() - 3) == "ant") return {};
  const uint32_t e = ClauseEnd(v, s);
  if (e <= v || ContentTaken(TrimContent({b, e}))) return {};
  return {b, e};
}

bool Extractor::FrontedClauseStart(const VerbGroup& g, const Sentence& s) const {
  uint32_t first = s.first_token;
  while (first < g.first && Punct(first) && QuoteOpenAt(first) < 0) ++first;
  return g.first == first;
}

Span Extractor::MainClauseSubject(uint32_t from, const Sentence& s, uint32_t* comma) const {
  const uint32_t end = s.end_token;
  for (uint32_t k = from; k < end; ++k) {
    if (const int32_t q = QuoteOpenAt(k); q >= 0) {
      k = s_.quotes[q].close;
      continue;
    }
    if (const uint32_t close = ParenthesisCloseAt(k, end, kMaxParenthesisTokens); close != kNone) {
      k = close;
      continue;
    }
    if (!Comma(k) || k + 1 >= end) continue;
    const uint32_t b = k + 1;
    if (!(Is(b, kDet | kIndef | kSubj) || Cap(b)) || Is(b, kPrep | kRel | kQue | kConj)) continue;
    if (Is(b, kSubj) && !Is(b, kDet)) {
      if (tok_[b].has(kClitic) || b + 1 >= end || tok_[b + 1].kind != TokenKind::kWord) continue;
      *comma = k;
      return {b, b + 1};
    }
    const Span np = CutBeforeUnknownVerb(RightNP(b, end, kMaxSubjectTokens), s);
    if (np.empty() || np.e >= end) continue;
    uint32_t tail = np.e;
    const Span name = Apposed(np, end, &tail);
    const uint32_t v = name.b != np.b || name.e != np.e ? tail + 1 : np.e;
    // ("…, le ministre quitte le gouvernement": a verb no table knows.)
    if (v < end && PredicateOpensAt(v)) {
      *comma = k;
      return name;
    }
  }
  return {};
}

bool Extractor::ObjectRelativeBefore(uint32_t first, const Sentence& s) const {
  if (first < s.first_token + 4) return false;
  const uint32_t subject = first - 1, que = first - 2;
  if (!Is(subject, kSubj) || Is(subject, kDet) || !Is(que, kQue)) return false;
  const uint32_t last = que - 1;
  const WordInfo* w = Info(last);
  if (Punct(last) || tok_[last].kind != TokenKind::kWord || IsConjunctionBeforeQue(last) ||
      Is(last, kCleft | kFait) || (w != nullptr && w->time) ||
      (VerbLike(last) && !AfterDeterminer(last)))
    return false;
  for (uint32_t k = last + 1; k-- > s.first_token && last - k < kMaxRelativeAntecedentWords;) {
    if (Punct(k) || (VerbLike(k) && !AfterDeterminer(k)) || Is(k, kQue | kRel)) return false;
    if (Is(k, kDet) && !Is(k, kPrep | kDe | kA | kAu)) {
      if (k == s.first_token) return true;
      const WordInfo* p = Info(k - 1);
      return !Is(k - 1, kPrep | kDe | kA | kAu | kDu | kDes) && !(p != nullptr && p->time);
    }
    if (const WordInfo* x = Info(k); x != nullptr && x->time) return false;
  }
  return false;
}

Span Extractor::SpeakerBeforeEt(uint32_t first, uint32_t si) const {
  if (first < 2 || !Is(first - 1, kEt) || a_.claims.empty()) return {};
  const Attribution& x = a_.claims.back();
  // (A comma may stand before et: "confirme que …, et précise que …".)
  const uint32_t before = Comma(first - 2) && first > 2 ? first - 3 : first - 2;
  if (x.sentence != si || x.content_end != tok_[before].end || x.speaker.begin >= x.speaker.end ||
      x.cue_begin >= x.content_begin)
    return {};
  const uint32_t b = TokenAtByte(x.speaker.begin);
  uint32_t e = b;
  while (e < first && tok_[e].begin < x.speaker.end) ++e;
  return {b, e};
}

}  // namespace selon::claims
