// ScanJsonObject against nlohmann, the reference: whatever the scanner accepts nlohmann accepts
// as an object with the same members in the same order and the same decoded strings; the
// usual lines are accepted; what it leaves to nlohmann is only what it says it leaves.
#include "cli/json_object_scan.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace selon::cli {
namespace {

using nlohmann::json;

constexpr int kDepth = 64;

// The depth of the deepest container of a parsed value (an object or array counts 1).
int Depth(const json& v) {
  int deepest = 0;
  if (v.is_object() || v.is_array())
    for (const auto& child : v) deepest = std::max(deepest, Depth(child));
  return (v.is_object() || v.is_array()) ? deepest + 1 : 0;
}

// Checks the scanner's verdict on `line` against nlohmann's; returns the scanner's verdict.
bool CheckAgainstReference(const std::string& line) {
  std::vector<JsonMember> members;
  const bool scanned = ScanJsonObject(line, kDepth, &members);
  if (!scanned) return false;
  json parsed;
  try {
    parsed = json::parse(line);
  } catch (const json::exception& e) {
    ADD_FAILURE() << "scanner accepted what nlohmann rejects: " << line << " (" << e.what() << ")";
    return true;
  }
  EXPECT_TRUE(parsed.is_object()) << line;
  EXPECT_LE(Depth(parsed), kDepth) << line;
  // Members in order (nlohmann's object sorts its keys: compare with a SAX-free re-read of each
  // member instead).
  for (const JsonMember& m : members) {
    const std::string key_text = line.substr(m.key_begin, m.key_end - m.key_begin);
    const std::string value_text = line.substr(m.value_begin, m.value_end - m.value_begin);
    std::string key;
    AppendDecodedJsonString(key_text, &key);
    EXPECT_EQ(key, json::parse(key_text).get<std::string>()) << line;
    EXPECT_TRUE(JsonStringEquals(key_text, key)) << line;
    const json value = json::parse(value_text);
    EXPECT_TRUE(parsed.contains(key)) << line;
    if (value.is_string()) {
      std::string decoded;
      AppendDecodedJsonString(value_text, &decoded);
      EXPECT_EQ(decoded, value.get<std::string>()) << line;
    }
  }
  if (parsed.is_object()) EXPECT_LE(parsed.size(), members.size()) << line;
  return true;
}

TEST(JsonObjectScan, AcceptsUsualLines) {
  const std::vector<std::string> lines = {
      R"({"id": 0, "text": "Québec : les forces armées\n\nse déploient « ici »"})",
      R"j({"id":"2016_01_01-001.txt","text":"France : attaque à Valence (Drôme)"})j",
      R"(  {"text": "a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00 end", "id": -12.5}  )",
      "\xEF\xBB\xBF{\"text\": \"bom\"}",
      R"({"text": "x", "meta": {"a": [1, 2, {"b": null}], "c": true, "d": false}, "e": []})",
      R"({})",
      R"({"text":"","id":123456789012345678901234})",
      "{\"text\":\"\x7F raw DEL\"}",
  };
  for (const std::string& line : lines) EXPECT_TRUE(CheckAgainstReference(line)) << line;
}

TEST(JsonObjectScan, LeavesTheRestToTheReference) {
  const std::vector<std::string> lines = {
      R"({"text": "x", "n": 1e5})",          // an exponent
      R"({"text": "x", "n": 1E999})",        // out of range for nlohmann
      R"(["not an object"])",                // not an object
      R"("text")",                           // not an object
      R"({"text": "x"} trailing)",           // trailing bytes
      R"({"text": "x",})",                   // trailing comma
      R"({"text": 'x'})",                    // single quotes
      R"({"text": "\ud800"})",               // lone high surrogate
      R"({"text": "\udc00"})",               // lone low surrogate
      R"({"text": "\ud800\u0041"})",         // high surrogate, no low one
      R"({"text": "\x"})",                   // unknown escape
      R"({"text": "\u00g0"})",               // bad hex digit
      "{\"text\": \"tab\there\"}",           // raw control character
      "{\"text\": \"\xC3\"}",                // truncated UTF-8
      "{\"text\": \"\xC0\xAF\"}",            // overlong
      "{\"text\": \"\xED\xA0\x80\"}",        // a surrogate in UTF-8
      "{\"text\": \"\xF4\x90\x80\x80\"}",    // beyond U+10FFFF
      "{\"text\": \"\xEF\xBB\"}",            // truncated
      "\xEF\xBB{\"text\": \"half a BOM\"}",  // half a byte order mark
      R"({"n": 01})",                        // leading zero
      R"({"n": 1.})",                        // no fraction digit
      R"({"n": -})",                         // no digit
      R"({"n": tru})",                       // cut literal
      R"({"text": "x")",                     // unclosed
      "",
  };
  std::vector<JsonMember> members;
  for (const std::string& line : lines)
    EXPECT_FALSE(ScanJsonObject(line, kDepth, &members)) << line;
  std::string deep = "{\"a\":";
  for (int i = 0; i < kDepth; ++i) deep += "[";
  for (int i = 0; i < kDepth; ++i) deep += "]";
  EXPECT_FALSE(ScanJsonObject(deep + "}", kDepth, &members));
  std::string shallow = "{\"a\":";
  for (int i = 1; i < kDepth; ++i) shallow += "[";
  for (int i = 1; i < kDepth; ++i) shallow += "]";
  EXPECT_TRUE(CheckAgainstReference(shallow + "}"));
}

TEST(JsonObjectScan, MemberRanges) {
  const std::string line = R"( { "id" : "a\"b" , "text":"t" ,"m":{"x":[1,2]},"n":-0.5 } )";
  std::vector<JsonMember> members;
  ASSERT_TRUE(ScanJsonObject(line, kDepth, &members));
  ASSERT_EQ(members.size(), 4u);
  auto range = [&](size_t b, size_t e) { return line.substr(b, e - b); };
  EXPECT_EQ(range(members[0].key_begin, members[0].key_end), R"("id")");
  EXPECT_EQ(range(members[0].value_begin, members[0].value_end), R"("a\"b")");
  EXPECT_EQ(range(members[1].value_begin, members[1].value_end), R"("t")");
  EXPECT_EQ(range(members[2].value_begin, members[2].value_end), R"({"x":[1,2]})");
  EXPECT_EQ(range(members[3].value_begin, members[3].value_end), "-0.5");
}

