// InputReader: turns the command line's inputs into a stream of jobs, one per document, in
// input order. Reads sequentially and holds one document at a time; parsing and analysis happen
// in the workers. Every input that should yield a document yields exactly one job: a missing
// file, an unreadable file or folder (at any depth of a walked folder), a dangling `*.txt`
// link, a `*.txt` that is not a file, a read error (on a file, on stdin, in the middle of a
// JSONL stream: the line being read), stdin that is a folder or closed, an oversized document:
// each becomes a job that carries its error. Nothing is ever taken for an end of file but an
// end of file.
//
// Which inputs are JSON Lines: with --jsonl, every input (and a folder means its `*.jsonl`,
// `*.jsonl.gz` and `*.jsonl.zst` files); without it, a file named `*.jsonl[.gz|.zst]`, while a
// folder means its `*.txt[.gz|.zst]` files and stdin is one text document. gzip and zstd data
// are decompressed on the fly, told by their first bytes (input_stream.h); corrupt or truncated
// compressed data is a `corrupt_input` error job naming the path (and, in a JSONL stream, the
// line where the data ended).
//
// With --shard I/N, documents are numbered in input order from 0 (every job counts: error
// jobs too, blank JSONL lines not) and only those whose number is I modulo N are returned; the
// others are not read (a text file is not even opened) or not parsed (a JSONL line). Paths and
// line numbers stay those of the whole input.
//
// Reads with read(2) on file descriptors (no stdio), so that a stop signal (stop_signals.h)
// interrupts a blocked read: Next() then returns false, and the document being read is dropped.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/config.h"
#include "cli/input_stream.h"
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
  std::string path;          // the input the job came from ("-" for stdin)
  uint64_t line = 0;         // 1-based line number for JSONL, else 0
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
    bool jsonl = false;
    uint64_t size = 0;  // a regular file's size, for progress
    // Set when the directory walk already knows that this source yields an error record.
    std::string error_code, error_message;
  };
  void ExpandInputs();
  static void Walk(const std::string& dir, bool jsonl, std::vector<Source>* found);
  bool NextJob(Job* job);        // the next job, whatever its shard
  bool OpenNextJsonl(Job* job);  // returns true when `job` holds an open error
  enum class LineResult { kEnd, kBlank, kJob };
  bool ReadLine(Job* job);  // next non-blank JSONL line of the open stream
  LineResult ReadOneLine(Job* job);
  void CloseStream();
  void ReadWholeFile(const Source& source, Job* job);
  void ReadStdin(Job* job);
  // Reads `in` to its end into `job` (a kText job, or a kError one: read error, corrupt data,
  // over --max-doc-bytes of decoded bytes, then the rest is drained undecoded).
  void ReadAll(InputStream& in, Job* job);

  const Config& config_;
  std::vector<Source> sources_;
  size_t next_source_ = 0;
  uint64_t total_bytes_ = 0;

  bool stopped_ = false;  // a stop signal interrupted a read

  // --shard: the number of the next document, and input bytes of skipped documents not yet
  // counted for progress.
  uint64_t position_ = 0;
  uint64_t skipped_bytes_ = 0;

  // JSONL state: the open stream, its path and line counter.
  int stream_fd_ = -1;
  std::unique_ptr<InputStream> stream_;
  bool stream_is_stdin_ = false;
  std::string stream_path_;
  uint64_t line_number_ = 0;
  uint64_t stream_raw_reported_ = 0;  // raw bytes of the stream already counted in jobs
  std::vector<char> buffer_;
  size_t buffer_pos_ = 0, buffer_end_ = 0;
  bool stream_eof_ = false;
  bool stdin_consumed_ = false;
};

}  // namespace selon::cli
