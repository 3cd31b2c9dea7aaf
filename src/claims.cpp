// The claims stage.
//
// Design. Claims are found from their cues, sentence by sentence, over tokens already tagged
// with one hash lookup each (Scratch::word: the token's entry in the cue tables, which carries
// its word classes, verb forms and markers). There is no parser: a handful of local patterns,
// read off the guideline, do the work.
//
//  1. Quotations. One pass pairs quotation marks with a stack (« with », “ with ”, straight
//     quotes toggle); a paragraph that opens with « while a quotation is open continues it
//     (French prints « at the head of every quoted paragraph); a paragraph break with an open
//     quotation, or a closing mark with nothing open, is unbalanced: a warning, and the mark is
//     dropped. Only top-level quotations become claims; nested marks stay inside them.
//  2. Verb cues. A reporting-verb form starts a verb group: walking left from a past participle
//     finds its auxiliary across adverbs, inserts and inverted clitics (a-t-il dit, a pour sa
//     part commenté); être without a reflexive pronoun makes it passive (no speaker). Negation
//     (ne … pas) drops the cue. The complement decides the claim: que/qu' (indirect, or mixed
//     when it holds a quotation), si, de + infinitive, infinitive, à + infinitive, an object
//     then de + infinitive (accuser X de), a quotation (direct), or, failing all of those, a
//     parenthetical cue after a comma or a closing quote with its subject after it
//     (…, a indiqué la préfecture. / « … », a-t-il dit.).
//  3. Markers: selon / d'après / aux yeux de X, pour X, (clause-initial), comme le rapporte X.
//     The content is the clause after X's comma, or the sentence before the marker.
//  4. Speakers: the inverted subject, else the subject on the left of the verb group (an
//     apposition prefers the name: "Le porte-parole de Microsoft, Frank Shaw, a déclaré"), else
//     (participles, coordinated verbs) the subject of the sentence.
//  5. Resolution to entities: a mention at the head of the speaker (or a person's name at the
//     end of a descriptive phrase: "le président des États-Unis Donald Trump"); pronouns walk
//     back over the referents (sentence subjects and speakers, never inside quotations, never
//     je/on or an impersonal il) of the paragraph, checking gender and number and skipping
//     unresolved pronouns and inanimate subjects (l'enjeu); across one paragraph break only the
//     previous paragraph's topic (all its compatible subjects name one entity). Role nouns find
//     the person Analysis::roles or an apposition gave that role, or the name that followed the
//     same noun earlier, else the paragraph's last person; organization and place nouns the last
//     organization or place (a complement, "le club de Monaco", makes a name of its own);
//     document nouns (la lettre) the subject of the sentence that named the same document, or
//     "par X" (une information révélée par X). Nothing fits: entity null.
//  6. Chains: a claim whose cue lies inside the content of a selon-claim of its sentence gets
//     that claim's speaker as `via`. Credit lines ("Source : X") become sources.
#include "selon/claims.h"

#include <algorithm>

#include "internal/claims_data.h"
#include "selon/analysis.h"
#include "selon/document.h"

namespace selon {
namespace {

using namespace internal;
using Data = ClaimExtractor::Data;
using Scratch = ClaimExtractor::Scratch;
constexpr uint32_t kNone = Data::kNone;

struct Span {
  uint32_t b = 0, e = 0;  // tokens [b, e)
  bool empty() const { return e <= b; }
};

struct VerbGroup {
  uint32_t first = 0, last = 0;  // tokens of the cue, inclusive
  uint32_t head = 0;             // the reporting-verb token
  uint32_t next = 0;             // first token after the group
  const Lemma* lemma = nullptr;
  bool passive = false, participle = false, reflexive = false;
  bool bare = false;    // a participle with no auxiliary (accusé d'avoir …)
  int64_t clitic = -1;  // inverted subject clitic (-t-il)
};

class Extractor {
 public:
  Extractor(const Data& d, std::string_view text, Analysis* a, Scratch* s)
      : d_(d), text_(text), a_(*a), s_(*s), tok_(a->tokens) {}

  void Run();

 private:
  // ---- token tests ----
  uint32_t Cls(size_t t) const {
    if (t >= tok_.size()) return 0;
    const uint32_t w = s_.word[t];
    if (w == kNone) return 0;
    uint32_t c = d_.words[w].classes;
    // Folding merges a/à, ou/où, des/dès and ne/né: the text tells them apart.
    const Token& k = tok_[t];
    if (k.key_end - k.key_begin == 1 && a_.keys[k.key_begin] == 'a') {
      const char first = text_[k.begin];
      c &= (first == 'a' || first == 'A') ? ~(kA | kPrep | kInsert) : ~(kAuxAvoir | kAdv);
    } else if (k.end - k.begin == 3 && text_.substr(k.begin, 3) == "où") {
      c &= ~kConj;
    } else if (k.end - k.begin == 3 && k.key_end - k.key_begin == 2 && (c & kNeg)) {
      c &= ~kNeg;  // né, not ne
    } else if (k.key_end - k.key_begin == 3 && a_.keys.compare(k.key_begin, 3, "des") == 0) {
      const std::string_view x = text_.substr(k.begin, k.end - k.begin);
      c &= (x == "des" || x == "Des" || x == "DES") ? ~kPrep : ~kDet;
    }
    return c;
  }
  bool Is(size_t t, uint32_t c) const { return (Cls(t) & c) != 0; }
  std::string_view Key(size_t t) const { return tok_[t].key(a_.keys); }
  bool KeyIs(size_t t, std::string_view k) const { return t < tok_.size() && Key(t) == k; }
  bool Punct(size_t t) const {
    return t < tok_.size() && (tok_[t].kind == TokenKind::kPunct ||
                               tok_[t].kind == TokenKind::kQuote || tok_[t].has(kDash));
  }
  bool Comma(size_t t) const { return KeyIs(t, ","); }
  bool Final(size_t t) const { return t < tok_.size() && tok_[t].has(kSentenceFinal); }
  bool Cap(size_t t) const { return t < tok_.size() && tok_[t].has(kCapitalized); }
  const WordInfo* Info(size_t t) const {
    if (t >= tok_.size() || s_.word[t] == kNone) return nullptr;
    return &d_.words[s_.word[t]];
  }
  // "tandis", "alors", "parce", "bien", "afin", "dès" … before que: a conjunction, not the
  // complement of a verb.
  bool IsConjunctionBeforeQue(size_t t) const {
    static constexpr std::string_view kWords[] = {"tandis", "alors",   "parce", "bien",      "afin",
                                                  "des",    "pendant", "avant", "apres",     "sans",
                                                  "lors",   "puisque", "sorte", "maintenant"};
    if (t >= tok_.size()) return false;
    for (std::string_view w : kWords)
      if (Key(t) == w) return true;
    return false;
  }
  bool VerbLike(size_t t) const {
    if (Is(t, kAuxAvoir | kAuxEtre | kNeg)) return !Is(t, kDet);
    const WordInfo* w = Info(t);
    if (w == nullptr || !(w->classes & kCueForm) || AfterDeterminer(t)) return false;
    for (uint32_t i = 0; i < w->forms_count; ++i)
      if (d_.forms[w->forms_begin + i].tags & kFinite) return !Cap(t);
    return false;
  }
  // "le juge", "la lettre": a form after a determiner (not an object clitic) is a noun.
  bool AfterDeterminer(size_t t) const {
    return t > 0 && Is(t - 1, kDet) && !Is(t - 1, kPrep) &&
           !(t > 1 && (Is(t - 2, kSubj | kNeg) || KeyIs(t - 2, "comme")));
  }
  bool InfinitiveAt(size_t t) const {
    if (Is(t, kNeg)) return Is(t + 1, kNegPart) && Is(t + 2, kInfinitive | kObjClitic);
    // A clitic before the infinitive: "s'écarter", "le faire", "leur dire".
    if ((KeyIs(t, "se") || KeyIs(t, "s'") || Is(t, kObjClitic)) && !Is(t, kDet) &&
        Is(t + 1, kInfinitive) && !Cap(t + 1))
      return true;
    return Is(t, kInfinitive) && !Cap(t);
  }
  int32_t QuoteOpenAt(size_t t) const {
    if (t >= tok_.size() || s_.quote[t] < 0) return -1;
    return s_.quotes[s_.quote[t]].open == t ? s_.quote[t] : -1;
  }
  int32_t QuoteCloseAt(size_t t) const {
    if (t >= tok_.size() || s_.quote[t] < 0) return -1;
    return s_.quotes[s_.quote[t]].close == t ? s_.quote[t] : -1;
  }

  // ---- stages ----
  void Prepare();
  void FindQuotes();
  void DoSentence(uint32_t si);
  bool MatchVerb(uint32_t t, const Sentence& s, VerbGroup* g) const;
  void VerbClaim(uint32_t si, const Sentence& s, const VerbGroup& g);
  void MarkerClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m, uint32_t len);
  void Credit(const Sentence& s, uint32_t t);
  void Continuations();

  // ---- spans ----
  uint32_t ClauseEnd(uint32_t from, const Sentence& s, bool infinitive = false) const;
  Span TrimContent(Span c) const;
  Span RightNP(uint32_t j, uint32_t end, uint32_t max) const;
  Span LeftNP(uint32_t i, uint32_t begin) const;
  Span LeftSubject(uint32_t first, const Sentence& s, Span* role) const;
  Span NearestSubject(uint32_t before, const Sentence& s, Span* role) const;
  Span SentenceSubject(const Sentence& s) const;
  Span NameIn(Span sp) const;
  Span Apposed(Span np, uint32_t end, uint32_t* after) const;
  Span InvertedSubject(uint32_t j, uint32_t end) const;
  bool TailOk(uint32_t k, uint32_t end) const;
  bool Referential(Span subj) const;