// Random lines: valid ones made from fragments, then one or two bytes changed.
TEST(JsonObjectScan, RandomLinesAgreeWithReference) {
  const std::vector<std::string> values = {R"("plain")",
                                           R"("é à « » — ’")",
                                           R"("\n\t\"\\\/")",
                                           R"("\u00e9\uD83D\uDE00")",
                                           "0",
                                           "-1",
                                           "12.25",
                                           "true",
                                           "false",
                                           "null",
                                           "[]",
                                           "{}",
                                           R"([1,"a",{"b":[null]}])",
                                           R"({"k":"v","k2":[true,false]})"};
  std::mt19937 rng(14);
  int accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line = "{";
    const int n = static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      if (i > 0) line += rng() % 2 ? "," : " , ";
      line += i == 0 ? R"("text")" : (rng() % 2 ? R"("id")" : R"("k\u00e9")");
      line += rng() % 2 ? ":" : " : ";
      line += values[rng() % values.size()];
    }
    line += "}";
    if (round % 2 == 1) {
      const int edits = 1 + static_cast<int>(rng() % 2);
      for (int e = 0; e < edits && !line.empty(); ++e) {
        const size_t at = rng() % line.size();
        static const char kBytes[] = "{}[]\",:\\u0e9 \t\x01\x7F\xC3\xA9\xED\xF4tfn-.eE";
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
    const bool scanned = CheckAgainstReference(line);
    accepted += scanned;
    if (round % 2 == 0) EXPECT_TRUE(scanned) << line;  // valid, no exponent: never left over
  }
  EXPECT_GT(accepted, 10000);  // the 10,000 valid lines and the edits that keep one valid
}

}  // namespace
}  // namespace selon::cli
