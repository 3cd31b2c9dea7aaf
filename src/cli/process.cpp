#include "cli/process.h"

namespace selon::cli {
namespace {

using nlohmann::json;

bool Fail(const JsonWriter& writer, const json& id, const RecordError& error, std::string* out,
          std::string* diagnostics) {
  writer.WriteError(id, error, out);
  diagnostics->append("selon: ").append(error.message).push_back('\n');
  return false;
}

// Reads a JSONL line into text, id and meta; on failure fills `error`.
bool ParseJsonLine(Job& job, std::string* text, json* id, json* meta, RecordError* error) {
  const std::string where = job.path + ":" + std::to_string(job.line);
  auto fail = [&](const char* code, const std::string& message) {
    *error = {code, where + ": " + message, job.line, job.path};
    return false;
  };
  json value = json::parse(job.payload, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    // Parse again with exceptions only to learn the byte position of the error.
    try {
      const json unused = json::parse(job.payload);
    } catch (const json::parse_error& e) {
      return fail("invalid_json",
                  "not valid JSON at byte " + std::to_string(e.byte) + ": " +
                      std::string(e.what()).substr(std::string(e.what()).rfind(": ") + 2));
    }
    return fail("invalid_json", "not valid JSON");
  }
  if (!value.is_object()) return fail("not_an_object", "line is JSON but not an object");
  // The id first, so that an error record for this line still carries the id it was given.
  auto id_it = value.find("id");
  if (id_it != value.end()) {
    if (id_it->is_object() || id_it->is_array())
      return fail("invalid_id", "\"id\" must be a string, number, boolean or null");
    *id = *id_it;
    job.id = *id_it;
  } else {
    *id = job.line;
  }
  auto text_it = value.find("text");
  if (text_it == value.end()) return fail("missing_text", "object has no \"text\" field");
  if (!text_it->is_string()) return fail("missing_text", "\"text\" is not a string");
  *text = std::move(text_it->get_ref<std::string&>());
  value.erase("text");
  value.erase("id");
  *meta = std::move(value);
  return true;
}

}  // namespace

bool ProcessJob(const Pipeline& pipeline, const JsonWriter& writer, Command command, Job& job,
                Analysis* scratch, std::string* out, std::string* diagnostics) {
  if (job.kind == Job::Kind::kError) {
    const json id = job.line > 0 ? json(job.line)
                                 : (job.error.code == "not_found" || job.error.code == "unreadable"
                                        ? json(nullptr)
                                        : job.id);
    return Fail(writer, id, job.error, out, diagnostics);
  }
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
  return true;
}

}  // namespace selon::cli
