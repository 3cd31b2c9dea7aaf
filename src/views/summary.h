// Summary: what `selon summary` says about an archive, folded document by document in bounded
// memory.
//
// Each document becomes a digest (DigestRecord: a few tab-separated lines naming its entities,
// claims and speakers' genders), written by the worker that analysed it or read it from JSONL;
// Summary::Fold() adds digests, in input order, to the counters; WriteText() / WriteJson()
// print the result. The digest is the one path from a record to the counters, so that
// `selon summary DOCS` and `selon summary --from-jsonl OUT` (OUT written by `selon DOCS`) agree.
//
// Exact: totals (documents, error records, claims by kind, speakers resolved or not), the
// gender counts, documents without a claim. Approximate beyond `capacity` distinct keys: the
// rankings (entities per type, speakers and their cues, via sources) are TopK sketches
// (top_k.h); each ranked count is an upper bound, exact when its `error` is 0.
//
// Gender (speaker_gender.h) is decided once per speaker and document (a speaker: an entity, or
// the text of an unresolved speaker), from all the evidence of that document; the share of
// women counts those speaker-documents whose gender is known.
//
// Memory: O(capacity × (key length + kCuesPerSpeaker)), whatever the number of documents.
// Not thread-safe: one Summary, fed by one thread.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "views/record_view.h"
#include "views/speaker_gender.h"
#include "views/top_k.h"

namespace selon::views {

// Distinct keys each ranking tracks (entities of one type, speakers, via sources).
inline constexpr size_t kSummaryCapacity = 2000;
// Cues tracked per speaker.
inline constexpr size_t kCuesPerSpeaker = 8;
// Ids listed of the documents without a claim.
inline constexpr size_t kListedDocumentsWithoutClaims = 5;
// Claim kinds counted (selon/1 has four; a JSONL record with others: the first few seen).
inline constexpr size_t kMaxClaimKinds = 8;
// Entity types ranked (a JSONL record with other types: the first few seen).
inline constexpr size_t kMaxEntityTypes = 8;

// Appends the digest of one record.
void DigestRecord(const RecordView& view, const SpeakerGender& gender, std::string* out);

class Summary {
 public:
  explicit Summary(size_t capacity = kSummaryCapacity);

  // Adds digests (DigestRecord's lines, any number of documents).
  void Fold(std::string_view digests);

  // The report: `top` lines per ranking.
  void WriteText(size_t top, std::string* out) const;
  void WriteJson(size_t top, std::string* out) const;

  uint64_t documents() const { return documents_; }
  uint64_t error_records() const { return error_records_; }

  struct EntityStats {
    uint64_t mentions = 0;
  };

 private:
  struct Nothing {};
  struct SpeakerStats {
    uint64_t documents = 0, last_document = 0;
    uint64_t female = 0, male = 0;  // claims whose speaker's gender is known
    TopK<Nothing> cues{kCuesPerSpeaker};
  };

  void FoldLine(const std::vector<std::string_view>& fields);

  size_t capacity_;
  uint64_t documents_ = 0, error_records_ = 0;
  uint64_t claims_ = 0;
  std::map<std::string, uint64_t, std::less<>> claims_by_kind_;  // a closed set of kinds
  uint64_t speaker_resolved_ = 0, speaker_unresolved_ = 0, speaker_none_ = 0;
  uint64_t speakers_female_ = 0, speakers_male_ = 0, speakers_unknown_ = 0;
  uint64_t claims_female_ = 0, claims_male_ = 0, claims_unknown_ = 0;
  uint64_t without_claims_ = 0;
  std::vector<std::string> without_claims_ids_;
  std::map<std::string, TopK<EntityStats>, std::less<>> entities_;  // by type (kMaxEntityTypes)
  TopK<SpeakerStats> speakers_;
  TopK<Nothing> via_;
  std::vector<std::string_view> fields_;  // Fold()'s buffers
  std::deque<std::string> unescaped_;
  // The document being folded.
  std::string id_;
  bool error_ = false;
  uint64_t document_claims_ = 0;
};

}  // namespace selon::views