  // ---- resolution ----
  int32_t Resolve(Span sp, uint8_t* gender, uint8_t* number) const;
  int32_t ResolvePronoun(uint32_t t, uint8_t gender, uint8_t number, bool* found) const;
  int32_t ResolveRole(Span sp, uint32_t n, uint8_t gender, bool definite) const;
  int32_t NameSpeaker(Span sp, bool definite);
  int32_t AddSpeakerEntity(uint32_t b, uint32_t e, EntityType type);
  // Fills Scratch::mention, the mention covering each token.
  void IndexMentions() {
    std::fill(s_.mention.begin(), s_.mention.end(), -1);
    for (size_t m = 0; m < a_.mentions.size(); ++m)
      for (uint32_t t = a_.mentions[m].first_token;
           t < a_.mentions[m].end_token && t < s_.mention.size(); ++t)
        s_.mention[t] = static_cast<int32_t>(m);
  }
  // The word-table entry of the noun of Analysis::roles[i] (see Prepare()).
  uint32_t RoleWord(size_t i) const { return s_.role_words[i]; }
  int32_t MentionEntity(uint32_t t) const {
    return t < tok_.size() && s_.mention[t] >= 0
               ? static_cast<int32_t>(a_.mentions[s_.mention[t]].entity)
               : -1;
  }
  uint8_t EntityGender(int32_t e) const;
  // Number of referents strictly before token `t` (they are sorted by token).
  size_t ReferentsBefore(uint32_t t) const {
    return static_cast<size_t>(
        std::lower_bound(s_.referents.begin(), s_.referents.end(), t,
                         [](const Scratch::Referent& r, uint32_t x) { return r.token < x; }) -
        s_.referents.begin());
  }
  // Index of the first mention ending after token `t`.
  size_t MentionsBefore(uint32_t t) const {
    return static_cast<size_t>(
        std::lower_bound(a_.mentions.begin(), a_.mentions.end(), t,
                         [](const Mention& m, uint32_t x) { return m.end_token <= x; }) -
        a_.mentions.begin());
  }
  static constexpr size_t kWindow = 256;  // how far back resolution looks (referents, mentions)
  void AddReferent(Span sp, int32_t entity, uint8_t gender, uint8_t number, Span role, bool speaker,
                   bool source);

  void Emit(ClaimKind kind, uint32_t si, uint32_t cue_b, uint32_t cue_e, std::string_view lemma,
            Span content, Span speaker, Span role, Span addressee, bool speaker_from_entity,
            int32_t forced_entity);
  bool ContentTaken(Span c) const;
  void UseQuotesIn(Span c, bool* has_quote);

  const Data& d_;
  std::string_view text_;
  Analysis& a_;
  Scratch& s_;
  const std::vector<Token>& tok_;
  mutable std::string fold_;
  // Entities made from speakers (NameSpeaker).
  bool entities_added_ = false;
  size_t speaker_entities_ = 0;
  struct Pending {
    uint32_t content_b, content_e;
    uint32_t speaker_entity_index;
  };
};

// ------------------------------------------------------------------------------------------

void Extractor::Prepare() {
  const size_t n = tok_.size();
  s_.word.resize(n);
  s_.mention.assign(n, -1);
  s_.quote.assign(n, -1);
  s_.paragraph.resize(n);
  s_.referents.clear();
  uint32_t para = 0;
  for (size_t t = 0; t < n; ++t) {
    s_.word[t] = d_.Find(tok_[t].key(a_.keys));
    if (t > 0 && tok_[t].has(kNewlineBefore)) ++para;
    s_.paragraph[t] = para;
  }
  IndexMentions();
  // Role nouns ("porte-parole", "premier ministre" -> ministre) as word-table entries.
  s_.role_words.clear();
  for (const Role& r : a_.roles) {
    std::string_view noun = r.role;
    if (const size_t sp = noun.rfind(' '); sp != std::string_view::npos) noun = noun.substr(sp + 1);
    fold_.clear();
    FoldKey(noun, &fold_);
    s_.role_words.push_back(d_.Find(fold_));
  }
}

// Quotation marks: kinds by their first byte sequence.
enum QuoteType : uint32_t { kGuillemet = 0, kCurly = 1, kStraight = 2, kSingle = 3 };

void Extractor::FindQuotes() {
  s_.quotes.clear();
  s_.stack.clear();  // token indices of open marks; type in the high bits
  auto type_of = [&](uint32_t t, bool* opening, bool* closing) {
    const std::string_view x = tok_[t].text(text_);
    *opening = tok_[t].has(kOpeningQuote);
    *closing = tok_[t].has(kClosingQuote);
    if (x == "«") {
      *opening = true;
      *closing = false;
      return kGuillemet;
    }
    if (x == "»") {
      *opening = false;
      *closing = true;
      return kGuillemet;
    }
    if (x == "“" || x == "„") {
      *opening = true;
      *closing = false;
      return kCurly;
    }
    if (x == "”") {
      *opening = false;
      *closing = true;
      return kCurly;
    }
    if (x == "‹" || x == "›") {
      *opening = x == "‹";
      *closing = !*opening;
      return kSingle;
    }
    return kStraight;
  };
  auto type_at = [&](uint32_t t) {
    bool o, c;
    return type_of(t, &o, &c);
  };
  auto warn = [&](uint32_t t) { a_.unbalanced_quotes.push_back(tok_[t].begin); };
  std::vector<Scratch::Quote>& quotes = s_.quotes;
  for (uint32_t t = 0; t < tok_.size(); ++t) {
    if (t > 0 && tok_[t].has(kNewlineBefore) && !s_.stack.empty()) {
      // A new paragraph with quotations open: « at its head continues them, else they were
      // never closed.
      const bool continues = tok_[t].kind == TokenKind::kQuote &&
                             type_at(t) == type_at(s_.stack.front()) && tok_[t].has(kOpeningQuote);
      if (continues) continue;
      for (uint32_t o : s_.stack) warn(o);
      s_.stack.clear();
    }
    if (tok_[t].kind != TokenKind::kQuote) continue;
    bool opening, closing;
    const QuoteType type = type_of(t, &opening, &closing);
    // Closing: find the innermost open mark of the same type.
    int64_t match = -1;
    if (closing) {
      for (size_t k = s_.stack.size(); k-- > 0;)
        if (type_at(s_.stack[k]) == type) {
          match = static_cast<int64_t>(k);
          break;
        }
    }
    if (match >= 0 && (type != kStraight || !opening || true)) {
      for (size_t k = s_.stack.size(); k-- > static_cast<size_t>(match) + 1;) warn(s_.stack[k]);
      const uint32_t open = s_.stack[match];
      s_.stack.resize(match);
      if (s_.stack.empty()) quotes.push_back({open, t, false});
      continue;
    }
    if (opening) {
      s_.stack.push_back(t);
    } else if (type != kStraight || closing) {
      warn(t);  // a closing mark with nothing open
    }
  }
  for (uint32_t o : s_.stack) warn(o);
  std::sort(a_.unbalanced_quotes.begin(), a_.unbalanced_quotes.end());
  for (size_t q = 0; q < quotes.size(); ++q)
    for (uint32_t t = quotes[q].open; t <= quotes[q].close; ++t)
      s_.quote[t] = static_cast<int32_t>(q);
}

// ------------------------------------------------------------------------------------------
// Verb groups.

bool Extractor::MatchVerb(uint32_t t, const Sentence& s, VerbGroup* g) const {
  const WordInfo* w = Info(t);
  if (w == nullptr || !(w->classes & kCueForm) || AfterDeterminer(t)) return false;
  // A capitalized form inside a sentence is a name (Annonce, Dit), not a verb.
  if (Cap(t) && t != s.first_token) return false;
  // Longest multiword form first; then the tags of every form at that length.
  uint32_t best_len = 0;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    bool ok = t + f.rest_count < s.end_token;
    for (uint32_t k = 0; ok && k < f.rest_count; ++k)
      ok = Key(t + 1 + k) == d_.rest_keys[f.rest_begin + k];
    if (ok) best_len = std::max<uint32_t>(best_len, f.rest_count + 1);
  }
  if (best_len == 0) return false;
  uint8_t tags = 0;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    if (f.rest_count + 1u == best_len) tags |= f.tags;
  }
  {
    // Folding maps déclaré to declare: an é-ending token is a participle, never finite.
    const std::string_view x = tok_[t].text(text_);
    auto ends = [&](std::string_view suf) {
      return x.size() >= suf.size() && x.substr(x.size() - suf.size()) == suf;
    };
    if (best_len == 1 && (ends("é") || ends("ée") || ends("és") || ends("ées") || ends("É")))
      tags &= static_cast<uint8_t>(~kFinite);
  }
  VerbGroup r;
  r.head = t;
  r.first = t;
  r.last = t + best_len - 1;
  // Compound tenses: the auxiliary on the left.
  bool aux_etre = false, bare_participle = false;
  if (tags & kPastParticiple) {
    int64_t aux = -1;
    bool ete = false;
    for (int64_t j = static_cast<int64_t>(t) - 1, steps = 0;
         j >= static_cast<int64_t>(s.first_token) && steps < 7; --j, ++steps) {
      const uint32_t c = Cls(j);
      if (KeyIs(j, "ete")) {
        ete = true;
        continue;
      }
      if ((c & (kAuxAvoir | kAuxEtre)) && !(c & kDet) && tok_[j].kind == TokenKind::kWord) {
        aux = j;
        aux_etre = (c & kAuxEtre) && !(c & kAuxAvoir);
        break;
      }
      if ((c & kSubj) && Key(j).front() == '-') {
        r.clitic = j;
        continue;
      }
      if (c & (kAdv | kInsert | kNegPart | kStress)) continue;  // a, quant à lui, pesté
      if (Comma(j)) continue;
      break;
    }
    if (aux >= 0) {
      r.first = static_cast<uint32_t>(aux);
      r.participle = true;
      r.passive = ete || aux_etre;
    } else if (!(tags & (kFinite | kGerund))) {
      // A bare participle is an adjective (les décodeurs promis), except before de + an
      // infinitive: "le ministre, accusé d'avoir surfacturé …" is a passive claim.
      if (!((KeyIs(t + 1, "de") || KeyIs(t + 1, "d'")) && InfinitiveAt(t + 2))) return false;
      bare_participle = true;
      r.bare = true;
      r.participle = true;
      r.passive = true;
      r.clitic = -1;
    } else {
      r.clitic = -1;
    }
  }
  if (!r.participle && !(tags & (kFinite | kGerund))) return false;
  // Reflexive pronoun before the group (se plaignant, s'est plaint, ne se plaint pas).
  if (r.first > s.first_token && (KeyIs(r.first - 1, "se") || KeyIs(r.first - 1, "s'"))) {
    r.reflexive = true;
    r.first -= 1;
    if (aux_etre) r.passive = false;
  }
  // Lemma: pronominal lemmas need the pronoun, and win when it is there.
  const Lemma* chosen = nullptr;
  for (uint32_t i = 0; i < w->forms_count; ++i) {
    const CueForm& f = d_.forms[w->forms_begin + i];
    if (f.rest_count + 1u != best_len) continue;
    const Lemma& l = d_.lemmas[f.lemma];
    if ((l.frames & kPronominalOnly) && !r.reflexive) continue;
    if (chosen == nullptr ||
        (r.reflexive && (l.frames & kPronominal) && !(chosen->frames & kPronominal)))
      chosen = &l;
  }
  if (chosen == nullptr) return false;
  if (bare_participle && !(chosen->frames & (kFrameDe | kFrameObjDe))) return false;
  if (r.reflexive && !(chosen->frames & kPronominal)) {
    // "s'est déclaré incompétent": a reflexive use of a non-pronominal verb is no saying.
    return false;
  }
  r.lemma = chosen;
  // Negation: ne/n' before the group (clitics aside).
  {
    int64_t j = static_cast<int64_t>(r.first) - 1;
    while (j >= static_cast<int64_t>(s.first_token) && Is(j, kObjClitic) && !Is(j, kNeg)) --j;
    if (j >= static_cast<int64_t>(s.first_token) && Is(j, kNeg)) return false;
  }
  // Inverted subject clitic after a simple form (dit-il, précise-t-elle).
  r.next = r.last + 1;
  if (r.clitic < 0 && Is(r.next, kSubj) && Key(r.next).front() == '-') {
    r.clitic = r.next;
    r.last = r.next;
    r.next += 1;
  }
  if (!r.participle && !(tags & kFinite)) {
    // A present participle (affirmant): never with an inverted clitic.
    r.participle = false;
  }
  *g = r;
  return true;
}

