// The compiled first names (internal/first_name_table.h, evidence/first_names.bin): a round trip
// gives the classes the TSV files give; a stale file is not read; a file cut short, corrupted or
// forged is refused with an error naming it (never a crash, a hang or a wrong table).
#include "internal/first_name_table.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "evidence.h"
#include "internal/first_name_files.h"
#include "internal/hash.h"

namespace selon {
namespace {

namespace fs = std::filesystem;
using internal::FirstNameHeader;
using internal::FirstNameSlot;
using internal::FirstNameTable;

// ---- The table ----

TEST(FirstNameTable, CompiledRowsRoundTrip) {
  const std::vector<std::pair<std::string, uint32_t>> rows = {
      {"marie", Evidence::kFirstName | Evidence::kFemale},
      {"pierre", Evidence::kFirstName | Evidence::kMale | Evidence::kCommonWord},
      {"camille", Evidence::kFirstName | Evidence::kFemale},
      {"camille", Evidence::kFirstName | Evidence::kMale},  // in both lists: merged
      {"", Evidence::kFirstName}};
  const std::string image = FirstNameTable::Compile(rows, 42);
  EXPECT_EQ(image, FirstNameTable::Compile(rows, 42));  // deterministic
  EXPECT_EQ(image.size() % 8, 0u);
  FirstNameTable table;
  ASSERT_TRUE(table.Attach(image).ok());
  EXPECT_EQ(table.size(), 4u);
  EXPECT_EQ(table.sources(), 42u);
  ASSERT_NE(table.Find("camille"), nullptr);
  EXPECT_EQ(*table.Find("camille"), Evidence::kFirstName | Evidence::kFemale | Evidence::kMale);
  EXPECT_EQ(*table.Find("pierre"), Evidence::kFirstName | Evidence::kMale | Evidence::kCommonWord);
  EXPECT_NE(table.Find(""), nullptr);
  EXPECT_EQ(table.Find("jean"), nullptr);
  EXPECT_EQ(table.Find("mari"), nullptr);
  std::map<std::string, uint32_t> seen;
  table.ForEach([&](std::string_view key, uint32_t c) { seen[std::string(key)] = c; });
  EXPECT_EQ(seen.size(), 4u);
}

TEST(FirstNameTable, AnEmptyTableFindsNothing) {
  FirstNameTable never_attached;
  EXPECT_EQ(never_attached.Find("marie"), nullptr);
  FirstNameTable empty;
  ASSERT_TRUE(empty.Attach(FirstNameTable::Compile({}, 0)).ok());
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(empty.Find("marie"), nullptr);
}

// ---- Corrupt images ----

class FirstNameCorruption : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::pair<std::string, uint32_t>> rows;
    for (int i = 0; i < 300; ++i)
      rows.emplace_back("prenom" + std::to_string(i), Evidence::kFirstName | (i % 3 ? 2u : 4u));
    good_ = FirstNameTable::Compile(rows, 7);
    std::memcpy(&header_, good_.data(), sizeof header_);
  }

  // The message of Attach(bytes) (empty when it was accepted).
  static std::string Refusal(const std::string& bytes) {
    FirstNameTable table;
    const Status s = table.Attach(bytes);
    if (s.ok()) {
      // Accepted: every lookup must still end, inside the image.
      for (const char* key : {"prenom1", "prenom299", "absent", ""}) (void)table.Find(key);
      return "";
    }
    EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
    return s.message();
  }

  FirstNameSlot* Slot(std::string* bytes, uint32_t i) {
    return reinterpret_cast<FirstNameSlot*>(bytes->data() + sizeof(FirstNameHeader)) + i;
  }
  uint32_t FirstOccupied() {
    std::string copy = good_;
    uint32_t i = 0;
    while (Slot(&copy, i)->classes == 0) ++i;
    return i;
  }

  std::string good_;
  FirstNameHeader header_;
};

