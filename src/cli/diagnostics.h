// Diagnostics: what a run says on stderr besides progress, so that a run over a million
// documents stays readable.
//
//   - each error record is also reported as `selon: PATH[:LINE]: message`, the first
//     kMaxErrorMessages of them; then one `selon: … and 9,990 more errors (see the error
//     records)` at the end;
//   - warnings about the configuration (`selon: warning: …`), once each;
//   - at the end of a run over more than one document, one summary line:
//     `selon: 10,000 documents, 12 error records, 3 warnings`.
//
// `quiet` (-q) silences all of these; fatal messages (exit 2, write errors) are not theirs.
// Progress lines are cleared before a message is printed, so the two never share a line.
// Not thread-safe: used by the writer thread, then by main() once the runner is done.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace selon::cli {

class Progress;

// Error messages printed on stderr in a run; the rest are only counted.
inline constexpr uint64_t kMaxErrorMessages = 10;

class Diagnostics {
 public:
  explicit Diagnostics(bool quiet) : quiet_(quiet) {}

  // Error messages printed before they are only counted (default kMaxErrorMessages), and what
  // the line that counts the others points to (default "see the error records").
  void set_max_messages(uint64_t max, std::string_view hint) {
    max_messages_ = max;
    hint_ = hint;
  }

  // The progress line to clear before each message (null: none).
  void set_progress(Progress* progress) { progress_ = progress; }

  // Error messages of one batch, each ending in '\n'; prints those under the cap.
  void ErrorMessages(std::string_view lines);

  // `selon: warning: <message>`.
  void Warning(std::string_view message);

  // The count of unprinted error messages, then (for more than one document) the summary.
  void Summary(uint64_t documents, uint64_t error_records, uint64_t warnings);

 private:
  void Print(std::string_view text);
  bool quiet_;
  Progress* progress_ = nullptr;
  uint64_t error_messages_ = 0;
  uint64_t max_messages_ = kMaxErrorMessages;
  std::string hint_ = "see the error records";
};

// `n` with a comma every three digits, as in "9,990".
std::string WithThousands(uint64_t n);

}  // namespace selon::cli
