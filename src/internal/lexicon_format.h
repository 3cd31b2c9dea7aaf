// The compiled lexicon's binary layout (version 1). Little-endian; the sections follow the
// header in the order of its offsets, each 8-byte aligned, offsets from the start of the file.
// A compiled file may come from anywhere (`--lexicon FILE`), so nothing in it is trusted:
// ValidateLexicon checks every invariant below once at load (lexicon_validation.cpp), and the
// lookups then read without checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "internal/hash.h"
#include "internal/hash_table_check.h"  // kMaxProbeRun
#include "internal/lexicon_trie.h"
#include "selon/lexicon.h"
#include "selon/status.h"

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
  uint32_t token_id;  // kNoToken when the slot is empty
  uint32_t hash;
};

struct EdgeSlot {
  uint32_t node, token;
  uint32_t child;  // kNoNode when the slot is empty
  uint32_t reserved;
};

// Checks that `bytes[0, size)` is a compiled lexicon that lookups can read without bounds checks,
// and copies its header into `*header`. `bytes` must be 8-byte aligned. One linear pass over the
// tables; the string pool is not read; no allocation. Checks:
//   - magic, version, file_size == size; each section aligned, after the previous one, in the file;
//   - entries: id, name and source inside the string pool; a known type; known flags;
//   - vocabulary and edge tables: a power-of-two size; at most half full; an empty slot in every
//     aligned block of kProbeBlock slots (so every probe ends, before kMaxProbeRun slots);
//     vocabulary keys inside the pool and token ids dense (0 .. tokens-1); edges to existing
//     nodes, node_count - 1 of them;
//   - nodes: names of node i are [n[i], n[i+1]), with n[0] == 0, nondecreasing, and
//     n[node_count] == name_count;
//   - names: an existing entry; a known policy; known flags (kElidedArticle only with
//     kAfterArticle); at least one token; the surface inside the pool.
// Not checked (a lookup reads them safely whatever they hold): a slot's hash and its place in its
// probe run, an edge's node and token, that the trie is a tree.
// Error: kDataError whose message says what is wrong and where ("edge slot 12: child node 9000
// out of range (4000 nodes)"), without the file name.
Status ValidateLexicon(const char* bytes, size_t size, LexiconHeader* header);

// FNV-1a, as the in-memory tables' keys: ComputeTokenFeatures hashes a token's key once for all
// of them (LexiconTrie::TokenId(key, hash)).
inline uint64_t HashKey(std::string_view key) { return Fnv1a(key); }

inline uint64_t HashEdge(uint32_t node, uint32_t token) {
  return Mix64((uint64_t{node} << 32) | token);
}

}  // namespace selon::internal
