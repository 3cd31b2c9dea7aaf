// Compiling TSV lexicons into the binary form of internal/lexicon_format.h.
//
// Each row gives an entry and its names (canonical name + aliases). Every name is normalized
// and tokenized exactly as documents are, so matching compares folded token keys. Names are
// inserted into a token trie; the trie and the token vocabulary are then laid out as
// open-addressing hash tables (load factor <= 0.5) in one buffer that Lexicon reads in place.
#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include "internal/lexicon_data.h"
#include "internal/strings.h"
#include "selon/document.h"
#include "selon/lexicon.h"
#include "selon/tokenizer.h"

namespace selon {
namespace {

using internal::EdgeSlot;
using internal::LexiconEntryRecord;
using internal::LexiconHeader;
using internal::VocabSlot;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool IsQid(std::string_view id) {
  if (id.size() < 2 || id[0] != 'Q') return false;
  return std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class Compiler {
 public:
  explicit Compiler(std::vector<std::string>* warnings) : warnings_(warnings) {}

  Status AddFile(const std::string& path);
  Status Finish(Lexicon::Data* data);

 private:
  struct PendingName {
    uint32_t entry;
    MatchPolicy policy;
    std::vector<std::string> keys;
    uint32_t capitalized;
    std::string surface;
    uint16_t flags = 0;  // LexiconNameFlags
  };

  Status AddRow(const std::string& where, const std::vector<std::string_view>& cols,
                const std::vector<int>& index);
  void AddName(uint32_t entry, std::string_view name, MatchPolicy policy, uint16_t flags,
               const std::string& where, bool is_alias);
  // A second spelling of a name `entry` already has under `keys`: the capitals both require
  // (`capitalized` masks intersected) and the more lenient of the two policies.
  void MergeSpelling(uint32_t entry, const std::vector<std::string>& keys, uint32_t capitalized,
                     MatchPolicy policy);
  uint32_t Intern(std::string_view s);
  void Warn(const std::string& message) {
    if (warnings_ != nullptr) warnings_->push_back(message);
  }

  std::vector<std::string>* warnings_;
  std::string strings_;
  std::unordered_map<std::string, uint32_t> interned_;
  std::vector<LexiconEntryRecord> entries_;
  std::vector<PendingName> names_;
  std::unordered_map<std::string, std::string> id_seen_;  // id -> where
  // Per folded name: the entries using it, for the conflicting-type check.
  std::unordered_map<std::string, std::vector<uint32_t>> entries_by_key_;
};

uint32_t Compiler::Intern(std::string_view s) {
  auto it = interned_.find(std::string(s));
  if (it != interned_.end()) return it->second;
  const uint32_t offset = static_cast<uint32_t>(strings_.size());
  strings_.append(s);
  interned_.emplace(std::string(s), offset);
  return offset;
}

Status Compiler::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, path + ": cannot open lexicon");
  std::string line;
  std::vector<int> index;  // column positions of id, type, name, aliases, attrs
  uint64_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const std::string where = path + ":" + std::to_string(line_number);
    std::string_view view = line;
    if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
    if (line_number == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    if (Trim(view).empty() || view.front() == '#') continue;
    const std::vector<std::string_view> cols = internal::Split(view, '\t');
    if (index.empty()) {  // the header line
      const char* wanted[] = {"id", "type", "name", "aliases", "attrs"};
      for (const char* w : wanted) {
        auto it = std::find(cols.begin(), cols.end(), std::string_view(w));
        index.push_back(it == cols.end() ? -1 : static_cast<int>(it - cols.begin()));
      }
      if (index[0] < 0 || index[1] < 0 || index[2] < 0)
        return Status(StatusCode::kDataError,
                      where + ": header must name the columns id, type and name (tab-separated)");
      continue;
    }
    SELON_RETURN_IF_ERROR(AddRow(where, cols, index));
  }
  if (index.empty())
    return Status(StatusCode::kDataError,
                  path + ": no header line (id, type, name, aliases, attrs)");
  return Status::Ok();
}

Status Compiler::AddRow(const std::string& where, const std::vector<std::string_view>& cols,
                        const std::vector<int>& index) {
  auto col = [&](int i) -> std::string_view {
    return index[i] >= 0 && static_cast<size_t>(index[i]) < cols.size() ? Trim(cols[index[i]])
                                                                        : std::string_view();
  };
  const int needed = *std::max_element(index.begin(), index.begin() + 3) + 1;
  if (static_cast<int>(cols.size()) < needed)
    return Status(StatusCode::kDataError, where + ": expected at least " + std::to_string(needed) +
                                              " tab-separated columns, got " +
                                              std::to_string(cols.size()));
  const std::string_view id = col(0), type_name = col(1), name = col(2);
  EntityType type;
  if (!ParseEntityType(type_name, &type))
    return Status(StatusCode::kDataError, where + ": unknown type '" + std::string(type_name) +
                                              "' (expected PER, ORG, PRODUCT, LOC or EVENT)");
  if (name.empty()) return Status(StatusCode::kDataError, where + ": empty name");
  if (id.empty()) return Status(StatusCode::kDataError, where + ": empty id");
  if (auto [it, inserted] = id_seen_.emplace(std::string(id), where); !inserted)
    Warn(where + ": duplicate id " + std::string(id) + " (first at " + it->second + ")");

  // attrs: key=value;key=value
  MatchPolicy policy = MatchPolicy::kFold;
  uint16_t flags = 0;
  uint8_t entry_flags = 0;
  std::set<std::string_view> cap_names, exact_names;
  uint64_t priority = 0;
  for (std::string_view kv : internal::Split(col(4), ';')) {
    kv = Trim(kv);
    if (kv.empty()) continue;
    const size_t eq = kv.find('=');
    if (eq == std::string_view::npos)
      return Status(StatusCode::kDataError,
                    where + ": attribute '" + std::string(kv) + "' is not key=value");
    const std::string_view key = kv.substr(0, eq), value = kv.substr(eq + 1);
    if (key == "case") {
      if (value == "fold")
        policy = MatchPolicy::kFold;
      else if (value == "cap")
        policy = MatchPolicy::kCapitalized;
      else if (value == "exact")
        policy = MatchPolicy::kExact;
      else
        return Status(StatusCode::kDataError,
                      where + ": case=" + std::string(value) + " (expected fold, cap or exact)");
    } else if (key == "cap") {
      for (std::string_view n : internal::Split(value, '|')) cap_names.insert(Trim(n));
    } else if (key == "exact") {
      for (std::string_view n : internal::Split(value, '|')) exact_names.insert(Trim(n));
    } else if (key == "service") {
      if (value != "1" || type != EntityType::kProduct)
        return Status(StatusCode::kDataError, where + ": service=" + std::string(value) +
                                                  " (expected service=1, on a PRODUCT)");
      entry_flags |= kEntryService;
    } else if (key == "kind" && value == "media") {
      entry_flags |= kEntryMedia;
    } else if (key == "kind" && (value == "commune" || value == "city" || value == "district")) {
      entry_flags |= kEntryTown;
    } else if (key == "start") {
      if (value != "ok")
        return Status(StatusCode::kDataError,
                      where + ": start=" + std::string(value) + " (expected start=ok)");
      flags |= internal::kStartOk;
    } else if (key == "head") {
      if (value != "lower")
        return Status(StatusCode::kDataError,
                      where + ": head=" + std::string(value) + " (expected head=lower)");
      flags |= internal::kLowerHead;
    } else if (key == "pop") {
      priority += std::min<uint64_t>(std::strtoull(std::string(value).c_str(), nullptr, 10),
                                     999'999'999ull);
    } else if (key == "src" && value.find("curated") != std::string_view::npos) {
      priority += 2'000'000'000ull;
    }
  }
  if (IsQid(id)) priority += 1'000'000'000ull;

  LexiconEntryRecord record{};
  record.id_offset = Intern(id);
  record.id_len = static_cast<uint32_t>(id.size());
  record.name_offset = Intern(name);
  record.name_len = static_cast<uint32_t>(name.size());
  record.source_offset = Intern(where);
  record.source_len = static_cast<uint32_t>(where.size());
  record.priority = static_cast<uint32_t>(std::min<uint64_t>(priority, 0xFFFFFFFFull));
  record.type = static_cast<uint8_t>(type);
  record.flags = entry_flags;
  const uint32_t entry = static_cast<uint32_t>(entries_.size());
  entries_.push_back(record);

  auto policy_of = [&](std::string_view n) {
    if (exact_names.count(n)) return MatchPolicy::kExact;
    if (cap_names.count(n)) return MatchPolicy::kCapitalized;
    return policy;
  };
  AddName(entry, name, policy_of(name), flags, where, false);
  for (std::string_view alias : internal::Split(col(3), '|')) {
    alias = Trim(alias);
    if (!alias.empty()) AddName(entry, alias, policy_of(alias), flags, where, true);
  }
  return Status::Ok();
}

void Compiler::AddName(uint32_t entry, std::string_view name, MatchPolicy policy, uint16_t flags,
                       const std::string& where, bool is_alias) {
  const Document doc{std::string(name)};
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(doc.analysis_text(), &tokens, &keys);
  if (tokens.empty() || tokens.size() > 255) {
    Warn(where + ": name '" + std::string(name) + "' has no tokens or too many; skipped");
    return;
  }
  PendingName pending{entry, policy, {}, 0, {}, 0};
  std::string joined;
  for (size_t i = 0; i < tokens.size(); ++i) {
    pending.keys.emplace_back(tokens[i].key(keys));
    if (i < 32 && tokens[i].has(kCapitalized)) pending.capitalized |= 1u << i;
    if (i > 0) pending.surface.push_back('\x1f');
    pending.surface.append(tokens[i].text(doc.analysis_text()));
    if (i > 0) joined.push_back(' ');
    joined.append(pending.keys.back());
  }
  if (is_alias && tokens.size() == 1 && joined.size() <= 2 && policy != MatchPolicy::kExact)
    Warn(where + ": short alias '" + std::string(name) +
         "' should have exact=" + std::string(name) + " (it would match any '" + joined + "')");
  std::vector<uint32_t>& users = entries_by_key_[joined];
  if (std::find(users.begin(), users.end(), entry) != users.end()) {
    // The same key twice in one entry ("République Tchèque|République tchèque", "Golfe
    // persique|golfe Persique"): a word must be capitalized only where every spelling has it,
    // and the more lenient policy holds.
    MergeSpelling(entry, pending.keys, pending.capitalized, policy);
    return;
  }
  for (uint32_t other : users) {
    if (entries_[other].type != entries_[entry].type) {
      Warn(
          where + ": name '" + std::string(name) + "' is also a " +
          EntityTypeName(static_cast<EntityType>(entries_[other].type)) + " (" +
          std::string(strings_.data() + entries_[other].source_offset, entries_[other].source_len) +
          ")");
      break;
    }
  }
  users.push_back(entry);
  // French contracts a leading article with a preposition ("au Monde", "du Figaro", "des
  // Échos"): the name also matches without it, capitalized.
  const std::string_view first = pending.keys.size() > 1 ? std::string_view(pending.keys[0]) : "";
  const bool article = first == "le" || first == "la" || first == "les" || first == "l'";
  PendingName stripped;
  if (article) {
    stripped.entry = entry;
    stripped.policy = policy == MatchPolicy::kFold ? MatchPolicy::kCapitalized : policy;
    stripped.flags = first == "l'" ? internal::kAfterArticle | internal::kElidedArticle
                                   : internal::kAfterArticle;
    stripped.keys.assign(pending.keys.begin() + 1, pending.keys.end());
    stripped.capitalized = pending.capitalized >> 1;
    stripped.surface = pending.surface.substr(pending.surface.find('\x1f') + 1);
  }
  if (tokens.size() >= 2) pending.flags |= flags & internal::kLowerHead;
  if (tokens.size() == 1) pending.flags |= flags & internal::kStartOk;
  names_.push_back(std::move(pending));
  if (article) {
    std::string stripped_key;
    for (const std::string& k : stripped.keys)
      stripped_key += (stripped_key.empty() ? "" : " ") + k;
    std::vector<uint32_t>& stripped_users = entries_by_key_[stripped_key];
    if (std::find(stripped_users.begin(), stripped_users.end(), entry) == stripped_users.end()) {
      stripped_users.push_back(entry);
      names_.push_back(std::move(stripped));
    } else {
      MergeSpelling(entry, stripped.keys, stripped.capitalized, stripped.policy);
    }
  }
}

void Compiler::MergeSpelling(uint32_t entry, const std::vector<std::string>& keys,
                             uint32_t capitalized, MatchPolicy policy) {
  for (size_t i = names_.size(); i-- > 0;) {
    PendingName& n = names_[i];
    if (n.entry != entry) {
      if (n.entry < entry) return;  // names of earlier entries: not found (cannot happen)
      continue;
    }
    if (n.keys != keys) continue;
    n.capitalized &= capitalized;
    if (static_cast<int>(policy) < static_cast<int>(n.policy)) n.policy = policy;
    return;
  }
}

uint32_t PowerOfTwoAtLeast(uint64_t n) {
  uint32_t p = 16;
  while (p < n) p <<= 1;
  return p;
}

Status Compiler::Finish(Lexicon::Data* data) {
  // Build the trie in memory.
  std::unordered_map<std::string, uint32_t> vocab;
  std::vector<std::string_view> vocab_keys;
  std::unordered_map<uint64_t, uint32_t> edges;
  std::vector<std::vector<internal::LexiconName>> node_names(1);
  for (const PendingName& n : names_) {
    uint32_t node = internal::kRoot;
    for (const std::string& key : n.keys) {
      auto [vit, vnew] = vocab.emplace(key, static_cast<uint32_t>(vocab.size()));
      if (vnew) vocab_keys.push_back(vit->first);
      const uint64_t edge_key = (uint64_t{node} << 32) | vit->second;
      auto [eit, enew] = edges.emplace(edge_key, static_cast<uint32_t>(node_names.size()));
      if (enew) node_names.emplace_back();
      node = eit->second;
    }
    internal::LexiconName name{};
    name.entry = n.entry;
    name.policy = n.policy;
    name.token_count = static_cast<uint8_t>(n.keys.size());
    name.flags = n.flags;
    name.capitalized = n.capitalized;
    name.surface = Intern(n.surface);
    name.surface_len = static_cast<uint32_t>(n.surface.size());
    node_names[node].push_back(name);
  }
  // Homonyms: the higher priority first, so a matcher can stop at the first acceptable one.
  for (auto& list : node_names) {
    std::stable_sort(list.begin(), list.end(),
                     [&](const internal::LexiconName& a, const internal::LexiconName& b) {
                       return entries_[a.entry].priority > entries_[b.entry].priority;
                     });
  }

  // Lay out the buffer.
  LexiconHeader h{};
  std::memcpy(h.magic, internal::kLexiconMagic, 8);
  h.version = internal::kLexiconVersion;
  h.entry_count = static_cast<uint32_t>(entries_.size());
  h.node_count = static_cast<uint32_t>(node_names.size());
  uint64_t name_total = 0;
  for (const auto& list : node_names) name_total += list.size();
  h.name_count = static_cast<uint32_t>(name_total);
  h.vocab_slots = PowerOfTwoAtLeast(vocab.size() * 2 + 1);
  h.edge_slots = PowerOfTwoAtLeast(edges.size() * 2 + 1);
  // The vocabulary's slots, placed before the string pool is frozen: each key goes into the pool
  // in slot order, so that ValidateLexicon, which hashes every key in slot order, reads the pool
  // forward instead of one cache miss per key (at 12/2026 a third of its time).
  const uint32_t vocab_mask = h.vocab_slots - 1;
  std::vector<uint32_t> slot_key(h.vocab_slots, internal::kNoToken);  // index in vocab_keys
  for (size_t t = 0; t < vocab_keys.size(); ++t) {
    uint32_t i = static_cast<uint32_t>(internal::HashKey(vocab_keys[t])) & vocab_mask;
    while (slot_key[i] != internal::kNoToken) i = (i + 1) & vocab_mask;
    slot_key[i] = static_cast<uint32_t>(t);
  }
  std::vector<uint32_t> key_offsets(vocab_keys.size());
  for (const uint32_t t : slot_key)
    if (t != internal::kNoToken) key_offsets[t] = Intern(vocab_keys[t]);

  auto align8 = [](uint64_t x) { return (x + 7) & ~uint64_t{7}; };
  uint64_t at = align8(sizeof(LexiconHeader));
  h.strings_offset = at;
  h.strings_size = strings_.size();
  at = align8(at + strings_.size());
  h.entries_offset = at;
  at = align8(at + entries_.size() * sizeof(LexiconEntryRecord));
  h.vocab_offset = at;
  at = align8(at + uint64_t{h.vocab_slots} * sizeof(VocabSlot));
  h.edges_offset = at;
  at = align8(at + uint64_t{h.edge_slots} * sizeof(EdgeSlot));
  h.nodes_offset = at;
  at = align8(at + (uint64_t{h.node_count} + 1) * sizeof(uint32_t));
  h.names_offset = at;
  at = align8(at + name_total * sizeof(internal::LexiconName));
  h.file_size = at;

  std::vector<char>& buf = data->owned;
  buf.assign(at, 0);
  std::memcpy(buf.data(), &h, sizeof h);
  std::memcpy(buf.data() + h.strings_offset, strings_.data(), strings_.size());
  if (!entries_.empty())  // (an empty vector's data() may be null, which memcpy may not get)
    std::memcpy(buf.data() + h.entries_offset, entries_.data(),
                entries_.size() * sizeof(LexiconEntryRecord));
  auto* vslots = reinterpret_cast<VocabSlot*>(buf.data() + h.vocab_offset);
  for (uint32_t i = 0; i < h.vocab_slots; ++i) vslots[i].token_id = internal::kNoToken;
  for (uint32_t i = 0; i < h.vocab_slots; ++i) {
    const uint32_t t = slot_key[i];
    if (t == internal::kNoToken) continue;
    const uint64_t hash = internal::HashKey(vocab_keys[t]);
    vslots[i] = {key_offsets[t], static_cast<uint32_t>(vocab_keys[t].size()),
                 vocab.at(std::string(vocab_keys[t])), static_cast<uint32_t>(hash >> 32)};
  }
  auto* eslots = reinterpret_cast<EdgeSlot*>(buf.data() + h.edges_offset);
  for (uint32_t i = 0; i < h.edge_slots; ++i) eslots[i].child = internal::kNoNode;
  for (const auto& [key, child] : edges) {
    const uint32_t node = static_cast<uint32_t>(key >> 32), token = static_cast<uint32_t>(key);
    uint32_t i = static_cast<uint32_t>(internal::HashEdge(node, token)) & (h.edge_slots - 1);
    while (eslots[i].child != internal::kNoNode) i = (i + 1) & (h.edge_slots - 1);
    eslots[i] = {node, token, child, 0};
  }
  auto* node_index = reinterpret_cast<uint32_t*>(buf.data() + h.nodes_offset);
  auto* out_names = reinterpret_cast<internal::LexiconName*>(buf.data() + h.names_offset);
  uint32_t written = 0;
  for (size_t n = 0; n < node_names.size(); ++n) {
    node_index[n] = written;
    for (const internal::LexiconName& name : node_names[n]) out_names[written++] = name;
  }
  node_index[node_names.size()] = written;
  return data->Attach(buf.data(), buf.size(), "compiled lexicon");
}

}  // namespace

Status Lexicon::CompileFiles(const std::vector<std::string>& tsv_paths, Lexicon* lexicon,
                             std::vector<std::string>* warnings) {
  Compiler compiler(warnings);
  for (const std::string& path : tsv_paths) SELON_RETURN_IF_ERROR(compiler.AddFile(path));
  auto data = std::make_unique<Data>();
  SELON_RETURN_IF_ERROR(compiler.Finish(data.get()));
  lexicon->data_ = std::move(data);
  return Status::Ok();
}

}  // namespace selon
