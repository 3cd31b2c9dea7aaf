#include "cli/output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace selon::cli {
namespace {

bool g_stdin_closed = false;
bool g_stdout_closed = false;

void ReportWriteError(int error) {
  std::fprintf(stderr, "selon: cannot write output: %s\n",
               g_stdout_closed ? "standard output is closed" : std::strerror(error));
}

}  // namespace

void ClaimStandardStreams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == 0) g_stdin_closed = true;
    if (fd == 1) g_stdout_closed = true;
    // open() returns the lowest free descriptor: this one.
    const int null_fd = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (null_fd != fd && null_fd >= 0) close(null_fd);
  }
}

bool StandardInputWasClosed() { return g_stdin_closed; }
bool StandardOutputWasClosed() { return g_stdout_closed; }

bool Output::Write(std::string_view bytes) {
  if (closed_by_reader_ || failed_) return false;
  if (g_stdout_closed) {
    Fail(EBADF);
    return false;
  }
  while (!bytes.empty()) {
    const ssize_t n = write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) {
        closed_by_reader_ = true;
      } else {
        Fail(errno);
      }
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

void Output::Fail(int error) {
  if (failed_) return;
  failed_ = true;
  ReportWriteError(error);
}

int Output::Finish(int status) {
  if (!closed_by_reader_ && !failed_ && !g_stdout_closed) {
    // Some file systems (NFS, some FUSE) report a failed write only now.
    if (close(STDOUT_FILENO) != 0 && errno != EINTR && errno != EBADF) Fail(errno);
  }
  if (g_stdout_closed && !failed_) Fail(EBADF);
  return failed_ ? kExitOutputFailed : status;
}

int FinishStdio(int status) {
  errno = 0;
  std::cout.flush();
  int error = errno;
  const bool cout_failed = !std::cout.good();
  if (std::fflush(stdout) != 0 && errno != 0) error = errno;
  const bool failed = cout_failed || std::ferror(stdout);
  if (error == 0) error = EIO;
  if (g_stdout_closed) {
    ReportWriteError(EBADF);
    return kExitOutputFailed;
  }
  if (!failed) return status;
  if (error == EPIPE) return status;
  ReportWriteError(error);
  return kExitOutputFailed;
}

}  // namespace selon::cli
