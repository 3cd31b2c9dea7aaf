// InputStream: the bytes of one input (a file or stdin), decompressed on the fly when they are
// gzip or zstd data, read in chunks in constant memory.
//
// The format is told by the first bytes (gzip 1f 8b, zstd 28 b5 2f fd), so compressed stdin
// works as well as a file; a name ending in `.gz` or `.zst` must hold that format. Anything else
// is read as it is, with no copy beyond the first chunk (the plain-text path costs what a bare
// read(2) loop costs). Concatenated gzip members and zstd frames are read one after the other,
// as `gzip -d` and `zstd -d` do. Corrupt data, trailing garbage after a gzip stream, and data
// that ends inside a gzip member or zstd frame are kCorrupt with a one-line reason: a truncated
// archive is never taken for a shorter one.
//
//   InputStream in(fd, ExpectedCompression(path));
//   char chunk[1 << 16];
//   size_t got;
//   while (in.Read(chunk, sizeof chunk, &got) == InputStream::Result::kOk) use(chunk, got);
//
// Memory: a 64 KiB raw buffer, plus the decoder's state (zlib: 32 KiB window; zstd: its window,
// at most 128 MiB, the limit `zstd -d` applies by default, for frames that ask for one that
// large). Reads wait with WaitReadable, so a stop signal interrupts a blocked read (kStopped).
// Not thread-safe; not copyable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace selon::cli {

enum class Compression { kNone, kGzip, kZstd };

// kGzip for a name ending in ".gz", kZstd for ".zst", else kNone.
Compression ExpectedCompression(std::string_view path);

// The name without a trailing ".gz" or ".zst" ("a.jsonl.gz" -> "a.jsonl").
std::string_view WithoutCompressionSuffix(std::string_view path);

// "gzip", "zstd" or "plain", for messages.
const char* CompressionName(Compression c);

class InputStream {
 public:
  enum class Result {
    kOk,         // `*got` > 0 bytes were read
    kEnd,        // end of the input (of the last member or frame)
    kReadError,  // read(2) failed: read_errno()
    kStopped,    // a stop signal arrived (StopSignal() != 0)
    kCorrupt,    // compressed data is corrupt or truncated: error() says how
  };

  // Reads `fd`, which stays owned by the caller. `expected` (from the name) is checked against
  // the first bytes: kGzip or kZstd there and other bytes in the file is kCorrupt.
  InputStream(int fd, Compression expected);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to `capacity` decoded bytes (capacity > 0). A terminal result (anything but kOk)
  // is returned again by every later call.
  Result Read(char* buffer, size_t capacity, size_t* got);

  // Reads the first bytes to tell the format, if not done yet. Returns kOk once it is known,
  // or the terminal result that prevented it (kEnd for an empty plain input).
  Result Detect();

  // Reads the rest of the raw input without decoding it, so that a writer upstream is not
  // killed by SIGPIPE; returns kEnd, kReadError or kStopped.
  Result Drain();

  Compression compression() const { return compression_; }
  uint64_t raw_bytes() const { return raw_bytes_; }  // bytes read from the fd so far
  int read_errno() const { return errno_; }
  // For kCorrupt: "corrupt gzip data: invalid block type", "truncated zstd data", ...
  const std::string& error() const { return error_; }

 private:
  class Decoder;
  Result FillRaw();  // reads more raw bytes into raw_ (from raw_end_); kEnd at end of file
  Result Fail(Result r, std::string message = "");
  Result ReadPlain(char* buffer, size_t capacity, size_t* got);

  int fd_;
  Compression expected_;
  Compression compression_ = Compression::kNone;
  bool detected_ = false;
  bool raw_eof_ = false;
  Result terminal_ = Result::kOk;  // kOk until a terminal result
  std::unique_ptr<char[]> raw_;    // kRawChunk bytes
  size_t raw_pos_ = 0, raw_end_ = 0;
  uint64_t raw_bytes_ = 0;
  int errno_ = 0;
  std::string error_;
  std::unique_ptr<Decoder> decoder_;
};

}  // namespace selon::cli
