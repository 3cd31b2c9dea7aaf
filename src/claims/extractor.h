// The claims stage, inside: one Extractor per document, declared here once and defined one
// algorithm per file (as re2 declares Prog in prog.h and defines SearchNFA in nfa.cc):
//
//   extractor.cpp         the driver: Prepare, Run, DoSentence, Emit; ClaimExtractor::Extract
//   quotes.cpp            pairing quotation marks (FindQuotes)
//   verb_group.cpp        reporting-verb groups (MatchVerb)
//   content.cpp           content spans (ClauseEnd, TrimContent)
//   subjects.cpp          noun phrases and subjects (LeftSubject, NearestSubject, SentenceSubject,
//                         RightNP, LeftNP, NameIn, Apposed, InvertedSubject)
//   resolve.cpp           speakers to entities (Resolve, ResolvePronoun, ResolveRole, referents)
//   speaker_entities.cpp  new entities for speakers the entity stages missed (NameSpeaker)
//   verb_claims.cpp       a claim from a verb group (VerbClaim: frames, addressee, parentheticals,
//                         "c'est ce qu'a dit X" clefts)
//   markers.cpp           selon/d'après/pour markers, credit lines, continuations, via chains,
//                         relays (cité par X: via; interrogé par X: addressee)
//   lexicon.cpp           loading the tables of data.h (ClaimExtractor::Load)
//
// Tokens are indices into Analysis::tokens; a span is a half-open token range [b, e). Every
// token test is safe past the end of the document (it answers "no").
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "claims.h"
#include "claims/data.h"
#include "claims/limits.h"
#include "selon/analysis.h"
#include "selon/lexicon.h"

namespace selon::claims {

using Data = ClaimExtractor::Data;
using Scratch = ClaimExtractor::Scratch;
constexpr uint32_t kNone = Data::kNone;

// A token span [b, e).
struct Span {
  uint32_t b = 0, e = 0;  // tokens [b, e)
  bool empty() const { return e <= b; }
};

// A reporting-verb group found by MatchVerb: "a-t-il déclaré", "s'est plaint", "dit".
struct VerbGroup {
  uint32_t first = 0, last = 0;  // tokens of the cue, inclusive
  uint32_t head = 0;             // the reporting-verb token
  uint32_t next = 0;             // first token after the group
  const Lemma* lemma = nullptr;
  bool passive = false, participle = false, reflexive = false;
  bool bare = false;        // a participle with no auxiliary (accusé d'avoir …)
  bool nonfinite = false;   // a gerund or participle in -ant, or an infinitive: no subject of
                            // its own (the clause's)
  bool infinitive = false;  // an infinitive after avant de, afin de or pour
  int64_t clitic = -1;      // inverted subject clitic (-t-il)
  bool semi = false;        // a semi-auxiliary then the infinitive (vient de déclarer): finite
  bool litotes = false;     // ... one that says only when negated (n'a pas manqué de rappeler)
  // A participle after et sharing the auxiliary of the compound cue before it (a exprimé « … »
  // et salué …): the first token of that group, whose subject is this one's; else kNoShared.
  uint32_t shared_first = kNoShared;
  static constexpr uint32_t kNoShared = 0xFFFFFFFF;
  Span enabled{};          // X of "permettre à X de" + the cue infinitive: the speaker
  bool narrative = false;  // "Et d'ajouter : « … »": the previous sentence's speaker goes on
};

// Finds the claims of one document. Lives for one Extract() call: it reads the Analysis and
// writes its claims, sources, unbalanced quotes and (NameSpeaker) entities and mentions; its
// per-token tables live in the caller's Scratch. Not thread-safe; not copyable (references).
class Extractor {
 public:
  // `features` (may be null): the tables' entries per token, looked up once by the pipeline.
  // `lexicons` (may be null): where the entities come from (KnownMedium).
  Extractor(const Data& d, std::string_view text, Analysis* a, Scratch* s,
            const TokenFeatures* features = nullptr,
            const std::vector<const Lexicon*>* lexicons = nullptr)
      : d_(d),
        text_(text),
        a_(*a),
        s_(*s),
        tok_(a->tokens.data()),
        n_(a->tokens.size()),
        features_(features),
        lexicons_(lexicons),
        fold_(s->fold) {}

  // Fills Analysis::claims, sources and unbalanced_quotes (the caller cleared them), sorted by
  // cue. Cannot fail. (extractor.cpp)
  void Run();

 private:
  // ---- token tests (inline: the hot path) ----

