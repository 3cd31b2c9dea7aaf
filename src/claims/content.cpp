// Content spans.
//
// The content of an indirect claim is the clause after its complementizer: it runs to the end
// of the sentence unless something closes it first: ';', a dash, the closing quote of a
// quotation opened before it, a parenthesis that does not close nearby, a coordinated clause
// with its own subject and reporting verb ("… et les démocrates avaient demandé que …", or after
// a comma alone: "…, le préfet a affirmé que …"), or a
// comma opening another clause (", car …", ", tandis que …", ", est mort mardi") or another
// attribution (", selon X", ", a-t-il dit", ", comme le rapporte X"). Quotations and short
// parentheses inside are skipped whole. An infinitive clause also ends before a coordinated finite
// verb (the subject's next action). TrimContent then strips the punctuation at both ends.
#include "claims/extractor.h"

namespace selon::claims {

// Whether [from, comma) is a subject noun phrase (a determiner or a name first, no verb),
// then one insert set off by commas that ends at `comma`: a participial phrase with no verb
// of its own, or a relative clause ("le suspect, qui était armé,").
bool Extractor::SubjectInsertBefore(uint32_t from, uint32_t comma) const {
  if (!(Is(from, kDet) || Cap(from)) || Is(from, kPrep | kDe)) return false;
  uint32_t c0 = from;
  while (c0 < comma && !Comma(c0)) {
    if (VerbLike(c0) || InfinitiveAt(c0) || Punct(c0) || s_.quote[c0] >= 0) return false;
    ++c0;
  }
  if (c0 >= comma || c0 == from || c0 + 1 >= comma) return false;
  if (Is(c0 + 1, kRel) && !Is(c0 + 1, kNonSubjectRel)) return true;
  // A quoted noun phrase in apposition is an insert too: "les vrais sujets, « la mobilité et
  // le logement », sont absents" (the quotation fills the insert and holds no verb).
  uint32_t b = c0 + 1, e = comma;
  if (const int32_t q = QuoteOpenAt(b); q >= 0 && s_.quotes[q].close + 1 == comma) {
    ++b;
    --e;
    if (b >= e) return false;
    for (uint32_t k = b; k < e; ++k)
      if (VerbLike(k) || Punct(k)) return false;
    return true;
  }
  for (uint32_t k = b; k < e; ++k)
    if (VerbLike(k) || Punct(k) || s_.quote[k] >= 0) return false;
  return true;
}

// The end (exclusive token) of a clause starting at `from`: the sentence end, ';', a dash,
// a closing quote opened before `from`, or a comma that introduces another attribution
// (", selon X", ", a-t-il dit"). Quotations inside are skipped whole.
uint32_t Extractor::ClauseEnd(uint32_t from, const Sentence& s, bool infinitive) const {
  uint32_t t = from;
  // "le président de l'OM, Pablo Longoria, aurait convoqué …": a subject with a name in
  // apposition; the verb after the second comma is the clause's own, no main clause resuming.
  if (Is(from, kDet) && !Is(from, kDe)) {
    uint32_t c = from + 1;
    while (c < s.end_token && c - from < kMaxSubjectTokens && !Punct(c) && !VerbLike(c) &&
           QuoteOpenAt(c) < 0)
      ++c;
    if (c < s.end_token && Comma(c))
      if (const uint32_t e = NameBetweenCommasAt(c + 1, s.end_token); e != 0 && VerbLike(e + 1))
        t = e + 1;
  }
  // Whether the content is inside a subordinate clause set before the main clause ("Si X
  // annonce que …, un remplacement serait …", "Alors que X affirme que …, les habitants …"):
  // then a comma, a subject and a finite verb open the main clause, whatever its verb.
  bool fronted = false;
  {
    uint32_t h = s.first_token;
    while (h < from && (Punct(h) || (Is(h, kAdv) && !Is(h, kDet | kSubj | kQue))) &&
           !(IsConjunctionBeforeQue(h) && Is(h + 1, kQue)) && QuoteOpenAt(h) < 0)
      ++h;
    fronted = h < from && ((Is(h, kFrontedSubord) && !Is(h, kSe | kDet)) ||
                           (IsConjunctionBeforeQue(h) && Is(h + 1, kQue)));
    // (Unless the main clause began before the content: "Si X vient, le maire affirme que …".)
    for (uint32_t k = h; fronted && k < from; ++k)
      if (Comma(k) && Is(k + 1, kDet | kSubj) && !Is(k + 1, kDe | kPrep | kRel))
        for (uint32_t v = k + 2; v < from && v < k + kMaxCoordinatedVerbGap && !Punct(v); ++v)
          if (VerbLike(v) && !AfterDeterminer(v)) fronted = false;
  }
  // Whether a subordinate clause (que, qui, si …) opened since `from`: a finite verb after one is
  // that clause's.
  bool subordinate = false;
  while (t < s.end_token) {
    subordinate = subordinate || Is(t, kQue | kRel | kSi);
    // "Le procès des hommes accusés d'avoir préparé l'attentat s'est ouvert lundi": an
    // infinitive clause has no finite verb of its own outside a subordinate clause; a
    // reflexive one ("s'est", "se sont") is the main clause's.
    if (infinitive && !subordinate && t > from && Is(t, kSe) && !Is(t, kDet) &&
        t + 1 < s.end_token && Is(t + 1, kAuxEtre) && !KeyIs(t + 1, "être")) {
      // (Its subject after a conjunction goes with it: "… et ce dernier s'est exécuté".)
      for (uint32_t k = t; k-- > from && t - k <= kMaxSubjectTokens && !Punct(k);)
        if (Is(k, kConj) && Is(k, kCoord) && Is(k + 1, kDet | kSubj)) return k;
      return t;
    }
    // "a affirmé être déterminé : « … », écrit-il": a quotation after a colon with a cue of its
    // own after it is another claim.
    if (t > from && KeyIs(t, ":") && QuoteOpenAt(t + 1) >= 0) {
      uint32_t v = s_.quotes[QuoteOpenAt(t + 1)].close + 1;
      if (v < s.end_token && Comma(v)) ++v;
      VerbGroup g;
      if (v < s.end_token && MatchVerb(v, s, &g) && g.clitic >= 0) return t;
    }
    const int32_t q = QuoteOpenAt(t);
    if (q >= 0) {
      t = s_.quotes[q].close + 1;
      // "demande de « ne pas venir » estimant que …": a reporting gerund with its complement
      // right after a closing quotation opens the speaker's next claim, comma or not.
      VerbGroup g;
      if (t < s.end_token && Is(t, kCueForm) && MatchVerb(t, s, &g) && g.first == t &&
          g.nonfinite && ComplementOpensAt(g.next))
        return t;
      continue;
    }
    if (QuoteCloseAt(t) >= 0) return t;
    // A parenthesis inside the clause is part of it: "le plan NOVI (nombreuses victimes) a été
    // déclenché"; one that opens at the start of the clause or never closes ends it.
    if (KeyIs(t, "(") && t > from) {
      uint32_t close = t + 1;
      while (close < s.end_token && close < t + kMaxParenthesisTokens && !KeyIs(close, ")") &&
             !KeyIs(close, "("))
        ++close;
      if (KeyIs(close, ")")) {
        t = close + 1;
        continue;
      }
    }
    // (A dash written tight between two words or numbers joins them: "1991-2020", "3-1".)
    const bool tight_dash = tok_[t].has(kDash) && !tok_[t].has(kSpaceBefore) && t > from &&
                            t + 1 < s.end_token && !tok_[t + 1].has(kSpaceBefore) &&
                            !Punct(t - 1) && !Punct(t + 1);
    // A pair of dashes inside the clause is an incise of it: "la route – déjà fermée –
    // restera bloquée"; a dash with no partner before the clause goes on ends it.
    if (tok_[t].has(kDash) && !tight_dash && t > from) {
      uint32_t close = t + 1;
      while (close < s.end_token && close < t + kMaxParenthesisTokens && !tok_[close].has(kDash) &&
             !Final(close) && QuoteOpenAt(close) < 0)
        ++close;
      if (close < s.end_token && tok_[close].has(kDash) && close > t + 1 &&
          close + 1 < s.end_token && !Punct(close + 1)) {
        t = close + 1;
        continue;
      }
    }
    if ((tok_[t].has(kDash) && !tight_dash) || KeyIs(t, ";") || KeyIs(t, "(")) return t;
    // "… et les démocrates avaient demandé que …": a coordinated clause with its own subject
    // and reporting verb is another claim, when the verb introduces a complement (que, de or
    // an infinitive, a quotation, a colon); "l'usage des pesticides et la disparition des haies
    // expliquent l'essentiel" coordinates the subject of the content's own verb.
    if (t > from && Is(t, kConj) && Is(t, kCoord) && Is(t + 1, kDet | kSubj)) {
      for (uint32_t k = t + 2; k < s.end_token && k < t + kMaxCoordinatedVerbGap; ++k) {
        if (Punct(k) || Is(k, kQue | kRel)) break;
        VerbGroup g;
        if (Is(k, kCueForm | kAuxAvoir | kAuxEtre) && MatchVerb(k, s, &g) && !g.passive &&
            g.first > t + 1) {
          // (The complement may follow adverbs and inserts: "avaient demandé lundi, au
          // Congrès, que".)
          for (uint32_t n = g.next; n < s.end_token && n < g.next + kMaxInsertBeforeQue; ++n) {
            if (ComplementOpensAt(n)) return t;
            if (Final(n) || VerbLike(n)) break;
          }
          break;
        }
      }
    }
    // "a déclaré que le plan était insuffisant et (a) affirmé qu'elle serait vigilante": a
    // reporting participle after et, bare or after avoir with no subject of its own, that
    // opens a complement of its own, is the speaker's next claim (VerbClaim finds it). So is a
    // finite cue: "confirme que …, et précise que …", "regrette que X parte et ajoute que …"
    // (a verb no cue table knows only after a comma or a quotation).
    if (t > from && Is(t, kEt)) {
      uint32_t v = t + 1;
      if (Is(v, kAuxAvoir) && !Is(v, kDet)) ++v;
      // (Or after a closing quotation: "souligne que « la prudence s'impose » et recommande
      // de …".)
      const bool closed = Comma(t - 1) || QuoteCloseAt(t - 1) >= 0;
      if (v < s.end_token && !Cap(v) &&
          (PastParticipleForm(v) || ((closed || Is(v, kCueForm)) && VerbLike(v)))) {
        uint32_t n = v + 1;
        while (n < s.end_token && n < v + kMaxInsertBeforeQue && Is(n, kAdv) && !Is(n, kQue)) ++n;
        if (ComplementOpensAt(n, /*bare_infinitive=*/false)) return t;
        // (Or a noun phrase holding a quotation, for a verb of frame n: "explique que le site
        // « n'est plus rentable » et promet un « accompagnement personnalisé »".)
        VerbGroup g;
        if (Is(v, kCueForm) && MatchVerb(v, s, &g) && g.first >= v && QuotedObjectAt(g)) return t;
      }
    }
    // An infinitive clause ends before a coordinated finite verb, which is the subject's next
    // action: "annonce avoir repris les localités et s'empare de la citadelle".
    if (infinitive && t > from && Is(t, kConj) && Is(t, kCoord)) {
      uint32_t v = t + 1;
      bool reflexive = false;
      while (v < s.end_token && v < t + kMaxCliticsAfterConjunction &&
             Is(v, kSe | kNeg | kObjClitic) && !Is(v, kDet)) {
        reflexive = reflexive || Is(v, kSe);
        ++v;
      }
      // (After se/s', a lower-case word that is no infinitive is a finite verb.)
      const bool finite = VerbLike(v) || (reflexive && v < s.end_token && !Cap(v) &&
                                          tok_[v].kind == TokenKind::kWord);
      if (finite && !Is(v, kInfinitive)) return t;
    }
    if (Comma(t)) {
      const uint32_t n = t + 1;
      if (fronted && t > from && Is(n, kDet | kSubj) && !Is(n, kDe | kPrep | kRel)) {
        for (uint32_t k = n + 1; k < s.end_token && k < n + kMaxCoordinatedVerbGap; ++k) {
          if (Punct(k) || Is(k, kQue | kRel | kConj) || QuoteOpenAt(k) >= 0) break;
          if (VerbLike(k) && !AfterDeterminer(k)) return t;
        }
      }
      // ", que …" after an infinitive clause completes a verb outside it: "a répondu à X, qui
      // l'accusait de « mentir », que le dossier était clos".
      if (infinitive && t > from && Is(n, kQue) && !Is(n, kDet)) return t;
      // ", le préfet a jugé que …": a clause with its own subject and reporting verb, joined
      // without a conjunction, is another claim (no conjunction or comma between: "la France,
      // l'Allemagne et l'Italie ont déclaré" is one subject, still inside this clause).
      // (So does "d'autres policiers déclarent que …": d' before an indefinite opens a subject.)
      if (t > from && ((Is(n, kDet | kSubj) && !Is(n, kDe)) || (Is(n, kDe) && Is(n + 1, kIndef)))) {
        for (uint32_t k = n + 1; k < s.end_token && k < n + kMaxCoordinatedVerbGap; ++k) {
          if (Punct(k) || Is(k, kQue | kRel | kConj) || QuoteOpenAt(k) >= 0) break;
          VerbGroup g;
          if (Is(k, kCueForm | kAuxAvoir | kAuxEtre) && MatchVerb(k, s, &g) && !g.passive &&
              g.first > n)
            return t;
        }
      }
      // ", tout en défendant son bilan": the speaker's concession, not the claim's content.
      // (Not before a reporting gerund with a complement, "tout en expliquant que …", left to
      // the content: as another claim its speaker was more often lost on the check set.)
      if (KeyIs(n, "tout") && Is(n + 1, kEn)) {
        VerbGroup g;
        if (!(n + 2 < s.end_token && MatchVerb(n + 2, s, &g) && ComplementOpensAt(g.next)))
          return t;
      }
      // ", car …", ", tandis que …": another clause, not the claim's (", ainsi que …" joins
      // a phrase to the content).
      if ((Is(n, kConj) && Is(n, kClauseConj)) ||
          (Is(n + 1, kQue) && IsConjunctionBeforeQue(n) && !Info(n)->joining))
        return t;
      // ", est mort mardi": the main clause resumes after a participial or relative insert.
      // Unless the clause opened on its subject and the insert is that subject's: "la
      // prochaine conférence, prévue au Brésil, sera décisive", "le suspect, qui était armé, a
      // été interpellé" (SubjectInsertBefore).
      if (n < s.end_token && (VerbLike(n) || (Is(n, kNeg) && VerbLike(n + 1))) && !Is(n, kSubj) &&
          !SubjectInsertBefore(from, t))
        return t;
      if (const Marker* m = Is(n, kMarker) ? MarkerAt(n, s.end_token) : nullptr; m != nullptr) {
        if (m->kind == MarkerKind::kAccordingTo) return t;
        if (m->kind == MarkerKind::kInitialFor && (Is(n + 1, kIndef | kStress))) return t;
      }
      // ", comme le rapporte X", ", comme l'a écrit X": another attribution.
      // (And ", ainsi que l'a rappelé X".)
      const uint32_t as = AsReportedAt(n + 1) && !Is(n, kComme) ? n + 1 : n;
      if (AsReportedAt(as) &&
          (Is(as + 1, kCueForm) ||
           (Is(as + 1, kObjClitic) && Is(as + 1, kDet) && Is(as + 2, kCueForm | kAuxAvoir))))
        return t;
      // ", a-t-il dit" / ", dit-il" / ", a déclaré X."
      VerbGroup g;
      // ", ajoutant que …", ", précisant : « … »", ", en assurant que …": the speaker's next
      // claim, not this one's.
      const uint32_t v = Is(n, kEn) ? n + 1 : n;
      if (v < s.end_token && MatchVerb(v, s, &g) && GerundGroup(g) &&
          (Is(g.next, kQue) || KeyIs(g.next, ":") || QuoteOpenAt(g.next) >= 0 || QuotedObjectAt(g)))
        return t;
      // ", avant d'ajouter : « … »", ", avant de préciser que …": likewise.
      if (Is(n, kInfIntro)) {
        uint32_t v = Is(n + 1, kDe) ? n + 2 : n + 1;
        for (uint32_t c = 0;
             v < s.end_token && c < kMaxCliticRun && Is(v, kObjClitic | kSe) && !Is(v, kDet); ++c)
          ++v;
        if (v < s.end_token && MatchVerb(v, s, &g) && g.nonfinite &&
            (Is(g.next, kQue) || KeyIs(g.next, ":") || QuoteOpenAt(g.next) >= 0))
          return t;
      }
      if (n < s.end_token && MatchVerb(n, s, &g) && g.clitic >= 0) return t;
      // (Not after the subject's own insert: "le ministre, en visite à Lyon, a annoncé sa
      // démission" is the clause going on.)
      if (n + 1 < s.end_token && Is(n, kAuxAvoir) && !SubjectInsertBefore(from, t)) {
        if (MatchVerb(n + 1, s, &g) &&
            (g.clitic >= 0 || Final(RightNP(g.next, s.end_token, kMaxShortNPTokens).e)))
          return t;
      }
    }
    ++t;
  }
  return t;
}

bool Extractor::QuotedObjectAt(const VerbGroup& g) const {
  if (!(g.lemma->frames & kFrameObjQuote) || !Is(g.next, kDet) || Is(g.next, kDe | kPrep))
    return false;
  for (uint32_t k = g.next + 1; k < n_ && k < g.next + kMaxShortNPTokens; ++k) {
    if (QuoteOpenAt(k) >= 0) return true;
    if (Punct(k) || VerbLike(k) || Is(k, kQue | kRel)) return false;
  }
  return false;
}

Span Extractor::TrimContent(Span c) const {
  while (c.b < c.e && (Comma(c.b) || KeyIs(c.b, ":"))) ++c.b;
  for (;;) {
    while (c.e > c.b &&
           (KeyIs(c.e - 1, ".") || Comma(c.e - 1) || KeyIs(c.e - 1, ":") || KeyIs(c.e - 1, ";")))
      --c.e;
    // A footnote mark ending the content is the page's, not the words': "… « injuste » [1]".
    const uint32_t mark = FootnoteStart(c.e);
    if (mark == c.e || mark <= c.b) return c;
    c.e = mark;
  }
}

}  // namespace selon::claims
