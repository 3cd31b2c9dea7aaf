#include "cli/diagnostics.h"

#include <cstdio>

#include "cli/progress.h"

namespace selon::cli {

std::string WithThousands(uint64_t n) {
  std::string digits = std::to_string(n);
  for (size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, 1, ',');
  return digits;
}

void Diagnostics::Print(std::string_view text) {
  if (progress_ != nullptr) progress_->ClearLine();
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void Diagnostics::ErrorMessages(std::string_view lines) {
  while (!lines.empty()) {
    const size_t end = lines.find('\n');
    const size_t length = end == std::string_view::npos ? lines.size() : end + 1;
    if (!quiet_ && error_messages_ < max_messages_) Print(lines.substr(0, length));
    ++error_messages_;
    lines.remove_prefix(length);
  }
}

void Diagnostics::Warning(std::string_view message) {
  if (quiet_) return;
  std::string line = "selon: warning: ";
  line.append(message).push_back('\n');
  Print(line);
}

void Diagnostics::Summary(uint64_t documents, uint64_t error_records, uint64_t warnings) {
  if (quiet_) return;
  if (error_messages_ > max_messages_) {
    Print("selon: … and " + WithThousands(error_messages_ - max_messages_) + " more errors (" +
          hint_ + ")\n");
  }
  if (documents <= 1) return;
  Print("selon: " + WithThousands(documents) + " documents, " + WithThousands(error_records) +
        (error_records == 1 ? " error record, " : " error records, ") + WithThousands(warnings) +
        (warnings == 1 ? " warning\n" : " warnings\n"));
}

}  // namespace selon::cli