// ------------------------------------------------------------------------------------------
// Spans.

// The end (exclusive token) of a clause starting at `from`: the sentence end, ';', a dash,
// a closing quote opened before `from`, or a comma that introduces another attribution
// (", selon X", ", a-t-il dit"). Quotations inside are skipped whole.
uint32_t Extractor::ClauseEnd(uint32_t from, const Sentence& s, bool infinitive) const {
  uint32_t t = from;
  while (t < s.end_token) {
    const int32_t q = QuoteOpenAt(t);
    if (q >= 0) {
      t = s_.quotes[q].close + 1;
      continue;
    }
    if (QuoteCloseAt(t) >= 0) return t;
    // A parenthesis inside the clause is part of it: "le plan NOVI (nombreuses victimes) a été
    // déclenché"; one that opens at the start of the clause or never closes ends it.
    if (KeyIs(t, "(") && t > from) {
      uint32_t close = t + 1;
      while (close < s.end_token && close < t + 20 && !KeyIs(close, ")") && !KeyIs(close, "("))
        ++close;
      if (KeyIs(close, ")")) {
        t = close + 1;
        continue;
      }
    }
    if (tok_[t].has(kDash) || KeyIs(t, ";") || KeyIs(t, "(")) return t;
    // "… et les démocrates avaient demandé que …": a coordinated clause with its own subject
    // and reporting verb is another claim.
    if (t > from && Is(t, kConj) && (KeyIs(t, "et") || KeyIs(t, "mais")) &&
        Is(t + 1, kDet | kSubj)) {
      for (uint32_t k = t + 2; k < s.end_token && k < t + 8; ++k) {
        if (Punct(k) || Is(k, kQue | kRel)) break;
        VerbGroup g;
        if (Is(k, kCueForm | kAuxAvoir | kAuxEtre) && MatchVerb(k, s, &g) && !g.passive &&
            g.first > t + 1)
          return t;
      }
    }
    // An infinitive clause ends before a coordinated finite verb, which is the subject's next
    // action: "annonce avoir repris les localités et s'empare de la citadelle".
    if (infinitive && t > from && Is(t, kConj) && (KeyIs(t, "et") || KeyIs(t, "mais"))) {
      uint32_t v = t + 1;
      bool reflexive = false;
      while (v < s.end_token && v < t + 4 &&
             (KeyIs(v, "se") || KeyIs(v, "s'") || Is(v, kNeg | kObjClitic)) && !Is(v, kDet)) {
        reflexive = reflexive || KeyIs(v, "se") || KeyIs(v, "s'");
        ++v;
      }
      // (After se/s', a lower-case word that is no infinitive is a finite verb.)
      const bool finite = VerbLike(v) || (reflexive && v < s.end_token && !Cap(v) &&
                                          tok_[v].kind == TokenKind::kWord);
      if (finite && !Is(v, kInfinitive)) return t;
    }
    if (Comma(t)) {
      const uint32_t n = t + 1;
      // ", car …", ", tandis que …": another clause, not the claim's.
      if ((Is(n, kConj) && (KeyIs(n, "car") || KeyIs(n, "mais") || KeyIs(n, "donc"))) ||
          (Is(n + 1, kQue) && IsConjunctionBeforeQue(n)))
        return t;
      // ", est mort mardi": the main clause resumes after a participial or relative insert.
      if (n < s.end_token && (VerbLike(n) || (Is(n, kNeg) && VerbLike(n + 1))) && !Is(n, kSubj))
        return t;
      if (Is(n, kMarker)) {
        const WordInfo* w = Info(n);
        const Marker& m = d_.markers[w->markers_begin];
        if (m.kind == MarkerKind::kAccordingTo) return t;
        if (m.kind == MarkerKind::kInitialFor && (Is(n + 1, kIndef | kStress))) return t;
      }
      // ", a-t-il dit" / ", dit-il" / ", a déclaré X."
      VerbGroup g;
      if (n < s.end_token && MatchVerb(n, s, &g) && g.clitic >= 0) return t;
      if (n + 1 < s.end_token && Is(n, kAuxAvoir)) {
        if (MatchVerb(n + 1, s, &g) && (g.clitic >= 0 || Final(RightNP(g.next, s.end_token, 8).e)))
          return t;
      }
    }
    ++t;
  }
  return std::min<uint32_t>(t, std::max<uint32_t>(s.end_token, t));
}

Span Extractor::TrimContent(Span c) const {
  while (c.b < c.e && (Comma(c.b) || KeyIs(c.b, ":"))) ++c.b;
  while (c.e > c.b &&
         (KeyIs(c.e - 1, ".") || Comma(c.e - 1) || KeyIs(c.e - 1, ":") || KeyIs(c.e - 1, ";")))
    --c.e;
  return c;
}

// A noun phrase from `j`: up to punctuation, a verb, a relative or que, at most `max` tokens.
Span Extractor::RightNP(uint32_t j, uint32_t end, uint32_t max) const {
  Span r{j, j};
  while (r.e < end && r.e - j < max) {
    const uint32_t t = r.e;
    if (Punct(t) || Is(t, kRel | kQue) || (r.e > j && VerbLike(t))) break;
    if (r.e > j && Is(t, kConj) && !Cap(t + 1) && !Is(t + 1, kDet)) break;
    if (r.e > j && Is(t, kPrep) && !Is(t, kDe | kAu) && !Cap(t)) break;
    if (r.e > j && Is(t, kObjClitic) && !Is(t, kDet | kDe)) break;
    ++r.e;
  }
  return r;
}

// The noun phrase ending at token `i` (inclusive), walking left.
Span Extractor::LeftNP(uint32_t i, uint32_t begin) const {
  Span r{i + 1, i + 1};
  while (r.b > begin) {
    const uint32_t t = r.b - 1;
    if (KeyIs(t, ")")) {
      // A parenthesis inside the phrase: "L'agence (ARS) de Bretagne".
      uint32_t k = t;
      while (k > begin && !KeyIs(k, "(") && t - k < 12) --k;
      if (!KeyIs(k, "(") || k == begin) break;
      r.b = k;
      continue;
    }
    if (Punct(t) || Is(t, kRel | kQue) || VerbLike(t)) break;
    if (Is(t, kPrep) && !Is(t, kDe | kAu) && !KeyIs(t, "comme")) break;
    if (Is(t, kConj) && Is(t + 1, kDet) && !Cap(t + 1)) break;
    if (r.e - t > 15) break;
    --r.b;
    // A determiner right after a noun starts the phrase: "dans son communiqué | le champion
    // du monde" (du, des are complements: "le président des États-Unis").
    if (Is(t, kDet) && !KeyIs(t, "des") && !KeyIs(t, "du") && t > begin &&
        tok_[t - 1].kind == TokenKind::kWord && !Cap(t - 1) &&
        !Is(t - 1, kDet | kPrep | kDe | kA | kAu | kConj | kSubj | kRel | kQue | kObjClitic | kNeg |
                       kAuxAvoir | kAuxEtre | kAdv | kInsert | kIndef))
      break;
  }
  while (r.b < r.e && Is(r.b, kConj | kAdv) && !Is(r.b, kDet)) ++r.b;
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
  // A person's name that starts inside the capitalized run is the name, the run before it a
  // complement: "le président des États-Unis Donald Trump".
  if (const int32_t m = s_.mention[e - 1]; m >= 0) {
    const Mention& x = a_.mentions[m];
    if (x.end_token == e && x.first_token > b && x.first_token > sp.b &&
        a_.entities[x.entity].type == EntityType::kPerson)
      return {x.first_token, e};
  }
  while (b < e && (tok_[b].has(kAbbreviation) || Is(b, kRole)) && b + 1 < e) ++b;
  if (b == sp.b) return sp;
  const uint32_t p = b - 1;
  if (Is(p, kDe | kDet | kPrep | kAu | kA) && !tok_[p].has(kAbbreviation)) return sp;
  if (Punct(p)) return sp;
  return {b, e};
}

