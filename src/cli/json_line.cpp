#include "cli/json_line.h"

namespace selon::cli {
namespace {

using nlohmann::json;

// A SAX consumer that builds nothing and only remembers the first error: where, and what
// nlohmann says about it.
class ErrorLocator : public nlohmann::json_sax<json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position_ = position;
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while
    // parsing value - invalid literal; last read: '"tr'" and "[json.exception.out_of_range.406]
    // number overflow parsing '1e999'": keep what follows the last ": " (the part that says
    // what is wrong; the position is given as a byte), or what follows the "] " prefix.
    const std::string what = ex.what();
    size_t start = what.rfind(": ");
    start = start != std::string::npos ? start + 2 : what.find("] ");
    if (start == std::string::npos) start = 0;
    if (what.compare(start, 2, "] ") == 0) start += 2;
    message_ = what.substr(start);
    return false;
  }

  size_t position() const { return position_; }
  const std::string& message() const { return message_; }

 private:
  size_t position_ = 0;
  std::string message_;
};

// Whether `value` nests deeper than `levels_left` levels. Recursion stops at the limit, so the
// stack never holds more than kMaxJsonDepth frames whatever the input.
bool DeeperThan(const json& value, int levels_left) {
  if (!value.is_structured()) return false;
  if (levels_left == 0) return true;
  for (const json& child : value)
    if (DeeperThan(child, levels_left - 1)) return true;
  return false;
}

}  // namespace

size_t ByteBeyondDepth(std::string_view line, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) return i + 1;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return 0;
}

bool ParseJsonLine(Job& job, std::string* text, json* id, json* meta, RecordError* error) {
  auto fail = [&](const char* code, const std::string& message) {
    *error = {code, job.path + ":" + std::to_string(job.line) + ": " + message, job.line, job.path};
    return false;
  };
  json value = json::parse(job.payload, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    ErrorLocator locator;
    json::sax_parse(job.payload, &locator);
    return fail("invalid_json", "not valid JSON at byte " + std::to_string(locator.position()) +
                                    ": " + locator.message());
  }
  if (DeeperThan(value, kMaxJsonDepth)) {
    return fail("invalid_json", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                    " levels at byte " +
                                    std::to_string(ByteBeyondDepth(job.payload, kMaxJsonDepth)));
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

}  // namespace selon::cli
