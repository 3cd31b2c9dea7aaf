// InputReader: turns the command line's inputs into a stream of jobs, one per document, in
// input order. Reads sequentially and holds one document at a time; parsing and analysis happen
// in the workers. Every input that should yield a document yields exactly one job: a missing
// file, an unreadable file or folder (at any depth of a walked folder), a dangling `*.txt`
// link, a `*.txt` that is not a file, a read error (on a file, on stdin, in the middle of a
// JSONL stream: the line being read), stdin that is a folder or closed, an oversized document:
// each becomes a job that carries its error. Nothing is ever taken for an end of file but an
// end of file.
//
// Reads with read(2) on file descriptors (no stdio), so that a stop signal (stop_signals.h)
// interrupts a blocked read: Next() then returns false, and the document being read is dropped.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/config.h"
#include "selon/json_writer.h"

namespace selon::cli {

struct Job {
  enum class Kind {
    kText,      // payload is the document's bytes
    kJsonLine,  // payload is one JSONL line, to be parsed by the worker
    kError,     // error says why there is no document
  };
  Kind kind = Kind::kText;
  std::string payload;
  nlohmann::json id;         // file path, or the line number until the worker reads "id"
  std::string path;          // the input the job came from ("-" for stdin)
  uint64_t line = 0;         // 1-based line number for JSONL
  uint64_t input_bytes = 0;  // bytes consumed from the input, for progress
  RecordError error;
};

class InputReader {
 public:
  explicit InputReader(const Config& config);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Fills `job` with the next document; false at the end of all inputs, or once a stop signal
  // arrived (StopSignal() != 0).
  bool Next(Job* job);

  // Total input bytes when known (regular files only), else 0. Costs one stat per file.
  uint64_t TotalBytes() const { return total_bytes_; }

 private:
  struct Source {
    std::string path;  // as given or as found in a directory
    // Set when the directory walk already knows that this source yields an error record.
    std::string error_code, error_message;
  };
  void ExpandInputs();
  static void Walk(const std::string& dir, std::vector<Source>* found);
  bool OpenNextJsonl(Job* job);  // returns true when `job` holds an open error
  enum class LineResult { kEnd, kBlank, kJob };
  bool ReadLine(Job* job);  // next non-blank JSONL line of the open stream
  LineResult ReadOneLine(Job* job);
  void ReadWholeFile(const Source& source, Job* job);
  void ReadStdin(Job* job);
  // Reads `fd` to its end into `data` (up to --max-doc-bytes; a larger input is drained and
  // counted in `total`). Returns 0, or the errno of a read error; sets stopped_ on a signal.
  int ReadAll(int fd, std::string* data, uint64_t* total, bool* too_large);

  const Config& config_;
  std::vector<Source> sources_;
  size_t next_source_ = 0;
  uint64_t total_bytes_ = 0;

  bool stopped_ = false;  // a stop signal interrupted a read

  // JSONL state: the open stream, its path and line counter.
  int stream_ = -1;
  bool stream_is_stdin_ = false;
  std::string stream_path_;
  uint64_t line_number_ = 0;
  std::vector<char> buffer_;
  size_t buffer_pos_ = 0, buffer_end_ = 0;
  bool stream_eof_ = false;
  bool stdin_consumed_ = false;
};

}  // namespace selon::cli