  // The word classes of token `t` (WordClass bits), 0 past the end or for an unknown word;
  // computed once per token by Prepare (ClassesOf), which Run calls first.
  uint64_t Cls(size_t t) const { return t < n_ ? cls_[t] : 0; }
  // The word classes of token `t`, whose word-table entry is `w` (Scratch::word[t]), from the
  // word table and its written form.
  uint64_t ClassesOf(size_t t, uint32_t w) const {
    if (w == kNone) return 0;
    uint64_t c = d_.words[w].classes;
    if (!(c & kNeg) && !d_.words[w].folds_apart) return c;  // most words: no form below
    // Folding merges a/à, ou/où, des/dès and ne/né: the text tells them apart. (These stay
    // code, not data: they read the written form, which the word table, keyed by the folded
    // form, cannot see.)
    const Token& k = tok_[t];
    if (k.key_end - k.key_begin == 1 && a_.keys[k.key_begin] == 'a') {
      const char first = text_[k.begin];
      c &= (first == 'a' || first == 'A') ? ~(kA | kPrep | kInsert) : ~(kAuxAvoir | kAdv);
    } else if (k.key_end - k.key_begin == 2 && a_.keys.compare(k.key_begin, 2, "ou") == 0) {
      // (où is a relative, ou a conjunction: "si X partira ou combien il a exigé".)
      const std::string_view x = text_.substr(k.begin, k.end - k.begin);
      c &= (x == "où" || x == "Où" || x == "OÙ") ? ~kConj : ~(kRel | kNonSubjectRel);
    } else if (k.end - k.begin == 3 && k.key_end - k.key_begin == 2 && (c & kNeg)) {
      c &= ~kNeg;  // né, not ne
    } else if (k.key_end - k.key_begin == 3 && a_.keys.compare(k.key_begin, 3, "des") == 0) {
      const std::string_view x = text_.substr(k.begin, k.end - k.begin);
      c &= (x == "des" || x == "Des" || x == "DES") ? ~kPrep : ~kDet;
    }
    return c;
  }
  // Whether token `t` has any of the classes `c`.
  bool Is(size_t t, uint64_t c) const { return (Cls(t) & c) != 0; }
  // The folded key of token `t` (t must be a token). (A token's key lies inside the keys: no
  // bounds check, as Token::key makes.)
  std::string_view Key(size_t t) const {
    const Token& k = tok_[t];
    return std::string_view(a_.keys.data() + k.key_begin, k.key_end - k.key_begin);
  }
  // Whether token `t` (which exists) has rest key `i` (Data::rest_keys) as its key: by word
  // index when the rest key has one, else by text.
  bool RestKeyIs(size_t t, uint32_t i) const {
    const uint32_t w = d_.rest_words[i];
    return w != kNone ? s_.word[t] == w : Key(t) == d_.rest_keys[i];
  }
  // Whether token `t` exists and its folded key is `k`.
  // (A byte compare: for a literal `k` of a few bytes, inlined as one or two loads. An empty
  // `k` may have no data: no memcmp then.)
  bool KeyIs(size_t t, std::string_view k) const {
    if (t >= n_) return false;
    const std::string_view key = Key(t);
    return key.size() == k.size() &&
           (k.empty() || std::memcmp(key.data(), k.data(), k.size()) == 0);
  }
  // Punctuation, a quotation mark or a dash.
  bool Punct(size_t t) const {
    return t < n_ && (tok_[t].kind == TokenKind::kPunct || tok_[t].kind == TokenKind::kQuote ||
                      tok_[t].has(kDash));
  }
  // Token `t` is the comme of "comme le rapporte X", or the que of "ainsi que l'a rappelé X"
  // (ainsi: words.tsv class joining), the word before the object clitic and the verb.
  bool AsReportedAt(size_t t) const {
    return Is(t, kComme) ||
           (Is(t, kQue) && t > 0 && Info(t - 1) != nullptr && Info(t - 1)->joining && !Cap(t));
  }
  // KeyIs(t, ","), with no string compare.
  bool Comma(size_t t) const {
    return t < n_ && tok_[t].key_end - tok_[t].key_begin == 1 && a_.keys[tok_[t].key_begin] == ',';
  }
  // The token ends its sentence (. ! ? …).
  bool Final(size_t t) const { return t < n_ && tok_[t].has(kSentenceFinal); }
  bool Cap(size_t t) const { return t < n_ && tok_[t].has(kCapitalized); }
  // The word-table entry of token `t`, or nullptr (past the end, or a word of no table).
  const WordInfo* Info(size_t t) const {
    if (t >= n_ || s_.word[t] == kNone) return nullptr;
    return &d_.words[s_.word[t]];
  }
  // Whether token `t` has an entry for anything but the single-word classes (kWordLiterals):
  // a word some table knows (a cue, a closed-class word, a first name, a role noun …).
  bool Known(size_t t) const {
    if (t < n_ && s_.name_gender[t] != kUnknown) return true;
    const WordInfo* w = Info(t);
    return w != nullptr && ((w->classes & ~kWordLiterals) != 0 || w->gender != kUnknown ||
                            w->number != kUnknown || w->forms_count != 0 || w->markers_count != 0);
  }
  // The gender of a folded key as a first name (the evidence's lists), or kUnknown: not a
  // first name, or one given to both sexes.
  uint8_t NameGenderOf(std::string_view key) const {
    const uint32_t* c = d_.evidence != nullptr ? d_.evidence->FirstNameClasses(key) : nullptr;
    return GenderOfFirstName(c == nullptr ? 0 : *c);
  }
  // The gender a first name's evidence classes give (0: not a first name).
  static uint8_t GenderOfFirstName(uint32_t classes) {
    if (classes == 0) return kUnknown;
    const bool male = classes & Evidence::kMale, female = classes & Evidence::kFemale;
    return male == female ? kUnknown : male ? kMasc : kFem;
  }
  // "tandis", "alors", "parce", "bien", "afin", "dès" … before que: a conjunction, not the
  // complement of a verb.
  bool IsConjunctionBeforeQue(size_t t) const { return Is(t, kSubordBeforeQue); }
  // The first token of `t`'s sentence that is no punctuation or quotation mark (at most `t`):
  // where a capital says nothing of a name.
  uint32_t SentenceFirstWord(uint32_t t) const {
    uint32_t k = a_.sentences[a_.SentenceOfToken(t)].first_token;
    while (k < t && (Punct(k) || tok_[k].kind == TokenKind::kQuote)) ++k;
    return k;
  }
  // Whether the que at token `que` ends a comparison begun at most kMaxComparativeWords words
  // before it, not before `from`: "plus tôt que prévu", "un désaveu plus fort que prévu", "des
  // pays tels que" (words.tsv class comparative), unless de, a stress pronoun or non stands
  // before the comparative ("une fois de plus que", "lui aussi que"). Such a que opens no
  // content; it is followed by a participle or an adverb, not a clause's subject.
  bool ComparativeQue(uint32_t que, uint32_t from) const {
    // Its second term is a participle or an adverb ("que prévu", "que jamais"); a determiner, a
    // pronoun or a name opens a clause: "a annoncé plus tôt que le gouvernement …".
    if (que + 1 >= n_ || Is(que + 1, kDet | kSubj | kStress) || Cap(que + 1)) return false;
    for (uint32_t m = que; m > from && que - m < kMaxComparativeWords;) {
      --m;
      if (Punct(m)) return false;
      // ("une fois de plus que", "lui aussi que", "non plus que" close no comparison.)
      if (const WordInfo* w = Info(m); w != nullptr && w->comparative)
        return !(m > 0 && (Is(m - 1, kDe | kStress) || KeyIs(m - 1, "non")));
    }
    return false;
  }
  // A finite verb (or an auxiliary or ne): lower-case, not after a determiner or de.
  bool VerbLike(size_t t) const {
    // (A capitalized auxiliary after a determiner is a name: "L'Est républicain".)
    if (Is(t, kAuxAvoir | kAuxEtre | kNeg))
      return !Is(t, kDet) && !(Cap(t) && t > 0 && Is(t - 1, kDet));
    const WordInfo* w = Info(t);
    if (w == nullptr || !(w->classes & kCueForm) || AfterDeterminer(t) || AfterDe(t)) return false;
    if (WrittenParticiple(t)) return false;
    for (uint32_t i = 0; i < w->forms_count; ++i)
      if (d_.forms[w->forms_begin + i].tags & kFinite) return !Cap(t);
    return false;
  }
  // A written participle right after a lower-case noun (no auxiliary, determiner, pronoun or
  // preposition: "le comité de santé" holds a noun): an adjective, "un communiqué publié
  // mardi", "une lettre adressée au maire".
  bool ParticipleAfterNoun(size_t t) const {
    return t > 0 && WrittenParticiple(t) && !Cap(t - 1) && tok_[t - 1].kind == TokenKind::kWord &&
           !Is(t - 1, kAuxAvoir | kAuxEtre | kDet | kSubj | kObjClitic | kPrep | kAdv | kNeg |
                          kRel | kQue | kConj | kDe | kDu | kDes | kA | kAu);
  }
  // Whether the one-word cue form at `t` may be a past participle (affirmé, dit, promis). Keys
  // fold accents: "précise" is the present unless written précisé (WrittenParticiple).
  bool PastParticipleForm(uint32_t t) const {
    const WordInfo* w = Info(t);
    if (w == nullptr || !(w->classes & kCueForm)) return false;
    if (Key(t).back() == 'e' && !WrittenParticiple(t)) return false;
    for (uint32_t i = 0; i < w->forms_count; ++i)
      if (const CueForm& f = d_.forms[w->forms_begin + i];
          f.rest_count == 0 && (f.tags & kPastParticiple))
        return true;
    return false;
  }
  // A reporting verb's complement opens at `n`: que, de + infinitive, a quotation, a colon, or
  // (when `bare_infinitive`) a bare infinitive.
  bool ComplementOpensAt(uint32_t n, bool bare_infinitive = true) const {
    return Is(n, kQue) || (Is(n, kDe) && InfinitiveAt(n + 1)) ||
           (bare_infinitive && InfinitiveAt(n)) || QuoteOpenAt(n) >= 0 || KeyIs(n, ":");
  }
  // After de or d', a form that is no infinitive is a noun: "sa note d'analyse", "un rapport
  // d'enquête" (no finite verb or participle follows the preposition).
  bool AfterDe(size_t t) const { return t > 0 && Is(t - 1, kDe) && !Is(t, kInfinitive); }
  // Folding maps déclaré to declare: a token written with a final é (é, ée, és, ées) is a
  // participle or a noun (le communiqué), never a finite verb. Except a verb in -éer, whose
  // present ends in ée (il maugrée): its feminine participle ends in éée.
  bool WrittenParticiple(size_t t) const {
    if (t >= n_) return false;
    const std::string_view x = tok_[t].text(text_);
    auto ends = [&](std::string_view suf) {
      return x.size() >= suf.size() && x.substr(x.size() - suf.size()) == suf;
    };
    if (ends("é") || ends("és") || ends("É")) return true;
    if (!ends("ée") && !ends("ées")) return false;
    return ends("éée") || ends("éées") || !FormOfEerVerb(t);
  }
  // Whether token `t` is a form of a reporting verb in -éer (maugréer, agréer).
  bool FormOfEerVerb(size_t t) const {
    const WordInfo* w = Info(t);
    if (w == nullptr) return false;
    for (uint32_t i = 0; i < w->forms_count; ++i) {
      const std::string& lemma = d_.lemmas[d_.forms[w->forms_begin + i].lemma].name;
      if (lemma.size() >= 4 && lemma.compare(lemma.size() - 4, 4, "éer") == 0) return true;
    }
    return false;
  }
  // Whether verb group `g` is non-finite or its head has no finite form (a present
  // participle: "ajoutant", "précisant"; "en affirmant").
  bool GerundGroup(const VerbGroup& g) const {
    if (g.nonfinite) return true;
    if (g.participle || g.semi) return false;
    const WordInfo* w = Info(g.head);
    for (uint32_t i = 0; i < w->forms_count; ++i)
      if (d_.forms[w->forms_begin + i].tags & kFinite) return false;
    return true;
  }
  // "auprès de/du/des" at `t` (words.tsv class address): a compound preposition of address,
  // read as à/au/aux.
  bool AddressPrepAt(size_t t) const {
    return Info(t) != nullptr && Info(t)->address && Is(t + 1, kDe | kDu | kDes);
  }
  // Whether token `t` is a present participle after "en" telling a manner ("en souriant", "en
  // riant", "en plaisantant", reporting verbs too): a lower-case word in -ant that no table
  // knows as a preposition, adverb, determiner or conjunction ("en avant", "en tant que").
  bool GerundOfManner(size_t t) const {
    if (t >= n_ || tok_[t].kind != TokenKind::kWord || Cap(t) || Is(t, kPrep | kAdv | kDet | kConj))
      return false;
    const std::string_view x = tok_[t].text(text_);
    return x.size() > kMinGerundBytes && x.substr(x.size() - 3) == "ant";
  }
  // Whether one of token `t`'s reporting-verb forms carries `tag` (forms.tsv: répondu is a
  // past participle).
  bool HasFormTag(size_t t, uint8_t tag) const {
    const WordInfo* w = Info(t);
    if (w == nullptr || !(w->classes & kCueForm)) return false;
    for (uint32_t i = 0; i < w->forms_count; ++i)
      if (d_.forms[w->forms_begin + i].tags & tag) return true;
    return false;
  }
  // A lower-case word ending in -ment that no table knows as anything else: an adverb
  // (préalablement, finalement). Inside a verb group only, where a noun (le gouvernement) would
  // stand after a determiner and stop the walk anyway.
  // (Not "comment", an interrogative.)
  bool MentAdverb(size_t t) const {
    return EndsInMent(t) && !Known(t) && !(Info(t) != nullptr && Info(t)->interrogative);
  }
  // A lower-case word no table knows, ending like the future or the conditional of a verb
  // (gèrera, annonceront, pourrait, seraient): a finite verb, never part of a noun phrase.
  bool FutureOrConditional(size_t t) const {
    if (t >= n_ || tok_[t].kind != TokenKind::kWord || Cap(t) || Known(t)) return false;
    const std::string_view k = Key(t);
    auto ends = [&](std::string_view x) {
      return k.size() >= x.size() + 3 && k.substr(k.size() - x.size()) == x;
    };
    return ends("era") || ends("eront") || ends("erait") || ends("eraient") || ends("ira") ||
           ends("iront") || ends("irait") || ends("iraient");
  }
  // A capitalized word of more than five letters with the ending of a French inhabitant noun
  // (Niçois, Lyonnaise, Toulousain, Italienne: kInhabitantSuffixes), not merely capitalized by
  // the start of its sentence.
  bool InhabitantLike(size_t t) const {
    if (t >= n_ || tok_[t].kind != TokenKind::kWord || !Cap(t)) return false;
    const std::string_view k = Key(t);
    if (k.size() <= 5) return false;
    for (const std::string_view x : kInhabitantSuffixes)
      if (k.size() > x.size() && k.substr(k.size() - x.size()) == x) return true;
    return false;
  }
  // A lower-case word of more than six letters ending in -ment (finalement, gouvernement).
  bool EndsInMent(size_t t) const {
    if (t >= n_ || tok_[t].kind != TokenKind::kWord || Cap(t)) return false;
    const std::string_view k = Key(t);
    return k.size() > 6 && k.substr(k.size() - 4) == "ment";
  }
  // An adverbial phrase starting at `t` before a complement: a preposition, then determiners and
  // adv_phrase words ending on one (entre autres, par la suite), followed
  // by que, de + infinitive, a quotation or a colon (or a bare infinitive when `infinitive`: the
  // verb takes one, "assure par ailleurs contrôler"). Not after à, de or en, whose phrases are
  // too often objects or complements (measured). Returns the token after it, or `t`.
  uint32_t AdverbialPhraseEnd(uint32_t t, uint32_t end, bool infinitive) const {
    // (de before an adverbial word alone: "affirme de plus que", "annonce d'abord que".)
    const bool de =
        Is(t, kDe) && !Is(t, kDet) && Is(t + 1, kAdvPhrase) && !Is(t + 1, kDet | kIndef);
    if (!de && (!Is(t, kPrep) || Is(t, kA | kDe | kEn))) return t;
    uint32_t k = t + 1;
    while (k < end && k - t <= kMaxAdverbialPhraseTokens && Is(k, kDet | kIndef | kAdvPhrase) &&
           !Is(k, kQue))
      ++k;
    if (k == t + 1 || !Is(k - 1, kAdvPhrase) || k >= end) return t;
    return ComplementOpensAt(k, infinitive) ? k : t;
  }
  // A time phrase starting at `t` before a complement: determiners, numbers, adverbs,
  // prenominal adjectives and time words (words.tsv class time), at least one of these, maybe
  // closed by de and an adverbial word, then que, de + infinitive, a quotation or a colon:
  // "quelques heures plus tard", "la semaine dernière", "le lendemain", "une nouvelle fois",
  // "une fois de plus". It may go on from a time word just skipped as an adverb ("mardi |
  // dernier", "en mars | dernier") and open on début or fin before a time or a number ("début
  // mars", "fin 2016"). A bare infinitive may follow when `infinitive` ("indiquait le 29
  // septembre dernier avoir reçu …"). Returns the token after it, or `t`.
  uint32_t TimePhraseEnd(uint32_t t, uint32_t end, bool infinitive) const {
    auto time_word = [&](uint32_t k) {
      const WordInfo* w = Info(k);
      return w != nullptr && w->time && !Cap(k);
    };
    uint32_t k = t;
    bool time = t > 0 && time_word(t - 1);
    if (!time && t + 1 < end && Info(t) != nullptr && Info(t)->circumstance && !Cap(t) &&
        (time_word(t + 1) || tok_[t + 1].kind == TokenKind::kNumber)) {
      ++k;  // "début mars", "fin 2016"
      time = true;
    }
    for (; k < end && k - t < kMaxTimePhraseTokens; ++k) {
      const WordInfo* w = Info(k);
      if (w != nullptr && w->time && !Cap(k)) {
        time = true;
      } else if (!(tok_[k].kind == TokenKind::kNumber ||
                   (w != nullptr && w->prenominal && !Cap(k)) ||
                   (Is(k, kDet | kAdv | kLatter) &&
                    !Is(k, kPrep | kDe | kA | kAu | kQue | kSubj | kPoss)))) {
        break;
      }
    }
    // "une fois de plus": de and an adverbial word close it.
    if (time && Is(k, kDe) && !Is(k, kDet) && Is(k + 1, kAdvPhrase) && !Is(k + 1, kDet | kIndef))
      k += 2;
    if (!time || k >= end) return t;
    return ComplementOpensAt(k, infinitive) ? k : t;
  }
  // After adverbs and a time phrase (maybe after a preposition: "depuis des mois", "encore
  // mardi") starting at `t`, when a colon, a quotation or que follows: the token there; `t`
  // otherwise.
  uint32_t TimeBeforeClauseEnd(uint32_t t) const {
    const uint32_t end = static_cast<uint32_t>(n_);
    uint32_t k = t;
    while (k < end && k - t < kMaxAdverbsInCue && Is(k, kAdv) &&
           !Is(k, kDet | kDe | kA | kSubj | kQue | kPrep))
      ++k;
    if (Is(k, kPrep) && !Is(k, kDe | kA | kAu | kDet | kEn)) {
      uint32_t e = TimePhraseEnd(k + 1, end, false);
      if (e == k + 1 && Is(e, kAdv) && !Is(e, kDet | kDe | kA | kSubj | kQue | kPrep))
        ++e;  // "depuis longtemps"
      if (e > k + 1) k = e;
    } else {
      k = TimePhraseEnd(k, end, false);
    }
    return KeyIs(k, ":") || QuoteOpenAt(k) >= 0 || Is(k, kQue) ? k : t;
  }
  // An inserted phrase starting at `t`: insert words ending on an insert_end word ("de son
  // côté", "pour sa part", "à son tour", "de leur côté"), or on à and a stress pronoun
  // ("quant à lui", "quant à elles"). Returns the token after it, or `t`.
  uint32_t InsertPhraseEnd(uint32_t t, uint32_t end) const {
    uint32_t k = t;
    while (k < end && k - t < kMaxInsertTokens && Is(k, kInsert) && !Is(k, kInsertEnd)) ++k;
    if (k >= t + 2 && k < end && Is(k - 1, kA) && Is(k, kStress) && !Is(k, kDet)) return k + 1;
    return k > t && k < end && Is(k, kInsertEnd) ? k + 1 : t;
  }
  // "le juge", "la lettre": a form after a determiner (not an object clitic) is a noun.
  // After a noun phrase, le/la/l'/les then a form that a colon, a quotation or que follows is
  // an object clitic and a verb: "Le ministre l'assure : « … »", "X le répète : …".
  bool AfterDeterminer(size_t t) const {
    // "une telle demande", "la nouvelle annonce": an adjective between the two.
    if (t > 1 && Info(t - 1) != nullptr && Info(t - 1)->prenominal && Is(t - 2, kDet) &&
        !Is(t - 2, kObjClitic | kPrep))
      return true;
    // (A subject relative before a clitic: "qui l'accusait" is a verb.)
    if (!(t > 0 && Is(t - 1, kDet) && !Is(t - 1, kPrep) &&
          !(t > 1 && (Is(t - 2, kSubj | kNeg) || AsReportedAt(t - 2))) &&
          !(t > 1 && Is(t - 1, kObjClitic) && Is(t - 2, kRel) &&
            !Is(t - 2, kQue | kNonSubjectRel))))
      return false;
    // (Also de then a quotation: "Le syndicat l'accusait de « mépris »"; not after a verb,
    // where the determiner is an article: "a salué l'annonce de « mesures »".)
    // (A time may stand before it: "X le répète depuis des mois : « … »", "X l'assure
    // encore mardi : …".)
    const uint32_t c = TimeBeforeClauseEnd(static_cast<uint32_t>(t + 1));
    const bool clause_follows = KeyIs(c, ":") || QuoteOpenAt(c) >= 0 || Is(c, kQue) ||
                                (t > 1 && Is(t + 1, kDe) && QuoteOpenAt(t + 2) >= 0 &&
                                 !VerbLike(t - 2) && !WrittenParticiple(t - 2));
    return !(Is(t - 1, kObjClitic) && clause_follows && t > 1 &&
             tok_[t - 2].kind == TokenKind::kWord &&
             !Is(t - 2, kPrep | kDet | kDe | kA | kAu | kConj | kRel | kQue));
  }
  // Whether token `t` is a lower-case word with the ending of an agent or demonym noun
  // (buraliste, procureur, habitant; markers.cpp kAgentNounEndings): someone, not something.
  bool AgentNoun(uint32_t t) const;
  // After a date at `t` ("le 3 mars", "le 13 octobre 2016", before `end`): the token that
  // follows it; `t` when no date starts there.
  uint32_t DateEnd(uint32_t t, uint32_t end) const {
    auto number = [&](uint32_t k) { return k < end && tok_[k].kind == TokenKind::kNumber; };
    if (!(Is(t, kLe) && number(t + 1) && Is(t + 2, kAdv))) return t;
    return number(t + 3) ? t + 4 : t + 3;
  }
  // After a dateline opening a line at `t` (before `end`): a place (a place's mention, or a
  // word in capitals) and capitalized words, maybe a date after a comma and an agency in
  // brackets, then a dash ("PARIS (AFP) - Le ministre …", "Brest, 7 décembre (Reuters) –
  // …"): the token after the dash. `t` when no dateline starts there. (subjects.cpp)
  uint32_t DatelineEnd(uint32_t t, uint32_t end) const;
  // Where sentence `s`'s clause opens (before `end`): past its opening punctuation (not a
  // quotation mark) and a dateline. (subjects.cpp)
  uint32_t ClauseHead(const Sentence& s, uint32_t end) const {
    uint32_t first = s.first_token;
    while (first < end && Punct(first) && QuoteOpenAt(first) < 0) ++first;
    return DatelineEnd(first, end);
  }
  // An attribute at `t` (before `end`) of a judgement verb (frame j): one lower-case word, no
  // function word or verb, then que, "le fait que", or de + infinitive: "juge | inacceptable
  // que", "estime | nécessaire de rouvrir", "jugeaient | discriminatoire le fait que".
  bool AttributeAt(size_t t, size_t end) const {
    if (t + 2 >= end || tok_[t].kind != TokenKind::kWord || Cap(t) || VerbLike(t) ||
        Is(t, kDet | kPrep | kDe | kA | kAu | kQue | kSubj | kStress | kObjClitic | kConj | kNeg |
                  kRel | kInfinitive | kAdv | kIndef))
      return false;
    return Is(t + 1, kQue) || (Is(t + 1, kDe) && InfinitiveAt(t + 2)) ||
           (t + 3 < end && Is(t + 1, kLe) && Is(t + 2, kFait) && Is(t + 3, kQue));
  }
  // An infinitive starts at `t`: "dire", "s'écarter", "le faire", "ne pas dire".
  bool InfinitiveAt(size_t t) const {
    // "ne pas dire", and "n'avoir jamais dit", "n'être pas" (an auxiliary before the particle).
    if (Is(t, kNeg))
      return (Is(t + 1, kNegPart) && Is(t + 2, kInfinitive | kObjClitic)) ||
             (Is(t + 1, kInfinitive) && Is(t + 1, kAuxAvoir | kAuxEtre) && !Cap(t + 1));
    // A clitic before the infinitive: "s'écarter", "le faire", "leur dire".
    if (Is(t, kSe | kObjClitic) && !Is(t, kDet) && Is(t + 1, kInfinitive) && !Cap(t + 1))
      return true;
    return Is(t, kInfinitive) && !Cap(t);
  }
  // An infinitive at `t`, or a quotation opening with one: "appelle à « reprendre le
  // dialogue »", "accuse X d'« avoir menti »" (the quoted words are the speaker's), maybe
  // after an adverb or an indefinite pronoun ("a promis de « tout faire pour … »").
  bool InfinitiveOrQuotedAt(size_t t) const {
    if (InfinitiveAt(t)) return true;
    if (QuoteOpenAt(t) < 0) return false;
    return InfinitiveAt(t + 1) ||
           (Is(t + 1, kAdv | kIndef | kNonHuman | kNegPart) &&
            !Is(t + 1, kDet | kDe | kPrep | kSubj | kNeg) && !Cap(t + 1) && InfinitiveAt(t + 2));
  }
  // A footnote mark "[2]" ending just before token `t`: its first token, else `t`.
  uint32_t FootnoteStart(uint32_t t) const {
    if (t < 3 || !KeyIs(t - 1, "]")) return t;
    for (uint32_t k = t - 2; k + kMaxFootnoteTokens >= t && k > 0; --k) {
      if (KeyIs(k, "[")) return k;
      if (Punct(k)) return t;
    }
    return t;
  }
  // The quotation opening at `t` is a name after a preposition (une minute de silence pour
  // « Jean »): a short capitalized quotation with no punctuation, not words anyone said. (Quoted
  // words after a preposition still count: félicité pour sa « grande victoire », decision 4.)
  bool QuotedNameAfterPreposition(uint32_t t) const {
    if (t == 0 || tok_[t].has(kNewlineBefore)) return false;
    uint32_t p = t - 1;
    if (Is(p, kDet) && !Is(p, kPrep) && p > 0) --p;
    if (!Is(p, kPrep) || Is(p, kDe | kA | kAu | kDu | kDes)) return false;
    return ShortCapitalizedQuote(t);
  }
  // The quotation opening at `t`, after the verb's complement starting at `j`, is governed by
  // a preposition other than de or à: it is no saying ("a observé une minute de silence pour
  // « … »", "a voté contre « … »").
  bool GovernedQuote(uint32_t t, uint32_t j) const {
    return t > j && Is(t - 1, kPrep) && !Is(t - 1, kDe | kA | kAu | kDu | kDes | kDet);
  }
  // The quotation opening at `t` names what the lower-case noun before it denotes (l'équipe
  // « Les Aigles », l'opération « Sentinelle »): a short capitalized quotation with no
  // punctuation after a content word, not words anyone said.
  // (An organization noun too: l'organisation « État islamique », le groupe « Les Aigles ».)
  // Not across a line break: a headline's last word names nothing the next line quotes.
  bool QuotedNameAfterNoun(uint32_t t) const {
    if (t == 0 || tok_[t].has(kNewlineBefore)) return false;
    const uint32_t p = t - 1;
    if (tok_[p].kind != TokenKind::kWord || Cap(p) || (Known(p) && !Is(p, kOrgNoun)) ||
        MentAdverb(p))
      return false;
    return ShortCapitalizedQuote(t);
  }
  // Whether the quotation opening at `t`, right after verb group `g` that a quotation and its
  // comma precede, is a title that ends the sentence: the inverted subject ("« … », écrit « Le
  // Figaro »."), not a second quotation.
  bool TitleAsInvertedSubject(const VerbGroup& g, uint32_t t, const Sentence& s) const {
    const int32_t q = QuoteOpenAt(t);
    if (q < 0 || !ShortCapitalizedQuote(t) || g.first < s.first_token + 2) return false;
    const uint32_t p = Comma(g.first - 1) ? g.first - 2 : g.first - 1;
    const uint32_t after = s_.quotes[q].close + 1;
    return QuoteCloseAt(p) >= 0 && (after >= s.end_token || Final(after) || Comma(after));
  }
  // After a title in quotation marks opening at `t` (ShortCapitalizedQuote) that que follows
  // ("dans « Le Monde » | que"): that que; `t` otherwise.
  uint32_t TitleThenQue(uint32_t t) const {
    const int32_t q = QuoteOpenAt(t);
    if (q < 0 || !ShortCapitalizedQuote(t)) return t;
    const uint32_t after = s_.quotes[q].close + 1;
    return after < n_ && Is(after, kQue) ? after : t;
  }
  // A quotation opens at `t` holding at most kMaxQuotedNameTokens words, the first capitalized,
  // and no punctuation: the shape of a name, not of a sentence.
  bool ShortCapitalizedQuote(uint32_t t) const {
    const int32_t q = QuoteOpenAt(t);
    if (q < 0 || !Cap(t + 1)) return false;
    const uint32_t close = s_.quotes[q].close;
    if (close - t - 1 > kMaxQuotedNameTokens) return false;
    for (uint32_t k = t + 1; k < close; ++k)
      if (Punct(k)) return false;
    return true;
  }
  // The top-level quotation that opens (closes) at token `t`, or -1.
  int32_t QuoteOpenAt(size_t t) const {
    if (t >= n_ || s_.quote[t] < 0) return -1;
    return s_.quotes[s_.quote[t]].open == t ? s_.quote[t] : -1;
  }
  int32_t QuoteCloseAt(size_t t) const {
    if (t >= n_ || s_.quote[t] < 0) return -1;
    return s_.quotes[s_.quote[t]].close == t ? s_.quote[t] : -1;
  }

