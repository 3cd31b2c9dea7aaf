// Named limits of the claims stage: every window, budget and length bound its algorithms use,
// with the reason for its value. French attribution is local, so every scan is bounded: a
// bound long enough for news prose keeps a pathological document (a 10,000-token sentence, a
// paragraph of a thousand names) linear. Bounds marked (safety) were added where a scan had
// none; they are far above anything the development corpora reach (changing them changes no
// output there).
#pragma once

#include <cstddef>
#include <cstdint>

namespace selon::claims {

// A prepositional phrase after a marker's source, up to its comma: "Selon les résultats parus
// dans la nuit de mercredi à jeudi, …".
constexpr uint32_t kMaxMarkerPhraseTokens = 10;
// A footnote mark between a closing quote and its comma: "[2]", "[réf. 3]".
constexpr uint32_t kMaxFootnoteTokens = 4;

// A quoted name after a preposition (pour « Jean Dupont »): at most this many tokens.
constexpr uint32_t kMaxQuotedNameTokens = 4;

// ---- verb groups (verb_group.cpp) ----
// Tokens back from a past participle to its auxiliary: "a-t-il pour sa part commenté".
constexpr int64_t kMaxAuxiliaryGap = 7;
// A comma-delimited insert between auxiliary and participle: "a, lors d'une conférence de
// presse, affirmé".
constexpr int64_t kMaxCommaInsertTokens = 12;
// An adverbial phrase between a verb and its complement, after its preposition: "à plusieurs
// reprises", "par la suite", "entre autres".
constexpr uint32_t kMaxAdverbialPhraseTokens = 3;
// "a répondu quelques heures plus tard que", "a déclaré la semaine dernière que": the words of
// a time phrase between a verb group and its complement (TimePhraseEnd).
constexpr uint32_t kMaxTimePhraseTokens = 5;
// A participle after et back to the compound cue whose auxiliary it shares, across its object
// (a quotation counts as one step): "a exprimé « … » et salué".
constexpr uint32_t kMaxCoordinatedParticipleBack = 12;
// Pre-verbal clitics and negation in a row: "ne le lui a pas dit" has three. (safety)
constexpr int64_t kMaxCliticRun = 8;

// Words of an inserted phrase before an inverted subject: "pour sa part", "de son côté".
constexpr uint32_t kMaxInsertTokens = 3;
// Tokens from a quotation's closing mark to the pronoun that attributes it: "» , a-t-il ajouté"
// (QuotationContinuesSpeaker).
constexpr uint32_t kMaxQuoteToPronounTokens = 5;
// A restrictive relative clause between a subject and its verb, from "qui" to the noun phrase
// before the verb: "Un proche qui connaît bien Paul Morel | affirme …".
constexpr uint32_t kMaxRelativeClauseTokens = 12;
// A relative "qui" after a chain of complements ending on a place ("le chef de mission de MSF
// pour la Syrie, qui considère"): its antecedent is the chain's head, French attaching the
// relative high; at most this many prepositional complements are climbed.
constexpr uint32_t kMaxComplementsClimbed = 4;
// Capitalized words (a civility, a title) between a preposition and the name it governs, in an
// apposition that is a complement: "la formation de Mme Rousseff", "l'épouse du Dr Paul Morel"
// (ApposedAfterDescriptions).
constexpr uint32_t kMaxCivilityTokens = 2;

// ---- content spans (content.cpp) ----
// A parenthesis inside a clause closes within this many tokens, or it ends the clause.
constexpr uint32_t kMaxParenthesisTokens = 20;
// After et/mais: a subject and a reporting verb within this many tokens make another claim.
constexpr uint32_t kMaxCoordinatedVerbGap = 8;
// After et/mais in an infinitive clause: se/ne/clitics before a coordinated verb.
constexpr uint32_t kMaxCliticsAfterConjunction = 4;

// ---- noun phrases and subjects (subjects.cpp) ----
// A short noun phrase: an agent (par X), a name in apposition, the X of ", a déclaré X.".
constexpr uint32_t kMaxShortNPTokens = 8;
// "Le budget baissera, a indiqué X.": the clause before a parenthetical cue needs a verb the
// cue table knows (an auxiliary, a cue form, an infinitive) unless it is at least this long;
// the table knows no other verb, and three words make a clause more often than an adverbial.
constexpr uint32_t kMinVerblessParenContentTokens = 3;
// A subject with all its complements, up to its verb: "La seule usine française de la firme
// américaine de boîtes en plastique X va …" has 13 tokens (MayBeOrganization).
constexpr uint32_t kMaxSubjectPhraseTokens = 20;
// A sentence subject or an inverted subject ("a annoncé le parquet fédéral de Belgique").
constexpr uint32_t kMaxSubjectTokens = 10;
// A clause's subject and verb group before a quotation inside it, in a clause attributed after
// the quotation ("Le suspect a été mis en examen pour « … », a annoncé le parquet": 9 tokens);
// past this, the quotation is far into a long sentence whose clause is no longer sure.
constexpr uint32_t kMaxPredicateQuoteTokens = 16;
// LeftNP walks back at most this many tokens (plus the one that stops it).
constexpr uint32_t kMaxLeftNPTokens = 15;
// A prepositional phrase inside a subject noun phrase ("Des journalistes | sur place |
// rapportent", "Un militant opposé | à la réforme | a crié"): at most this many tokens after the
// preposition.
constexpr uint32_t kMaxInnerPPTokens = 4;
// A parenthesis inside a noun phrase, walking left: "L'agence (ARS) de Bretagne".
constexpr uint32_t kMaxParenthesisInNPTokens = 12;
// A sentence subject's first description goes on past where the phrase walk stopped ("le
// patron du Conseil national | pour la défense de la démocratie (CNDD), …") by at most this
// many tokens before its comma, for a name apposed after it to be the subject.
constexpr uint32_t kMaxDescriptionTailTokens = 16;
// A name in apposition after a description: "Le président américain, Donald Trump,".
constexpr uint32_t kMaxApposedNameTokens = 5;
// The role words before a name in apposition after a description: "…, l'ancienne ministre
// Claire Fontanel" (former, role).
constexpr uint32_t kMaxApposedRoleTokens = 3;
// A description in apposition before the name, in one segment: "…, l'Allemande | Claire
// Vasseur,", "…, actuel président de l'Assemblée, | Paul Garnier,".
constexpr uint32_t kMaxApposedDescriptionTokens = 8;
// Words of a role noun before its complement ("premier ministre de", "maire de").
constexpr uint32_t kMaxRoleWords = 3;
// Adverb and date groups skipped before an inverted subject ("a annoncé aujourd'hui le 3 mars").
constexpr int kMaxInvertedSkips = 3;
// The shortest word two names must share to be one person's ("Gatti" of Armand Gatti and of
// Dante Sauveur Gatti; not "de", "Le").
constexpr size_t kMinSharedNameWord = 3;
// Leading adverbials before a sentence subject ("Dans un entretien, mardi, …"), and their length.
constexpr int kMaxLeadingAdverbials = 2;
constexpr uint32_t kMaxAdverbialTokens = 20;
// A fronted phrase before a subject pronoun: "Originaire de Lyon, elle …".
constexpr uint32_t kMaxFrontedPhraseTokens = 30;
// Comma-separated segments walked back for a name: "X, membre du bureau, faisant part …, a dit".
constexpr uint32_t kMaxApposedSegments = 3;
// A segment that is a name: at most this many tokens.
constexpr uint32_t kMaxNameSegmentTokens = 6;
// Walking left to the comma (or dash) that opens a segment or an insert. (safety)
constexpr uint32_t kMaxSegmentTokens = 200;
// NearestSubject: tokens back to the nearest verb. (safety)
constexpr uint32_t kMaxNearestVerbDistance = 400;
// NearestSubject: back from that verb to its auxiliary.
constexpr uint32_t kMaxVerbGroupBack = 6;

// ---- resolution (resolve.cpp) ----
// How far back resolution looks: referents (pronouns, roles, topics), mentions (organization,
// place and partial-name references).
constexpr size_t kWindow = 256;
// Tokens back to the same role noun followed by a name ("le ministre des Postes, Nestor Dupuis").
constexpr uint32_t kMaxRoleNounBack = 4 * kWindow;
// Roles of Analysis::roles examined per role lookup (the last ones before a phrase; one
// holder's roles with one noun): far more than an article holds, and keeps a huge one linear.
constexpr size_t kMaxRolesScanned = kWindow;
// The name after that role noun, in its sentence, before any verb.
constexpr uint32_t kMaxRoleNameGap = 25;
// ResolveLatter: how far back from a candidate noun phrase its circumstantial preposition may
// stand ("dans | le parking de la gare", "au | poste de directeur du festival de Cannes").
constexpr uint32_t kMaxCircumstanceTokens = 10;
// The head noun of a phrase comes after at most two adjectives: "l'ancien inspecteur".
constexpr uint32_t kHeadNounWindow = 3;
// Sentences back to the one that named the same document ("la lettre").
constexpr uint32_t kMaxDocumentSentencesBack = 64;
// Tokens back, before a "Dans ce courrier, il …" sentence, to a document noun naming its
// author ("une lettre de Jean Durand"): DocumentOfAnother.
constexpr uint32_t kMaxDocumentAuthorBack = kWindow;
// Documents resolved through the subject that named them, in one resolution: "le rapport"
// names the sender of "le nouveau rapport" at most this deep (a chain of N sentences that each
// name the document would otherwise recurse N deep and cost N^2).
constexpr uint32_t kMaxDocumentHops = 2;
// Words of a referent read to decide whether it can speak (a role, an organization, a name).
constexpr uint32_t kAnimacyWindow = 4;
// A word of a name given before ("Shaw" after "Frank Shaw"): at most this many tokens.
constexpr uint32_t kMaxPartialNameTokens = 2;

// ---- speaker entities (speaker_entities.cpp) ----
// A speaker phrase longer than this is a description, not a name.
constexpr uint32_t kMaxNameTokens = 10;
// Each addition costs a pass over the document: a budget keeps a huge one linear.
constexpr size_t kMaxSpeakerEntities = 64;
// An organization noun may follow one capitalized word: "l'Automobile club de Monaco".
constexpr uint32_t kMaxWordsBeforeOrgNoun = 2;
// Words before a name that tell what it names: "la start-up lyonnaise Lexiane".
constexpr uint32_t kMaxDescriptionWords = 3;
// A person's name with no known first name: two or three capitalized words.
constexpr uint32_t kMinPersonNameWords = 2;
constexpr uint32_t kMaxPersonNameWords = 3;

// ---- claims of verbs (verb_claims.cpp) ----
// An addressee after the verb: "a déclaré au New York Times".
constexpr uint32_t kMaxAddresseeTokens = 8;
// A prepositional phrase or insert before que: "a déclaré dimanche dans une lettre aux employés
// que".
constexpr uint32_t kMaxInsertBeforeQue = 10;
// An adverbial phrase after à that is no addressee: "à nouveau", "à plusieurs reprises" (à and
// up to two words).
constexpr uint32_t kMaxAdverbialAddresseeTokens = 3;
// The same set off by commas, whose commas bound it: "annonce, via un communiqué publié sur le
// site internet de l'état-major, avoir pris le pouvoir".
constexpr uint32_t kMaxCommaInsertBeforeComplement = 16;
// A comparison before its que: "plus fort que", "plus tôt que", "tels que" (the comparative and
// at most two words between: "plus ou moins que" is rare, "aussi bien que" common).
constexpr uint32_t kMaxComparativeWords = 3;
// A gerund of manner after "en" is longer than "-ant" and two letters ("en tant", "en avant"
// are no gerunds; "riant" is the shortest kept).
constexpr size_t kMinGerundBytes = 4;
// A noun phrase before an object relative que: "les réformes constitutionnelles qu'il
// proposait" (determiner, noun and adjectives).
constexpr uint32_t kMaxRelativeAntecedentWords = 4;
// An object before de + infinitive or a quotation: "accuse le gouvernement de …".
constexpr uint32_t kMaxObjectTokens = 12;
// Between two quotations of one cue: "« la colère » et « l'hostilité »", "« A », et « B »".
constexpr uint32_t kMaxQuoteJoinTokens = 2;
// From a quotation inside a cue's object to a colon that announces the words themselves: "a
// salué le « courage » des pompiers : « … »" (the rest of the noun phrase).
constexpr uint32_t kMaxQuoteToColonWords = 4;
// Most sources one verb's coordinated subject names, plus one: a longer list ("A, B, C et D")
// is more often an enumeration inside a noun phrase than a list of speakers.
constexpr size_t kMaxCoordinatedSources = 4;

// ---- markers and continuations (markers.cpp) ----
// A dateline opening a line ("PARIS (AFP) -", "Brest, 7 décembre (Reuters) –"): at most this
// many tokens before its dash.
constexpr uint32_t kMaxDatelineTokens = 12;
// A heading line between paragraphs ("Un plan contesté", "Les syndicats divisés sur la
// réforme"): at most this many tokens; a longer line without final punctuation is more often
// a sentence whose period is missing.
constexpr uint32_t kMaxHeadingTokens = 10;
// The X of "selon X".
constexpr uint32_t kMaxMarkerNPTokens = 12;
// "pour X," at the head of a clause: X is short.
constexpr uint32_t kMaxInitialForNPTokens = 6;
// A short adverbial before a clause-initial marker: "En effet, selon X, …".
constexpr uint32_t kMaxAdverbialBeforeMarker = 3;
// Adverbs after the first word of a multiword cue ("met toutefois en garde").
constexpr uint32_t kMaxAdverbsInCue = 2;
// The affiliation after "selon X, de l'Office central de lutte …,".
constexpr uint32_t kMaxAffiliationTokens = 24;
// "…, a-t-on appris de source policière.": the fewest tokens a clause opening with a subject
// needs before the comma to count as the content without a known verb (subject, verb, object).
constexpr uint32_t kMinClauseTokens = 4;
// Continuations: tokens back from a paragraph-opening quotation to the claim before. (safety)
constexpr uint32_t kMaxContinuationGap = 4096;

// "Le premier", "le second" (ResolveOneOfTwo): how many sentences back the two people may have
// been named, the nearest sentence that names anyone deciding.
constexpr uint32_t kMaxOneOfTwoSentencesBack = 3;

}  // namespace selon::claims
