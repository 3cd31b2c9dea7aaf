// Offsets in the unit the user asked for.
//
// Internally every span is a byte range into the ORIGINAL input. Output converts those byte
// offsets to one of three units so that `text[start:end]` in the consumer's language is exactly
// the span:
//
//   kCodepoint  Unicode code points, as Python 3 slices a str (the default).
//   kByte       UTF-8 bytes of the original input, as given.
//   kUtf16      UTF-16 code units, as JavaScript, Java and C# slice strings.
//
// Invalid UTF-8 is decoded as Python's `bytes.decode("utf-8", "replace")` does: each maximal
// invalid subsequence (Unicode's "maximal subpart" practice) becomes one U+FFFD. Such a
// subsequence therefore counts as its byte length in kByte, and as 1 in kCodepoint and kUtf16.
// Span texts are always valid UTF-8 (invalid bytes appear as U+FFFD).
//
//   selon::OffsetConverter conv(original_text);
//   uint64_t start = conv.Convert(byte_begin, selon::OffsetUnit::kCodepoint);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace selon {

enum class OffsetUnit { kCodepoint, kByte, kUtf16 };

// "codepoint", "byte", "utf16".
const char* OffsetUnitName(OffsetUnit unit);
// Parses a name given by OffsetUnitName(); nullopt when unknown.
std::optional<OffsetUnit> ParseOffsetUnit(std::string_view name);

// Converts byte offsets of one text into code point and UTF-16 offsets, and slices it.
// Construction is one linear pass that records a checkpoint every few hundred bytes; each
// conversion then decodes at most that many bytes. The text must outlive the converter.
// Not thread-safe for concurrent construction; const methods are thread-safe.
//
// Offsets converted in increasing order (as a writer walks a document's spans) are cheaper with
// a caller-owned Cursor: each call then decodes only the bytes since the previous offset.
//
//   selon::OffsetConverter::Cursor cursor;
//   for (const auto& span : spans) start = conv.Convert(span.begin, unit, &cursor);
class OffsetConverter {
 public:
  // A decoded position remembered between calls; starts at the beginning of the text. One per
  // thread and per converter; any order of offsets is correct, increasing order is fast.
  struct Cursor {
    uint64_t byte = 0, codepoint = 0, utf16 = 0;
  };

  explicit OffsetConverter(std::string_view text);

  // The same converter for a text known to be valid UTF-8 (a Document's original() when its
  // valid_utf8()), built without decoding it: code points are counted eight bytes at a time, a
  // fifth of the cost. On a text that is not valid UTF-8 its offsets are unspecified.
  struct ValidUtf8 {};
  OffsetConverter(std::string_view text, ValidUtf8);

  // `byte_offset` must be a decoding boundary (start of a code point or of an invalid
  // subsequence) or text.size(); other values are rounded down to one.
  uint64_t Convert(uint64_t byte_offset, OffsetUnit unit) const;

  // As above, starting from `*cursor` when it is at or before `byte_offset` and nearer than the
  // checkpoint, and leaving `*cursor` at the converted position.
  uint64_t Convert(uint64_t byte_offset, OffsetUnit unit, Cursor* cursor) const;

  // Length of the whole text in `unit`. Constant time.
  uint64_t Length(OffsetUnit unit) const {
    return unit == OffsetUnit::kByte    ? text_.size()
           : unit == OffsetUnit::kUtf16 ? end_.utf16
                                        : end_.codepoint;
  }

  // The text the converter was built on.
  std::string_view text() const { return text_; }

  // The text in [begin, end) bytes, with invalid subsequences replaced by U+FFFD.
  std::string Slice(uint64_t begin, uint64_t end) const;

  bool valid_utf8() const { return valid_; }

 private:
  using Checkpoint = Cursor;

  // Advances `*at` (a decoding boundary) to the last boundary <= byte_offset.
  void Walk(uint64_t byte_offset, Checkpoint* at) const;

  std::string_view text_;
  bool valid_ = true;
  Checkpoint end_{0, 0, 0};  // the position of text_.size()
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace selon
