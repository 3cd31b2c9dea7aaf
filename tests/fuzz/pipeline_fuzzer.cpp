// libFuzzer target: any bytes as one document through the whole pipeline and the JSON writer,
// in every offset unit. Built with -DSELON_BUILD_FUZZERS=ON (clang); run by tests/fuzz/run-fuzzers,
// or by hand from the fuzz build tree:
//   ./build-fuzz/tests/fuzz/selon_pipeline_fuzzer -max_total_time=300 tests/fuzz/corpus/pipeline
// The shipped data is found through SELON_BUILD_DATA_DIR.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "selon/json_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const selon::Document doc{std::string(reinterpret_cast<const char*>(data), size)};
  selon::Analysis analysis;
  selon::fuzz::ShippedPipeline().Analyze(doc, &analysis);
  std::string out;
  for (selon::OffsetUnit unit :
       {selon::OffsetUnit::kCodepoint, selon::OffsetUnit::kByte, selon::OffsetUnit::kUtf16}) {
    const selon::JsonWriter writer({unit, /*sentences=*/true, /*pretty=*/false});
    writer.WriteResult(doc, analysis, nlohmann::json("fuzz"), nullptr, &out);
    writer.WriteTokens(doc, analysis, nlohmann::json(1), &out);
  }
  return 0;
}