TEST_F(FirstNameCorruption, EveryTruncationIsRefused) {
  for (size_t size = 0; size < good_.size(); size += (size < 64 ? 1 : 13))
    EXPECT_NE(Refusal(good_.substr(0, size)), "") << "size " << size;
  EXPECT_NE(Refusal(good_ + std::string(8, '\0')).find("the file has"), std::string::npos);
  EXPECT_NE(Refusal(good_.substr(0, 20)).find("too short"), std::string::npos);
}

TEST_F(FirstNameCorruption, EveryByteFlipIsRefusedOrHarmless) {
  int refused = 0;
  for (size_t i = 0; i < good_.size(); ++i) {
    for (const unsigned char mask : {0x01, 0x80, 0xFF}) {
      std::string bytes = good_;
      bytes[i] = static_cast<char>(bytes[i] ^ mask);
      const std::string why = Refusal(bytes);
      refused += !why.empty();
      // (The fingerprint is not the table's to check; the pool's size may grow into the
      // padding.)
      const bool checked_header =
          i < offsetof(FirstNameHeader, sources) ||
          (i >= offsetof(FirstNameHeader, file_size) && i < sizeof(FirstNameHeader));
      if (checked_header) EXPECT_NE(why, "") << "header byte " << i << " ^ " << int(mask);
    }
  }
  EXPECT_GT(refused, 0);
}

TEST_F(FirstNameCorruption, ForgedSlotsAreRefused) {
  const uint32_t first = FirstOccupied();
  auto edited = [&](auto edit) {
    std::string bytes = good_;
    edit(Slot(&bytes, first));
    return Refusal(bytes);
  };
  EXPECT_NE(
      edited([](FirstNameSlot* s) { s->key_offset = 0xFFFFFFF0; }).find("key outside the pool"),
      std::string::npos);
  // A slot's hash is only compared by Find, not checked at load: a wrong one loads, and its
  // key is then not found (no read out of bounds).
  EXPECT_EQ(edited([](FirstNameSlot* s) { s->hash ^= 1; }), "");
  EXPECT_NE(edited([](FirstNameSlot* s) { s->classes = 0x100 | 1; }).find("bad classes 257"),
            std::string::npos);
  EXPECT_NE(edited([](FirstNameSlot* s) { s->classes = 2; }).find("bad classes 2"),
            std::string::npos);
  // A table with no empty slot would make a lookup of an absent key probe forever.
  std::string full = good_;
  for (uint32_t i = 0; i < header_.slot_count; ++i)
    if (Slot(&full, i)->classes == 0) *Slot(&full, i) = *Slot(&full, first);
  EXPECT_NE(Refusal(full).find("first-name table has no empty slot"), std::string::npos);
  std::string forged = good_;
  reinterpret_cast<FirstNameHeader*>(forged.data())->slot_count = 1u << 30;
  EXPECT_NE(Refusal(forged).find("do not fill the file"), std::string::npos);
  reinterpret_cast<FirstNameHeader*>(forged.data())->slot_count = header_.slot_count - 1;
  EXPECT_NE(Refusal(forged), "");
}

// ---- The evidence folder: compiled file, stale file, corrupt file ----

class FirstNameFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("selon_first_names_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("first_names.tsv",
          "# test\nname\tcount\tsource\tsex\tcommon_word\n"
          "Marie\t1000\tinsee\tF\t0\nPierre\t900\tinsee\tM\t1\nRarissime\t3\tinsee\tM\t0\n"
          "Camille\t800\tinsee\tF\t0\n");
    Write("first_names_world.tsv",
          "name\tcount\tsource\tsex\tcommon_word\nOlaf\t0\tworld\tM\t0\nCamille\t0\tworld\tM\t0\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file, std::ios::binary) << text;
  }
  std::string Bin() const { return (dir_ / internal::kFirstNameImage).string(); }
  void Compile() {
    std::string image;
    ASSERT_TRUE(Evidence::CompileFirstNames(dir_.string(), &image).ok());
    std::ofstream(Bin(), std::ios::binary) << image;
  }
  // Every first name the evidence of the folder holds, with its classes.
  std::map<std::string, uint32_t> FirstNames() {
    Evidence e;
    const Status s = Evidence::Load(dir_.string(), &e);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::map<std::string, uint32_t> out;
    e.ForEachWord([&](const std::string& key, uint32_t c, bool first_name) {
      if (first_name) out[key] = c;
    });
    return out;
  }

  fs::path dir_;
};