// "NP, Name," or "NP, Name." : the name in apposition after a description.
Span Extractor::Apposed(Span np, uint32_t end, uint32_t* after) const {
  *after = np.e;
  // "Le président américain, Donald Trump," (a capital det at the head of a sentence), not
  // "…, La Tribune, …" (a det inside a name).
  const bool head = np.b == 0 || Final(np.b - 1) || tok_[np.b].has(kNewlineBefore);
  if (!Comma(np.e) || !Cap(np.e + 1) || !Is(np.b, kDet) || (Cap(np.b) && !head)) return np;
  uint32_t k = np.e + 1;
  while (k < end && Cap(k) && k - np.e <= 5) ++k;
  if (k < end && !Comma(k) && !Final(k)) return np;
  *after = k;
  return {np.e + 1, k};
}

// The subject after an inverted verb: "…, a annoncé aujourd'hui le parquet", "… le 26 mars
// les Nations unies".
Span Extractor::InvertedSubject(uint32_t j, uint32_t end) const {
  for (int round = 0; round < 3; ++round) {
    while (j < end && Is(j, kAdv) && !Is(j, kDet | kDe | kA | kSubj)) ++j;
    if (j + 2 < end && KeyIs(j, "le") && tok_[j + 1].kind == TokenKind::kNumber) j += 3;
  }
  if (j >= end || !(Is(j, kDet | kRole) || Cap(j)) || Is(j, kPoss)) return {j, j};
  return RightNP(j, end, 10);
}

// After an inverted subject: the sentence ends, maybe after a prepositional phrase or a
// relative clause (… a déclaré X dans un communiqué. / … X qui craint …).
bool Extractor::TailOk(uint32_t k, uint32_t end) const {
  while (k < end && Is(k, kAdv) && !Is(k, kDet | kDe | kA | kPrep | kSubj)) ++k;
  if (k >= end || Final(k) || Comma(k) || KeyIs(k, ")") || Is(k, kRel)) return true;
  if (!Is(k, kPrep) || Is(k, kDe)) return false;
  while (k < end && !Punct(k) && !VerbLike(k)) ++k;
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
  for (int round = 0; round < 2 && i < s.end_token; ++round) {
    if (!(Is(i, kPrep | kAdv | kMarker) || (Is(i, kCueForm) && !Is(i, kDet)))) break;
    uint32_t k = i;
    bool verb = false;
    for (; k < s.end_token && k - i < 20 && !Comma(k); ++k) verb = verb || VerbLike(k);
    if (k >= s.end_token || !Comma(k) || verb) break;
    i = k + 1;
  }
  if (i >= s.end_token) return {};
  // A fronted phrase before the subject pronoun: "Ému, il …", "Originaire de Lyon, elle …".
  if (!Is(i, kSubj | kDet)) {
    for (uint32_t k = i; k < s.end_token && k - i < 30 && !VerbLike(k) && s_.quote[k] < 0; ++k) {
      if (Comma(k) && Is(k + 1, kSubj) && !Is(k + 1, kDet) && Key(k + 1).front() != '-')
        return {k + 1, k + 2};
    }
  }
  if (Is(i, kSubj | kStress) && !Is(i, kDet)) return {i, i + 1};
  Span r = RightNP(i, s.end_token, 10);
  // "Le président américain, Donald Trump, a …": the name.
  uint32_t tail;
  return Apposed(r, s.end_token, &tail);
}

// Whether a sentence subject can be referred back to: not inside a quotation, not a first or
// second person (je, on, nous), not an impersonal il (il y a, il faut, il s'agit).
bool Extractor::Referential(Span subj) const {
  if (s_.quote[subj.b] >= 0) return false;
  if (subj.e - subj.b != 1 || !Is(subj.b, kSubj) || Is(subj.b, kDet)) return true;
  if (Info(subj.b)->number == kUnknown) return false;
  const uint32_t n = subj.e;
  if (KeyIs(n, "y") || KeyIs(n, "faut") || KeyIs(n, "fallait") || KeyIs(n, "faudra") ||
      KeyIs(n, "faudrait") || KeyIs(n, "semble") || KeyIs(n, "semblait"))
    return false;
  return !(KeyIs(n, "s'") && (KeyIs(n + 1, "agit") || KeyIs(n + 1, "agissait")));
}

// The subject of a verb group starting at `first` (not inverted).
Span Extractor::LeftSubject(uint32_t first, const Sentence& s, Span* role) const {
  *role = {};
  int64_t i = static_cast<int64_t>(first) - 1;
  const int64_t b = s.first_token;
  while (i >= b && (Is(i, kNeg) || (Is(i, kObjClitic) && !Is(i, kDet)))) --i;
  // le/la/l'/les as object clitics: only between a subject pronoun and the verb.
  if (i >= b && Is(i, kDet) && Is(i, kObjClitic) && i - 1 >= b && Is(i - 1, kSubj | kNeg)) {
    --i;
    while (i >= b && Is(i, kNeg)) --i;
  }
  if (i < b) return {};
  const uint32_t u = static_cast<uint32_t>(i);
  if (Is(u, kSubj) && !Is(u, kDet) && Key(u).front() != '-') return {u, u + 1};
  if (Is(u, kRel)) {
    int64_t k = i - 1;
    if (k >= b && Comma(k)) --k;
    if (k < b) return {};
    Span np = LeftNP(static_cast<uint32_t>(k), s.first_token);
    // "plus de 60 % des Français, déçus, qui …": an adjective in apposition is no antecedent.
    if (np.e - np.b == 1 && !Cap(np.b) && !Is(np.b, kDet | kIndef | kSubj | kStress) &&
        np.b > s.first_token + 1 && Comma(np.b - 1)) {
      const Span before = LeftNP(np.b - 2, s.first_token);
      if (!before.empty()) return before;
    }
    return np;
  }
  // Coordinated verbs: the subject of the verb before the conjunction.
  if (Is(u, kConj) && !Is(u, kDet)) return NearestSubject(u, s, role);
  if (Is(u, kQue) || KeyIs(u, ":")) return SentenceSubject(s);
  if (tok_[u].has(kDash)) {
    // "X — par ailleurs ancien directeur — a annoncé": skip the insert.
    int64_t k = i - 1;
    while (k > b && !tok_[k].has(kDash)) --k;
    if (k > b) return LeftNP(static_cast<uint32_t>(k - 1), s.first_token);
  }
  if (Comma(u)) {
    // Apposition: [S0], [S1], verb. Prefer the segment that is a name.
    uint32_t p1 = u;  // comma before the verb
    uint32_t k = p1;
    while (k > s.first_token && !Comma(k - 1) && !KeyIs(k - 1, ":")) --k;
    Span s1{k, p1};
    if (s1.empty()) return {};
    const bool s1_desc = Is(s1.b, kDet | kRel | kPrep) || !Cap(s1.b);
    if (!s1_desc) {
      if (k > s.first_token && Comma(k - 1)) {
        uint32_t k0 = k - 1;
        while (k0 > s.first_token && !Comma(k0 - 1)) --k0;
        if (Is(k0, kDet) && !Cap(k0 + 0))
          *role = {k0, k - 1};
        else if (Is(k0, kDet))
          *role = {k0, k - 1};
      }
      return RightNP(s1.b, s1.e, 8).empty() ? s1 : RightNP(s1.b, s1.e, 8);
    }
    // A name further back, before descriptions and participial phrases: "Eugene Dupuis,
    // membre du bureau, faisant part de son indignation, a déclaré".
    for (uint32_t c = k, round = 0; c > s.first_token + 1 && Comma(c - 1) && round < 3; ++round) {
      uint32_t b0 = c - 1;
      while (b0 > s.first_token && !Comma(b0 - 1) && !KeyIs(b0 - 1, ":")) --b0;
      const Span seg{b0, c - 1};
      if (seg.empty()) break;
      const bool name = seg.e - seg.b <= 6 &&
                        (s_.mention[seg.b] >= 0 || (Cap(seg.b) && Cap(seg.b + 1))) &&
                        !Is(seg.b, kDet | kPrep | kRel | kConj | kSubj);
      if (name) {
        const Span np = RightNP(seg.b, seg.e, 8);
        if (!np.empty()) return np;
      }
      c = b0;
    }
    if (k > s.first_token && Comma(k - 1)) {
      if (Is(s1.b, kDet)) *role = s1;
      Span s0 = LeftNP(k - 2, s.first_token);
      if (!s0.empty()) return s0;
    }
    return SentenceSubject(s);
  }
  Span np = LeftNP(u, s.first_token);
  if (np.empty()) return SentenceSubject(s);
  return np;
}

// The subject of the nearest verb left of `before` (coordinated verbs, participles): "X a
// félicité Y et se dit …", "X a été émue en affirmant …". Falls back to the sentence subject.
Span Extractor::NearestSubject(uint32_t before, const Sentence& s, Span* role) const {
  for (uint32_t k = before; k-- > s.first_token;) {
    if (s_.quote[k] >= 0) continue;
    if (VerbLike(k) && !Is(k, kNeg)) {
      uint32_t f = k;
      // Back to the start of the verb group (auxiliary, reflexive).
      for (uint32_t m = k; m-- > s.first_token && k - m < 6;) {
        if (Is(m, kAuxAvoir | kAuxEtre) && !Is(m, kDet)) {
          f = m;
          break;
        }
        if (!Is(m, kAdv | kInsert | kNegPart | kStress) && !Comma(m)) break;
      }
      if (f > s.first_token && (KeyIs(f - 1, "se") || KeyIs(f - 1, "s'"))) --f;
      if (Is(f + 1, kSubj) && Key(f + 1).front() == '-') return {f + 1, f + 2};
      return LeftSubject(f, s, role);
    }
  }
  return SentenceSubject(s);
}

// ------------------------------------------------------------------------------------------
// Resolution.

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
  const uint32_t w = d_.Find(f);
  return w == kNone ? static_cast<uint8_t>(kUnknown) : d_.words[w].name_gender;
}

