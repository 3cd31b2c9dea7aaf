// The claims stage: the driver.
//
// Design. Claims are found from their cues, sentence by sentence, over tokens already tagged
// with one hash lookup each (Scratch::word: the token's entry in the cue tables, which carries
// its word classes, verb forms and markers). There is no parser: a handful of local patterns,
// read off the guideline, do the work, one algorithm per file (see extractor.h):
//
//  1. Quotations are paired first (quotes.cpp).
//  2. Each sentence records its subject as a referent, then every marker (markers.cpp) and
//     reporting-verb form (verb_group.cpp, verb_claims.cpp) in it may make a claim; reported
//     speech inside the content of a claim of the sentence stays part of it.
//  3. Content spans (content.cpp), speakers (subjects.cpp) and their entities (resolve.cpp,
//     speaker_entities.cpp) are found for each claim as it is emitted (Emit).
//  4. Chains and continuations (markers.cpp); entities added for speakers are renumbered; the
//     claims are sorted by cue.
#include "claims/extractor.h"

#include <tuple>

#include "selon/document.h"

namespace selon::claims {

bool Extractor::Heading(uint32_t b, uint32_t e, bool quotes) const {
  // Not the document's first line (its title, which heads the whole text), set apart by empty
  // lines, short, opening on a capitalized word and ending on a word or a number: no sentence
  // ends there, no dash signs it, no quotation is in it.
  if (b == 0 || e <= b || e - b > kMaxHeadingTokens || quotes) return false;
  const Token& first = tok_[b];
  const Token& last = tok_[e - 1];
  return first.has(kBlankLineBefore) && e < n_ && tok_[e].has(kBlankLineBefore) &&
         first.kind == TokenKind::kWord && first.has(kCapitalized) &&
         (last.kind == TokenKind::kWord || last.kind == TokenKind::kNumber);
}

void Extractor::Prepare() {
  const size_t n = n_;
  s_.word.resize(n);
  s_.name_gender.resize(n);
  s_.mention.resize(n);  // IndexMentions fills it
  s_.quote.assign(n, -1);
  s_.paragraph.resize(n);
  s_.referents.clear();
  s_.triggers.clear();
  s_.quote_events.clear();
  s_.cls.resize(n);
  // The tables are written through local pointers, and a byte (name_gender) is stored last: a
  // store through a byte pointer may alias anything, which would make the compiler reload every
  // member the next token reads.
  uint32_t* const word = s_.word.data();
  uint64_t* const cls = s_.cls.data();
  cls_ = cls;
  uint32_t* const paragraph = s_.paragraph.data();
  uint8_t* const name_gender = s_.name_gender.data();
  const Token* const tokens = tok_;
  const TokenLookup* const looked_up = features_ != nullptr ? features_->at.data() : nullptr;
  const bool first_names = d_.evidence != nullptr;
  uint32_t para = 0;
  uint32_t line_start = 0;   // the first token of the current line
  bool line_quotes = false;  // the current line holds a quotation mark
  for (size_t t = 0; t < n; ++t) {
    const Token& k = tokens[t];
    uint32_t w;
    uint8_t gender = kUnknown;
    if (looked_up != nullptr) {
      w = looked_up[t].claims_word;
      if (k.has(kCapitalized) && first_names) gender = GenderOfFirstName(looked_up[t].first_name);
    } else {
      w = d_.Find(k.key(a_.keys));
      if (k.has(kCapitalized)) gender = NameGenderOf(k.key(a_.keys));
    }
    const uint64_t c = ClassesOf(t, w);
    word[t] = w;
    cls[t] = c;
    if (c & (kMarker | kCueForm | kRelay | kInterviewed))
      s_.triggers.push_back(static_cast<uint32_t>(t));
    const bool paragraph_start = t > 0 && k.has(kNewlineBefore);
    if (paragraph_start) {
      // A heading line joins the paragraph it heads: the one before stays "the previous
      // paragraph" of the text under it.
      if (!Heading(line_start, static_cast<uint32_t>(t), line_quotes)) ++para;
      line_start = static_cast<uint32_t>(t);
      line_quotes = false;
    }
    line_quotes |= k.kind == TokenKind::kQuote;
    paragraph[t] = para;
    if (paragraph_start || k.kind == TokenKind::kQuote)
      s_.quote_events.push_back(static_cast<uint32_t>(t));
    name_gender[t] = gender;
  }
  IndexMentions();
  // The sentences as the claims read them: past a dateline. One opening a line ("PARIS (AFP)
  // – …", "Lyon, le 7 mai 2026 – …") or the dash that ends one the sentence splitter closed on
  // its own ("7 mai 2026 . – …", no line break before the dash).
  s_.sentences.assign(a_.sentences.begin(), a_.sentences.end());
  for (Sentence& s : s_.sentences) {
    const uint32_t f = s.first_token;
    if (f == 0 || tok_[f].has(kNewlineBefore)) {
      if (const uint32_t d = DatelineEnd(f, s.end_token); d > f && d < s.end_token)
        s.first_token = d;
    } else if (f + 1 < s.end_token && tok_[f].has(kDash) && tok_[f + 1].kind == TokenKind::kWord) {
      s.first_token = f + 1;
    }
  }
  // Role nouns ("porte-parole", "premier ministre" -> ministre, "ministre de la Santé" ->
  // ministre) as word-table entries: the last role word before the role's complement.
  s_.role_words.clear();
  for (const Role& r : a_.roles) {
    uint32_t head = kNone;
    const uint32_t first = TokenAtByte(r.begin);
    for (uint32_t t = first; t < n_ && tok_[t].begin < r.end; ++t) {
      if (t > first && Is(t, kDe | kDu | kDes | kA | kAu | kPrep)) break;
      if (Is(t, kRole)) head = t;
    }
    if (head != kNone) {
      s_.role_words.push_back(s_.word[head]);
      continue;
    }
    std::string_view noun = r.role;
    if (const size_t sp = noun.rfind(' '); sp != std::string_view::npos) noun = noun.substr(sp + 1);
    fold_.clear();
    FoldKey(noun, &fold_);
    s_.role_words.push_back(d_.Find(fold_));
  }
  // Two orders of the roles, so that role lookups scan a bounded range (ResolveRole,
  // HoldsOtherRole) instead of every role of the document.
  const uint32_t roles = static_cast<uint32_t>(a_.roles.size());
  s_.roles_by_begin.resize(roles);
  s_.roles_by_holder.resize(roles);
  for (uint32_t i = 0; i < roles; ++i) s_.roles_by_begin[i] = s_.roles_by_holder[i] = i;
  // The index breaks ties: std::sort then gives stable_sort's order without its buffer.
  std::sort(s_.roles_by_begin.begin(), s_.roles_by_begin.end(), [&](uint32_t x, uint32_t y) {
    return std::pair(a_.roles[x].begin, x) < std::pair(a_.roles[y].begin, y);
  });
  std::sort(s_.roles_by_holder.begin(), s_.roles_by_holder.end(), [&](uint32_t x, uint32_t y) {
    return std::tuple(a_.roles[x].entity, s_.role_words[x], x) <
           std::tuple(a_.roles[y].entity, s_.role_words[y], y);
  });
}

void Extractor::IndexMentions() {
  std::fill(s_.mention.begin(), s_.mention.end(), -1);
  for (size_t m = 0; m < a_.mentions.size(); ++m)
    for (uint32_t t = a_.mentions[m].first_token;
         t < a_.mentions[m].end_token && t < s_.mention.size(); ++t)
      s_.mention[t] = static_cast<int32_t>(m);
}

bool Extractor::NestedQuoteClaim(const Attribution& x, Span c) const {
  const uint32_t b = tok_[c.b].begin, e = tok_[c.e - 1].end;
  if (x.kind != ClaimKind::kDirect || x.cue_begin <= b || x.content_end > e) return false;
  if (QuoteOnVerb(x)) return true;
  if (x.content_begin <= x.cue_begin) return false;
  const uint32_t open = TokenAtByte(x.content_begin) - 1;  // the opening mark
  if (KeyIs(open - 1, ":")) return false;
  for (uint32_t t = c.b; t < open; ++t)
    if (s_.quote[t] >= 0) return false;
  return true;
}

bool Extractor::ContentTaken(Span c) const {
  const uint32_t b = tok_[c.b].begin, e = tok_[c.e - 1].end;
  const uint32_t si = a_.SentenceOfToken(c.b);
  for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence + 1 >= si;)
    if (const Attribution& x = a_.claims[i]; x.kind != ClaimKind::kAccordingTo &&
                                             x.content_begin < e && b < x.content_end &&
                                             !NestedQuoteClaim(x, c))
      return true;
  return false;
}

