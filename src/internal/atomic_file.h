// Replacing a file so that no reader ever sees a part of it.
#pragma once

#include <string>
#include <string_view>

#include "selon/status.h"

namespace selon::internal {

// Writes `bytes` to `path` atomically: into a new temporary file in the same directory (so that
// rename(2) stays on one file system), flushed to disk with fsync, then renamed over `path`, and
// the directory synced so that the rename survives a crash. A process that has `path` open or
// mapped keeps reading the old file, whole (its inode lives until the last mapping goes); a new
// open sees the new file, whole. A new file gets mode 0666 minus the umask; a replaced file keeps
// its mode.
//
// On failure (full disk, no permission, missing directory…) `path` is untouched, the temporary
// file is removed, and the Status (kUnreadable: the file system refused) names the file, the step
// and strerror: "out.bin: cannot write: No space left on device".
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace selon::internal
