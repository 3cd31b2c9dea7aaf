#include "internal/tsv.h"

#include <cstring>
#include <fstream>
#include <iterator>

namespace selon::internal {

Status TsvReader::Open(const std::string& path, uint32_t flags) {
  path_ = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (flags & kRequired) return Status(StatusCode::kNotFound, path + ": cannot open");
    no_rows_ = true;
    return Status::Ok();
  }
  // One read of the whole file; lines and fields are then views into it (no copy per line).
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    data_.resize(static_cast<size_t>(size));
    in.read(data_.data(), size);
    data_.resize(static_cast<size_t>(in.gcount()));
  } else if (size < 0) {  // not seekable: a stream of unknown size
    in.clear();
    data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) return Status(StatusCode::kDataError, path + ": read error");
  open_ = true;
  if (flags & kNoHeader) return Status::Ok();
  if (!ReadLine()) {
    no_rows_ = true;  // nothing but comments
    return Status::Ok();
  }
  header_line_ = line_number_;
  for (std::string_view c : fields_) header_.emplace_back(c);
  return Status::Ok();
}

Status TsvReader::Column(std::string_view name, size_t* index) const {
  *index = 0;
  if (no_rows_) return Status::Ok();
  for (size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) {
      *index = i;
      return Status::Ok();
    }
  }
  return Status(StatusCode::kDataError, path_ + ":" + std::to_string(header_line_) +
                                            ": missing column " + std::string(name));
}

bool TsvReader::ReadLine() {
  const std::string_view data(data_);
  while (pos_ < data.size()) {
    const size_t eol = data.find('\n', pos_);
    const size_t end = eol == std::string_view::npos ? data.size() : eol;
    std::string_view line = data.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    // Split on tabs into the reused fields_ (n tabs give n + 1 fields, empty ones included).
    fields_.clear();
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        fields_.push_back(line.substr(start));
        break;
      }
      fields_.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    return true;
  }
  fields_.clear();
  return false;
}

bool TsvReader::Next() {
  if (!open_ || !status_.ok() || !ReadLine()) return false;
  if (header_line_ > 0 && fields_.size() != header_.size()) {
    status_ = Error("expected " + std::to_string(header_.size()) + " columns, got " +
                    std::to_string(fields_.size()));
    return false;
  }
  return true;
}

Status TsvReader::Error(const std::string& message) const {
  return Status(StatusCode::kDataError,
                path_ + ":" + std::to_string(line_number_) + ": " + message);
}

}  // namespace selon::internal
