// Loading, saving and querying a compiled lexicon (format: internal/lexicon_format.h). Lookups
// read the tables without bounds checks: Attach validated them (lexicon_validation.cpp).
#include "selon/lexicon.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

#include "internal/atomic_file.h"
#include "internal/lexicon_data.h"
#include "internal/mapped_file.h"

namespace selon {

using internal::EdgeSlot;
using internal::kNoToken;
using internal::LexiconEntryRecord;
using internal::LexiconHeader;
using internal::LexiconName;
using internal::LexiconTrie;
using internal::VocabSlot;

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kProduct:
      return "PRODUCT";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kEvent:
      return "EVENT";
  }
  return "ORG";
}

bool ParseEntityType(std::string_view name, EntityType* type) {
  if (name == "PER")
    *type = EntityType::kPerson;
  else if (name == "ORG")
    *type = EntityType::kOrganization;
  else if (name == "PRODUCT")
    *type = EntityType::kProduct;
  else if (name == "LOC")
    *type = EntityType::kLocation;
  else if (name == "EVENT")
    *type = EntityType::kEvent;
  else
    return false;
  return true;
}

Lexicon::Data::~Data() {
  if (mapped != nullptr) munmap(const_cast<char*>(mapped), mapped_size);
}

Status Lexicon::Data::Attach(const char* bytes, size_t size, const std::string& origin) {
  if (Status s = internal::ValidateLexicon(bytes, size, &header); !s.ok())
    return Status(s.code(), origin + ": not a valid compiled lexicon (" + s.message() + ")");
  strings = bytes + header.strings_offset;
  entries = reinterpret_cast<const LexiconEntryRecord*>(bytes + header.entries_offset);
  vocab = reinterpret_cast<const VocabSlot*>(bytes + header.vocab_offset);
  edges = reinterpret_cast<const EdgeSlot*>(bytes + header.edges_offset);
  nodes = reinterpret_cast<const uint32_t*>(bytes + header.nodes_offset);
  names = reinterpret_cast<const LexiconName*>(bytes + header.names_offset);
  return Status::Ok();
}

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

Status Lexicon::Load(const std::string& path, Lexicon* lexicon) {
  internal::MappedFile file;
  SELON_RETURN_IF_ERROR(internal::MappedFile::Map(path, &file));
  if (file.size() == 0) return Status(StatusCode::kDataError, path + ": empty lexicon");
  auto data = std::make_unique<Data>();
  data->mapped = file.bytes();
  data->mapped_size = file.size();
  file.Release();  // unmapped by Data's destructor
  SELON_RETURN_IF_ERROR(data->Attach(data->mapped, data->mapped_size, path));
  lexicon->data_ = std::move(data);
  return Status::Ok();
}

Status Lexicon::LoadAny(const std::vector<std::string>& paths, Lexicon* lexicon) {
  if (paths.size() == 1) {
    std::ifstream in(paths[0], std::ios::binary);
    char magic[8] = {};
    in.read(magic, 8);
    if (in && std::memcmp(magic, internal::kLexiconMagic, 8) == 0) return Load(paths[0], lexicon);
  }
  return CompileFiles(paths, lexicon);
}

Status Lexicon::Save(const std::string& path) const {
  if (!data_) return Status(StatusCode::kInvalidArgument, "empty lexicon");
  const char* bytes = data_->mapped != nullptr ? data_->mapped : data_->owned.data();
  return internal::WriteFileAtomically(path, std::string_view(bytes, data_->header.file_size));
}

uint32_t LexiconTrie::TokenId(std::string_view key) const {
  return TokenId(key, internal::HashKey(key));
}

uint32_t LexiconTrie::TokenId(std::string_view key, uint64_t h) const {
  const Lexicon::Data& d = *data_;
  const uint32_t mask = d.header.vocab_slots - 1;
  const uint32_t h32 = static_cast<uint32_t>(h >> 32);
  for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
    const VocabSlot& slot = d.vocab[i];
    if (slot.token_id == kNoToken) return kNoToken;
    if (slot.hash == h32 && slot.key_len == key.size() &&
        std::memcmp(d.strings + slot.key_offset, key.data(), key.size()) == 0)
      return slot.token_id;
  }
}

uint32_t Lexicon::entry_count() const { return data_ ? data_->header.entry_count : 0; }
uint32_t Lexicon::name_count() const { return data_ ? data_->header.name_count : 0; }

std::string_view Lexicon::EntryId(uint32_t e) const {
  const LexiconEntryRecord& r = data_->entries[e];
  return data_->String(r.id_offset, r.id_len);
}
std::string_view Lexicon::EntryName(uint32_t e) const {
  const LexiconEntryRecord& r = data_->entries[e];
  return data_->String(r.name_offset, r.name_len);
}
std::string_view Lexicon::EntrySource(uint32_t e) const {
  const LexiconEntryRecord& r = data_->entries[e];
  return data_->String(r.source_offset, r.source_len);
}
EntityType Lexicon::EntryType(uint32_t e) const {
  const uint8_t type = data_->entries[e].type;
  return type <= 4 ? static_cast<EntityType>(type) : EntityType::kEvent;
}
uint8_t Lexicon::EntryFlags(uint32_t e) const { return data_->entries[e].flags; }
uint32_t Lexicon::EntryPriority(uint32_t e) const { return data_->entries[e].priority; }
std::string_view LexiconTrie::Surface(const LexiconName& name) const {
  return data_->String(name.surface, name.surface_len);
}

}  // namespace selon
