// Validating a compiled lexicon before any lookup reads it (format: internal/lexicon_format.h).
//
// A compiled lexicon is memory-mapped and read in place: lookups follow offsets, indices and
// probe sequences straight out of the file. A file from elsewhere (`--lexicon FILE`), cut short,
// or with flipped bits must therefore be refused at load, or a lookup reads out of bounds or
// probes forever. ValidateLexicon proves once what the lookups assume:
//
//   - every offset, length and index they follow lands inside its section or the string pool;
//   - every probe sequence ends: each hash table is at most half full, so it has empty slots,
//     and no run of occupied slots reaches kMaxProbeRun, so no lookup scans far;
//   - the values they branch on (entity type, policy, flags) are ones the code knows.
//
// Beyond safety it checks what a correct compiler always writes, so that most corruption is
// caught rather than read as other names: each occupied slot holds its key's hash and sits in the
// run that starts at its home slot (else the lookup could never find it), token ids are dense,
// and the trie is a tree (each node but the root is the child of exactly one edge).
//
// Cost: one pass over each table in file order, hashing each vocabulary key once; the only
// allocation is one byte per trie node. The compiler writes the vocabulary's keys into the pool
// in slot order, so that pass reads the pool forward (a file laid out otherwise is as valid, only
// slower to check: a cache miss per key). The matcher's hot loops then read without checks.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "internal/hash_table_check.h"
#include "internal/lexicon_format.h"

