// libFuzzer target: any bytes as a compiled lexicon (`selon --lexicon FILE.bin`). Either Load
// refuses the file, or every lookup the matcher and `selon lexicon lookup` make is safe: a
// document with the seed lexicons' names is analysed with it, and every entry is read.
// Seeds (corpus/lexicon/) are small compiled lexicons; mutations that lose the magic bytes are
// read as TSV lexicons, as the command line would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "selon/lexicon.h"

namespace {

// Names of the seed lexicons, in the shapes the matcher treats apart (article, elision, caps).
constexpr char kText[] =
    "Marion Ardelle, de la Brasserie du Vercors (BdV), a dit au Courrier des Alpes que le "
    "ministère des Fleuves ouvrira Tchatlo à Valrose (VR). Ardelle l'a confirmé à l'Écho de "
    "Valrose. Valrose : Brasserie du Vercors. Selon Lyon Métropole et ORANGE, 3,5 % de Nice.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static selon::fuzz::MemFile file;
  file.Set(data, size);
  selon::PipelineOptions options;
  options.user_lexicons = {file.path()};
  std::unique_ptr<selon::Pipeline> pipeline;
  if (!selon::Pipeline::Create(options, &pipeline).ok()) return 0;
  const selon::Document doc{std::string(kText)};
  selon::Analysis analysis;
  pipeline->Analyze(doc, &analysis);
  const selon::Lexicon& lexicon = *pipeline->lexicons().front();
  size_t bytes = 0;
  for (uint32_t e = 0; e < lexicon.entry_count(); ++e) {
    bytes += lexicon.EntryId(e).size() + lexicon.EntryName(e).size() +
             lexicon.EntrySource(e).size() + lexicon.EntryPriority(e) + lexicon.EntryFlags(e);
    bytes += selon::EntityTypeName(lexicon.EntryType(e))[0];
  }
  (void)bytes;
  return 0;
}
