// Name coreference within a document, and roles in apposition.
//
// After lexicons and rules have found mentions, ResolveNames() links the short forms a
// journalist uses to the entity first named in full:
//   - a surname alone (Shaw → Frank Shaw), also after a civility (M. Shaw), and a first name
//     alone when it belongs to one person only in the document;
//   - an acronym defined in the text: "l’Organisation mondiale de la santé (OMS)" makes the
//     long form an organization and every later OMS a mention of it; one in brackets after an
//     organization whose initials it does not spell ("la Fédération croate de football (HNS)")
//     is an organization of its own, which later HNS mentions name;
//   - a name a rule found by its cue ("la société Quantelia", "la sonde Juno") is found again
//     written bare ("Quantelia a réclamé"), organizations and products only, no acronyms;
//   - types flow from the fullest mention: a one-word mention that matched a place ("Shaw")
//     becomes the person once that person is named in full.
// A short form that could be two entities links to neither. Finally mentions are sorted and
// entities renumbered by first mention, dropping entities left without mentions.
//
// FindRoles() then records the capacities in which people are named, in apposition or before
// the name: "le PDG de Microsoft, Satya Nadella", "Elon Musk, le propriétaire de Twitter,",
// "le président Macron". `of` is the organization named inside the role, when there is one.
//
// Both take the caller's scratch (Pipeline::Workspace keeps one per thread): once its buffers
// have grown, a document allocates nothing in them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "evidence.h"
#include "internal/scratch_map.h"
#include "renumber.h"
#include "selon/analysis.h"
#include "selon/document.h"

namespace selon {

struct CoreferenceScratch {
  std::vector<int32_t> mention_of;  // per token: the mention covering it, or -1
  internal::ScratchMap<std::string_view, uint32_t> acronyms;  // acronym -> entity
  // A surname or first name of a person named in full: its owner (or ambiguous), the token
  // where it is first named in full, and the surname's particles there.
  struct Owner {
    int32_t entity = -1;
    uint32_t since = 0;
    uint32_t particles_begin = 0, particles_end = 0;  // tokens of "De" in "Thomas De Gendt"
  };
  internal::ScratchMap<std::string_view, Owner> surnames, first_names;
  RenumberScratch renumber;
  internal::ScratchMap<uint64_t, bool> roles_seen;  // (entity, begin) of the roles added
};

// Links short forms to full names, then renumbers the entities (see above).
void ResolveNames(const Document& doc, const Evidence& evidence, Analysis* analysis,
                  CoreferenceScratch* scratch);

// Appends the roles in which people are named to analysis->roles.
void FindRoles(const Document& doc, const Evidence& evidence, Analysis* analysis,
               CoreferenceScratch* scratch);

}  // namespace selon
