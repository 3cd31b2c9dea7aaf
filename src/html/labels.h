// The French words of the HTML report, in one place.
#pragma once

#include <cstdint>

#include "claims.h"
#include "selon/lexicon.h"

namespace selon::html {

inline constexpr const char* kPageTitle = "selon : qui dit quoi";
inline constexpr const char* kPageHeading = "Qui dit quoi, selon qui";
inline constexpr const char* kTableOfContents = "Sommaire";
inline constexpr const char* kLegend = "Légende";
inline constexpr const char* kNoScript =
    "Le sommaire, les infobulles et les liens vers le texte demandent JavaScript ; le reste "
    "du rapport se lit sans.";
inline constexpr const char* kWhoSaysWhat = "Qui dit quoi";
inline constexpr const char* kNoClaims = "Aucune citation ni propos rapporté.";
inline constexpr const char* kRowHint =
    "Chaque ligne mène au passage du texte (clic, ou Entrée sur le numéro).";
inline constexpr const char* kText = "Texte";
inline constexpr const char* kEntities = "Entités nommées";
inline constexpr const char* kNoEntities = "Aucune entité.";
// Counted nouns: singular for 0 and 1, as French writes them.
inline constexpr const char* kMentionUnit = "mention";
inline constexpr const char* kMentionsUnit = "mentions";
inline constexpr const char* kClaimUnit = "citation";
inline constexpr const char* kClaimsUnit = "citations";
inline constexpr const char* kEntityUnit = "entité";
inline constexpr const char* kEntitiesUnit = "entités";
inline constexpr const char* kWarningUnit = "avertissement";
inline constexpr const char* kWarningsUnit = "avertissements";
inline constexpr const char* kLine = "ligne";
inline constexpr const char* kSource = "Source";
inline constexpr const char* kError = "Erreur";
inline constexpr const char* kUnknownDocument = "(document illisible)";

// "Qui dit quoi" columns.
inline constexpr const char* kColumnNumber = "n°";
inline constexpr const char* kColumnSpeaker = "Locuteur";
inline constexpr const char* kColumnCue = "Verbe";
inline constexpr const char* kColumnKind = "Type";
inline constexpr const char* kColumnContent = "Propos";
inline constexpr const char* kColumnVia = "Via";
inline constexpr const char* kColumnAddressee = "Destinataire";
inline constexpr const char* kUnresolved = "non identifié";
inline constexpr const char* kNoSpeaker = "non nommé";
inline constexpr const char* kRoles = "Rôles";

// Legend of the marks in the text.
inline constexpr const char* kLegendContent = "propos rapportés";
inline constexpr const char* kLegendCue = "verbe ou tournure qui attribue";
inline constexpr const char* kLegendSpeaker = "locuteur";

inline const char* Counted(uint64_t n, const char* singular, const char* plural) {
  return n <= 1 ? singular : plural;
}

inline const char* KindLabel(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirect:
      return "direct";
    case ClaimKind::kIndirect:
      return "indirect";
    case ClaimKind::kMixed:
      return "mixte";
    case ClaimKind::kAccordingTo:
      return "selon";
  }
  return "";
}

// One entity, in the legend and tooltips.
inline const char* TypeLabel(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Personne";
    case EntityType::kOrganization:
      return "Organisation";
    case EntityType::kProduct:
      return "Produit";
    case EntityType::kLocation:
      return "Lieu";
    case EntityType::kEvent:
      return "Événement";
  }
  return "";
}

// The headings of the entity list.
inline const char* TypePluralLabel(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Personnes";
    case EntityType::kOrganization:
      return "Organisations";
    case EntityType::kProduct:
      return "Produits";
    case EntityType::kLocation:
      return "Lieux";
    case EntityType::kEvent:
      return "Événements";
  }
  return "";
}

}  // namespace selon::html
