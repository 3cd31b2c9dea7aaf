#include "selon/offsets.h"

#include <algorithm>
#include <bit>

#include "internal/utf8.h"

namespace selon {
namespace {
constexpr uint64_t kCheckpointStride = 256;  // bytes between checkpoints: bounds Convert()'s scan
}  // namespace

const char* OffsetUnitName(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::kCodepoint:
      return "codepoint";
    case OffsetUnit::kByte:
      return "byte";
    case OffsetUnit::kUtf16:
      return "utf16";
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
  end_ = at;
}

OffsetConverter::OffsetConverter(std::string_view text, ValidUtf8) : text_(text) {
  // Walk() on valid UTF-8 counts the code points up to an offset, rounded down to one's start:
  // a checkpoint at (about) every stride. Where the checkpoints fall changes no conversion.
  checkpoints_.reserve(text.size() / kCheckpointStride + 2);
  Checkpoint at{0, 0, 0};
  checkpoints_.push_back(at);
  for (uint64_t b = kCheckpointStride; b < text.size(); b += kCheckpointStride) {
    Walk(b, &at);
    if (at.byte > checkpoints_.back().byte) checkpoints_.push_back(at);
  }
  Walk(text.size(), &at);
  end_ = at;
}

uint64_t OffsetConverter::Convert(uint64_t byte_offset, OffsetUnit unit) const {
  Cursor cursor;
  return Convert(byte_offset, unit, &cursor);
}

uint64_t OffsetConverter::Convert(uint64_t byte_offset, OffsetUnit unit, Cursor* cursor) const {
  byte_offset = std::min<uint64_t>(byte_offset, text_.size());
  if (unit == OffsetUnit::kByte) return byte_offset;
  if (cursor->byte > byte_offset || byte_offset - cursor->byte >= kCheckpointStride) {
    // Behind, or far: start from the last checkpoint at or before the offset, unless the
    // cursor is nearer.
    auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte_offset,
                               [](uint64_t b, const Checkpoint& c) { return b < c.byte; });
    const Checkpoint& at = *(it - 1);
    if (cursor->byte > byte_offset || at.byte > cursor->byte) *cursor = at;
  }
  Walk(byte_offset, cursor);
  return unit == OffsetUnit::kCodepoint ? cursor->codepoint : cursor->utf16;
}

void OffsetConverter::Walk(uint64_t byte_offset, Checkpoint* at) const {
  if (valid_) {
    // Valid UTF-8: round down to a lead byte, then count code points as the bytes that are not
    // continuation bytes (10xxxxxx) and the extra UTF-16 units as 4-byte leads (11110xxx), eight
    // bytes at a time.
    while (byte_offset > at->byte && byte_offset < text_.size() &&
           (static_cast<uint8_t>(text_[byte_offset]) & 0xC0) == 0x80)
      --byte_offset;
    if (byte_offset <= at->byte) return;
    const char* p = text_.data() + at->byte;
    const char* const end = text_.data() + byte_offset;
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    uint64_t continuation = 0, four_byte = 0;
    for (; end - p >= 8; p += 8) {
      uint64_t w;
      __builtin_memcpy(&w, p, 8);
      if ((w & kHigh) == 0) continue;
      const uint64_t cont = w & ~(w << 1) & kHigh;
      const uint64_t four = w & (w << 1) & (w << 2) & (w << 3) & kHigh;
      continuation += ((cont >> 7) * kOnes) >> 56;
      four_byte += ((four >> 7) * kOnes) >> 56;
    }
    if (p < end && std::endian::native == std::endian::little && end - text_.data() >= 8) {
      // The last bytes: the high bytes of the word that ends at `end`, the others masked off.
      uint64_t w;
      __builtin_memcpy(&w, end - 8, 8);
      w &= ~uint64_t{0} << (8 * (8 - (end - p)));
      const uint64_t cont = w & ~(w << 1) & kHigh;
      const uint64_t four = w & (w << 1) & (w << 2) & (w << 3) & kHigh;
      continuation += ((cont >> 7) * kOnes) >> 56;
      four_byte += ((four >> 7) * kOnes) >> 56;
      p = end;
    }
    for (; p < end; ++p) {
      const uint8_t b = static_cast<uint8_t>(*p);
      continuation += (b & 0xC0) == 0x80;
      four_byte += b >= 0xF0;
    }
    const uint64_t codepoints = (byte_offset - at->byte) - continuation;
    at->byte = byte_offset;
    at->codepoint += codepoints;
    at->utf16 += codepoints + four_byte;
    return;
  }
  size_t pos = at->byte;
  while (pos < byte_offset) {
    const uint8_t b = static_cast<uint8_t>(text_[pos]);
    if (b < 0x80) {
      ++pos;
      ++at->codepoint;
      ++at->utf16;
      continue;
    }
    size_t next = pos;
    const int32_t c = internal::NextCodepoint(text_, &next);
    if (next > byte_offset) break;  // not a boundary: round down
    pos = next;
    ++at->codepoint;
    at->utf16 += (c >= 0x10000) ? 2 : 1;
  }
  at->byte = pos;
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
