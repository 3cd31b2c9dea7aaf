// Stopping cleanly on SIGINT and SIGTERM: the reader stops taking new input, the documents
// already read are analysed and written whole, and the run exits with 128 + the signal (130 for
// SIGINT, 143 for SIGTERM). A second signal of the same kind kills at once (SA_RESETHAND).
//
//   InstallStopHandlers();                        // once, before any thread starts
//   { StopSignalsBlocked blocked; start threads; }  // workers never take the signal
//   while (StopSignal() == 0 && ReadSome(...) ...)   // the reader notices it, even mid-read
//
// The handler only stores the signal and writes one byte to a self-pipe, so a reader blocked in
// poll() on a pipe or terminal wakes up at once (WaitReadable).
#pragma once

namespace selon::cli {

// Installs the SIGINT and SIGTERM handlers. Not thread-safe: call before starting threads.
void InstallStopHandlers();

// The signal that asked the run to stop (SIGINT or SIGTERM), or 0. Async-signal-safe to read.
int StopSignal();

// Waits until `fd` has data (or end of file, or an error) or a stop signal arrived. Returns
// false when stopped. For regular files returns true at once (a read never blocks long).
bool WaitReadable(int fd);

// While alive, SIGINT and SIGTERM are blocked in the calling thread; threads started meanwhile
// inherit the mask and never receive them, so they reach the thread that reads the input.
class StopSignalsBlocked {
 public:
  StopSignalsBlocked();
  ~StopSignalsBlocked();
  StopSignalsBlocked(const StopSignalsBlocked&) = delete;
  StopSignalsBlocked& operator=(const StopSignalsBlocked&) = delete;
};

}  // namespace selon::cli
