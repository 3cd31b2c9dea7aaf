#include "cli/config.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <thread>
#include <utility>
#include <vector>

#include "cli/data_dir.h"

namespace selon::cli {
namespace {

constexpr const char* kExamples = R"(
Examples:
  selon article.txt                       one document, one JSON line
  selon --pretty samples/depeche-tech.txt indented, for reading
  selon articles/ > out.jsonl             every *.txt under articles/, sorted, in order
  cat archive.jsonl | selon --jsonl | jq -c '.entities'
  selon --jsonl -j 8 --offsets utf16 archive.jsonl
  selon 2024-*.jsonl.gz > out.jsonl       JSON Lines files, decompressed on the fly
  selon --shard 0/4 archive/ > part-0.jsonl  one process of four (0/4 ... 3/4)
  selon --format html articles/ > report.html  one page to read: who says what, marked text
  selon tokenize --pretty article.txt     tokens and sentences, to see the text layer
  selon --format text article.txt         claims and entities as readable lines
  selon -j 2 --format tsv --rows claims archive/ | cut -f5 | sort | uniq -c | sort -rn | head
  selon summary archive/                  totals, top entities, speakers and sources
  selon summary --from-jsonl out.jsonl    the same from selon's own JSON Lines output

Exit status: 0 every document processed; 1 some documents produced error records (see
stderr); 2 usage or configuration error; 3 output could not be written; 130 / 143 stopped by
SIGINT / SIGTERM (the records already read are written whole).)";

void AddLexiconOptions(CLI::App* app, Config* config) {
  app->add_option("--lexicon", config->lexicons,
                  "Add a lexicon (TSV, or compiled by `selon lexicon compile`); repeatable; "
                  "matched before the shipped ones")
      ->allow_extra_args(false);  // one file per --lexicon, so inputs may follow
  app->add_flag("--no-default-lexicons", config->no_default_lexicons,
                "Do not load the shipped lexicons");
  app->add_option("--rules", config->rules,
                  "Add a rule file (lexicons/rules/README.md), or a folder: its *.rules; "
                  "repeatable; tried after the shipped rules")
      ->allow_extra_args(false);
}

// "I/N" with 0 <= I < N: the shard of --shard.
bool ParseShard(const std::string& text, uint64_t* index, uint64_t* count) {
  const size_t slash = text.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == text.size()) return false;
  const std::string i = text.substr(0, slash), n = text.substr(slash + 1);
  if (i.find_first_not_of("0123456789") != std::string::npos ||
      n.find_first_not_of("0123456789") != std::string::npos || i.size() > 9 || n.size() > 9)
    return false;
  *index = std::stoull(i);
  *count = std::stoull(n);
  return *count >= 1 && *index < *count;
}

