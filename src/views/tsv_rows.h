// TSV rows: `selon --format tsv --rows claims|entities|mentions`, one row per claim, entity or
// mention, for `cut`, `sort`, `awk`, spreadsheets and database loaders.
//
// A header line names the columns, once per run (whatever the number of documents or threads);
// every row has exactly as many fields as the header. The columns (README, "TSV rows"):
//
//   claims    id claim kind speaker speaker_name speaker_type cue lemma addressee via content
//             sentence cue_start cue_end content_start content_end
//   entities  id entity type name kb mentions
//   mentions  id entity type name kb start end text
//
// `id` is the document's id (its path for a text file, the JSONL "id" or line number); a field
// with no value (an unresolved speaker's name, no addressee) is empty. Fields are escaped as in
// PostgreSQL's and ClickHouse's TSV: a backslash is written `\\`, a tab `\t`, a line feed `\n`,
// a carriage return `\r`; nothing else is changed. Offsets are in the run's `--offsets` unit.
#pragma once

#include <string>
#include <string_view>

#include "views/record_view.h"

namespace selon::views {

enum class TsvRows { kClaims, kEntities, kMentions };

// "claims", "entities", "mentions" -> the rows; false for anything else.
bool ParseTsvRows(std::string_view name, TsvRows* rows);

// Appends `field` escaped (above), without separator.
void AppendTsvField(std::string_view field, std::string* out);

// The inverse of AppendTsvField (an unknown escape keeps its character: `\x` -> `x`).
std::string UnescapeTsvField(std::string_view field);

// Appends the header line of `rows`.
void WriteTsvHeader(TsvRows rows, std::string* out);

// Appends the rows of one record (none for an error record or a document without any).
void WriteTsvRows(const RecordView& view, TsvRows rows, std::string* out);

}  // namespace selon::views
