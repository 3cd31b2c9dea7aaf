#include "cli/eval_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include "eval/eval.h"
#include "selon/json_writer.h"

namespace selon::cli {
namespace fs = std::filesystem;

namespace {

using json = nlohmann::json;

constexpr size_t kMaxWarningsShown = 10;

// A gold problem, already worded "file:line: message"; becomes exit status 2.
struct LoadError {
  std::string message;
};

bool ReadWholeFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return !in.bad();
}

bool IsJsonGold(const fs::path& p) { return p.extension() == ".json" || p.extension() == ".jsonl"; }

// Loads one brat document: `txt` and its sibling .ann.
Status LoadBrat(const fs::path& txt, const TypeMap& map, std::vector<GoldDocument>* docs) {
  fs::path ann = txt;
  ann.replace_extension(".ann");
  GoldDocument doc;
  doc.id = txt.string();
  doc.path = txt.string();
  doc.source = ann.string();
  doc.has_entities = true;
  std::string ann_text;
  if (!ReadWholeFile(ann, &ann_text))
    return Status(StatusCode::kNotFound, ann.string() + ": cannot read the annotations");
  if (!ReadWholeFile(txt, &doc.text))
    return Status(StatusCode::kNotFound, txt.string() + ": cannot read the text");
  SELON_RETURN_IF_ERROR(ParseBratAnnotations(ann_text, ann.string(), map, &doc.entities));
  docs->push_back(std::move(doc));
  return Status::Ok();
}

// Every .txt below `dir` that has a sibling .ann, sorted.
std::vector<fs::path> BratFolder(const fs::path& dir) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().extension() != ".txt") continue;
    fs::path ann = it->path();
    ann.replace_extension(".ann");
    std::error_code e2;
    if (fs::is_regular_file(ann, e2)) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// The folder JSON gold "path"s are relative to: --root, else the gold file's
// folder; when the first document is not there, a sibling folder that holds it
// (claims-dev's paths are relative to the WiNER folder next to it).
fs::path TextRoot(const fs::path& gold, const std::string& root_flag,
                  const std::vector<GoldDocument>& docs) {
  if (!root_flag.empty()) return root_flag;
  fs::path base = gold.parent_path();
  if (base.empty()) base = ".";
  if (docs.empty()) return base;
  std::error_code ec;
  if (fs::exists(base / docs.front().path, ec)) return base;
  std::vector<fs::path> siblings;
  for (fs::directory_iterator it(base.parent_path().empty() ? "." : base.parent_path(), ec);
       !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_directory(ec)) siblings.push_back(it->path());
  std::sort(siblings.begin(), siblings.end());
  for (const fs::path& s : siblings) {
    if (fs::exists(s / docs.front().path, ec)) {
      std::cerr << "selon: eval: " << gold.string() << ": texts found under " << s.string()
                << " (--root chooses)\n";
      return s;
    }
  }
  return base;
}

// Loads JSON gold and the texts it points to. `entities`: keep the documents
// annotated with entities (else those with claims); a gold file with none of
// them is an error.
Status LoadJsonGold(const fs::path& gold, const EvalConfig& config, const TypeMap& map,
                    bool entities, std::vector<GoldDocument>* out) {
  std::string content;
  if (!ReadWholeFile(gold, &content))
    return Status(StatusCode::kNotFound, gold.string() + ": cannot read the gold file");
  std::vector<GoldDocument> docs;
  SELON_RETURN_IF_ERROR(ParseJsonGold(content, gold.string(), map, &docs));
  std::erase_if(docs,
                [&](const GoldDocument& d) { return entities ? !d.has_entities : !d.has_claims; });
  if (docs.empty())
    return Status(StatusCode::kDataError, gold.string() + ": no document annotated with " +
                                              (entities ? "\"entities\"" : "\"claims\""));
  const fs::path root = TextRoot(gold, config.root, docs);
  for (GoldDocument& d : docs) {
    const fs::path text = root / d.path;
    if (!ReadWholeFile(text, &d.text))
      return Status(StatusCode::kNotFound, d.source + ": cannot read the text " + text.string() +
                                               " (paths are relative to the gold file's "
                                               "folder, or to --root)");
    out->push_back(std::move(d));
  }
  return Status::Ok();
}

