// libFuzzer target: any bytes as a tab-separated data file, read by the shared TSV reader
// (internal/tsv.h) with and without a header, and compiled as a TSV entity lexicon
// (Lexicon::CompileFiles, which ends with the compiled form's validation); when it compiles, the
// input itself is analysed as a document with that lexicon as the only one.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "internal/tsv.h"
#include "selon/lexicon.h"

namespace {

using selon::internal::TsvReader;

// Reads every row, touching every field, and looks columns up by name.
void ReadAll(const std::string& path, uint32_t flags) {
  TsvReader tsv;
  if (!tsv.Open(path, flags).ok()) return;
  size_t name = 0, id = 0;
  const bool has_name = tsv.Column("name", &name).ok();
  const bool has_id = tsv.Column("id", &id).ok();
  size_t bytes = 0;
  while (tsv.Next()) {
    for (std::string_view f : tsv.fields()) bytes += f.size();
    if (has_name && name < tsv.fields().size()) bytes += tsv.field(name).size();
    if (has_id && id < tsv.fields().size()) bytes += tsv.field(id).size();
  }
  if (!tsv.status().ok()) (void)tsv.status().message().size();
  (void)bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static selon::fuzz::MemFile file;
  file.Set(data, size);
  ReadAll(file.path(), TsvReader::kRequired);
  ReadAll(file.path(), TsvReader::kNoHeader);
  // Refused or read whole, both are right here: the target looks for crashes and undefined
  // behaviour, not for a verdict.
  (void)selon::internal::ForEachTsvRow(
      file.path(), 0, {"form", "lemma"},
      [](const std::vector<std::string_view>& fields, const TsvReader&) {
        return fields[0].empty() && fields[1] == "stop"
                   ? selon::Status(selon::StatusCode::kDataError, "stop")
                   : selon::Status::Ok();
      });

  selon::PipelineOptions options;
  options.user_lexicons = {file.path()};
  std::unique_ptr<selon::Pipeline> pipeline;
  if (selon::Pipeline::Create(options, &pipeline).ok()) {
    const selon::Document doc{std::string(reinterpret_cast<const char*>(data), size)};
    selon::Analysis analysis;
    pipeline->Analyze(doc, &analysis);
  }
  return 0;
}
