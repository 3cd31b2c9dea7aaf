// The loaded tables of the claims stage (lexicons/cues/ and the gender evidence), shared by
// lexicon.cpp (loading) and the extractor (extractor.h and the algorithm files).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claims.h"
#include "evidence.h"
#include "internal/flat_table.h"
#include "selon/tokenizer.h"

namespace selon::claims {

// The em dash that opens an attribution line ("— Paul Morel, maire de Brest"), the signature
// of a pull quote (Extractor::AttributionLineAfter).
constexpr std::string_view kEmDash = "\u2014";

// Endings of French nouns of inhabitants (le Niçois, la Lyonnaise, le Toulousain, l'Italienne),
// folded: a definite singular "le Niçois" is a person described by a town, no organization.
constexpr std::string_view kInhabitantSuffixes[] = {"ois",  "oise", "ais",   "aise", "ain",
                                                    "aine", "ien",  "ienne", "een",  "eenne"};

// Word classes (bits). A folded token key can carry several.
enum WordClass : uint64_t {
  kAuxAvoir = uint64_t{1} << 0,
  kAuxEtre = uint64_t{1} << 1,
  kAdv = uint64_t{1} << 2,        // adverbs that may sit inside a verb group or before a complement
  kInsert = uint64_t{1} << 3,     // words of inserted phrases inside a verb group (pour sa part)
  kNeg = uint64_t{1} << 4,        // ne, n'
  kNegPart = uint64_t{1} << 5,    // pas, jamais, …
  kSubj = uint64_t{1} << 6,       // subject pronouns, including inverted clitics (-t-il)
  kStress = uint64_t{1} << 7,     // lui, eux, elle(s) after selon / pour
  kObjClitic = uint64_t{1} << 8,  // pre-verbal object clitics
  kDet = uint64_t{1} << 9,
  kIndef = uint64_t{1} << 10,  // certains, d'autres, beaucoup
  kQue = uint64_t{1} << 11,
  kSi = uint64_t{1} << 12,
  kDe = uint64_t{1} << 13,
  kA = uint64_t{1} << 14,    // à
  kAu = uint64_t{1} << 15,   // au, aux
  kRel = uint64_t{1} << 16,  // qui, dont, …
  kPrep = uint64_t{1} << 17,
  kConj = uint64_t{1} << 18,
  kInfo = uint64_t{1} << 19,  // nouns of documents and sources (lettre, communiqué, étude)
  kNonHuman = uint64_t{1} << 20,
  kInfinitive = uint64_t{1} << 21,
  kRole = uint64_t{1} << 22,       // role and title nouns (porte-parole, ministre)
  kOrgNoun = uint64_t{1} << 23,    // nouns that refer to an organization (société, groupe)
  kCueForm = uint64_t{1} << 24,    // an inflected form of a reporting verb (first token of a form)
  kMarker = uint64_t{1} << 25,     // first token of a non-verbal cue
  kPoss = uint64_t{1} << 26,       // possessive determiners (son, leur)
  kPlaceNoun = uint64_t{1} << 27,  // nouns that refer to a place (la ville, ce pays)
  // Single words and small sets the algorithms test by name (words.tsv; README):
  kSubordBeforeQue = uint64_t{1} << 28,  // tandis, alors, parce, dès … before que: a conjunction
  kComme = uint64_t{1} << 29,            // comme (comme le rapporte X; comme l'a dit X)
  kSe = uint64_t{1} << 30,               // se, s' (reflexive; s' also elided si: s'il)
  kEte = uint64_t{1} << 31,              // été: makes a compound participle passive
  kCoord = uint64_t{1} << 32,            // et, mais: may join a clause with its own subject
  kEt = uint64_t{1} << 33,               // et: joins two speakers into a plural one
  kClauseConj = uint64_t{1} << 34,       // car, mais, donc after a comma: another clause
  kImpersonal = uint64_t{1} << 35,       // y, faut, semble … after an impersonal il
  kAgit = uint64_t{1} << 36,             // agit, agissait (il s'agit)
  kIndefArticle = uint64_t{1} << 37,     // un, une, des: an indefinite phrase
  kDu = uint64_t{1} << 38,               // du (de + le)
  kDes = uint64_t{1} << 39,              // des (de + les, or the indefinite plural)
  kEn = uint64_t{1} << 40,               // en before a date (en novembre 2016)
  kLe = uint64_t{1} << 41,               // le before a date (le 3 mars) or in "le fait que"
  kSur = uint64_t{1} << 42,              // sur (sur le fait que)
  kFait = uint64_t{1} << 43,             // fait (le fait que)
  kPar = uint64_t{1} << 44,              // par: the agent of a passive or a document
  kInfIntro = uint64_t{1} << 45,         // avant (de), afin (de), pour: a non-finite cue follows
  kAdvPhrase = uint64_t{1} << 46,        // suite, fois, reprises …: an adverbial phrase (par la
                                         // suite, une nouvelle fois) inside a verb group
  kWork = uint64_t{1} << 47,    // film, émission, surnommé …: a quotation after it is a title
  kPeople = uint64_t{1} << 48,  // proches, entourage, dires …: selon + possessive + a source
  // Semi-auxiliaries before à/de + an infinitive cue: tenir à, venir de (a tenu à rappeler).
  kSemiAux = uint64_t{1} << 49,
  // Semi-auxiliaries before a bare infinitive cue: vouloir (a voulu rappeler).
  kSemiAuxBare = uint64_t{1} << 50,
  // dire: "vouloir dire" means to mean, no saying.
  kMeanAfterVouloir = uint64_t{1} << 51,
  // permettre: "a permis à X de déclarer que …" is X's claim.
  kEnabler = uint64_t{1} << 52,
  // Plural auxiliaries (ont, avaient, sont …): an inverted subject must agree.
  kPluralAux = uint64_t{1} << 53,
  // Role nouns that speak for someone else (porte-parole, avocat, entourage): never the last
  // person named, only the holder the text gives.
  kRelational = uint64_t{1} << 56,
  // Conjunctions that open a fronted clause before the subject: "S'il ne renie rien, il …",
  // "Quand elle est arrivée, la ministre …" (si counts only before a subject pronoun).
  kFrontedSubord = uint64_t{1} << 57,
  // Nationality adjectives (evidence/demonyms.tsv, lower case): "le ministère norvégien" names
  // an institution, as a complement would.
  kDemonym = uint64_t{1} << 58,
  // Words that never name a speaker on their own: c', ceci, cela, ça.
  kNoSpeaker = uint64_t{1} << 59,
  // The latter: celui-ci, celle-ci, (ce) dernier, (cette) dernière: the last noun phrase named.
  kLatter = uint64_t{1} << 60,
  // The last word of an inserted phrase: pour sa part, de son côté, à son tour.
  kInsertEnd = uint64_t{1} << 61,
  // Relative pronouns that are never the subject of their clause (dont, où): the verb after
  // them has its own subject, often inverted ("où a été diffusé un clip").
  kNonSubjectRel = uint64_t{1} << 54,
  // ce as the antecedent of a relative: "C'est ce qu'a annoncé X" attributes what was said
  // just before.
  kCleft = uint64_t{1} << 55,
  // Participles that name who relayed a speaker's words: "cité par Le Monde" (via).
  kRelay = uint64_t{1} << 62,
  // Participles that name whom a speaker spoke to: "interrogé par l'AFP" (addressee).
  kInterviewed = uint64_t{1} << 63,
};

// The single-word classes: an entry that carries nothing but these was made for them alone,
// and counts as no entry where the algorithms ask whether a word is known (Extractor::Known).
constexpr uint64_t kWordLiterals =
    kSubordBeforeQue | kComme | kSe | kEte | kCoord | kEt | kClauseConj | kImpersonal | kAgit |
    kIndefArticle | kDu | kDes | kEn | kLe | kSur | kFait | kPar | kInfIntro | kAdvPhrase | kWork |
    kPeople | kSemiAux | kSemiAuxBare | kMeanAfterVouloir | kRelational | kFrontedSubord |
    kDemonym | kNoSpeaker | kLatter | kInsertEnd | kNonSubjectRel | kCleft | kRelay | kInterviewed;

// Gender and number codes.
enum : uint8_t { kUnknown = 0, kMasc = 1, kFem = 2 };
enum : uint8_t { kSing = 1, kPlur = 2 };

// Frames of a reporting verb (lemmas.tsv).
enum Frame : uint32_t {
  kFrameQue = 1 << 0,
  kFrameSi = 1 << 1,
  kFrameDe = 1 << 2,
  kFrameInf = 1 << 3,
  kFrameA = 1 << 4,
  kFrameObjDe = 1 << 5,
  kFrameObjQuote = 1 << 6,
  kFrameParen = 1 << 7,
  kPronominalOnly = 1 << 8,
  kPronominal = 1 << 9,
  kFrameObjA = 1 << 10,     // an object then à + infinitive (appeler X à)
  kFrameVoiced = 1 << 11,   // a claim only with a quotation in its content (penser, croire)
  kFrameDeQuote = 1 << 12,  // de (+ a determiner) then a quotation: parler d'« un jour noir »
  // An attribute then que or de + infinitive: juger inacceptable que, estimer nécessaire de
  // (the content opens at the attribute).
  kFrameAttribute = 1 << 13,
  // The verb goes on with words already reported (ajouter, poursuivre, renchérir): a pronoun
  // subject that would take up someone other than the last claim's speaker is a guess.
  kContinues = 1 << 14,
  kFrameSurQuote = 1 << 15,  // sur (+ a determiner) then a quotation: ironiser sur « … »
  // Causative: the addressee is the one made to say ("X fait dire à Y que …": Y speaks).
  kCausative = 1 << 16,
  // An object then que: informer X que, prévenir X que (the object is the addressee).
  kFrameObjQue = 1 << 17,
  // An object then par and a quotation: expliquer X par « … », justifier X par « … » (the
  // quotation is the reason given, in the speaker's words).
  kFrameParQuote = 1 << 18,
};

// Tags of a form (forms.tsv).
enum FormTag : uint8_t { kFinite = 1, kPastParticiple = 2, kGerund = 4, kInfinitiveForm = 8 };

// kReading: "on peut lire", "peut-on lire", "on apprend": a document says it (ReadingClaim).
enum class MarkerKind : uint8_t { kAccordingTo, kInitialFor, kAsReported, kCredit, kReading };

struct Lemma {
  std::string name;
  uint32_t frames = 0;
};

struct CueForm {
  uint32_t lemma = 0;
  uint8_t tags = 0;
  uint8_t rest_count = 0;   // further tokens of a multiword form (fait savoir)
  uint32_t rest_begin = 0;  // into Data::rest_keys
};

struct Marker {
  MarkerKind kind = MarkerKind::kAccordingTo;
  std::string name;  // the phrase as written ("d'après")
  uint8_t rest_count = 0;
  uint32_t rest_begin = 0;
};

// What kind of organization an organization noun names (evidence/org_cues.tsv, column kind).
// The specific kinds (from kOrgUnion on) never refer back to an organization the text
// introduced as another kind: "le syndicat" after "la société Orvane" is not Orvane.
enum : uint8_t {
  kOrgKindUnknown = 0,
  kOrgCompany,
  kOrgInstitution,
  kOrgNgo,
  kOrgMedia,
  kOrgUnion,  // the first specific kind
  kOrgParty,
  kOrgArmedGroup,
  kOrgReligion,
  kOrgSport,
  kOrgEducation,
  kOrgForce,    // la police, l'armée, la gendarmerie: only one named with the same noun
  kOrgJustice,  // le parquet, le tribunal, la cour: the same
  kOrgState,    // la préfecture, la mairie, le ministère, le gouvernement: the same
};

// What a place noun names (evidence/place_cues.tsv, column kind), as far as taking up a place
// goes: "la ville" never takes up a country, "le pays" only a country.
enum : uint8_t {
  kPlaceKindOther = 0,  // region, island, water, site…: any place
  kPlaceTown,           // city, district
  kPlaceCountry,        // country
};

// Most cue forms or markers one word-table entry may have (WordInfo's 16-bit counts).
inline constexpr uint32_t kMaxWordEntries = 0xFFFF;

struct WordInfo {
  uint64_t classes = 0;                          // WordClass bits
  uint8_t gender = kUnknown, number = kUnknown;  // pronouns, determiners, role/org nouns
  uint8_t org_kind = kOrgKindUnknown;            // organization nouns (kOrgNoun)
  uint8_t place_kind = kPlaceKindOther;          // place nouns (kPlaceNoun)
  bool title = false;   // a role noun that is an official post (titles_roles.tsv category title)
  bool former = false;  // "ancien", "ex": before a title, a past post (words.tsv class former)
  // "premier", "actuel": a rank or time before a role noun ("premier vice-président"), which
  // keeps the phrase a role in apposition (words.tsv class rank).
  bool rank = false;
  // "enfants", "visiteurs": a group "pour" names as whom something is for, not as a source:
  // "Pour les enfants, l'entrée reste gratuite" (words.tsv class beneficiary).
  bool beneficiary = false;
  // "notre", "nos": the newspaper's own voice. "Selon nos informations" is the narrator's
  // statement, no claim (words.tsv class narrator).
  bool narrator = false;
  // "ce", "cet", "cette", "ces": a demonstrative points at the nearest fitting noun phrase
  // ("ce pays" after "… à la Turquie"), where "le pays" needs the only one in view
  // (words.tsv class demonstrative).
  bool demonstrative = false;
  // "auprès": with de/du/des, a compound preposition of address read as à: "a déclaré auprès
  // de l'AFP le maire" (words.tsv class address).
  bool address = false;
  // "ayant", "étant": an auxiliary's participle, no finite verb; a participle looking back for
  // the nearest verb's subject passes it (words.tsv class nonfinite).
  bool nonfinite = false;
  // "telle", "nouvelle", "même": an adjective that stands between a determiner and its noun;
  // a reporting-verb form after both is the noun: "une telle demande", "la nouvelle annonce"
  // (words.tsv class prenominal).
  bool prenominal = false;
  // "lundi", "hier", "janvier": a time that ends a noun phrase after its noun ("a affirmé l'ONU
  // lundi") (words.tsv class time).
  bool time = false;
  // "issue", "sortie", "cours": a noun that makes "à l'issue de", "à la sortie de", "au cours
  // de" a compound preposition of time or place, no addressee after a reporting verb
  // ("a déclaré à la sortie du tribunal") (words.tsv class circumstance); likewise a noun
  // naming what the speaker answers or reacts to ("a répondu aux critiques", "a réagi à
  // l'annonce") (words.tsv class stimulus).
  bool circumstance = false;
  // "varient", "classés", "déroulée": a verb of variation or arrangement; a "selon" right after
  // it says how, not who ("Les prix varient selon les régions") (words.tsv class varies).
  bool varies = false;
  // "intéressé", "intéressée": after a definite article ("l'intéressé"), the person the
  // paragraph is about: its last person subject or speaker, as with a demonstrative
  // (words.tsv class concerned, with the noun's gender).
  bool concerned = false;
  // "manqué", "manque": a semi-auxiliary (semi_aux) that makes a saying only when negated: "n'a
  // pas manqué de rappeler que", "ne manque pas de souligner" (a litotes); "a manqué de dire"
  // is no saying (words.tsv class litotes).
  bool litotes = false;
  // "très", "plus", "trop": a degree adverb; a verb form right after it is an adjective ("s'est
  // montrée plus critique :", "reste très réservé") (words.tsv class degree).
  bool degree = false;
  // "pourquoi", "comment", "combien": an interrogative opening an indirect question, read as si
  // after a verb of frame s ("se demande pourquoi …") (words.tsv class interrogative).
  bool interrogative = false;
  // "plus", "moins", "aussi", "mieux", "tel": a comparative; a que a few words after it ends
  // the comparison ("plus tôt que prévu", "un désaveu plus fort que prévu", "des pays tels
  // que …") and opens no content (words.tsv class comparative).
  bool comparative = false;
  // "auteur", "compositeur": the maker of a work; "auteur de « … »" quotes a title, no words
  // said (words.tsv class author, with class work; quotes.cpp).
  bool author = false;
  // "juge", "policier", "médecin", "secouriste", "arbitre": a role held toward the people a story
  // is about, who are judged, arrested, treated or refereed by its holder. Without a name tied to
  // it, a definite one takes up the paragraph's last person only when the text gave that person
  // a role ("Le procureur Jean Roux … le magistrat"), never a person named bare, whom the holder
  // deals with ("Paul Morel a été condamné. Le juge a estimé …" is someone else) (words.tsv
  // class interlocutor; resolve.cpp).
  bool interlocutor = false;
  // "l'accusé", "le blessé", "la victime", "le suspect": someone an action was done to. Without a
  // name tied to it, a definite one takes up the paragraph's last person only when that person
  // spoke or underwent something (a passive, être); the subject of an active verb is the one
  // who did it ("Paul Morel a accusé son voisin. L'accusé a affirmé …" is the neighbour)
  // (words.tsv class patient; resolve.cpp).
  bool patient = false;
  // "dans", "sous", "devant": a preposition of place only; the noun phrase it governs is where
  // something happened, never the one "ce dernier" takes up as a speaker (words.tsv class
  // locative; resolve.cpp, ResolveLatter).
  bool locative = false;
  // "plaignant", "requérant": a description of who acted, the subject of the active verb before
  // it ("Paul Morel a assigné Jean Roux. Pour le plaignant, …"), even with the other person named
  // since (words.tsv class agentive; resolve.cpp, ResolveRole).
  bool agentive = false;
  // "côté": a noun that opens a fronted phrase up to its comma as a preposition does ("Côté
  // irlandais, Andy Farrell s'est montré critique": the subject is after the comma). Only at
  // the head of a sentence; elsewhere it stays a noun (words.tsv class fronting; subjects.cpp,
  // SentenceSubject).
  bool fronting = false;
  // "mairie", "municipalité", "ville", "commune": the town speaking as a body. With "de" and a
  // town's name it is that town ("la mairie de Lyon a annoncé …": Lyon); alone, definite and
  // singular, the one town in view, as "la ville" is (words.tsv class town_body; resolve.cpp,
  // Resolve).
  bool town_body = false;
  // "ainsi": with class subord_before_que, "ainsi que" is a conjunction, but one that joins a
  // phrase to the one before it as "et" does; a content runs on over ", ainsi que …" ("accusée
  // de nuire à l'environnement, ainsi que de « … »"), where ", alors que …" ends it (words.tsv
  // class joining; content.cpp, ClauseEnd).
  bool joining = false;
  // "son", "sa", "ses": a possessive whose owner is one third person; "son communiqué", "ses
  // calculs" are the document of whom the text was about, as "il" or "elle" would be
  // (words.tsv class owner_singular; resolve.cpp, Resolve).
  bool owner_singular = false;
  // "document", "texte": a document noun of any kind; "le document" takes up the document an
  // earlier sentence named with another noun ("L'ONU a publié un rapport. Le document affirme
  // …": the ONU's) (words.tsv class any_document; resolve.cpp, Resolve).
  bool any_document = false;
  // "le premier", "la première" / "le second", "la seconde": alone after a definite article, the
  // first or the second of exactly two people named since the nearest sentence before that
  // names anyone ("Paul Morel et Marc Lenoir … Le premier accuse le second …") (words.tsv
  // classes first_of_two, second_of_two; resolve.cpp, ResolveOneOfTwo).
  bool first_of_two = false, second_of_two = false;
  // The folded form of two written words ClassesOf tells apart by the text: a (a/à), ou (ou/où),
  // des (des/dès); a negation (ne/né) is told by its class. Set by Data::Freeze.
  bool folds_apart = false;
  uint32_t forms_begin = 0, markers_begin = 0;  // into Data::forms, Data::markers
  // (16 bits: a word has a few forms and markers; the loaders check kMaxWordEntries.)
  uint16_t forms_count = 0, markers_count = 0;
};

}  // namespace selon::claims

