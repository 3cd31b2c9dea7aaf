// SpeakerGender: whether a claim's speaker is a woman or a man, when the record says it, for
// `selon summary`. "A wrong answer is worse than none": each piece of evidence is a word whose
// gender is not in doubt, and a speaker with evidence both ways stays unknown.
//
// Evidence, in what a selon/1 record holds (so that a summary of an output file equals the
// summary of the run):
//   - the speaker's text: a pronoun (`elle`, `il`), a civility (`Mme Garnier`, `M. Durand`), a
//     determiner before a person noun (`la ministre`, `le porte-parole`), a person noun that
//     has a gendered form (`la présidente`, `le directeur`);
//   - the cue: an inverted subject (`a-t-elle déclaré`, `affirme-t-il`);
//   - the roles of the speaker's entity, by their noun (`présidente de l'association`);
//   - the word before the person's mentions and roles, when the record holds the text around
//     them (RecordView::words_before): a civility (`Mme Garnier`), a determiner (`La ministre
//     des Transports, Claire Vasseur`);
//   - only when the text says nothing: the speaker's first name, when at least 90 % of the
//     births with that name in France were of one sex (lexicons/evidence/first_names.tsv).
//
// Thread-safe after Load(): const methods only. Not copyable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "selon/status.h"

namespace selon::views {

enum class Gender : uint8_t { kUnknown, kFemale, kMale };

// "F", "M", "" (unknown).
std::string_view GenderCode(Gender gender);

// Votes for one speaker: each piece of evidence adds one.
struct GenderVotes {
  uint32_t female = 0, male = 0;
  void Add(Gender g) {
    if (g == Gender::kFemale) ++female;
    if (g == Gender::kMale) ++male;
  }
  // One way only: that gender; both ways or none: unknown.
  Gender Decide() const {
    if (female > 0 && male == 0) return Gender::kFemale;
    if (male > 0 && female == 0) return Gender::kMale;
    return Gender::kUnknown;
  }
};

class SpeakerGender {
 public:
  SpeakerGender() = default;
  SpeakerGender(const SpeakerGender&) = delete;
  SpeakerGender& operator=(const SpeakerGender&) = delete;

  // Reads `data_dir`/evidence/first_names.tsv and titles_roles.tsv. Errors name file:line.
  Status Load(const std::string& data_dir);

  // Adds the evidence of a speaker's text (`elle`, `la ministre`, `Mme Garnier`).
  void FromSpeakerText(std::string_view text, GenderVotes* votes) const;
  // Adds the evidence of a cue (`a-t-elle déclaré`).
  void FromCue(std::string_view cue, GenderVotes* votes) const;
  // Adds the evidence of a role (`présidente de l'association`): its first word.
  void FromRole(std::string_view role, GenderVotes* votes) const;
  // Adds the evidence of the word before a person's mention (a civility: `Mme`, `M.`) or role
  // (a determiner: `La` in `La ministre des Transports, Claire Vasseur`).
  void FromWordBefore(std::string_view word, bool role, GenderVotes* votes) const;
  // The gender of the first name of `name` (`Claire Vasseur`), or unknown.
  Gender FromFirstName(std::string_view name) const;

 private:
  struct Noun {
    Gender gender = Gender::kUnknown;
    bool civility = false;
  };
  const Noun* FindNoun(std::string_view word) const;

  std::unordered_map<std::string, Gender> first_names_;  // folded name -> F or M
  std::unordered_map<std::string, Noun> nouns_;          // folded singular person nouns
};

}  // namespace selon::views
