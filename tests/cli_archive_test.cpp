// Archive inputs and outputs, tried on the real binary (issue 11): gzip and zstd input
// (files, folders, stdin; text and JSON Lines), corrupt and truncated archives, decompression
// bombs. The texts are written for these tests.
#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.h"

namespace {

using namespace selon_cli_test;
using nlohmann::json;
namespace fs = std::filesystem;

// ---- Helpers: compression in the test, so that no gzip or zstd tool is needed ----

std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  const size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

const char* kDepeche =
    "Le maire de Lyon, Grégoire Vautrin, a annoncé mardi que la ligne de tramway serait "
    "prolongée jusqu'à Vaulx-en-Velin. « Les travaux commenceront au printemps », a-t-il "
    "précisé.\n";

const char* kBreve =
    "Selon la préfecture de l'Isère, trois routes restent fermées après les orages.\n";

// A line of JSONL for `text`.
std::string Line(const std::string& text) { return json({{"text", text}}).dump() + "\n"; }

// The record without its "id" (a compressed file's id is its own name).
json WithoutId(json record) {
  record.erase("id");
  record.erase("path");
  return record;
}

// ---- Compressed text files, folders and stdin ----

TEST_F(Cli, GzipAndZstdFilesGiveTheRecordOfThePlainText) {
  WriteFile(tmp_ / "a.txt", kDepeche);
  WriteFile(tmp_ / "a.txt.gz", Gzip(kDepeche));
  WriteFile(tmp_ / "a.txt.zst", Zstd(kDepeche));
  WriteFile(tmp_ / "sans-extension", Gzip(kDepeche));  // told by its first bytes
  const RunResult r = Run(Q(tmp_ / "a.txt") + " " + Q(tmp_ / "a.txt.gz") + " " +
                          Q(tmp_ / "a.txt.zst") + " " + Q(tmp_ / "sans-extension"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 4u);
  EXPECT_FALSE(records[0]["entities"].empty());
  for (size_t i = 1; i < 4; ++i) EXPECT_EQ(WithoutId(records[i]), WithoutId(records[0])) << i;
  EXPECT_EQ(records[1]["id"], (tmp_ / "a.txt.gz").string());
}

TEST_F(Cli, CompressedStdinIsReadInTextAndJsonlModes) {
  RunResult plain = Run("", kDepeche);
  RunResult gz = Run("", Gzip(kDepeche));
  RunResult zst = Run("-", Zstd(kDepeche));
  ASSERT_EQ(gz.status, 0) << gz.err;
  EXPECT_EQ(gz.out, plain.out);
  EXPECT_EQ(zst.out, plain.out);

  const std::string jsonl = json({{"text", kDepeche}}).dump() + "\n" +
                            json({{"id", "b"}, {"text", kBreve}}).dump() + "\n";
  plain = Run("--jsonl", jsonl);
  gz = Run("--jsonl", Gzip(jsonl));
  zst = Run("--jsonl", Zstd(jsonl));
  ASSERT_EQ(plain.records().size(), 2u);
  EXPECT_EQ(gz.out, plain.out);
  EXPECT_EQ(zst.out, plain.out);
}

TEST_F(Cli, AFolderHoldsCompressedTextFilesToo) {
  WriteFile(tmp_ / "in" / "a.txt.zst", Zstd(kBreve));
  WriteFile(tmp_ / "in" / "b.txt", kBreve);
  WriteFile(tmp_ / "in" / "c" / "d.txt.gz", Gzip(kBreve));
  WriteFile(tmp_ / "in" / "e.gz", Gzip(kBreve));  // not a *.txt: not a document
  const RunResult r = Run(Q(tmp_ / "in"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> ids;
  for (const json& rec : r.records()) ids.push_back(rec["id"]);
  const std::string base = (tmp_ / "in").string();
  EXPECT_EQ(ids,
            (std::vector<std::string>{base + "/a.txt.zst", base + "/b.txt", base + "/c/d.txt.gz"}));
}

TEST_F(Cli, ConcatenatedGzipMembersAndZstdFramesAreOneStream) {
  WriteFile(tmp_ / "two.txt.gz", Gzip(kDepeche) + Gzip(kBreve));
  WriteFile(tmp_ / "two.txt.zst", Zstd(kDepeche) + Zstd(kBreve));
  WriteFile(tmp_ / "two.txt", std::string(kDepeche) + kBreve);
  const RunResult r =
      Run(Q(tmp_ / "two.txt") + " " + Q(tmp_ / "two.txt.gz") + " " + Q(tmp_ / "two.txt.zst"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(WithoutId(records[1]), WithoutId(records[0]));
  EXPECT_EQ(WithoutId(records[2]), WithoutId(records[0]));
}

// ---- Corrupt and truncated archives: an error record naming the path, exit 1 ----

TEST_F(Cli, TruncatedOrCorruptCompressedFilesAreErrorRecords) {
  const std::string gz = Gzip(std::string(kDepeche) + kBreve);
  const std::string zst = Zstd(std::string(kDepeche) + kBreve);
  std::string flipped = gz;
  for (size_t i = 20; i < flipped.size() - 10; i += 7) flipped[i] = static_cast<char>(~flipped[i]);
  const std::vector<std::pair<std::string, std::string>> files = {
      {"tronque.txt.gz", gz.substr(0, gz.size() / 2)},
      {"sans-fin.txt.gz", gz.substr(0, gz.size() - 4)},  // the trailer (size) is missing
      {"tronque.txt.zst", zst.substr(0, zst.size() / 2)},
      {"abime.txt.gz", flipped},
      {"pas-gzip.txt.gz", kBreve},  // the name says gzip, the bytes do not
      {"queue.txt.gz", gz + "des octets en trop"},
      {"ok.txt.gz", gz},
  };
  std::string args;
  for (const auto& [name, data] : files) {
    WriteFile(tmp_ / name, data);
    args += " " + Q(tmp_ / name);
  }
  const RunResult r = Run(args);
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), files.size());
  for (size_t i = 0; i + 1 < files.size(); ++i) {
    SCOPED_TRACE(files[i].first);
    ASSERT_TRUE(records[i].contains("error"));
    EXPECT_EQ(records[i]["error"]["code"], "corrupt_input");
    EXPECT_EQ(records[i]["error"]["path"], (tmp_ / files[i].first).string());
    EXPECT_NE(r.err.find(files[i].first), std::string::npos);
  }
  EXPECT_FALSE(records.back().contains("error"));
}

TEST_F(Cli, ATruncatedJsonlArchiveNamesTheLineWhereItEnds) {
  std::string jsonl;
  for (int i = 0; i < 2000; ++i)
    jsonl += json({{"id", i}, {"text", std::string(kBreve) + std::to_string(i)}}).dump() + "\n";
  const std::string gz = Gzip(jsonl);
  WriteFile(tmp_ / "flux.jsonl.gz", gz.substr(0, gz.size() / 2));
  const RunResult r = Run("--jsonl -q " + Q(tmp_ / "flux.jsonl.gz"));
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_GT(records.size(), 10u);
  ASSERT_LT(records.size(), 2000u);
  for (size_t i = 0; i + 1 < records.size(); ++i) ASSERT_FALSE(records[i].contains("error")) << i;
  const json& last = records.back()["error"];
  EXPECT_EQ(last["code"], "corrupt_input");
  EXPECT_EQ(last["line"], records.size());  // the line being read when the data ended
  EXPECT_EQ(last["path"], (tmp_ / "flux.jsonl.gz").string());
  EXPECT_NE(last["message"].get<std::string>().find("truncated gzip data"), std::string::npos);
}

// ---- Decompression bombs: --max-doc-bytes counts decoded bytes; memory stays flat ----

// `piece` repeated `times` times, gzip-compressed as one stream without holding the whole.
std::string GzipRepeated(const std::string& piece, size_t times) {
  std::string gz;
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(1 << 16, '\0');
  for (size_t i = 0; i <= times; ++i) {
    const bool last = i == times;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
    zs.avail_in = last ? 0 : static_cast<uInt>(piece.size());
    do {
      zs.next_out = reinterpret_cast<Bytef*>(out.data());
      zs.avail_out = static_cast<uInt>(out.size());
      deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
      gz.append(out.data(), out.size() - zs.avail_out);
    } while (zs.avail_out == 0);
  }
  deflateEnd(&zs);
  return gz;
}

// The peak RSS in KB that `/usr/bin/time -f %M -o FILE` wrote.
long PeakRssKb(const std::string& rss_file) {
  std::string rss = ReadFile(rss_file);  // "Command exited with ... 1\n<KB>\n"
  rss.erase(rss.find_last_not_of('\n') + 1);
  return std::stol(rss.substr(rss.rfind('\n') + 1));
}

TEST_F(Cli, ADecompressionBombIsTooLargeInConstantMemory) {
  // 256 MiB of spaces in about 250 KB of gzip, as a text file and as one JSONL line.
  const std::string bomb = GzipRepeated(std::string(1 << 20, ' '), 256);
  WriteFile(tmp_ / "bombe.txt.gz", bomb);
  WriteFile(tmp_ / "bombe.jsonl.gz", Gzip("{\"text\": \"") + bomb);
  ASSERT_EQ(RunScript("/usr/bin/time -f %M -o " + Q(tmp_ / "rss") + " \"$SELON\" -q " +
                      "--max-doc-bytes 1000000 " + Q(tmp_ / "bombe.txt.gz") + " " +
                      Q(tmp_ / "bombe.jsonl.gz") + " > " + Q(tmp_ / "out")),
            1);
  RunResult r;
  r.out = ReadFile(tmp_ / "out");
  const auto records = r.records();
  ASSERT_EQ(records.size(), 2u) << r.out;
  EXPECT_EQ(records[0]["error"]["code"], "too_large");
  // A short gzip member, then the bomb: one line that never ends.
  EXPECT_EQ(records[1]["error"]["code"], "too_large");
  const long rss_kb = PeakRssKb((tmp_ / "rss").string());
  if (kPeakRssIsMeaningful) EXPECT_LT(rss_kb, 150 * 1024) << "peak RSS " << rss_kb << " KB";
}

TEST_F(Cli, AHugeJsonlArchiveIsReadInConstantMemory) {
  // 300 MiB of JSON Lines (3,000 lines of 100 KiB) in a small gzip file: every line is over
  // --max-doc-bytes, so the run costs reading, not analysis; memory must not follow the input.
  const std::string line = "{\"text\": \"" + std::string(100 << 10, 'a') + "\"}\n";
  WriteFile(tmp_ / "flux.jsonl.gz", GzipRepeated(line, 3000));
  ASSERT_EQ(
      RunScript("/usr/bin/time -f %M -o " + Q(tmp_ / "rss") + " \"$SELON\" -q " +
                "--max-doc-bytes 50000 " + Q(tmp_ / "flux.jsonl.gz") + " > " + Q(tmp_ / "out")),
      1);
  RunResult r;
  r.out = ReadFile(tmp_ / "out");
  const auto records = r.records();
  ASSERT_EQ(records.size(), 3000u);
  EXPECT_EQ(records.back()["line"], 3000);
  EXPECT_EQ(records.back()["error"]["code"], "too_large");
  const long rss_kb = PeakRssKb((tmp_ / "rss").string());
  if (kPeakRssIsMeaningful) EXPECT_LT(rss_kb, 150 * 1024) << "peak RSS " << rss_kb << " KB";
}

// ---- JSON Lines files ----

TEST_F(Cli, AJsonlFileIsReadAsJsonLinesWithoutTheFlag) {
  const std::string jsonl = json({{"id", "a1"}, {"text", kBreve}}).dump() + "\n" +
                            json({{"text", kDepeche}}).dump() + "\n";
  WriteFile(tmp_ / "flux.jsonl", jsonl);
  WriteFile(tmp_ / "flux.jsonl.gz", Gzip(jsonl));
  WriteFile(tmp_ / "note.txt", kBreve);  // a text file beside it stays one document
  const RunResult r =
      Run(Q(tmp_ / "flux.jsonl") + " " + Q(tmp_ / "flux.jsonl.gz") + " " + Q(tmp_ / "note.txt"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto records = r.records();
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[0]["id"], "a1");
  EXPECT_EQ(records[1]["id"], 2);
  EXPECT_EQ(records[1]["line"], 2);
  EXPECT_EQ(records[3]["path"], (tmp_ / "flux.jsonl.gz").string());
  EXPECT_EQ(WithoutId(records[3]), WithoutId(records[1]));
  EXPECT_EQ(records[4]["id"], (tmp_ / "note.txt").string());
  EXPECT_FALSE(records[4].contains("line"));
}

TEST_F(Cli, InJsonlModeAFolderMeansItsJsonlFiles) {
  WriteFile(tmp_ / "in" / "b.jsonl", json({{"text", kBreve}}).dump() + "\n");
  WriteFile(tmp_ / "in" / "a" / "c.jsonl.zst", Zstd(json({{"text", kBreve}}).dump() + "\n"));
  WriteFile(tmp_ / "in" / "d.jsonl.gz", Gzip(json({{"text", kBreve}}).dump() + "\n"));
  WriteFile(tmp_ / "in" / "e.txt", kBreve);  // not JSON Lines: not read in --jsonl mode
  RunResult r = Run("--jsonl " + Q(tmp_ / "in"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<std::string> paths;
  for (const json& rec : r.records()) paths.push_back(rec["path"]);
  const std::string base = (tmp_ / "in").string();
  EXPECT_EQ(paths, (std::vector<std::string>{base + "/a/c.jsonl.zst", base + "/b.jsonl",
                                             base + "/d.jsonl.gz"}));
  r = Run(Q(tmp_ / "in"));  // without --jsonl, a folder means its *.txt
  ASSERT_EQ(r.records().size(), 1u);
  EXPECT_EQ(r.records()[0]["path"], base + "/e.txt");
}

TEST_F(Cli, TextKeyNamesTheFieldThatHoldsTheText) {
  const std::string jsonl = json({{"corps", kBreve}, {"text", "autre"}}).dump() + "\n" +
                            json({{"text", kBreve}}).dump() + "\n";
  const RunResult r = Run("--jsonl --text-key corps", jsonl);
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["length"], 79);  // the text of "corps", not "autre"
  EXPECT_EQ(records[0]["meta"], json({{"text", "autre"}}));
  EXPECT_EQ(records[1]["error"]["code"], "missing_text");
  EXPECT_NE(records[1]["error"]["message"].get<std::string>().find("\"corps\""), std::string::npos);
}

// ---- Provenance: path and line on every record; id and meta byte for byte ----

TEST_F(Cli, TwoFilesWithoutIdsAreToldApartByPathAndLine) {
  WriteFile(tmp_ / "lundi.jsonl", Line(kBreve) + "\n" + Line(kDepeche));
  WriteFile(tmp_ / "mardi.jsonl", Line(kDepeche) + "{\"text\": 3}\n");
  const RunResult r = Run(Q(tmp_ / "lundi.jsonl") + " " + Q(tmp_ / "mardi.jsonl"));
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), 4u);
  const std::vector<std::pair<std::string, int>> expected = {
      {"lundi.jsonl", 1}, {"lundi.jsonl", 3}, {"mardi.jsonl", 1}, {"mardi.jsonl", 2}};
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(records[i]["path"], (tmp_ / expected[i].first).string());
    EXPECT_EQ(records[i]["line"], expected[i].second);
  }
  EXPECT_EQ(records[3]["error"]["code"], "missing_text");  // error records carry them too
}

TEST_F(Cli, TextDocumentsCarryTheirPathAndStdinIsDash) {
  WriteFile(tmp_ / "a.txt", kBreve);
  RunResult r = Run(Q(tmp_ / "a.txt") + " " + Q(tmp_ / "absent.txt"));
  auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["path"], (tmp_ / "a.txt").string());
  EXPECT_EQ(records[1]["path"], (tmp_ / "absent.txt").string());
  EXPECT_TRUE(records[1]["id"].is_null());
  r = Run("", kBreve);
  EXPECT_EQ(r.records().at(0)["path"], "-");
}

TEST_F(Cli, IdAndMetaAreEchoedByteForByte) {
  const std::string input =
      "{\"id\": 123456789012345678901234567890, \"text\": \"Bonjour.\", \"source\" : "
      "\"Agence \\u00e9clair\", \"z\": 1, \"a\": {\"y\": [1.50, 2e3, -0.0], \"b\": null}}\n"
      "{\"text\": \"Re.\", \"id\": \"d\\u00e9p\\u00eache-7\", \"score\": 1e-7}\n";
  const RunResult r = Run("--jsonl", input);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"id\":123456789012345678901234567890,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"meta\":{\"source\" : \"Agence \\u00e9clair\",\"z\": 1,\"a\": {\"y\": "
                       "[1.50, 2e3, -0.0], \"b\": null}}}\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"id\":\"d\\u00e9p\\u00eache-7\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"meta\":{\"score\": 1e-7}"), std::string::npos) << r.out;
}

