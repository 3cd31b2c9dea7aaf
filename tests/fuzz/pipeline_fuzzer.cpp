// libFuzzer target: any bytes as one document through the whole pipeline and the JSON writer,
// in every offset unit, and the HTML writer, whose <span> elements must nest (escaping keeps
// the document's own "<span" out of the markup). Built with -DSELON_BUILD_FUZZERS=ON (clang); run
// by tests/fuzz/run-fuzzers, or by hand from the fuzz build tree:
//   ./build-fuzz/tests/fuzz/selon_pipeline_fuzzer -max_total_time=300 tests/fuzz/corpus/pipeline
// The shipped data is found through SELON_BUILD_DATA_DIR.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "html/html_writer.h"
#include "selon/json_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const selon::Document doc{std::string(reinterpret_cast<const char*>(data), size)};
  selon::Analysis analysis;
  // One workspace for every input, as a worker reuses it: state left by one document must not
  // change the next one's result (the sanitizers watch its reads).
  static selon::Pipeline::Workspace workspace;
  selon::fuzz::ShippedPipeline().Analyze(doc, &analysis, &workspace);
  std::string out;
  for (selon::OffsetUnit unit :
       {selon::OffsetUnit::kCodepoint, selon::OffsetUnit::kByte, selon::OffsetUnit::kUtf16}) {
    const selon::JsonWriter writer({unit, /*sentences=*/true, /*pretty=*/false});
    writer.WriteResult(doc, analysis, {.id_json = "\"fuzz\""}, &out);
    writer.WriteTokens(doc, analysis, {.id_json = "1"}, &out);
  }
  std::string html;
  selon::HtmlWriter().WriteResult(1, doc, analysis, {"\"fuzz\"", "fuzz.txt"}, &html);
  int depth = 0;
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 5, "<span") == 0) ++depth;
    if (html.compare(at, 7, "</span>") == 0 && --depth < 0) __builtin_trap();
  }
  if (depth != 0) __builtin_trap();
  return 0;
}
