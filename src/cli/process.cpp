#include "cli/process.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <exception>

#include "cli/json_line.h"

namespace selon::cli {
namespace {

using nlohmann::json;

bool Fail(const RecordWriter& writer, uint64_t index, const RecordOrigin& origin,
          const RecordError& error, std::string* out, std::string* diagnostics) {
  writer.Error(index, origin, error, out);
  diagnostics->append("selon: ").append(error.message).push_back('\n');
  return false;
}

// A path as a JSON string (the bytes of a file name that are not UTF-8 as U+FFFD).
std::string QuotedPath(const std::string& path) {
  return json(path).dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

// The default id as JSON text: the line number of a JSONL line, else the quoted path. Written
// into `buffer` when it fits and the path is printable ASCII with no quote or backslash (quoting
// then only adds the quotes, as QuotedPath would): no allocation for the usual document;
// otherwise QuotedPath into `fallback`.
template <size_t N>
std::string_view DefaultId(const Job& job, char (&buffer)[N], std::string* fallback) {
  if (job.line > 0) return {buffer, std::to_chars(buffer, buffer + N, job.line).ptr};
  const std::string& path = job.path;
  const bool plain = std::all_of(path.begin(), path.end(), [](char c) {
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  });
  if (plain && path.size() + 2 <= N) {
    buffer[0] = '"';
    std::memcpy(buffer + 1, path.data(), path.size());
    buffer[path.size() + 1] = '"';
    return {buffer, path.size() + 2};
  }
  *fallback = QuotedPath(path);
  return *fallback;
}

}  // namespace

bool ProcessJob(const Pipeline& pipeline, const RecordWriter& writer, const Config& config,
                uint64_t index, Job& job, Analysis* scratch, Pipeline::Workspace* workspace,
                JsonLineParser* json_parser, std::string* out, std::string* diagnostics,
                uint64_t* warnings) {
  // The default id: the line number of a JSONL line, else the path.
  char id_buffer[512];
  std::string id_string;
  const std::string_view default_id = DefaultId(job, id_buffer, &id_string);
  RecordOrigin origin{default_id, job.path, std::nullopt, ""};
  if (job.line > 0) origin.line = job.line;
  if (job.kind == Job::Kind::kError) {
    if (job.line == 0 && (job.error.code == "not_found" || job.error.code == "unreadable"))
      origin.id_json = "null";
    return Fail(writer, index, origin, job.error, out, diagnostics);
  }
  const size_t record_start = out->size();
  JsonLine line;
  // Whatever goes wrong with this one document (an allocation, a bug) becomes its error record:
  // the batch, the records before it and the run go on.
  auto internal_error = [&](const char* what) {
    out->resize(record_start);
    RecordError error{"internal_error", job.path, std::nullopt, job.path};
    if (job.line > 0) {
      error.message.append(1, ':').append(std::to_string(job.line));
      error.line = job.line;
    }
    error.message.append(": internal error: ").append(what);
    origin.meta_json = "";
    return Fail(writer, index, origin, error, out, diagnostics);
  };
  try {
    std::string text;
    if (job.kind == Job::Kind::kJsonLine) {
      RecordError error;
      const bool ok = ParseJsonLine(job, config.text_key, json_parser, &line, &error);
      if (!line.id_json.empty()) origin.id_json = line.id_json;
      if (!ok) return Fail(writer, index, origin, error, out, diagnostics);
      text = std::move(line.text);
      origin.meta_json = line.meta_json;
    } else {
      text = std::move(job.payload);
    }
    const Document doc(std::move(text));
    pipeline.Analyze(doc, scratch, workspace);
    writer.Result(index, doc, *scratch, origin, out);
    const size_t quotes =
        config.command == Command::kTokenize ? 0 : scratch->unbalanced_quotes.size();
    *warnings += doc.warnings().size() + std::min(quotes, kMaxListedQuoteWarnings + 1);
    return true;
  } catch (const std::exception& e) {
    return internal_error(e.what());
  } catch (...) {
    return internal_error("unknown exception");
  }
}

}  // namespace selon::cli
