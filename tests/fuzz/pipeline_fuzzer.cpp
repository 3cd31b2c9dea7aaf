// libFuzzer target: any bytes through the whole pipeline and the JSON writer, in every offset
// unit. Built with -DSELON_BUILD_FUZZERS=ON (clang); run from the build tree, e.g.
//   ./build-fuzz/tests/fuzz/selon_pipeline_fuzzer -max_total_time=300 samples/
// The shipped data is found through SELON_BUILD_DATA_DIR.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "selon/json_writer.h"
#include "selon/pipeline.h"

namespace {

const selon::Pipeline& SharedPipeline() {
  static const std::unique_ptr<selon::Pipeline> pipeline = [] {
    selon::PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    std::unique_ptr<selon::Pipeline> p;
    if (!selon::Pipeline::Create(options, &p).ok()) __builtin_trap();
    return p;
  }();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const selon::Document doc{std::string(reinterpret_cast<const char*>(data), size)};
  selon::Analysis analysis;
  SharedPipeline().Analyze(doc, &analysis);
  std::string out;
  for (selon::OffsetUnit unit :
       {selon::OffsetUnit::kCodepoint, selon::OffsetUnit::kByte, selon::OffsetUnit::kUtf16}) {
    const selon::JsonWriter writer({unit, /*sentences=*/true, /*pretty=*/false});
    writer.WriteResult(doc, analysis, nlohmann::json("fuzz"), nullptr, &out);
    writer.WriteTokens(doc, analysis, nlohmann::json(1), &out);
  }
  return 0;
}
