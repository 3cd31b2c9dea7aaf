// The loaded tables of the claims stage (lexicons/cues/ and the gender evidence), shared by
// lexicon.cpp (loading) and the extractor (extractor.h and the algorithm files).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "internal/flat_table.h"
#include "selon/claims.h"

namespace selon::claims {

// Word classes (bits). A folded token key can carry several.
enum WordClass : uint32_t {
  kAuxAvoir = 1u << 0,
  kAuxEtre = 1u << 1,
  kAdv = 1u << 2,        // adverbs that may sit inside a verb group or before a complement
  kInsert = 1u << 3,     // words of inserted phrases inside a verb group (pour sa part)
  kNeg = 1u << 4,        // ne, n'
  kNegPart = 1u << 5,    // pas, jamais, …
  kSubj = 1u << 6,       // subject pronouns, including inverted clitics (-t-il)
  kStress = 1u << 7,     // lui, eux, elle(s) after selon / pour
  kObjClitic = 1u << 8,  // pre-verbal object clitics
  kDet = 1u << 9,
  kIndef = 1u << 10,  // certains, d'autres, beaucoup
  kQue = 1u << 11,
  kSi = 1u << 12,
  kDe = 1u << 13,
  kA = 1u << 14,    // à
  kAu = 1u << 15,   // au, aux
  kRel = 1u << 16,  // qui, dont, …
  kPrep = 1u << 17,
  kConj = 1u << 18,
  kInfo = 1u << 19,  // nouns of documents and sources (lettre, communiqué, étude)
  kNonHuman = 1u << 20,
  kInfinitive = 1u << 21,
  kRole = 1u << 22,       // role and title nouns (porte-parole, ministre)
  kOrgNoun = 1u << 23,    // nouns that refer to an organization (société, groupe)
  kCueForm = 1u << 24,    // an inflected form of a reporting verb (first token of a form)
  kMarker = 1u << 25,     // first token of a non-verbal cue
  kPoss = 1u << 26,       // possessive determiners (son, leur)
  kPlaceNoun = 1u << 27,  // nouns that refer to a place (la ville, ce pays)
};

// Gender and number codes.
enum : uint8_t { kUnknown = 0, kMasc = 1, kFem = 2 };
enum : uint8_t { kSing = 1, kPlur = 2 };

// Frames of a reporting verb (lemmas.tsv).
enum Frame : uint16_t {
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
};

// Tags of a form (forms.tsv).
enum FormTag : uint8_t { kFinite = 1, kPastParticiple = 2, kGerund = 4, kInfinitiveForm = 8 };

enum class MarkerKind : uint8_t { kAccordingTo, kInitialFor, kAsReported, kCredit };

struct Lemma {
  std::string name;
  uint16_t frames = 0;
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

struct WordInfo {
  uint32_t classes = 0;
  uint8_t gender = kUnknown, number = kUnknown;   // pronouns, determiners, role/org nouns
  uint8_t name_gender = kUnknown;                 // as a first name
  uint32_t forms_begin = 0, forms_count = 0;      // into Data::forms
  uint32_t markers_begin = 0, markers_count = 0;  // into Data::markers
};

}  // namespace selon::claims

namespace selon {

struct ClaimExtractor::Data {
  std::unordered_map<std::string, uint32_t, internal::StringHash, std::equal_to<>>
      index;                               // loading
  internal::FlatKeyTable<uint32_t> table;  // the same, flat, for per-token lookups (Freeze())
  std::vector<claims::WordInfo> words;
  std::vector<claims::CueForm> forms;
  std::vector<claims::Marker> markers;
  std::vector<std::string> rest_keys;
  std::vector<claims::Lemma> lemmas;

  static constexpr uint32_t kNone = 0xFFFFFFFF;
  uint32_t Find(std::string_view key) const {
    const uint32_t* word = table.Find(key);
    return word == nullptr ? kNone : *word;
  }
  // Builds `table` from `index`; call once loading is done.
  void Freeze() {
    table.Build(std::vector<std::pair<std::string, uint32_t>>(index.begin(), index.end()));
  }
};

}  // namespace selon