TEST_F(Cli, MetaThatHoldsACarriageReturnIsCompactedToStayOnOneLine) {
  const RunResult r = Run("--jsonl", "{\"text\": \"Oui.\",\r\"m\": [1,\r 2, \"a b\"]}\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"meta\":{\"m\":[1,2,\"a b\"]}}\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\r'), std::string::npos);
}

// ---- Beyond one machine: --shard, GNU parallel ----

std::string Quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// A mixed input for the shard and parallel tests: JSONL files with and without ids, blank and
// bad lines, compressed members, text files, a missing file. Returns the shell arguments.
std::string MixedInput(const fs::path& dir) {
  std::string lundi, mardi;
  for (int i = 0; i < 23; ++i) {
    lundi +=
        i % 7 == 3 ? "\n" : (i % 5 == 4 ? "{\"text\": 12}\n" : Line(i % 2 ? kBreve : kDepeche));
    mardi += json({{"id", "m" + std::to_string(i)}, {"text", kBreve}, {"rang", i}}).dump() + "\n";
  }
  WriteFile(dir / "lundi.jsonl", lundi);
  WriteFile(dir / "mardi.jsonl.gz", Gzip(mardi));
  WriteFile(dir / "textes" / "a.txt", kDepeche);
  WriteFile(dir / "textes" / "b.txt.zst", Zstd(kBreve));
  WriteFile(dir / "textes" / "c.txt", kBreve);
  return Quoted(dir / "lundi.jsonl") + " " + Quoted(dir / "textes") + " " +
         Quoted(dir / "absent.txt") + " " + Quoted(dir / "mardi.jsonl.gz");
}

// Records sorted by (path, line), as text lines.
std::vector<std::string> SortedByPathAndLine(const std::string& out) {
  RunResult r;
  r.out = out;
  std::vector<std::pair<std::pair<std::string, uint64_t>, std::string>> keyed;
  for (const json& rec : r.records())
    keyed.push_back({{rec["path"], rec.value("line", uint64_t{0})}, rec.dump()});
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::string> lines;
  for (auto& k : keyed) lines.push_back(std::move(k.second));
  return lines;
}

TEST_F(Cli, ShardsTogetherAreExactlyTheRecordsOfOneRun) {
  const std::string inputs = MixedInput(tmp_);
  const RunResult whole = Run("-q " + inputs);
  EXPECT_EQ(whole.status, 1);  // the missing file and the bad lines
  ASSERT_GT(whole.records().size(), 40u);
  for (const int n : {1, 3, 4}) {
    SCOPED_TRACE(n);
    std::string together;
    std::vector<std::vector<std::string>> parts(n);
    for (int i = 0; i < n; ++i) {
      const RunResult shard =
          Run("-q --shard " + std::to_string(i) + "/" + std::to_string(n) + " " + inputs);
      EXPECT_LE(shard.status, 1);
      together += shard.out;
      std::istringstream lines(shard.out);
      for (std::string line; std::getline(lines, line);) parts[i].push_back(line + "\n");
    }
    EXPECT_EQ(SortedByPathAndLine(together), SortedByPathAndLine(whole.out));
    // Shard i holds documents i, i+N, ...: taken in turn, they are one run, byte for byte
    // (README: paste -d '\n').
    std::string interleaved;
    for (size_t k = 0; k < parts[0].size(); ++k)
      for (int i = 0; i < n; ++i)
        if (k < parts[i].size()) interleaved += parts[i][k];
    EXPECT_TRUE(interleaved == whole.out);
  }
  // The shards of a JSONL stream on stdin keep its line numbers.
  std::string stream;
  for (int i = 0; i < 10; ++i) stream += Line(kBreve);
  const RunResult second = Run("--jsonl --shard 1/3", stream);
  std::vector<uint64_t> lines;
  for (const json& rec : second.records()) lines.push_back(rec["line"]);
  EXPECT_EQ(lines, (std::vector<uint64_t>{2, 5, 8}));
}

TEST_F(Cli, ABadShardIsAUsageError) {
  for (const char* bad : {"3/3", "1/0", "a/2", "1", "-1/2", "/2", "1/"}) {
    const RunResult r = Run(std::string("--shard ") + bad, kBreve);
    EXPECT_EQ(r.status, 2) << bad;
    EXPECT_NE(r.err.find("--shard"), std::string::npos) << r.err;
  }
}

TEST_F(Cli, LineOffsetNumbersAChunkFromWhereItStarts) {
  const RunResult r = Run("--jsonl --line-offset 100", Line(kBreve) + "\n{}\n");
  EXPECT_EQ(r.status, 1);
  const auto records = r.records();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0]["line"], 101);
  EXPECT_EQ(records[0]["id"], 101);
  EXPECT_EQ(records[1]["line"], 103);
  EXPECT_NE(r.err.find("-:103: "), std::string::npos) << r.err;
}

