#include "selon/offsets.h"

#include <algorithm>

#include "internal/utf8.h"

namespace selon {
namespace {
constexpr uint64_t kCheckpointStride = 256;  // bytes between checkpoints: bounds Convert()'s scan
}  // namespace

const char* OffsetUnitName(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::kCodepoint: return "codepoint";
    case OffsetUnit::kByte: return "byte";
    case OffsetUnit::kUtf16: return "utf16";
  }
  return "codepoint";
}

std::optional<OffsetUnit> ParseOffsetUnit(std::string_view name) {
  if (name == "codepoint") return OffsetUnit::kCodepoint;
  if (name == "byte") return OffsetUnit::kByte;
  if (name == "utf16") return OffsetUnit::kUtf16;
  return std::nullopt;
}

OffsetConverter::OffsetConverter(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kCheckpointStride + 2);
  Checkpoint at{0, 0, 0};
  checkpoints_.push_back(at);
  uint64_t next_checkpoint = kCheckpointStride;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t ascii = internal::AsciiRun(text, pos);
    if (ascii > 0) {
      // Checkpoints inside an ASCII run may land on any byte.
      while (next_checkpoint <= pos + ascii) {
        const uint64_t delta = next_checkpoint - pos;
        checkpoints_.push_back({next_checkpoint, at.codepoint + delta, at.utf16 + delta});
        next_checkpoint += kCheckpointStride;
      }
      pos += ascii;
      at = {pos, at.codepoint + ascii, at.utf16 + ascii};
      continue;
    }
    const int32_t c = internal::NextCodepoint(text, &pos);
    if (c < 0) valid_ = false;
    at.byte = pos;
    at.codepoint += 1;
    at.utf16 += (c >= 0x10000) ? 2 : 1;
    if (pos >= next_checkpoint) {
      checkpoints_.push_back(at);
      next_checkpoint = pos + kCheckpointStride;
    }
  }
}

uint64_t OffsetConverter::Convert(uint64_t byte_offset, OffsetUnit unit) const {
  byte_offset = std::min<uint64_t>(byte_offset, text_.size());
  if (unit == OffsetUnit::kByte) return byte_offset;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte_offset,
                             [](uint64_t b, const Checkpoint& c) { return b < c.byte; });
  Checkpoint at = *(it - 1);
  size_t pos = at.byte;
  while (pos < byte_offset) {
    const uint8_t b = static_cast<uint8_t>(text_[pos]);
    if (b < 0x80) {
      ++pos;
      ++at.codepoint;
      ++at.utf16;
      continue;
    }
    size_t next = pos;
    const int32_t c = internal::NextCodepoint(text_, &next);
    if (next > byte_offset) break;  // not a boundary: round down
    pos = next;
    ++at.codepoint;
    at.utf16 += (c >= 0x10000) ? 2 : 1;
  }
  return unit == OffsetUnit::kCodepoint ? at.codepoint : at.utf16;
}

std::string OffsetConverter::Slice(uint64_t begin, uint64_t end) const {
  end = std::min<uint64_t>(end, text_.size());
  if (begin >= end) return std::string();
  std::string_view piece = text_.substr(begin, end - begin);
  if (valid_) return std::string(piece);
  std::string out;
  out.reserve(piece.size());
  size_t pos = 0;
  while (pos < piece.size()) {
    const size_t start = pos;
    const int32_t c = internal::NextCodepoint(piece, &pos);
    if (c < 0) {
      internal::AppendUtf8(internal::kReplacement, &out);
    } else {
      out.append(piece.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace selon
