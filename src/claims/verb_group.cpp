// Reporting-verb groups.
//
// A reporting-verb form (forms.tsv, longest multiword form first) starts a verb group: walking
// left from a past participle finds its auxiliary across adverbs, inserts and inverted clitics
// (a-t-il dit, a pour sa part commenté); être without a reflexive pronoun makes it passive (no
// speaker). A bare participle is an adjective unless de + infinitive follows (accusé d'avoir
// menti), or de + a quotation for a verb of frame n (qualifié de « … »). A pronominal lemma needs
// its pronoun; a reflexive use of another verb is no saying. Negation (ne … pas) drops the cue.
// An inverted clitic after a simple form (dit-il) is the subject. An infinitive is a cue only
// after avant de, afin de or pour (avant d'ajouter), or after a semi-auxiliary, with which it
// makes one group (a tenu à rappeler, vient de déclarer, a voulu rappeler). Adverbs in -ment stay
// inside a group (a finalement reconnu). Folding maps déclaré to declare, so the written ending
// tells participles apart.
#include "claims/extractor.h"

namespace selon::claims {

bool Extractor::MatchVerb(uint32_t t, const Sentence& s, VerbGroup* g) const {
  const WordInfo* w = Info(t);
  if (w == nullptr || !(w->classes & kCueForm) || AfterDeterminer(t)) return false;
  // A capitalized form inside a sentence is a name (Annonce, Dit), not a verb.
  if (Cap(t) && t != s.first_token) return false;
  if (AfterDe(t)) return false;
  // After a degree adverb a finite form is an adjective: "s'est montrée plus critique : « … »".
  if (t > s.first_token && Info(t - 1) != nullptr && Info(t - 1)->degree && !WrittenParticiple(t))
    return false;
  // Longest multiword form first; then the tags of every form at that length. Adverbs may
  // stand after a multiword form's first word: "met toutefois en garde", "fait aussi savoir"
  // (they stay inside the group, decision 12).
  uint32_t gap = 0;
  while (gap < kMaxAdverbsInCue && t + 1 + gap < s.end_token &&
         ((Is(t + 1 + gap, kAdv) && !Is(t + 1 + gap, kDet | kDe | kA | kSubj | kPrep)) ||
          MentAdverb(t + 1 + gap)))
    ++gap;
  auto rest_matches = [&](const CueForm& f, uint32_t skip) {
    if (t + skip + f.rest_count >= s.end_token) return false;
    for (uint32_t k = 0; k < f.rest_count; ++k)
      if (!RestKeyIs(t + 1 + skip + k, f.rest_begin + k)) return false;
    return true;
  };
  // An inverted subject clitic after the first word, adverbs after it: "fait-il remarquer",
  // "fait-elle toutefois valoir" (the clitic is the group's subject).
  const bool inverted_inside = t + 1 < s.end_token && Is(t + 1, kSubj) && tok_[t + 1].has(kClitic);
  uint32_t inverted_gap = 0;
  if (inverted_inside) {
    inverted_gap = 1;
    while (inverted_gap <= kMaxAdverbsInCue && t + 1 + inverted_gap < s.end_token &&
           ((Is(t + 1 + inverted_gap, kAdv) &&
             !Is(t + 1 + inverted_gap, kDet | kDe | kA | kSubj | kPrep)) ||
            MentAdverb(t + 1 + inverted_gap)))
      ++inverted_gap;
  }
  uint32_t best_len = 0, best_rest = 0, best_skip = 0;
  bool best_inverted = false;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    for (const uint32_t skip : {0u, gap, inverted_gap}) {
      if (skip > 0 && f.rest_count == 0) continue;
      if (rest_matches(f, skip) && f.rest_count + 1 + skip > best_len) {
        best_len = f.rest_count + 1 + skip;
        best_rest = f.rest_count;
        best_skip = skip;
        best_inverted = inverted_inside && skip == inverted_gap && skip > 0;
      }
    }
  }
  if (best_len == 0) return false;
  // The forms that matched: of that length, and whose other words are the text's ("fait
  // savoir" is no "fait dire": a form of the same length only is another lemma's).
  auto matched = [&](const CueForm& f) {
    return f.rest_count == best_rest && (f.rest_count == 0 || rest_matches(f, best_skip));
  };
  uint8_t tags = 0;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    if (matched(f)) tags |= f.tags;
  }
  if (best_len == 1 && WrittenParticiple(t)) tags &= static_cast<uint8_t>(~kFinite);
  // A finite form opening the sentence has no subject: news writes no imperative, so it is a
  // noun ("Avance qu'ils maintiennent jusqu'à l'arrivée"), unless its clitic follows
  // ("Dit-il", "Précise-t-elle"). (Its key may be a participle's, accents folded: "avance" is
  // "avancé" written without é, not a participle.)
  if (t == s.first_token && !(tags & (kGerund | kInfinitiveForm)) &&
      (!(tags & kPastParticiple) || (Key(t).back() == 'e' && !WrittenParticiple(t))) &&
      !(t + 1 < s.end_token && Is(t + 1, kSubj) && tok_[t + 1].has(kClitic)))
    return false;
  // After a participle and the preposition en, only a gerund is a verb: "s'était expliqué en
  // avance" holds a noun ("Il en dit plus", with en a clitic, stays a verb).
  if (t > s.first_token + 1 && Is(t - 1, kEn) && WrittenParticiple(t - 2) && !(tags & kGerund))
    return false;
  VerbGroup r;
  r.head = t;
  r.first = t;
  r.last = t + best_len - 1;
  // Compound tenses: the auxiliary on the left of the participle at `from`, across adverbs,
  // inserts and an inverted clitic (into r.clitic); sets `ete` when été stands between.
  const int64_t first = s.first_token;
  auto find_aux = [&](int64_t from, bool* ete, bool* aux_etre) -> int64_t {
    bool phrase = false;
    for (int64_t j = from - 1, steps = 0; j >= first && steps < kMaxAuxiliaryGap; --j, ++steps) {
      const uint64_t c = Cls(j);
      if (Is(j, kEte)) {
        *ete = true;
        continue;
      }
      if ((c & (kAuxAvoir | kAuxEtre)) && !(c & kDet) && tok_[j].kind == TokenKind::kWord) {
        *aux_etre = (c & kAuxEtre) && !(c & kAuxAvoir);
        return j;
      }
      if ((c & kSubj) && tok_[j].has(kClitic)) {
        r.clitic = j;
        continue;
      }
      // An adverbial phrase: "ont par la suite confirmé", "a une nouvelle fois affirmé", "a
      // par ailleurs assuré" (before the adverb test: "ailleurs" is both).
      if (c & kAdvPhrase) {
        phrase = true;
        continue;
      }
      if (c & (kAdv | kInsert | kNegPart | kStress)) continue;  // a, quant à lui, pesté
      if (MentAdverb(j)) continue;                              // "avait préalablement annoncé"
      // (Its words: "a par la suite", "a dans un premier temps indiqué".)
      if (phrase && ((c & (kDet | kPrep | kDe | kA | kIndef)) || (Info(j) && Info(j)->rank)))
        continue;
      if (Comma(j)) {
        // A comma-delimited insert right after the auxiliary: "a, lors d'une conférence de
        // presse, affirmé" (the insert stays in the cue, decision 12).
        int64_t k = j - 1;
        while (k > first && j - k <= kMaxCommaInsertTokens && !Punct(k) && !VerbLike(k)) --k;
        if (k > first && k < j - 1 && Comma(k)) {
          int64_t a = k - 1;
          if ((Cls(a) & kSubj) && tok_[a].has(kClitic)) --a;  // a-t-il, une fois de plus, dit
          if (Is(a, kAuxAvoir | kAuxEtre) && !Is(a, kDet)) j = k;
        }
        continue;
      }
      break;
    }
    return -1;
  };
  bool aux_etre = false, bare_participle = false;
  if (tags & kPastParticiple) {
    bool ete = false;
    const int64_t aux = find_aux(t, &ete, &aux_etre);
    // A participle after et shares the auxiliary of a compound cue before it: "a exprimé
    // « … » et salué l'« … »" (and that group's subject).
    int64_t shared = aux < 0 && t > first && Is(t - 1, kEt) ? SharedAuxiliary(t - 1, s) : -1;
    // ... or of the claim whose content ClauseEnd cut before that et: "a déclaré que le plan
    // était insuffisant et affirmé que …".
    if (aux < 0 && shared < 0 && t > first && Is(t - 1, kEt) &&
        !SpeakerBeforeEt(t, a_.SentenceOfToken(t)).empty())
      if (const uint32_t a = TokenAtByte(a_.claims.back().cue_begin);
          Is(a, kAuxAvoir) && !Is(a, kDet))
        shared = a;
    if (aux >= 0) {
      r.first = static_cast<uint32_t>(aux);
      r.participle = true;
      r.passive = ete || aux_etre;
    } else if (shared >= 0) {
      r.participle = true;
      r.shared_first = static_cast<uint32_t>(shared);
      r.clitic = -1;
    } else if (!(tags & (kFinite | kGerund))) {
      // A bare participle is an adjective (les décodeurs promis), except before de + an
      // infinitive: "le ministre, accusé d'avoir surfacturé …" is a passive claim.
      // So is one before de + a quotation: "un projet qualifié de « recul » par les syndicats".
      if (!(Is(t + 1, kDe) && (InfinitiveAt(t + 2) || QuoteOpenAt(t + 2) >= 0))) return false;
      bare_participle = true;
      r.bare = true;
      r.participle = true;
      r.passive = true;
      r.clitic = -1;
    } else {
      r.clitic = -1;
    }
  }
  if (!r.participle && !(tags & (kFinite | kGerund))) {
    // An infinitive is a cue after avant de, afin de or pour, clitics aside: "avant d'ajouter",
    // "pour le rappeler", "afin de s'expliquer" (not "sans dire", "pour ne pas dire").
    if (!(tags & kInfinitiveForm)) return false;
    int64_t j = static_cast<int64_t>(t) - 1;
    for (int64_t n = 0; j > static_cast<int64_t>(s.first_token) && Is(j, kObjClitic | kSe) &&
                        !Is(j, kInfIntro) && n < kMaxCliticRun;
         ++n)
      --j;
    const int64_t clitics_end = j;
    if (j > static_cast<int64_t>(s.first_token) && Is(j, kDe)) --j;
    if (j >= first && Is(j, kInfIntro)) {
      r.nonfinite = true;
      r.infinitive = true;
    } else if (j == static_cast<int64_t>(s.first_token) && Is(j, kEt) && Is(j + 1, kDe)) {
      // The narrative infinitive: "Et d'ajouter : « … »", "Et de conclure que …".
      r.nonfinite = true;
      r.infinitive = true;
      r.narrative = true;
    } else if (j == static_cast<int64_t>(s.first_token) && Is(j, kStress) && !Is(j, kDet) &&
               Is(j + 1, kDe)) {
      // The narrative infinitive after a stress pronoun: "Eux d'ajouter que …", "Lui de
      // répondre : « … »" (the pronoun is the subject).
      r.nonfinite = true;
      r.infinitive = true;
      r.enabled = {static_cast<uint32_t>(j), static_cast<uint32_t>(j + 1)};
    } else if (const Span np = Is(s.first_token, kEt) && Is(j + 1, kDe) &&
                                       j > static_cast<int64_t>(s.first_token)
                                   ? RightNP(s.first_token + 1, s.end_token, kMaxShortNPTokens)
                                   : Span{};
               !np.empty() && np.e > static_cast<uint32_t>(j) && (Is(np.b, kDet) || Cap(np.b))) {
      // The narrative infinitive with its subject: "Et le ministre d'ajouter : « … »" (the
      // noun phrase runs from after "Et" to the "de" of the infinitive).
      r.nonfinite = true;
      r.infinitive = true;
      r.enabled = {np.b, static_cast<uint32_t>(j + 1)};
    } else if (const Span en = EnabledSpeaker(clitics_end, s); !en.empty()) {
      // "a permis à la ministre de déclarer que …": the one enabled says it.
      r.nonfinite = true;
      r.infinitive = true;
      r.enabled = en;
    } else {
      // A semi-auxiliary makes one verb group with the infinitive: "vient de déclarer", "a
      // cependant tenu à rappeler", "a voulu rappeler" (the cue is the whole group, its subject
      // the clause's). Not pouvoir or devoir: "pourrait annoncer", "doit confirmer" tell of a
      // saying not yet done.
      // vouloir takes the infinitive bare, except in "vouloir dire" (to mean).
      const bool prep = Is(clitics_end, kDe | kA);
      int64_t v = prep ? clitics_end - 1 : clitics_end;
      // (The negation's second word after a simple form: "ne manque pas de souligner".)
      if (prep && v > first && Is(v, kNegPart) && Info(v - 1) != nullptr && Info(v - 1)->litotes)
        --v;
      if (v < first || !Is(v, prep ? kSemiAux : kSemiAuxBare) || Cap(v) || AfterDeterminer(v) ||
          (!prep && Is(t, kMeanAfterVouloir)))
        return false;
      const std::string_view x = tok_[v].text(text_);
      r.semi = true;
      r.litotes = Info(v)->litotes;
      r.first = static_cast<uint32_t>(v);
      r.reflexive = Is(t - 1, kSe);
      // tenu, voulu, manqué, souhaité: the auxiliary on the left; être only for a pronominal
      // semi-auxiliary, whose pronoun opens the group ("s'est contenté de dire", "s'est borné
      // à indiquer").
      if (x.back() == 'u' || WrittenParticiple(v)) {
        bool ete = false;
        const int64_t aux = find_aux(v, &ete, &aux_etre);
        const bool pronominal = aux > first && aux_etre && Is(aux - 1, kSe);
        if (aux < 0 || ete || (aux_etre && !pronominal)) return false;
        r.first = static_cast<uint32_t>(pronominal ? aux - 1 : aux);
        r.participle = true;
        aux_etre = false;
      }
    }
  } else if (!r.participle && !(tags & kFinite)) {
    r.nonfinite = true;  // a gerund or a participle in -ant
  }
  // Reflexive pronoun before the group (se plaignant, s'est plaint, ne se plaint pas).
  // (en or y may stand between them: "s'en est expliqué", "s'y est opposée".)
  if (!r.semi && r.first > s.first_token + 1 && Is(r.first - 1, kObjClitic) &&
      !Is(r.first - 1, kDet | kSe) && Is(r.first - 2, kSe)) {
    r.reflexive = true;
    r.first -= 2;
    if (aux_etre) r.passive = false;
  } else if (!r.semi && r.first > s.first_token && Is(r.first - 1, kSe)) {
    r.reflexive = true;
    r.first -= 1;
    if (aux_etre) r.passive = false;
  }
  // Lemma: pronominal lemmas need the pronoun, and win when it is there.
  const Lemma* chosen = nullptr;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    if (!matched(f)) continue;
    const Lemma& l = d_.lemmas[f.lemma];
    if ((l.frames & kPronominalOnly) && !r.reflexive) continue;
    if (chosen == nullptr ||
        (r.reflexive && (l.frames & kPronominal) && !(chosen->frames & kPronominal)))
      chosen = &l;
  }
  if (chosen == nullptr) return false;
  if (bare_participle &&
      !(chosen->frames & (QuoteOpenAt(t + 2) >= 0 ? kFrameObjQuote : (kFrameDe | kFrameObjDe))))
    return false;
  if (r.reflexive && !(chosen->frames & kPronominal)) {
    // "s'est déclaré incompétent": a reflexive use of a non-pronominal verb is no saying.
    return false;
  }
  r.lemma = chosen;
  // Negation: ne/n' before the group (clitics aside).
  {
    int64_t j = static_cast<int64_t>(r.first) - 1;
    for (int64_t n = 0; j >= static_cast<int64_t>(s.first_token) && Is(j, kObjClitic) &&
                        !Is(j, kNeg) && n < kMaxCliticRun;
         ++n)
      --j;
    // (A litotes says only when negated, and its ne opens the cue: "n'a pas manqué de
    // rappeler".)
    const bool negated = j >= static_cast<int64_t>(s.first_token) && Is(j, kNeg);
    if (negated != r.litotes) return false;
    if (r.litotes && j + 1 == static_cast<int64_t>(r.first)) r.first = static_cast<uint32_t>(j);
  }
  if (best_inverted) r.clitic = t + 1;
  // Inverted subject clitic after a simple form (dit-il, précise-t-elle).
  r.next = r.last + 1;
  if (r.clitic < 0 && Is(r.next, kSubj) && tok_[r.next].has(kClitic)) {
    r.clitic = r.next;
    r.last = r.next;
    r.next += 1;
  }
  // A pronominal cue's attribute belongs to the group before an inverted subject or a colon:
  // "« … », s'est voulu rassurant le maire", "s'est dit confiant : « … »".
  if (const uint32_t a = AttributeEnd(r, s); a > r.next) {
    r.last = a - 1;
    r.next = a;
  }
  *g = r;
  return true;
}