TEST_F(FirstNameFolder, TheCompiledFileGivesWhatTheTsvFilesGive) {
  const std::map<std::string, uint32_t> from_tsv = FirstNames();
  EXPECT_EQ(from_tsv.size(), 4u);  // Rarissime is under the births threshold
  EXPECT_EQ(from_tsv.at("camille"), Evidence::kFirstName | Evidence::kFemale | Evidence::kMale);
  Compile();
  EXPECT_EQ(FirstNames(), from_tsv);
}

TEST_F(FirstNameFolder, AStaleCompiledFileIsNotRead) {
  Compile();
  Write("first_names_world.tsv",
        "name\tcount\tsource\tsex\tcommon_word\nOlaf\t0\tworld\tM\t0\nIngrid\t0\tworld\tF\t0\n");
  const std::map<std::string, uint32_t> names = FirstNames();
  EXPECT_EQ(names.count("ingrid"), 1u);
  EXPECT_EQ(names.at("camille"), Evidence::kFirstName | Evidence::kFemale);
  fs::remove(dir_ / "first_names_world.tsv");  // a source gone: stale too
  EXPECT_EQ(FirstNames().count("olaf"), 0u);
}

TEST_F(FirstNameFolder, ACorruptCompiledFileIsAnErrorNamingIt) {
  Compile();
  std::string image;
  {
    std::ifstream in(Bin(), std::ios::binary);
    image.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  for (const std::string& bad : {image.substr(0, image.size() - 8), image.substr(0, 10),
                                 std::string(), std::string(64, 'x')}) {
    std::ofstream(Bin(), std::ios::binary | std::ios::trunc) << bad;
    Evidence e;
    const Status s = Evidence::Load(dir_.string(), &e);
    ASSERT_FALSE(s.ok()) << bad.size();
    EXPECT_EQ(s.code(), StatusCode::kDataError);
    EXPECT_NE(s.message().find(Bin() + ": not a valid compiled first-name table"),
              std::string::npos)
        << s.message();
  }
}

// The shipped folder: the build's compiled file gives the classes of the TSV files it sits with.
TEST(FirstNamesShipped, TheBuildsCompiledFileMatchesTheSources) {
  const fs::path built = fs::path(SELON_BUILD_DATA_DIR) / "evidence";
  std::vector<std::string> sources;
  for (const char* file : internal::kFirstNameFiles) sources.push_back((built / file).string());
  uint64_t fingerprint = 0;
  ASSERT_TRUE(FirstNameTable::SourcesFingerprint(sources, &fingerprint).ok());
  FirstNameTable table;
  bool used = false;
  ASSERT_TRUE(table.Map((built / internal::kFirstNameImage).string(), fingerprint, &used).ok());
  EXPECT_TRUE(used) << "the build's first_names.bin is stale";
  Evidence compiled, parsed;
  ASSERT_TRUE(Evidence::Load(built.string(), &compiled).ok());
  ASSERT_TRUE(Evidence::Load((fs::path(SELON_TEST_DATA_DIR) / "evidence").string(), &parsed).ok());
  std::map<std::string, uint32_t> a, b;
  compiled.ForEachWord([&](const std::string& k, uint32_t c, bool f) { (f ? a[k] : a[k]) |= c; });
  parsed.ForEachWord([&](const std::string& k, uint32_t c, bool f) { (f ? b[k] : b[k]) |= c; });
  EXPECT_GT(a.size(), 50000u);
  EXPECT_EQ(a, b);
  EXPECT_EQ(compiled.size(), parsed.size());
}

}  // namespace
}  // namespace selon
