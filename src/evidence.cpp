#include "selon/evidence.h"

#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "internal/flat_table.h"
#include "internal/strings.h"
#include "selon/document.h"

namespace selon {
namespace {

uint32_t Gender(std::string_view g) {
  if (g == "M") return Evidence::kMale;
  if (g == "F") return Evidence::kFemale;
  return 0;
}

// Reads a TSV with a header; calls `row(columns by name)` for each data line.
template <typename Row>
Status ReadTsv(const std::filesystem::path& path, Row row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Ok();  // optional file
  std::string line;
  std::vector<std::string> header;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> cols = internal::Split(line, '\t');
    if (header.empty()) {
      for (std::string_view c : cols) header.emplace_back(c);
      continue;
    }
    if (cols.size() != header.size())
      return Status(StatusCode::kDataError, path.string() + ":" + std::to_string(n) +
                                                ": expected " + std::to_string(header.size()) +
                                                " columns, got " + std::to_string(cols.size()));
    auto get = [&](std::string_view name) -> std::string_view {
      for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return cols[i];
      return {};
    };
    row(get);
  }
  return Status::Ok();
}

}  // namespace

struct Evidence::Data {
  struct Phrase {
    std::vector<std::string> keys;  // every token's folded key
    uint32_t classes;
  };
  template <typename Value>
  using Map = std::unordered_map<std::string, Value, internal::StringHash, std::equal_to<>>;
  Map<uint32_t> single, first_names;
  Map<std::vector<Phrase>> phrases;                                // by first key
  internal::FlatKeyTable<uint32_t> flat_single, flat_first_names;  // built by Freeze()
};

void Evidence::Add(std::string_view text, uint32_t classes) {
  const Document doc{std::string(text)};
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(doc.analysis_text(), &tokens, &keys);
  if (tokens.empty()) return;
  if (tokens.size() == 1) {
    data_->single[std::string(tokens[0].key(keys))] |= classes;
    return;
  }
  Data::Phrase phrase{{}, classes};
  for (const Token& t : tokens) phrase.keys.emplace_back(t.key(keys));
  data_->single[phrase.keys[0]] |= kPhraseStart;
  data_->phrases[phrase.keys[0]].push_back(std::move(phrase));
}

Status Evidence::Load(const std::string& dir, Evidence* evidence) {
  namespace fs = std::filesystem;
  Evidence e;
  const fs::path d(dir);
  SELON_RETURN_IF_ERROR(ReadTsv(d / "first_names.tsv", [&](auto get) {
    const std::string_view name = get("name");
    // Keep first names given at least a few times: rarer ones are mostly noise.
    if (std::strtoull(std::string(get("count")).c_str(), nullptr, 10) < 50 &&
        get("source").find("cspell") == std::string_view::npos)
      return;
    uint32_t c = kFirstName | Gender(get("sex"));
    if (get("common_word") == "1") c |= kCommonWord;
    std::string key;
    FoldKey(name, &key);
    e.data_->first_names[key] |= c;
  }));
  SELON_RETURN_IF_ERROR(ReadTsv(d / "titles_roles.tsv", [&](auto get) {
    const std::string_view category = get("category");
    uint32_t c = Gender(get("gender")) | (get("number") == "p" ? uint32_t{kPlural} : 0u);
    if (category == "civility")
      c |= kCivility;
    else if (category == "title" || category == "honorific")
      c |= kTitle | kRole;
    else if (category == "role")
      c |= kRole;
    else if (category == "family")
      c |= kFamily;
    e.Add(get("form"), c);
  }));
  const struct {
    const char* file;
    uint32_t cls;
  } cues[] = {
      {"org_cues.tsv", kOrgCue}, {"product_cues.tsv", kProductCue}, {"place_cues.tsv", kPlaceCue}};
  for (const auto& cue : cues) {
    SELON_RETURN_IF_ERROR(ReadTsv(d / cue.file, [&](auto get) {
      const bool plural = get("number") == "p";
      uint32_t c = cue.cls | Gender(get("gender")) | (plural ? uint32_t{kPlural} : 0u);
      if (!plural) {
        for (std::string_view head : internal::Split(get("heads"), '|')) {
          if (head == "name") c |= kOrgHeadOfName;
          if (head == "place") c |= kOrgHeadOfPlace;
        }
      }
      e.Add(get("form"), c);
    }));
  }
  SELON_RETURN_IF_ERROR(
      ReadTsv(d / "demonyms.tsv", [&](auto get) { e.Add(get("form"), kDemonym); }));
  SELON_RETURN_IF_ERROR(
      ReadTsv(d / "non_entities.tsv", [&](auto get) { e.Add(get("form"), kNonEntity); }));
  e.Freeze();
  *evidence = std::move(e);
  return Status::Ok();
}

Evidence::Evidence() : data_(std::make_unique<Data>()) {}
Evidence::~Evidence() = default;
Evidence::Evidence(Evidence&&) noexcept = default;
Evidence& Evidence::operator=(Evidence&&) noexcept = default;

void Evidence::Freeze() {
  data_->flat_single.Build({data_->single.begin(), data_->single.end()});
  data_->flat_first_names.Build({data_->first_names.begin(), data_->first_names.end()});
}

size_t Evidence::size() const {
  return data_ ? data_->single.size() + data_->first_names.size() : 0;
}

void Evidence::ForEachWord(const std::function<void(const std::string&, uint32_t, bool)>& f) const {
  if (!data_) return;
  for (const auto& [key, c] : data_->single) f(key, c, false);
  for (const auto& [key, c] : data_->first_names) f(key, c, true);
}

uint32_t Evidence::Classes(std::string_view key, bool capitalized) const {
  if (!data_) return 0;
  const uint32_t* c = data_->flat_single.Find(key);
  uint32_t classes = c == nullptr ? 0 : *c;
  if (capitalized)
    if (const uint32_t* f = data_->flat_first_names.Find(key)) classes |= *f;
  return classes;
}

uint32_t Evidence::LongestPhrase(const std::vector<Token>& tokens, std::string_view keys,
                                 uint32_t i, uint32_t classes, uint32_t* found) const {
  const std::string_view first = tokens[i].key(keys);
  uint32_t best = 0;
  const uint32_t single = Classes(first);
  auto it = (single & kPhraseStart) ? data_->phrases.find(first) : data_->phrases.end();
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
  if (best == 0 && (single & classes)) {
    *found = single;
    return 1;
  }
  return best;
}

}  // namespace selon
