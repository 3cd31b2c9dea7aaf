// Compiling, validating and reading the evidence's word image (format:
// internal/evidence_word_image.h).
//
// The compiled file comes from the data folder, which a user may point anywhere (`--data-dir`),
// so it is untrusted: ValidateEvidenceWords proves at load what the lookups assume (every offset
// and index in bounds, every probe of the one-word table ending), with the hash-table checks of
// the other compiled files (internal/hash_table_check.h). A file that fails is an error naming
// it, never skipped.
#include "internal/evidence_word_image.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "internal/hash_table_check.h"
#include "internal/mapped_file.h"

namespace selon::internal {
namespace {

// Where each section of an image starts, from its header's counts (64-bit: a forged count cannot
// wrap), and where the pools end.
struct Layout {
  uint64_t slots, phrases, phrase_keys, key_pool, text_pool, end;

  explicit Layout(const EvidenceWordHeader& h) {
    slots = sizeof(EvidenceWordHeader);
    phrases = slots + uint64_t{h.slot_count} * sizeof(EvidenceWordSlot);
    phrase_keys = phrases + uint64_t{h.phrases} * sizeof(EvidencePhraseRecord);
    key_pool = phrase_keys + uint64_t{h.phrase_keys} * sizeof(EvidenceText);
    // (Pools are bounded by the 32-bit offsets that index them, so the sums cannot wrap.)
    const uint64_t pool_limit = uint64_t{1} << 32;
    text_pool = key_pool + std::min(h.key_pool, pool_limit);
    end = text_pool + std::min(h.text_pool, pool_limit);
  }
};

}  // namespace

std::string CompileEvidenceWords(const FlatKeyTable<uint32_t>& single,
                                 const EvidencePhrases& phrases, uint64_t sources) {
  std::vector<const std::string*> firsts;
  for (const auto& [first, list] : phrases) firsts.push_back(&first);
  std::sort(firsts.begin(), firsts.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  std::vector<EvidencePhraseRecord> records;
  std::vector<EvidenceText> keys;
  std::string text_pool;
  for (const std::string* first : firsts) {
    for (const EvidencePhrase& p : phrases.find(*first)->second) {
      records.push_back(
          {p.classes, static_cast<uint32_t>(keys.size()), static_cast<uint32_t>(p.keys.size())});
      for (const std::string& k : p.keys) {
        keys.push_back({static_cast<uint32_t>(text_pool.size()), static_cast<uint32_t>(k.size())});
        text_pool.append(k);
      }
    }
  }
  const std::string_view key_pool = single.pool();

  EvidenceWordHeader h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, kEvidenceWordMagic, sizeof h.magic);
  h.version = kEvidenceWordVersion;
  h.slot_count = static_cast<uint32_t>(single.slot_count());
  h.sources = sources;
  h.phrases = static_cast<uint32_t>(records.size());
  h.phrase_keys = static_cast<uint32_t>(keys.size());
  h.key_pool = key_pool.size();
  h.text_pool = text_pool.size();
  const Layout layout(h);
  h.file_size = (layout.end + 7) & ~uint64_t{7};

  std::vector<EvidenceWordSlot> slots(h.slot_count, EvidenceWordSlot{0, 0, 0, 0});
  single.ForEachSlot([&](size_t i, uint32_t offset, uint32_t len, uint32_t hash, uint32_t c) {
    slots[i] = {offset, len, hash, c | kEvidenceSlotUsed};
  });
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out.reserve(h.file_size);
  out.append(reinterpret_cast<const char*>(slots.data()), slots.size() * sizeof(EvidenceWordSlot));
  out.append(reinterpret_cast<const char*>(records.data()),
             records.size() * sizeof(EvidencePhraseRecord));
  out.append(reinterpret_cast<const char*>(keys.data()), keys.size() * sizeof(EvidenceText));
  out.append(key_pool);
  out.append(text_pool);
  out.resize(h.file_size, '\0');
  return out;
}

Status ValidateEvidenceWords(const char* bytes, size_t size, EvidenceWordHeader* header) {
  SELON_RETURN_IF_ERROR(
      ReadImageHeader(bytes, size, kEvidenceWordMagic, kEvidenceWordVersion, 8, header));
  const EvidenceWordHeader& h = *header;
  const Layout layout(h);
  if (h.key_pool > layout.text_pool - layout.key_pool ||
      h.text_pool > layout.end - layout.text_pool || ((layout.end + 7) & ~uint64_t{7}) != size)
    return TableError("the sections (" + std::to_string(h.slot_count) + " slots, " +
                      std::to_string(h.phrases) + " phrases, " + std::to_string(h.key_pool) +
                      " + " + std::to_string(h.text_pool) +
                      " bytes of keys) do not fill the file of " + std::to_string(size) + " bytes");
  const auto* slots = reinterpret_cast<const EvidenceWordSlot*>(bytes + layout.slots);
  const auto* phrases = reinterpret_cast<const EvidencePhraseRecord*>(bytes + layout.phrases);
  const auto* keys = reinterpret_cast<const EvidenceText*>(bytes + layout.phrase_keys);

  // (The slots' classes are their tag: SlotFields4 reads it as the fourth field.)
  static_assert(offsetof(EvidenceWordSlot, classes) == 12);
  const SlotRule rule{.pool = h.key_pool,
                      .required = kEvidenceSlotUsed,
                      .known = kEvidenceKnownClasses | kEvidenceSlotUsed};
  uint32_t bad = 0, used = 0;
  SELON_RETURN_IF_ERROR(CheckProbeTable(
      "evidence word", slots, h.slot_count,
      [&](const EvidenceWordSlot* s, uint32_t n) {
        return ScreenSlots<&EvidenceWordSlot::classes>(s, n, rule, &bad);
      },
      &used));
  for (uint32_t i = 0; bad != 0 && i < h.slot_count; ++i) {
    if (slots[i].classes == 0 || !SlotBreaks<&EvidenceWordSlot::classes>(slots[i], rule)) continue;
    return TableError("evidence word slot " + std::to_string(i) +
                      ": key outside the key pool or bad classes " +
                      std::to_string(slots[i].classes));
  }
  for (uint32_t i = 0; i < h.phrases; ++i) {
    const EvidencePhraseRecord& p = phrases[i];
    if (uint64_t{p.keys_begin} + p.keys_count > h.phrase_keys || p.keys_count < 2 ||
        (p.classes & ~kEvidenceKnownClasses) != 0)
      return TableError("evidence phrase " + std::to_string(i) + ": bad keys or classes");
  }
  for (uint32_t i = 0; i < h.phrase_keys; ++i)
    if (KeyOutside(keys[i].offset, keys[i].len, h.text_pool))
      return TableError("evidence phrase key " + std::to_string(i) + ": outside the text pool");
  return Status::Ok();
}

Status ReadEvidenceWords(const char* bytes, size_t size, uint64_t sources,
                         FlatKeyTable<uint32_t>* single, EvidencePhrases* phrases, bool* used) {
  *used = false;
  EvidenceWordHeader h;
  SELON_RETURN_IF_ERROR(ValidateEvidenceWords(bytes, size, &h));
  if (h.sources != sources) return Status::Ok();  // stale: the tables stay empty
  const Layout layout(h);
  const auto* slots = reinterpret_cast<const EvidenceWordSlot*>(bytes + layout.slots);
  const auto* records = reinterpret_cast<const EvidencePhraseRecord*>(bytes + layout.phrases);
  const auto* keys = reinterpret_cast<const EvidenceText*>(bytes + layout.phrase_keys);
  const std::string_view text(bytes + layout.text_pool, h.text_pool);

  single->Restore(h.slot_count, std::string_view(bytes + layout.key_pool, h.key_pool));
  size_t words = 0;
  for (uint32_t i = 0; i < h.slot_count; ++i) {
    const EvidenceWordSlot& s = slots[i];
    if (s.classes == 0) continue;
    single->Put(i, s.key_offset, s.key_len, s.hash, s.classes & ~kEvidenceSlotUsed);
    ++words;
  }
  single->SetSize(words);
  for (uint32_t i = 0; i < h.phrases; ++i) {
    const EvidencePhraseRecord& r = records[i];
    EvidencePhrase p{{}, r.classes};
    for (uint32_t k = 0; k < r.keys_count; ++k)
      p.keys.emplace_back(text.substr(keys[r.keys_begin + k].offset, keys[r.keys_begin + k].len));
    (*phrases)[p.keys[0]].push_back(std::move(p));
  }
  *used = true;
  return Status::Ok();
}

Status MapEvidenceWords(const std::string& path, uint64_t sources, FlatKeyTable<uint32_t>* single,
                        EvidencePhrases* phrases, bool* used) {
  *used = false;
  MappedFile file;
  SELON_RETURN_IF_ERROR(MappedFile::Map(path, &file));
  if (Status s = ReadEvidenceWords(file.bytes(), file.size(), sources, single, phrases, used);
      !s.ok())
    return Status(s.code(),
                  path + ": not a valid compiled evidence word table (" + s.message() + ")");
  return Status::Ok();
}

}  // namespace selon::internal
