#include "internal/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace selon::internal {

MappedFile::~MappedFile() {
  if (bytes_ != nullptr) munmap(const_cast<char*>(bytes_), size_);
}

Status MappedFile::Map(const std::string& path, MappedFile* out) {
  if (out->bytes_ != nullptr) munmap(const_cast<char*>(out->bytes_), out->size_);
  out->bytes_ = nullptr;
  out->size_ = 0;
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    return Status(error == ENOENT ? StatusCode::kNotFound : StatusCode::kUnreadable,
                  path + ": " + std::strerror(error));
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    const int error = errno;
    close(fd);
    return Status(StatusCode::kUnreadable, path + ": " + std::strerror(error));
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    return Status(StatusCode::kDataError, path + ": not a regular file");
  }
  if (st.st_size > 0) {
    void* m = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    const int error = errno;
    close(fd);
    if (m == MAP_FAILED)
      return Status(StatusCode::kUnreadable, path + ": cannot map: " + std::strerror(error));
    out->bytes_ = static_cast<const char*>(m);
    out->size_ = static_cast<size_t>(st.st_size);
  } else {
    close(fd);
  }
  return Status::Ok();
}

}  // namespace selon::internal