uint32_t Extractor::AttributeEnd(const VerbGroup& r, const Sentence& s) const {
  if (!r.reflexive || !(r.lemma->frames & kFrameParen) || r.next >= s.end_token) return r.next;
  uint32_t k = r.next;
  if (Info(k) != nullptr && Info(k)->degree && k + 1 < s.end_token) ++k;  // très, plus
  if (tok_[k].kind != TokenKind::kWord || Cap(k) ||
      Is(k, kDet | kPrep | kDe | kA | kAu | kConj | kEt | kRel | kQue | kSubj | kNeg | kObjClitic |
                kSe | kAdv | kInfinitive))
    return r.next;
  const uint32_t after = k + 1;
  if (after >= s.end_token) return r.next;
  if (KeyIs(after, ":") && QuoteOpenAt(after + 1) >= 0) return after;
  // The inverted subject: the group stands after a quotation or a comma.
  const bool inverted_place = r.first > s.first_token &&
                              (Comma(r.first - 1) || QuoteCloseAt(r.first - 1) >= 0) &&
                              r.clitic < 0;
  if (inverted_place && (Is(after, kDet | kRole) || Cap(after)) && !Is(after, kDe | kDu | kDes))
    return after;
  return r.next;
}

Span Extractor::EnabledSpeaker(int64_t de, const Sentence& s) const {
  const int64_t first = s.first_token;
  if (de <= first || !Is(de, kDe)) return {};
  int64_t k = de - 1;
  while (k > first && de - k <= kMaxShortNPTokens && !Is(k, kA | kAu) && !Punct(k) &&
         !VerbLike(k) && !Is(k, kQue | kRel))
    --k;
  if (k <= first || k == de - 1 || !Is(k, kA | kAu) || !Is(k - 1, kEnabler) ||
      AfterDeterminer(k - 1))
    return {};
  return {static_cast<uint32_t>(k) + 1, static_cast<uint32_t>(de)};
}