Status LoadGold(const EvalConfig& config, const TypeMap& map, std::vector<GoldDocument>* docs) {
  const bool entities = config.task == EvalConfig::Task::kEntities;
  std::vector<std::string> paths = config.paths;
  if (!config.list.empty()) {
    std::ifstream in(config.list);
    if (!in) return Status(StatusCode::kNotFound, config.list + ": cannot read the list");
    const fs::path root = config.root.empty() ? fs::path(".") : fs::path(config.root);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      paths.push_back((root / line).string());
    }
  }
  if (paths.empty())
    return Status(StatusCode::kInvalidArgument, "no gold given (see selon eval --help)");
  for (const std::string& p : paths) {
    const fs::path path(p);
    std::error_code ec;
    if (entities && fs::is_directory(path, ec)) {
      const std::vector<fs::path> found = BratFolder(path);
      if (found.empty())
        return Status(StatusCode::kNotFound, p + ": no .txt file with a sibling .ann below");
      for (const fs::path& txt : found) SELON_RETURN_IF_ERROR(LoadBrat(txt, map, docs));
    } else if (IsJsonGold(path)) {
      SELON_RETURN_IF_ERROR(LoadJsonGold(path, config, map, entities, docs));
    } else if (entities && (path.extension() == ".txt" || path.extension() == ".ann" ||
                            path.extension().empty())) {
      fs::path txt = path;
      txt.replace_extension(".txt");
      SELON_RETURN_IF_ERROR(LoadBrat(txt, map, docs));
    } else {
      return Status(StatusCode::kInvalidArgument,
                    p + ": expected " +
                        (entities ? "a brat folder, a .txt/.ann file or JSON "
                                    "gold (.json, .jsonl)"
                                  : "JSON gold (.json, .jsonl)"));
    }
    if (config.limit > 0 && docs->size() >= config.skip + config.limit) break;
  }
  docs->erase(docs->begin(), docs->begin() + static_cast<std::ptrdiff_t>(
                                                 std::min<uint64_t>(config.skip, docs->size())));
  if (config.limit > 0 && docs->size() > config.limit) docs->resize(config.limit);
  return Status::Ok();
}

