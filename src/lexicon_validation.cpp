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
// Beyond safety it checks a few things a correct compiler always writes and that cost nothing
// more (token ids dense, a trie of n nodes has n - 1 edges), so that some corruption is caught
// rather than read as other names. It does not hash the keys again to check each slot's hash and
// its place in its probe run, nor check that the trie is a tree: a slot that breaks those is read
// safely (its key is not found, or found under another), and a walk takes one step per token of
// the text, so a cycle cannot make it run on. With those checks the tables cost 27.5 M instructions
// of the 78.2 M of an empty run (12/2026), without them 9.9 M (7.4 M with the SSE2 screens).
//
// Cost: one pass over each table in file order, with no branch per slot but the loop's (each
// array is screened for the extremes of its fields, walked again only to name the first bad
// item); no allocation; the string pool is not read.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>

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
  return !KeyOutside(offset, len, h.strings_size);  // (as the SSE2 screens: ends within 4 GiB)
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
  uint32_t max_type = 0, flags = 0, e = 0;
  bool bad = false;
#if defined(__SSE2__)
  // Four records a step, as lanes: the two halves of each record (SlotFields4), the strings'
  // ends, type and flags tested as masks.
  static_assert(sizeof(LexiconEntryRecord) == 32 && offsetof(LexiconEntryRecord, type) == 28);
  {
    const __m128i pool32 =
        _mm_set1_epi32(static_cast<int>(std::min<uint64_t>(h.strings_size, 0xFFFFFFFF)));
    const __m128i type_max = _mm_set1_epi32(static_cast<uint8_t>(EntityType::kEvent));
    const __m128i type_byte = _mm_set1_epi32(0xFF);
    const __m128i unknown_flags =
        _mm_set1_epi32(static_cast<int>((0xFFu & ~uint32_t{kKnownEntryFlags}) << 8));
    __m128i wrong = _mm_setzero_si128();
    for (; e + 4 <= h.entry_count; e += 4) {
      const SlotFields4 lo(entries + e, sizeof(LexiconEntryRecord));
      const SlotFields4 hi(reinterpret_cast<const char*>(entries + e) + 16,
                           sizeof(LexiconEntryRecord));
      const __m128i tail = hi.field[3];  // type, flags, reserved
      wrong = _mm_or_si128(wrong, KeysOutside(lo.field[0], lo.field[1], pool32));
      wrong = _mm_or_si128(wrong, KeysOutside(lo.field[2], lo.field[3], pool32));
      wrong = _mm_or_si128(wrong, KeysOutside(hi.field[0], hi.field[1], pool32));
      wrong = _mm_or_si128(wrong, _mm_cmpgt_epi32(_mm_and_si128(tail, type_byte), type_max));
      wrong = _mm_or_si128(wrong, _mm_and_si128(tail, unknown_flags));
    }
    bad = AnyBit(wrong);
  }
