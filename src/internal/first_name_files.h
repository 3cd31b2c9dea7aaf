// The first-name lists of a data folder's evidence/, in the order they are read: the French
// register (INSEE), then the names beyond it (first_names_world.tsv, GFDL: a file of its own).
// Read by the evidence (entity rules), the claims' gender words and the speaker-gender view.
#ifndef SELON_INTERNAL_FIRST_NAME_FILES_H_
#define SELON_INTERNAL_FIRST_NAME_FILES_H_

namespace selon::internal {

inline constexpr const char* kFirstNameFiles[] = {"first_names.tsv", "first_names_world.tsv"};

// Both files compiled into one table (internal/first_name_table.h) by `selon lexicon
// compile-first-names` at build time; the evidence reads it instead of them when it is fresh.
inline constexpr const char* kFirstNameImage = "first_names.bin";

}  // namespace selon::internal

#endif  // SELON_INTERNAL_FIRST_NAME_FILES_H_
