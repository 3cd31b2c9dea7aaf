// Helpers shared by the libFuzzer targets.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "selon/pipeline.h"

namespace selon::fuzz {

// An in-memory file (memfd) for the loaders that take a path: Set() replaces its bytes, path()
// names it (/proc/self/fd/N). One per process; no disk traffic per input.
class MemFile {
 public:
  MemFile() : fd_(memfd_create("selon-fuzz", MFD_CLOEXEC)) {
    if (fd_ < 0) __builtin_trap();
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  void Set(const uint8_t* data, size_t size) {
    if (ftruncate(fd_, 0) != 0) __builtin_trap();
    for (size_t done = 0; done < size;) {
      const ssize_t n = pwrite(fd_, data + done, size - done, static_cast<off_t>(done));
      if (n <= 0) __builtin_trap();
      done += static_cast<size_t>(n);
    }
  }
  const std::string& path() const { return path_; }

 private:
  int fd_;
  std::string path_;
};

// The pipeline over the shipped data of the build tree (SELON_BUILD_DATA_DIR), created once.
inline const Pipeline& ShippedPipeline() {
  static const std::unique_ptr<Pipeline> pipeline = [] {
    PipelineOptions options;
    options.data_dir = SELON_BUILD_DATA_DIR;
    std::unique_ptr<Pipeline> p;
    if (!Pipeline::Create(options, &p).ok()) __builtin_trap();
    return p;
  }();
  return *pipeline;
}

}  // namespace selon::fuzz
