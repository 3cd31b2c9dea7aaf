// Progress: a one-line status on stderr, redrawn at most ten times a second: documents done,
// MB read, MB/s, documents/s, and percent and ETA when the total input size is known.
#pragma once

#include <chrono>
#include <cstdint>

namespace selon::cli {

class Progress {
 public:
  // `total_bytes` 0 means unknown. Does nothing at all when `enabled` is false.
  Progress(bool enabled, uint64_t total_bytes);

  // Adds finished work; redraws when the last draw is older than 100 ms.
  void Add(uint64_t documents, uint64_t bytes);
  // Draws the final figures and ends the line.
  void Finish();
  // Erases the progress line, if one is shown, so that a message can take its place (the next
  // redraw brings it back).
  void ClearLine();

 private:
  void Draw(bool final);
  bool enabled_;
  bool line_shown_ = false;  // a progress line without its final newline is on screen
  uint64_t total_bytes_;
  uint64_t documents_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace selon::cli
