# Finds selon's dependencies the CMake way. Debian 12 ships config packages for nlohmann_json,
# CLI11, simdjson, GTest and benchmark; RE2 and utf8proc only as pkg-config files, hence the fallback.
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 2.1 REQUIRED)
find_package(PkgConfig REQUIRED)

find_package(re2 CONFIG QUIET)
if(TARGET re2::re2)
  add_library(PkgConfig::RE2 ALIAS re2::re2)
else()
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
endif()

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET GLOBAL libutf8proc)

# Compressed input (.gz, .zst) is read by the command line only, not by the library.
find_package(ZLIB REQUIRED)
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET GLOBAL libzstd)

# JSONL input lines: simdjson's On-Demand API, nlohmann the fallback (command line only).
find_package(simdjson 3.0 REQUIRED)
