// Name coreference within a document, and roles in apposition.
//
// After lexicons and rules have found mentions, ResolveNames() links the short forms a
// journalist uses to the entity first named in full:
//   - a surname alone (Shaw → Frank Shaw), also after a civility (M. Shaw), and a first name
//     alone when it belongs to one person only in the document;
//   - an acronym defined in the text: "l’Organisation mondiale de la santé (OMS)" makes the
//     long form an organization and every later OMS a mention of it;
//   - types flow from the fullest mention: a one-word mention that matched a place ("Shaw")
//     becomes the person once that person is named in full.
// A short form that could be two entities links to neither. Finally mentions are sorted and
// entities renumbered by first mention, dropping entities left without mentions.
//
// FindRoles() then records the capacities in which people are named, in apposition or before
// the name: "le PDG de Microsoft, Satya Nadella", "Elon Musk, le propriétaire de Twitter,",
// "le président Macron". `of` is the organization named inside the role, when there is one.
#pragma once

#include "evidence.h"
#include "selon/analysis.h"
#include "selon/document.h"

namespace selon {

void ResolveNames(const Document& doc, const Evidence& evidence, Analysis* analysis);

void FindRoles(const Document& doc, const Evidence& evidence, Analysis* analysis);

}  // namespace selon