  // ---- driver (extractor.cpp) ----

  // Sizes the per-token scratch tables; looks every token up in the word table (Scratch::word),
  // numbers paragraphs, indexes mentions, and finds the word-table entry of each role noun. In
  // the same pass, lists the tokens DoSentence and Relays try (Scratch::triggers: a marker, a
  // cue form, a relay or interview participle) and those FindQuotes reads (Scratch::quote_events: a
  // quotation mark, or a token after the first that opens a paragraph), so that neither walks every
  // token again.
  void Prepare();
  // Whether the line of tokens [b, e) is a heading (an intertitle: "Un plan contesté" between
  // two paragraphs): not the first line, empty lines around it, at most kMaxHeadingTokens
  // tokens, a capitalized word first, a word or number last, no quotation mark (`quotes`).
  // Prepare numbers a heading with the paragraph under it.
  bool Heading(uint32_t b, uint32_t e, bool quotes) const;
  // Fills Scratch::mention: the mention covering each token, or -1.
  void IndexMentions();
  // Finds the claims and credit lines of sentence `si`: records its subject as a referent,
  // tries every marker and reporting-verb form in it (Scratch::triggers), then links via chains
  // (Chains()). Called for the sentences in order (next_trigger_ carries on from one to the
  // next; any other order is still correct, at the cost of a binary search).
  void DoSentence(uint32_t si);
  // Appends one claim, unless its trimmed content is empty or its cue overlaps a claim of the
  // same sentence already found. A quotation opening on its verb (QuoteOnVerb) that the new
  // content holds whole is removed: it was speech reported inside the new claim. Resolves the
  // speaker (Resolve, else NameSpeaker) and records it as a referent. `passive`: a passive with no
  // agent (no speaker). `shared_cue`: another claim of the same cue (several quotations or
  // coordinated sources, decision 11).
  void Emit(ClaimKind kind, uint32_t si, uint32_t cue_b, uint32_t cue_e, std::string_view lemma,
            Span content, Span speaker, Span role, Span addressee, bool passive,
            bool shared_cue = false);
  // Whether a (non-selon) claim of this or the previous sentence already covers part of `c`. A
  // NestedQuoteClaim takes none of it. (Any other does: "Il a dit que …, a-t-il dit" says it
  // once.)
  bool ContentTaken(Span c) const;
  // Whether claim `x` is a quotation nested in the clause `c` (tokens) that a reporter of the
  // whole clause attributes with it: a direct claim whose cue is after c's start, either
  // opening on its verb (QuoteOnVerb: "Son client « conteste les accusations », a-t-il
  // déclaré" quotes the lawyer) or after its verb, the first quotation of `c`, no colon
  // setting it apart ("Il exige « des garanties », a fait savoir son entourage";
  // "X a réagi : « … », a-t-il ajouté" is X's).
  bool NestedQuoteClaim(const Attribution& x, Span c) const;
  // Whether `x` is a quotation that opens on its own verb ("La ministre « condamne fermement »
  // l'attaque"): a direct claim whose cue opens its content.
  static bool QuoteOnVerb(const Attribution& x) {
    return x.kind == ClaimKind::kDirect && x.cue_begin == x.content_begin;
  }
  // Marks the quotations inside `c` used; *has_quote: there was one.
  void UseQuotesIn(Span c, bool* has_quote);

