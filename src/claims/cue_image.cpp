// Compiling, validating and reading the claims' cue image (format: claims/cue_image.h).
//
// The compiled file comes from the data folder, which a user may point anywhere (`--data-dir`),
// so it is untrusted: ValidateCueImage proves at load what the extractor assumes (every index
// and offset in bounds, every probe of the word table ending), with the hash-table checks of the
// other compiled files (internal/hash_table_check.h). A file that fails is an error naming it,
// never skipped.
#include "claims/cue_image.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <vector>

#include "internal/hash_table_check.h"
#include "internal/mapped_file.h"

namespace selon::claims {
namespace {

using internal::KeyOutside;
using internal::TableError;

// The boolean fields of WordInfo an image keeps, bit i of CueWord::flags the i-th (folds_apart is
// not kept: Data::Freeze sets it). Appending one is compatible; any other change bumps
// kCueImageVersion.
constexpr bool WordInfo::*kCueWordFlags[] = {
    &WordInfo::title,         &WordInfo::former,         &WordInfo::rank,
    &WordInfo::beneficiary,   &WordInfo::narrator,       &WordInfo::demonstrative,
    &WordInfo::address,       &WordInfo::nonfinite,      &WordInfo::prenominal,
    &WordInfo::time,          &WordInfo::circumstance,   &WordInfo::varies,
    &WordInfo::concerned,     &WordInfo::litotes,        &WordInfo::degree,
    &WordInfo::interrogative, &WordInfo::comparative,    &WordInfo::author,
    &WordInfo::interlocutor,  &WordInfo::patient,        &WordInfo::locative,
    &WordInfo::agentive,      &WordInfo::fronting,       &WordInfo::town_body,
    &WordInfo::joining,       &WordInfo::owner_singular, &WordInfo::any_document,
    &WordInfo::first_of_two,  &WordInfo::second_of_two};
// (56 bytes since the thirty-fourth session's 25th boolean, town_body: 48 held 24.)
static_assert(sizeof(WordInfo) == 56,
              "a field added to WordInfo must be added to CueWord (or to kCueWordFlags), and "
              "kCueImageVersion bumped");
constexpr uint32_t kKnownFlags = (1u << std::size(kCueWordFlags)) - 1;

// The largest values of WordInfo's enumerations and of a form's tags.
constexpr uint8_t kMaxGender = kFem;
constexpr uint8_t kMaxNumber = kPlur;
constexpr uint8_t kMaxOrgKind = kOrgState;
constexpr uint8_t kMaxPlaceKind = kPlaceCountry;
constexpr uint8_t kKnownTags = kFinite | kPastParticiple | kGerund | kInfinitiveForm;
constexpr uint8_t kMaxMarkerKind = static_cast<uint8_t>(MarkerKind::kReading);

// Where each section of an image starts, from its header's counts (64-bit: a forged count cannot
// wrap), and where the sections and pools end.
struct Layout {
  uint64_t slots, words, forms, markers, lemmas, rest_keys, countries, key_pool, text_pool, end;

