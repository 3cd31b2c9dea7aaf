// LargePageAllocator: the allocator of the large tables built or copied at start-up (the
// claims' word table, the evidence's one-word table, the rules' word table: FlatKeyTable's
// slots), which puts each array of kLargeArrayBytes or more in memory of its own that the
// kernel may back with 2 MiB pages (Linux transparent huge pages, asked with MADV_HUGEPAGE).
//
// Why: such a table is written whole as soon as it is allocated, and each fresh 4 KiB page
// written costs a page fault, 13 to 18 µs each in the virtual machines selon is measured on
// (12/2026: an empty run took 1,730 faults, most of its 45 ms of CPU). A 2 MiB page costs one
// fault and the zeroing of 2 MiB (measured: 512 pages written in 8 to 10 ms, in two huge pages
// in 2.4 to 3 ms). Where the kernel gives no huge page (THP off, or none free), the memory is
// ordinary pages, as before; the price is at most 2 MiB of address space per array.
//
// Thread-safe; allocate throws std::bad_alloc as std::allocator does.
#pragma once

#include <cstddef>

namespace selon::internal {

// Arrays of fewer bytes come from operator new, as with std::allocator.
inline constexpr size_t kLargeArrayBytes = size_t{256} << 10;

// `bytes` of memory aligned for any object, for a LargePageAllocator; FreeLarge(p, bytes)
// gives it back (the same `bytes`).
void* AllocateLarge(size_t bytes);
void FreeLarge(void* p, size_t bytes) noexcept;
// The same, zeroed: the fresh pages AllocateLarge maps are zero already and are not written here
// (a page no one touches then costs no fault), smaller arrays are cleared.
void* AllocateLargeZeroed(size_t bytes);

template <typename T>
struct LargePageAllocator {
  using value_type = T;
  LargePageAllocator() = default;
  template <typename U>
  LargePageAllocator(const LargePageAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(AllocateLarge(n * sizeof(T))); }
  void deallocate(T* p, size_t n) noexcept { FreeLarge(p, n * sizeof(T)); }
  friend bool operator==(const LargePageAllocator&, const LargePageAllocator&) { return true; }
};

}  // namespace selon::internal
