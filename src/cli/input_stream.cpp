// Decoding is pull-driven: Read() asks the decoder for up to `capacity` bytes, and the decoder
// refills the raw buffer from the fd only when it has consumed it. zlib and libzstd both decode
// into the caller's buffer, so no decoded byte is copied twice. The end of the input is only an
// end when the decoder says a member or frame just ended; raw end of file anywhere else is
// truncation.
#include "cli/input_stream.h"

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "cli/stop_signals.h"

namespace selon::cli {
namespace {

constexpr size_t kRawChunk = 1 << 16;
// zstd frames may ask for a window up to 2^31 bytes; like `zstd -d` (without --memory), refuse
// more than 2^27 (128 MiB), so a hostile frame cannot make one stream take gigabytes.
constexpr int kZstdMaxWindowLog = 27;

constexpr unsigned char kGzipMagic[] = {0x1f, 0x8b};
constexpr unsigned char kZstdMagic[] = {0x28, 0xb5, 0x2f, 0xfd};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// How the bytes seen so far compare with a magic number: a full match, a possible match
// (a prefix of it, more bytes needed), or no match.
enum class Match { kYes, kMaybe, kNo };
template <size_t N>
Match MatchMagic(const char* data, size_t size, const unsigned char (&magic)[N]) {
  for (size_t i = 0; i < N; ++i) {
    if (i == size) return Match::kMaybe;
    if (static_cast<unsigned char>(data[i]) != magic[i]) return Match::kNo;
  }
  return Match::kYes;
}

}  // namespace

Compression ExpectedCompression(std::string_view path) {
  if (EndsWith(path, ".gz")) return Compression::kGzip;
  if (EndsWith(path, ".zst")) return Compression::kZstd;
  return Compression::kNone;
}

std::string_view WithoutCompressionSuffix(std::string_view path) {
  if (EndsWith(path, ".gz")) return path.substr(0, path.size() - 3);
  if (EndsWith(path, ".zst")) return path.substr(0, path.size() - 4);
  return path;
}

const char* CompressionName(Compression c) {
  switch (c) {
    case Compression::kGzip:
      return "gzip";
    case Compression::kZstd:
      return "zstd";
    case Compression::kNone:
      break;
  }
  return "plain";
}

// The state of one decoder; only the member of the detected format is initialised.
class InputStream::Decoder {
 public:
  explicit Decoder(Compression c) : compression_(c) {
    if (c == Compression::kGzip) {
      std::memset(&zs_, 0, sizeof zs_);
      ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;  // 16: gzip wrapper only
    } else {
      zstd_ = ZSTD_createDStream();
      ok_ = zstd_ != nullptr &&
            !ZSTD_isError(ZSTD_DCtx_setParameter(zstd_, ZSTD_d_windowLogMax, kZstdMaxWindowLog));
    }
  }
  ~Decoder() {
    if (compression_ == Compression::kGzip) {
      inflateEnd(&zs_);
    } else {
      ZSTD_freeDStream(zstd_);
    }
  }
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  bool ok() const { return ok_; }
  Compression compression() const { return compression_; }

  z_stream zs_;
  bool member_done_ = false;  // gzip: the last inflate() call ended a member
  ZSTD_DStream* zstd_ = nullptr;
  size_t zstd_hint_ = 0;  // zstd: the last ZSTD_decompressStream result (0: a frame just ended)
  bool zstd_started_ = false;

