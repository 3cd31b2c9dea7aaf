// Standard output as the command line uses it: records leave whole, and a failure to write is
// never taken for success.
//
//   ClaimStandardStreams();              // first thing in main()
//   Output out;
//   if (!out.Write(batch)) stop;         // false: EPIPE (quiet) or any other error (reported)
//   status = out.Finish(status);         // close(1): a late error (NFS, quota) is reported too
//
// Each Write() goes to the kernel in one write() call (a second one only for the rest of a
// short write: a pipe interrupted, a disk filling up), bypassing stdio: several selon processes
// appending to one file (`xargs -P 4 selon … >> out.jsonl`) never interleave inside a record.
// Pipes are atomic only up to PIPE_BUF (4 KiB) bytes; larger writes from several processes
// into one pipe can interleave, whatever the program.
//
// A reader that goes away (EPIPE, `selon … | head`) ends the run quietly, with the status so
// far; any other error prints `selon: cannot write output: <strerror>` and the run ends with
// kExitOutputFailed.
#pragma once

#include <string_view>

namespace selon::cli {

// Exit statuses of the command line (README, "Exit status").
inline constexpr int kExitOk = 0;
inline constexpr int kExitErrorRecords = 1;  // some documents yielded error records
inline constexpr int kExitUsage = 2;         // usage or configuration error: nothing was run
inline constexpr int kExitOutputFailed = 3;  // output could not be written (not EPIPE)
inline constexpr int kExitSignalBase = 128;  // + SIGINT (130) or SIGTERM (143)

// Makes sure file descriptors 0, 1 and 2 are open, putting /dev/null in the place of a closed
// one, so that no file selon opens later takes their number (and receives its output). Remembers
// which were closed. Call before opening anything.
void ClaimStandardStreams();
bool StandardInputWasClosed();
bool StandardOutputWasClosed();

class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Writes all of `bytes` to standard output. Returns false once output is impossible: the
  // reader went away (closed_by_reader()) or an error was reported on stderr (failed()).
  bool Write(std::string_view bytes);

  // Ends the output: closes standard output and checks that too. Returns `status`, or
  // kExitOutputFailed after a write error (reported once).
  int Finish(int status);

  bool closed_by_reader() const { return closed_by_reader_; }
  bool failed() const { return failed_; }

 private:
  void Fail(int error);
  bool closed_by_reader_ = false;
  bool failed_ = false;
};

// For commands that print through stdio / iostreams (eval, lexicon): flushes both and returns
// `status`, or reports the error and returns kExitOutputFailed (EPIPE: quietly `status`).
int FinishStdio(int status);

}  // namespace selon::cli
