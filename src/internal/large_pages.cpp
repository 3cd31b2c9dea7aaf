#include "internal/large_pages.h"

#include <cstdint>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace selon::internal {
namespace {

#if defined(__linux__)
constexpr size_t kHugePage = size_t{2} << 20;  // x86-64's and arm64's (4 KiB granule) THP size

size_t Rounded(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
#endif

}  // namespace

void* AllocateLarge(size_t bytes) {
#if defined(__linux__)
  if (bytes >= kLargeArrayBytes) {
    // Map one huge page more than needed, keep the aligned part, return the rest.
    const size_t size = Rounded(bytes);
    void* m =
        mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) throw std::bad_alloc();
    const uintptr_t start = reinterpret_cast<uintptr_t>(m);
    const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t{kHugePage - 1};
    if (aligned > start) munmap(m, aligned - start);
    if (const size_t tail = start + kHugePage - aligned; tail > 0)
      munmap(reinterpret_cast<void*>(aligned + size), tail);
    void* p = reinterpret_cast<void*>(aligned);
    madvise(p, size, MADV_HUGEPAGE);  // (a hint: refused, the pages are ordinary ones)
    return p;
  }
#endif
  return ::operator new(bytes);
}

void* AllocateLargeZeroed(size_t bytes) {
#if defined(__linux__)
  if (bytes >= kLargeArrayBytes) return AllocateLarge(bytes);  // fresh anonymous pages
#endif
  return std::memset(AllocateLarge(bytes), 0, bytes);
}

void FreeLarge(void* p, size_t bytes) noexcept {
#if defined(__linux__)
  if (bytes >= kLargeArrayBytes) {
    munmap(p, Rounded(bytes));
    return;
  }
#endif
  ::operator delete(p);
}

}  // namespace selon::internal