// Analyses every document on `threads` workers and scores its record; `Report`
// is EntityReport or ClaimReport, merged in document order so the report never
// depends on the thread count.
template <typename Report, typename Score>
Report AnalyseAndScore(const std::vector<GoldDocument>& docs, const Pipeline& pipeline,
                       unsigned threads, Score score) {
  std::vector<Report> reports(docs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    const JsonWriter writer({OffsetUnit::kCodepoint, /*sentences=*/true, /*pretty=*/false});
    Analysis analysis;
    Pipeline::Workspace workspace;
    std::string out;
    for (size_t i = next++; i < docs.size(); i = next++) {
      const Document doc{std::string(docs[i].text)};
      pipeline.Analyze(doc, &analysis, &workspace);
      out.clear();
      const std::string id =
          json(docs[i].id).dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
      RecordOrigin origin;
      origin.id_json = id;
      writer.WriteResult(doc, analysis, origin, &out);
      const json record = json::parse(out, nullptr, /*allow_exceptions=*/false);
      reports[i] = score(docs[i], record.is_discarded() ? json::object() : record);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  Report total;
  for (const Report& r : reports) total.Merge(r);
  return total;
}

}  // namespace

CLI::App* AddEvalCommand(CLI::App* app, EvalConfig* config, std::string* data_dir) {
  CLI::App* eval = app->add_subcommand("eval",
                                       "Score selon against gold data: entities (brat "
                                       "folders, JSON gold) or claims "
                                       "(JSON gold)");
  eval->require_subcommand(1);
  eval->footer(R"(
Examples:
  selon eval entities ../shared/data/winer-fr-dev            brat folder (.txt + .ann)
  selon eval entities --errors --limit 50 corpus/             errors in context, 50 documents
  selon eval entities --list dev.txt --root corpus/           documents listed in dev.txt
  selon eval entities seed-gold.json                         JSON gold with "entities"
  selon eval claims --json claims-dev.jsonl                  JSON gold with "claims"
  selon eval claims --skip 50 claims-dev-2.jsonl             documents 51 and after

Exit status: 0 report printed; 2 usage error or bad gold file (named file:line).)");
  auto common = [&](CLI::App* sub) {
    sub->add_flag("--json", config->json, "Print the report as JSON");
    sub->add_flag("--errors", config->errors,
                  "List false positives and false negatives in context, grouped by type");
    sub->add_option("--skip", config->skip,
                    "Leave out the first N documents (with --limit: a slice, e.g. a check set)");
    sub->add_option("--limit", config->limit, "Score only the first N documents");
    sub->add_option("--root", config->root,
                    "Base folder of --list paths and of the \"path\"s in JSON "
                    "gold (default: "
                    "the gold file's folder)");
    sub->add_option("-j,--threads", config->threads, "Worker threads (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    sub->add_option("--data-dir", *data_dir, "Folder of lexicons and rules, as for extraction");
  };
  CLI::App* entities =
      eval->add_subcommand("entities", "Entity mentions: P/R/F1 per type, strict and lenient");
  entities->add_option("paths", config->paths,
                       "Brat folders (every .txt with a sibling .ann, recursively), .txt/.ann "
                       "files, or JSON gold files (.json, .jsonl) with \"entities\"");
  entities->add_option(
      "--type-map", config->type_map,
      "Gold type -> selon type, e.g. Person=PER,Organization=ORG,Product="
      "PRODUCT,Location=LOC (the default); other gold types are ignored, and so are "
      "predictions of a selon type the map does not name");
  entities->add_option("--list", config->list,
                       "File of document paths (one a line, relative to --root)");
  common(entities);
  entities->callback([config] { config->task = EvalConfig::Task::kEntities; });

  CLI::App* claims = eval->add_subcommand("claims",
                                          "Attributed claims: detection P/R/F1, speaker "
                                          "accuracy, end-to-end F1, IoU");
  claims
      ->add_option("gold", config->paths,
                   "JSON gold files (.jsonl one document a line, or one .json object)")
      ->required();
  common(claims);
  claims->callback([config] { config->task = EvalConfig::Task::kClaims; });
  return eval;
}

int RunEval(const EvalConfig& config, const Pipeline& pipeline) {
  TypeMap map = DefaultTypeMap();
  if (!config.type_map.empty()) {
    if (Status s = ParseTypeMap(config.type_map, &map); !s.ok()) {
      std::cerr << "selon: eval: --type-map: " << s.message() << "\n";
      return 2;
    }
  }
  // The selon types the gold can judge: predictions of other types are left out.
  std::set<std::string> scored_types;
  for (const auto& [gold_type, selon_type] : map) scored_types.insert(selon_type);
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<GoldDocument> docs;
  if (Status s = LoadGold(config, map, &docs); !s.ok()) {
    std::cerr << "selon: eval: " << s.message() << "\n";
    return 2;
  }
  std::vector<std::string> warnings;
  uint64_t bytes = 0;
  for (const GoldDocument& d : docs) {
    bytes += d.text.size();
    if (Status s = CheckGoldAgainstText(d, &warnings); !s.ok()) {
      std::cerr << "selon: eval: " << s.message() << "\n";
      return 2;
    }
  }
  for (size_t i = 0; i < warnings.size() && i < kMaxWarningsShown; ++i)
    std::cerr << "selon: eval: warning: " << warnings[i] << "\n";
  if (warnings.size() > kMaxWarningsShown)
    std::cerr << "selon: eval: " << warnings.size() - kMaxWarningsShown << " more warnings\n";

  unsigned threads =
      config.threads != 0 ? config.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, docs.size())));
  std::string out;
  if (config.task == EvalConfig::Task::kEntities) {
    const EntityReport report = AnalyseAndScore<EntityReport>(
        docs, pipeline, threads, [&](const GoldDocument& g, const json& record) {
          return ScoreEntities(g, record, config.errors, &scored_types);
        });
    out = config.json
              ? EntityReportJson(report, config.errors)
                        .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                    "\n"
              : FormatEntityReport(report) + (config.errors ? FormatErrors(report.errors) : "");
  } else {
    const ClaimReport report = AnalyseAndScore<ClaimReport>(
        docs, pipeline, threads, [&](const GoldDocument& g, const json& record) {
          return ScoreClaims(g, record, config.errors);
        });
    out = config.json
              ? ClaimReportJson(report, config.errors)
                        .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
                    "\n"
              : FormatClaimReport(report) + (config.errors ? FormatErrors(report.errors) : "");
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "selon: eval: %zu documents, %.1f MB in %.2f s (%u threads)\n", docs.size(),
               bytes / 1e6, seconds, threads);
  return 0;
}

}  // namespace selon::cli
