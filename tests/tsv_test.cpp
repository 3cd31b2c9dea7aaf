// The TSV reader (internal/tsv.h): how a data file's lines become rows and fields. The splitter
// scans sixteen bytes at a time, so fields are placed on both sides of a 16-byte boundary and at
// the very end of a file (where the scan finishes byte by byte).
#include "internal/tsv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace selon::internal {
namespace {

// Writes `text` to a file named after the running test (ctest runs tests in parallel) and
// returns its path.
std::string WriteFile(const std::string& text) {
  const std::string name =
      std::string("tsv_test_") + ::testing::UnitTest::GetInstance()->current_test_info()->name();
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / (name + ".tsv");
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// Every row of `text` (read with `flags`), fields joined by '|'; "ERROR: message" at the end
// when the reader stops on an error.
std::vector<std::string> Rows(const std::string& text, uint32_t flags = 0) {
  const std::string path = WriteFile(text);
  // The file is removed when the rows are read (or the open failed): tests leave no litter.
  struct Remover {
    const std::string& path;
    ~Remover() { std::filesystem::remove(path); }
  } remover{path};
  TsvReader tsv;
  std::vector<std::string> rows;
  const Status opened = tsv.Open(path, flags | TsvReader::kRequired);
  if (!opened.ok()) return {"OPEN: " + opened.message()};
  while (tsv.Next()) {
    std::string row;
    for (size_t i = 0; i < tsv.fields().size(); ++i) {
      if (i > 0) row += '|';
      row += tsv.field(i);
    }
    rows.push_back(row);
  }
  if (!tsv.status().ok()) rows.push_back("ERROR: " + tsv.status().message());
  return rows;
}

using Lines = std::vector<std::string>;

TEST(TsvReader, SplitsFieldsOnTabs) {
  EXPECT_EQ(Rows("a\tb\tc\nun\tdeux\ttrois\n"), (Lines{"un|deux|trois"}));
}

TEST(TsvReader, SkipsCommentsAndEmptyLines) {
  EXPECT_EQ(Rows("# comment\n\nform\n# again\nx\n\r\n\ny\n"), (Lines{"x", "y"}));
}

TEST(TsvReader, DropsTheCarriageReturnOfCrLfLines) {
  EXPECT_EQ(Rows("a\tb\r\nun\tdeux\r\ntrois\t\r\n"), (Lines{"un|deux", "trois|"}));
}

TEST(TsvReader, KeepsEmptyFields) {
  EXPECT_EQ(Rows("a\tb\tc\n\t\t\nx\t\ty\n", TsvReader::kNoHeader), (Lines{"a|b|c", "||", "x||y"}));
}

TEST(TsvReader, ReadsALastLineWithoutNewline) {
  EXPECT_EQ(Rows("a\tb\nun\tdeux"), (Lines{"un|deux"}));
  EXPECT_EQ(Rows("a\tb\nun\t"), (Lines{"un|"}));
}

TEST(TsvReader, FieldsAcrossSixteenByteBoundaries) {
  const std::string long_field(37, 'x');
  std::string text = "name\tcount\tsource\n";
  Lines expected;
  for (size_t n = 0; n < 40; ++n) {  // every alignment of the tabs and of the line end
    const std::string name = long_field.substr(0, n % 37) + "é";
    text += name + "\t" + std::to_string(n) + "\tinsee\n";
    expected.push_back(name + "|" + std::to_string(n) + "|insee");
  }
  text += "fin\t\t";  // no newline: the last bytes are scanned one by one
  expected.push_back("fin||");
  EXPECT_EQ(Rows(text), expected);
}

TEST(TsvReader, AWrongColumnCountNamesItsLine) {
  const Lines rows = Rows("# header next\na\tb\nun\tdeux\ntrois\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], "un|deux");
  EXPECT_NE(rows[1].find("NamesItsLine.tsv:4: expected 2 columns, got 1"), std::string::npos)
      << rows[1];
}

}  // namespace
}  // namespace selon::internal
