// libFuzzer target: any bytes as an entity rule file (`selon --rules FILE`, format in
// lexicons/rules/README.md). Either RuleSet::Load refuses it with a message, or its rules run
// over a document (both passes: EVENT rules, then the others).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "evidence.h"
#include "fuzz_util.h"
#include "rules.h"
#include "selon/sentences.h"
#include "selon/tokenizer.h"

namespace {

constexpr char kText[] =
    "M. Jean-Paul Vasseur, PDG de la société Ardelle SA, a parlé au Tour de Valrose 2024. "
    "Selon l'ONG Terre Vive, la ville de Valrose et le ministre J. K. Durand (LR) ont visité "
    "l'hôpital de Royan, l'A380 et la RN 79 le 3 mars 2026 à 14h30. « Non », dit Mme Lune.";

const selon::Evidence& ShippedEvidence() {
  static const std::unique_ptr<selon::Evidence> evidence = [] {
    auto e = std::make_unique<selon::Evidence>();
    if (!selon::Evidence::Load(std::string(SELON_BUILD_DATA_DIR) + "/evidence", e.get()).ok())
      __builtin_trap();
    return e;
  }();
  return *evidence;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static selon::fuzz::MemFile file;
  file.Set(data, size);
  std::unique_ptr<selon::RuleSet> rules;
  if (!selon::RuleSet::Load({file.path()}, &ShippedEvidence(), &rules).ok()) return 0;
  const selon::Document doc{std::string(kText)};
  selon::Analysis analysis;
  selon::Tokenize(doc.analysis_text(), &analysis.tokens, &analysis.keys);
  selon::SplitSentences(analysis.tokens, &analysis.sentences);
  selon::RuleSet::Scratch scratch;
  selon::TokenMarks marks;
  rules->FindEvents(doc, analysis, &scratch, &marks);
  rules->Apply(doc, &analysis, marks, &scratch);
  return 0;
}