  // ---- quotations (quotes.cpp) ----

  // Pairs quotation marks: fills Scratch::quotes (top-level quotations, by opening token) and
  // Scratch::quote (per token), and Analysis::unbalanced_quotes (sorted byte offsets).
  void FindQuotes();

  // ---- verb groups (verb_group.cpp) ----

  // Whether a reporting-verb group has its head at token `t` of sentence `s`: fills *g (its
  // tokens, lemma, auxiliary, inverted clitic, passive/reflexive). False, with *g untouched,
  // for a noun use, a negated verb, a bare participle that is an adjective, a reflexive use of a
  // non-pronominal verb, or no form matching the following tokens.
  bool MatchVerb(uint32_t t, const Sentence& s, VerbGroup* g) const;
  // The source of "selon ce que <relative>, …": the subject of the relative's reporting verb
  // starting at token `b` (after que), inverted ("ce que rapportent des médias") or not ("ce
  // que Paul Garnier a déclaré"); *phrase_end receives the comma that ends the source phrase.
  // Empty: no reporting verb, or the relative does not end at a comma. (markers.cpp)
  Span RelativeSource(uint32_t b, const Sentence& s, uint32_t* phrase_end) const;
  // "on peut lire que …", "« … », peut-on lire dans le communiqué", "Dans un communiqué de
  // X, on apprend que …" (marker `m` of `len` tokens at token `t`): a claim of the document
  // named with dans (resolved to its author), else with no speaker. (markers.cpp)
  void ReadingClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m, uint32_t len);
  // The phrase of names that a marker's source `np` (a whole name) opens when it lists more
  // names with commas and the last after et ("Selon Paul Morel, Julie Caron et Marc Petit,
  // …"), before token `end`; each a whole name, at most kMaxCoordinatedSources. Empty: no such
  // list. (markers.cpp)
  Span ListedNames(Span np, uint32_t end) const;
  // "X, pour qui <opinion>", "X, selon qui …", "les syndicats, selon lesquels …": an
  // according_to claim of X (marker `m` of `len` tokens at token `t`, the relative pronoun
  // after it, a comma before it). With `judged` (pour), only when the relative judges (être,
  // c'est) or quotes: "Renault, pour qui il travaillait" is none. (markers.cpp)
  void OpinionRelative(uint32_t si, const Sentence& s, uint32_t t, const Marker& m, uint32_t len,
                       bool judged);
  // Whether an inverted subject `subj` agrees in number with the auxiliary of `g` ("…, ont lancé
  // une offensive": une offensive is no subject of ont). True when either number is unknown (no
  // auxiliary, a name, a phrase with et). (verb_claims.cpp)
  bool AgreesWithAuxiliary(Span subj, const VerbGroup& g) const;
  // The speaker span of the sentence's last claim when its content ends right before the et
  // (or its comma) ahead of token `first` (ClauseEnd cut it there): "X a déclaré que … et a affirmé
  // que …" goes on with X. Empty when there is no such claim. (verb_claims.cpp)
  Span SpeakerBeforeEt(uint32_t first, uint32_t si) const;
  // The first token (the auxiliary) of a compound, active cue group left of `et` in `s`, or of
  // avoir before another participle, its object in between (a quotation, a short phrase, no
  // clause), or -1: "a exprimé « … » et salué", "avait abrégé le débat et demandé de". At most
  // kMaxCoordinatedParticipleBack steps (a quotation is one). (verb_group.cpp)
  int64_t SharedAuxiliary(uint32_t et, const Sentence& s) const;
  // The end of a pronominal parenthetical cue's attribute (a lower-case word, maybe after a
  // degree adverb) when an inverted subject or a colon and a quotation follow it ("« … », s'est
  // voulu rassurant | le maire", "se dit très confiant | : « … »"); r.next when there is none.
  // (verb_group.cpp)
  uint32_t AttributeEnd(const VerbGroup& r, const Sentence& s) const;
  // X in "permet à X de" when token `de` is that de (a short phrase, no clause), or empty: the
  // one enabled to say what the infinitive after de says. (verb_group.cpp)
  Span EnabledSpeaker(int64_t de, const Sentence& s) const;

  // ---- claims (verb_claims.cpp, markers.cpp) ----