void Extractor::UseQuotesIn(Span c, bool* has_quote) {
  *has_quote = false;
  for (uint32_t t = c.b; t < c.e; ++t) {
    const int32_t q = s_.quote[t];
    if (q < 0 || s_.quotes[q].title) continue;
    s_.quotes[q].used = true;
    *has_quote = true;
  }
}

void Extractor::Emit(ClaimKind kind, uint32_t si, uint32_t cue_b, uint32_t cue_e,
                     std::string_view lemma, Span content, Span speaker, Span role, Span addressee,
                     bool passive, bool shared_cue) {
  content = TrimContent(content);
  // "que « … »" with the whole clause quoted (mixed), "selon X, « … »" (according_to): the
  // content is the quoted words, without their marks, as for a direct quotation.
  if (const int32_t q = QuoteOpenAt(content.b);
      (kind == ClaimKind::kMixed || kind == ClaimKind::kAccordingTo) && q >= 0 &&
      s_.quotes[q].close + 1 == content.e && s_.quotes[q].close > content.b + 1)
    content = TrimContent({content.b + 1, content.e - 1});
  if (content.empty()) return;
  for (size_t i = a_.claims.size(); !shared_cue && i-- > 0 && a_.claims[i].sentence == si;) {
    const Attribution& x = a_.claims[i];
    if (x.cue_begin < tok_[cue_e - 1].end && tok_[cue_b].begin < x.cue_end) return;
  }
  // A quotation opening on its verb that this claim's content holds whole was speech reported
  // inside it, as inside a quotation (decision 16): "Paul Morel « conteste les accusations », a
  // déclaré son avocat" is the lawyer's quotation, not Paul Morel's.
  if (kind != ClaimKind::kAccordingTo) {
    const uint32_t b = tok_[content.b].begin, e = tok_[content.e - 1].end;
    for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence == si;)
      if (const Attribution& x = a_.claims[i];
          QuoteOnVerb(x) && x.cue_begin > b && x.content_end <= e) {
        a_.claims.erase(a_.claims.begin() + static_cast<std::ptrdiff_t>(i));
        // (as_reported_ indexes a claim of this sentence: keep it on the same one.)
        if (as_reported_ == static_cast<int64_t>(i))
          as_reported_ = -1;
        else if (as_reported_ > static_cast<int64_t>(i))
          --as_reported_;
      }
  }
  Attribution c;
  c.kind = kind;
  c.sentence = si;
  c.cue_begin = tok_[cue_b].begin;
  c.cue_end = tok_[cue_e - 1].end;
  c.lemma = lemma;
  c.content_begin = tok_[content.b].begin;
  c.content_end = tok_[content.e - 1].end;
  if (!SpeakerSpanOk(speaker)) speaker = {};
  // A parenthesis closing the speaker's phrase is an aside on it ("l'institut (IRM)", "le média
  // X (NDLR : …)"), not part of the mention.
  if (speaker.e - speaker.b > 2 && KeyIs(speaker.e - 1, ")")) {
    uint32_t k = speaker.e - 1;
    while (k > speaker.b + 1 && !KeyIs(k, "(")) --k;
    if (KeyIs(k, "(")) speaker.e = k;
  }
  if (!passive && !speaker.empty()) {
    uint8_t gender, number;
    c.speaker.begin = tok_[speaker.b].begin;
    c.speaker.end = tok_[speaker.e - 1].end;
    // An inverted clitic: the pronoun without its hyphens (-t-il -> il, t-il -> il).
    // (Or its apostrophe, "-t’il", folded to "'" in the key; the pronoun is ASCII.)
    if (speaker.e - speaker.b == 1 && tok_[speaker.b].has(kClitic)) {
      const std::string_view key = Key(speaker.b);
      c.speaker.begin =
          c.speaker.end - static_cast<uint32_t>(key.size() - key.find_last_of("-'") - 1);
    }
    resolving_content_ = content;
    c.speaker.entity = Resolve(speaker, &gender, &number);
    resolving_content_ = {};
    // "Selon X, Y a menti. Il a ajouté …": a verb that continues reported words takes up the
    // last claim's speaker; a pronoun resolved to someone else is a guess.
    if (continues_ && c.speaker.entity >= 0 && speaker.e - speaker.b == 1 && Is(speaker.b, kSubj) &&
        !a_.claims.empty()) {
      const Attribution& last = a_.claims.back();
      if (last.sentence + 1 >= si && last.speaker.entity >= 0 &&
          s_.paragraph[TokenAtByte(last.cue_begin)] == s_.paragraph[speaker.b] &&
          last.speaker.entity != c.speaker.entity)
        c.speaker.entity = -1;
    }
    // A quotation box signed on the next line ("— Marco, 32 ans") names its speaker outright:
    // the text ties the description ("Un témoin décrit l'incident : « … »") to that name.
    if (const int32_t q = s_.quote[content.e - 1]; kind == ClaimKind::kDirect && q >= 0)
      if (const int32_t signed_by = AttributionAfterQuote(s_.quotes[q].close);
          signed_by >= 0 && SignerFits(speaker, signed_by))
        c.speaker.entity = signed_by;
    // "l'agence régionale de santé (ARS)": the acronym in parentheses right after a phrase
    // headed by an organization noun, naming nothing else, names the organization it
    // describes ("des scientifiques rattachés au Conseil X (CX)": the acronym is the
    // complement's).
    if (c.speaker.entity < 0 && speaker.e + 2 < n_ && KeyIs(speaker.e, "(") &&
        KeyIs(speaker.e + 2, ")")) {
      uint32_t head = speaker.b;
      while (head + 1 < speaker.e && Is(head, kDet)) ++head;
      bool names = false;
      for (uint32_t k = speaker.b; k < speaker.e && !names; ++k) names = MentionEntity(k) >= 0;
      if (const int32_t e = MentionEntity(speaker.e + 1);
          !names && Is(head, kOrgNoun) && e >= 0 &&
          a_.entities[e].type == EntityType::kOrganization)
        c.speaker.entity = e;
    }
    if (c.speaker.entity < 0) c.speaker.entity = NameSpeaker(speaker, /*definite=*/false);
    AddReferent(speaker, c.speaker.entity, gender, number, role, true,
                kind == ClaimKind::kAccordingTo);
  }
  if (addressee.empty()) addressee = InterviewMediumIn(s_.sentences[si], content);
  if (!addressee.empty()) {
    c.addressee.begin = tok_[addressee.b].begin;
    c.addressee.end = tok_[addressee.e - 1].end;
    for (uint32_t t = addressee.b; t < addressee.e && c.addressee.entity < 0; ++t)
      c.addressee.entity = MentionEntity(t);
  }
  a_.claims.push_back(c);
}

