// Document: one input text, kept byte for byte, plus the normalized view analysis runs on.
//
// The original bytes are never modified: every span selon reports points into them. Analysis
// runs on a view that is (1) valid UTF-8, with each maximal invalid subsequence replaced by
// U+FFFD, and (2) in Unicode Normalization Form C (ICU's normalizer, with a quick check so that
// already-normalized text, nearly all French news, costs one scan and no copy). An OffsetMap
// records where the view differs from the original, so a span of the view maps back exactly.
//
//   selon::Document doc(std::move(bytes));
//   std::string_view view = doc.analysis_text();          // NFC, valid UTF-8
//   selon::ByteSpan orig = doc.ToOriginal({b, e});         // bytes of the original text
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace selon {

// A half-open byte range [begin, end).
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

// Maps offsets of a rewritten text back to the text it was made from. Holds one entry per
// changed region; an empty map is the identity. Offsets inside a changed region map to the
// region's start (for span starts) or end (for span ends), so spans never shrink.
class OffsetMap {
 public:
  struct Edit {
    uint32_t new_begin, new_end;  // the region in the rewritten text
    uint32_t old_begin, old_end;  // the region it replaced
  };

  void Add(const Edit& edit) { edits_.push_back(edit); }  // edits must come in text order
  bool empty() const { return edits_.empty(); }
  void clear() { edits_.clear(); }

  uint32_t MapStart(uint32_t offset) const { return Map(offset, /*round_up=*/false); }
  uint32_t MapEnd(uint32_t offset) const { return Map(offset, /*round_up=*/true); }

 private:
  uint32_t Map(uint32_t offset, bool round_up) const;
  std::vector<Edit> edits_;
};

// A problem found in the input that did not stop analysis.
struct InputWarning {
  std::string code;     // "invalid_utf8", ...
  uint32_t offset = 0;  // byte offset into the original text
  std::string message;
};

class Document {
 public:
  // Takes ownership of the bytes (any content; need not be valid UTF-8). Documents are limited
  // to 4 GiB - 1 bytes (offsets are 32-bit); callers enforce a smaller limit.
  explicit Document(std::string bytes);

  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // The input exactly as given.
  std::string_view original() const { return original_; }

  // The view analysis runs on: valid UTF-8, NFC. Aliases original() when they are equal.
  std::string_view analysis_text() const {
    return rewritten_ ? std::string_view(analysis_) : std::string_view(original_);
  }

  // Maps a span of analysis_text() to the original bytes.
  ByteSpan ToOriginal(ByteSpan span) const;

  bool valid_utf8() const { return sanitize_map_.empty(); }
  const std::vector<InputWarning>& warnings() const { return warnings_; }

 private:
  void Sanitize();   // replaces invalid UTF-8, fills sanitize_map_ and warnings_
  void Normalize();  // NFC, fills nfc_map_

  std::string original_;
  std::string analysis_;  // used only when rewritten_
  bool rewritten_ = false;
  OffsetMap sanitize_map_;  // sanitized -> original
  OffsetMap nfc_map_;       // analysis -> sanitized
  std::vector<InputWarning> warnings_;
};

}  // namespace selon
