#include "cli/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace selon::cli {
namespace fs = std::filesystem;

namespace {

constexpr size_t kReadChunk = 1 << 16;

std::string HumanBytes(uint64_t n) {
  char buf[32];
  if (n >= (1ull << 20))
    std::snprintf(buf, sizeof buf, "%.1f MiB", n / 1048576.0);
  else
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
  return buf;
}

bool HasTxtExtension(const fs::path& p) { return p.extension() == ".txt"; }

}  // namespace

InputReader::InputReader(const Config& config) : config_(config) {
  ExpandInputs();
  buffer_.resize(kReadChunk);
}

InputReader::~InputReader() {
  if (stream_ != nullptr && !stream_is_stdin_) std::fclose(stream_);
}

void InputReader::ExpandInputs() {
  std::vector<std::string> inputs = config_.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (HasTxtExtension(it->path()) && it->is_regular_file(type_ec))
          found.push_back(it->path().string());
      }
      if (ec) {
        // The directory itself is unreadable: one error job names it.
        sources_.push_back({input, false});
        continue;
      }
      std::sort(found.begin(), found.end());
      for (std::string& f : found) sources_.push_back({std::move(f), true});
      continue;
    }
    sources_.push_back({input, false});
  }
  for (const Source& s : sources_) {
    struct stat st;
    if (s.path == "-") {
      if (fstat(0, &st) == 0 && S_ISREG(st.st_mode)) total_bytes_ += st.st_size;
    } else if (stat(s.path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      total_bytes_ += st.st_size;
    }
  }
}

bool InputReader::Next(Job* job) {
  *job = Job();
  while (true) {
    if (stream_ != nullptr) {
      if (ReadLine(job)) return true;
      if (!stream_is_stdin_) std::fclose(stream_);
      stream_ = nullptr;
      continue;
    }
    if (next_source_ >= sources_.size()) return false;
    const Source& source = sources_[next_source_++];
    if (config_.jsonl) {
      if (OpenNextJsonl(job)) return true;
      continue;
    }
    if (source.path == "-") {
      ReadStdin(job);
    } else {
      ReadWholeFile(source, job);
    }
    return true;
  }
}

void InputReader::ReadWholeFile(const Source& source, Job* job) {
  job->id = source.path;
  job->path = source.path;
  auto fail = [&](const char* code, std::string message) {
    job->kind = Job::Kind::kError;
    job->error = {code, source.path + ": " + message, std::nullopt, source.path};
  };
  std::error_code ec;
  if (fs::is_directory(source.path, ec)) {
    fail("unreadable", "directory could not be listed");
    return;
  }
  std::FILE* f = std::fopen(source.path.c_str(), "rb");
  if (f == nullptr) {
    const int err = errno;
    fail(err == ENOENT ? "not_found" : "unreadable",
         err == ENOENT ? "no such file" : std::strerror(err));
    return;
  }
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<uint64_t>(st.st_size) > config_.max_doc_bytes) {
    std::fclose(f);
    job->input_bytes = st.st_size;
    fail("too_large", "document of " + HumanBytes(st.st_size) + " exceeds --max-doc-bytes (" +
                          HumanBytes(config_.max_doc_bytes) + ")");
    return;
  }
  std::string data;
  if (S_ISREG(st.st_mode)) data.reserve(st.st_size);
  char chunk[kReadChunk];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) {
    data.append(chunk, n);
    if (data.size() > config_.max_doc_bytes) break;
  }
  const bool read_error = std::ferror(f);
  const int err = errno;
  std::fclose(f);
  job->input_bytes = data.size();
  if (read_error) {
    fail("unreadable", std::string("read error: ") + std::strerror(err));
    return;
  }
  if (data.size() > config_.max_doc_bytes) {
    fail("too_large",
         "document exceeds --max-doc-bytes (" + HumanBytes(config_.max_doc_bytes) + ")");
    return;
  }
  job->kind = Job::Kind::kText;
  job->payload = std::move(data);
}

