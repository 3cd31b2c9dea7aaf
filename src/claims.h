// Claims: who says what, to whom, according to whom (issue 6; definition in the claims
// annotation guideline).
//
// A claim is content the text attributes to a source other than its narrator: a quotation
// (direct), reported speech after a reporting verb (indirect), reported speech holding a quoted
// fragment (mixed), or a clause attributed by "selon X", "d'après X", "pour X," (according_to).
// Each claim has a cue (the verb group or the phrase that attributes), a content span, and
// usually a speaker, resolved to an entity when it names one or refers back to one (pronouns,
// "la société", "le porte-parole"), plus an addressee and a reporting chain ("via") when the
// text says so.
//
// The cues are data (lexicons/cues/, see its README): reporting verbs with every inflected form
// and the frames that introduce content (que, de + infinitive, si, …), non-verbal markers, and
// the closed-class words the stage needs. Load them once; extraction runs over an Analysis
// whose tokens, sentences and entity mentions are filled.
//
//   std::unique_ptr<selon::ClaimExtractor> claims;
//   RETURN_IF_ERROR(selon::ClaimExtractor::Load("share/selon", &claims));
//   claims->Extract(doc, &analysis, &scratch);      // fills analysis.claims
//
// Thread-safe: an extractor is immutable after Load(); each thread passes its own Scratch.
// Not copyable.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "renumber.h"
#include "selon/analysis.h"
#include "selon/status.h"
#include "token_features.h"

namespace selon {

class Document;
class Evidence;

class ClaimExtractor {
 public:
  ~ClaimExtractor();
  ClaimExtractor(const ClaimExtractor&) = delete;
  ClaimExtractor& operator=(const ClaimExtractor&) = delete;

  // Loads `data_dir`/cues/{forms,lemmas,words,markers}.tsv and, when present, the gender
  // evidence of `data_dir`/evidence/{titles_roles,org_cues,place_cues,demonyms}.tsv. Errors name
  // file:line. Cost: a few milliseconds.
  // When `data_dir`/cues/cues.bin was compiled from these files (claims/cue_image.h), it is read
  // instead of them; a stale one is ignored, a corrupt one is an error naming it.
  static Status Load(const std::string& data_dir, std::unique_ptr<ClaimExtractor>* out);

  // The compiled image of the files Load parses in `data_dir` (cues/cues.bin, written by `selon
  // lexicon compile-cues` at build time). Errors as Load's.
  static Status CompileCues(const std::string& data_dir, std::string* image);

  // The first names and their gender come from the pipeline's evidence, read, never copied
  // (`evidence` must outlive this extractor; null: no first name is known, speakers' genders
  // come from pronouns and nouns only). Call before the first Extract.
  void UseEvidence(const Evidence* evidence);

  // Per-thread buffers; reuse across documents (they only grow).
  struct Scratch {
    std::vector<uint32_t> word;        // per token: index into the word table, or kNone
    std::vector<uint8_t> name_gender;  // per token: its gender as a capitalized first name
    std::vector<uint64_t> cls;         // per token: its word classes, told apart by the text
    std::vector<int32_t> mention;      // per token: covering mention, or -1
    std::vector<int32_t> quote;        // per token: covering top-level quotation, or -1
    std::vector<uint32_t> paragraph;
    // The document's sentences as the claims read them: a sentence opening with a dateline's
    // dash ("7 mai 2026 . – Paul Morel, …", no line break before it) starts after the dash, so
    // that its subject is found as any sentence's. Same count and order as the analysis's.
    std::vector<Sentence> sentences;
    // Made in the one pass over the tokens (Prepare), so that later passes visit only these:
    std::vector<uint32_t> triggers;      // tokens with a marker, cue-form or relay class, in order
    std::vector<uint32_t> quote_events;  // quotation marks and paragraph starts, in order
    std::vector<uint32_t> stack;
    struct Quote {
      uint32_t open, close;
      bool used;
      bool title = false;  // a title or nickname (le film « … »): never a claim's quotation
    };
    std::vector<Quote> quotes;
    // A subject or speaker that later pronouns and nouns may refer back to. `pronoun`: a
    // pronoun (transparent when unresolved); `animate`: can be a speaker (a name, a person,
    // role or organization noun, a plural, a speaker); `source`: only the X of "selon X".
    struct Referent {
      uint32_t token, paragraph;
      int32_t entity;
      uint8_t gender, number;
      uint32_t role_begin, role_end;
      bool speaker, pronoun, animate, source;
    };
    std::vector<Referent> referents;
    std::vector<uint32_t> role_words;       // per Analysis::roles entry: its noun in the word table
    std::vector<uint32_t> roles_by_begin;   // Analysis::roles indices by (begin, index)
    std::vector<uint32_t> roles_by_holder;  // Analysis::roles indices by (entity, noun, index)
    std::string fold;                       // FoldKey buffer
    RenumberScratch renumber;               // entities added for speakers
  };

  // Fills analysis->claims, analysis->sources and analysis->unbalanced_quotes (after clearing
  // them) from its tokens, sentences and mentions. Cannot fail; never allocates per token once
  // the scratch and output vectors have grown. Cost: linear in tokens (one hash lookup each).
  // `features` (may be null: looked up here): ComputeTokenFeatures' records for this analysis.
  // `lexicons` (may be null: no entity is known as an outlet): those the analysis' entities
  // come from (Entity::lexicon indexes it), read for kEntryMedia.
  void Extract(const Document& doc, Analysis* analysis, Scratch* scratch,
               const TokenFeatures* features = nullptr,
               const std::vector<const Lexicon*>* lexicons = nullptr) const;

  // The index of folded `key` in the claims word table, or 0xFFFFFFFF (TokenLookup's none).
  uint32_t WordIndex(std::string_view key) const;
  // The same, with `hash` = internal::Fnv1a(key) computed by the caller.
  uint32_t WordIndex(std::string_view key, uint64_t hash) const;

  struct Data;  // the loaded tables (internal)

 private:
  ClaimExtractor();
  std::unique_ptr<Data> data_;
};

}  // namespace selon