int32_t Extractor::ResolvePronoun(uint32_t t, uint8_t gender, uint8_t number, bool* found) const {
  *found = false;
  const uint32_t para = s_.paragraph[t];
  auto compatible = [&](const Scratch::Referent& r) {
    if (gender != kUnknown && r.gender != kUnknown && r.gender != gender) return false;
    if (number != kUnknown && r.number != kUnknown && r.number != number) return false;
    return true;
  };
  // Unresolved pronouns carry nothing; an unresolved inanimate subject (l'enjeu) cannot say.
  auto transparent = [](const Scratch::Referent& r) {
    return r.entity < 0 && (r.pronoun || !r.animate);
  };
  // In the paragraph: the last compatible subject or speaker; a source that is no person
  // ("selon l'AFP") only when there is no other.
  const size_t before = ReferentsBefore(t);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = before; k-- > 0;) {
      const Scratch::Referent& r = s_.referents[k];
      if (r.paragraph != para) break;
      if (!compatible(r) || transparent(r)) continue;
      if (pass == 0 && r.source &&
          (r.entity < 0 || a_.entities[r.entity].type != EntityType::kPerson))
        continue;
      *found = true;
      return r.entity;
    }
  }
  // Across one paragraph break, only the previous paragraph's topic: every compatible subject
  // and speaker there (selon-sources aside) names the same entity.
  int32_t topic = -1;
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph == para) continue;
    if (r.paragraph + 1 != para) break;
    if (r.source || !compatible(r) || transparent(r)) continue;
    if (r.entity < 0 || (topic >= 0 && r.entity != topic)) return -1;
    topic = r.entity;
  }
  *found = topic >= 0;
  return topic;
}

// A role noun ("le ministre", "le porte-parole", head token `n` of `sp`): the person the
// document gave that role (in apposition, or named right after the same noun: "le ministre des
// Postes, …, Nestor Dupuis"), else, for a definite phrase, the last person who was a subject or
// a speaker in the paragraph (a speaker in the paragraph before).
int32_t Extractor::ResolveRole(Span sp, uint32_t n, uint8_t gender, bool definite) const {
  const uint32_t word = s_.word[n];
  const uint32_t at = tok_[sp.b].begin;
  // Analysis::roles: the last role with this noun before the phrase.
  int32_t best = -1;
  uint32_t best_at = 0;
  for (size_t i = 0; i < a_.roles.size(); ++i) {
    const Role& r = a_.roles[i];
    if (r.begin >= at || (best >= 0 && r.begin < best_at) || RoleWord(i) != word) continue;
    best = static_cast<int32_t>(r.entity);
    best_at = r.begin;
  }
  if (best >= 0) return best;
  // The role spans of earlier referents (appositions the claims stage saw).
  const size_t before = ReferentsBefore(sp.b);
  for (size_t k = before; k-- > 0 && before - k < kWindow;) {
    const Scratch::Referent& r = s_.referents[k];
    for (uint32_t t = r.role_begin; t < r.role_end; ++t)
      if (s_.word[t] == word) return r.entity;
  }
  // The same noun earlier, followed in its sentence by a name before any verb.
  for (uint32_t t = sp.b; t-- > 0 && sp.b - t < 4 * kWindow;) {
    if (s_.word[t] != word) continue;
    const uint32_t end = a_.sentences[a_.SentenceOfToken(t)].end_token;
    for (uint32_t k = t + 1; k < end && k - t <= 25 && !VerbLike(k); ++k) {
      const int32_t e = MentionEntity(k);
      if (e < 0) continue;
      const EntityType type = a_.entities[e].type;
      if (type == EntityType::kPerson ||
          (type != EntityType::kLocation && !Is(k - 1, kDe | kAu | kDet)))
        return e;
      k = a_.mentions[s_.mention[k]].end_token - 1;
    }
  }
  if (!definite) return -1;
  // The last person of the paragraph who was a subject or a speaker, or the last speaker of
  // the paragraph before.
  const uint32_t para = s_.paragraph[sp.b];
  for (size_t k = before; k-- > 0;) {
    const Scratch::Referent& r = s_.referents[k];
    if (r.paragraph + 1 < para) break;
    if (r.paragraph != para && !r.speaker) continue;
    if (r.entity < 0 || a_.entities[r.entity].type != EntityType::kPerson) continue;
    if (gender != kUnknown && r.gender != kUnknown && r.gender != gender) continue;
    return r.entity;
  }
  return -1;
}

