#include "cli/lexicon_command.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>

#include "claims.h"
#include "evidence.h"
#include "internal/atomic_file.h"
#include "internal/evidence_word_image.h"
#include "internal/first_name_files.h"
#include "internal/lexicon_trie.h"
#include "internal/lexicon_trie_inl.h"
#include "selon/lexicon.h"
#include "selon/tokenizer.h"

namespace selon::cli {
namespace {

const char* PolicyName(MatchPolicy p) {
  switch (p) {
    case MatchPolicy::kFold:
      return "fold (any case; the text must show a capital or digit)";
    case MatchPolicy::kCapitalized:
      return "cap (capitalized as in the name; not alone at sentence start)";
    case MatchPolicy::kExact:
      return "exact (same characters)";
  }
  return "";
}

// The TSV sources of a data folder: its *.tsv (the compiled file is not checkable).
std::vector<std::string> SourceFiles(const std::string& data_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(data_dir, ec))
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

int Compile(const Config& config) {
  Lexicon lexicon;
  if (Status s = Lexicon::CompileFiles(config.lexicon_args, &lexicon); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  if (Status s = lexicon.Save(config.output); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  std::cerr << "selon: " << lexicon.entry_count() << " entries, " << lexicon.name_count()
            << " names -> " << config.output << "\n";
  return 0;
}

// selon lexicon compile-first-names FOLDER -o FILE: the first-name table of an evidence folder
// (one that holds neither list is an error: a mistyped folder would give an empty table).
int CompileFirstNames(const Config& config) {
  const std::string& folder = config.lexicon_args.at(0);
  std::error_code ec;
  bool any = false;
  for (const char* file : internal::kFirstNameFiles)
    any = any || std::filesystem::is_regular_file(std::filesystem::path(folder) / file, ec);
  if (!any) {
    std::cerr << "selon: " << folder << ": no first-name list (" << internal::kFirstNameFiles[0]
              << ", " << internal::kFirstNameFiles[1] << ")\n";
    return 2;
  }
  std::string image;
  Status s = Evidence::CompileFirstNames(folder, &image);
  if (s.ok()) s = internal::WriteFileAtomically(config.output, image);
  if (!s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  std::cerr << "selon: " << image.size() << " bytes -> " << config.output << "\n";
  return 0;
}

// selon lexicon compile-cues FOLDER -o FILE: the claims' cue image of a data folder (its cues/
// and evidence/; one without cues/ is an error, as a load would be).
int CompileCues(const Config& config) {
  std::string image;
  Status s = ClaimExtractor::CompileCues(config.lexicon_args.at(0), &image);
  if (s.ok()) s = internal::WriteFileAtomically(config.output, image);
  if (!s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  std::cerr << "selon: " << image.size() << " bytes -> " << config.output << "\n";
  return 0;
}

// selon lexicon compile-evidence-words FOLDER -o FILE: the word table of an evidence folder's
// lists but the first names (a folder that holds none of them is an error: a mistyped folder
// would give an empty table).
int CompileEvidenceWords(const Config& config) {
  const std::string& folder = config.lexicon_args.at(0);
  std::error_code ec;
  bool any = false;
  for (const char* file : internal::kEvidenceWordFiles)
    any = any || std::filesystem::is_regular_file(std::filesystem::path(folder) / file, ec);
  if (!any) {
    std::cerr << "selon: " << folder << ": no evidence list (" << internal::kEvidenceWordFiles[0]
              << ", …)\n";
    return 2;
  }
  std::string image;
  Status s = Evidence::CompileWords(folder, &image);
  if (s.ok()) s = internal::WriteFileAtomically(config.output, image);
  if (!s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  std::cerr << "selon: " << image.size() << " bytes -> " << config.output << "\n";
  return 0;
}

int Check(const Config& config, const std::string& data_dir) {
  std::vector<std::string> files = config.lexicon_args;
  if (files.empty() && !data_dir.empty()) files = SourceFiles(data_dir);
  if (files.empty()) {
    std::cerr << "selon: no lexicon to check (give TSV files or --data-dir)\n";
    return 2;
  }
  Lexicon lexicon;
  std::vector<std::string> warnings;
  if (Status s = Lexicon::CompileFiles(files, &lexicon, &warnings); !s.ok()) {
    std::cerr << "selon: " << s.message() << "\n";
    return 2;
  }
  for (const std::string& w : warnings) std::cout << w << "\n";
  std::cerr << "selon: " << files.size() << " files, " << lexicon.entry_count() << " entries, "
            << lexicon.name_count() << " names, " << warnings.size() << " problems\n";
  return warnings.empty() ? 0 : 1;
}

int Lookup(const Config& config, const Pipeline& pipeline) {
  std::string name;
  for (const std::string& word : config.lexicon_args) name += (name.empty() ? "" : " ") + word;
  const Document doc{std::string(name)};
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(doc.analysis_text(), &tokens, &keys);
  std::cout << "name: " << name << "\nkeys:";
  for (const Token& t : tokens) std::cout << " [" << t.key(keys) << "]";
  std::cout << "\n";
  int found = 0;
  const auto& lexicons = pipeline.lexicons();
  for (size_t l = 0; l < lexicons.size(); ++l) {
    const Lexicon& lex = *lexicons[l];
    const internal::LexiconTrie trie(lex);
    uint32_t node = internal::kRoot;
    for (const Token& t : tokens) {
      const uint32_t id = trie.TokenId(t.key(keys));
      node = id == internal::kNoToken ? internal::kNoNode : trie.Child(node, id);
      if (node == internal::kNoNode) break;
    }
    if (node == internal::kNoNode || tokens.empty()) continue;
    for (const internal::LexiconName* n = trie.NamesBegin(node); n != trie.NamesEnd(node); ++n) {
      ++found;
      std::string surface(trie.Surface(*n));
      for (char& c : surface)
        if (c == '\x1f') c = ' ';
      std::cout << "  " << EntityTypeName(lex.EntryType(n->entry)) << "  " << lex.EntryId(n->entry)
                << "  " << lex.EntryName(n->entry) << "\n    as '" << surface << "', policy "
                << PolicyName(n->policy) << ", priority " << lex.EntryPriority(n->entry) << "\n";
      if (n->flags & internal::kLowerHead) std::cout << "    its first word may be lower case\n";
      if (n->flags & internal::kStartOk) std::cout << "    may open a sentence alone\n";
      if (n->flags & internal::kAfterArticle)
        std::cout << "    only after du/au/des/aux, or after le/la/les/l' once named in full"
                  << ((n->flags & internal::kElidedArticle) ? " (the mention takes in l')" : "")
                  << "\n";
      if (lex.EntryFlags(n->entry) & kEntryService)
        std::cout << "    a service: ORG in a document where it speaks\n";
      std::cout << "    from " << lex.EntrySource(n->entry) << " (lexicon " << l + 1 << ")\n";
    }
  }
  if (found == 0) std::cout << "  no lexicon entry has this name\n";
  return 0;
}

}  // namespace

int RunLexiconCommand(const Config& config, const std::string& data_dir, const Pipeline* pipeline) {
  switch (config.command) {
    case Command::kLexiconCompile:
      return Compile(config);
    case Command::kLexiconCompileFirstNames:
      return CompileFirstNames(config);
    case Command::kLexiconCompileCues:
      return CompileCues(config);
    case Command::kLexiconCompileEvidenceWords:
      return CompileEvidenceWords(config);
    case Command::kLexiconCheck:
      return Check(config, data_dir);
    case Command::kLexiconLookup:
      return Lookup(config, *pipeline);
    default:
      return 2;
  }
}

}  // namespace selon::cli
