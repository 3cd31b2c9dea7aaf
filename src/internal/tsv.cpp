#include "internal/tsv.h"

#include <cstring>
#include <fstream>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace selon::internal {
namespace {

// Splits the line starting at data[begin] on tabs: appends every field but the last to
// `fields` and returns the position of the line's newline (size when the file ends first); the
// last field starts after the last tab. Sixteen bytes per step where SSE2 is (every x86-64):
// one compare finds all the tabs and the newline of a step, and each field then costs a few
// instructions (a search per field cost more than the fields: the evidence is 470,000 fields).
inline size_t SplitLine(const char* data, size_t begin, size_t size,
                        std::vector<std::string_view>* fields, size_t* last_start) {
  size_t start = begin, i = begin;
#if defined(__SSE2__)
  const __m128i tab = _mm_set1_epi8('\t'), newline = _mm_set1_epi8('\n');
  for (; i + 16 <= size; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    unsigned tabs = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, tab)));
    const unsigned newlines = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)));
    if (newlines != 0) tabs &= (newlines & (0u - newlines)) - 1;  // the tabs before the newline
    for (; tabs != 0; tabs &= tabs - 1) {
      const size_t t = i + static_cast<size_t>(__builtin_ctz(tabs));
      fields->emplace_back(data + start, t - start);
      start = t + 1;
    }
    if (newlines != 0) {
      *last_start = start;
      return i + static_cast<size_t>(__builtin_ctz(newlines));
    }
  }
#endif
  for (; i < size && data[i] != '\n'; ++i) {
    if (data[i] == '\t') {
      fields->emplace_back(data + start, i - start);
      start = i + 1;
    }
  }
  *last_start = start;
  return i;
}

}  // namespace

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
    data_.reset(new char[static_cast<size_t>(size)]);  // (uninitialized: read fills it)
    in.read(data_.get(), size);
    size_ = static_cast<size_t>(in.gcount());
  } else if (size < 0) {  // not seekable: a stream of unknown size
    in.clear();
    const std::string all(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
    data_.reset(new char[all.size()]);
    std::memcpy(data_.get(), all.data(), all.size());
    size_ = all.size();
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
  const char* const data = data_.get();
  const size_t size = size_;
  while (pos_ < size) {
    ++line_number_;
    const size_t begin = pos_;
    if (data[begin] == '#') {
      const void* eol = std::memchr(data + begin, '\n', size - begin);
      pos_ = eol == nullptr ? size : static_cast<size_t>(static_cast<const char*>(eol) - data) + 1;
      continue;
    }
    // Split on tabs into the reused fields_ (n tabs give n + 1 fields, empty ones included).
    fields_.clear();
    size_t start = begin;
    const size_t i = SplitLine(data, begin, size, &fields_, &start);
    pos_ = i + 1;
    size_t end = i;
    if (end > begin && data[end - 1] == '\r') --end;  // (never a tab: start <= end)
    if (end == begin) continue;                       // an empty line
    fields_.emplace_back(data + start, end - start);
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
