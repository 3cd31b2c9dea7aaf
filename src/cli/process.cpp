#include "cli/process.h"

#include <algorithm>
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

}  // namespace

bool ProcessJob(const Pipeline& pipeline, const RecordWriter& writer, const Config& config,
                uint64_t index, Job& job, Analysis* scratch, Pipeline::Workspace* workspace,
                std::string* out, std::string* diagnostics, uint64_t* warnings) {
  // The default id: the line number of a JSONL line, else the path.
  const std::string default_id = job.line > 0 ? std::to_string(job.line) : QuotedPath(job.path);
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
      const bool ok = ParseJsonLine(job, config.text_key, &line, &error);
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
