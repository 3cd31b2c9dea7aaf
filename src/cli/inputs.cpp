#include "cli/inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "cli/input_stream.h"
#include "cli/output.h"
#include "cli/stop_signals.h"

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

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// `name.txt`, `name.txt.gz`, `name.txt.zst` (or `.jsonl` with `jsonl`): what a folder holds.
bool IsDocumentFile(const fs::path& p, bool jsonl) {
  const std::string name = p.filename().string();
  return EndsWith(WithoutCompressionSuffix(name), jsonl ? ".jsonl" : ".txt");
}

// Opens `path` for reading. On failure returns -1 and sets the error record's code and reason:
// a dangling symbolic link and a missing file are not_found, anything else unreadable.
int OpenInput(const std::string& path, const char** code, std::string* reason) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) return fd;
  const int err = errno;
  struct stat st;
  *code = err == ENOENT ? "not_found" : "unreadable";
  if (err == ENOENT && lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
    *reason = "dangling symbolic link";
  else
    *reason = err == ENOENT ? "no such file" : std::strerror(err);
  return -1;
}

}  // namespace

InputReader::InputReader(const Config& config) : config_(config) { ExpandInputs(); }

InputReader::~InputReader() { CloseStream(); }

void InputReader::CloseStream() {
  stream_.reset();
  if (stream_fd_ >= 0 && !stream_is_stdin_) close(stream_fd_);
  stream_fd_ = -1;
}

void InputReader::Walk(const std::string& root, bool jsonl, std::vector<Source>* found) {
  // Depth first with an explicit stack; symbolic links to folders are not followed (no cycles).
  std::vector<fs::path> pending{fs::path(root)};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      const fs::file_status link = it->symlink_status(type_ec);
      if (fs::is_directory(link)) {
        pending.push_back(it->path());
        continue;
      }
      if (!IsDocumentFile(it->path(), jsonl)) continue;
      Source source{it->path().string(), jsonl, 0, "", ""};
      if (fs::is_symlink(link)) {
        const fs::file_status target = it->status(type_ec);
        if (type_ec == std::errc::no_such_file_or_directory || !fs::exists(target)) {
          source.error_code = "not_found";
          source.error_message = "dangling symbolic link";
        } else if (type_ec) {
          source.error_code = "unreadable";
          source.error_message = "symbolic link cannot be followed: " + type_ec.message();
        } else if (fs::is_directory(target)) {
          continue;  // a link to a folder is not walked
        } else if (!fs::is_regular_file(target)) {
          source.error_code = "unreadable";
          source.error_message = "links to something that is not a regular file";
        }
      } else if (!fs::is_regular_file(link)) {
        source.error_code = "unreadable";
        source.error_message = "not a regular file";
      }
      found->push_back(std::move(source));
    }
    if (ec) {
      found->push_back(
          {dir.string(), jsonl, 0, "unreadable", "directory could not be listed: " + ec.message()});
    }
  }
}

void InputReader::ExpandInputs() {
  std::vector<std::string> inputs = config_.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<Source> found;
      Walk(input, config_.jsonl, &found);
      std::sort(found.begin(), found.end(),
                [](const Source& a, const Source& b) { return a.path < b.path; });
      for (Source& f : found) sources_.push_back(std::move(f));
      continue;
    }
    const bool jsonl = config_.jsonl || (input != "-" && IsDocumentFile(input, /*jsonl=*/true));
    sources_.push_back({input, jsonl, 0, "", ""});
  }
  for (Source& s : sources_) {
    struct stat st;
    if (s.path == "-") {
      if (fstat(0, &st) == 0 && S_ISREG(st.st_mode)) s.size = st.st_size;
    } else if (s.error_code.empty() && stat(s.path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      s.size = st.st_size;
    }
    total_bytes_ += s.size;
  }
}

bool InputReader::Next(Job* job) {
  if (config_.shard_count <= 1) return NextJob(job);
  while (NextJob(job)) {
    if (position_++ % config_.shard_count == config_.shard_index) {
      job->input_bytes += skipped_bytes_;
      skipped_bytes_ = 0;
      return true;
    }
    skipped_bytes_ += job->input_bytes;
  }
  return false;
}

