// Compiled lexicons that are cut short, corrupted or forged: Load refuses them with a reason, or
// (when a flip leaves a file that is still valid, e.g. in a string) they load and analysing with
// them cannot read out of bounds. Never a crash or a hang; the sanitizer build (SELON_SANITIZE)
// makes an out-of-bounds read a failure here. Also: Save replaces a file atomically.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "internal/lexicon_format.h"
#include "selon/lexicon.h"
#include "selon/pipeline.h"

namespace selon {
namespace {

namespace fs = std::filesystem;
using internal::EdgeSlot;
using internal::LexiconEntryRecord;
using internal::LexiconHeader;
using internal::VocabSlot;

// Every kind of entry: aliases, a leading article (and its stripped form), the three policies,
// a service, head=lower, start=ok, homonyms.
const char kLexiconTsv[] =
    "id\ttype\tname\taliases\tattrs\n"
    "Q42\tORG\tBrasserie du Vercors\tBdV\tcase=fold\n"
    "cur:ardelle\tPER\tMarion Ardelle\tArdelle\n"
    "Q7\tORG\tLe Courrier des Alpes\t\tsrc=curated\n"
    "Q8\tPRODUCT\tTchatlo\t\tservice=1\n"
    "Q9\tORG\tMinistère des Fleuves\t\thead=lower;case=cap\n"
    "Q10\tLOC\tValrose\tVR\texact=VR;start=ok;case=cap\n"
    "Q11\tLOC\tArdelle\t\tpop=5\n"
    "Q12\tORG\tl'Écho de Valrose\t\t\n";

const char kText[] =
    "Marion Ardelle, de la Brasserie du Vercors (BdV), a dit au Courrier des Alpes que le "
    "ministère des Fleuves ouvrira Tchatlo à Valrose (VR). Ardelle l'a confirmé à l'Écho de "
    "Valrose. Valrose : Brasserie du Vercors.";

class LexiconCorruption : public ::testing::Test {
 protected:
  void SetUp() override {
    // A parameterised test's name holds a '/' ("AreRefusedOrHarmless/3"): flatten it, or the
    // folder is a child of one TearDown never removes.
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '_');
    dir_ = fs::temp_directory_path() /
           ("selon_lexicon_corruption_" + std::to_string(getpid()) + "_" + test);
    fs::create_directories(dir_);
    const std::string tsv = Write("lex.tsv", kLexiconTsv);
    Lexicon lexicon;
    ASSERT_TRUE(Lexicon::CompileFiles({tsv}, &lexicon).ok());
    ASSERT_TRUE(lexicon.Save(Path("good.bin")).ok());
    good_ = Read(Path("good.bin"));
    std::memcpy(&header_, good_.data(), sizeof header_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::ofstream(Path(name), std::ios::binary | std::ios::trunc) << bytes;
    return Path(name);
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  // Loads `bytes` as a file; if they load, analyses kText with them (what must never crash).
  // Returns the load status.
  Status LoadAndUse(const std::string& bytes) {
    const std::string path = Write("bad.bin", bytes);
    PipelineOptions options;
    options.user_lexicons = {path};
    std::unique_ptr<Pipeline> pipeline;
    const Status s = Pipeline::Create(options, &pipeline);
    if (s.ok()) {
      const Document doc{std::string(kText)};
      Analysis analysis;
      pipeline->Analyze(doc, &analysis);
    }
    return s;
  }

  // A copy of the good file with `edit` applied to the record of type T at `offset`.
  template <typename T>
  std::string Edited(uint64_t offset, const std::function<void(T*)>& edit) const {
    std::string bytes = good_;
    T record;
    std::memcpy(&record, bytes.data() + offset, sizeof record);
    edit(&record);
    std::memcpy(bytes.data() + offset, &record, sizeof record);
    return bytes;
  }

  // Expects `bytes` to be refused with a message naming the file and containing `reason`.
  void ExpectRefused(const std::string& bytes, const std::string& reason) {
    const Status s = LoadAndUse(bytes);
    ASSERT_FALSE(s.ok()) << "accepted; expected: " << reason;
    EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
    EXPECT_NE(s.message().find(Path("bad.bin") + ": not a valid compiled lexicon ("),
              std::string::npos)
        << s.message();
    EXPECT_NE(s.message().find(reason), std::string::npos) << s.message();
  }

  struct SectionSpan {
    const char* name;
    uint64_t begin, size;
  };
  std::vector<SectionSpan> Sections() const {
    const LexiconHeader& h = header_;
    return {{"header", 0, sizeof(LexiconHeader)},
            {"strings", h.strings_offset, h.strings_size},
            {"entries", h.entries_offset, h.entry_count * sizeof(LexiconEntryRecord)},
            {"vocabulary", h.vocab_offset, h.vocab_slots * sizeof(VocabSlot)},
            {"edges", h.edges_offset, h.edge_slots * sizeof(EdgeSlot)},
            {"nodes", h.nodes_offset, (h.node_count + 1) * sizeof(uint32_t)},
            {"names", h.names_offset, h.name_count * sizeof(internal::LexiconName)}};
  }

  fs::path dir_;
  std::string good_;
  LexiconHeader header_{};
};

TEST_F(LexiconCorruption, TheGoodFileLoadsAndMatches) {
  ASSERT_TRUE(LoadAndUse(good_).ok());
  PipelineOptions options;
  options.user_lexicons = {Path("good.bin")};
  std::unique_ptr<Pipeline> pipeline;
  ASSERT_TRUE(Pipeline::Create(options, &pipeline).ok());
  const Document doc{std::string(kText)};
  Analysis analysis;
  pipeline->Analyze(doc, &analysis);
  EXPECT_GE(analysis.entities.size(), 6u);
}

// ---- Truncation ----

// Every length through the header, then every 7th byte and both sides of each section's edges
// (rewriting a shorter file thousands of times is slow on some file systems).
TEST_F(LexiconCorruption, EveryTruncationIsRefused) {
  std::vector<size_t> sizes;
  for (size_t size = 0; size < good_.size(); ++size)
    if (size <= sizeof(LexiconHeader) + 8 || size % 7 == 0) sizes.push_back(size);
  for (const SectionSpan& section : Sections())
    for (uint64_t edge : {section.begin, section.begin + section.size})
      for (uint64_t size : {edge - 1, edge, edge + 1})
        if (size < good_.size()) sizes.push_back(size);
  for (size_t size : sizes) {
    const Status s = LoadAndUse(good_.substr(0, size));
    ASSERT_FALSE(s.ok()) << "size " << size;
    EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
  }
  ExpectRefused(good_.substr(0, 50), "too short");
  ExpectRefused(good_.substr(0, good_.size() - 8), "truncated");
  ExpectRefused(good_ + std::string(8, '\0'), "the file has");
}

// ---- Systematic byte flips in every section ----

// Every byte of one section, flipped three ways (one test per section). The header is refused
// whole; elsewhere a flip may leave a file that is still valid (a letter of a name, a priority),
// but it must load or be refused cleanly.
class LexiconFlips : public LexiconCorruption, public ::testing::WithParamInterface<const char*> {};

TEST_P(LexiconFlips, AreRefusedOrHarmless) {
  const std::string name = GetParam();
  int tried = 0, refused = 0;
  for (const SectionSpan& section : Sections()) {
    if (section.name != name) continue;
    for (uint64_t i = section.begin; i < section.begin + section.size; ++i) {
      for (const unsigned char mask : {0x01, 0x80, 0xFF}) {
        std::string bytes = good_;
        bytes[i] = static_cast<char>(bytes[i] ^ mask);
        const Status s = LoadAndUse(bytes);
        ++tried;
        if (!s.ok()) {
          ++refused;
          EXPECT_EQ(s.code(), StatusCode::kDataError) << s.ToString();
          EXPECT_NE(s.message().find(Path("bad.bin")), std::string::npos) << s.message();
        } else if (name == "header" && i != offsetof(LexiconHeader, strings_size)) {
          // (The pool's size may grow into the padding before the entries: still valid.)
          ADD_FAILURE() << "header byte " << i << " ^ " << int(mask) << " accepted";
        }
      }
    }
  }
  ASSERT_GT(tried, 0);
  std::printf("  %-10s %5d flips, %5d refused\n", name.c_str(), tried, refused);
}

INSTANTIATE_TEST_SUITE_P(Sections, LexiconFlips,
                         ::testing::Values("header", "strings", "entries", "vocabulary", "edges",
                                           "nodes", "names"));

// ---- Forged indices and tables ----

TEST_F(LexiconCorruption, OutOfRangeIndicesAreRefused) {
  const LexiconHeader& h = header_;
  ExpectRefused(Edited<internal::LexiconName>(
                    h.names_offset, [&](internal::LexiconName* n) { n->entry = h.entry_count; }),
                "name 0: entry " + std::to_string(h.entry_count) + " out of range");
  ExpectRefused(Edited<internal::LexiconName>(
                    h.names_offset, [&](internal::LexiconName* n) { n->surface = 0xFFFFFF00; }),
                "name 0: surface outside the string pool");
  ExpectRefused(Edited<internal::LexiconName>(
                    h.names_offset, [&](internal::LexiconName* n) { n->policy = MatchPolicy{7}; }),
                "name 0: unknown policy 7");
  ExpectRefused(
      Edited<internal::LexiconName>(
          h.names_offset, [&](internal::LexiconName* n) { n->flags = internal::kElidedArticle; }),
      "name 0: bad flags");
  ExpectRefused(Edited<LexiconEntryRecord>(h.entries_offset,
                                           [&](LexiconEntryRecord* r) { r->name_len = 1 << 30; }),
                "entry 0: a string outside the string pool");
  ExpectRefused(
      Edited<LexiconEntryRecord>(h.entries_offset, [&](LexiconEntryRecord* r) { r->type = 9; }),
      "entry 0: unknown type 9");
  // Every field of every record is screened (the screens test the extremes of each field over
  // the whole array): the last records too, and the remaining fields.
  const uint64_t last_entry = h.entries_offset + (h.entry_count - 1) * sizeof(LexiconEntryRecord);
  const uint64_t last_name = h.names_offset + (h.name_count - 1) * sizeof(internal::LexiconName);
  const std::string last_entry_is = "entry " + std::to_string(h.entry_count - 1) + ": ";
  const std::string last_name_is = "name " + std::to_string(h.name_count - 1) + ": ";
  ExpectRefused(Edited<LexiconEntryRecord>(last_entry, [&](LexiconEntryRecord* r) { r->type = 9; }),
                last_entry_is + "unknown type 9");
  ExpectRefused(
      Edited<LexiconEntryRecord>(last_entry, [&](LexiconEntryRecord* r) { r->flags = 0x80; }),
      last_entry_is + "unknown flags 128");
  ExpectRefused(Edited<LexiconEntryRecord>(
                    last_entry, [&](LexiconEntryRecord* r) { r->source_offset = 0xFFFFFFF0; }),
                last_entry_is + "a string outside the string pool");
  ExpectRefused(Edited<LexiconEntryRecord>(last_entry,
                                           [&](LexiconEntryRecord* r) { r->id_len = 0xFFFFFFF0; }),
                last_entry_is + "a string outside the string pool");
  ExpectRefused(Edited<internal::LexiconName>(
                    last_name, [&](internal::LexiconName* n) { n->entry = 0xFFFFFFFF; }),
                last_name_is + "entry 4294967295 out of range");
  ExpectRefused(Edited<internal::LexiconName>(
                    last_name, [&](internal::LexiconName* n) { n->token_count = 0; }),
                last_name_is + "no tokens");
  ExpectRefused(Edited<internal::LexiconName>(
                    last_name, [&](internal::LexiconName* n) { n->flags |= 1u << 10; }),
                last_name_is + "bad flags");
  ExpectRefused(Edited<internal::LexiconName>(last_name,
                                              [&](internal::LexiconName* n) {
                                                n->flags =
                                                    internal::kElidedArticle | internal::kLowerHead;
                                              }),
                last_name_is + "bad flags");
  ExpectRefused(Edited<internal::LexiconName>(
                    last_name, [&](internal::LexiconName* n) { n->surface_len = 0xFFFFFFF0; }),
                last_name_is + "surface outside the string pool");
  ExpectRefused(Edited<uint32_t>(h.nodes_offset + 4 * h.node_count,
                                 [&](uint32_t* n) { *n = h.name_count + 1; }),
                "the nodes index");
  ExpectRefused(Edited<uint32_t>(h.nodes_offset + 4, [&](uint32_t* n) { *n = 0xFFFFFFF0; }),
                "node 1: names");
  ExpectRefused(Edited<LexiconHeader>(0, [&](LexiconHeader* hh) { hh->names_offset += 8; }),
                "names section out of bounds");
  ExpectRefused(Edited<LexiconHeader>(0, [&](LexiconHeader* hh) { hh->node_count = 0; }),
                "section out of bounds");

  // The first occupied slot of each table.
  uint64_t vocab_slot = h.vocab_offset, edge_slot = h.edges_offset;
  auto vocab_at = [&](uint64_t off) {
    VocabSlot s;
    std::memcpy(&s, good_.data() + off, sizeof s);
    return s;
  };
  auto edge_at = [&](uint64_t off) {
    EdgeSlot s;
    std::memcpy(&s, good_.data() + off, sizeof s);
    return s;
  };
  while (vocab_at(vocab_slot).token_id == internal::kNoToken) vocab_slot += sizeof(VocabSlot);
  while (edge_at(edge_slot).child == internal::kNoNode) edge_slot += sizeof(EdgeSlot);
  ExpectRefused(Edited<VocabSlot>(vocab_slot, [](VocabSlot* s) { s->key_offset = 0xFFFFFFF0; }),
                "key outside the string pool");
  ExpectRefused(Edited<VocabSlot>(vocab_slot, [](VocabSlot* s) { s->token_id = 1 << 20; }),
                "token id 1048576 out of range");
  ExpectRefused(Edited<EdgeSlot>(edge_slot, [&](EdgeSlot* s) { s->child = h.node_count; }),
                "out of range (" + std::to_string(h.node_count) + " nodes)");
  ExpectRefused(Edited<EdgeSlot>(edge_slot, [&](EdgeSlot* s) { s->child = internal::kNoNode; }),
                "edges for " + std::to_string(h.node_count) + " trie nodes");
}

// What the load does not check, because a lookup reads it safely whatever it holds: a slot's
// hash and its place in its probe run, an edge's node and token, that the trie is a tree (an
// edge back to the root makes a cycle, but a walk takes one step per token of the text). Such a
// file loads, and analysing with it reads nothing out of bounds (the sanitizer build checks) and
// ends.
TEST_F(LexiconCorruption, WhatTheLookupsReadSafelyLoads) {
  const LexiconHeader& h = header_;
  std::vector<uint64_t> vocab_slots, edge_slots;
  for (uint32_t i = 0; i < h.vocab_slots; ++i) {
    VocabSlot s;
    std::memcpy(&s, good_.data() + h.vocab_offset + i * sizeof s, sizeof s);
    if (s.token_id != internal::kNoToken) vocab_slots.push_back(h.vocab_offset + i * sizeof s);
  }
  for (uint32_t i = 0; i < h.edge_slots; ++i) {
    EdgeSlot s;
    std::memcpy(&s, good_.data() + h.edges_offset + i * sizeof s, sizeof s);
    if (s.child != internal::kNoNode) edge_slots.push_back(h.edges_offset + i * sizeof s);
  }
  ASSERT_FALSE(vocab_slots.empty());
  ASSERT_FALSE(edge_slots.empty());
  for (uint64_t slot : vocab_slots) {
    EXPECT_TRUE(LoadAndUse(Edited<VocabSlot>(slot, [](VocabSlot* s) { s->hash ^= 1; })).ok());
    EXPECT_TRUE(LoadAndUse(Edited<VocabSlot>(slot, [](VocabSlot* s) { s->key_len = 0; })).ok());
  }
  for (uint64_t slot : edge_slots) {
    for (const auto& edit : std::vector<std::function<void(EdgeSlot*)>>{
             [](EdgeSlot* s) { s->child = internal::kRoot; },
             [](EdgeSlot* s) { s->node = 0xFFFFFFF0; }, [](EdgeSlot* s) { s->token = 1 << 20; },
             [&](EdgeSlot* s) { s->child = h.node_count - 1; }})
      EXPECT_TRUE(LoadAndUse(Edited<EdgeSlot>(slot, edit)).ok());
  }
}

// Every probe ends within kMaxProbeRun slots: each aligned block of kProbeBlock slots (the whole
// table when smaller) must hold an empty slot. A run of occupied slots across two blocks, or
// across the wrap from the last slot to the first, is as long as allowed.
TEST(ProbeTable, AnEmptySlotInEveryBlock) {
  constexpr uint32_t kBlock = internal::kProbeBlock, kSlots = 8 * kBlock;
  auto check = [](const std::vector<uint32_t>& slots) {
    uint32_t occupied = 0;
    return internal::CheckProbeTable(
        "test", slots.data(), static_cast<uint32_t>(slots.size()),
        [](const uint32_t* s, uint32_t n) {
          uint32_t empties = 0;
          for (uint32_t i = 0; i < n; ++i) empties += s[i] == 0;
          return empties;
        },
        &occupied);
  };
  std::vector<uint32_t> slots(kSlots, 0);
  // The longest runs allowed (2 * kBlock - 2 slots, half the table full): from the second slot of
  // a block to the last but one of the next, and from the second slot of the last block over the
  // wrap to the last but one of the first.
  for (uint32_t i = 2 * kBlock + 1; i < 4 * kBlock - 1; ++i) slots[i] = 1;
  for (uint32_t i = 7 * kBlock + 1; i < kSlots; ++i) slots[i] = 1;
  for (uint32_t i = 0; i < kBlock - 1; ++i) slots[i] = 1;
  EXPECT_TRUE(check(slots).ok()) << check(slots).message();
  slots[kBlock - 1] = 1;  // the run over the wrap reaches 2 * kBlock - 1 slots
  const Status s = check(slots);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(
      s.message().find("test table: no empty slot in slots 0 to " + std::to_string(kBlock - 1)),
      std::string::npos)
      << s.message();
  EXPECT_GE(2 * kBlock - 2, internal::kMaxProbeRun - 2);
  EXPECT_LT(2 * kBlock - 2, internal::kMaxProbeRun);
  // A table smaller than a block needs one empty slot, and at most half of them full.
  EXPECT_NE(check(std::vector<uint32_t>(16, 1)).message().find("test table has no empty slot"),
            std::string::npos);
  std::vector<uint32_t> most(16, 1);
  most[3] = 0;
  EXPECT_NE(check(most).message().find("more than half full"), std::string::npos);
  EXPECT_NE(check(std::vector<uint32_t>(12, 0)).message().find("not a power of two"),
            std::string::npos);
}

// A table with no empty slot would make a lookup of an absent key probe forever.
TEST_F(LexiconCorruption, FullHashTablesAreRefused) {
  const LexiconHeader& h = header_;
  std::string vocab_full = good_;
  for (uint32_t i = 0; i < h.vocab_slots; ++i) {
    auto* slot = reinterpret_cast<VocabSlot*>(vocab_full.data() + h.vocab_offset) + i;
    if (slot->token_id == internal::kNoToken) slot->token_id = 0;
  }
  ExpectRefused(vocab_full, "vocabulary table has no empty slot");
  std::string edges_full = good_;
  for (uint32_t i = 0; i < h.edge_slots; ++i) {
    auto* slot = reinterpret_cast<EdgeSlot*>(edges_full.data() + h.edges_offset) + i;
    if (slot->child == internal::kNoNode) slot->child = 1;
  }
  ExpectRefused(edges_full, "edge table has no empty slot");
  ExpectRefused(Edited<LexiconHeader>(0, [](LexiconHeader* hh) { hh->vocab_slots -= 1; }),
                "edges section out of bounds");
}

// ---- Atomic save ----

// A job that has mapped a lexicon keeps reading it whole while the file is recompiled over it
// (before, the file was truncated and rewritten in place: the job died of SIGBUS).
TEST_F(LexiconCorruption, RecompilingKeepsTheOldMappingValid) {
  std::string big = "id\ttype\tname\taliases\tattrs\n";
  for (int i = 0; i < 20000; ++i)
    big += "x" + std::to_string(i) + "\tORG\tSociété Numéro " + std::to_string(i) + "\n";
  Lexicon first;
  ASSERT_TRUE(Lexicon::CompileFiles({Write("big.tsv", big)}, &first).ok());
  ASSERT_TRUE(first.Save(Path("live.bin")).ok());
  Lexicon mapped;
  ASSERT_TRUE(Lexicon::Load(Path("live.bin"), &mapped).ok());

  Lexicon second;
  ASSERT_TRUE(Lexicon::CompileFiles({Write("small.tsv", kLexiconTsv)}, &second).ok());
  ASSERT_TRUE(second.Save(Path("live.bin")).ok());

  // Every entry of the old mapping, including those past the new file's end.
  ASSERT_EQ(mapped.entry_count(), 20000u);
  for (uint32_t e = 0; e < mapped.entry_count(); ++e)
    ASSERT_EQ(mapped.EntryName(e), "Société Numéro " + std::to_string(e));
  Lexicon reloaded;
  ASSERT_TRUE(Lexicon::Load(Path("live.bin"), &reloaded).ok());
  EXPECT_EQ(reloaded.entry_count(), second.entry_count());
  // No temporary file is left behind.
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_))
    files += e.path().filename().string().find(".tmp.") != std::string::npos;
  EXPECT_EQ(files, 0);
}

// A failed write (here: the file size limit, as a full disk would) leaves the old file whole,
// removes the temporary file and says why.
TEST_F(LexiconCorruption, AFailedSaveLeavesTheOldFile) {
  Lexicon small;
  ASSERT_TRUE(Lexicon::CompileFiles({Path("lex.tsv")}, &small).ok());
  ASSERT_TRUE(small.Save(Path("live.bin")).ok());
  std::string big = "id\ttype\tname\taliases\tattrs\n";
  for (int i = 0; i < 5000; ++i)
    big += "x" + std::to_string(i) + "\tORG\tNom " + std::to_string(i) + "\n";
  Lexicon large;
  ASSERT_TRUE(Lexicon::CompileFiles({Write("big.tsv", big)}, &large).ok());

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{static_cast<rlim_t>(good_.size() + 4096),
                       static_cast<rlim_t>(good_.size() + 4096)};
    setrlimit(RLIMIT_FSIZE, &limit);
    const Status s = large.Save(Path("live.bin"));
    _exit(!s.ok() && s.message().find(Path("live.bin") + ": cannot write: File too large") !=
                         std::string::npos
              ? 0
              : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "Save did not fail with 'cannot write: File too large'";
  EXPECT_EQ(Read(Path("live.bin")), good_);
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".tmp."), std::string::npos) << e.path();
}

TEST_F(LexiconCorruption, SaveErrorsSayWhy) {
  Lexicon lexicon;
  ASSERT_TRUE(Lexicon::CompileFiles({Path("lex.tsv")}, &lexicon).ok());
  const Status s = lexicon.Save(Path("missing-dir/out.bin"));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("No such file or directory"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace selon
