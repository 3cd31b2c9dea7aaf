// Status: the result of a fallible library call.
//
// The library never throws. Calls that can fail at load or configuration time return a Status
// (or fill an out-parameter and return a Status); once a Pipeline exists, analysing a document
// cannot fail. The codes form a closed set so callers can map them to exit codes.
//
//   selon::Status s = selon::Pipeline::Create(options, &pipeline);
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 2; }
#pragma once

#include <string>
#include <utility>

namespace selon {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a caller-supplied value is out of range or malformed
  kNotFound,         // a file or directory does not exist
  kUnreadable,       // a file exists but cannot be read
  kDataError,        // a data file (lexicon, rules) is malformed; message names file:line
  kInternal,         // a dependency reported an unexpected failure (e.g. ICU)
};

// [[nodiscard]]: a Status returned and dropped is a failure nobody sees, so the compiler
// warns about every call whose Status is ignored.
class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid argument: <message>", or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

#define SELON_RETURN_IF_ERROR(expr)    \
  do {                                 \
    ::selon::Status _status = (expr);  \
    if (!_status.ok()) return _status; \
  } while (0)

}  // namespace selon
