// A whole file mapped read-only, for the compiled data files (the lexicon, the first names).
#pragma once

#include <cstddef>
#include <string>

#include "selon/status.h"

namespace selon::internal {

// A read-only private mapping of a whole file; an empty file has none (bytes == nullptr).
// Unmapped by the destructor unless Release() handed the mapping over.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  const char* bytes() const { return bytes_; }
  size_t size() const { return size_; }
  // Gives up the mapping: the caller unmaps `bytes()` (munmap with `size()`) when done.
  void Release() { bytes_ = nullptr; }

  // Maps `path` into `out` (empty first). Errors name the file: kNotFound (no such file),
  // kUnreadable (cannot open or map it), kDataError (not a regular file).
  static Status Map(const std::string& path, MappedFile* out);

 private:
  const char* bytes_ = nullptr;
  size_t size_ = 0;
};

}  // namespace selon::internal
