// Counts the heap allocations of the whole benchmark process: bench/alloc_counter.cpp replaces
// the global operator new (every form) with one that counts, then calls malloc. Benchmarks read
// the count around the calls they measure and report "allocs/doc". C libraries that call malloc
// themselves (ICU's normalizer, RE2's C parts) are not counted; selon's containers, strings and
// std::function all allocate through operator new.
#pragma once

#include <cstdint>

namespace selon::bench {

// Calls to operator new so far (any thread; relaxed, exact once the threads are joined).
uint64_t Allocations();

}  // namespace selon::bench