  explicit Layout(const CueImageHeader& h) {
    slots = sizeof(CueImageHeader);
    words = slots + uint64_t{h.slot_count} * sizeof(CueSlot);
    forms = words + uint64_t{h.words} * sizeof(CueWord);
    markers = forms + uint64_t{h.forms} * sizeof(CueFormRecord);
    lemmas = markers + uint64_t{h.markers} * sizeof(CueMarkerRecord);
    rest_keys = lemmas + uint64_t{h.lemmas} * sizeof(CueLemmaRecord);
    countries = rest_keys + uint64_t{h.rest_keys} * sizeof(CueText);
    key_pool = countries + uint64_t{h.countries} * sizeof(CueText);
    // (Pools are bounded by the 32-bit offsets that index them, so the sums cannot wrap.)
    const uint64_t pool_limit = uint64_t{1} << 32;
    text_pool = key_pool + std::min(h.key_pool, pool_limit);
    end = text_pool + std::min(h.text_pool, pool_limit);
  }
};

// Appends `n` records of `T` (given one at a time by make(i)) to `out`.
template <typename T, typename Make>
void AppendRecords(size_t n, std::string* out, Make make) {
  for (size_t i = 0; i < n; ++i) {
    T record;
    std::memset(&record, 0, sizeof record);  // (padding included: the image is deterministic)
    make(i, &record);
    out->append(reinterpret_cast<const char*>(&record), sizeof record);
  }
}

// Adds `s` to the text pool and returns where it is.
CueText AddText(std::string_view s, std::string* pool) {
  const CueText t{static_cast<uint32_t>(pool->size()), static_cast<uint32_t>(s.size())};
  pool->append(s);
  return t;
}

// The start of an error message about word i.
std::string WordWhere(uint32_t i) { return "cue word " + std::to_string(i) + ": "; }

bool RestOutside(uint32_t begin, uint8_t count, uint32_t rest_keys) {
  return uint64_t{begin} + count > rest_keys;
}

}  // namespace

std::string CompileCueImage(const ClaimExtractor::Data& d, uint64_t sources) {
  std::string text_pool;
  std::vector<CueText> lemma_names, marker_names, rest, countries;
  for (const Lemma& l : d.lemmas) lemma_names.push_back(AddText(l.name, &text_pool));
  for (const Marker& m : d.markers) marker_names.push_back(AddText(m.name, &text_pool));
  for (const std::string& k : d.rest_keys) rest.push_back(AddText(k, &text_pool));
  for (const std::string& k : d.country_keys) countries.push_back(AddText(k, &text_pool));
  const std::string_view key_pool = d.table.pool();

  CueImageHeader h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, kCueImageMagic, sizeof h.magic);
  h.version = kCueImageVersion;
  h.slot_count = static_cast<uint32_t>(d.table.slot_count());
  h.sources = sources;
  h.words = static_cast<uint32_t>(d.words.size());
  h.forms = static_cast<uint32_t>(d.forms.size());
  h.markers = static_cast<uint32_t>(d.markers.size());
  h.lemmas = static_cast<uint32_t>(d.lemmas.size());
  h.rest_keys = static_cast<uint32_t>(d.rest_keys.size());
  h.countries = static_cast<uint32_t>(d.country_keys.size());
  h.key_pool = key_pool.size();
  h.text_pool = text_pool.size();
  const Layout layout(h);
  h.file_size = (layout.end + 7) & ~uint64_t{7};

  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out.reserve(h.file_size);
  std::vector<CueSlot> slots(h.slot_count, CueSlot{0, 0, 0, 0});
  d.table.ForEachSlot([&](size_t i, uint32_t offset, uint32_t len, uint32_t hash, uint32_t word) {
    slots[i] = {offset, len, hash, word + 1};
  });
  out.append(reinterpret_cast<const char*>(slots.data()), slots.size() * sizeof(CueSlot));
  AppendRecords<CueWord>(d.words.size(), &out, [&](size_t i, CueWord* r) {
    const WordInfo& w = d.words[i];
    r->classes = w.classes;
    r->gender = w.gender;
    r->number = w.number;
    r->org_kind = w.org_kind;
    r->place_kind = w.place_kind;
    for (size_t f = 0; f < std::size(kCueWordFlags); ++f)
      if (w.*kCueWordFlags[f]) r->flags |= 1u << f;
    r->forms_begin = w.forms_begin;
    r->forms_count = w.forms_count;
    r->markers_begin = w.markers_begin;
    r->markers_count = w.markers_count;
  });
  AppendRecords<CueFormRecord>(d.forms.size(), &out, [&](size_t i, CueFormRecord* r) {
    const CueForm& f = d.forms[i];
    r->lemma = f.lemma;
    r->tags = f.tags;
    r->rest_count = f.rest_count;
    r->rest_begin = f.rest_begin;
  });
  AppendRecords<CueMarkerRecord>(d.markers.size(), &out, [&](size_t i, CueMarkerRecord* r) {
    const Marker& m = d.markers[i];
    r->kind = static_cast<uint8_t>(m.kind);
    r->rest_count = m.rest_count;
    r->rest_begin = m.rest_begin;
    r->name_offset = marker_names[i].offset;
    r->name_len = marker_names[i].len;
  });
  AppendRecords<CueLemmaRecord>(d.lemmas.size(), &out, [&](size_t i, CueLemmaRecord* r) {
    r->name_offset = lemma_names[i].offset;
    r->name_len = lemma_names[i].len;
    r->frames = d.lemmas[i].frames;
  });
  out.append(reinterpret_cast<const char*>(rest.data()), rest.size() * sizeof(CueText));
  out.append(reinterpret_cast<const char*>(countries.data()), countries.size() * sizeof(CueText));
  out.append(key_pool);
  out.append(text_pool);
  out.resize(h.file_size, '\0');
  return out;
}

