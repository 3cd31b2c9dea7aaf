// Validating an open-addressing hash table read from an untrusted file (the compiled lexicon's
// vocabulary and edges, lexicon_validation.cpp; the compiled first names, first_name_table.cpp).
// Lookups in such a table probe linearly from a key's home slot to the first empty slot, without
// bounds checks; CheckProbeTable proves once, in one pass over the slots, that every probe ends
// and stays short, and screens each slot's fields for what a lookup reads (its key's bytes).
//
// It does not re-derive each key's hash nor check that a slot is reachable from its home slot:
// those are the compiler's correctness, not the lookup's safety. A slot that breaks them (a
// corrupt or forged file) is read safely and only makes its key unfindable or found under
// another one; a correct compiler never writes one. (Hashing every key at load cost more than
// half of the start-up's validation, and read the whole vocabulary's key pool.)
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "selon/status.h"

namespace selon::internal {

// The longest probe a lookup may make. A lookup that lands in a run of occupied slots scans it
// to its end, so a hostile file could otherwise make every lookup scan most of a table. The
// compilers keep tables at most half full, where the longest run of linear probing over 2^22
// slots is about 100; 4096 is out of reach of any file they write.
inline constexpr uint32_t kMaxProbeRun = 4096;

// CheckProbeTable requires an empty slot in every aligned block of kProbeBlock slots (in the
// whole table, when smaller): a run of occupied slots then spans at most two blocks less one
// slot each, 4094 < kMaxProbeRun, even across the wrap from the last slot to the first. Counting
// the empty slots of a block needs no order between slots, so the loop is a plain reduction.
inline constexpr uint32_t kProbeBlock = kMaxProbeRun / 2;

inline Status TableError(const std::string& why) { return Status(StatusCode::kDataError, why); }

// Calls `make()` out of line: the error messages of the validation loops are built here, so the
// loops themselves stay small enough to inline their checks.
template <typename Make>
[[gnu::cold, gnu::noinline]] inline Status Cold(Make make) {
  return make();
}

// The table invariants shared by the vocabulary, the edges and the first names: a power-of-two
// size, an empty slot in every block of kProbeBlock slots, at most half the slots occupied.
// `screen(first, n)` screens the slots [first, first + n), in slot order, and returns how many of
// them are empty; it should fold the slots' fields into the caller's extremes (no branch, no
// early exit: the caller tests the extremes after the call, and walks the table again for the
// first failing slot only when one fails). Gives the number of occupied slots in `*occupied`.
// The compiled lexicon has 790,000 slots, the first-name table 131,072: the screens take four
// 16-byte slots a step where SSE2 is (SlotFields4).
template <typename Slot, typename Screen>
Status CheckProbeTable(const char* name, const Slot* slots, uint32_t count, Screen screen,
                       uint32_t* occupied) {
  if (count == 0 || (count & (count - 1)) != 0)
    return TableError(std::string(name) + " table size " + std::to_string(count) +
                      " is not a power of two");
  const uint32_t block = std::min(count, kProbeBlock);
  uint32_t empties = 0;
  for (uint32_t b = 0; b < count; b += block) {
    const uint32_t e = screen(slots + b, block);
    if (e == 0) [[unlikely]]
      return Cold([=] {
        if (block == count) return TableError(std::string(name) + " table has no empty slot");
        return TableError(std::string(name) + " table: no empty slot in slots " +
                          std::to_string(b) + " to " + std::to_string(b + block - 1) +
                          " (a probe could run " + std::to_string(kMaxProbeRun) +
                          " slots or more)");
      });
    empties += e;
  }
  const uint32_t full = count - empties;
  if (uint64_t{full} * 2 > count)
    return TableError(std::string(name) + " table more than half full (" + std::to_string(full) +
                      " of " + std::to_string(count) + " slots)");
  *occupied = full;
  return Status::Ok();
}

// Whether a key of `len` bytes at `offset` lies outside a pool of `pool_size` bytes. (Offsets are
// 32 bits: a key ending past 4 GiB is outside, whatever the pool's size, as in the SSE2 screens.)
inline bool KeyOutside(uint32_t offset, uint32_t len, uint64_t pool_size) {
  return uint64_t{offset} + len > std::min<uint64_t>(pool_size, 0xFFFFFFFF);
}

// Reads the header that opens a compiled image (the cue image, the evidence words, the first
// names) into `*header` and checks what every such header holds: the image's `magic` and
// `version`, and its `file_size` equal to `size`. `bytes` must be aligned to `align` (the
// records' alignment: a mapped file or a std::string's buffer is). The caller then checks its
// own sections against the header.
template <typename Header>
Status ReadImageHeader(const char* bytes, size_t size, const char (&magic)[8], uint32_t version,
                       size_t align, Header* header) {
  if (reinterpret_cast<uintptr_t>(bytes) % align != 0)
    return Status(StatusCode::kInternal,
                  "image bytes not " + std::to_string(align) + "-byte aligned");
  if (size < sizeof(Header)) return TableError("too short");
  Header& h = *header;
  std::memcpy(&h, bytes, sizeof h);
  if (std::memcmp(h.magic, magic, sizeof h.magic) != 0) return TableError("bad magic");
  if (h.version != version)
    return TableError("version " + std::to_string(h.version) + ", expected " +
                      std::to_string(version) + "; recompile it");
  if (h.file_size != size)
    return TableError("the header says " + std::to_string(h.file_size) + " bytes, the file has " +
                      std::to_string(size) + " (truncated?)");
  return Status::Ok();
}

// What an occupied slot of a keyed table must hold. The tables' slots are 16 bytes,
// {key_offset, key_len, hash, tag}, and a tag of 0 marks an empty slot; an occupied slot's key
// lies inside the key pool of `pool` bytes and its tag has a bit of `required`, no bit outside
// `known`, and is at most `max` (the defaults accept any non-zero tag).
struct SlotRule {
  uint64_t pool = 0;
  uint32_t required = ~0u;
  uint32_t known = ~0u;
  uint32_t max = ~0u;
};

// Whether the occupied slot `s`, whose tag is the member `Tag`, breaks `rule`.
template <auto Tag, typename Slot>
bool SlotBreaks(const Slot& s, const SlotRule& rule) {
  const uint32_t tag = s.*Tag;
  return KeyOutside(s.key_offset, s.key_len, rule.pool) || (tag & rule.required) == 0 ||
         (tag & ~rule.known) != 0 || tag > rule.max;
}

// The screen CheckProbeTable calls on a table of such slots: screens the `n` slots at `s`, ORs
// into `*bad` whether an occupied one breaks `rule`, and returns how many are empty. Four slots
// a step where SSE2 is (SlotFields4), without a branch.
template <auto Tag, typename Slot>
uint32_t ScreenSlots(const Slot* s, uint32_t n, const SlotRule& rule, uint32_t* bad);

#if defined(__SSE2__)
// The four 32-bit fields of four consecutive 16-byte slots at `p`, one field per vector
// (field[k] holds field k of each slot): a 4x4 transpose. A caller uses the fields it needs and
// the compiler drops the others' shuffles.
struct SlotFields4 {
  __m128i field[4];
  // (`stride`: the bytes from one slot to the next; a record longer than 16 bytes is read as
  // the 16 at `p` of each.)
  explicit SlotFields4(const void* p, size_t stride = 16) {
    const char* at = static_cast<const char*>(p);
    const __m128i a = Load(at), b = Load(at + stride);
    const __m128i c = Load(at + 2 * stride), d = Load(at + 3 * stride);
    const __m128i ab_lo = _mm_unpacklo_epi32(a, b), ab_hi = _mm_unpackhi_epi32(a, b);
    const __m128i cd_lo = _mm_unpacklo_epi32(c, d), cd_hi = _mm_unpackhi_epi32(c, d);
    field[0] = _mm_unpacklo_epi64(ab_lo, cd_lo);
    field[1] = _mm_unpackhi_epi64(ab_lo, cd_lo);
    field[2] = _mm_unpacklo_epi64(ab_hi, cd_hi);
    field[3] = _mm_unpackhi_epi64(ab_hi, cd_hi);
  }
  static __m128i Load(const char* p) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  }
};

