#include "cli/process.h"

#include <algorithm>
#include <exception>

#include "cli/json_line.h"

namespace selon::cli {
namespace {

using nlohmann::json;

bool Fail(const JsonWriter& writer, const json& id, const RecordError& error, std::string* out,
          std::string* diagnostics) {
  writer.WriteError(id, error, out);
  diagnostics->append("selon: ").append(error.message).push_back('\n');
  return false;
}

}  // namespace

bool ProcessJob(const Pipeline& pipeline, const JsonWriter& writer, Command command, Job& job,
                Analysis* scratch, std::string* out, std::string* diagnostics, uint64_t* warnings) {
  if (job.kind == Job::Kind::kError) {
    const json id = job.line > 0 ? json(job.line)
                                 : (job.error.code == "not_found" || job.error.code == "unreadable"
                                        ? json(nullptr)
                                        : job.id);
    return Fail(writer, id, job.error, out, diagnostics);
  }
  const size_t record_start = out->size();
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
    return Fail(writer, job.id, error, out, diagnostics);
  };
  try {
    json id = job.id;
    json meta;
    std::string text;
    if (job.kind == Job::Kind::kJsonLine) {
      RecordError error;
      if (!ParseJsonLine(job, &text, &id, &meta, &error)) {
        return Fail(writer, job.id, error, out, diagnostics);
      }
    } else {
      text = std::move(job.payload);
    }
    const Document doc(std::move(text));
    pipeline.Analyze(doc, scratch);
    if (command == Command::kTokenize) {
      writer.WriteTokens(doc, *scratch, id, out);
    } else {
      writer.WriteResult(doc, *scratch, id, meta.is_object() ? &meta : nullptr, out);
    }
    const size_t quotes = command == Command::kTokenize ? 0 : scratch->unbalanced_quotes.size();
    *warnings += doc.warnings().size() + std::min(quotes, kMaxListedQuoteWarnings + 1);
    return true;
  } catch (const std::exception& e) {
    return internal_error(e.what());
  } catch (...) {
    return internal_error("unknown exception");
  }
}

}  // namespace selon::cli