Status ValidateCueImage(const char* bytes, size_t size, CueImageHeader* header) {
  SELON_RETURN_IF_ERROR(internal::ReadImageHeader(bytes, size, kCueImageMagic, kCueImageVersion,
                                                  alignof(CueWord), header));
  const CueImageHeader& h = *header;
  const Layout layout(h);
  if (h.key_pool > layout.text_pool - layout.key_pool ||
      h.text_pool > layout.end - layout.text_pool || ((layout.end + 7) & ~uint64_t{7}) != size)
    return TableError("the sections (" + std::to_string(h.slot_count) + " slots, " +
                      std::to_string(h.words) + " words, " + std::to_string(h.key_pool) + " + " +
                      std::to_string(h.text_pool) + " bytes of strings) do not fill the file of " +
                      std::to_string(size) + " bytes");
  const auto* slots = reinterpret_cast<const CueSlot*>(bytes + layout.slots);
  const auto* words = reinterpret_cast<const CueWord*>(bytes + layout.words);
  const auto* forms = reinterpret_cast<const CueFormRecord*>(bytes + layout.forms);
  const auto* markers = reinterpret_cast<const CueMarkerRecord*>(bytes + layout.markers);
  const auto* lemmas = reinterpret_cast<const CueLemmaRecord*>(bytes + layout.lemmas);
  const auto* rest = reinterpret_cast<const CueText*>(bytes + layout.rest_keys);
  const auto* countries = reinterpret_cast<const CueText*>(bytes + layout.countries);

  // The word table: every probe ends; each used slot's key in the key pool, its word a word.
  static_assert(offsetof(CueSlot, word) == 12);
  const internal::SlotRule rule{.pool = h.key_pool, .max = h.words};
  uint32_t bad = 0, used = 0;
  SELON_RETURN_IF_ERROR(internal::CheckProbeTable(
      "cue word", slots, h.slot_count,
      [&](const CueSlot* s, uint32_t n) {
        return internal::ScreenSlots<&CueSlot::word>(s, n, rule, &bad);
      },
      &used));
  for (uint32_t i = 0; bad != 0 && i < h.slot_count; ++i) {
    const CueSlot& s = slots[i];
    if (s.word == 0) continue;
    if (KeyOutside(s.key_offset, s.key_len, h.key_pool))
      return TableError("cue slot " + std::to_string(i) + ": key outside the key pool");
    if (s.word > h.words)
      return TableError("cue slot " + std::to_string(i) + ": no word " + std::to_string(s.word));
  }
  if (used != h.words)
    return TableError(std::to_string(used) + " cue slots used for " + std::to_string(h.words) +
                      " words");

  for (uint32_t i = 0; i < h.words; ++i) {
    const CueWord& w = words[i];
    if (w.forms_count > kMaxWordEntries || w.markers_count > kMaxWordEntries) [[unlikely]]
      return internal::Cold([=] { return TableError(WordWhere(i) + "too many forms or markers"); });
    if (uint64_t{w.forms_begin} + w.forms_count > h.forms) [[unlikely]]
      return internal::Cold([=] { return TableError(WordWhere(i) + "forms outside the forms"); });
    if (uint64_t{w.markers_begin} + w.markers_count > h.markers) [[unlikely]]
      return internal::Cold(
          [=] { return TableError(WordWhere(i) + "markers outside the markers"); });
    if (w.gender > kMaxGender || w.number > kMaxNumber || w.org_kind > kMaxOrgKind ||
        w.place_kind > kMaxPlaceKind || (w.flags & ~kKnownFlags) != 0) [[unlikely]]
      return internal::Cold(
          [=] { return TableError(WordWhere(i) + "unknown gender, number, kind or flag"); });
  }
  for (uint32_t i = 0; i < h.forms; ++i) {
    const CueFormRecord& f = forms[i];
    if (f.lemma >= h.lemmas || (f.tags & ~kKnownTags) != 0 ||
        RestOutside(f.rest_begin, f.rest_count, h.rest_keys))
      return TableError("cue form " + std::to_string(i) + ": bad lemma, tags or rest keys");
  }
  for (uint32_t i = 0; i < h.markers; ++i) {
    const CueMarkerRecord& m = markers[i];
    if (m.kind > kMaxMarkerKind || RestOutside(m.rest_begin, m.rest_count, h.rest_keys) ||
        KeyOutside(m.name_offset, m.name_len, h.text_pool))
      return TableError("cue marker " + std::to_string(i) + ": bad kind, rest keys or name");
  }
  for (uint32_t i = 0; i < h.lemmas; ++i)
    if (KeyOutside(lemmas[i].name_offset, lemmas[i].name_len, h.text_pool))
      return TableError("cue lemma " + std::to_string(i) + ": name outside the text pool");
  for (uint32_t i = 0; i < h.rest_keys; ++i)
    if (KeyOutside(rest[i].offset, rest[i].len, h.text_pool))
      return TableError("cue rest key " + std::to_string(i) + ": outside the text pool");
  for (uint32_t i = 0; i < h.countries; ++i)
    if (KeyOutside(countries[i].offset, countries[i].len, h.text_pool))
      return TableError("cue country " + std::to_string(i) + ": outside the text pool");
  return Status::Ok();
}