namespace selon::internal {
namespace {

Status Bad(const std::string& why) { return Status(StatusCode::kDataError, why); }

std::string Str(uint64_t n) { return std::to_string(n); }

// One section: `count` items of `item_size` bytes at `offset`.
struct Section {
  const char* name;
  uint64_t offset, count, item_size;
};

// The sections follow each other in header order, each at the first 8-byte boundary after the
// previous one, as the compiler lays them out, and the last one ends the file (padded to 8).
Status CheckLayout(const LexiconHeader& h, size_t size) {
  auto align8 = [](uint64_t x) { return (x + 7) & ~uint64_t{7}; };
  const Section sections[] = {
      {"strings", h.strings_offset, h.strings_size, 1},
      {"entries", h.entries_offset, h.entry_count, sizeof(LexiconEntryRecord)},
      {"vocabulary", h.vocab_offset, h.vocab_slots, sizeof(VocabSlot)},
      {"edges", h.edges_offset, h.edge_slots, sizeof(EdgeSlot)},
      {"nodes", h.nodes_offset, uint64_t{h.node_count} + 1, sizeof(uint32_t)},
      {"names", h.names_offset, h.name_count, sizeof(LexiconName)},
  };
  uint64_t end = sizeof(LexiconHeader);
  for (const Section& s : sections) {
    if (s.offset != align8(end) || s.offset > size || s.count > (size - s.offset) / s.item_size)
      return Bad(std::string(s.name) + " section out of bounds (offset " + Str(s.offset) + ", " +
                 Str(s.count) + " items, file of " + Str(size) + " bytes)");
    end = s.offset + s.count * s.item_size;
  }
  if (align8(end) != size)
    return Bad("the names section ends at " + Str(end) + ", the file at " + Str(size));
  return Status::Ok();
}

bool InPool(const LexiconHeader& h, uint32_t offset, uint32_t len) {
  return uint64_t{offset} + len <= h.strings_size;
}

}  // namespace

Status ValidateLexicon(const char* bytes, size_t size, LexiconHeader* header) {
  if (reinterpret_cast<uintptr_t>(bytes) % 8 != 0)
    return Status(StatusCode::kInternal, "lexicon bytes not 8-byte aligned");
  if (size < sizeof(LexiconHeader)) return Bad("too short");
  LexiconHeader& h = *header;
  std::memcpy(&h, bytes, sizeof h);
  if (std::memcmp(h.magic, kLexiconMagic, 8) != 0) return Bad("bad magic");
  if (h.version != kLexiconVersion)
    return Bad("version " + Str(h.version) + ", expected " + Str(kLexiconVersion) +
               "; recompile it");
  if (h.file_size != size)
    return Bad("the header says " + Str(h.file_size) + " bytes, the file has " + Str(size) +
               " (truncated?)");
  SELON_RETURN_IF_ERROR(CheckLayout(h, size));

  const auto* entries = reinterpret_cast<const LexiconEntryRecord*>(bytes + h.entries_offset);
  // Each array is first screened whole with no early exit and no branch: the extremes of its
  // fields (the furthest string end, the largest type, the union of the flags) are tested once,
  // after the loop; only when one fails is it walked again, item by item, for the first failing
  // test and its message.
  uint64_t string_end = 0;  // the furthest end of a string in the pool
  uint32_t max_type = 0, flags = 0;
  for (uint32_t e = 0; e < h.entry_count; ++e) {
    const LexiconEntryRecord& r = entries[e];
    string_end =
        std::max({string_end, uint64_t{r.id_offset} + r.id_len,
                  uint64_t{r.name_offset} + r.name_len, uint64_t{r.source_offset} + r.source_len});
    max_type = std::max<uint32_t>(max_type, r.type);
    flags |= r.flags;
  }
  bool bad = string_end > h.strings_size || max_type > static_cast<uint8_t>(EntityType::kEvent) ||
             (flags & ~uint32_t{kEntryService | kEntryMedia}) != 0;
  for (uint32_t e = 0; bad && e < h.entry_count; ++e) {
    const LexiconEntryRecord& r = entries[e];
    if (!InPool(h, r.id_offset, r.id_len) || !InPool(h, r.name_offset, r.name_len) ||
        !InPool(h, r.source_offset, r.source_len))
      return Bad("entry " + Str(e) + ": a string outside the string pool");
    if (r.type > static_cast<uint8_t>(EntityType::kEvent))
      return Bad("entry " + Str(e) + ": unknown type " + Str(r.type));
    if ((r.flags & ~(kEntryService | kEntryMedia)) != 0)
      return Bad("entry " + Str(e) + ": unknown flags " + Str(r.flags));
  }

  const char* strings = bytes + h.strings_offset;
  uint32_t max_token = 0, tokens = 0;
  SELON_RETURN_IF_ERROR(CheckHashTable(
      "vocabulary", reinterpret_cast<const VocabSlot*>(bytes + h.vocab_offset), h.vocab_slots,
      [](const VocabSlot& s) { return s.token_id == kNoToken; },
      [&, pool_size = h.strings_size](const VocabSlot& s, uint32_t* home) {
        if (uint64_t{s.key_offset} + s.key_len > pool_size) return false;
        const uint64_t hash = HashKey(std::string_view(strings + s.key_offset, s.key_len));
        if (static_cast<uint32_t>(hash >> 32) != s.hash) return false;
        if (s.token_id > max_token) max_token = s.token_id;
        *home = static_cast<uint32_t>(hash);
        return true;
      },
      [&](uint32_t i, const VocabSlot& s) {
        if (!InPool(h, s.key_offset, s.key_len))
          return Bad("vocabulary slot " + Str(i) + ": key outside the string pool");
        return Bad("vocabulary slot " + Str(i) + ": hash does not match the key");
      },
      &tokens));
  if (tokens > 0 && max_token >= tokens)
    return Bad("token id " + Str(max_token) + " out of range (" + Str(tokens) + " tokens)");

  if (h.node_count == 0) return Bad("no root node");
  std::vector<uint8_t> has_parent(h.node_count, 0);
  uint32_t edge_count = 0;
  SELON_RETURN_IF_ERROR(CheckHashTable(
      "edge", reinterpret_cast<const EdgeSlot*>(bytes + h.edges_offset), h.edge_slots,
      [](const EdgeSlot& s) { return s.child == kNoNode; },
      // (Captured by value: a store through `parent`, a byte pointer, could alias anything
      // captured by reference, which the loop would then reload for every slot.)
      [node_count = h.node_count, tokens, parent = has_parent.data()](const EdgeSlot& s,
                                                                      uint32_t* home) {
        if (s.node >= node_count || s.child >= node_count || s.token >= tokens ||
            s.child == kRoot || parent[s.child])
          return false;
        parent[s.child] = 1;
        *home = static_cast<uint32_t>(HashEdge(s.node, s.token));
        return true;
      },
      [&](uint32_t i, const EdgeSlot& s) {
        if (s.node >= h.node_count || s.child >= h.node_count)
          return Bad("edge slot " + Str(i) + ": node " + Str(s.node) + " -> " + Str(s.child) +
                     " out of range (" + Str(h.node_count) + " nodes)");
        if (s.token >= tokens)
          return Bad("edge slot " + Str(i) + ": token " + Str(s.token) + " out of range (" +
                     Str(tokens) + " tokens)");
        return Bad("edge slot " + Str(i) + ": node " + Str(s.child) +
                   " has a second parent (the trie is not a tree)");
      },
      &edge_count));
  if (edge_count != h.node_count - 1)
    return Bad(Str(h.node_count - 1 - edge_count) + " trie nodes have no parent");

  const auto* nodes = reinterpret_cast<const uint32_t*>(bytes + h.nodes_offset);
  if (nodes[0] != 0) return Bad("node 0: names start at " + Str(nodes[0]) + ", not 0");
  uint32_t descending = 0;  // (a word, not a bool: GCC vectorizes an OR of words)
  for (uint32_t n = 0; n < h.node_count; ++n) descending |= nodes[n + 1] < nodes[n];
  for (uint32_t n = 0; descending != 0 && n < h.node_count; ++n)
    if (nodes[n + 1] < nodes[n])
      return Bad("node " + Str(n) + ": names [" + Str(nodes[n]) + ", " + Str(nodes[n + 1]) + ")");
  if (nodes[h.node_count] != h.name_count)
    return Bad("the nodes index " + Str(nodes[h.node_count]) + " names, the header " +
               Str(h.name_count));

  constexpr uint16_t kKnownNameFlags = kAfterArticle | kElidedArticle | kLowerHead | kStartOk;
  const auto* names = reinterpret_cast<const LexiconName*>(bytes + h.names_offset);
  // (kElidedArticle is the bit above kAfterArticle: `elided_alone` collects, in its low bit,
  // the names with the first and not the second.)
  static_assert(kElidedArticle == kAfterArticle << 1);
  uint32_t max_entry = 0, max_policy = 0, name_flags = 0, elided_alone = 0, min_tokens = 255;
  string_end = 0;
  for (uint32_t i = 0; i < h.name_count; ++i) {
    const LexiconName& n = names[i];
    max_entry = std::max(max_entry, n.entry);
    max_policy = std::max<uint32_t>(max_policy, static_cast<uint8_t>(n.policy));
    name_flags |= n.flags;
    elided_alone |= (uint32_t{n.flags} >> 1) & ~uint32_t{n.flags};
    min_tokens = std::min<uint32_t>(min_tokens, n.token_count);
    string_end = std::max(string_end, uint64_t{n.surface} + n.surface_len);
  }
  bad = h.name_count > 0 &&
        (max_entry >= h.entry_count || max_policy > static_cast<uint8_t>(MatchPolicy::kExact) ||
         (name_flags & ~uint32_t{kKnownNameFlags}) != 0 || (elided_alone & kAfterArticle) != 0 ||
         min_tokens == 0 || string_end > h.strings_size);
  for (uint32_t i = 0; bad && i < h.name_count; ++i) {
    const LexiconName& n = names[i];
    if (n.entry >= h.entry_count)
      return Bad("name " + Str(i) + ": entry " + Str(n.entry) + " out of range (" +
                 Str(h.entry_count) + " entries)");
    if (static_cast<uint8_t>(n.policy) > static_cast<uint8_t>(MatchPolicy::kExact))
      return Bad("name " + Str(i) + ": unknown policy " + Str(static_cast<uint8_t>(n.policy)));
    if ((n.flags & ~kKnownNameFlags) != 0 ||
        ((n.flags & kElidedArticle) && !(n.flags & kAfterArticle)))
      return Bad("name " + Str(i) + ": bad flags " + Str(n.flags));
    if (n.token_count == 0) return Bad("name " + Str(i) + ": no tokens");
    if (!InPool(h, n.surface, n.surface_len))
      return Bad("name " + Str(i) + ": surface outside the string pool");
  }
  return Status::Ok();
}

}  // namespace selon::internal
