#include "cli/json_line.h"

#include <vector>

#include "cli/json_object_scan.h"

namespace selon::cli {
namespace {

using nlohmann::json;

// The one pass of nlohmann over a line: it validates the line, builds nothing, keeps the
// decoded string of the last top-level member named `text_key` (the lexer decodes every string
// anyway), and remembers the first error: where, and what nlohmann says about it.
class LineValidator : public nlohmann::json_sax<json> {
 public:
  explicit LineValidator(std::string_view text_key) : text_key_(text_key) {}

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t& value) override {
    if (depth_ == 1 && at_text_key_) text_ = std::move(value);
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return Enter(); }
  bool key(string_t& key) override {
    at_text_key_ = depth_ == 1 && key == text_key_;
    return true;
  }
  bool end_object() override { return Leave(); }
  bool start_array(std::size_t) override { return Enter(); }
  bool end_array() override { return Leave(); }
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
  std::string& text() { return text_; }

 private:
  bool Enter() {
    ++depth_;
    at_text_key_ = false;
    return true;
  }
  bool Leave() {
    --depth_;
    at_text_key_ = false;
    return true;
  }

  std::string_view text_key_;
  int depth_ = 0;
  bool at_text_key_ = false;
  std::string text_;
  size_t position_ = 0;
  std::string message_;
};

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsJsonSpace(s[i])) ++i;
  return i;
}

// The scanners below run on JSON that nlohmann accepted: every string closes, every bracket
// pairs, so they never need to check the end of the line.

// `s[i]` is the opening quote of a string: the index after its closing quote.
size_t StringEnd(std::string_view s, size_t i) {
  for (++i; s[i] != '"'; ++i)
    if (s[i] == '\\') ++i;
  return i + 1;
}

// `s[i]` starts a value: the index after it.
size_t ValueEnd(std::string_view s, size_t i) {
  if (s[i] == '"') return StringEnd(s, i);
  if (s[i] == '{' || s[i] == '[') {
    int depth = 0;
    for (;; ++i) {
      const char c = s[i];
      if (c == '"') {
        i = StringEnd(s, i) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !IsJsonSpace(s[i])) ++i;
  return i;
}

// The members of the top-level object of `line` (valid JSON), in order; false when the line
// is not an object. A UTF-8 byte order mark before it is skipped, as nlohmann does.
bool TopLevelMembers(std::string_view line, std::vector<JsonMember>* members) {
  size_t i = line.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  i = SkipSpace(line, i);
  if (i >= line.size() || line[i] != '{') return false;
  i = SkipSpace(line, i + 1);
  if (line[i] == '}') return true;
  while (true) {
    JsonMember m;
    m.key_begin = i;
    m.key_end = StringEnd(line, i);
    i = SkipSpace(line, m.key_end);  // at ':'
    m.value_begin = SkipSpace(line, i + 1);
    m.value_end = ValueEnd(line, m.value_begin);
    members->push_back(m);
    i = SkipSpace(line, m.value_end);
    if (line[i] != ',') return true;  // '}'
    i = SkipSpace(line, i + 1);
  }
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

std::string CompactJson(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      const size_t end = StringEnd(text, i);
      out.append(text.substr(i, end - i));
      i = end - 1;
    } else if (!IsJsonSpace(text[i])) {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool ParseJsonLine(const Job& job, std::string_view text_key, JsonLine* line, RecordError* error) {
  auto fail = [&](const char* code, const std::string& message) {
    *error = {code, job.path + ":" + std::to_string(job.line) + ": " + message, job.line, job.path};
    return false;
  };
  const std::string_view payload = job.payload;
  // The usual line takes the one-pass scanner; what it cannot tell (an error, an exponent, a
  // line too deep) is read by nlohmann, whose verdict and message are the reference.
  std::vector<JsonMember> members;
  std::string slow_text;  // the text as nlohmann's pass decoded it
  const bool scanned = ScanJsonObject(payload, kMaxJsonDepth, &members);
  if (!scanned) {
    LineValidator validator(text_key);
    if (!json::sax_parse(payload, &validator)) {
      return fail("invalid_json", "not valid JSON at byte " + std::to_string(validator.position()) +
                                      ": " + validator.message());
    }
    if (const size_t byte = ByteBeyondDepth(payload, kMaxJsonDepth); byte != 0) {
      return fail("invalid_json", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                      " levels at byte " + std::to_string(byte));
    }
    members.clear();  // what the scanner had cut before it gave up
    if (!TopLevelMembers(payload, &members))
      return fail("not_an_object", "line is JSON but not an object");
    slow_text = std::move(validator.text());
  }
  const JsonMember* id = nullptr;
  const JsonMember* text = nullptr;
  std::string meta;
  for (const JsonMember& m : members) {
    const std::string_view quoted_key = payload.substr(m.key_begin, m.key_end - m.key_begin);
    if (JsonStringEquals(quoted_key, text_key)) {
      text = &m;
    } else if (JsonStringEquals(quoted_key, "id")) {
      id = &m;
    } else {
      meta.append(meta.empty() ? "{" : ",");
      meta.append(payload.substr(m.key_begin, m.value_end - m.key_begin));
    }
  }
  // The id first, so that an error record for this line still carries the id it was given.
  if (id != nullptr) {
    const char first = payload[id->value_begin];
    if (first == '{' || first == '[')
      return fail("invalid_id", "\"id\" must be a string, number, boolean or null");
    line->id_json.assign(payload.substr(id->value_begin, id->value_end - id->value_begin));
  }
  auto quoted_key = [&] {
    return json(std::string(text_key)).dump(-1, ' ', false, json::error_handler_t::replace);
  };
  if (text == nullptr) return fail("missing_text", "object has no " + quoted_key() + " field");
  if (payload[text->value_begin] != '"')
    return fail("missing_text", quoted_key() + " is not a string");
  if (scanned) {
    line->text.clear();
    AppendDecodedJsonString(payload.substr(text->value_begin, text->value_end - text->value_begin),
                            &line->text);
  } else {
    line->text = std::move(slow_text);  // the last member named so, as `text`
  }
  if (!meta.empty()) {
    meta.push_back('}');
    // A record is one line: JSON whitespace between tokens may hold a CR.
    if (meta.find_first_of("\r\n") != std::string::npos) meta = CompactJson(meta);
    line->meta_json = std::move(meta);
  }
  return true;
}

}  // namespace selon::cli