bool Extractor::UnknownFullName(Span name) const {
  if (name.e - name.b < kMinPersonNameWords || name.e - name.b > kMaxPersonNameWords) return false;
  // No word any table knows: the claims word table's (numbers, ranks, determiners: "Trois
  // Françaises", "Premier Suisse"), nor the evidence's (demonyms, roles, generic nouns).
  constexpr uint32_t kEvidenceWord = Evidence::kCivility | Evidence::kTitle | Evidence::kRole |
                                     Evidence::kFamily | Evidence::kOrgCue | Evidence::kProductCue |
                                     Evidence::kPlaceCue | Evidence::kDemonym |
                                     Evidence::kNonEntity;
  for (uint32_t t = name.b; t < name.e; ++t)
    if (!Cap(t) || tok_[t].kind != TokenKind::kWord || s_.mention[t] >= 0 || Info(t) != nullptr ||
        tok_[t].has(kAllCaps) ||
        (features_ != nullptr && (features_->at[t].rule_classes & kEvidenceWord)))
      return false;
  // The subject of a verb (maybe after an apposition, a negation or a clitic), not a heading's
  // topic before a colon ("Xterra Triathlon : …") or a title.
  const uint32_t next = name.e;
  return next < n_ && (VerbLike(next) || Comma(next) || Is(next, kNeg | kObjClitic | kSe));
}

