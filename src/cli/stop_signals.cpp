#include "cli/stop_signals.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <initializer_list>

namespace selon::cli {
namespace {

volatile std::sig_atomic_t g_stop_signal = 0;
int g_wake_pipe[2] = {-1, -1};  // the handler writes one byte to [1]; WaitReadable polls [0]

extern "C" void OnStopSignal(int signal) {
  const int saved_errno = errno;
  g_stop_signal = signal;
  if (g_wake_pipe[1] >= 0) {
    const char byte = 0;
    [[maybe_unused]] const ssize_t n = write(g_wake_pipe[1], &byte, 1);
  }
  errno = saved_errno;
}

sigset_t StopSet() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void InstallStopHandlers() {
  if (pipe(g_wake_pipe) == 0) {
    for (const int fd : g_wake_pipe) {
      fcntl(fd, F_SETFD, FD_CLOEXEC);
      fcntl(fd, F_SETFL, O_NONBLOCK);
    }
  } else {
    g_wake_pipe[0] = g_wake_pipe[1] = -1;  // still stops, at the next read
  }
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;  // no SA_RESTART: a blocked read() returns EINTR
  for (const int signal : {SIGINT, SIGTERM}) {
    // A signal ignored by whoever started selon (`nohup`, a background job without job
    // control) stays ignored.
    struct sigaction current = {};
    if (sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaction(signal, &action, nullptr);
  }
}

int StopSignal() { return g_stop_signal; }

bool WaitReadable(int fd) {
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) return StopSignal() == 0;
  while (StopSignal() == 0) {
    struct pollfd fds[2] = {{fd, POLLIN, 0}, {g_wake_pipe[0], POLLIN, 0}};
    const int n = poll(fds, g_wake_pipe[0] >= 0 ? 2 : 1, -1);
    if (n > 0 && fds[0].revents != 0) return StopSignal() == 0;
    if (n < 0 && errno != EINTR) return StopSignal() == 0;  // let read() report the error
  }
  return false;
}

StopSignalsBlocked::StopSignalsBlocked() {
  const sigset_t set = StopSet();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

StopSignalsBlocked::~StopSignalsBlocked() {
  const sigset_t set = StopSet();
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

}  // namespace selon::cli