void InputReader::ReadStdin(Job* job) {
  job->id = "-";
  job->path.assign(1, '-');  // not = "-": works around GCC 12 bogus -Wrestrict
  if (stdin_consumed_) {
    job->kind = Job::Kind::kError;
    job->error = {"unreadable", "-: standard input was already read", std::nullopt, "-"};
    return;
  }
  stdin_consumed_ = true;
  std::string data;
  char chunk[kReadChunk];
  size_t n;
  bool too_large = false;
  uint64_t total = 0;
  while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) {
    total += n;
    if (!too_large) data.append(chunk, n);
    if (data.size() > config_.max_doc_bytes) {
      too_large = true;
      data.clear();
      data.shrink_to_fit();  // keep draining stdin so the writer upstream is not killed
    }
  }
  job->input_bytes = total;
  if (too_large) {
    job->kind = Job::Kind::kError;
    job->error = {"too_large",
                  "-: document exceeds --max-doc-bytes (" + HumanBytes(config_.max_doc_bytes) + ")",
                  std::nullopt, "-"};
    return;
  }
  job->kind = Job::Kind::kText;
  job->payload = std::move(data);
}

bool InputReader::OpenNextJsonl(Job* job) {
  const Source& source = sources_[next_source_ - 1];
  stream_path_ = source.path;
  line_number_ = 0;
  buffer_pos_ = buffer_end_ = 0;
  stream_eof_ = false;
  if (source.path == "-") {
    if (stdin_consumed_) {
      job->kind = Job::Kind::kError;
      job->path.assign(1, '-');  // not = "-": GCC 12 bogus -Wrestrict
      job->error = {"unreadable", "-: standard input was already read", std::nullopt, "-"};
      return true;
    }
    stdin_consumed_ = true;
    stream_ = stdin;
    stream_is_stdin_ = true;
    return false;
  }
  stream_is_stdin_ = false;
  stream_ = std::fopen(source.path.c_str(), "rb");
  std::error_code ec;
  if (stream_ == nullptr || fs::is_directory(source.path, ec)) {
    const int err = errno;
    if (stream_ != nullptr) std::fclose(stream_);
    stream_ = nullptr;
    job->kind = Job::Kind::kError;
    job->path = source.path;
    const bool missing = err == ENOENT;
    job->error = {missing ? "not_found" : "unreadable",
                  source.path + ": " + (missing ? "no such file" : std::strerror(err)),
                  std::nullopt, source.path};
    return true;
  }
  return false;
}

bool InputReader::ReadLine(Job* job) {
  // Reads up to the next '\n' without ever holding more than --max-doc-bytes of one line.
  // A blank line holds no document: it is skipped (line numbers still count it).
  while (true) {
    switch (ReadOneLine(job)) {
      case LineResult::kEnd:
        return false;
      case LineResult::kBlank:
        continue;
      case LineResult::kJob:
        return true;
    }
  }
}

InputReader::LineResult InputReader::ReadOneLine(Job* job) {
  std::string line;
  bool too_large = false;
  uint64_t consumed = 0;
  bool got_any = false;
  while (true) {
    if (buffer_pos_ == buffer_end_) {
      if (stream_eof_) break;
      buffer_end_ = std::fread(buffer_.data(), 1, buffer_.size(), stream_);
      buffer_pos_ = 0;
      if (buffer_end_ == 0) {
        stream_eof_ = true;
        break;
      }
    }
    got_any = true;
    const char* begin = buffer_.data() + buffer_pos_;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', buffer_end_ - buffer_pos_));
    const size_t n = nl ? static_cast<size_t>(nl - begin) : buffer_end_ - buffer_pos_;
    consumed += n + (nl ? 1 : 0);
    if (!too_large) {
      line.append(begin, n);
      if (line.size() > config_.max_doc_bytes) {
        too_large = true;
        line.clear();
        line.shrink_to_fit();
      }
    }
    buffer_pos_ += n + (nl ? 1 : 0);
    if (nl) break;
  }
  if (!got_any) return LineResult::kEnd;
  ++line_number_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  job->path = stream_path_;
  job->line = line_number_;
  job->id = line_number_;
  job->input_bytes = consumed;
  if (too_large) {
    job->kind = Job::Kind::kError;
    job->error = {"too_large",
                  stream_path_ + ":" + std::to_string(line_number_) +
                      ": line exceeds --max-doc-bytes (" + HumanBytes(config_.max_doc_bytes) + ")",
                  line_number_, stream_path_};
    return LineResult::kJob;
  }
  if (line.find_first_not_of(" \t") == std::string::npos) return LineResult::kBlank;
  job->kind = Job::Kind::kJsonLine;
  job->payload = std::move(line);
  return LineResult::kJob;
}

}  // namespace selon::cli
