#include "selon/document.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "internal/utf8.h"

namespace selon {

uint32_t OffsetMap::Map(uint32_t offset, bool round_up) const {
  if (edits_.empty()) return offset;
  // Last edit starting at or before `offset`.
  auto it = std::upper_bound(edits_.begin(), edits_.end(), offset,
                             [](uint32_t o, const Edit& e) { return o < e.new_begin; });
  if (it == edits_.begin()) return offset;
  const Edit& e = *(it - 1);
  if (offset == e.new_begin) return e.old_begin;
  if (offset < e.new_end) return round_up ? e.old_end : e.old_begin;
  return e.old_end + (offset - e.new_end);
}

Document::Document(std::string bytes) : original_(std::move(bytes)) {
  Sanitize();
  Normalize();
}

ByteSpan Document::ToOriginal(ByteSpan span) const {
  if (!rewritten_) return span;
  ByteSpan s{nfc_map_.MapStart(span.begin), nfc_map_.MapEnd(span.end)};
  return {sanitize_map_.MapStart(s.begin), sanitize_map_.MapEnd(s.end)};
}

void Document::Sanitize() {
  const std::string_view text = original_;
  size_t pos = internal::AsciiRun(text, 0);
  // Fast path: scan until the first invalid subsequence; most documents have none.
  while (pos < text.size()) {
    size_t next = pos;
    if (internal::NextCodepoint(text, &next) < 0) break;
    pos = next + internal::AsciiRun(text, next);
  }
  if (pos == text.size()) return;

  std::string out;
  out.reserve(text.size() + 16);
  out.append(text.substr(0, pos));
  size_t invalid_count = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const int32_t c = internal::NextCodepoint(text, &pos);
    if (c >= 0) {
      out.append(text.substr(start, pos - start));
      continue;
    }
    const uint32_t new_begin = static_cast<uint32_t>(out.size());
    internal::AppendUtf8(internal::kReplacement, &out);
    sanitize_map_.Add({new_begin, static_cast<uint32_t>(out.size()), static_cast<uint32_t>(start),
                       static_cast<uint32_t>(pos)});
    if (++invalid_count <= 10) {
      char message[96];
      std::snprintf(message, sizeof message, "invalid UTF-8 at byte %zu (0x%02X), read as U+FFFD",
                    start, static_cast<unsigned>(static_cast<uint8_t>(text[start])));
      warnings_.push_back({"invalid_utf8", static_cast<uint32_t>(start), message});
    }
  }
  if (invalid_count > 10) {
    warnings_.push_back(
        {"invalid_utf8", warnings_.back().offset,
         std::to_string(invalid_count - 10) + " more invalid UTF-8 sequences not listed"});
  }
  analysis_ = std::move(out);
  rewritten_ = true;
}

namespace {

// True when NFC leaves `text` (valid UTF-8) as it is because every code point is one that
// normalization never changes nor combines (NFC_Quick_Check Yes, combining class 0): below
// U+0300, or in U+2002..U+20BF (’ “ ” – — … ‰ €, the typographic punctuation of news text).
// Lead bytes decide: 0xCC and above start U+0300 and beyond, E2 80 82..E2 82 BF is the range
// above; continuation bytes are all below 0xCC. Skips 8 bytes at a time while none is 0xCC+.
bool NfcInert(std::string_view text) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  constexpr uint64_t kTo0xCC = 0x3434343434343434ULL;  // (b & 0x7F) + 0x34 >= 0x80 iff b >= 0xCC
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((((w & kLow7) + kTo0xCC) & w & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    const uint8_t b = p[i];
    if (b < 0xCC) {
      ++i;
      continue;
    }
    if (b != 0xE2 || i + 2 >= n) return false;
    const uint8_t b1 = p[i + 1], b2 = p[i + 2];
    if (b1 < 0x80 || b1 > 0x82 || (b1 == 0x80 && b2 < 0x82)) return false;
    i += 3;
  }
  return true;
}

}  // namespace

void Document::Normalize() {
  // Most news text has no code point that NFC could touch: then ICU is not asked at all.
  if (NfcInert(analysis_text())) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;  // ICU data missing: analyse the text as it is
  const std::string_view text = analysis_text();
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;

  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return;
  icu::Edits::Iterator it = edits.getCoarseChangesIterator();
  while (it.next(status)) {
    if (!it.hasChange()) continue;
    nfc_map_.Add({static_cast<uint32_t>(it.destinationIndex()),
                  static_cast<uint32_t>(it.destinationIndex() + it.newLength()),
                  static_cast<uint32_t>(it.sourceIndex()),
                  static_cast<uint32_t>(it.sourceIndex() + it.oldLength())});
  }
  analysis_ = std::move(out);
  rewritten_ = true;
}

}  // namespace selon
