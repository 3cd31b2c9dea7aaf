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
#include <cstdint>
#include <string>

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
// `empty(slot)` says whether a slot is free; `screen(slot)` is called on every slot, empty or
// not, in slot order, and should fold the slot's fields into the caller's extremes (no branch,
// no early exit: the caller tests the extremes after the call, and walks the table again for the
// first failing slot only when one fails). Gives the number of occupied slots in `*occupied`.
// Runs once per slot (the compiled lexicon has 790,000, the first-name table 131,072).
template <typename Slot, typename IsEmpty, typename Screen>
Status CheckProbeTable(const char* name, const Slot* slots, uint32_t count, IsEmpty empty,
                       Screen screen, uint32_t* occupied) {
  if (count == 0 || (count & (count - 1)) != 0)
    return TableError(std::string(name) + " table size " + std::to_string(count) +
                      " is not a power of two");
  const uint32_t block = std::min(count, kProbeBlock);
  uint32_t empties = 0;
  for (uint32_t b = 0; b < count; b += block) {
    uint32_t e = 0;
    for (uint32_t i = b; i < b + block; ++i) {
      e += empty(slots[i]) ? 1 : 0;
      screen(slots[i]);
    }
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

}  // namespace selon::internal
