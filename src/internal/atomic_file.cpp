#include "internal/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace selon::internal {
namespace {

// Temporary names tried before giving up (each collision means another writer's leftover).
constexpr int kMaxTemporaryNames = 100;

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  auto fail = [&](const std::string& step, int error) {
    return Status(StatusCode::kUnreadable, path + ": " + step + ": " + std::strerror(error));
  };
  static std::atomic<unsigned> counter{0};
  std::string temporary;
  int fd = -1;
  for (int attempt = 0; attempt < kMaxTemporaryNames && fd < 0; ++attempt) {
    temporary = path + ".tmp." + std::to_string(getpid()) + "." + std::to_string(counter++);
    fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return fail("cannot create " + temporary, errno);
  }
  if (fd < 0) return fail("cannot create a temporary file next to it", EEXIST);
  auto abandon = [&](const std::string& step, int error) {
    close(fd);
    unlink(temporary.c_str());
    return fail(step, error);
  };
  struct stat old;
  if (stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode) && fchmod(fd, old.st_mode & 07777) != 0)
    return abandon("cannot set the mode", errno);
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return abandon("cannot write", errno);
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0) return abandon("cannot sync", errno);
  if (close(fd) != 0) {
    const int error = errno;
    unlink(temporary.c_str());
    return fail("cannot write", error);
  }
  if (rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    unlink(temporary.c_str());
    return fail("cannot replace it", error);
  }
  // The rename is done; syncing the directory only makes it durable, and some file systems
  // refuse to sync a directory, so a failure here is not the caller's error.
  const int dir = open(DirectoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    fsync(dir);
    close(dir);
  }
  return Status::Ok();
}

}  // namespace selon::internal
