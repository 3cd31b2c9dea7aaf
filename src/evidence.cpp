#include "evidence.h"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

#include "internal/chars.h"
#include "internal/evidence_word_image.h"
#include "internal/first_name_files.h"
#include "internal/first_name_table.h"
#include "internal/flat_table.h"
#include "internal/strings.h"
#include "internal/tsv.h"
#include "selon/document.h"

namespace selon {
namespace {

uint32_t Gender(std::string_view g) {
  if (g == "M") return Evidence::kMale;
  if (g == "F") return Evidence::kFemale;
  return 0;
}

// INSEE births (1900-2022) below which a first name is left out: the rarest names in the
// register are mostly spelling variants and words (lexicons/README.md, thresholds).
constexpr uint64_t kMinFirstNameBirths = 50;

// About how many first-name rows the shipped files hold (both lists): reserved once.
constexpr size_t kFirstNamesExpected = 65536;

// About how many one-word entries the other lists give (10,000 at 12/2026): the table is sized
// once instead of rehashed as it grows.
constexpr size_t kSingleWordsExpected = 1 << 14;

}  // namespace

struct Evidence::Data {
  using Phrase = internal::EvidencePhrase;  // every token's folded key, and the classes
  // One-word entries, filled in place as the lists load (FlatKeyTable::Add) or read from the
  // compiled words.bin: the flat table the per-token lookups read, with no map beside it.
  internal::FlatKeyTable<uint32_t> single;
  internal::EvidencePhrases phrases;  // by first key
  // The first names: the compiled evidence/first_names.bin, or the same image built from the
  // TSV files (internal/first_name_table.h).
  internal::FirstNameTable first_names;
};

static_assert(Evidence::kFirstName == internal::kFirstNameClassBit &&
                  (Evidence::kFirstName | Evidence::kMale | Evidence::kFemale |
                   Evidence::kCommonWord) == internal::kFirstNameKnownClasses,
              "the first-name image holds these classes");
static_assert((Evidence::kOrgAdjective << 1) - 1 == internal::kEvidenceKnownClasses,
              "the word image holds these classes");

void Evidence::Add(std::string_view text, uint32_t classes) {
  // Most rows are one plain word: folded as Tokenize would, without a document.
  if (internal::IsPlainLatinWord(text)) {
    std::string key;
    FoldKey(text, &key);
    *data_->single.Add(key, 0).first |= classes;
    return;
  }
  const Document doc{std::string(text)};
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(doc.analysis_text(), &tokens, &keys);
  if (tokens.empty()) return;
  if (tokens.size() == 1) {
    *data_->single.Add(tokens[0].key(keys), 0).first |= classes;
    return;
  }
  Data::Phrase phrase{{}, classes};
  for (const Token& t : tokens) phrase.keys.emplace_back(t.key(keys));
  *data_->single.Add(phrase.keys[0], 0).first |= kPhraseStart;
  data_->phrases[phrase.keys[0]].push_back(std::move(phrase));
}

namespace {

// The first-name files of the evidence folder `dir`, in reading order.
std::vector<std::string> FirstNamePaths(const std::string& dir) {
  std::vector<std::string> paths;
  // (Paths as std::filesystem joins them: error messages name the file the user expects.)
  for (const char* file : internal::kFirstNameFiles)
    paths.push_back((std::filesystem::path(dir) / file).string());
  return paths;
}

// The files of internal::kEvidenceWordFiles in the evidence folder `dir`, in reading order.
std::vector<std::string> WordPaths(const std::string& dir) {
  std::vector<std::string> paths;
  for (const char* file : internal::kEvidenceWordFiles)
    paths.push_back((std::filesystem::path(dir) / file).string());
  return paths;
}

// Reads the first-name rows of `paths` (folded key, classes; a name in both lists twice).
Status ReadFirstNames(const std::vector<std::string>& paths,
                      std::vector<std::pair<std::string, uint32_t>>* rows) {
  using Fields = std::vector<std::string_view>;
  std::string key;  // reused: one buffer for the ~65,000 names
  rows->reserve(kFirstNamesExpected);
  for (const std::string& file : paths) {
    SELON_RETURN_IF_ERROR(
        internal::ForEachTsvRow(file, 0, {"name", "count", "source", "sex", "common_word"},
                                [&](const Fields& c, const internal::TsvReader&) {
                                  // Keep INSEE first names given at least kMinFirstNameBirths
                                  // times: rarer ones are mostly noise. Other sources are lists of
                                  // names, kept whole (their count is 0). (A count that is no
                                  // number counts 0.)
                                  uint64_t count = 0;
                                  std::from_chars(c[1].data(), c[1].data() + c[1].size(), count);
                                  if (c[2] == "insee" && count < kMinFirstNameBirths)
                                    return Status::Ok();
                                  uint32_t cls = Evidence::kFirstName | Gender(c[3]);
                                  if (c[4] == "1") cls |= Evidence::kCommonWord;
                                  key.clear();
                                  FoldKey(c[0], &key);
                                  rows->emplace_back(key, cls);
                                  return Status::Ok();
                                }));
  }
  return Status::Ok();
}

}  // namespace

Status Evidence::CompileFirstNames(const std::string& dir, std::string* image) {
  const std::vector<std::string> paths = FirstNamePaths(dir);
  uint64_t sources = 0;
  SELON_RETURN_IF_ERROR(internal::FirstNameTable::SourcesFingerprint(paths, &sources));
  std::vector<std::pair<std::string, uint32_t>> rows;
  SELON_RETURN_IF_ERROR(ReadFirstNames(paths, &rows));
  *image = internal::FirstNameTable::Compile(rows, sources);
  return Status::Ok();
}

Status Evidence::CompileWords(const std::string& dir, std::string* image) {
  uint64_t sources = 0;
  SELON_RETURN_IF_ERROR(internal::FirstNameTable::SourcesFingerprint(WordPaths(dir), &sources));
  Evidence e;
  SELON_RETURN_IF_ERROR(e.ParseWordLists(dir));
  *image = internal::CompileEvidenceWords(e.data_->single, e.data_->phrases, sources);
  return Status::Ok();
}

Status Evidence::Load(const std::string& dir, Evidence* evidence) {
  Evidence e;
  // (Paths as std::filesystem joins them: error messages name the file the user expects.)
  auto path = [&](const char* file) { return (std::filesystem::path(dir) / file).string(); };
  // The first names: the compiled table when it was compiled from the TSV files beside it, else
  // those files (the French register, then the names beyond it, first_names_world.tsv, GFDL:
  // its own file), read and compiled here into the same image.
  {
    const std::vector<std::string> paths = FirstNamePaths(dir);
    uint64_t sources = 0;
    SELON_RETURN_IF_ERROR(internal::FirstNameTable::SourcesFingerprint(paths, &sources));
    bool used = false;
    if (Status s = e.data_->first_names.Map(path(internal::kFirstNameImage), sources, &used);
        !s.ok() && s.code() != StatusCode::kNotFound)
      return s;
    if (!used) {
      std::vector<std::pair<std::string, uint32_t>> rows;
      SELON_RETURN_IF_ERROR(ReadFirstNames(paths, &rows));
      SELON_RETURN_IF_ERROR(
          e.data_->first_names.Attach(internal::FirstNameTable::Compile(rows, sources)));
    }
  }
  // The other lists: the compiled word table when it was compiled from the files beside it,
  // else those files.
  {
    uint64_t sources = 0;
    SELON_RETURN_IF_ERROR(internal::FirstNameTable::SourcesFingerprint(WordPaths(dir), &sources));
    bool used = false;
    if (Status s = internal::MapEvidenceWords(path(internal::kEvidenceWordImage), sources,
                                              &e.data_->single, &e.data_->phrases, &used);
        !s.ok() && s.code() != StatusCode::kNotFound)
      return s;
    if (!used) SELON_RETURN_IF_ERROR(e.ParseWordLists(dir));
  }
  *evidence = std::move(e);
  return Status::Ok();
}

Status Evidence::ParseWordLists(const std::string& dir) {
  using internal::ForEachTsvRow;
  using Fields = std::vector<std::string_view>;
  using internal::TsvReader;
  Evidence& e = *this;
  e.data_->single.Reserve(kSingleWordsExpected);
  auto path = [&](const char* file) { return (std::filesystem::path(dir) / file).string(); };
  SELON_RETURN_IF_ERROR(
      ForEachTsvRow(path("titles_roles.tsv"), 0, {"form", "category", "gender", "number"},
                    [&](const Fields& c, const TsvReader&) {
                      const std::string_view category = c[1];
                      uint32_t cls = Gender(c[2]) | (c[3] == "p" ? uint32_t{kPlural} : 0u);
                      if (category == "civility")
                        cls |= kCivility;
                      else if (category == "title" || category == "honorific")
                        cls |= kTitle | kRole;
                      else if (category == "role")
                        cls |= kRole;
                      else if (category == "family")
                        cls |= kFamily;
                      e.Add(c[0], cls);
                      return Status::Ok();
                    }));
  const struct {
    const char* file;
    uint32_t cls;
  } cues[] = {
      {"org_cues.tsv", kOrgCue}, {"product_cues.tsv", kProductCue}, {"place_cues.tsv", kPlaceCue}};
  for (const auto& cue : cues) {
    SELON_RETURN_IF_ERROR(
        ForEachTsvRow(path(cue.file), 0, {"form", "gender", "number", "heads"},
                      [&](const Fields& c, const TsvReader&) {
                        const bool plural = c[2] == "p";
                        uint32_t cls = cue.cls | Gender(c[1]) | (plural ? uint32_t{kPlural} : 0u);
                        if (!plural) {
                          for (std::string_view head : internal::Split(c[3], '|')) {
                            if (head == "name") cls |= kOrgHeadOfName;
                            if (head == "place") cls |= kOrgHeadOfPlace;
                          }
                        }
                        e.Add(c[0], cls);
                        return Status::Ok();
                      }));
  }
  // (Named members, not a structured binding: clang 14 cannot capture one in the lambda.)
  for (const auto& list : {std::pair<const char*, uint32_t>{"demonyms.tsv", kDemonym},
                           {"non_entities.tsv", kNonEntity},
                           {"org_adjectives.tsv", kOrgAdjective}}) {
    const uint32_t cls = list.second;
    SELON_RETURN_IF_ERROR(
        ForEachTsvRow(path(list.first), 0, {"form"}, [&](const Fields& c, const TsvReader&) {
          e.Add(c[0], cls);
          return Status::Ok();
        }));
  }
  return Status::Ok();
}

Evidence::Evidence() : data_(std::make_unique<Data>()) {}
Evidence::~Evidence() = default;
Evidence::Evidence(Evidence&&) noexcept = default;
Evidence& Evidence::operator=(Evidence&&) noexcept = default;

size_t Evidence::size() const {
  return data_ ? data_->single.size() + data_->first_names.size() : 0;
}

void Evidence::ForEachWord(const std::function<void(const std::string&, uint32_t, bool)>& f,
                           bool first_names) const {
  if (!data_) return;
  std::string name;  // one buffer for every key
  data_->single.ForEach([&](std::string_view key, uint32_t c) {
    name.assign(key);
    f(name, c, false);
  });
  if (!first_names) return;
  data_->first_names.ForEach([&](std::string_view key, uint32_t c) {
    name.assign(key);
    f(name, c, true);
  });
}

const internal::FlatKeyTable<uint32_t>* Evidence::word_table() const {
  return data_ ? &data_->single : nullptr;
}

uint32_t Evidence::Classes(std::string_view key, bool capitalized) const {
  if (!data_) return 0;
  // Both tables hash keys with FNV-1a: one hash serves the two.
  const uint64_t hash = internal::Fnv1a(key);
  const uint32_t* c = data_->single.Find(key, hash);
  uint32_t classes = c == nullptr ? 0 : *c;
  if (capitalized)
    if (const uint32_t* f = data_->first_names.Find(key, hash)) classes |= *f;
  return classes;
}

const uint32_t* Evidence::FirstNameClasses(std::string_view key) const {
  return data_ ? data_->first_names.Find(key) : nullptr;
}

const uint32_t* Evidence::FirstNameClasses(std::string_view key, uint64_t hash) const {
  return data_ ? data_->first_names.Find(key, hash) : nullptr;
}

uint32_t Evidence::LongestPhrase(const std::vector<Token>& tokens, std::string_view keys,
                                 uint32_t i, uint32_t classes, uint32_t* found) const {
  const std::string_view first = tokens[i].key(keys);
  uint32_t best = 0;
  // The word's classes without its first-name ones (kFirstNameKnownClasses at most, checked at
  // load), which are neither kPhraseStart nor, for the callers, one of `classes`: the large
  // first-name table is read below only when they could count.
  // (Classes(first, false) and, below, Classes(first), with the one hash both tables take.)
  const uint64_t hash = internal::Fnv1a(first);
  const uint32_t* w = data_->single.Find(first, hash);
  const uint32_t word = w == nullptr ? 0 : *w;
  auto it = (word & kPhraseStart) ? data_->phrases.find(first) : data_->phrases.end();
  if (it != data_->phrases.end()) {
    for (const Data::Phrase& p : it->second) {
      if (!(p.classes & classes) || p.keys.size() <= best || i + p.keys.size() > tokens.size())
        continue;
      bool ok = true;
      for (size_t k = 1; k < p.keys.size() && ok; ++k) ok = tokens[i + k].key(keys) == p.keys[k];
      if (ok) {
        best = static_cast<uint32_t>(p.keys.size());
        *found = p.classes;
      }
    }
  }
  if (best == 0 && ((word & classes) || (classes & internal::kFirstNameKnownClasses))) {
    const uint32_t* f = data_->first_names.Find(first, hash);
    const uint32_t single = word | (f == nullptr ? 0 : *f);
    if (single & classes) {
      *found = single;
      return 1;
    }
  }
  return best;
}

}  // namespace selon