TEST_F(Cli, TheGnuParallelRecipesWriteWhatOneProcessWrites) {
  if (RunScript("command -v parallel >/dev/null") != 0) GTEST_SKIP() << "GNU parallel missing";
  std::string stream;
  for (int i = 0; i < 60; ++i) {
    if (i % 13 == 7) {
      stream += "{\"text\": \"tronqué\n";
    } else if (i % 4 == 1) {
      stream += json({{"id", "d" + std::to_string(i)}, {"text", kBreve}}).dump() + "\n";
    } else {
      stream += Line(i % 3 ? kBreve : kDepeche);
    }
  }
  WriteFile(tmp_ / "flux.jsonl", stream);
  // README, "Beyond one machine": chunks of N lines, each numbered from its first line; and
  // chunks of a size in bytes, whose line numbers restart in each chunk.
  ASSERT_EQ(
      RunScript("\"$SELON\" -q --jsonl < " + Q(tmp_ / "flux.jsonl") + " > " + Q(tmp_ / "one") +
                "\nparallel -j 2 --pipe -N 7 -k \"$SELON\" -q --jsonl " +
                "--line-offset '$(( ({#} - 1) * 7 ))' < " + Q(tmp_ / "flux.jsonl") + " > " +
                Q(tmp_ / "lines") + "\nparallel -j 2 --pipe --block 2k -k \"$SELON\" -q " +
                "--jsonl < " + Q(tmp_ / "flux.jsonl") + " > " + Q(tmp_ / "blocks") + "\nexit 0"),
      0);
  const std::string one = ReadFile(tmp_ / "one");
  ASSERT_FALSE(one.empty());
  EXPECT_TRUE(ReadFile(tmp_ / "lines") == one);  // byte for byte
  // --block: the same records but for the line numbers, and the ids that default to them.
  RunResult whole, blocks;
  whole.out = one;
  blocks.out = ReadFile(tmp_ / "blocks");
  auto strip = [](std::vector<json> records) {
    for (json& r : records) {
      r.erase("line");
      if (r["id"].is_number()) r.erase("id");
      if (r.contains("error")) r["error"].erase("line"), r["error"].erase("message");
    }
    return records;
  };
  ASSERT_EQ(blocks.records().size(), whole.records().size());
  EXPECT_TRUE(strip(blocks.records()) == strip(whole.records()));
  EXPECT_FALSE(blocks.out == one);
}

}  // namespace
