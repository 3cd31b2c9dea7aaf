// libFuzzer target: any bytes as a compiled first-name table (a data folder's
// evidence/first_names.bin). Either the table refuses them, or every lookup is safe: the names
// of the seeds, absent and empty keys are looked up and every name is visited. The bytes are
// mapped as the loader maps the file (Map, with the fingerprint the header claims, so that a
// valid image is used), and attached as the in-memory path does (Attach).
// Seeds (corpus/first_names/) are small tables compiled by `selon lexicon compile-first-names`.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_util.h"
#include "internal/first_name_table.h"

namespace {

size_t Use(const selon::internal::FirstNameTable& table) {
  size_t found = 0;
  for (const char* key : {"marie", "pierre", "camille", "olaf", "absent", "", "marie-claude"})
    if (const uint32_t* c = table.Find(key)) found += *c;
  table.ForEach([&](std::string_view key, uint32_t c) { found += key.size() + c; });
  return found + table.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static selon::fuzz::MemFile file;
  file.Set(data, size);
  uint64_t sources = 0;
  if (size >= sizeof(selon::internal::FirstNameHeader))
    std::memcpy(&sources, data + offsetof(selon::internal::FirstNameHeader, sources), 8);
  {
    selon::internal::FirstNameTable table;
    bool used = false;
    if (table.Map(file.path(), sources, &used).ok()) (void)Use(table);
  }
  selon::internal::FirstNameTable table;
  if (table.Attach(std::string(reinterpret_cast<const char*>(data), size)).ok()) (void)Use(table);
  return 0;
}