  // The claim of verb group `g` in sentence `si`: finds the complement its lemma's frames allow
  // (que, si, de/à + infinitive, infinitive, object + de, a quotation, a parenthetical), the
  // speaker and the addressee, and emits it. Nothing fits: no claim.
  void VerbClaim(uint32_t si, const Sentence& s, const VerbGroup& g);
  // Whether the verb group starting at token `first` has an object relative before its subject
  // pronoun: "les réformes qu'il proposait, un désaveu …". The relative pronoun is the verb's
  // object, so no que-clause or si after it is its content (an infinitive may hold the relative:
  // "la proposition qu'elle affirme avoir faite"). The
  // antecedent is a determiner and at most kMaxRelativeAntecedentWords words, after no
  // preposition ("a déclaré à la presse qu'il estimait que" holds a completive), none a time word
  // ("a assuré ce matin qu'il …"). (verb_claims.cpp)
  bool ObjectRelativeBefore(uint32_t first, const Sentence& s) const;
  // The marker whose every word matches from token `t` (before `end`): the first of those
  // that start with t's key, or null ("a été" is no "à en croire"). (markers.cpp)
  const Marker* MarkerAt(uint32_t t, uint32_t end) const;
  // The claim of marker `m` ("selon X", "pour X,") at token `t`, `len` tokens long: content
  // after X's comma (the marker heads its clause) or before the marker. Nothing fits: no claim.
  void MarkerClaim(uint32_t si, const Sentence& s, uint32_t t, const Marker& m, uint32_t len);
  // A credit line "Source : X, Y" at token `t` (the head of a line) adds its sources to
  // Analysis::sources. Anywhere else: nothing.
  void Credit(const Sentence& s, uint32_t t);
  // Gives the claims of the sentence (from index `first_claim`) whose cue lies inside the
  // content of one of its selon-claims that claim's speaker as `via`; likewise for the claim of
  // "comme le rapporte X" (as_reported_), which is then dropped (X reported, not said, it).
  void Chains(size_t first_claim);
  // "Cité par Le Monde, le ministre estime …", "Le maire, interrogé par l'AFP, a expliqué …":
  // the claims of sentence `s` (from index `first_claim`) with a speaker get the relaying
  // medium as `via` and the interviewer as addressee, when they have none. The participle
  // (classes relay, interviewed) must be written as one and stand outside every content.
  // (markers.cpp)
  void Relays(const Sentence& s, size_t first_claim);
  // A quotation opening the paragraph after a direct claim's becomes a claim of the same
  // speaker (French reopens « on every quoted paragraph), unless an attribution line follows
  // it (a pull quote, AttributionLineAfter). Nothing fits: nothing.
  void Continuations();
  // The paragraph after paragraph `para` when it is an attribution line, an em dash and a name
  // ("— Paul Morel, maire de Brest", the signature of a pull quote): the entity of the mention
  // right after the dash, or -1 (no mention there). kNoAttributionLine: no such paragraph.
  int32_t AttributionLineAfter(uint32_t para) const;
  static constexpr int32_t kNoAttributionLine = -2;
  // The words of the paragraph before an attribution line are the named person's: a direct or
  // indirect claim that ends that paragraph, whose speaker is unresolved and could be one
  // person (il, elle, je, "le président américain", "un témoin": singular, gender agreeing),
  // takes the person the line names ("« … », a-t-il lancé. ¶ — Paul Morel"). A selon source
  // is no speaker of the paragraph; a plural or a name is left alone.
  void PullQuoteSpeakers();

  // ---- content spans (content.cpp) ----

  // The end (exclusive token) of the clause starting at `from` in `s`: the sentence end, or the
  // first ';', dash, closing quote, parenthesis that does not close, coordinated clause with its
  // own reporting verb, or comma that opens another clause or attribution. `infinitive`: the
  // clause is an infinitive one, which also ends before a coordinated finite verb.
  uint32_t ClauseEnd(uint32_t from, const Sentence& s, bool infinitive = false) const;
  // Whether [from, comma) is a subject noun phrase followed by one insert between commas (a
  // participial phrase without a verb, or a relative clause) ending at `comma`: the verb after
  // `comma` is then the clause's own (ClauseEnd; content.cpp).
  bool SubjectInsertBefore(uint32_t from, uint32_t comma) const;
  // The clause around a parenthetical cue set between its subject and its verb (verb_claims.cpp):
  // `comma` is the comma before the cue group, `tail` the token after its inverted subject.
  // "La ville, a-t-il précisé, prendra en charge les frais": from the sentence's first word to
  // the clause's end, the incise inside (as « A, dit-elle, B »). Before `comma`, a subject alone
  // (a noun phrase or a name: no verb, comma or quotation, at most kMaxSubjectTokens); at
  // `tail`, a comma, then the predicate. Empty when the sentence is not so built.
  Span InciseClause(uint32_t comma, uint32_t tail, const Sentence& s) const;
  // `c` without leading , : and trailing . , : ; (may become empty).
  Span TrimContent(Span c) const;

  // ---- noun phrases and subjects (subjects.cpp) ----

  // `subject` (of coordinated verbs) cut before a verb no table knows: a lower-case word
  // followed by a lower-case article inside a phrase that opens with a determiner.
  Span CutBeforeUnknownVerb(Span subject, const Sentence& s) const;