bool Extractor::HeadIsRole(Span phrase) const {
  uint32_t h = phrase.b;
  while (h < phrase.e && Is(h, kDet)) ++h;
  for (uint32_t k = h; k < phrase.e && k < h + kHeadNounWindow; ++k) {
    if (Is(k, kRole)) return !Is(k, kRelational);
    if (Is(k, kDe | kPrep) || Cap(k)) break;
  }
  return false;
}

bool Extractor::PersonWordBefore(uint32_t t) const {
  constexpr uint32_t kPersonWord = Evidence::kTitle | Evidence::kRole | Evidence::kDemonym;
  return t > 0 && features_ != nullptr && !Cap(t - 1) &&
         (features_->at[t - 1].rule_classes & kPersonWord) != 0;
}

bool Extractor::SubjectOfReportingVerb(Span subj, const Sentence& s) const {
  uint32_t v = subj.e;
  while (v < s.end_token && v - subj.e < kMaxLeftNPTokens && !VerbLike(v) && !Punct(v) &&
         QuoteOpenAt(v) < 0)
    ++v;
  if (v >= s.end_token || !VerbLike(v)) return false;
  // A compound tense: the participle after the auxiliary and its adverbs.
  if (Is(v, kAuxAvoir | kAuxEtre) && !Is(v, kCueForm)) {
    uint32_t p = v + 1;
    while (p < s.end_token && p - v <= kMaxAuxiliaryGap && !Is(p, kCueForm) && !Punct(p) &&
           Is(p, kAdv | kInsert))
      ++p;
    v = p;
  }
  VerbGroup g;
  return v < s.end_token && MatchVerb(v, s, &g) && !g.passive && !g.nonfinite;
}