 private:
  Compression compression_;
  bool ok_ = false;
};

InputStream::InputStream(int fd, Compression expected)
    : fd_(fd), expected_(expected), raw_(new char[kRawChunk]) {}  // (not zeroed: 64 KiB per input)

InputStream::~InputStream() = default;

InputStream::Result InputStream::Fail(Result r, std::string message) {
  terminal_ = r;
  if (!message.empty()) error_ = std::move(message);
  return r;
}

InputStream::Result InputStream::FillRaw() {
  if (raw_eof_) return Result::kEnd;
  if (raw_pos_ > 0) {  // keep the unread bytes, at the front
    std::memmove(raw_.get(), raw_.get() + raw_pos_, raw_end_ - raw_pos_);
    raw_end_ -= raw_pos_;
    raw_pos_ = 0;
  }
  if (raw_end_ == kRawChunk) return Result::kOk;  // full: nothing to add
  while (true) {
    if (!WaitReadable(fd_)) return Fail(Result::kStopped);
    const ssize_t n = read(fd_, raw_.get() + raw_end_, kRawChunk - raw_end_);
    if (n > 0) {
      raw_end_ += static_cast<size_t>(n);
      raw_bytes_ += static_cast<uint64_t>(n);
      return Result::kOk;
    }
    if (n == 0) {
      raw_eof_ = true;
      return Result::kEnd;
    }
    if (errno != EINTR) {
      errno_ = errno;
      return Fail(Result::kReadError);
    }
  }
}

InputStream::Result InputStream::Detect() {
  if (detected_) return Result::kOk;
  if (terminal_ != Result::kOk) return terminal_;
  // Read until the first bytes either are or cannot be a magic number (a short first read on a
  // pipe that cannot be compressed data is decided at once, for interactive use).
  while (true) {
    const char* p = raw_.get() + raw_pos_;
    const size_t n = raw_end_ - raw_pos_;
    const Match gzip = MatchMagic(p, n, kGzipMagic);
    const Match zstd = MatchMagic(p, n, kZstdMagic);
    if (gzip == Match::kYes) {
      compression_ = Compression::kGzip;
      break;
    }
    if (zstd == Match::kYes) {
      compression_ = Compression::kZstd;
      break;
    }
    if (gzip == Match::kNo && zstd == Match::kNo) break;
    const Result r = FillRaw();
    if (r == Result::kEnd) break;
    if (r != Result::kOk) return r;
  }
  detected_ = true;
  if (expected_ != Compression::kNone && compression_ != expected_) {
    return Fail(Result::kCorrupt, std::string("not ") + CompressionName(expected_) +
                                      " data (the name says " + CompressionName(expected_) + ")");
  }
  if (compression_ != Compression::kNone) {
    decoder_ = std::make_unique<Decoder>(compression_);
    if (!decoder_->ok()) {
      return Fail(Result::kCorrupt,
                  std::string("cannot start the ") + CompressionName(compression_) + " decoder");
    }
  }
  if (compression_ == Compression::kNone && raw_pos_ == raw_end_ && raw_eof_) return Result::kEnd;
  return Result::kOk;
}

InputStream::Result InputStream::ReadPlain(char* buffer, size_t capacity, size_t* got) {
  if (raw_pos_ < raw_end_) {  // what Detect() read first
    const size_t n = std::min(capacity, raw_end_ - raw_pos_);
    std::memcpy(buffer, raw_.get() + raw_pos_, n);
    raw_pos_ += n;
    *got = n;
    return Result::kOk;
  }
  if (raw_eof_) return Fail(Result::kEnd);
  while (true) {
    if (!WaitReadable(fd_)) return Fail(Result::kStopped);
    const ssize_t n = read(fd_, buffer, capacity);
    if (n > 0) {
      raw_bytes_ += static_cast<uint64_t>(n);
      *got = static_cast<size_t>(n);
      return Result::kOk;
    }
    if (n == 0) {
      raw_eof_ = true;
      return Fail(Result::kEnd);
    }
    if (errno != EINTR) {
      errno_ = errno;
      return Fail(Result::kReadError);
    }
  }
}

InputStream::Result InputStream::Read(char* buffer, size_t capacity, size_t* got) {
  *got = 0;
  if (terminal_ != Result::kOk) return terminal_;
  if (const Result r = Detect(); r != Result::kOk) return Fail(r);
  if (compression_ == Compression::kNone) return ReadPlain(buffer, capacity, got);

  Decoder& d = *decoder_;
  while (*got == 0) {
    if (raw_pos_ == raw_end_) {
      const Result r = FillRaw();
      if (r != Result::kOk && r != Result::kEnd) return r;
    }
    const bool no_input = raw_pos_ == raw_end_;  // then raw_eof_
    if (compression_ == Compression::kGzip) {
      if (d.member_done_) {
        // After a member: the end, another member, or garbage.
        if (no_input) return Fail(Result::kEnd);
        if (MatchMagic(raw_.get() + raw_pos_, raw_end_ - raw_pos_, kGzipMagic) == Match::kNo)
          return Fail(Result::kCorrupt, "trailing data after the gzip stream");
        if (raw_end_ - raw_pos_ < 2 && !raw_eof_) {
          if (const Result r = FillRaw(); r != Result::kOk && r != Result::kEnd) return r;
          continue;
        }
        inflateReset(&d.zs_);
        d.member_done_ = false;
      }
      if (no_input) return Fail(Result::kCorrupt, "truncated gzip data (unexpected end of file)");
      d.zs_.next_in = reinterpret_cast<Bytef*>(raw_.get() + raw_pos_);
      d.zs_.avail_in = static_cast<uInt>(raw_end_ - raw_pos_);
      d.zs_.next_out = reinterpret_cast<Bytef*>(buffer);
      d.zs_.avail_out = static_cast<uInt>(std::min<size_t>(capacity, 1u << 30));
      const int rc = inflate(&d.zs_, Z_NO_FLUSH);
      raw_pos_ = raw_end_ - d.zs_.avail_in;
      *got = static_cast<size_t>(reinterpret_cast<char*>(d.zs_.next_out) - buffer);
      if (rc == Z_STREAM_END) {
        d.member_done_ = true;
      } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
        return Fail(Result::kCorrupt, std::string("corrupt gzip data: ") +
                                          (d.zs_.msg != nullptr ? d.zs_.msg : "invalid data"));
      } else if (rc == Z_MEM_ERROR) {
        return Fail(Result::kCorrupt, "gzip decoder out of memory");
      }
      // Z_OK, or Z_BUF_ERROR (no progress possible): more input is needed, read on.
    } else {
      if (no_input) {
        // A frame ended exactly at the end of the input (or nothing was ever read): the end.
        if (d.zstd_hint_ == 0 && d.zstd_started_) return Fail(Result::kEnd);
        if (!d.zstd_started_) return Fail(Result::kCorrupt, "truncated zstd data");
      }
      ZSTD_inBuffer in{raw_.get() + raw_pos_, raw_end_ - raw_pos_, 0};
      ZSTD_outBuffer out{buffer, capacity, 0};
      const size_t rc = ZSTD_decompressStream(d.zstd_, &out, &in);
      d.zstd_started_ = true;
      raw_pos_ += in.pos;
      *got = out.pos;
      if (ZSTD_isError(rc)) {
        return Fail(Result::kCorrupt, std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc));
      }
      d.zstd_hint_ = rc;
      if (no_input && out.pos == 0) {
        if (rc == 0) return Fail(Result::kEnd);
        return Fail(Result::kCorrupt, "truncated zstd data (unexpected end of file)");
      }
    }
  }
  return Result::kOk;
}

InputStream::Result InputStream::Drain() {
  if (terminal_ == Result::kReadError || terminal_ == Result::kStopped) return terminal_;
  raw_pos_ = raw_end_ = 0;
  while (true) {
    const Result r = FillRaw();
    if (r != Result::kOk) return r;
    raw_pos_ = raw_end_ = 0;
  }
}

}  // namespace selon::cli