int64_t Extractor::SharedAuxiliary(uint32_t et, const Sentence& s) const {
  const int64_t first = s.first_token;
  int64_t j = static_cast<int64_t>(et) - 1;
  for (uint32_t steps = 0; j >= first && steps < kMaxCoordinatedParticipleBack; ++steps) {
    const int32_t q = QuoteCloseAt(j);
    if (q >= 0) {  // a quotation is the first participle's object: jump over it
      j = static_cast<int64_t>(s_.quotes[q].open) - 1;
      continue;
    }
    if ((Punct(j) && !Comma(j)) || Is(j, kQue | kRel | kEt)) return -1;
    // (A cue form after its determiner is a noun of the object: "a reconnu les faits et
    // affirmé que …".)
    if (Is(j, kCueForm) && !Is(j - 1, kEt) && !AfterDeterminer(j)) {
      VerbGroup h;
      if (MatchVerb(static_cast<uint32_t>(j), s, &h) && h.participle && !h.passive && !h.bare &&
          h.first < h.head)
        return h.first;
      return -1;
    }
    // Another participle with avoir: "avait abrégé les négociations et demandé de …".
    if (Is(j, kAuxAvoir) && !Is(j, kDet) && tok_[j].kind == TokenKind::kWord &&
        tok_[j + 1].kind == TokenKind::kWord && !Cap(j + 1) && !Known(j + 1))
      return j;
    if (VerbLike(j)) return -1;
    --j;
  }
  return -1;
}

}  // namespace selon::claims
