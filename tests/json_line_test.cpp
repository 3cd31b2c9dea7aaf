// ParseJsonLine's fast path (simdjson On-Demand) against its reference path (nlohmann): on every
// line the two give the same verdict, text, id, meta and error record, byte for byte; the usual
// lines take the fast path; what it leaves to nlohmann is only what it says it leaves.
#include "cli/json_line.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace selon::cli {
namespace {

// What ParseJsonLine yields for a line, whichever path read it.
struct Result {
  bool ok = false;
  JsonLine line;
  RecordError error;
};

Result Parse(const std::string& payload, JsonLineParser* parser, std::string_view key = "text") {
  Job job;
  job.kind = Job::Kind::kJsonLine;
  job.payload = payload;
  job.path = "in.jsonl";
  job.line = 7;
  Result r;
  r.ok = ParseJsonLine(job, key, parser, &r.line, &r.error);
  return r;
}

// Checks the fast path against the reference on `line`; returns whether the fast path read it.
bool CheckAgainstReference(JsonLineParser* parser, const std::string& line,
                           std::string_view key = "text") {
  const uint64_t before = parser->fast_lines();
  const Result fast = Parse(line, parser, key);
  const bool took_fast_path = parser->fast_lines() > before;
  const Result reference = Parse(line, nullptr, key);
  EXPECT_EQ(fast.ok, reference.ok) << line;
  if (reference.ok) EXPECT_EQ(fast.line.text, reference.line.text) << line;
  EXPECT_EQ(fast.line.id_json, reference.line.id_json) << line;
  EXPECT_EQ(fast.line.meta_json, reference.line.meta_json) << line;
  EXPECT_EQ(fast.error.code, reference.error.code) << line;
  EXPECT_EQ(fast.error.message, reference.error.message) << line;
  EXPECT_EQ(fast.error.line, reference.error.line) << line;
  EXPECT_EQ(fast.error.path, reference.error.path) << line;
  if (took_fast_path) EXPECT_TRUE(reference.ok || reference.error.code != "invalid_json") << line;
  return took_fast_path;
}

TEST(JsonLine, UsualLinesTakeTheFastPath) {
  const std::vector<std::string> lines = {
      R"({"id": 0, "text": "Québec : les forces armées\n\nse déploient « ici »"})",
      R"j({"id":"2016_01_01-001.txt","text":"France : attaque à Valence (Drôme)"})j",
      R"(  {"text": "a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00 end", "id": -12.5}  )",
      R"({"text": "x", "meta": {"a": [1, 2, {"b": null}], "c": true, "d": false}, "e": []})",
      R"({})",
      R"({"text":"","id":123456789012345678901234})",
      "{\"text\":\"\x7F raw DEL\"}",
      R"({ "id" : "a\"b" , "text":"t" ,"m":{"x":[1,2]},"n":-0.5 } )",
      R"({"text":"a","text":"b","id":1,"id":"2","k\u00e9":{"k":1,"k":2}})",
      "{\"text\":\"x\",\r\n \"m\" :\t{ \"a\" :\r\n1 } }",
      R"({"id": [1], "text": "x"})",
      R"({"id": {"a": 1}})",
      R"({"text": 5})",
      R"({"text": "a", "text": null})",
      R"({"id": "i"})",
      R"({"text": "\u0000 nul"})",
  };
  JsonLineParser parser;
  for (const std::string& line : lines) EXPECT_TRUE(CheckAgainstReference(&parser, line)) << line;
  EXPECT_TRUE(CheckAgainstReference(&parser, R"({"body": "b", "text": 1})", "body"));
  EXPECT_TRUE(CheckAgainstReference(&parser, R"({"id": "b", "text": 1})", "id"));
  const Result r = Parse(R"({ "id" : "a\"b" , "text":"t" ,"m":{"x":[1,2]},"n":-0.5 } )", &parser);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.line.text, "t");
  EXPECT_EQ(r.line.id_json, R"("a\"b")");
  EXPECT_EQ(r.line.meta_json, R"({"m":{"x":[1,2]},"n":-0.5})");
}

