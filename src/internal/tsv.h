// One reader for the tab-separated data files (lexicons/cues/*.tsv, lexicons/evidence/*.tsv),
// so that every stage reads a file the same way:
//
//   - lines are split on tabs; a trailing '\r' is dropped;
//   - empty lines and lines starting with '#' are comments;
//   - the first other line is the header, naming the columns; rows find a column by its name
//     (TsvReader::Column, once), never by a position the header does not vouch for;
//   - a row must have as many fields as the header;
//   - errors carry their location: "lexicons/cues/forms.tsv:42: expected 3 columns, got 2".
//
//   TsvReader tsv;
//   SELON_RETURN_IF_ERROR(tsv.Open(path, TsvReader::kRequired));
//   size_t form, lemma;
//   SELON_RETURN_IF_ERROR(tsv.Column("form", &form));
//   SELON_RETURN_IF_ERROR(tsv.Column("lemma", &lemma));
//   while (tsv.Next()) Use(tsv.field(form), tsv.field(lemma));
//   SELON_RETURN_IF_ERROR(tsv.status());
//
// A file with no header (a word list, one entry a line) opens with kNoHeader: each line is one
// row and the fields are taken by position.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "selon/status.h"

namespace selon::internal {

class TsvReader {
 public:
  enum Flags : uint32_t {
    kRequired = 1u << 0,  // a missing file is kNotFound (else: an empty file, Ok)
    kNoHeader = 1u << 1,  // no header line: every non-comment line is a row
  };

  // Opens `path` and reads its header. A missing optional file, or one with nothing but
  // comments, gives Ok and a reader whose Next() is false at once. Error: kNotFound (a required
  // file is missing). Call once per reader.
  Status Open(const std::string& path, uint32_t flags);

  // The position of the column named `name` in the header; kDataError "file:line: missing
  // column NAME" when the header has none (with kNoHeader, always). Ok (index 0) for a file
  // with no rows, since Next() will never give one.
  Status Column(std::string_view name, size_t* index) const;

  // Reads the next data line into fields(); false at the end of the file or on an error
  // (status() tells which). The views of the previous row are invalidated.
  bool Next();

  // The fields of the current row; field(i) for i < header width (checked by Next()).
  const std::vector<std::string_view>& fields() const { return fields_; }
  std::string_view field(size_t i) const { return fields_[i]; }

  // The error that stopped Next(), or Ok.
  const Status& status() const { return status_; }

  // A kDataError at the current line: "path:line: message".
  Status Error(const std::string& message) const;

  const std::string& path() const { return path_; }
  uint64_t line_number() const { return line_number_; }

 private:
  bool ReadLine();  // next non-comment line into fields_; false at the end

  std::string path_;
  // The whole file, read once at Open (data files are a few MB at most). (Not a std::string:
  // its resize would zero every byte before the read overwrites them, 0.7 M instructions of
  // the start-up.)
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;  // bytes in data_
  size_t pos_ = 0;   // start of the next line in data_
  bool open_ = false;
  bool no_rows_ = false;  // missing optional file, or nothing but comments
  uint64_t line_number_ = 0;
  uint64_t header_line_ = 0;
  std::vector<std::string> header_;
  std::vector<std::string_view> fields_;
  Status status_;
};

// Reads every row of `path`: calls `row(fields, reader)` with the fields of `columns`, in that
// order (by header name; with kNoHeader, the first columns.size() fields by position), and
// `reader` for Error(). Stops at the first error, its own or the one `row` returns (a Status).
template <typename Fn>
Status ForEachTsvRow(const std::string& path, uint32_t flags,
                     std::initializer_list<std::string_view> columns, Fn row) {
  TsvReader tsv;
  SELON_RETURN_IF_ERROR(tsv.Open(path, flags));
  std::vector<size_t> index;
  for (std::string_view name : columns) {
    index.push_back(index.size());
    if (!(flags & TsvReader::kNoHeader)) SELON_RETURN_IF_ERROR(tsv.Column(name, &index.back()));
  }
  std::vector<std::string_view> fields(index.size());
  while (tsv.Next()) {
    if (tsv.fields().size() < index.size())
      return tsv.Error("expected " + std::to_string(index.size()) + " columns, got " +
                       std::to_string(tsv.fields().size()));
    for (size_t i = 0; i < index.size(); ++i) fields[i] = tsv.field(index[i]);
    SELON_RETURN_IF_ERROR(row(fields, tsv));
  }
  return tsv.status();
}

}  // namespace selon::internal
