// The compiled cue tables of the claims stage (claims/cue_image.h, cues/cues.bin): a round trip
// that loses nothing, every truncation and byte flip refused or harmless, a stale image ignored,
// a corrupt one an error naming it, and the build's image fresh and equal to the sources'.
#include "claims/cue_image.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claims.h"
#include "claims/data.h"
#include "internal/first_name_table.h"

namespace selon {
namespace {

namespace fs = std::filesystem;
using claims::CueImageHeader;
using claims::kCueSourceFiles;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

uint64_t Sources(const fs::path& data_dir) {
  std::vector<std::string> paths;
  for (const char* file : kCueSourceFiles) paths.push_back((data_dir / file).string());
  uint64_t fingerprint = 0;
  EXPECT_TRUE(internal::FirstNameTable::SourcesFingerprint(paths, &fingerprint).ok());
  return fingerprint;
}

// An 8-byte aligned copy of an image (ValidateCueImage requires it).
struct Aligned {
  explicit Aligned(const std::string& bytes) : words((bytes.size() + 7) / 8 + 1) {
    std::memcpy(words.data(), bytes.data(), bytes.size());
    size = bytes.size();
  }
  const char* data() const { return reinterpret_cast<const char*>(words.data()); }
  std::vector<uint64_t> words;
  size_t size;
};

// Reads `image` into *d; the status, and *used.
Status Read(const std::string& image, uint64_t sources, ClaimExtractor::Data* d, bool* used) {
  const Aligned a(image);
  return claims::ReadCueImage(a.data(), a.size, sources, d, used);
}

CueImageHeader HeaderOf(const std::string& image) {
  CueImageHeader h;
  std::memcpy(&h, image.data(), sizeof h);
  return h;
}

// A small data folder: the shipped cue and noun files cut to their first rows (the forms those of
// the lemmas kept), so that every byte of its image can be flipped in a test.
class CueFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("selon_cues_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "cues");
    fs::create_directories(dir_ / "evidence");
    const fs::path shipped = SELON_TEST_DATA_DIR;
    std::set<std::string> lemmas;
    for (const char* file : kCueSourceFiles) {
      std::istringstream in(ReadAll(shipped / file));
      const std::string name = fs::path(file).filename().string();
      const bool no_header = name == "infinitives.txt";
      std::string out, line;
      int rows = 0;
      bool header = !no_header;
      while (std::getline(in, line) && rows < kRows) {
        if (line.empty() || line[0] == '#' || header) {
          header = header && (line.empty() || line[0] == '#');
          out += line + "\n";
          continue;
        }
        const std::string first = line.substr(0, line.find('\t'));
        if (name == "lemmas.tsv") lemmas.insert(first);
        if (name == "forms.tsv") {
          const size_t a = line.find('\t') + 1;
          if (!lemmas.count(line.substr(a, line.find('\t', a) - a))) continue;
        }
        out += line + "\n";
        ++rows;
      }
      std::ofstream(dir_ / file, std::ios::binary) << out;
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Compile() {
    std::string image;
    const Status s = ClaimExtractor::CompileCues(dir_.string(), &image);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return image;
  }
  fs::path Bin() const { return dir_ / "cues" / claims::kCueImage; }
  Status Load() {
    std::unique_ptr<ClaimExtractor> x;
    return ClaimExtractor::Load(dir_.string(), &x);
  }

  static constexpr int kRows = 12;  // data rows kept of each file
  fs::path dir_;
};

// Whether everything the extractor indexes lies in bounds in `d` (what an accepted image must
// give, however corrupt).
void ExpectInBounds(const ClaimExtractor::Data& d) {
  for (const claims::WordInfo& w : d.words) {
    ASSERT_LE(uint64_t{w.forms_begin} + w.forms_count, d.forms.size());
    ASSERT_LE(uint64_t{w.markers_begin} + w.markers_count, d.markers.size());
  }
  for (const claims::CueForm& f : d.forms) {
    ASSERT_LT(f.lemma, d.lemmas.size());
    ASSERT_LE(uint64_t{f.rest_begin} + f.rest_count, d.rest_keys.size());
  }
  for (const claims::Marker& m : d.markers)
    ASSERT_LE(uint64_t{m.rest_begin} + m.rest_count, d.rest_keys.size());
  ASSERT_EQ(d.rest_words.size(), d.rest_keys.size());
  for (const uint32_t w : d.rest_words)
    ASSERT_TRUE(w == ClaimExtractor::Data::kNone || w < d.words.size());
}

TEST_F(CueFolder, TheImageRoundTripsWithNothingLost) {
  const std::string image = Compile();
  EXPECT_EQ(image, Compile());  // deterministic
  const CueImageHeader h = HeaderOf(image);
  EXPECT_EQ(h.sources, Sources(dir_));
  EXPECT_GT(h.words, 30u);
  EXPECT_GT(h.forms, 0u);
  EXPECT_GT(h.markers, 0u);
  ClaimExtractor::Data d;
  bool used = false;
  ASSERT_TRUE(Read(image, h.sources, &d, &used).ok());
  ASSERT_TRUE(used);
  EXPECT_EQ(claims::CompileCueImage(d, h.sources), image);
  d.Freeze();
  ExpectInBounds(d);
  ClaimExtractor::Data stale;
  ASSERT_TRUE(Read(image, h.sources + 1, &stale, &used).ok());
  EXPECT_FALSE(used);
  EXPECT_TRUE(stale.words.empty());
}

TEST_F(CueFolder, EveryTruncationIsRefused) {
  const std::string good = Compile();
  for (size_t size = 0; size < good.size(); size += (size < 128 ? 1 : 7)) {
    ClaimExtractor::Data d;
    bool used = true;
    const Status s = Read(good.substr(0, size), 0, &d, &used);
    EXPECT_EQ(s.code(), StatusCode::kDataError) << "size " << size;
    EXPECT_FALSE(used);
  }
  ClaimExtractor::Data d;
  bool used = true;
  EXPECT_NE(Read(good + std::string(8, '\0'), 0, &d, &used).message().find("the file has"),
            std::string::npos);
}

TEST_F(CueFolder, EveryByteFlipIsRefusedOrHarmless) {
  const std::string good = Compile();
  const CueImageHeader h = HeaderOf(good);
  const uint64_t sources = h.sources;
  // (Every byte but those of most empty slots: the word table is sized for the shipped words,
  // 32,768 slots, and one empty slot flipped is like another. Each flip copies and reads the
  // whole image: three masks for the header's bytes, one for the others, keep the test short
  // enough to run under the sanitizers.)
  const size_t slots_end = sizeof h + size_t{h.slot_count} * sizeof(claims::CueSlot);
  auto sampled = [&](size_t i) {
    if (i < sizeof h || i >= slots_end) return true;
    const size_t slot = (i - sizeof h) / sizeof(claims::CueSlot);
    claims::CueSlot s;
    std::memcpy(&s, good.data() + sizeof h + slot * sizeof s, sizeof s);
    return s.word != 0 || slot % 4096 == 0;
  };
  int refused = 0, accepted = 0;
  for (size_t i = 0; i < good.size(); ++i) {
    if (!sampled(i)) continue;
    for (const unsigned char mask : {0xFF, 0x01, 0x80}) {
      if (mask != 0xFF && i >= sizeof h) break;
      std::string bytes = good;
      bytes[i] = static_cast<char>(bytes[i] ^ mask);
      ClaimExtractor::Data d;
      bool used = false;
      const Status s = Read(bytes, sources, &d, &used);
      if (!s.ok()) {
        EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
        ++refused;
      } else if (used) {
        ++accepted;
        d.Freeze();  // looks every rest key up in the word table: every probe ends
        ExpectInBounds(d);
      }
      // Magic, version, slot count, size and counts are checked (the fingerprint is the
      // folder's; the pools' sizes may grow into the padding).
      const bool checked_header =
          i < offsetof(CueImageHeader, sources) ||
          (i >= offsetof(CueImageHeader, file_size) && i < offsetof(CueImageHeader, key_pool));
      if (checked_header) EXPECT_FALSE(s.ok()) << "header byte " << i << " ^ " << int(mask);
    }
  }
  EXPECT_GT(refused, 0);
  EXPECT_GT(accepted, 0);  // (pool bytes and hashes change no bound)
}

TEST_F(CueFolder, ForgedSlotsAreRefused) {
  const std::string good = Compile();
  const CueImageHeader h = HeaderOf(good);
  auto slot = [&](std::string* bytes, uint32_t i) {
    return reinterpret_cast<claims::CueSlot*>(bytes->data() + sizeof h) + i;
  };
  std::string copy = good;
  uint32_t first = 0;
  while (slot(&copy, first)->word == 0) ++first;
  auto refusal = [&](auto edit) {
    std::string bytes = good;
    edit(slot(&bytes, first));
    ClaimExtractor::Data d;
    bool used = false;
    return Read(bytes, h.sources, &d, &used).message();
  };
  EXPECT_NE(refusal([](claims::CueSlot* s) { s->key_offset = 0xFFFFFFF0; }).find("key outside"),
            std::string::npos);
  EXPECT_NE(refusal([&](claims::CueSlot* s) { s->word = h.words + 1; }).find("no word"),
            std::string::npos);
  EXPECT_EQ(refusal([&](claims::CueSlot* s) { s->word = h.words; }), "");  // the last word
  EXPECT_EQ(refusal([](claims::CueSlot* s) { s->hash ^= 1; }), "");  // only a lookup compares it
}

// A word's form and marker counts fit WordInfo's 16 bits, or the image is refused.
TEST_F(CueFolder, ForgedWordCountsAreRefused) {
  const std::string good = Compile();
  const CueImageHeader h = HeaderOf(good);
  auto refusal = [&](auto edit) {
    std::string bytes = good;
    edit(reinterpret_cast<claims::CueWord*>(bytes.data() + sizeof h +
                                            uint64_t{h.slot_count} * sizeof(claims::CueSlot)));
    ClaimExtractor::Data d;
    bool used = false;
    return Read(bytes, h.sources, &d, &used).message();
  };
  EXPECT_NE(refusal([](claims::CueWord* w) { w->forms_count = 0x10000; }).find("too many forms"),
            std::string::npos);
  EXPECT_NE(refusal([](claims::CueWord* w) { w->markers_count = 0x10000; }).find("too many"),
            std::string::npos);
}

TEST_F(CueFolder, AStaleImageIsNotRead) {
  const std::string image = Compile();
  std::ofstream(Bin(), std::ios::binary) << image;
  ASSERT_TRUE(Load().ok());
  // A row the parser refuses: the load reads the files, not the stale image.
  std::ofstream(dir_ / "cues" / "words.tsv", std::ios::app) << "x\tno_such_class\t-\n";
  const Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown class"), std::string::npos) << s.message();
}

TEST_F(CueFolder, ACorruptImageIsAnErrorNamingIt) {
  const std::string image = Compile();
  for (const std::string& bad : {image.substr(0, image.size() - 8), image.substr(0, 10),
                                 std::string(), std::string(96, 'x')}) {
    std::ofstream(Bin(), std::ios::binary | std::ios::trunc) << bad;
    const Status s = Load();
    ASSERT_FALSE(s.ok()) << bad.size();
    EXPECT_EQ(s.code(), StatusCode::kDataError);
    EXPECT_NE(s.message().find(Bin().string() + ": not a valid compiled cue image"),
              std::string::npos)
        << s.message();
  }
}

// The shipped folder: the build's image is fresh, and is the image of the source files.
TEST(CueImageShipped, TheBuildsImageIsFreshAndTheSourcesImage) {
  const fs::path built = SELON_BUILD_DATA_DIR;
  const std::string image = ReadAll(built / "cues" / claims::kCueImage);
  ClaimExtractor::Data d;
  bool used = false;
  ASSERT_TRUE(Read(image, Sources(built), &d, &used).ok());
  EXPECT_TRUE(used) << "the build's cues.bin is stale";
  EXPECT_GT(d.words.size(), 10000u);
  std::string from_sources;
  ASSERT_TRUE(ClaimExtractor::CompileCues(SELON_TEST_DATA_DIR, &from_sources).ok());
  EXPECT_EQ(image, from_sources);
}

}  // namespace
}  // namespace selon
