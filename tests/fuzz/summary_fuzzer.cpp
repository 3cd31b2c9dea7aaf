// libFuzzer target: any bytes as one line of `selon summary --from-jsonl` input (selon's own
// output, which a user may have edited or cut), through the same steps as the command: parse,
// read the record (views/record_view.cpp), digest it, fold it, write the report. Whatever the
// line, nothing crashes, and the report is valid JSON.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "views/record_view.h"
#include "views/speaker_gender.h"
#include "views/summary.h"

namespace {

const selon::views::SpeakerGender& Gender() {
  static const selon::views::SpeakerGender* gender = [] {
    auto* g = new selon::views::SpeakerGender();
    if (!g->Load(SELON_BUILD_DATA_DIR).ok()) __builtin_trap();
    return g;
  }();
  return *gender;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  selon::views::RecordView view;
  std::string why, digest;
  if (record.is_discarded() || !selon::views::ViewJsonRecord(record, &view, &why)) return 0;
  selon::views::DigestRecord(view, Gender(), &digest);
  selon::views::Summary summary(/*capacity=*/4);  // small: evictions happen
  summary.Fold(digest);
  summary.Fold(digest);
  std::string out;
  summary.WriteJson(3, &out);
  if (!nlohmann::json::accept(out)) __builtin_trap();
  out.clear();
  summary.WriteText(3, &out);
  return 0;
}
