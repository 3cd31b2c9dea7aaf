#include "cli/json_line.h"

#include <simdjson.h>

#include <vector>

namespace selon::cli {
namespace {

using nlohmann::json;

// What a top-level member is to the record.
enum class Role { kText, kId, kMeta };

// One member of the line's object, `"key": value`: where the key starts, the value's byte
// range [value_begin, value_end), and the decoded key (the reference path) or its role.
struct JsonMember {
  size_t key_begin = 0, value_begin = 0, value_end = 0;
  std::string key;
  Role role = Role::kMeta;
};

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

// The decoded value of the JSON string `quoted` (quotes included, valid JSON). Without an
// escape the bytes between the quotes are the value (valid JSON has no raw control character).
std::string DecodeString(std::string_view quoted) {
  const std::string_view inner = quoted.substr(1, quoted.size() - 2);
  if (inner.find('\\') == std::string_view::npos) return std::string(inner);
  json value = json::parse(quoted, nullptr, /*allow_exceptions=*/false);
  return value.is_string() ? std::move(value.get_ref<std::string&>()) : std::string();
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
    const size_t key_end = StringEnd(line, i);
    i = SkipSpace(line, key_end);  // at ':'
    m.value_begin = SkipSpace(line, i + 1);
    m.value_end = ValueEnd(line, m.value_begin);
    m.key = DecodeString(line.substr(m.key_begin, key_end - m.key_begin));
    i = SkipSpace(line, m.value_end);
    members->push_back(std::move(m));
    if (line[i] != ',') return true;  // '}'
    i = SkipSpace(line, i + 1);
  }
}

// The fast path: simdjson's On-Demand API walks the whole line (it validates only what is
// read, so every key and value is read) and gives the members' byte ranges. It answers false,
// "cannot tell", for whatever it rejects and for what nlohmann might read differently: a byte
// order mark, nesting deeper than kMaxJsonDepth, and numbers with an exponent or longer than
// kMaxFastNumberBytes (nlohmann checks their range as a double). A line longer than
// kMaxFastLineBytes takes nlohmann's path too: simdjson's parser keeps buffers of about eight
// bytes per byte of the longest line it read, for the worker's lifetime.
constexpr size_t kMaxFastNumberBytes = 64;
constexpr size_t kMaxFastLineBytes = size_t{1} << 20;

class FastReader {
 public:
  FastReader(simdjson::ondemand::parser* parser, std::string_view text_key)
      : parser_(parser), text_key_(text_key) {}

  // `padded` holds the line and at least SIMDJSON_PADDING more bytes.
  bool Read(const std::string& padded, size_t size, std::vector<JsonMember>* members,
            std::string* text) {
    members->clear();
    if (size >= 3 && padded.compare(0, 3, "\xEF\xBB\xBF") == 0) return false;
    base_ = padded.data();
    simdjson::ondemand::document doc;
    if (parser_->iterate(padded.data(), size, padded.size()).get(doc) != simdjson::SUCCESS)
      return false;
    simdjson::ondemand::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) return false;
    for (auto field_result : object) {
      simdjson::ondemand::field field;
      if (std::move(field_result).get(field) != simdjson::SUCCESS) return false;
      JsonMember m;
      // The key's opening quote (unescaped_key() below consumes the raw key).
      m.key_begin = static_cast<size_t>(field.key().raw() - 1 - base_);
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) return false;
      m.role = key == text_key_ ? Role::kText : key == "id" ? Role::kId : Role::kMeta;
      simdjson::ondemand::value value = field.value();
      const std::string_view token = value.raw_json_token();
      m.value_begin = static_cast<size_t>(token.data() - base_);
      if (!Value(value, 1, m.role == Role::kText ? text : nullptr)) return false;
      const char* next = nullptr;  // the ',' or '}' after the value
      if (doc.current_location().get(next) != simdjson::SUCCESS) return false;
      m.value_end = static_cast<size_t>(next - base_);
      while (IsJsonSpace(base_[m.value_end - 1])) --m.value_end;
      members->push_back(m);
    }
    // Nothing after the object: its end is the end of the document.
    const char* after = nullptr;
    return doc.current_location().get(after) == simdjson::OUT_OF_BOUNDS;
  }

 private:
  // Reads (and so validates) `value`, held by a container at `depth`; a string read into
  // `text` when it is not null.
  bool Value(simdjson::ondemand::value& value, int depth, std::string* text) {
    simdjson::ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS) return false;
    switch (type) {
      case simdjson::ondemand::json_type::object: {
        if (depth + 1 > kMaxJsonDepth) return false;
        simdjson::ondemand::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS) return false;
        for (auto field_result : object) {
          simdjson::ondemand::field field;
          std::string_view key;
          if (std::move(field_result).get(field) != simdjson::SUCCESS ||
              field.unescaped_key().get(key) != simdjson::SUCCESS)
            return false;
          simdjson::ondemand::value child = field.value();
          if (!Value(child, depth + 1, nullptr)) return false;
        }
        return true;
      }
      case simdjson::ondemand::json_type::array: {
        if (depth + 1 > kMaxJsonDepth) return false;
        simdjson::ondemand::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS) return false;
        for (auto element : array) {
          simdjson::ondemand::value child;
          if (std::move(element).get(child) != simdjson::SUCCESS ||
              !Value(child, depth + 1, nullptr))
            return false;
        }
        return true;
      }
      case simdjson::ondemand::json_type::string: {
        std::string_view s;
        if (value.get_string().get(s) != simdjson::SUCCESS) return false;
        if (text != nullptr) text->assign(s);
        return true;
      }
      case simdjson::ondemand::json_type::number: {
        const std::string_view token = value.raw_json_token();
        size_t n = 0;
        while (n < token.size() && !IsJsonSpace(token[n]) && token[n] != ',' && token[n] != '}' &&
               token[n] != ']')
          ++n;
        if (n > kMaxFastNumberBytes || token.substr(0, n).find_first_of("eE") != token.npos)
          return false;
        double d;
        return value.get_double().get(d) == simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::boolean: {
        bool b;
        return value.get_bool().get(b) == simdjson::SUCCESS;
      }
      case simdjson::ondemand::json_type::null: {
        bool is_null = false;
        return value.is_null().get(is_null) == simdjson::SUCCESS && is_null;
      }
    }
    return false;
  }

  simdjson::ondemand::parser* parser_;
  std::string_view text_key_;
  const char* base_ = nullptr;
};

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

