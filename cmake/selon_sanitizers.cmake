# Instrumented builds, for the test suite and the fuzzers (see README "Testing").
#
# SELON_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer on every target of the project
# (library, CLI, tests), any undefined behaviour fatal, so that `ctest` fails on the first
# out-of-bounds access, leak or UB. GCC or Clang.
#
# SELON_BUILD_FUZZERS: the library and the CLI are compiled with -fsanitize=fuzzer-no-link
# (coverage counters and comparison hooks, no libFuzzer main), so that libFuzzer sees the edges
# of the code it fuzzes; the targets in tests/fuzz link -fsanitize=fuzzer. Clang only.
set(SELON_SANITIZER_FLAGS "")
if(SELON_SANITIZE)
  set(SELON_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
                            -fno-omit-frame-pointer)
  add_compile_options(${SELON_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

if(SELON_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SELON_BUILD_FUZZERS needs Clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=fuzzer-no-link)
endif()
# The install test builds a consumer of the installed library with these flags.
string(REPLACE ";" " " SELON_SANITIZER_FLAGS_STRING "${SELON_SANITIZER_FLAGS}")