void AddCommonOptions(CLI::App* app, Config* config, std::string* offsets, bool* progress_on,
                      bool* progress_off, std::string* shard) {
  app->add_option("inputs", config->inputs,
                  "Files (one document each; *.jsonl[.gz|.zst]: JSON Lines), directories "
                  "(every *.txt[.gz|.zst], recursively, sorted; with --jsonl every "
                  "*.jsonl[.gz|.zst]) or - for stdin; none reads stdin. gzip and zstd input "
                  "is decompressed");
  app->add_flag("--jsonl", config->jsonl,
                "Input is JSON Lines: one object per line with \"text\" (required), \"id\" "
                "(optional scalar) and other fields echoed under \"meta\"");
  app->add_option("--text-key", config->text_key,
                  "The JSONL field that holds the text (default: text)");
  app->add_flag("--pretty", config->pretty, "Indent the JSON output for humans");
  app->add_option("-j,--threads", config->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  app->add_option("--offsets", *offsets, "Offset unit: codepoint (default), byte or utf16")
      ->check(CLI::IsMember({"codepoint", "byte", "utf16"}));
  app->add_option("--max-doc-bytes", config->max_doc_bytes,
                  "Documents (or JSONL lines) larger than this get a too_large error record "
                  "(default 16777216, 16 MiB)")
      ->check(CLI::Range(uint64_t{1}, uint64_t{0xFFFFFFFFull - 1}));
  app->add_flag("--progress", *progress_on,
                "Show progress on stderr (default: when stderr is a terminal)");
  app->add_flag("--no-progress", *progress_off, "Never show progress");
  app->add_flag("-q,--quiet", config->quiet,
                "No per-document error messages, warnings or final summary on stderr (error "
                "records are still written; fatal errors are still reported)");
  app->add_flag("--line-buffered", config->line_buffered,
                "Write each record as soon as it is ready, for interactive pipes (default when "
                "stdout is a terminal); otherwise records leave in batches");
  app->add_option("--data-dir", config->data_dir,
                  "Folder of lexicons and rules (default: $SELON_DATA, else the installed or "
                  "build-tree data)");
  app->add_option("--shard", *shard,
                  "I/N: only documents whose 0-based position in the input is I modulo N "
                  "(0 <= I < N); paths and line numbers stay those of the whole input");
  app->add_option("--line-offset", config->line_offset,
                  "Number JSONL lines from N+1: for a chunk of a bigger stream, so that line "
                  "numbers (and default ids) are those of the whole stream")
      ->check(CLI::Range(uint64_t{0}, uint64_t{1} << 62));
  AddLexiconOptions(app, config);
}

// The values of --format, in the order --help lists them, and what each selects.
const std::vector<std::pair<std::string, OutputFormat>> kOutputFormats = {
    {"json", OutputFormat::kJson},
    {"html", OutputFormat::kHtml},
    {"text", OutputFormat::kText},
    {"tsv", OutputFormat::kTsv}};

// --rows and --color, the options of --format tsv and --format text.
struct ViewOptions {
  std::string rows;  // empty: not given
  std::string color = "auto";
};

void AddViewOptions(CLI::App* app, ViewOptions* options) {
  app->add_option("--rows", options->rows,
                  "With --format tsv: claims (default), entities or mentions");
  app->add_option("--color", options->color,
                  "Colour in --format text: auto (default: on a terminal, unless NO_COLOR is "
                  "set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

// Checks and stores --rows and --color; returns false after printing a usage error.
bool ApplyViewOptions(const ViewOptions& options, Config* config) {
  config->color = options.color == "always"  ? ColorMode::kAlways
                  : options.color == "never" ? ColorMode::kNever
                                             : ColorMode::kAuto;
  if (options.rows.empty()) return true;
  if (config->format != OutputFormat::kTsv) {
    std::cerr << "selon: --rows " << options.rows << " needs --format tsv (see selon --help)\n";
    return false;
  }
  if (!views::ParseTsvRows(options.rows, &config->rows)) {
    std::cerr << "selon: --rows: expected claims, entities or mentions, got '" << options.rows
              << "' (see selon --help)\n";
    return false;
  }
  return true;
}

}  // namespace

int ParseCommandLine(int argc, char** argv, Config* config) {
  CLI::App app(
      "selon: who is named in French news text, and who claims what, according to "
      "whom. Writes one JSON object per document (JSON Lines) on stdout.",
      "selon");
  app.footer(kExamples);
  app.set_version_flag("-V,--version", [] {
    return std::string("selon ") + SELON_VERSION +
           " (schema selon/1; data: " + DescribeDefaultDataDir() + ")";
  });
  std::string offsets = "codepoint";
  bool progress_on = false, progress_off = false;
  std::string shard;
  AddCommonOptions(&app, config, &offsets, &progress_on, &progress_off, &shard);
  app.add_flag("--sentences", config->sentences, "Add the sentences to each record");
  std::string format = "json";
  std::vector<std::string> format_names;
  for (const auto& [name, value] : kOutputFormats) format_names.push_back(name);
  app.add_option("--format", format,
                 "Output: json (default: one JSON record per line), html (one self-contained "
                 "page to read: who says what, the marked text, the entities; --pretty, "
                 "--sentences and --offsets then do not apply), text (claims and entities as "
                 "readable lines) or tsv (one row per item, see --rows)")
      ->check(CLI::IsMember(format_names));
  ViewOptions view_options;
  AddViewOptions(&app, &view_options);

  CLI::App* tokenize =
      app.add_subcommand("tokenize", "Print tokens and sentences: the text layer, per document");
  AddCommonOptions(tokenize, config, &offsets, &progress_on, &progress_off, &shard);

  CLI::App* lexicon = app.add_subcommand("lexicon", "Compile, check and query lexicons");
  lexicon->require_subcommand(1);
  CLI::App* compile = lexicon->add_subcommand(
      "compile", "Compile TSV lexicons into one binary file that loads instantly (--lexicon FILE)");
  compile->add_option("files", config->lexicon_args, "TSV lexicons")->required();
  compile->add_option("-o,--output", config->output, "Compiled file to write")->required();
  CLI::App* compile_first_names = lexicon->add_subcommand(
      "compile-first-names",
      "Compile an evidence folder's first-name lists into first_names.bin, which start-up maps "
      "instead of parsing them (done at build time)");
  compile_first_names->add_option("folder", config->lexicon_args, "The evidence folder")
      ->required()
      ->expected(1);
  compile_first_names->add_option("-o,--output", config->output, "Compiled file to write")
      ->required();
  CLI::App* compile_cues = lexicon->add_subcommand(
      "compile-cues",
      "Compile a data folder's reporting cues (cues/, with the nouns of evidence/) into "
      "cues/cues.bin, which start-up reads instead of parsing them (done at build time)");
  compile_cues->add_option("folder", config->lexicon_args, "The data folder")
      ->required()
      ->expected(1);
  compile_cues->add_option("-o,--output", config->output, "Compiled file to write")->required();
  CLI::App* compile_evidence_words = lexicon->add_subcommand(
      "compile-evidence-words",
      "Compile an evidence folder's lists but the first names into words.bin, which start-up "
      "reads instead of parsing them (done at build time)");
  compile_evidence_words->add_option("folder", config->lexicon_args, "The evidence folder")
      ->required()
      ->expected(1);
  compile_evidence_words->add_option("-o,--output", config->output, "Compiled file to write")
      ->required();
  CLI::App* check = lexicon->add_subcommand(
      "check", "Report duplicate ids, names with conflicting types and suspicious aliases");
  check->add_option("files", config->lexicon_args,
                    "TSV lexicons (default: the shipped sources in the data folder)");
  check->add_option("--data-dir", config->data_dir, "Folder of the shipped lexicons");
  CLI::App* lookup =
      lexicon->add_subcommand("lookup", "Show what a name matches in the loaded lexicons, and why");
  lookup->add_option("name", config->lexicon_args, "The name, e.g. \"New York Times\"")->required();
  lookup->add_option("--data-dir", config->data_dir, "Folder of lexicons and rules");
  AddLexiconOptions(lookup, config);

  CLI::App* summary = app.add_subcommand(
      "summary",
      "Totals, top entities, speakers (with gender when the text says it) and sources of an "
      "archive, in bounded memory");
  AddCommonOptions(summary, config, &offsets, &progress_on, &progress_off, &shard);
  summary->add_option("--from-jsonl", config->summary.from_jsonl,
                      "Read selon's own JSON Lines output (a file, or - for stdin) instead of "
                      "analysing documents");
  summary->add_flag("--json", config->summary.json, "One JSON object instead of the text table");
  summary->add_option("--top", config->summary.top, "Lines per ranking (default 10)")
      ->check(CLI::Range(size_t{1}, size_t{1000}));

  CLI::App* eval = AddEvalCommand(&app, &config->eval, &config->data_dir);
  for (CLI::App* sub : eval->get_subcommands([](CLI::App*) { return true; }))
    AddLexiconOptions(sub, config);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "selon: " << e.what() << " (see selon --help)\n";
    return 2;
  }
  if (tokenize->parsed()) config->command = Command::kTokenize;
  if (compile->parsed()) config->command = Command::kLexiconCompile;
  if (compile_first_names->parsed()) config->command = Command::kLexiconCompileFirstNames;
  if (compile_cues->parsed()) config->command = Command::kLexiconCompileCues;
  if (compile_evidence_words->parsed()) config->command = Command::kLexiconCompileEvidenceWords;
  if (check->parsed()) config->command = Command::kLexiconCheck;
  if (lookup->parsed()) config->command = Command::kLexiconLookup;
  if (eval->parsed()) config->command = Command::kEval;
  if (summary->parsed()) {
    config->command = Command::kSummary;
    if (!config->summary.from_jsonl.empty() && !config->inputs.empty()) {
      std::cerr << "selon: summary: --from-jsonl reads its file, not inputs (see selon --help)\n";
      return 2;
    }
  }
  config->unit = *ParseOffsetUnit(offsets);
  for (const auto& [name, value] : kOutputFormats) {
    if (name == format) config->format = value;
  }
  if (!ApplyViewOptions(view_options, config)) return 2;
  if (config->format != OutputFormat::kJson && config->command != Command::kExtract) {
    std::cerr << "selon: --format " << format << " applies to extraction only (see selon --help)\n";
    return 2;
  }
  if (progress_on && progress_off) {
    std::cerr << "selon: --progress and --no-progress are exclusive\n";
    return 2;
  }
  if (!shard.empty() && !ParseShard(shard, &config->shard_index, &config->shard_count)) {
    std::cerr << "selon: --shard: expected I/N with 0 <= I < N (e.g. 0/4 ... 3/4), got '" << shard
              << "' (see selon --help)\n";
    return 2;
  }
  config->progress =
      progress_on ? ProgressMode::kOn : (progress_off ? ProgressMode::kOff : ProgressMode::kAuto);
  if (config->threads == 0) config->threads = std::max(1u, std::thread::hardware_concurrency());
  return -1;
}

}  // namespace selon::cli