void Extractor::DoSentence(uint32_t si) {
  const Sentence& s = s_.sentences[si];
  const size_t first_claim = a_.claims.size();
  as_reported_ = -1;
  marker_floor_ = s.first_token;
  // The sentence subject is a referent for its own inverted pronouns and for later sentences.
  const Span subj = SentenceSubject(s);
  // (A phrase that opens with a preposition is an adverbial, no subject: "Malgré les …".)
  if (!subj.empty() &&
      (Is(subj.b, kSubj | kStress | kDet) || (Cap(subj.b) && !Is(subj.b, kPrep))) &&
      Referential(subj)) {
    uint8_t gender, number;
    const Span name = NameIn(subj);
    int32_t e = Resolve(name, &gender, &number);
    if (e < 0 && (name.b == subj.b || PersonWordBefore(name.b)) && UnknownFullName(name))
      e = NameSpeaker(name, false);
    // A role phrase, then a name no list knows in apposition: "Le candidat de l'opposition,
    // Olusegun Adeyemi, a rejeté …".
    if (e < 0 && name.b == subj.b && Comma(subj.e) && HeadIsRole(subj)) {
      uint32_t c = subj.e + 1;
      while (c < s.end_token && c - subj.e <= kMaxPersonNameWords && !Punct(c)) ++c;
      if (c < s.end_token && Comma(c) && UnknownFullName({subj.e + 1, c}))
        e = NameSpeaker({subj.e + 1, c}, false);
    }
    // A plural auxiliary after a named subject: the name was one of coordinated people ("Jean
    // Dupont, un habitant, et son voisin Marc Lefèvre ont témoigné"); no single person to take
    // up later. (The last of them, after "et", keeps its name: ResolvePronoun weighs it against
    // the one before by gender.)
    if (e >= 0 && number != kPlur && !(name.b > 0 && Is(name.b - 1, kEt))) {
      uint32_t v = subj.e;
      while (v < s.end_token && v - subj.e < kMaxLeftNPTokens && !VerbLike(v) && QuoteOpenAt(v) < 0)
        ++v;
      if (v < s.end_token && Is(v, kPluralAux) && !Is(v, kDet)) {
        e = -1;
        number = kPlur;
      }
    }
    AddReferent(name, e, gender, number, name.b != subj.b ? Span{subj.b, name.b} : Span{}, false,
                false, &s, subj);
  }
  // The markers and cue forms of the sentence, from Prepare's list (resume: after the verb group
  // last taken).
  const std::vector<uint32_t>& triggers = s_.triggers;
  size_t i = next_trigger_;
  if (i > 0 && i <= triggers.size() && triggers[i - 1] >= s.first_token)
    i = std::lower_bound(triggers.begin(), triggers.end(), s.first_token) - triggers.begin();
  while (i < triggers.size() && triggers[i] < s.first_token) ++i;
  uint32_t resume = s.first_token;
  for (; i < triggers.size() && triggers[i] < s.end_token; ++i) {
    const uint32_t t = triggers[i];
    if (t < resume) continue;
    const uint64_t c = Cls(t);
    if (c & kMarker) {
      if (const Marker* m = MarkerAt(t, s.end_token); m != nullptr) {
        if (m->kind == MarkerKind::kCredit)
          Credit(s, t);
        else if (m->kind == MarkerKind::kReading)
          ReadingClaim(si, s, t, *m, m->rest_count + 1u);
        else if (m->kind != MarkerKind::kAsReported)
          MarkerClaim(si, s, t, *m, m->rest_count + 1u);
      }
    }
    if (c & kCueForm) {
      // Reported speech inside reported speech stays part of its content.
      bool nested = false;
      for (size_t i = first_claim; i < a_.claims.size() && !nested; ++i) {
        const Attribution& x = a_.claims[i];
        nested = x.kind != ClaimKind::kAccordingTo && static_cast<int64_t>(i) != as_reported_ &&
                 tok_[t].begin >= x.content_begin && tok_[t].end <= x.content_end;
      }
      if (nested) continue;
      VerbGroup g;
      if (MatchVerb(t, s, &g)) {
        VerbClaim(si, s, g);
        resume = std::max(t, g.last) + 1;
      }
    }
  }
  next_trigger_ = i;
  Chains(first_claim);
  Relays(s, first_claim);
}

