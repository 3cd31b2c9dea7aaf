// Lexicon::Data: the attached tables of a compiled lexicon, over mapped or owned bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "internal/lexicon_format.h"
#include "selon/lexicon.h"

namespace selon {

struct Lexicon::Data {
  ~Data();
  // Points the tables into `bytes` (8-byte aligned, outliving this Data) after
  // internal::ValidateLexicon; on failure, kDataError "ORIGIN: not a valid compiled lexicon
  // (reason)" and the tables stay null.
  Status Attach(const char* bytes, size_t size, const std::string& origin);

  std::string_view String(uint32_t offset, uint32_t len) const {
    if (uint64_t{offset} + len > header.strings_size) return {};
    return std::string_view(strings + offset, len);
  }

  internal::LexiconHeader header{};
  const char* mapped = nullptr;  // mmap'ed file, or null when `owned` holds the bytes
  size_t mapped_size = 0;
  std::vector<char> owned;  // 8-byte aligned by construction of the compiler
  const char* strings = nullptr;
  const internal::LexiconEntryRecord* entries = nullptr;
  const internal::VocabSlot* vocab = nullptr;
  const internal::EdgeSlot* edges = nullptr;
  const uint32_t* nodes = nullptr;
  const internal::LexiconName* names = nullptr;
};

}  // namespace selon
