// Validating an open-addressing hash table read from an untrusted file (the compiled lexicon's
// vocabulary and edges, lexicon_validation.cpp; the compiled first names, first_name_table.cpp).
// Lookups in such a table probe linearly from a key's home slot to the first empty slot, without
// bounds checks; CheckHashTable proves once, in one pass over the slots, that every probe ends
// and stays short, and that every occupied slot can be found from its home slot.
#pragma once

#include <cstdint>
#include <string>

#include "selon/status.h"

namespace selon::internal {

// The longest run of occupied slots a hash table may have. A lookup that lands in a run scans
// it to its end, so a hostile file could otherwise make every lookup scan most of a table. The
// compilers keep tables at most half full, where the longest run of linear probing over 2^22
// slots is about 100; 4096 is out of reach of any file they write.
inline constexpr uint32_t kMaxProbeRun = 4096;

inline Status TableError(const std::string& why) { return Status(StatusCode::kDataError, why); }

// Calls `make()` out of line: the error messages of the validation loops are built here, so the
// loops themselves stay small enough to inline their checks.
template <typename Make>
[[gnu::cold, gnu::noinline]] inline Status Cold(Make make) {
  return make();
}

// The table invariants shared by the vocabulary and the edges. `empty(slot)` says whether a slot
// is free; `check(slot, &home)` checks an occupied slot's own fields, gives its home slot and
// returns true when they are sound; `explain(i, slot)`, called only when `check` failed, says
// why (it must re-derive the first failing condition: `check` changes no state when it fails).
// The hot loop builds no Status and no string: it runs once per slot (the compiled lexicon has
// 790,000, the first-name table 131,072).
template <typename Slot, typename IsEmpty, typename CheckSlot, typename Explain>
Status CheckHashTable(const char* name, const Slot* slots, uint32_t count, IsEmpty empty,
                      CheckSlot check, Explain explain, uint32_t* occupied) {
  if (count == 0 || (count & (count - 1)) != 0)
    return TableError(std::string(name) + " table size " + std::to_string(count) +
                      " is not a power of two");
  const uint32_t mask = count - 1;
  uint32_t first_empty = count;
  for (uint32_t i = 0; i < count && first_empty == count; ++i)
    if (empty(slots[i])) first_empty = i;
  if (first_empty == count) return TableError(std::string(name) + " table has no empty slot");
  // Walk the table once from an empty slot, so that every run of occupied slots is seen whole
  // and in probe order: the slots after it, then from slot 0 to it (two plain loops, not one
  // over a wrapped index).
  uint32_t run = 0, full = 0;
  Status error = Status::Ok();
  auto visit = [&](uint32_t i) {
    const Slot& slot = slots[i];
    if (empty(slot)) {
      run = 0;
      return true;
    }
    ++full;
    if (++run >= kMaxProbeRun) [[unlikely]] {
      error = Cold([=] {
        return TableError(std::string(name) + " table: a run of " + std::to_string(run) +
                          " occupied slots at slot " + std::to_string(i) + " (the limit is " +
                          std::to_string(kMaxProbeRun) + ")");
      });
      return false;
    }
    uint32_t home = 0;
    if (!check(slot, &home)) [[unlikely]] {
      error = Cold([=] { return explain(i, slot); });
      return false;
    }
    if (((i - home) & mask) >= run) [[unlikely]] {
      error = Cold([=] {
        return TableError(std::string(name) + " slot " + std::to_string(i) +
                          ": not reachable from its home slot " + std::to_string(home & mask));
      });
      return false;
    }
    return true;
  };
  for (uint32_t i = first_empty + 1; i < count; ++i)
    if (!visit(i)) [[unlikely]]
      return error;
  for (uint32_t i = 0; i <= first_empty; ++i)
    if (!visit(i)) [[unlikely]]
      return error;
  if (uint64_t{full} * 2 > count)
    return TableError(std::string(name) + " table more than half full (" + std::to_string(full) +
                      " of " + std::to_string(count) + " slots)");
  *occupied = full;
  return Status::Ok();
}

}  // namespace selon::internal