struct JsonLineParser::State {
  simdjson::ondemand::parser parser;
  std::string padded;               // the line, then SIMDJSON_PADDING zero bytes
  std::vector<JsonMember> members;  // the line's members, reused
  uint64_t fast_lines = 0;
};

JsonLineParser::JsonLineParser() : state_(std::make_unique<State>()) {}
JsonLineParser::~JsonLineParser() = default;
JsonLineParser::JsonLineParser(JsonLineParser&&) noexcept = default;
JsonLineParser& JsonLineParser::operator=(JsonLineParser&&) noexcept = default;
uint64_t JsonLineParser::fast_lines() const { return state_->fast_lines; }

bool ParseJsonLine(const Job& job, std::string_view text_key, JsonLineParser* parser,
                   JsonLine* line, RecordError* error) {
  auto fail = [&](const char* code, const std::string& message) {
    *error = {code, job.path + ":" + std::to_string(job.line) + ": " + message, job.line, job.path};
    return false;
  };
  const std::string_view payload = job.payload;
  // The usual line takes simdjson's fast path; what it cannot tell (an error, an exponent, a
  // line too deep) is read by nlohmann, whose verdict and message are the reference.
  std::vector<JsonMember> own_members;
  std::vector<JsonMember>& members = parser != nullptr ? parser->state_->members : own_members;
  bool fast = false;
  if (parser != nullptr && payload.size() <= kMaxFastLineBytes) {
    JsonLineParser::State& state = *parser->state_;
    state.padded.assign(payload);
    state.padded.append(simdjson::SIMDJSON_PADDING, '\0');
    fast = FastReader(&state.parser, text_key)
               .Read(state.padded, payload.size(), &members, &line->text);
    state.fast_lines += fast;
  }
  if (!fast) {
    LineValidator validator(text_key);
    if (!json::sax_parse(payload, &validator)) {
      return fail("invalid_json", "not valid JSON at byte " + std::to_string(validator.position()) +
                                      ": " + validator.message());
    }
    if (const size_t byte = ByteBeyondDepth(payload, kMaxJsonDepth); byte != 0) {
      return fail("invalid_json", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                      " levels at byte " + std::to_string(byte));
    }
    members.clear();  // what the fast path had read before it gave up
    if (!TopLevelMembers(payload, &members))
      return fail("not_an_object", "line is JSON but not an object");
    for (JsonMember& m : members)
      m.role = m.key == text_key ? Role::kText : m.key == "id" ? Role::kId : Role::kMeta;
    line->text = std::move(validator.text());  // the last member named so, as `text`
  }
  const JsonMember* id = nullptr;
  const JsonMember* text = nullptr;
  std::string meta;
  for (const JsonMember& m : members) {
    if (m.role == Role::kText) {
      text = &m;
    } else if (m.role == Role::kId) {
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
  if (!meta.empty()) {
    meta.push_back('}');
    // A record is one line: JSON whitespace between tokens may hold a CR.
    if (meta.find_first_of("\r\n") != std::string::npos) meta = CompactJson(meta);
    line->meta_json = std::move(meta);
  }
  return true;
}

}  // namespace selon::cli