  // A noun phrase from `j`, before `end`: up to punctuation, a verb, a relative or que, a
  // conjunction or preposition that starts something else, at most `max` tokens. Empty when
  // `j` itself stops it.
  Span RightNP(uint32_t j, uint32_t end, uint32_t max) const;
  // The ")" closing the parenthesis that opens at `open`, before `end`, within `max` tokens and
  // before any sentence-final mark; kNone when `open` is no "(" or nothing closes it so.
  uint32_t ParenthesisCloseAt(uint32_t open, uint32_t end, uint32_t max) const;
  // The noun phrase ending at token `i` (inclusive), walking left no further than `begin`;
  // stops at punctuation, a verb, a relative, a preposition, a determiner after a noun, or
  // kMaxLeftNPTokens. Empty when `i` itself stops it.
  Span LeftNP(uint32_t i, uint32_t begin) const;
  // The person named at the end of `np` after de/du/des when `np` opens on a plural
  // determiner and the verb at `verb` is singular ("aux accusations de Jean Durand, qui
  // affirme"); empty otherwise. (subjects.cpp)
  Span PersonComplementOfPlural(Span np, uint32_t verb, const Sentence& s) const;
  // The subject of a verb group starting at token `first` (subject on the left): a pronoun, a
  // noun phrase, a relative's antecedent, a name in apposition (*role: the description around
  // it), the subject of a coordinated verb, else the sentence subject. Empty: none found.
  Span LeftSubject(uint32_t first, const Sentence& s, Span* role) const;
  // The noun phrase that makes the first segment of sentence `s` when the segments between it
  // and the one opening at token `k` (after a comma) are descriptions set off by commas, with
  // no finite verb, quotation, que or relative: "L'Assemblée nationale |, constituée des deux
  // chambres, | le Sénat et …, constate". Empty otherwise. (subjects.cpp)
  Span SegmentHeadBefore(uint32_t k, const Sentence& s) const;
  // When the noun phrase `np` left of a verb closes a restrictive relative clause opened by a
  // subject "qui" with its own verb ("Un proche qui connaît bien | Paul Morel | affirme"): the
  // antecedent before "qui", the verb's subject (`*found` true; the span may be empty when no
  // phrase stands there). `*found` false: `np` is no relative's object.
  // ... or by a relative (que, dont, où, a preposition and lequel) whose subject stands
  // inverted after its verb inside `np` ("L'entreprise que dirige | Paul Morel | a annoncé").
  Span AntecedentOfRelativeEndingAt(Span np, const Sentence& s, bool* found) const;
  // Whether the words after relative `rel` inside `np` are a verb then its inverted subject,
  // a name or a determiner's phrase ("que | dirige Paul Morel", "dont | est issu le maire";
  // not "dont | le frère", the relative's subject before its verb). (subjects.cpp)
  bool InvertedSubjectOfRelative(uint32_t rel, Span np) const;
  // Whether `np`, right after relative `rel`, is a person's or an organization's name then one
  // lower-case word no table knows: the relative's subject and its verb ("La société que |
  // Paul Morel dirige | a annoncé"; the claims stage knows no general verb list). (subjects.cpp)
  bool NamedSubjectOfRelative(uint32_t rel, Span np) const;
  // The subject of the nearest verb left of token `before` (coordinated verbs, participles),
  // else the sentence subject. *role as for LeftSubject. A relative clause's verb is skipped
  // for a verb `coordinated` by et; for a participle it makes the subject a guess (empty).
  Span NearestSubject(uint32_t before, const Sentence& s, Span* role,
                      bool coordinated = false) const;
  // Whether the verb group starting at `f` is that of a relative, que or indirect-question
  // clause: right after qui, dont, où, lequel, or after one and the clause's subject, or after
  // the subject and a que ("les mesures que Jean Roux a prises", "pense que Jean Roux a
  // raison"), si or an interrogative word ("combien X a exigé"); not a cleft's ("c'est lui qui
  // a …"). (subjects.cpp)
  bool RelativeClauseVerb(uint32_t f, const Sentence& s) const;
  // Whether the relative word at `rel` closes a cleft, "c'est X qui", whose clause is the
  // sentence's main predication. (subjects.cpp)
  bool CleftBefore(uint32_t rel, const Sentence& s) const;
  // Whether verb group `g` is in the plural: its auxiliary (ont, sont), else the ending of its
  // verb (affirment, déclaraient, diront). (verb_claims.cpp)
  bool PluralGroup(const VerbGroup& g) const;
  // Whether verb group `g` is known to be in the singular: its auxiliary (a, est, avait), else
  // a verb whose plural is a known form of the same verb (estime: estiment; affirmait:
  // affirmaient). False when unsure (dit, font). (verb_claims.cpp)
  bool SingularGroup(const VerbGroup& g) const;
  // `sp` (a subject found on the left of a plural verb) with the sources coordinated before it
  // when the coordination opens the clause: "Paul Garnier et [Marie Lenoir] ont déclaré" ->
  // "Paul Garnier et Marie Lenoir". (verb_claims.cpp)
  Span WithCoordinatedSubjects(Span sp, const Sentence& s) const;
  // Whether `sp` is exactly one mention of a person or an organization.
  bool WholeName(Span sp) const;
  // Whether the phrase LeftNP found holds a verb: se, ne, an auxiliary, or a lower-case word
  // right after a name that no complement or coordination opens ("Paul Morel se veut", "Paul
  // Morel reste"): no noun phrase of an absolute construction. (verb_claims.cpp)
  bool HoldsVerb(Span np) const;
  // Whether `np` holds a document noun (words.tsv class info) whose complement after de, du or
  // des names an entity, its author: "une étude de l'Insee". (subjects.cpp)
  bool DocumentWithAuthor(Span np) const;
  // Whether the word at `h` is a word of a person's name mentioned before it (within kWindow
  // mentions). (speaker_entities.cpp)
  bool WordOfPersonBefore(uint32_t h) const;
  // The whole name (WholeName) whose mention opens at token `k` (before `end`); empty: none.
  Span WholeNameAt(uint32_t k, uint32_t end) const;
  // Whether a source starts at token `b`: a determiner, or the first token of a mention.
  bool SourceStart(uint32_t b) const;
  // The sources a speaker span coordinates with "et" ("Paul Garnier et Marie Lenoir", "le
  // maire et son adjoint"), written to out[0..n); n = 0 when it coordinates none, or more than
  // kMaxCoordinatedSources of them. (verb_claims.cpp)
  size_t CoordinatedSources(Span sp, Span* out) const;
  // The people a plural verb's subject names in apposition, from the clause start to the verb
  // at token `verb`: groups of a name and at most one description set off by commas, joined
  // by et ("Le maire, Paul Morel, et son adjointe, Julie Caron, ont affirmé" -> Paul Morel,
  // Julie Caron), written to out[0..n). n = 0 unless every segment fits and there are two or
  // more groups, at most kMaxCoordinatedSources. (verb_claims.cpp)
  size_t AppositiveSources(uint32_t verb, const Sentence& s, Span* out) const;
  // The speaker span of the claim of sentence `si` whose cue is the nearest verb left of
  // token `before` (its content's verbs and quotations skipped), for a participial adjunct
  // ("C'est ce qu'a annoncé X, soulignant que …"). Empty: none, or another verb between.
  Span SpeakerOfCueBefore(uint32_t before, uint32_t si) const;
  // Whether verb group `g` opens sentence `s` (leading punctuation aside): a fronted participle
  // ("Estimant que …, le ministre …").
  bool FrontedClauseStart(const VerbGroup& g, const Sentence& s) const;
  // The main clause's subject after a fronted clause that starts at `from`: the noun phrase
  // (or subject pronoun) after the first comma, outside quotations and parentheses, that a
  // verb follows ("…, le ministre a démissionné"; an apposed name wins: "…, le ministre, Paul
  // Roux, a …"). *comma: that comma. Empty: none.
  Span MainClauseSubject(uint32_t from, const Sentence& s, uint32_t* comma) const;
  // Whether the lower-case word at `v` can open a predicate: a verb the tables know, a negation
  // or a reflexive clitic, or a word that opens no phrase of its own (the tables know few verbs:
  // "prendra", "quitte").
  bool PredicateOpensAt(uint32_t v) const;
  // The subject of sentence `s`: after leading adverbials and a quotation, a pronoun or the
  // first noun phrase (the name, when one is in apposition). Empty: none.
  Span SentenceSubject(const Sentence& s) const;
  // The name inside a descriptive noun phrase ("le météorologue Dave Phillips" -> Dave
  // Phillips); `sp` itself when there is nothing better.
  Span NameIn(Span sp) const;
  // "NP, Name," or "NP, Name.": the name in apposition after description `np` (before `end`),
  // and *after, the token after it; the name may carry a role of its own ("NP, la pédiatre
  // Name.") and the medium it spoke to ("NP, Name à l'AFP,"). No apposition: `np`, with
  // *after = np.e.
  Span Apposed(Span np, uint32_t end, uint32_t* after) const;
  // Whether `np` is a role noun (after a determiner and kHeadNounWindow words at most), its
  // complement, then a person's name that ends it: "l'économiste de la santé Nadia Ferhat".
  // (markers.cpp)
  bool RoleThenPerson(Span np) const;
  // The medium a source spoke to, at token `k` (before `end`): à or au, then an organization's
  // mention closed by a comma or the sentence's end ("à l'AFP,", "au Monde."). The span is the
  // organization's phrase after à (with its article) or au; empty: none.
  Span MediumAt(uint32_t k, uint32_t end) const;
  // The organization an interview phrase of sentence `s` names, outside `content` and
  // quotations ("Dans un entretien accordé au Parisien, elle assure que …"): the addressee of a
  // claim that has none. Empty: none. (subjects.cpp)
  Span InterviewMediumIn(const Sentence& s, Span content) const;
  // A phrase of address at token `k`: au, à + a determiner, or sur/dans + a determiner, then a
  // noun of address and de (words.tsv class address: "au micro de", "sur le plateau de", "dans
  // les colonnes du"), or an interview noun, maybe its participle, and à/au ("dans un entretien
  // accordé au Parisien"). Returns the first token of what it governs, 0 if none.
  // (subjects.cpp)
  uint32_t AddressNounPhraseEnd(uint32_t k, uint32_t end) const;
  // Apposed's longer form, for a sentence subject: one to kMaxApposedSegments descriptions in
  // apposition, the last ending with a person's name, then a comma and the verb: "la
  // spécialiste des sols, l'Allemande Claire Vasseur, avait", "L'ancien patron du syndicat,
  // actuel président de l'Assemblée, Paul Garnier, a demandé". `np` when none.
  Span ApposedAfterDescriptions(Span np, uint32_t end, uint32_t* after) const;
  // Whether description `np` is a person's: the first noun a table knows, within
  // kHeadNounWindow words after the determiners, is a role, a noun of people or an agent noun
  // ("le porte-parole du syndicat", "les habitants"), not an organization or document noun
  // ("l'organisation humanitaire").
  bool PersonHead(Span np) const;
  // A name between commas opening at token `k` (before `end`): capitalized words, or the
  // mention that starts there (`Luca de Meo`), at most kMaxApposedNameTokens, then a comma.
  // Returns that comma's token, or 0 when there is no such name.
  uint32_t NameBetweenCommasAt(uint32_t k, uint32_t end) const;
  // The end of a run of capitalized words [a, e) cut at the end of the mention starting at
  // `a`, when one does: "à l'AFP | Karim Benhadj" (an addressee, then the subject's name).
  uint32_t MentionBound(uint32_t a, uint32_t e) const;
  // After an adjunct's noun ending before `e`: the end of its complement, "de"/"du"/"des",
  // maybe a determiner, then a name or one noun ("du Parisien", "de la rencontre", "de
  // presse", "de TF1"); `e` when none.
  uint32_t AdjunctComplementEnd(uint32_t e, uint32_t end) const;
  // After an adjunct's noun ending at `e`: past one lower-case word that is no function word,
  // verb or role (an adjective or a time: "dans un communiqué commun | les maires", "lors d'une
  // conférence de presse commune | X", "à la presse locale | le maire"), when a subject opens
  // right after it, or a complement when `complement` ("dans un entretien exclusif | au
  // Parisien"); `e` otherwise. (subjects.cpp)
  uint32_t PostnominalWordEnd(uint32_t e, uint32_t end, bool complement = false) const;
  // The person a name completes a role of, in apposition: "Paul Lenoir, le maire de | Brest",
  // "Paul Lenoir, député | LR", "Julie Roux, chercheuse à l'| université de Nantes" (`first`:
  // the name mention's first token). -1: no such pattern.
  int32_t PersonApposedToRoleOf(uint32_t first) const;
  // Whether entity `place` (a location) is one a place noun of `kind` may take up: a town noun
  // no country, a country noun only a country (evidence/demonyms.tsv's country names).
  bool PlaceKindFits(uint8_t kind, uint32_t place) const;
  // The other entity of `type` coordinated right before a mention opening at `token` ("Renault
  // et | Stellantis", "Mathilde Panot et | Cyrielle Chatelain"), when it is not `entity`; -1:
  // none. A pronoun or noun taking up the later one could mean either.
  int32_t CoordinatedBefore(uint32_t token, int32_t entity, EntityType type) const;
  // Whether two names share a word of kMinSharedNameWord bytes or more ("Raymond Kopa" and
  // "Raymond Kopaszewski"): one person named two ways, as far as a pronoun can tell.
  // (resolve.cpp)
  static bool SharesNameWord(std::string_view a, std::string_view b);
  // The subject after an inverted verb, from token `j` (adverbs and dates skipped). Empty
  // (at the first token that is not one) when there is none. A possessive noun phrase ("son
  // secrétaire général") only when `possessive`: right after a quotation it is the subject
  // ("« … », a prévenu son secrétaire général"); elsewhere it is as often the object ("X, qui
  // lui a succédé, a annoncé son décès").
  Span InvertedSubject(uint32_t j, uint32_t end, bool possessive = false) const;
  // After an insert set off by commas that opens at comma `comma` (at most `max` tokens from it,
  // no verb, quotation, que or relative), the token that starts a subject after the closing
  // comma (a determiner, a role, a capital); `comma` itself when there is none. (subjects.cpp)
  uint32_t SubjectAfterCommaInsert(uint32_t comma, uint32_t end, uint32_t max) const;
  // Whether a de/d'/du/des stands in `sp` (a phrase with a complement). (subjects.cpp)
  bool HoldsDe(Span sp) const;
  // Whether token `t` opens a quantity, not a complement's noun: "de nombreux élus", "de
  // plusieurs villes", "de 60 % des Français" (words.tsv class indef, an indefinite article, a
  // number). (subjects.cpp)
  bool QuantityAt(uint32_t t) const;
  // Whether verb group `g` (a lemma of frame n) takes a short noun-phrase object, opened by a
  // determiner, that holds a quotation ("évoquant un « climat délétère »", decision 4).
  // (content.cpp)
  bool QuotedObjectAt(const VerbGroup& g) const;
  // After an inverted subject ending at `k`: the sentence may end there (maybe after a
  // prepositional phrase, a manner phrase or a relative clause).
  bool TailOk(uint32_t k, uint32_t end) const;
  // Whether token `k` opens a manner phrase: de, un or une, then a lower-case word no entity
  // holds ("d'une voix tremblante", "d'un ton ferme"). After a person's name or a cue it
  // completes neither. (subjects.cpp)
  bool MannerAt(uint32_t k) const;
  // A complement that continues a name starts at `t`: de/du/des, maybe a determiner, then a
  // capitalized word ("de la Prévention", "du Tourisme", "de Malte").
  bool NamedComplementAt(uint32_t t) const {
    return Is(t, kDe | kDu | kDes) && (Cap(t + 1) || (Is(t + 1, kDet) && Cap(t + 2)));
  }
  // Whether `sp` reads as a person's or an organization's name: two to kMaxNameSegmentTokens
  // words, capitalized at both ends, joined only by capitalized words or particles (de, du,
  // des, d'): "Alverto Adriani", "Yves de Chaisemartin".
  bool NameLike(Span sp) const;
  // A segment between commas that is a name: a mention, or NameLike, at most
  // kMaxNameSegmentTokens, not opening on a determiner, preposition, relative, conjunction or
  // subject pronoun.
  bool NameSegment(Span sp) const;
  // Whether sentence subject `subj` can be referred back to: not quoted, not je/on/nous, not
  // an impersonal il, not a demonstrative pronoun (c', cela, ça).
  bool Referential(Span subj) const;

  // ---- resolution (resolve.cpp) ----

  // Whether `sp` can be a speaker span at all: not a lone function word, auxiliary, clitic or
  // determiner ("pas", "l'", "son", "C'"), not a phrase cut after a preposition or a
  // determiner ("voie de"). A span that fails is a parsing accident: the claim keeps no speaker.
  bool SpeakerSpanOk(Span sp) const;
  // The author a document noun's apposition names: "Le rapport, publié jeudi par l'ONG X,
  // affirme …" → X (a person or an organization), else -1. `sp` is the speaker span.
  int32_t AuthorInApposition(Span sp) const;
  // The person or organization a quotation box's attribution line names: the quotation closing
  // at token `close` ends its line, and the next line opens with a dash then that name ("»
  // / — Marco, 32 ans", the Wikinews convention). Else -1. (resolve.cpp)
  int32_t AttributionAfterQuote(uint32_t close) const;
  // Whether the signer of a quotation box may be what speaker span `sp` refers to: the span
  // names no one else (no mention of another entity in it), and a person signs only for a
  // singular pronoun or a description that is no organization noun ("le club a réagi : « … »"
  // signed by its president stays the club's). (resolve.cpp)
  bool SignerFits(Span sp, int32_t signer) const;