bool InputReader::NextJob(Job* job) {
  *job = Job();
  while (!stopped_ && StopSignal() == 0) {
    if (stream_ != nullptr) {
      if (ReadLine(job)) return !stopped_;
      CloseStream();
      continue;
    }
    if (next_source_ >= sources_.size()) return false;
    const Source& source = sources_[next_source_++];
    if (source.jsonl) {
      if (OpenNextJsonl(job)) return true;
      continue;
    }
    // A text document that belongs to another shard is not read at all.
    if (config_.shard_count > 1 && position_ % config_.shard_count != config_.shard_index) {
      job->kind = Job::Kind::kText;
      job->path = source.path;
      job->input_bytes = source.size;  // counted as done, for progress
      return true;
    }
    if (source.path == "-") {
      ReadStdin(job);
    } else {
      ReadWholeFile(source, job);
    }
    return !stopped_;
  }
  return false;
}

void InputReader::ReadAll(InputStream& in, Job* job) {
  auto fail = [&](const std::string& code, const std::string& message) {
    job->kind = Job::Kind::kError;
    job->payload = std::string();
    job->error = {code, job->path + ": " + message, std::nullopt, job->path};
  };
  std::string& data = job->payload;
  char chunk[kReadChunk];
  while (true) {
    size_t got = 0;
    const InputStream::Result r = in.Read(chunk, sizeof chunk, &got);
    job->input_bytes = in.raw_bytes();
    switch (r) {
      case InputStream::Result::kOk:
        break;
      case InputStream::Result::kEnd:
        job->kind = Job::Kind::kText;
        return;
      case InputStream::Result::kStopped:
        stopped_ = true;
        return;
      case InputStream::Result::kReadError:
        return fail("unreadable", std::string("read error: ") + std::strerror(in.read_errno()));
      case InputStream::Result::kCorrupt:
        return fail("corrupt_input", in.error());
    }
    data.append(chunk, got);
    if (data.size() > config_.max_doc_bytes) {
      // Drained undecoded, so that the writer upstream is not killed and a decompression bomb
      // costs no more than reading its compressed bytes.
      const InputStream::Result drained = in.Drain();
      job->input_bytes = in.raw_bytes();
      if (drained == InputStream::Result::kStopped) stopped_ = true;
      return fail("too_large",
                  std::string(in.compression() == Compression::kNone ? "document"
                                                                     : "decompressed document") +
                      " exceeds --max-doc-bytes (" + HumanBytes(config_.max_doc_bytes) + ")");
    }
  }
}

void InputReader::ReadWholeFile(const Source& source, Job* job) {
  job->path = source.path;
  auto fail = [&](const std::string& code, const std::string& message) {
    job->kind = Job::Kind::kError;
    job->error = {code, source.path + ": " + message, std::nullopt, source.path};
  };
  if (!source.error_code.empty()) return fail(source.error_code, source.error_message);
  const char* code;
  std::string reason;
  const int fd = OpenInput(source.path, &code, &reason);
  if (fd < 0) return fail(code, reason);
  struct stat st;
  const bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (!regular && S_ISDIR(st.st_mode)) {
    close(fd);
    return fail("unreadable", "directory could not be listed");
  }
  InputStream in(fd, ExpectedCompression(source.path));
  // A plain file's size is its document's: too large ones are refused unread.
  if (regular && in.Detect() == InputStream::Result::kOk &&
      in.compression() == Compression::kNone &&
      static_cast<uint64_t>(st.st_size) > config_.max_doc_bytes) {
    close(fd);
    job->input_bytes = st.st_size;
    return fail("too_large", "document of " + HumanBytes(st.st_size) +
                                 " exceeds --max-doc-bytes (" + HumanBytes(config_.max_doc_bytes) +
                                 ")");
  }
  if (regular && in.compression() == Compression::kNone) job->payload.reserve(st.st_size);
  ReadAll(in, job);
  close(fd);
}