#endif
  for (; e < h.entry_count; ++e) {
    const LexiconEntryRecord& r = entries[e];
    string_end =
        std::max({string_end, uint64_t{r.id_offset} + r.id_len,
                  uint64_t{r.name_offset} + r.name_len, uint64_t{r.source_offset} + r.source_len});
    max_type = std::max<uint32_t>(max_type, r.type);
    flags |= r.flags;
  }
  bad |= string_end > h.strings_size || max_type > static_cast<uint8_t>(EntityType::kEvent) ||
         (flags & ~uint32_t{kKnownEntryFlags}) != 0;
  for (uint32_t e = 0; bad && e < h.entry_count; ++e) {
    const LexiconEntryRecord& r = entries[e];
    if (!InPool(h, r.id_offset, r.id_len) || !InPool(h, r.name_offset, r.name_len) ||
        !InPool(h, r.source_offset, r.source_len))
      return Bad("entry " + Str(e) + ": a string outside the string pool");
    if (r.type > static_cast<uint8_t>(EntityType::kEvent))
      return Bad("entry " + Str(e) + ": unknown type " + Str(r.type));
    if ((r.flags & ~kKnownEntryFlags) != 0)
      return Bad("entry " + Str(e) + ": unknown flags " + Str(r.flags));
  }

  // The vocabulary: each occupied slot's key inside the pool (TokenId compares its bytes) and
  // token ids dense, 0 .. tokens-1. (`token_id + 1` wraps an empty slot's kNoToken to 0.)
  const auto* vocab = reinterpret_cast<const VocabSlot*>(bytes + h.vocab_offset);
  uint32_t bad_key = 0, token_end = 0, tokens = 0;
  SELON_RETURN_IF_ERROR(CheckProbeTable(
      "vocabulary", vocab, h.vocab_slots,
      [&, pool = h.strings_size](const VocabSlot* s, uint32_t n) {
        uint32_t empties = 0, i = 0;
#if defined(__SSE2__)
        static_assert(sizeof(VocabSlot) == 16 && offsetof(VocabSlot, token_id) == 8);
        const __m128i one = _mm_set1_epi32(1), zero = _mm_setzero_si128();
        const __m128i pool32 =
            _mm_set1_epi32(static_cast<int>(std::min<uint64_t>(pool, 0xFFFFFFFF)));
        __m128i empty_count = zero, outside = zero, end = zero;
        for (; i + 4 <= n; i += 4) {
          const SlotFields4 f(s + i);
          const __m128i t = _mm_add_epi32(f.field[2], one);
          const __m128i empty = _mm_cmpeq_epi32(t, zero);
          empty_count = _mm_sub_epi32(empty_count, empty);
          outside = _mm_or_si128(
              outside, _mm_andnot_si128(empty, KeysOutside(f.field[0], f.field[1], pool32)));
          const __m128i more = GreaterU32(t, end);
          end = _mm_or_si128(_mm_and_si128(more, t), _mm_andnot_si128(more, end));
        }
        empties += SumLanes(empty_count);
        bad_key |= AnyBit(outside);
        alignas(16) uint32_t ends[4];
        _mm_store_si128(reinterpret_cast<__m128i*>(ends), end);
        token_end = std::max({token_end, ends[0], ends[1], ends[2], ends[3]});
#endif
        for (; i < n; ++i) {
          const bool empty = s[i].token_id == kNoToken;
          empties += empty;
          bad_key |= !empty && KeyOutside(s[i].key_offset, s[i].key_len, pool);
          token_end = std::max(token_end, s[i].token_id + 1);
        }
        return empties;
      },
      &tokens));
  for (uint32_t i = 0; bad_key != 0 && i < h.vocab_slots; ++i)
    if (vocab[i].token_id != kNoToken &&
        KeyOutside(vocab[i].key_offset, vocab[i].key_len, h.strings_size))
      return Bad("vocabulary slot " + Str(i) + ": key outside the string pool");
  if (token_end > tokens)
    return Bad("token id " + Str(token_end - 1) + " out of range (" + Str(tokens) + " tokens)");

  // The edges: each occupied slot's child an existing node (its names are read through the
  // nodes index). (`child + 1` wraps an empty slot's kNoNode to 0.) Their node and token are
  // only compared with a lookup's, and a walk takes one step per token of the text, so nothing
  // else in an edge can make a read unsafe: a forged edge that loops back to the root or to a
  // node of another name is read as a longer name, never past a table.
  if (h.node_count == 0) return Bad("no root node");
  const auto* edges = reinterpret_cast<const EdgeSlot*>(bytes + h.edges_offset);
  uint32_t bad_child = 0, edge_count = 0;
  SELON_RETURN_IF_ERROR(CheckProbeTable(
      "edge", edges, h.edge_slots,
      [&, node_count = h.node_count](const EdgeSlot* s, uint32_t n) {
        uint32_t empties = 0, i = 0;
#if defined(__SSE2__)
        static_assert(sizeof(EdgeSlot) == 16 && offsetof(EdgeSlot, child) == 8);
        const __m128i one = _mm_set1_epi32(1), zero = _mm_setzero_si128();
        const __m128i nodes = _mm_set1_epi32(static_cast<int>(node_count));
        __m128i empty_count = zero, outside = zero;
        for (; i + 4 <= n; i += 4) {
          const __m128i t = _mm_add_epi32(SlotFields4(s + i).field[2], one);
          empty_count = _mm_sub_epi32(empty_count, _mm_cmpeq_epi32(t, zero));
          outside = _mm_or_si128(outside, GreaterU32(t, nodes));
        }
        empties += SumLanes(empty_count);
        bad_child |= AnyBit(outside);
#endif
        for (; i < n; ++i) {
          empties += s[i].child == kNoNode;
          bad_child |= s[i].child + 1 > node_count;
        }
        return empties;
      },
      &edge_count));
  for (uint32_t i = 0; bad_child != 0 && i < h.edge_slots; ++i)
    if (edges[i].child != kNoNode && edges[i].child >= h.node_count)
      return Bad("edge slot " + Str(i) + ": node " + Str(edges[i].node) + " -> " +
                 Str(edges[i].child) + " out of range (" + Str(h.node_count) + " nodes)");
  // (Not needed for safety, but free: a trie of n nodes has n - 1 edges.)
  if (edge_count != h.node_count - 1)
    return Bad(Str(edge_count) + " edges for " + Str(h.node_count) + " trie nodes");

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
  uint32_t i = 0;
  bad = false;
