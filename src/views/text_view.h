// The text view: `selon --format text`, a record as lines a person reads in a terminal.
//
//   # samples/depeche-tech.txt
//   Citations
//     Frank Shaw (porte-parole, Microsoft) — a déclaré — « Nous examinons la plainte »
//     Le Monde — selon — le projet serait abandonné  [via l'AFP]
//   Entités
//     PER      Frank Shaw ×3, Satya Nadella ×1
//     ORG      Microsoft ×5
//
// A claim's line: the speaker (its entity's canonical name, else the text as written, with the
// roles of the person in parentheses), the cue as written, the content (between guillemets for
// a direct quotation), then `→ addressee` and `[via …]` when the record has them. Entities
// come by type, each with its number of mentions, in order of first mention. An error record
// is one line under its header: `  erreur: not_found: …`.
//
// Colour (ANSI escapes) only when asked: the caller decides (a terminal, NO_COLOR, --color).
#pragma once

#include <string>

#include "views/record_view.h"

namespace selon::views {

struct TextStyle {
  bool color = false;  // ANSI bold speakers, coloured cues, dim offsets and headings
};

// Appends the lines of one record.
void WriteTextRecord(const RecordView& view, const TextStyle& style, std::string* out);

}  // namespace selon::views
