#include "cli/progress.h"

#include <cstdio>

namespace selon::cli {

Progress::Progress(bool enabled, uint64_t total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

void Progress::Add(uint64_t documents, uint64_t bytes) {
  if (!enabled_) return;
  documents_ += documents;
  bytes_ += bytes;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ >= std::chrono::milliseconds(100)) {
    last_draw_ = now;
    Draw(false);
  }
}

void Progress::Finish() {
  if (!enabled_) return;
  Draw(true);
}

void Progress::ClearLine() {
  if (!line_shown_) return;
  std::fputs("\r\x1b[K", stderr);
  line_shown_ = false;
}

void Progress::Draw(bool final) {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = bytes_ / 1e6;
  const double mbps = seconds > 0 ? mb / seconds : 0;
  const double dps = seconds > 0 ? documents_ / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rselon: %llu docs, %.1f MB, %.1f MB/s, %.0f docs/s",
                        static_cast<unsigned long long>(documents_), mb, mbps, dps);
  if (total_bytes_ > 0 && n > 0 && n < static_cast<int>(sizeof line)) {
    const double fraction = bytes_ >= total_bytes_ ? 1.0 : double(bytes_) / total_bytes_;
    const double eta = (fraction > 0 && mbps > 0) ? (total_bytes_ - bytes_) / 1e6 / mbps : 0;
    std::snprintf(line + n, sizeof line - n, ", %3.0f%%, ETA %d:%02d", fraction * 100,
                  static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  }
  std::fprintf(stderr, "%s\x1b[K%s", line, final ? "\n" : "");
  line_shown_ = !final;
  std::fflush(stderr);
}

}  // namespace selon::cli
