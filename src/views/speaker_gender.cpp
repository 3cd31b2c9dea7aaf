// Speaker gender from the words of a record (speaker_gender.h). Words are split on spaces and
// after an elided article (`l'école` -> `l'`, `école`), folded as token keys are (case,
// diacritics, apostrophes), and looked up in the evidence lists.
#include "views/speaker_gender.h"

#include <cctype>
#include <vector>

#include "internal/first_name_files.h"
#include "internal/tsv.h"
#include "selon/tokenizer.h"
#include "views/french_words.h"

namespace selon::views {
namespace {

using internal::ForEachTsvRow;
using internal::TsvReader;

template <size_t N>
bool IsOneOf(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

Gender ParseGender(std::string_view code) {
  return code == "F" ? Gender::kFemale : code == "M" ? Gender::kMale : Gender::kUnknown;
}

// The first `max` words of `text`, folded.
std::vector<std::string> FoldedWords(std::string_view text, size_t max) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && words.size() < max) {
      std::string key;
      FoldKey(word, &key);
      words.push_back(std::move(key));
    }
    word.clear();
  };
  for (size_t i = 0; i < text.size() && words.size() < max; ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
        c != '\'') {
      word.push_back(c);
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else if (text.compare(i, 2, "\xC2\xA0") == 0 || text.compare(i, 3, "\xE2\x80\xAF") == 0) {
      flush();  // U+00A0, U+202F
      i += c == '\xC2' ? 1 : 2;
    } else if (c == '\'' || text.compare(i, 3, "\xE2\x80\x99") == 0) {  // ' or U+2019
      word.push_back('\'');
      flush();
      if (c != '\'') i += 2;
    } else {
      word.push_back(c);
    }
  }
  flush();
  return words;
}

}  // namespace

std::string_view GenderCode(Gender gender) {
  return gender == Gender::kFemale ? "F" : gender == Gender::kMale ? "M" : "";
}

Status SpeakerGender::Load(const std::string& data_dir) {
  const std::string evidence = data_dir + "/evidence/";
  std::string key;
  auto first_name = [&](const std::vector<std::string_view>& c, const TsvReader&) {
    const Gender g = ParseGender(c[1]);
    if (g == Gender::kUnknown) return Status::Ok();
    key.clear();
    FoldKey(c[0], &key);
    first_names_.try_emplace(key, g);  // the French register first
    return Status::Ok();
  };
  // (The French register is required, the names beyond it optional.)
  for (const char* file : internal::kFirstNameFiles)
    SELON_RETURN_IF_ERROR(ForEachTsvRow(
        evidence + file, file == internal::kFirstNameFiles[0] ? uint32_t{TsvReader::kRequired} : 0u,
        {"name", "sex"}, first_name));
  return ForEachTsvRow(evidence + "titles_roles.tsv", TsvReader::kRequired,
                       {"form", "gender", "number", "category"},
                       [&](const std::vector<std::string_view>& c, const TsvReader&) {
                         if (c[2] != "s") return Status::Ok();  // a group: no one's gender
                         key.clear();
                         FoldKey(c[0], &key);
                         const Gender g = ParseGender(c[1]);
                         const auto [it, added] = nouns_.try_emplace(key, Noun{g, false});
                         if (!added && it->second.gender != g) it->second.gender = Gender::kUnknown;
                         if (c[3] == "civility") it->second.civility = true;
                         return Status::Ok();
                       });
}

const SpeakerGender::Noun* SpeakerGender::FindNoun(std::string_view word) const {
  const auto it = nouns_.find(std::string(word));
  return it == nouns_.end() ? nullptr : &it->second;
}

void SpeakerGender::FromSpeakerText(std::string_view text, GenderVotes* votes) const {
  constexpr size_t kHeadWords = 3;  // `la ministre`, `Mme Garnier`, `le nouveau directeur`
  const std::vector<std::string> words = FoldedWords(text, kHeadWords);
  if (words.empty()) return;
  if (words.size() == 1 && IsOneOf(words[0], fr::kFeminineSubjects)) votes->Add(Gender::kFemale);
  if (words.size() == 1 && IsOneOf(words[0], fr::kMasculineSubjects)) votes->Add(Gender::kMale);
  for (size_t i = 0; i < words.size(); ++i) {
    const Noun* noun = FindNoun(words[i]);
    if (noun == nullptr) continue;
    votes->Add(noun->gender);
    if (noun->civility) return;
    if (i > 0 && IsOneOf(words[i - 1], fr::kFeminineDeterminers)) votes->Add(Gender::kFemale);
    if (i > 0 && IsOneOf(words[i - 1], fr::kMasculineDeterminers)) votes->Add(Gender::kMale);
    return;  // the head noun: what follows qualifies it (`la ministre du Travail`)
  }
}

void SpeakerGender::FromCue(std::string_view cue, GenderVotes* votes) const {
  std::string folded;
  FoldKey(cue, &folded);
  auto has = [&](std::string_view suffix) {
    for (size_t at = folded.find(suffix); at != std::string::npos;
         at = folded.find(suffix, at + 1)) {
      const size_t end = at + suffix.size();
      if (end == folded.size() || !std::isalpha(static_cast<unsigned char>(folded[end])))
        return true;
    }
    return false;
  };
  bool female = false, male = false;
  for (std::string_view s : fr::kInvertedFeminine) female = female || has(s);
  for (std::string_view s : fr::kInvertedMasculine) male = male || has(s);
  if (female) votes->Add(Gender::kFemale);
  if (male) votes->Add(Gender::kMale);
}

void SpeakerGender::FromRole(std::string_view role, GenderVotes* votes) const {
  const std::vector<std::string> words = FoldedWords(role, 1);
  if (words.empty()) return;
  if (const Noun* noun = FindNoun(words[0]); noun != nullptr && !noun->civility)
    votes->Add(noun->gender);
}

void SpeakerGender::FromWordBefore(std::string_view word, bool role, GenderVotes* votes) const {
  std::string key;
  FoldKey(word, &key);
  if (role) {
    if (IsOneOf(key, fr::kFeminineDeterminers)) votes->Add(Gender::kFemale);
    if (IsOneOf(key, fr::kMasculineDeterminers)) votes->Add(Gender::kMale);
    return;
  }
  if (const Noun* noun = FindNoun(key); noun != nullptr && noun->civility) votes->Add(noun->gender);
}

Gender SpeakerGender::FromFirstName(std::string_view name) const {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos) return Gender::kUnknown;  // a surname alone
  std::string key;
  FoldKey(name.substr(0, space), &key);
  const auto it = first_names_.find(key);
  return it == first_names_.end() ? Gender::kUnknown : it->second;
}

}  // namespace selon::views