// A speaker that names someone the entity stages missed becomes an entity of its own, so that
// the claim and later references ("le parquet") resolve to it: a capitalized name ("Alverto
// Adriani", "Noé21", "Environnement Canada"), a definite singular organization noun with its
// complement ("la commission des affaires familiales du patriarcat", "l'Automobile club de
// Monaco", "le parquet fédéral de Belgique") or capitalized ("la Préfecture"), or the author of
// a document ("une étude de l'Observatoire des inégalités"). Returns the entity, or -1.
int32_t Extractor::NameSpeaker(Span sp, bool definite) {
  constexpr uint32_t kMaxNameTokens = 10;
  uint32_t h = sp.b;
  if (h < sp.e && Is(h, kDet)) {
    const WordInfo* w = Info(h);
    definite = !Is(h, kIndef | kPoss) && !KeyIs(h, "un") && !KeyIs(h, "une") && !KeyIs(h, "des") &&
               !(w && w->number == kPlur);
    ++h;
  }
  if (h >= sp.e || sp.e - h > kMaxNameTokens || Is(h, kSubj | kStress | kRole)) return -1;
  for (uint32_t t = h; t < sp.e; ++t)
    if (Punct(t) && !tok_[t].has(kDash)) return -1;  // "X, Y": not one name
  // A document: its author after de/du/des ("un premier bilan de la Préfecture").
  for (uint32_t k = h; k < sp.e && k < h + 3; ++k) {
    if (Is(k, kInfo)) {
      for (uint32_t t = k + 1; t + 1 < sp.e; ++t) {
        if (KeyIs(t, "de") || KeyIs(t, "d'")) return NameSpeaker({t + 1, sp.e}, false);
        if (KeyIs(t, "du")) return NameSpeaker({t + 1, sp.e}, true);
      }
      return -1;
    }
    if (Cap(k) || Is(k, kDe | kPrep | kConj)) break;
  }
  // An organization noun, maybe after a capitalized word ("l'Automobile club de Monaco").
  uint32_t n = sp.e;
  for (uint32_t k = h; k < sp.e && k < h + 2; ++k) {
    if (Is(k, kOrgNoun)) {
      n = k;
      break;
    }
    if (!Cap(k)) break;
  }
  if (n < sp.e) {
    const WordInfo* w = Info(n);
    if (!definite || (w && w->number == kPlur)) return -1;
    // A name, not a description: the noun is capitalized ("la Préfecture"), or its complement
    // holds a capitalized word that is no place ("l'Office central de lutte…"); "la compagnie
    // aérienne" and "le cabinet du ministre" describe, and "la police d'Orlando" stays the
    // police of a place (the place keeps its mention).
    bool named = Cap(n) || (n > h && Cap(h));
    for (uint32_t t = n + 1; t < sp.e && !named; ++t) named = Cap(t) && MentionEntity(t) < 0;
    // ... or an adjective qualifies the noun before a place: "le parquet fédéral de Belgique"
    // names an institution, "la police d'Orlando" describes one.
    if (!named && n + 2 < sp.e && tok_[n + 1].kind == TokenKind::kWord && !Cap(n + 1) &&
        Info(n + 1) == nullptr && (KeyIs(n + 2, "de") || KeyIs(n + 2, "d'") || KeyIs(n + 2, "du")))
      for (uint32_t t = n + 3; t < sp.e && !named; ++t) named = MentionEntity(t) >= 0;
    if (!named) return -1;
    return AddSpeakerEntity(h, sp.e, EntityType::kOrganization);
  }
  // A capitalized name, words joined by de/du/des/d' at most. One word alone must be no
  // ordinary word (Après, Affirmant) and not merely capitalized by the start of a sentence.
  if (!Cap(h)) return -1;
  if (sp.e - h == 1) {
    const WordInfo* w = Info(h);
    if (tok_[h].has(kElision) || (w && w->classes != 0)) return -1;
    const Sentence& s = a_.sentences[a_.SentenceOfToken(h)];
    uint32_t first_word = s.first_token;
    while (first_word < h && (Punct(first_word) || tok_[first_word].kind == TokenKind::kQuote))
      ++first_word;
    if (first_word == h) return -1;
  }
  bool place_inside = false, digits_or_caps = false;
  for (uint32_t t = h; t < sp.e; ++t) {
    const bool joiner = (KeyIs(t, "de") || KeyIs(t, "du") || KeyIs(t, "des") || KeyIs(t, "d'")) &&
                        t + 1 < sp.e && Cap(t + 1);
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
  for (uint32_t k = h; k > 0 && h - k < 3;) {
    --k;
    if (Is(k, kOrgNoun)) return AddSpeakerEntity(h, sp.e, EntityType::kOrganization);
    if (Is(k, kRole)) return AddSpeakerEntity(h, sp.e, EntityType::kPerson);
    if (Punct(k) || Is(k, kDet | kPrep | kDe | kSubj)) break;
  }
  // A person: a known first name, or two or three words with no joiner ("Alverto Adriani").
  const WordInfo* first = Info(h);
  bool joined = false;
  for (uint32_t t = h; t < sp.e; ++t) joined = joined || !Cap(t);
  const bool person =
      !place_inside && !digits_or_caps && !joined &&
      ((first && first->name_gender != kUnknown) || (sp.e - h >= 2 && sp.e - h <= 3));
  return AddSpeakerEntity(h, sp.e, person ? EntityType::kPerson : EntityType::kOrganization);
}

// Adds an entity named by tokens [b, e) with one mention there, which takes in the mentions
// inside it; keeps the mentions sorted and the token index current.
int32_t Extractor::AddSpeakerEntity(uint32_t b, uint32_t e, EntityType type) {
  // Each addition costs a pass over the document: a budget keeps a huge one linear.
  constexpr size_t kMaxSpeakerEntities = 64;
  if (speaker_entities_ >= kMaxSpeakerEntities) return -1;
  ++speaker_entities_;
  const uint32_t entity = static_cast<uint32_t>(a_.entities.size());
  Entity ent;
  ent.type = type;
  ent.name = text_.substr(tok_[b].begin, tok_[e - 1].end - tok_[b].begin);
  a_.entities.push_back(ent);
  Mention m;
  m.begin = tok_[b].begin;
  m.end = tok_[e - 1].end;
  m.first_token = b;
  m.end_token = e;
  m.sentence = a_.SentenceOfToken(b);
  m.entity = entity;
  m.via = "claim:speaker";
  auto inside = [&](const Mention& x) { return x.first_token >= b && x.end_token <= e; };
  std::vector<uint32_t> absorbed;
  for (const Mention& x : a_.mentions)
    if (inside(x)) absorbed.push_back(x.entity);
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
  auto insert = [&](const Mention& x) {
    a_.mentions.insert(std::lower_bound(a_.mentions.begin(), a_.mentions.end(), x,
                                        [](const Mention& p, const Mention& q) {
                                          return p.first_token < q.first_token;
                                        }),
                       x);
  };
  insert(m);
  // The same name elsewhere in the text, where nothing else was found, is the same entity.
  const uint32_t len = e - b;
  for (uint32_t t = 0; t + len <= tok_.size(); ++t) {
    if (t == b || !Cap(t)) continue;
    bool same = true;
    for (uint32_t k = 0; k < len && same; ++k)
      same = Key(t + k) == Key(b + k) && s_.mention[t + k] < 0;
    if (!same || (t + len < tok_.size() && Cap(t + len) && !Punct(t + len))) continue;
    Mention other = m;
    other.begin = tok_[t].begin;
    other.end = tok_[t + len - 1].end;
    other.first_token = t;
    other.end_token = t + len;
    other.sentence = a_.SentenceOfToken(t);
    other.via = "coref:name";
    insert(other);
    t += len - 1;
  }
  IndexMentions();
  entities_added_ = true;
  return static_cast<int32_t>(entity);
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
    bool found;
    return ResolvePronoun(sp.b, w->gender, w->number, &found);
  }
  uint32_t h = sp.b;
  while (h < sp.e && Is(h, kDet) && !Cap(h + 0 == sp.b ? h + 1 : h)) {
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
    if (Is(t, kConj) && KeyIs(t, "et")) *number = kPlur;
  const int32_t head_entity = MentionEntity(h);
  if (head_entity >= 0) {
    if (a_.entities[head_entity].type == EntityType::kPerson) *gender = EntityGender(head_entity);
    return head_entity;
  }
  // The head noun, after at most two adjectives: "l'ancien inspecteur", "un premier bilan".
  uint32_t n = h;
  for (uint32_t k = h; k < sp.e && k < h + 3; ++k) {
    if (Is(k, kRole | kOrgNoun | kInfo | kPlaceNoun)) {
      n = k;
      break;
    }
    if ((k > h && Cap(k)) || Is(k, kDe | kPrep | kDet | kA | kAu | kConj)) break;
  }
  const WordInfo* hw = Info(n);
  const uint32_t hc = hw ? hw->classes : 0;
  if (hc & kInfo) {
    // A document: the entity it is "of", else its sender.
    for (uint32_t t = n + 1; t < sp.e; ++t)
      if (MentionEntity(t) >= 0) return MentionEntity(t);
    const std::string_view key = Key(n);
    const uint32_t here = a_.SentenceOfToken(sp.b);
    for (uint32_t si = here > 64 ? here - 64 : 0; si < here; ++si) {
      const Sentence& s = a_.sentences[si];
      bool names_it = false;
      for (uint32_t t = s.first_token; t < s.end_token && !names_it; ++t) names_it = Key(t) == key;
      if (!names_it) continue;
      const Span subj = SentenceSubject(s);
      if (subj.empty() || Is(subj.b, kInfo)) break;
      uint8_t g, num;
      return Resolve(NameIn(subj), &g, &num);
    }
    return -1;
  }
  const bool definite = Is(sp.b, kDet) && !Is(sp.b, kIndef) && !KeyIs(sp.b, "un") &&
                        !KeyIs(sp.b, "une") && !KeyIs(sp.b, "des");
  if (hc & kRole) {
    if (hw->gender) *gender = hw->gender;
    // "le lieutenant Christophe Le Gallo": the person named after the title.
    for (uint32_t t = n + 1; t < sp.e && !Is(t, kDe | kPrep); ++t) {
      const int32_t e = MentionEntity(t);
      if (e >= 0 && a_.entities[e].type == EntityType::kPerson) {
        *gender = EntityGender(e);
        return e;
      }
    }
    if (*number == kPlur) return -1;
    return ResolveRole(sp, n, *gender, definite);
  }
  if (hc & (kOrgNoun | kPlaceNoun)) {
    if (hw->gender) *gender = hw->gender;
    // "le groupe Acmé", "l'agence régionale de santé (ARS)": the organization named in the
    // phrase; "le club de Monaco", "le parquet de Lyon": a place in a complement makes the
    // phrase a name of its own, no reference back.
    bool complement = false;
    for (uint32_t t = n + 1; t < sp.e; ++t) {
      complement = complement || Is(t, kDe | kPrep | kAu | kA | kDet);
      const int32_t e = MentionEntity(t);
      if (e >= 0 && (!complement || a_.entities[e].type != EntityType::kLocation)) {
        *number = kUnknown;  // the determiner was the noun's ("des médias Acmé")
        return e;
      }
    }
    if (complement) return -1;
    // The last organization (la société) or place (la ville, ce pays) named before, in this
    // paragraph or the one before.
    const bool org = hc & kOrgNoun, place = (hc & kPlaceNoun) && definite;
    // "le parquet" after "le parquet fédéral de Belgique": an organization named with the same
    // noun, anywhere before.
    if (org && definite) {
      const size_t first_after = MentionsBefore(sp.b);
      const std::string_view noun = Key(n);
      for (size_t m = first_after; m-- > 0 && first_after - m < kWindow;) {
        const Mention& x = a_.mentions[m];
        if (x.end_token <= sp.b && x.end_token - x.first_token > 1 &&
            a_.entities[x.entity].type == EntityType::kOrganization && Key(x.first_token) == noun)
          return static_cast<int32_t>(x.entity);
      }
    }
    const uint32_t para = s_.paragraph[sp.b];
    for (size_t m = MentionsBefore(sp.b); m-- > 0;) {
      const Mention& x = a_.mentions[m];
      if (x.end_token > sp.b) continue;
      if (s_.paragraph[x.first_token] + 1 < para) break;
      const EntityType type = a_.entities[x.entity].type;
      if ((org && type == EntityType::kOrganization) || (place && type == EntityType::kLocation))
        return static_cast<int32_t>(x.entity);
    }
    return -1;
  }
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
    if (hw && hw->name_gender) *gender = hw->name_gender;
  }
  // A word of an entity named before: "Shaw" after "Frank Shaw", "le parquet" after "le
  // parquet fédéral de Belgique".
  if (sp.e - h <= 2 && !(hc & (kDet | kPrep | kDe))) {
    const std::string_view key = Key(h);
    const size_t first_after = MentionsBefore(sp.b);
    for (size_t m = first_after; m-- > 0 && first_after - m < kWindow;) {
      const Mention& mention = a_.mentions[m];
      if (mention.end_token > sp.b) continue;
      for (uint32_t t = mention.first_token; t < mention.end_token; ++t)
        if (Key(t) == key && !Is(t, kDet | kDe)) return static_cast<int32_t>(mention.entity);
    }
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
                            bool speaker, bool source) {
  if (sp.empty()) return;
  if (entity >= 0 && a_.entities[entity].type == EntityType::kPerson && gender == kUnknown)
    gender = EntityGender(entity);
  if (entity >= 0 && a_.entities[entity].type != EntityType::kPerson) gender = kUnknown;
  const bool pronoun = sp.e - sp.b == 1 && Is(sp.b, kSubj | kStress) && !Is(sp.b, kDet);
  bool animate = speaker || entity >= 0 || number == kPlur || (Cap(sp.b) && !Is(sp.b, kDet));
  for (uint32_t t = sp.b; t < sp.e && t < sp.b + 4 && !animate; ++t)
    animate = Is(t, kRole | kOrgNoun | kPlaceNoun | kIndef) || (t > sp.b && Cap(t));
  Scratch::Referent r{
      sp.b,  s_.paragraph[sp.b], entity, gender, number, role.b, role.e, speaker, pronoun, animate,
      source};
  // Keep referents in token order.
  auto it = std::upper_bound(s_.referents.begin(), s_.referents.end(), r.token,
                             [](uint32_t t, const Scratch::Referent& x) { return t < x.token; });
  s_.referents.insert(it, r);
}

// ------------------------------------------------------------------------------------------
// Claims.

bool Extractor::ContentTaken(Span c) const {
  const uint32_t b = tok_[c.b].begin, e = tok_[c.e - 1].end;
  const uint32_t si = a_.SentenceOfToken(c.b);
  for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence + 1 >= si;)
    if (const Attribution& x = a_.claims[i];
        x.kind != ClaimKind::kAccordingTo && x.content_begin < e && b < x.content_end)
      return true;
  return false;
}

void Extractor::UseQuotesIn(Span c, bool* has_quote) {
  *has_quote = false;
  for (uint32_t t = c.b; t < c.e; ++t) {
    const int32_t q = s_.quote[t];
    if (q < 0) continue;
    s_.quotes[q].used = true;
    *has_quote = true;
  }
}

void Extractor::Emit(ClaimKind kind, uint32_t si, uint32_t cue_b, uint32_t cue_e,
                     std::string_view lemma, Span content, Span speaker, Span role, Span addressee,
                     bool passive, int32_t /*unused*/) {
  content = TrimContent(content);
  if (content.empty()) return;
  for (size_t i = a_.claims.size(); i-- > 0 && a_.claims[i].sentence == si;) {
    const Attribution& x = a_.claims[i];
    if (x.cue_begin < tok_[cue_e - 1].end && tok_[cue_b].begin < x.cue_end) return;
  }
  Attribution c;
  c.kind = kind;
  c.sentence = si;
  c.cue_begin = tok_[cue_b].begin;
  c.cue_end = tok_[cue_e - 1].end;
  c.lemma = lemma;
  c.content_begin = tok_[content.b].begin;
  c.content_end = tok_[content.e - 1].end;
  if (!passive && !speaker.empty()) {
    uint8_t gender, number;
    c.speaker.begin = tok_[speaker.b].begin;
    c.speaker.end = tok_[speaker.e - 1].end;
    // An inverted clitic: the pronoun without its hyphens (-t-il -> il).
    if (speaker.e - speaker.b == 1 && Key(speaker.b).front() == '-') {
      const std::string_view x = tok_[speaker.b].text(text_);
      const size_t dash = x.rfind('-');
      c.speaker.begin += static_cast<uint32_t>(dash + 1);
    }
    c.speaker.entity = Resolve(speaker, &gender, &number);
    if (c.speaker.entity < 0) c.speaker.entity = NameSpeaker(speaker, /*definite=*/false);
    AddReferent(speaker, c.speaker.entity, gender, number, role, true,
                kind == ClaimKind::kAccordingTo);
  }
  if (!addressee.empty()) {
    c.addressee.begin = tok_[addressee.b].begin;
    c.addressee.end = tok_[addressee.e - 1].end;
    for (uint32_t t = addressee.b; t < addressee.e && c.addressee.entity < 0; ++t)
      c.addressee.entity = MentionEntity(t);
  }
  a_.claims.push_back(c);
}

