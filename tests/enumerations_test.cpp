// TypeEnumerations, through the shipped pipeline: the unknown names of a list take the type of
// its named items. Every sentence is written for this test; the unknown names are invented.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "selon/pipeline.h"

namespace selon {
namespace {

const Pipeline& Shipped() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    std::unique_ptr<Pipeline> p;
    EXPECT_TRUE(Pipeline::Create(options, &p).ok());
    return p;
  }();
  return *pipeline;
}

// The type of the mention whose text is `name`, or "none".
std::string TypeOf(const std::string& text, const std::string& name) {
  const Document doc{std::string(text)};
  Analysis a;
  Shipped().Analyze(doc, &a);
  for (const Mention& m : a.mentions)
    if (doc.analysis_text().substr(m.begin, m.end - m.begin) == name)
      return EntityTypeName(a.entities[m.entity].type);
  return "none";
}

TEST(Enumerations, UnknownNamesInAListOfPeopleArePeople) {
  const std::string text =
      "Le sélectionneur a retenu Karim Benzaoui, Paul Garnier, Dravko et Tomanic pour le match.";
  EXPECT_EQ(TypeOf(text, "Dravko"), "PER");
  EXPECT_EQ(TypeOf(text, "Tomanic"), "PER");
}

TEST(Enumerations, ListsOfOrganizationsAndPlacesToo) {
  EXPECT_EQ(TypeOf("La CGT, Force ouvrière et Unitaria appellent à la grève.", "Unitaria"), "ORG");
  EXPECT_EQ(TypeOf("Il a visité Lyon, Marseille, Brestelle et Nantes.", "Brestelle"), "LOC");
}

TEST(Enumerations, AMixedListTwoItemsOrAnOrdinaryWordTypeNothing) {
  EXPECT_EQ(TypeOf("Il a visité Lyon, Paul Garnier et Dravko.", "Dravko"), "none");
  EXPECT_EQ(TypeOf("Le sélectionneur a retenu Paul Garnier et Dravko.", "Dravko"), "none");
  EXPECT_EQ(TypeOf("Il a retenu Paul Garnier, Marc Lenoir et Juin.", "Juin"), "none");
}

}  // namespace
}  // namespace selon