// Lanes of `a` greater than those of `b`, unsigned (SSE2 compares signed: both biased).
inline __m128i GreaterU32(__m128i a, __m128i b) {
  const __m128i bias = _mm_set1_epi32(static_cast<int>(0x80000000u));
  return _mm_cmpgt_epi32(_mm_xor_si128(a, bias), _mm_xor_si128(b, bias));
}

// Lanes of the key (offset, len) outside a pool whose size, clamped to 32 bits, is `pool`: the
// sum wraps (then it is below the offset) or passes the pool.
inline __m128i KeysOutside(__m128i offset, __m128i len, __m128i pool) {
  const __m128i end = _mm_add_epi32(offset, len);
  return _mm_or_si128(GreaterU32(offset, end), GreaterU32(end, pool));
}

// The sum of the four lanes.
inline uint32_t SumLanes(__m128i v) {
  v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2)));
  v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(2, 3, 0, 1)));
  return static_cast<uint32_t>(_mm_cvtsi128_si32(v));
}

// Whether any bit of `v` is set.
inline bool AnyBit(__m128i v) {
  return _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) != 0xFFFF;
}
#endif

template <auto Tag, typename Slot>
uint32_t ScreenSlots(const Slot* s, uint32_t n, const SlotRule& rule, uint32_t* bad) {
  static_assert(sizeof(Slot) == 16 && offsetof(Slot, key_offset) == 0 &&
                offsetof(Slot, key_len) == 4);
  uint32_t empties = 0, i = 0;
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  const __m128i pool32 =
      _mm_set1_epi32(static_cast<int>(std::min<uint64_t>(rule.pool, 0xFFFFFFFF)));
  const __m128i required = _mm_set1_epi32(static_cast<int>(rule.required));
  const __m128i unknown = _mm_set1_epi32(static_cast<int>(~rule.known));
  const __m128i max = _mm_set1_epi32(static_cast<int>(rule.max));
  __m128i empty_count = zero, wrong = zero;
  for (; i + 4 <= n; i += 4) {
    const SlotFields4 f(s + i);
    const __m128i tag = f.field[3];
    const __m128i empty = _mm_cmpeq_epi32(tag, zero);
    empty_count = _mm_sub_epi32(empty_count, empty);
    const __m128i slot_wrong =
        _mm_or_si128(_mm_or_si128(KeysOutside(f.field[0], f.field[1], pool32),
                                  _mm_cmpeq_epi32(_mm_and_si128(tag, required), zero)),
                     _mm_or_si128(_mm_and_si128(tag, unknown), GreaterU32(tag, max)));
    wrong = _mm_or_si128(wrong, _mm_andnot_si128(empty, slot_wrong));
  }
  empties += SumLanes(empty_count);
  *bad |= AnyBit(wrong);
#endif
  for (; i < n; ++i) {
    const bool empty = s[i].*Tag == 0;
    empties += empty;
    *bad |= !empty && SlotBreaks<Tag>(s[i], rule);
  }
  return empties;
}

}  // namespace selon::internal