void Extractor::VerbClaim(uint32_t si, const Sentence& s, const VerbGroup& g) {
  const Lemma& lemma = *g.lemma;
  const uint16_t fr = lemma.frames;
  const uint32_t end = s.end_token;
  const bool question = Final(end - 1) && KeyIs(end - 1, "?");
  Span role{};
  Span speaker{};
  bool inverted = false;
  if (g.clitic >= 0) {
    speaker = {static_cast<uint32_t>(g.clitic), static_cast<uint32_t>(g.clitic) + 1};
    inverted = true;
  }
  // Inside a quotation only an incise counts: « Nous allons, dit-il, répondre ».
  const int32_t inside = s_.quote[g.head];
  if (inside >= 0) {
    if (!inverted || !Comma(g.first - 1) || s_.quotes[inside].used) return;
    const Scratch::Quote& q = s_.quotes[inside];
    s_.quotes[inside].used = true;
    Emit(ClaimKind::kDirect, si, g.first, g.last + 1, lemma.name, {q.open + 1, q.close}, speaker,
         role, {}, false, -1);
    return;
  }

  // Complement: adverbs, an addressee (à X, au NYT), a colon, then the frame.
  uint32_t j = g.next;
  auto number = [&](uint32_t t) { return t < end && tok_[t].kind == TokenKind::kNumber; };
  auto skip_adverbs = [&] {
    for (;;) {
      while (j < end && Is(j, kAdv) && !Is(j, kDet | kQue | kDe | kA | kSubj | kPrep)) ++j;
      // A date: "annonce en novembre 2016 avoir…", "a déclaré le 3 mars que…".
      if (KeyIs(j, "en") && (number(j + 1) || (Is(j + 1, kAdv) && number(j + 2)))) {
        j += number(j + 1) ? 2 : 3;
      } else if (KeyIs(j, "en") && Is(j + 1, kAdv) && !Is(j + 1, kDet | kSubj)) {
        j += 2;
      } else if (KeyIs(j, "le") && number(j + 1) && Is(j + 2, kAdv)) {
        j += number(j + 3) ? 4 : 3;
      } else {
        break;
      }
    }
  };
  skip_adverbs();
  Span addressee{};
  if (j < end && Is(j, kA | kAu) && !InfinitiveAt(j + 1)) {
    uint32_t k = j + 1;
    while (k < end && k - j <= 8 && !Punct(k) && !Is(k, kQue | kRel) &&
           !(Is(k, kDe) && InfinitiveAt(k + 1)) && !VerbLike(k) &&
           !(k > j + 1 && Is(k, kPrep) && !Is(k, kDe)))
      ++k;
    if (k > j + 1) {
      addressee = NameIn({j + 1, k});
      j = k;
    }
  }
  skip_adverbs();
  // A prepositional phrase or an insert before que: "a déclaré dimanche dans une lettre aux
  // employés que", "avaient demandé lundi, au Congrès, que".
  // ("…, tandis qu'une autre source …": a conjunction ending in que opens another clause.)
  if (!Is(j, kQue) && (Is(j, kPrep) || Comma(j)) && !Is(j, kDe)) {
    uint32_t k = j;
    while (k < end && k - j < 10 && !Is(k, kQue | kCueForm) && !VerbLike(k) && QuoteOpenAt(k) < 0 &&
           (!Punct(k) || Comma(k)))
      ++k;
    if (Is(k, kQue) && !IsConjunctionBeforeQue(k - 1)) j = k;
  }
  // "le fait que", "sur le fait que".
  {
    uint32_t k = j;
    if (KeyIs(k, "sur")) ++k;
    if (KeyIs(k, "le") && KeyIs(k + 1, "fait") && Is(k + 2, kQue)) j = k + 2;
  }
  if (KeyIs(j, ":") && QuoteOpenAt(j + 1) >= 0) ++j;

  ClaimKind kind = ClaimKind::kIndirect;
  Span content{};
  int32_t quote = -1;
  if (QuoteOpenAt(j) >= 0) {
    quote = QuoteOpenAt(j);
  } else if (Is(j, kQue) && (fr & kFrameQue)) {
    // "estimait que, de par cette situation, Flynn …": the content starts after the comma.
    const uint32_t from = Comma(j + 1) ? j + 2 : j + 1;
    content = {from, ClauseEnd(from, s)};
  } else if ((fr & kFrameSi) && (KeyIs(j, "si") || (KeyIs(j, "s'") && Is(j + 1, kSubj)))) {
    content = {j + 1, ClauseEnd(j + 1, s)};
  } else if ((fr & (kFrameDe | kFrameObjDe)) && Is(j, kDe) && InfinitiveAt(j + 1)) {
    content = {j + 1, ClauseEnd(j + 1, s, /*infinitive=*/true)};
    // A participial phrase ends at its comma: "Accusée d'avoir menti, la ministre …".
    if (g.bare)
      for (uint32_t k = content.b; k < content.e; ++k)
        if (Comma(k)) {
          content.e = k;
          break;
        }
  } else if ((fr & kFrameA) && Is(j, kA) && InfinitiveAt(j + 1)) {
    content = {j + 1, ClauseEnd(j + 1, s, /*infinitive=*/true)};
  } else if ((fr & kFrameInf) && InfinitiveAt(j) && !Is(j, kDet)) {
    content = {j, ClauseEnd(j, s, /*infinitive=*/true)};
  }
  if (content.empty() && quote < 0) {
    // An object, then de + infinitive (accuser X de …) or a quotation (qualifie X de « … »).
    for (uint32_t k = j; k < end && k - j < 12; ++k) {
      if (QuoteOpenAt(k) >= 0) {
        if (!s_.quotes[QuoteOpenAt(k)].used && (fr & (kFrameQue | kFrameObjQuote)))
          quote = QuoteOpenAt(k);
        break;
      }
      if ((Punct(k) && !Comma(k)) || Is(k, kQue | kRel) || VerbLike(k)) break;
      if ((fr & kFrameObjDe) && Is(k, kDe) && InfinitiveAt(k + 1) && k > j) {
        if (addressee.empty() && Is(j, kA | kAu)) addressee = NameIn({j + 1, k});
        content = {k + 1, ClauseEnd(k + 1, s, /*infinitive=*/true)};
        break;
      }
    }
  }
  // Parenthetical: "…, a indiqué la préfecture." / "« … », a-t-il dit." / "comme le rapporte X".
  bool as_reported = false;
  if (content.empty() && quote < 0 && (fr & kFrameParen) && !g.passive && g.first > s.first_token) {
    const uint32_t p = g.first - 1;
    int64_t comme = -1;
    if (Is(p, kObjClitic) && Is(p, kDet) && p > s.first_token && KeyIs(p - 1, "comme"))
      comme = p - 1;
    else if (KeyIs(p, "comme"))
      comme = p;
    Span after = inverted ? Span{g.next, g.next} : InvertedSubject(g.next, end);
    uint32_t tail = after.e;
    if (!inverted && !after.empty()) after = Apposed(after, end, &tail);
    const bool has_subject = inverted || !after.empty();
    if (comme >= 0 && !after.empty() && Comma(tail)) {
      as_reported = true;
      speaker = after;
      if (static_cast<uint32_t>(comme) == s.first_token) {
        content = {tail + 1, ClauseEnd(tail + 1, s)};
      } else {
        content = {s.first_token, static_cast<uint32_t>(comme)};
      }
    } else if (has_subject && TailOk(tail, end) && (Comma(p) || QuoteCloseAt(p) >= 0)) {
      const uint32_t c = Comma(p) ? p : p + 1;
      if (QuoteCloseAt(c - 1) >= 0) {
        if (!s_.quotes[QuoteCloseAt(c - 1)].used) quote = QuoteCloseAt(c - 1);
      } else {
        // The attributed clause, from the start of the sentence; it must hold a verb.
        uint32_t b = s.first_token;
        while (b < c && Punct(b)) ++b;
        bool verb = false;
        for (uint32_t k = b; k < c && !verb; ++k) verb = VerbLike(k);
        if (verb) content = {b, c};
        if (!content.empty() && ContentTaken(TrimContent(content))) return;
      }
      if (!inverted && (quote >= 0 || !content.empty())) {
        speaker = after;
        inverted = true;
      }
    }
  }
  if (content.empty() && quote < 0 && (fr & (kFrameQue | kFrameObjQuote))) {
    // A quotation later in the sentence, with no clause in between (X déclare … : « … »).
    for (uint32_t k = j; k < end; ++k) {
      if (Is(k, kQue) || KeyIs(k, ";") || (k > j && VerbLike(k) && Is(k, kCueForm))) break;
      const int32_t q = QuoteOpenAt(k);
      if (q >= 0) {
        if (!s_.quotes[q].used) quote = q;
        break;
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
    if (has_quote) kind = ClaimKind::kMixed;
  }
  // "X fait dire à Y que …": the one made to say is the speaker.
  const bool causative = !addressee.empty() && lemma.name == "faire dire";
  if (causative) {
    speaker = addressee;
    addressee = {};
  } else if (!inverted && !as_reported) {
    const bool gerund_only = !g.participle && [&] {
      const WordInfo* w = Info(g.head);
      for (uint32_t i = 0; i < w->forms_count; ++i)
        if (d_.forms[w->forms_begin + i].tags & kFinite) return false;
      return true;
    }();
    if (gerund_only) {
      // An absolute construction: ", nombre d'experts estimant que …" (a noun phrase right
      // after a comma, then the participle); else the subject of the nearest verb on the left
      // (… a été émue en affirmant).
      Span np{};
      if (g.first > s.first_token + 1 && !Punct(g.first - 1) && !Is(g.first - 1, kPrep)) {
        np = LeftNP(g.first - 1, s.first_token);
        if (np.empty() || !Comma(np.b - 1) || !(Is(np.b, kDet | kIndef) || Cap(np.b))) np = {};
      }
      speaker = np.empty() ? NearestSubject(g.first, s, &role) : np;
    } else if (g.passive) {
      speaker = {};
      if (KeyIs(g.next, "par")) speaker = RightNP(g.next + 1, end, 8);
    } else {
      speaker = LeftSubject(g.first, s, &role);
    }
  }
  if (speaker.e - speaker.b > 1) speaker = NameIn(speaker);
  Emit(kind, si, g.first, g.last + 1, lemma.name, content, speaker, role, addressee,
       g.passive && speaker.empty(), -1);
}

void Extractor::MarkerClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m,
                            uint32_t len) {
  const uint32_t end = s.end_token;
  const uint32_t after = t + len;
  if (s_.quote[t] >= 0) return;
  if (Is(after, kRel | kQue) || Final(after) || Punct(after)) return;  // selon laquelle
  if (KeyIs(end - 1, "?")) return;
  Span np = RightNP(after, end, 12);
  if (np.empty()) return;
  for (uint32_t k = np.b; k < np.e; ++k)
    if (Is(k, kNonHuman) && !Cap(k)) return;
  // Where the marker stands: at the head of its clause (Selon X, … / Toutefois, selon X, … /
  // …; pour d'autres, …) or after the clause it attributes (…, selon X.).
  uint32_t first = s.first_token;
  while (first < end && Punct(first) && QuoteOpenAt(first) < 0) ++first;
  bool at_start = t == first || KeyIs(t - 1, ";") || KeyIs(t - 1, ":") ||
                  (Is(t - 1, kConj) && (t - 1 == first || Comma(t - 2) || KeyIs(t - 2, ";")));
  if (!at_start && Comma(t - 1)) {
    // A short adverbial before (En effet, selon X, …), or "que, selon X, …".
    at_start = (t - 1 - first) <= 3 || Is(t - 2, kQue | kConj) ||
               (m.kind == MarkerKind::kInitialFor && Comma(t - 1));
  }
  if (m.kind == MarkerKind::kInitialFor) {
    if (!at_start || !Comma(np.e) || np.e - np.b > 6) return;
    const bool indef = Is(np.b, kIndef) || (Is(np.b, kDe) && Is(np.b + 1, kIndef));
    if (!(Is(np.b, kDet | kStress) || indef || Cap(np.b))) return;
    if (Is(np.b, kStress) && np.e - np.b != 1) return;
    // ("Pour le plaignant,": a cue form after a determiner is a noun.)
    for (uint32_t k = np.b; k < np.e; ++k)
      if ((Is(k, kCueForm | kInfinitive) && !Cap(k) &&
           !(AfterDeterminer(k) && !Is(k, kInfinitive))) ||
          tok_[k].kind == TokenKind::kNumber)
        return;
    // "Pour cela," "Pour ce faire,": the head must be a noun of people, a name or a pronoun.
    uint32_t h = np.b;
    while (h < np.e && Is(h, kDet)) ++h;
    if (h >= np.e && !indef) return;
  }
  // "selon une information révélée par X", "d'après un rapport publié par X": X.
  Span by{};
  if (KeyIs(np.e, "par")) {
    bool info = false;
    for (uint32_t k = np.b; k < np.e && !info; ++k) info = Is(k, kInfo);
    if (info) by = RightNP(np.e + 1, end, 8);
  }
  uint32_t tail = by.empty() ? np.e : by.e;
  const Span named = by.empty() ? Apposed(np, end, &tail) : np;
  // "selon le lieutenant X, de l'Office central de lutte…, « … »": the speaker's affiliation
  // belongs to the marker, not to the content.
  if (Comma(tail) && (KeyIs(tail + 1, "de") || KeyIs(tail + 1, "d'") || KeyIs(tail + 1, "du") ||
                      KeyIs(tail + 1, "des"))) {
    for (uint32_t k = tail + 2; k < end && k < tail + 24; ++k) {
      if (VerbLike(k) || QuoteOpenAt(k) >= 0 ||
          (Punct(k) && !Comma(k) && !KeyIs(k, "(") && !KeyIs(k, ")")))
        break;
      if (Comma(k)) {
        tail = k;
        break;
      }
    }
  }
  const bool apposition = named.b != np.b;
  Span content;
  if (at_start && Comma(tail)) {
    content = {tail + 1, ClauseEnd(tail + 1, s)};
  } else if (m.kind == MarkerKind::kAccordingTo && t > first && !at_start) {
    uint32_t e = t;
    while (e > first && Comma(e - 1)) --e;
    content = {first, e};
  } else {
    return;
  }
  content = TrimContent(content);
  if (content.empty()) return;
  bool has_quote;
  UseQuotesIn(content, &has_quote);
  Span speaker = !by.empty() ? NameIn(by) : apposition ? named : NameIn(np);
  Emit(ClaimKind::kAccordingTo, si, t, after, m.name, content, speaker, apposition ? np : Span{},
       {}, false, -1);
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

void Extractor::DoSentence(uint32_t si) {
  const Sentence& s = a_.sentences[si];
  const size_t first_claim = a_.claims.size();
  // The sentence subject is a referent for its own inverted pronouns and for later sentences.
  const Span subj = SentenceSubject(s);
  if (!subj.empty() && (Is(subj.b, kSubj | kStress | kDet) || Cap(subj.b)) && Referential(subj)) {
    uint8_t gender, number;
    const Span name = NameIn(subj);
    const int32_t e = Resolve(name, &gender, &number);
    AddReferent(name, e, gender, number, name.b != subj.b ? Span{subj.b, name.b} : Span{}, false,
                false);
  }
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const uint32_t c = Cls(t);
    if (c & kMarker) {
      const WordInfo* w = Info(t);
      for (uint32_t i = 0; i < w->markers_count; ++i) {
        const Marker& m = d_.markers[w->markers_begin + i];
        bool ok = t + m.rest_count < s.end_token;
        for (uint32_t k = 0; ok && k < m.rest_count; ++k)
          ok = Key(t + 1 + k) == d_.rest_keys[m.rest_begin + k];
        if (!ok) continue;
        if (m.kind == MarkerKind::kCredit)
          Credit(s, t);
        else if (m.kind != MarkerKind::kAsReported)
          MarkerClaim(si, s, t, m, m.rest_count + 1u);
        break;
      }
    }
    if (c & kCueForm) {
      // Reported speech inside reported speech stays part of its content.
      bool nested = false;
      for (size_t i = first_claim; i < a_.claims.size() && !nested; ++i) {
        const Attribution& x = a_.claims[i];
        nested = x.kind != ClaimKind::kAccordingTo && tok_[t].begin >= x.content_begin &&
                 tok_[t].end <= x.content_end;
      }
      if (nested) continue;
      VerbGroup g;
      if (MatchVerb(t, s, &g)) {
        VerbClaim(si, s, g);
        t = std::max(t, g.last);
      }
    }
  }
  // Chains: claims inside a selon-claim's content reach us through its speaker.
  for (size_t i = first_claim; i < a_.claims.size(); ++i) {
    const Attribution& src = a_.claims[i];
    if (src.kind != ClaimKind::kAccordingTo || !src.speaker.present()) continue;
    for (size_t k = first_claim; k < a_.claims.size(); ++k) {
      Attribution& c = a_.claims[k];
      if (k == i || c.kind == ClaimKind::kAccordingTo || c.via.present()) continue;
      if (c.cue_begin >= src.content_begin && c.cue_end <= src.content_end) c.via = src.speaker;
    }
  }
}

// A quotation that opens a paragraph right after a paragraph whose last claim was a direct
// quotation continues that speaker's words.
void Extractor::Continuations() {
  const size_t n = a_.claims.size();
  for (size_t q = 0; q < s_.quotes.size(); ++q) {
    Scratch::Quote& quote = s_.quotes[q];
    if (quote.used || quote.open == 0 || !tok_[quote.open].has(kNewlineBefore)) continue;
    const uint32_t para = s_.paragraph[quote.open];
    const Attribution* prev = nullptr;
    for (size_t i = 0; i < n; ++i) {
      const Attribution& c = a_.claims[i];
      if (c.content_end <= tok_[quote.open].begin) prev = &c;
    }
    if (prev == nullptr || prev->kind != ClaimKind::kDirect) continue;
    // The previous claim's quotation must end its paragraph, in the paragraph just before.
    const Sentence& ps = a_.sentences[prev->sentence];
    if (s_.paragraph[ps.first_token] + 1 != para) continue;
    // Nothing but the attribution between that quotation and this paragraph.
    bool adjacent = true;
    for (uint32_t t = quote.open; t-- > 0 && s_.paragraph[t] + 1 == para;) {
      if (tok_[t].end <= prev->content_end) break;
      if (s_.quote[t] >= 0 && !s_.quotes[s_.quote[t]].used) {
        adjacent = false;
        break;
      }
    }
    if (!adjacent) continue;
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

void Extractor::Run() {
  Prepare();
  FindQuotes();
  for (uint32_t si = 0; si < a_.sentences.size(); ++si) DoSentence(si);
  Continuations();
  if (entities_added_) a_.RenumberEntities();
  std::stable_sort(a_.claims.begin(), a_.claims.end(),
                   [](const Attribution& x, const Attribution& y) {
                     return x.cue_begin != y.cue_begin ? x.cue_begin < y.cue_begin
                                                       : x.content_begin < y.content_begin;
                   });
}

}  // namespace

void ClaimExtractor::Extract(const Document& doc, Analysis* analysis, Scratch* scratch) const {
  analysis->claims.clear();
  analysis->sources.clear();
  analysis->unbalanced_quotes.clear();
  Extractor(*data_, doc.analysis_text(), analysis, scratch).Run();
}

}  // namespace selon