  // The entity speaker phrase `sp` names or refers back to: its mention, the person named in it,
  // a pronoun's or a role, organization, place or document noun's referent. *gender and
  // *number: what the phrase says of its referent (kUnknown when nothing does). -1: none.
  int32_t Resolve(Span sp, uint8_t* gender, uint8_t* number) const;
  // The one person the text named right after the noun at `n` before it ("l'Argentin Diego
  // Carrasco" for a later "l'Argentin"); -1 when none, or two different people.
  int32_t PersonNamedWithNoun(uint32_t n) const;
  // Whether the sentence of pronoun `t` opens on "Dans <det> <document noun>," and an earlier
  // document noun names a person other than `entity` (of a gender the pronoun fits) as its
  // author: "Paul Martin a reçu une lettre de Jean Durand. Dans ce courrier, il affirme …" is
  // no Paul Martin. (resolve.cpp)
  bool DocumentOfAnother(uint32_t t, int32_t entity, uint8_t gender) const;
  // Whether referent `r` lies in the content of a claim (this sentence or the one before) whose
  // speaker is another person a pronoun of `gender` could take up: "Selon Paul Martin, Jean
  // Durand va démissionner. Il affirme …" could be either. (resolve.cpp)
  bool SpeakerAboutReferent(const Scratch::Referent& r, uint8_t gender) const;
  // Whether organization referent `r` (s_.referents[index]) has a rival another noun could
  // equally take up: an organization coordinated after it ("la SNCF et la RATP"), or another
  // organization referent earlier in its sentence ("Selon Norvalis, Dextera a …").
  // (resolve.cpp)
  bool OrganizationRivalOf(const Scratch::Referent& r, size_t index) const;
  // Whether another organization is named after organization referent `r` in its sentence,
  // outside quotations ("La SNCF a signé un accord avec la CGT. Le syndicat …"): a noun of a
  // specific kind after it could take up either.
  bool OrganizationLaterIn(const Scratch::Referent& r) const;
  // Whether an organization other than `entity`, mentioned in the window before token `before`,
  // was introduced with the noun at `n` right before its name ("le groupe Renault", "le
  // syndicat CGT"): the noun could take up either. (resolve.cpp)
  bool OtherIntroducedWithNoun(uint32_t n, int32_t entity, uint32_t before) const;
  // Whether an organization other than `entity` is mentioned between tokens `from` and `to`
  // (mentions ending at or before `to`, starting at or after `from`). (resolve.cpp)
  bool OtherOrganizationSince(uint32_t from, uint32_t to, int32_t entity) const;
  // The referent of the pronoun at `t`: the last compatible referent of the paragraph, else the
  // previous paragraph's topic. *found: a referent (maybe unresolved, -1) was chosen.
  int32_t ResolvePronoun(uint32_t t, uint8_t gender, uint8_t number, bool* found) const;
  // The person or organization a sentence opens on with "Quant à X," when the singular pronoun
  // at `t` follows that comma and agrees with it ("Quant à Paul Morel, il affirme …"); -1
  // otherwise. (resolve.cpp)
  int32_t FrontedTopic(uint32_t t, uint8_t gender, uint8_t number) const;
  // The agent a singular pronoun at `t` takes up when it attributes, right after it, a
  // quotation that a colon opens after a passive's agent: "… est saluée par l'Union des
  // consommateurs : « … », a-t-elle déclaré." The agent is a named person or organization
  // ending the clause before the colon, after par, of the pronoun's gender (an organization's
  // unknown gender fits); else -1. (resolve.cpp)
  int32_t AgentAnnouncingQuotation(uint32_t t, uint8_t gender) const;
  // The quotation whose closing mark the pronoun at `t` follows within
  // kMaxQuoteToPronounTokens, no name between ("» , a-t-il ajouté"), or -1. (resolve.cpp)
  int32_t QuotationBeforePronoun(uint32_t t) const;
  // The previous paragraph's topic for a pronoun or description at `t` of this gender and
  // number: the one person every compatible subject and speaker of that paragraph names, when
  // `t`'s paragraph names no other fitting person before `t`'s sentence; else -1.
  int32_t PreviousParagraphTopic(uint32_t t, uint8_t gender, uint8_t number) const;
  // The speaker a singular pronoun at `t` takes up when its paragraph opens on a quotation that
  // it attributes right after ("« … », a-t-il ajouté."): the last referent of the paragraph
  // before, when that is a person who spoke, of the pronoun's gender, and no other person of
  // that gender is named after it there; else -1. News writing strings one speaker's
  // quotations over paragraphs this way. (resolve.cpp)
  int32_t QuotationContinuesSpeaker(uint32_t t, uint8_t gender) const;
  // When no subject or speaker of the paragraph fits a singular pronoun of known `gender` at
  // `t` (they are plural, of the other gender, or things: "Les enquêteurs ont entendu Marie
  // Dupont. Elle a affirmé …", "Le mari de Marie Dupont … Elle a déclaré …"): the one person
  // the paragraph names before its sentence, outside quotations, whose gender is known and the
  // same.
  // -1 when there is none, or a rival: another such person, a person of unknown gender, or an
  // organization (which elle or il may take up as well).
  int32_t OnlyPersonOfGender(uint32_t t, uint8_t gender) const;
  // The person role noun `n` (head of `sp`) refers to: the holder of that role (Analysis::roles,
  // an apposition, the name after the same noun earlier), else, when `definite` and the noun
  // is a description rather than an official title (le capitaine, le chancelier; "l'ancien
  // ministre" is a description), the last person of the paragraph. -1: none.
  int32_t ResolveRole(Span sp, uint32_t n, uint8_t gender, bool definite) const;
  // The kind of organization (kOrgCompany…) the text introduced `org` as before token
  // `before`: the cue noun before one of its mentions ("la société Orvane") or opening its
  // name ("le Syndicat national des mines"); kOrgKindUnknown when none.
  uint8_t IntroducedKind(int32_t org, uint32_t before) const;
  // The last person of the paragraph, before token `before_token`, who was a subject or a
  // speaker (a referent) and fits `gender`; -1 when none, when that person is named inside the
  // content being resolved (resolving_content_), or when another person is named, or someone
  // introduced with un/une, between them. (resolve.cpp)
  int32_t LastPersonReferent(uint32_t before_token, uint8_t gender) const;
  // Whether someone other than referent `r` could be the one a description or pronoun at
  // `before_token` points at: another person named after `r`, or someone introduced by un/une
  // ("… l'agression d'un passant. Cet homme …"). (resolve.cpp)
  bool RivalSince(const Scratch::Referent& r, uint32_t before_token) const;
  // Whether a person other than referent `r`, of a gender that fits `gender`, is named after it
  // and before `before_token`, outside quotations, with no role the text gave them (a person
  // given another post, "le maire de Rennes, Jean Roux", is no "éleveur"). (resolve.cpp)
  bool BareNamedRivalSince(const Scratch::Referent& r, uint32_t before_token, uint8_t gender) const;
  // Whether a person other than referent `r`, and of a gender a pronoun of `gender` fits, opens
  // a clause of its own between `r` and `before_token`: the name follows a conjunction and a
  // verb, a clitic or a lower-case word no table knows follows the name ("Marie Lenoir accélère
  // et Claire Brunet flanche. « … », a-t-elle reconnu"). Such a person is as much the topic as
  // the sentence's subject, and a singular pronoun after them is a guess. Quotations aside.
  bool ClauseSubjectSince(const Scratch::Referent& r, uint32_t before_token, uint8_t gender) const;
  // Whether an organization noun of kind `noun` may refer back to an organization introduced
  // as `org`: either unknown, the same, or both generic (company, institution, ngo, media).
  static bool KindsAgree(uint8_t noun, uint8_t org);
  // "celle-ci", "ce dernier" starting at token `t`: the entity of the last noun phrase
  // before it, in its sentence or the one before, when that phrase is a person's or an
  // organization's mention of compatible gender and number (an organization that completes a
  // noun, "de l'Union africaine", gives -1). A common noun phrase of compatible
  // gender in between ("un avocat", "son mari": a possessive by its number only) or a place is
  // the referent instead: -1; a role in apposition to a person (", la ministre") is that
  // person, a place after à, au or en is passed, and a pronoun is its referent. A participle
  // phrase right before it ("Interrogé par X, ce dernier") is skipped: X is not the referent.
  int32_t ResolveLatter(uint32_t t, uint8_t gender, uint8_t number) const;
  // "Le premier" (`second` false) or "le second" (true) at token `t` of gender `gender`: the
  // first or second person by first mention when exactly two people are named from the start of
  // the nearest earlier sentence naming anyone (kMaxOneOfTwoSentencesBack) to `t`, outside
  // quotations, in the same paragraph, the one taken up agreeing in gender; else -1.
  // (resolve.cpp)
  int32_t ResolveOneOfTwo(uint32_t t, bool second, uint8_t gender) const;
  // The grammatical gender of the organization mention starting at token `first`: its
  // determiner's (le, la, du), else its head cue noun's (l'Union: feminine); kUnknown.
  uint8_t OrganizationGender(uint32_t first) const;
  // The complement of role noun `n` inside [n, e): from its first de/du/des/au token (after
  // adjectives: "secrétaire général de la CGT") to `e`; empty when the noun stands alone.
  Span RoleComplement(uint32_t n, uint32_t e) const;
  // The token of Analysis::roles[i]'s noun with word-table entry `word`, kNone when its span
  // holds none. (resolve.cpp)
  uint32_t RoleNounOf(size_t i, uint32_t word) const;
  // Whether role nouns `n` (phrase ending before `e`) and `m` (before `f`) are told apart by
  // the adjectives right after them: both have one, and they differ ("l'entraîneur lorientais"
  // is not "l'entraîneur finistérien"; "le ministre" and "le ministre français" may be one).
  // (resolve.cpp)
  bool OtherAdjectiveAfter(uint32_t n, uint32_t e, uint32_t m, uint32_t f) const;
  // Whether an earlier role phrase with complement `theirs` may be the holder of a role whose
  // complement is `ours`: `ours` is empty ("le ministre"), or its words (determiners aside)
  // begin `theirs` ("le porte-parole de la mairie" and "porte-parole de la mairie de Lyon",
  // not "le porte-parole de la famille" and "porte-parole de Microsoft").
  bool SameRoleComplement(Span ours, Span theirs) const;
  // The complement of role noun `word` in Analysis::roles[i] (see RoleComplement); false when
  // the role's text does not hold that noun.
  bool RoleNounComplement(size_t i, uint32_t word, Span* complement) const;
  // Whether Analysis::roles gives `person` the role noun `word` of something other than
  // complement `ours` ("directeur de la chaîne" against "des rédactions du journal").
  bool HoldsOtherRole(int32_t person, uint32_t word, Span ours) const;
  // Whether the text gave `person` a role before token `before_token`: a role coreference found
  // (Analysis::roles: "le procureur Jean Roux", "Jean Roux, procureur") or a referent's role in
  // apposition. (resolve.cpp)
  bool HasRole(int32_t person, uint32_t before_token) const;
  // Whether the claims read token `t`'s sentence from `t` (Scratch::sentences): the first token
  // after a dateline counts as a sentence's first.
  bool ReadFrom(uint32_t t) const { return s_.sentences[a_.SentenceOfToken(t)].first_token == t; }
  // Whether mention `x` lies in a dateline the claims read past (Scratch::sentences): the
  // place and agency of "PARIS (AFP) – …" say where and by whom the text was written; no
  // later noun or pronoun takes them up, and they are no rival of who does.
  bool InDateline(const Mention& x) const {
    return x.first_token < s_.sentences[x.sentence].first_token;
  }
  // Whether byte `at` lies inside a role span coreference found (Analysis::roles, the
  // kMaxRolesScanned nearest that begin before it). (resolve.cpp)
  bool InRoleSpan(uint32_t at) const;
  // Whether the subject of referent `r` governs an active verb: the first verb after it (past
  // an apposition between commas, clitics and ne) is neither a form of être nor avoir + été.
  // False when no verb is found. (resolve.cpp)
  bool ActiveSubject(const Scratch::Referent& r) const;
  // Whether the noun phrase at `t` may name an organization no mention covers: a capitalized
  // word (not a determiner or pronoun), or an organization noun after its determiner and a
  // prenominal adjective, with no organization named in its complements before the verb.
  // (resolve.cpp)
  bool MayBeOrganization(uint32_t t) const;
  // Whether a role noun after a determiner, with no name after it and no role coreference
  // ties to anyone, stands between referent `r` (its own role span aside) and `before_token`,
  // outside quotations: someone brought in unnamed, who could be the description of `gender`
  // (kUnknown: any). One of another gender is not ("Elle a estimé que le prévenu savait. …, a
  // lancé la magistrate"); a masculine plural may hold women ("des agriculteurs. L'éleveuse").
  // (resolve.cpp)
  bool UnnamedRoleSince(const Scratch::Referent& r, uint32_t before_token, uint8_t gender) const;
  // The first token starting at or after byte `byte` of the analysis text.
  uint32_t TokenAtByte(uint32_t byte) const {
    return static_cast<uint32_t>(
        std::lower_bound(tok_, tok_ + n_, byte,
                         [](const Token& t, uint32_t x) { return t.begin < x; }) -
        tok_);
  }
  // Records `sp` (a sentence subject or a speaker) as a referent for later pronouns and nouns,
  // in token order. Empty `sp`: nothing. `subject_of` (null for a speaker): the sentence whose
  // subject phrase `subject` holds `sp`; the subject of a reporting verb there is animate
  // whatever its noun ("Sa rivale a répliqué."), as a speaker is (SubjectOfReportingVerb).
  void AddReferent(Span sp, int32_t entity, uint8_t gender, uint8_t number, Span role, bool speaker,
                   bool source, const Sentence* subject_of = nullptr, Span subject = {});
  // Whether sentence subject `subj` governs an active reporting verb ("Sa rivale a aussitôt
  // répliqué", with or without a claim): its first verb, or the participle after its auxiliary.
  bool SubjectOfReportingVerb(Span subj, const Sentence& s) const;
  // Whether `name` is two or three capitalized words no list knows, no mention, no known word
  // ("Olusegun Adeyemi"), followed by a verb: a full name the entity stage missed. (DoSentence
  // asks it of a subject that is the name alone, or after a person's noun: PersonWordBefore;
  // "le stade Olusegun Adeyemi" names a stadium.)
  bool UnknownFullName(Span name) const;
  // Whether the lower-case word before token `t` is a title, role or nationality word (evidence
  // classes): "le chanteur ukrainien | Wassyl Slipak", "le président du club | …".
  bool PersonWordBefore(uint32_t t) const;
  // Whether noun phrase `phrase` is headed by a role noun of the person it names (after its
  // determiners and at most an adjective; not one held for someone else: kRelational).
  bool HeadIsRole(Span phrase) const;
  // Whether token `t` is a civility (M., Mme, Dr: the evidence class; without token features,
  // an abbreviation the word table calls a role).
  bool Civility(uint32_t t) const {
    if (features_ != nullptr) return (features_->at[t].rule_classes & Evidence::kCivility) != 0;
    return tok_[t].has(kAbbreviation) && Is(t, kRole);
  }
  // The gender of person entity `e` from its first name; kUnknown otherwise.
  uint8_t EntityGender(int32_t e) const;
  // Whether token `t` is a civility (M., Mme …) whose gender is known and is not `gender`
  // (itself known): "Mme" before a man's surname.
  bool OtherGenderCivility(uint32_t t, uint8_t gender) const {
    const WordInfo* w = Info(t);
    return Civility(t) && w != nullptr && w->gender != kUnknown && gender != kUnknown &&
           w->gender != gender;
  }
  // Whether the name opening at token `h` follows, in its sentence, such a civility.
  bool AfterOtherGenderCivility(uint32_t h, uint8_t gender) const {
    return h > s_.sentences[a_.SentenceOfToken(h)].first_token &&
           OtherGenderCivility(h - 1, gender);
  }
  // The entity of the mention covering token `t`, or -1.
  int32_t MentionEntity(uint32_t t) const {
    return t < n_ && s_.mention[t] >= 0 ? static_cast<int32_t>(a_.mentions[s_.mention[t]].entity)
                                        : -1;
  }
  // The word-table entry of the noun of Analysis::roles[i] (see Prepare()).
  uint32_t RoleWord(size_t i) const { return s_.role_words[i]; }
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

