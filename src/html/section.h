// One document's section of the HTML report, written in parts: the "Qui dit quoi" table
// (claims_table.cpp), the marked text (document_text.cpp) and the list of entities
// (entity_list.cpp). html_writer.cpp assembles them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "selon/analysis.h"

namespace selon::html {

// What the parts of one section share; built once per document. Spans are bytes of `text`,
// the analysis text.
class Section {
 public:
  Section(uint64_t index, const Analysis& analysis, std::string_view text);

  const Analysis& analysis() const { return analysis_; }
  std::string_view text() const { return text_; }
  // "d<index>", the prefix of every element id of the section.
  const std::string& id() const { return id_; }
  std::string_view Slice(uint32_t begin, uint32_t end) const;

  uint32_t mentions_of(uint32_t entity) const { return mention_count_[entity]; }
  // Entities written (those with mentions, not events), and their mentions.
  uint64_t entity_total() const { return entity_total_; }
  uint64_t mention_total() const { return mention_total_; }

  // The role expressions of `entity` ("porte-parole de la mairie"), distinct, in the order of
  // Analysis::roles,
  // at most kMaxListedRoles, joined by "; "; empty when it has none.
  std::string_view RolesOf(uint32_t entity) const {
    return entity < roles_.size() ? std::string_view(roles_[entity]) : std::string_view();
  }

  // A person named in many capacities shows the first few (a list, not the document).
  static constexpr size_t kMaxListedRoles = 4;

 private:
  const Analysis& analysis_;
  std::string_view text_;
  std::string id_;
  std::vector<uint32_t> mention_count_;
  std::vector<std::string> roles_;  // per entity, as RolesOf() returns
  uint64_t entity_total_ = 0, mention_total_ = 0;
};

// Appends `value` in decimal.
void AppendUint(uint64_t value, std::string* out);

// "Qui dit quoi": a table with one row per claim (or a sentence saying there is none).
void AppendClaimsTable(const Section& section, std::string* out);

// The text, HTML-escaped, with mentions and the parts of claims marked.
void AppendDocumentText(const Section& section, std::string* out);

// The entities by type (people, organizations, products, places), each with its mention count,
// roles and Wikidata link; the data the tooltips of mentions show.
void AppendEntityList(const Section& section, std::string* out);

}  // namespace selon::html
