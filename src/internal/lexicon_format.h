// The compiled lexicon's binary layout (version 1). Little-endian, every section 8-byte
// aligned, offsets from the start of the file. Readers validate the header and every section's
// bounds before use; nothing in the file is trusted beyond that.
#pragma once

#include <cstdint>
#include <string_view>

#include "internal/hash.h"
#include "selon/lexicon.h"

namespace selon::internal {

inline constexpr char kLexiconMagic[8] = {'S', 'E', 'L', 'O', 'N', 'L', 'X', '1'};
inline constexpr uint32_t kLexiconVersion = 1;

struct LexiconHeader {
  char magic[8];
  uint32_t version;
  uint32_t entry_count;
  uint32_t name_count;
  uint32_t node_count;
  uint32_t vocab_slots;  // power of two
  uint32_t edge_slots;   // power of two
  uint64_t strings_offset, strings_size;
  uint64_t entries_offset;  // LexiconEntryRecord[entry_count]
  uint64_t vocab_offset;    // VocabSlot[vocab_slots]
  uint64_t edges_offset;    // EdgeSlot[edge_slots]
  uint64_t nodes_offset;    // uint32_t[node_count + 1]: names of node i are [n[i], n[i+1])
  uint64_t names_offset;    // LexiconName[name_count]
  uint64_t file_size;
};

struct LexiconEntryRecord {
  uint32_t id_offset, id_len;
  uint32_t name_offset, name_len;
  uint32_t source_offset, source_len;
  uint32_t priority;
  uint8_t type;
  uint8_t flags;  // LexiconEntryFlags
  uint8_t reserved[2];
};

struct VocabSlot {
  uint32_t key_offset, key_len;
  uint32_t token_id;  // Lexicon::kNoToken when the slot is empty
  uint32_t hash;
};

struct EdgeSlot {
  uint32_t node, token;
  uint32_t child;  // Lexicon::kNoNode when the slot is empty
  uint32_t reserved;
};

inline uint64_t HashKey(std::string_view key) { return Fnv1a(key); }

inline uint64_t HashEdge(uint32_t node, uint32_t token) {
  uint64_t x = (uint64_t{node} << 32) | token;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

}  // namespace selon::internal