#if defined(__SSE2__)
  // Four names a step, as lanes: the 16 bytes after each name's entry (policy, token count,
  // flags; capitals; surface), and its entry.
  static_assert(sizeof(LexiconName) == 20 && offsetof(LexiconName, policy) == 4 &&
                offsetof(LexiconName, flags) == 6 && offsetof(LexiconName, surface) == 12);
  if (h.entry_count == 0) {
    bad = h.name_count > 0;
  } else {
    const __m128i pool32 =
        _mm_set1_epi32(static_cast<int>(std::min<uint64_t>(h.strings_size, 0xFFFFFFFF)));
    const __m128i last_entry = _mm_set1_epi32(static_cast<int>(h.entry_count - 1));
    const __m128i policy_max = _mm_set1_epi32(static_cast<uint8_t>(MatchPolicy::kExact));
    const __m128i policy_byte = _mm_set1_epi32(0xFF), tokens_byte = _mm_set1_epi32(0xFF00);
    const __m128i unknown_flags =
        _mm_set1_epi32(static_cast<int>((0xFFFFu & ~uint32_t{kKnownNameFlags}) << 16));
    const __m128i after_article = _mm_set1_epi32(static_cast<int>(uint32_t{kAfterArticle} << 16));
    const __m128i zero = _mm_setzero_si128();
    __m128i wrong = zero;
    const char* at = reinterpret_cast<const char*>(names);
    for (; i + 4 <= h.name_count; i += 4) {
      const SlotFields4 body(at + i * sizeof(LexiconName) + 4, sizeof(LexiconName));
      const __m128i entry = SlotFields4(at + i * sizeof(LexiconName), sizeof(LexiconName)).field[0];
      const __m128i word = body.field[0];  // policy, token count, flags
      wrong = _mm_or_si128(wrong, GreaterU32(entry, last_entry));
      wrong = _mm_or_si128(wrong, _mm_cmpgt_epi32(_mm_and_si128(word, policy_byte), policy_max));
      wrong = _mm_or_si128(wrong, _mm_cmpeq_epi32(_mm_and_si128(word, tokens_byte), zero));
      wrong = _mm_or_si128(wrong, _mm_and_si128(word, unknown_flags));
      // kElidedArticle (the bit above kAfterArticle) without kAfterArticle.
      wrong = _mm_or_si128(
          wrong, _mm_and_si128(_mm_andnot_si128(word, _mm_srli_epi32(word, 1)), after_article));
      wrong = _mm_or_si128(wrong, KeysOutside(body.field[2], body.field[3], pool32));
    }
    bad = AnyBit(wrong);
  }
#endif
  for (; i < h.name_count; ++i) {
    const LexiconName& n = names[i];
    max_entry = std::max(max_entry, n.entry);
    max_policy = std::max<uint32_t>(max_policy, static_cast<uint8_t>(n.policy));
    name_flags |= n.flags;
    elided_alone |= (uint32_t{n.flags} >> 1) & ~uint32_t{n.flags};
    min_tokens = std::min<uint32_t>(min_tokens, n.token_count);
    string_end = std::max(string_end, uint64_t{n.surface} + n.surface_len);
  }
  bad |= h.name_count > 0 &&
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