void InputReader::ReadStdin(Job* job) {
  job->path.assign(1, '-');  // not = "-": works around GCC 12 bogus -Wrestrict
  auto fail = [&](const char* code, const std::string& message) {
    job->kind = Job::Kind::kError;
    job->error = {code, "-: " + message, std::nullopt, "-"};
  };
  if (stdin_consumed_) return fail("unreadable", "standard input was already read");
  stdin_consumed_ = true;
  if (StandardInputWasClosed()) return fail("unreadable", "standard input is closed");
  InputStream in(STDIN_FILENO, Compression::kNone);
  ReadAll(in, job);
}

bool InputReader::OpenNextJsonl(Job* job) {
  const Source& source = sources_[next_source_ - 1];
  stream_path_ = source.path;
  line_number_ = config_.line_offset;
  stream_raw_reported_ = 0;
  buffer_pos_ = buffer_end_ = 0;
  stream_eof_ = false;
  auto fail = [&](const std::string& code, const std::string& message) {
    job->kind = Job::Kind::kError;
    job->path = source.path;
    job->error = {code, source.path + ": " + message, std::nullopt, source.path};
    return true;
  };
  if (!source.error_code.empty()) return fail(source.error_code, source.error_message);
  if (source.path == "-") {
    if (stdin_consumed_) return fail("unreadable", "standard input was already read");
    stdin_consumed_ = true;
    if (StandardInputWasClosed()) return fail("unreadable", "standard input is closed");
    stream_fd_ = STDIN_FILENO;
    stream_is_stdin_ = true;
    stream_ = std::make_unique<InputStream>(stream_fd_, Compression::kNone);
    return false;
  }
  stream_is_stdin_ = false;
  const char* code;
  std::string reason;
  stream_fd_ = OpenInput(source.path, &code, &reason);
  if (stream_fd_ < 0) return fail(code, reason);
  struct stat st;
  if (fstat(stream_fd_, &st) == 0 && S_ISDIR(st.st_mode)) {
    CloseStream();
    return fail("unreadable", "is a directory");
  }
  stream_ = std::make_unique<InputStream>(stream_fd_, ExpectedCompression(source.path));
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
  bool got_any = false;
  while (true) {
    if (buffer_pos_ == buffer_end_) {
      if (stream_eof_) break;
      // (Sized at the first JSONL read: a run of files never writes, nor faults in, its pages.)
      if (buffer_.empty()) buffer_.resize(kReadChunk);
      size_t n = 0;
      const InputStream::Result r = stream_->Read(buffer_.data(), buffer_.size(), &n);
      buffer_pos_ = 0;
      buffer_end_ = n;
      if (r == InputStream::Result::kStopped) {
        stopped_ = true;
        return LineResult::kEnd;
      }
      if (r == InputStream::Result::kReadError || r == InputStream::Result::kCorrupt) {
        // The line being read cannot be read whole, nor anything after it: one error job
        // names the line, and the stream ends there.
        const bool corrupt = r == InputStream::Result::kCorrupt;
        const std::string reason =
            corrupt ? stream_->error()
                    : std::string("read error: ") + std::strerror(stream_->read_errno());
        stream_eof_ = true;
        ++line_number_;
        job->kind = Job::Kind::kError;
        job->path = stream_path_;
        job->line = line_number_;
        job->input_bytes = stream_->raw_bytes() - stream_raw_reported_;
        stream_raw_reported_ = stream_->raw_bytes();
        job->error = {corrupt ? "corrupt_input" : "unreadable",
                      stream_path_ + ":" + std::to_string(line_number_) + ": " + reason +
                          " (the rest of " + stream_path_ + " is not read)",
                      line_number_, stream_path_};
        return LineResult::kJob;
      }
      if (r == InputStream::Result::kEnd) {
        stream_eof_ = true;
        break;
      }
    }
    got_any = true;
    const char* begin = buffer_.data() + buffer_pos_;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', buffer_end_ - buffer_pos_));
    const size_t n = nl ? static_cast<size_t>(nl - begin) : buffer_end_ - buffer_pos_;
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
  job->input_bytes = stream_->raw_bytes() - stream_raw_reported_;
  stream_raw_reported_ = stream_->raw_bytes();
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
