// The compiled evidence word table (internal/evidence_word_image.h, evidence/words.bin): a round
// trip that loses nothing, every truncation and byte flip refused or harmless, a stale image
// ignored, a corrupt one an error naming it, and the build's image fresh and equal to the
// sources'.
#include "internal/evidence_word_image.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "evidence.h"
#include "internal/first_name_table.h"

namespace selon {
namespace {

namespace fs = std::filesystem;
using internal::EvidencePhrases;
using internal::EvidenceWordHeader;
using internal::kEvidenceWordFiles;
using Table = internal::FlatKeyTable<uint32_t>;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

uint64_t Sources(const fs::path& dir) {
  std::vector<std::string> paths;
  for (const char* file : kEvidenceWordFiles) paths.push_back((dir / file).string());
  uint64_t fingerprint = 0;
  EXPECT_TRUE(internal::FirstNameTable::SourcesFingerprint(paths, &fingerprint).ok());
  return fingerprint;
}

// Reads `image` (from an 8-byte aligned copy) into the tables; the status, and *used.
Status Read(const std::string& image, uint64_t sources, Table* single, EvidencePhrases* phrases,
            bool* used) {
  std::vector<uint64_t> aligned(image.size() / 8 + 1);
  std::memcpy(aligned.data(), image.data(), image.size());
  return internal::ReadEvidenceWords(reinterpret_cast<const char*>(aligned.data()), image.size(),
                                     sources, single, phrases, used);
}

EvidenceWordHeader HeaderOf(const std::string& image) {
  EvidenceWordHeader h;
  std::memcpy(&h, image.data(), sizeof h);
  return h;
}

// A small evidence folder: the shipped lists cut to their first rows and first multi-word rows,
// so that every byte of its image can be flipped in a test.
class EvidenceWordFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("selon_evidence_words_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const fs::path shipped = fs::path(SELON_TEST_DATA_DIR) / "evidence";
    for (const char* file : kEvidenceWordFiles) {
      std::istringstream in(ReadAll(shipped / file));
      std::string out, line;
      int words = 0, phrases = 0;
      bool header = true;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || header) {
          header = header && (line.empty() || line[0] == '#');
          out += line + "\n";
          continue;
        }
        const bool phrase = line.substr(0, line.find('\t')).find(' ') != std::string::npos;
        int& count = phrase ? phrases : words;
        if (count >= kRows) continue;
        out += line + "\n";
        ++count;
      }
      std::ofstream(dir_ / file, std::ios::binary) << out;
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Compile() {
    std::string image;
    const Status s = Evidence::CompileWords(dir_.string(), &image);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return image;
  }
  fs::path Bin() const { return dir_ / internal::kEvidenceWordImage; }
  // The words of the folder's evidence, with their classes.
  std::map<std::string, uint32_t> Words(Status* status) {
    Evidence e;
    *status = Evidence::Load(dir_.string(), &e);
    std::map<std::string, uint32_t> out;
    e.ForEachWord([&](const std::string& key, uint32_t c, bool) { out[key] |= c; }, false);
    return out;
  }

