#include "internal/tsv.h"

#include "internal/strings.h"

namespace selon::internal {

Status TsvReader::Open(const std::string& path, uint32_t flags) {
  path_ = path;
  in_.open(path, std::ios::binary);
  if (!in_) {
    if (flags & kRequired) return Status(StatusCode::kNotFound, path + ": cannot open");
    no_rows_ = true;
    return Status::Ok();
  }
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
  while (std::getline(in_, line_)) {
    ++line_number_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.empty() || line_[0] == '#') continue;
    fields_ = Split(line_, '\t');
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
