// The French words the views test, named (the rest of the French facts they use are data:
// lexicons/evidence/first_names.tsv and titles_roles.tsv, read by SpeakerGender).
#pragma once

#include <string_view>

namespace selon::views::fr {

// Subject pronouns a speaker may be (folded forms), and their gender.
inline constexpr std::string_view kFeminineSubjects[] = {"elle"};
inline constexpr std::string_view kMasculineSubjects[] = {"il"};
// Determiners whose gender is that of the noun after them (singular, folded).
inline constexpr std::string_view kFeminineDeterminers[] = {"la", "une", "cette", "sa"};
inline constexpr std::string_view kMasculineDeterminers[] = {"le", "un", "ce", "cet", "son"};
// An inverted subject glued to the verb: "a-t-elle déclaré", "affirme-t-il" (and "a-t’il",
// the second hyphen miswritten as an apostrophe, folded to "'").
inline constexpr std::string_view kInvertedFeminine[] = {"-t-elle", "-t'elle", "-elle"};
inline constexpr std::string_view kInvertedMasculine[] = {"-t-il", "-t'il", "-il"};

// Labels of the text view.
inline constexpr std::string_view kOpenQuote = "« ";
inline constexpr std::string_view kCloseQuote = " »";
inline constexpr std::string_view kVia = "via";
inline constexpr std::string_view kTo = "à";
inline constexpr std::string_view kNoSpeaker = "(sans source)";
inline constexpr std::string_view kClaimsHeading = "Citations";
inline constexpr std::string_view kEntitiesHeading = "Entités";
inline constexpr std::string_view kNoClaim = "aucune citation";
inline constexpr std::string_view kError = "erreur";

}  // namespace selon::views::fr