  // ---- speaker entities (speaker_entities.cpp) ----
  // Whether tokens [b, e), after a document or medium noun, are a capitalized title: capitalized
  // words joined by de/du/des (an article after de), no person inside, at most kMaxNameTokens
  // ("La Gazette de Lyon", "La Voix de l'Est").
  bool TitleAfterNoun(uint32_t b, uint32_t e) const;
  // The full name whose last word is the capitalized word at `h`, given earlier in the text
  // with first names no list knows (no mention, no known word, no all-capital word): "Olusegun
  // Adeyemi" for a later "Adeyemi". Empty: none within kMaxRoleNounBack tokens.
  Span EarlierFullName(uint32_t h) const;
  // A mention of `entity` over tokens [b, e), found by `via` (a static string).
  Mention MentionOf(uint32_t entity, uint32_t b, uint32_t e, std::string_view via) const;
  // Inserts `m` into Analysis::mentions in token order (the token index is not updated:
  // IndexMentions).
  void InsertMention(const Mention& m);
  // Adds a mention [b, e) of `entity` (a name repeated), keeping the mentions sorted and the
  // token index current; none when a token of [b, e) is already a mention's.
  void AddSpeakerMention(int32_t entity, uint32_t b, uint32_t e);

  // A speaker phrase no entity stage named becomes an entity when it is a name (person or
  // organization), a named organization noun, or a document's author. Returns the entity, or
  // -1 (a description, a pronoun, a role noun, or the kMaxSpeakerEntities budget spent).
  int32_t NameSpeaker(Span sp, bool definite);
  // Adds an entity of `type` named by tokens [b, e), one mention there (taking in the mentions
  // inside), and mentions of the same words elsewhere. Returns it, or -1 (budget spent).
  int32_t AddSpeakerEntity(uint32_t b, uint32_t e, EntityType type);

  const Data& d_;
  std::string_view text_;
  Analysis& a_;
  Scratch& s_;
  // The analysis's tokens, fixed for the extractor's life (no stage adds tokens): read through
  // a pointer member, with no vector to go through at every token test.
  const Token* const tok_;
  // The token count, fixed for the extractor's life (no stage adds tokens): the bounds test of
  // every token test above, read from a member instead of divided out of the vector's byte size.
  const size_t n_;
  // Scratch::cls's data, set by Prepare once it is sized (Cls reads it).
  const uint64_t* cls_ = nullptr;
  const TokenFeatures* features_;                // may be null
  const std::vector<const Lexicon*>* lexicons_;  // may be null
  std::string& fold_;  // FoldKey buffer (Scratch::fold: kept across documents)
  // Entities made from speakers (NameSpeaker): renumber at the end; how many (budget).
  bool entities_added_ = false;
  size_t speaker_entities_ = 0;
  // The claim of "comme le rapporte X" in the current sentence (index into claims), or -1: a
  // claim inside its content reaches us through X instead (Chains).
  int64_t as_reported_ = -1;
  // Document nouns being resolved through their sender (Resolve), at most kMaxDocumentHops.
  mutable uint32_t document_hops_ = 0;
  // The first token a trailing marker's content may start at in the current sentence: after the
  // previous marker's source phrase ("A, selon X, B, selon Y": Y's content is B, not A … B),
  // which keeps the contents of N markers linear in N.
  uint32_t marker_floor_ = 0;
  // The content of the claim whose speaker Emit is resolving (empty otherwise): a role or
  // description noun never takes up a person named inside it ("Paul Morel avait été condamné,
  // a rappelé le juge" is no word of Paul Morel's). A pronoun may ("X sera candidat, a-t-il
  // annoncé").
  Span resolving_content_{};
  // The verb VerbClaim is emitting for continues words already reported (frame c: ajouter,
  // poursuivre): Emit leaves a pronoun unresolved when it would take up someone other than
  // the speaker of the paragraph's last claim ("Selon X, Y a menti. Il a ajouté …": X or Y).
  bool continues_ = false;
  bool InResolvingContent(uint32_t t) const {
    return t >= resolving_content_.b && t < resolving_content_.e;
  }
  // Whether organization `e` is an outlet: the text called it one before token `before` ("le
  // quotidien Le Parisien") or its lexicon entry says so. A medium noun ("le journal") takes
  // up no other organization: "Renault a annoncé … Le journal affirme" is another outlet.
  bool Medium(int32_t e, uint32_t before) const {
    return IntroducedKind(e, before) == kOrgMedia || KnownMedium(e);
  }
  // Whether entity `e` is an outlet by its lexicon entry (kind=media: Le Monde, RMC).
  bool KnownMedium(int32_t e) const {
    const int flags = LexiconFlags(e);
    return flags >= 0 && (flags & kEntryMedia) != 0;
  }
  // Whether entity `e` is a place the lexicons know as something other than a town: its entry
  // is not kind=commune, city or district (the Tour Eiffel, a site; a region; a country). Every
  // place entry of the shipped lexicons has a kind; a place no lexicon knows may be a town.
  bool KnownNonTown(int32_t e) const {
    const int flags = LexiconFlags(e);
    return flags >= 0 && (flags & kEntryTown) == 0;
  }
  // The LexiconEntryFlags of entity `e`'s lexicon entry, or -1 when no lexicon gave it.
  int LexiconFlags(int32_t e) const {
    if (e < 0 || lexicons_ == nullptr) return -1;
    const Entity& x = a_.entities[e];
    if (x.lexicon < 0 || static_cast<size_t>(x.lexicon) >= lexicons_->size()) return -1;
    return (*lexicons_)[x.lexicon]->EntryFlags(x.entry);
  }
  // Index in Scratch::triggers of the first trigger after the sentence DoSentence last read.
  size_t next_trigger_ = 0;
};

}  // namespace selon::claims