namespace selon {

struct ClaimExtractor::Data {
  // Every word's key to its index in `words`, for per-token lookups; filled while loading, a
  // word at a time (ids follow first use), in place: no loading index beside it, no copy of the
  // keys (a flat slot array, where a node per word cost four times more).
  internal::FlatKeyTable<uint32_t> table;
  std::vector<claims::WordInfo> words;
  std::vector<claims::CueForm> forms;
  std::vector<claims::Marker> markers;
  std::vector<std::string> rest_keys;
  // Per rest key, its index in `table` (kNone: not a word of the table), made by Freeze(): a
  // token's key equals a rest key that has one exactly when the token's word index is that one.
  std::vector<uint32_t> rest_words;
  // The French names of countries (evidence/demonyms.tsv, column country), folded and sorted:
  // which places "le pays" may take up and "la ville" may not.
  std::vector<std::string> country_keys;
  std::vector<claims::Lemma> lemmas;
  // The first names and their gender (the pipeline's, set by UseEvidence; null: none known).
  const Evidence* evidence = nullptr;

  static constexpr uint32_t kNone = 0xFFFFFFFF;
  uint32_t Find(std::string_view key) const { return Find(key, table.Hash(key)); }
  uint32_t Find(std::string_view key, uint64_t hash) const {
    const uint32_t* word = table.Find(key, hash);
    return word == nullptr ? kNone : *word;
  }
  // Makes rest_words from `table` and sets WordInfo::folds_apart; call once loading is done.
  void Freeze() {
    rest_words.clear();
    rest_words.reserve(rest_keys.size());
    for (const std::string& key : rest_keys) rest_words.push_back(Find(key));
    std::string ou;
    FoldKey("o\xC3\xB9", &ou);  // où
    for (const std::string_view key :
         {std::string_view("a"), std::string_view(ou), std::string_view("des")})
      if (const uint32_t w = Find(key); w != kNone) words[w].folds_apart = true;
  }
};

}  // namespace selon