void Extractor::Run() {
  Prepare();
  FindQuotes();
  for (uint32_t si = 0; si < s_.sentences.size(); ++si) DoSentence(si);
  Continuations();
  PullQuoteSpeakers();
  if (entities_added_) RenumberEntities(&a_, &s_.renumber);
  // Stable, by cue then content. The claims mostly come in that order already: then no sort
  // (std::stable_sort allocates its buffer even for a sorted range).
  auto before = [](const Attribution& x, const Attribution& y) {
    return x.cue_begin != y.cue_begin ? x.cue_begin < y.cue_begin
                                      : x.content_begin < y.content_begin;
  };
  if (!std::is_sorted(a_.claims.begin(), a_.claims.end(), before))
    std::stable_sort(a_.claims.begin(), a_.claims.end(), before);
}

}  // namespace selon::claims

namespace selon {

void ClaimExtractor::Extract(const Document& doc, Analysis* analysis, Scratch* scratch,
                             const TokenFeatures* features,
                             const std::vector<const Lexicon*>* lexicons) const {
  analysis->claims.clear();
  analysis->sources.clear();
  analysis->unbalanced_quotes.clear();
  claims::Extractor(*data_, doc.analysis_text(), analysis, scratch, features, lexicons).Run();
}

uint32_t ClaimExtractor::WordIndex(std::string_view key) const { return data_->Find(key); }

uint32_t ClaimExtractor::WordIndex(std::string_view key, uint64_t hash) const {
  return data_->Find(key, hash);
}

}  // namespace selon