Status ReadCueImage(const char* bytes, size_t size, uint64_t sources, ClaimExtractor::Data* data,
                    bool* used) {
  *used = false;
  CueImageHeader h;
  SELON_RETURN_IF_ERROR(ValidateCueImage(bytes, size, &h));
  if (h.sources != sources) return Status::Ok();  // stale: the data stays empty
  const Layout layout(h);
  const auto* slots = reinterpret_cast<const CueSlot*>(bytes + layout.slots);
  const auto* words = reinterpret_cast<const CueWord*>(bytes + layout.words);
  const auto* forms = reinterpret_cast<const CueFormRecord*>(bytes + layout.forms);
  const auto* markers = reinterpret_cast<const CueMarkerRecord*>(bytes + layout.markers);
  const auto* lemmas = reinterpret_cast<const CueLemmaRecord*>(bytes + layout.lemmas);
  const auto* rest = reinterpret_cast<const CueText*>(bytes + layout.rest_keys);
  const auto* countries = reinterpret_cast<const CueText*>(bytes + layout.countries);
  const std::string_view text(bytes + layout.text_pool, h.text_pool);
  auto text_of = [&](uint32_t offset, uint32_t len) { return text.substr(offset, len); };

  ClaimExtractor::Data& d = *data;
  d.table.Restore(h.slot_count, std::string_view(bytes + layout.key_pool, h.key_pool));
  for (uint32_t i = 0; i < h.slot_count; ++i)
    if (slots[i].word != 0)
      d.table.Put(i, slots[i].key_offset, slots[i].key_len, slots[i].hash, slots[i].word - 1);
  d.table.SetSize(h.words);
  d.words.resize(h.words);
  for (uint32_t i = 0; i < h.words; ++i) {
    const CueWord& r = words[i];
    WordInfo& w = d.words[i];
    w.classes = r.classes;
    w.gender = r.gender;
    w.number = r.number;
    w.org_kind = r.org_kind;
    w.place_kind = r.place_kind;
    // (Most words have no flag: WordInfo's are false already.)
    for (uint32_t flags = r.flags; flags != 0; flags &= flags - 1)
      w.*kCueWordFlags[__builtin_ctz(flags)] = true;
    w.forms_begin = r.forms_begin;
    w.forms_count = static_cast<uint16_t>(r.forms_count);  // checked by ValidateCueImage
    w.markers_begin = r.markers_begin;
    w.markers_count = static_cast<uint16_t>(r.markers_count);
  }
  d.forms.resize(h.forms);
  for (uint32_t i = 0; i < h.forms; ++i)
    d.forms[i] = CueForm{forms[i].lemma, forms[i].tags, forms[i].rest_count, forms[i].rest_begin};
  d.markers.resize(h.markers);
  for (uint32_t i = 0; i < h.markers; ++i) {
    Marker& m = d.markers[i];
    m.kind = static_cast<MarkerKind>(markers[i].kind);
    m.name.assign(text_of(markers[i].name_offset, markers[i].name_len));
    m.rest_count = markers[i].rest_count;
    m.rest_begin = markers[i].rest_begin;
  }
  d.lemmas.resize(h.lemmas);
  for (uint32_t i = 0; i < h.lemmas; ++i) {
    d.lemmas[i].name.assign(text_of(lemmas[i].name_offset, lemmas[i].name_len));
    d.lemmas[i].frames = lemmas[i].frames;
  }
  d.rest_keys.resize(h.rest_keys);
  for (uint32_t i = 0; i < h.rest_keys; ++i)
    d.rest_keys[i].assign(text_of(rest[i].offset, rest[i].len));
  d.country_keys.resize(h.countries);
  for (uint32_t i = 0; i < h.countries; ++i)
    d.country_keys[i].assign(text_of(countries[i].offset, countries[i].len));
  *used = true;
  return Status::Ok();
}

Status MapCueImage(const std::string& path, uint64_t sources, ClaimExtractor::Data* data,
                   bool* used) {
  *used = false;
  internal::MappedFile file;
  SELON_RETURN_IF_ERROR(internal::MappedFile::Map(path, &file));
  if (Status s = ReadCueImage(file.bytes(), file.size(), sources, data, used); !s.ok())
    return Status(s.code(), path + ": not a valid compiled cue image (" + s.message() + ")");
  return Status::Ok();
}

}  // namespace selon::claims