TEST(JsonLine, LeavesTheRestToTheReference) {
  const std::vector<std::string> lines = {
      R"({"text": "x", "n": 1e5})",                              // an exponent
      R"({"text": "x", "n": 1E999})",                            // out of range for nlohmann
      R"({"text": "x", "n": 1e-999})",                           // underflow: nlohmann reads 0
      R"(["not an object"])",                                    // not an object
      R"("text")",                                               // not an object
      R"(12)",                                                   // not an object
      R"({"text": "x"} trailing)",                               // trailing bytes
      R"({"text": "x"} {})",                                     // a second value
      R"({"text": "x"}})",                                       // a stray bracket
      R"({"text": "x",})",                                       // trailing comma
      R"({"text": "x" "id": 1})",                                // no comma
      R"({"text": 'x'})",                                        // single quotes
      R"({"text": "\ud800"})",                                   // lone high surrogate
      R"({"text": "\udc00"})",                                   // lone low surrogate
      R"({"text": "\ud800\u0041"})",                             // high surrogate, no low one
      R"({"text": "\x"})",                                       // unknown escape
      R"({"text": "\u00g0"})",                                   // bad hex digit
      R"({"m": {"\q": 1}, "text": "x"})",                        // bad escape in a nested key
      R"({"m": ["\u12"], "text": "x"})",                         // bad escape in a nested string
      R"({"m": [01], "text": "x"})",                             // leading zero, nested
      R"({"m": [1,,2], "text": "x"})",                           // empty element
      R"({"m": {"a" 1}, "text": "x"})",                          // no colon, nested
      "{\"text\": \"tab\there\"}",                               // raw control character
      "{\"text\": \"\xC3\"}",                                    // truncated UTF-8
      "{\"text\": \"\xC0\xAF\"}",                                // overlong
      "{\"text\": \"\xED\xA0\x80\"}",                            // a surrogate in UTF-8
      "{\"text\": \"\xF4\x90\x80\x80\"}",                        // beyond U+10FFFF
      "{\"text\": \"\xEF\xBB\"}",                                // truncated
      "\xEF\xBB\xBF{\"text\": \"bom\"}",                         // a byte order mark
      "\xEF\xBB{\"text\": \"half a BOM\"}",                      // half a byte order mark
      "{\"text\": \"x\"}\f",                                     // not JSON whitespace
      "{\"text\":\v\"x\"}",                                      // not JSON whitespace
      std::string("{\"text\": \"x\"}\0", 14),                    // a NUL byte after the object
      R"({"n": 01})",                                            // leading zero
      R"({"n": 1.})",                                            // no fraction digit
      R"({"n": -})",                                             // no digit
      R"({"n": 1x})",                                            // a letter after a number
      R"({"n": tru})",                                           // cut literal
      R"({"n": truex})",                                         // a longer literal
      R"({"n": nul})",                                           // cut literal
      R"({"text": "x")",                                         // unclosed
      R"({"text": "x)",                                          // unclosed string
      R"({"text")",                                              // no value
      R"({"text":})",                                            // no value
      "{\"n\": " + std::string(65, '1') + ", \"text\": \"x\"}",  // a number of 65 bytes
      "",
      " ",
  };
  JsonLineParser parser;
  for (const std::string& line : lines) EXPECT_FALSE(CheckAgainstReference(&parser, line)) << line;
  std::string deep = "{\"a\":";
  for (int i = 0; i < kMaxJsonDepth; ++i) deep += "[";
  for (int i = 0; i < kMaxJsonDepth; ++i) deep += "]";
  EXPECT_FALSE(CheckAgainstReference(&parser, deep + ",\"text\":\"x\"}"));
  std::string deep_object = "{\"text\":\"x\",\"a\":";
  for (int i = 0; i < kMaxJsonDepth; ++i) deep_object += "{\"k\":";
  deep_object += "1";
  for (int i = 0; i < kMaxJsonDepth; ++i) deep_object += "}";
  EXPECT_FALSE(CheckAgainstReference(&parser, deep_object + "}"));
  std::string shallow = "{\"a\":";
  for (int i = 1; i < kMaxJsonDepth; ++i) shallow += "[";
  for (int i = 1; i < kMaxJsonDepth; ++i) shallow += "]";
  EXPECT_TRUE(CheckAgainstReference(&parser, shallow + ",\"text\":\"x\"}"));
  EXPECT_TRUE(CheckAgainstReference(&parser, "{\"n\": " + std::string(64, '1') + "}"));
  const std::string long_text(size_t{1} << 20, 'a');  // the line is longer than 1 MiB
  EXPECT_FALSE(CheckAgainstReference(&parser, "{\"text\": \"" + long_text + "\"}"));
  EXPECT_TRUE(CheckAgainstReference(&parser, "{\"text\": \"" + long_text.substr(20) + "\"}"));
}

// Random lines: valid ones made from fragments, then one or two bytes changed.
TEST(JsonLine, RandomLinesAgreeWithReference) {
  const std::vector<std::string> values = {R"("plain")",
                                           R"("é à « » — ’")",
                                           R"("\n\t\"\\\/")",
                                           R"("\u00e9\uD83D\uDE00")",
                                           "0",
                                           "-1",
                                           "12.25",
                                           "123456789012345678901234567890",
                                           "true",
                                           "false",
                                           "null",
                                           "[]",
                                           "{}",
                                           R"([1,"a",{"b":[null]}])",
                                           R"({"k":"v","k2":[true,false]})",
                                           R"( { "k" : [ 1 , 2 ] } )"};
  std::mt19937 rng(14);
  JsonLineParser parser;
  int fast = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = rng() % 8 == 0 ? " {" : "{";
    const int n = static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) {
      if (i > 0) line += rng() % 2 ? "," : " , ";
      static const char* const kKeys[] = {R"("text")", R"("id")", R"("k\u00e9")", R"("m")",
                                          R"("te\u0078t")"};
      line += i == 0 ? R"("text")" : kKeys[rng() % 5];
      line += rng() % 2 ? ":" : " : ";
      line += values[rng() % values.size()];
    }
    line += rng() % 8 == 0 ? "}\r" : "}";
    if (round % 2 == 1) {
      const int edits = 1 + static_cast<int>(rng() % 2);
      for (int e = 0; e < edits && !line.empty(); ++e) {
        const size_t at = rng() % line.size();
        static const char kBytes[] = "{}[]\",:\\u0e9 \t\r\n\x01\x7F\xC3\xA9\xED\xF4tfn-.eE";
        const char b = kBytes[rng() % (sizeof(kBytes) - 1)];
        switch (rng() % 3) {
          case 0:
            line[at] = b;
            break;
          case 1:
            line.insert(line.begin() + static_cast<std::ptrdiff_t>(at), b);
            break;
          default:
            line.erase(at, 1);
        }
      }
    }
    const bool took_fast_path = CheckAgainstReference(&parser, line);
    fast += took_fast_path;
    if (round % 2 == 0) EXPECT_TRUE(took_fast_path) << line;  // valid, no exponent
  }
  EXPECT_GT(fast, 10000);  // the 10,000 valid lines and the edits that keep one valid
}

}  // namespace
}  // namespace selon::cli
