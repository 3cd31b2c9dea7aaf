// libFuzzer target: any bytes as an input file, through the command line's InputStream (gzip,
// zstd or plain, told by the first bytes). Whatever the bytes, reading ends with a terminal
// result, never a crash, a hang or unbounded memory; the decoded size is capped here the way
// --max-doc-bytes caps it in the CLI.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

#include "cli/input_stream.h"

namespace {
// Decoded bytes read per input: a bomb stops here, as --max-doc-bytes stops it in the CLI.
constexpr size_t kMaxDecodedBytes = 8u << 20;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const int fd = memfd_create("selon-fuzz", 0);
  if (fd < 0) return 0;
  if (size > 0 && write(fd, data, size) != static_cast<ssize_t>(size)) {
    close(fd);
    return 0;
  }
  lseek(fd, 0, SEEK_SET);
  // Both with no expectation and with the one a ".gz" name would give.
  for (const selon::cli::Compression expected :
       {selon::cli::Compression::kNone, selon::cli::Compression::kGzip}) {
    lseek(fd, 0, SEEK_SET);
    selon::cli::InputStream in(fd, expected);
    static char chunk[1 << 16];
    size_t total = 0, got = 0;
    selon::cli::InputStream::Result r;
    while ((r = in.Read(chunk, sizeof chunk, &got)) == selon::cli::InputStream::Result::kOk) {
      if (got == 0 || got > sizeof chunk) __builtin_trap();  // kOk promises 0 < got <= capacity
      total += got;
      if (total > kMaxDecodedBytes) {
        in.Drain();
        break;
      }
    }
    if (r == selon::cli::InputStream::Result::kCorrupt && in.error().empty()) __builtin_trap();
  }
  close(fd);
  return 0;
}