  static constexpr int kRows = 6;  // one-word and multi-word rows kept of each file
  fs::path dir_;
};

TEST_F(EvidenceWordFolder, TheImageRoundTripsWithNothingLost) {
  const std::string image = Compile();
  EXPECT_EQ(image, Compile());  // deterministic
  const EvidenceWordHeader h = HeaderOf(image);
  EXPECT_EQ(h.sources, Sources(dir_));
  EXPECT_GT(h.phrases, 5u);
  Table single;
  EvidencePhrases phrases;
  bool used = false;
  ASSERT_TRUE(Read(image, h.sources, &single, &phrases, &used).ok());
  ASSERT_TRUE(used);
  EXPECT_GT(single.size(), 30u);
  EXPECT_EQ(internal::CompileEvidenceWords(single, phrases, h.sources), image);
  Table stale;
  EvidencePhrases stale_phrases;
  ASSERT_TRUE(Read(image, h.sources + 1, &stale, &stale_phrases, &used).ok());
  EXPECT_FALSE(used);
  EXPECT_EQ(stale.size(), 0u);
}

TEST_F(EvidenceWordFolder, TheImageGivesWhatTheFilesGive) {
  Status s;
  const std::map<std::string, uint32_t> parsed = Words(&s);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::ofstream(Bin(), std::ios::binary) << Compile();
  EXPECT_EQ(Words(&s), parsed);
  ASSERT_TRUE(s.ok()) << s.ToString();
}

TEST_F(EvidenceWordFolder, EveryTruncationIsRefused) {
  const std::string good = Compile();
  for (size_t size = 0; size < good.size(); size += (size < 128 ? 1 : 7)) {
    Table single;
    EvidencePhrases phrases;
    bool used = true;
    EXPECT_EQ(Read(good.substr(0, size), 0, &single, &phrases, &used).code(),
              StatusCode::kDataError)
        << "size " << size;
    EXPECT_FALSE(used);
  }
  Table single;
  EvidencePhrases phrases;
  bool used = true;
  EXPECT_NE(
      Read(good + std::string(8, '\0'), 0, &single, &phrases, &used).message().find("the file has"),
      std::string::npos);
}

TEST_F(EvidenceWordFolder, EveryByteFlipIsRefusedOrHarmless) {
  const std::string good = Compile();
  const EvidenceWordHeader h = HeaderOf(good);
  // (Every byte but those of most empty slots: the table is sized for the shipped words.)
  const size_t slots_end = sizeof h + size_t{h.slot_count} * sizeof(internal::EvidenceWordSlot);
  auto sampled = [&](size_t i) {
    if (i < sizeof h || i >= slots_end) return true;
    const size_t slot = (i - sizeof h) / sizeof(internal::EvidenceWordSlot);
    internal::EvidenceWordSlot s;
    std::memcpy(&s, good.data() + sizeof h + slot * sizeof s, sizeof s);
    return s.classes != 0 || slot % 512 == 0;
  };
  int refused = 0, accepted = 0;
  for (size_t i = 0; i < good.size(); ++i) {
    if (!sampled(i)) continue;
    for (const unsigned char mask : {0x01, 0x80, 0xFF}) {
      std::string bytes = good;
      bytes[i] = static_cast<char>(bytes[i] ^ mask);
      Table single;
      EvidencePhrases phrases;
      bool used = false;
      const Status s = Read(bytes, h.sources, &single, &phrases, &used);
      if (!s.ok()) {
        EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
        ++refused;
      } else if (used) {
        ++accepted;
        // Every probe ends, inside the pool; every phrase has its keys.
        single.ForEach([&](std::string_view key, uint32_t) { (void)single.Find(key); });
        for (const char* key : {"", "absent", "x"}) (void)single.Find(key);
        for (const auto& [first, list] : phrases)
          for (const internal::EvidencePhrase& p : list) ASSERT_GE(p.keys.size(), 2u);
      }
      // Magic, version, slot count, size and counts are checked (the fingerprint is the
      // folder's; the pools' sizes may grow into the padding).
      const bool checked_header = i < offsetof(EvidenceWordHeader, sources) ||
                                  (i >= offsetof(EvidenceWordHeader, file_size) &&
                                   i < offsetof(EvidenceWordHeader, key_pool));
      if (checked_header) EXPECT_FALSE(s.ok()) << "header byte " << i << " ^ " << int(mask);
    }
  }
  EXPECT_GT(refused, 0);
  EXPECT_GT(accepted, 0);
}

TEST_F(EvidenceWordFolder, ForgedSlotsAreRefused) {
  const std::string good = Compile();
  const EvidenceWordHeader h = HeaderOf(good);
  auto slot = [&](std::string* bytes, uint32_t i) {
    return reinterpret_cast<internal::EvidenceWordSlot*>(bytes->data() + sizeof h) + i;
  };
  std::string copy = good;
  uint32_t first = 0;
  while (slot(&copy, first)->classes == 0) ++first;
  auto refusal = [&](auto edit) {
    std::string bytes = good;
    edit(slot(&bytes, first));
    Table single;
    EvidencePhrases phrases;
    bool used = false;
    return Read(bytes, h.sources, &single, &phrases, &used).message();
  };
  using Slot = internal::EvidenceWordSlot;
  EXPECT_NE(refusal([](Slot* s) { s->key_offset = 0xFFFFFFF0; }).find("key outside"),
            std::string::npos);
  EXPECT_NE(refusal([](Slot* s) { s->classes = 1; }).find("bad classes 1"), std::string::npos);
  EXPECT_NE(refusal([](Slot* s) { s->classes |= 1u << 20; }).find("bad classes"),
            std::string::npos);
  EXPECT_EQ(refusal([](Slot* s) { s->classes = internal::kEvidenceSlotUsed; }), "");
  EXPECT_EQ(refusal([](Slot* s) { s->hash ^= 1; }), "");  // only a lookup compares it
}

TEST_F(EvidenceWordFolder, AStaleImageIsNotRead) {
  std::ofstream(Bin(), std::ios::binary) << Compile();
  std::ofstream(dir_ / "non_entities.tsv", std::ios::app) << "zzzmot\tgeneric\n";
  Status s;
  const std::map<std::string, uint32_t> words = Words(&s);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(words.count("zzzmot"), 1u);
  fs::remove(dir_ / "org_adjectives.tsv");  // a source gone: stale too
  EXPECT_EQ(Words(&s).count("zzzmot"), 1u);
  ASSERT_TRUE(s.ok()) << s.ToString();
}

TEST_F(EvidenceWordFolder, ACorruptImageIsAnErrorNamingIt) {
  const std::string image = Compile();
  for (const std::string& bad : {image.substr(0, image.size() - 8), image.substr(0, 10),
                                 std::string(), std::string(96, 'x')}) {
    std::ofstream(Bin(), std::ios::binary | std::ios::trunc) << bad;
    Status s;
    Words(&s);
    ASSERT_FALSE(s.ok()) << bad.size();
    EXPECT_EQ(s.code(), StatusCode::kDataError);
    EXPECT_NE(s.message().find(Bin().string() + ": not a valid compiled evidence word table"),
              std::string::npos)
        << s.message();
  }
}

// The shipped folder: the build's image is fresh, and is the image of the source files.
TEST(EvidenceWordsShipped, TheBuildsImageIsFreshAndTheSourcesImage) {
  const fs::path built = fs::path(SELON_BUILD_DATA_DIR) / "evidence";
  const std::string image = ReadAll(built / internal::kEvidenceWordImage);
  Table single;
  EvidencePhrases phrases;
  bool used = false;
  ASSERT_TRUE(Read(image, Sources(built), &single, &phrases, &used).ok());
  EXPECT_TRUE(used) << "the build's words.bin is stale";
  EXPECT_GT(single.size(), 5000u);
  std::string from_sources;
  ASSERT_TRUE(
      Evidence::CompileWords((fs::path(SELON_TEST_DATA_DIR) / "evidence").string(), &from_sources)
          .ok());
  EXPECT_EQ(image, from_sources);
}

}  // namespace
}  // namespace selon
