// Loading the cue tables of the claims stage: lexicons/cues/*.tsv plus the gender evidence.
// Every word, form and marker is keyed by its folded token key (FoldKey), the same key the
// tokenizer gives document tokens, so one hash lookup per token finds everything.
#include <algorithm>

#include "claims/cue_image.h"
#include "claims/data.h"
#include "internal/chars.h"
#include "internal/first_name_files.h"
#include "internal/first_name_table.h"
#include "internal/strings.h"
#include "internal/tsv.h"
#include "selon/tokenizer.h"

namespace selon {
namespace {

using claims::WordInfo;
using internal::ForEachTsvRow;
using internal::TsvReader;
using Fields = std::vector<std::string_view>;

// Tokenizes and folds a phrase into token keys ("d’après" -> "d'", "apres"). A plain word (most
// of the 5,700 cue forms) is folded directly: Tokenize would read it as that one key
// (internal::IsPlainLatinWord; tests/evidence_test.cpp checks every shipped form).
// `*out` is reused from phrase to phrase (its strings keep their buffers: 5,700 forms allocate
// nothing once the first ones have).
void PhraseKeys(std::string_view phrase, std::vector<std::string>* out) {
  if (internal::IsPlainLatinWord(phrase)) {
    out->resize(1);
    (*out)[0].clear();
    FoldKey(phrase, &(*out)[0]);
    return;
  }
  std::vector<Token> tokens;
  std::string keys;
  Tokenize(phrase, &tokens, &keys);
  out->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) (*out)[i].assign(tokens[i].key(keys));
}

// About how many words the shipped tables give (cue forms, closed classes, infinitives, nouns:
// 15,061 at 12/2026; first names are the evidence's): the word table is sized once instead of
// rehashed as it grows.
constexpr size_t kExpectedWords = 1 << 14;

class Builder {
 public:
  explicit Builder(ClaimExtractor::Data* d) : d_(d) {
    d_->table.Reserve(kExpectedWords);
    d_->words.reserve(kExpectedWords);
  }

  WordInfo& Word(std::string_view key) { return d_->words[WordId(key)]; }

  // The index of `key`'s WordInfo in Data::words, added when new (ids follow first use).
  uint32_t WordId(std::string_view key) {
    const auto [id, added] = d_->table.Add(key, static_cast<uint32_t>(d_->words.size()));
    if (added) d_->words.emplace_back();
    return *id;
  }

 private:
  ClaimExtractor::Data* d_;
};

uint8_t GenderOf(std::string_view s) {
  if (!s.empty() && s[0] == 'M') return claims::kMasc;
  if (!s.empty() && s[0] == 'F') return claims::kFem;
  return claims::kUnknown;
}
// evidence/org_cues.tsv's kind column; a kind this table does not list is kOrgKindUnknown
// (it then refers back to any organization, as before kinds were read).
uint8_t OrgKindOf(std::string_view s) {
  using namespace claims;
  static constexpr std::pair<std::string_view, uint8_t> kKinds[] = {
      {"company", kOrgCompany},
      {"institution", kOrgInstitution},
      {"ngo", kOrgNgo},
      {"media", kOrgMedia},
      {"union", kOrgUnion},
      {"party", kOrgParty},
      {"armed_group", kOrgArmedGroup},
      {"religion", kOrgReligion},
      {"sport", kOrgSport},
      {"education", kOrgEducation},
      {"force", kOrgForce},
      {"justice", kOrgJustice},
      {"state", kOrgState}};
  for (const auto& [name, kind] : kKinds)
    if (s == name) return kind;
  return kOrgKindUnknown;
}

uint8_t NumberOf(std::string_view s) {
  if (s.find('p') != std::string_view::npos) return claims::kPlur;
  if (s.find('s') != std::string_view::npos) return claims::kSing;
  return claims::kUnknown;
}

uint64_t ClassOf(std::string_view name) {
  using namespace claims;
  static const std::pair<const char*, uint64_t> kNames[] = {
      {"aux_avoir", kAuxAvoir},
      {"aux_etre", kAuxEtre},
      {"adv", kAdv},
      {"insert", kInsert},
      {"neg", kNeg},
      {"negpart", kNegPart},
      {"subj", kSubj},
      {"stress", kStress},
      {"clitic", kObjClitic},
      {"det", kDet},
      {"indef", kIndef},
      {"que", kQue},
      {"si", kSi},
      {"de", kDe},
      {"a", kA},
      {"au", kAu},
      {"rel", kRel},
      {"prep", kPrep},
      {"conj", kConj},
      {"info", kInfo},
      {"nonhuman", kNonHuman},
      {"poss", kPoss},
      {"subord_before_que", kSubordBeforeQue},
      {"comme", kComme},
      {"se", kSe},
      {"ete", kEte},
      {"coord", kCoord},
      {"et", kEt},
      {"clause_conj", kClauseConj},
      {"impersonal", kImpersonal},
      {"agit", kAgit},
      {"indef_article", kIndefArticle},
      {"du", kDu},
      {"des", kDes},
      {"en", kEn},
      {"le", kLe},
      {"sur", kSur},
      {"fait", kFait},
      {"par", kPar},
      {"inf_intro", kInfIntro},
      {"adv_phrase", kAdvPhrase},
      {"work", kWork},
      {"people", kPeople},
      {"semi_aux", kSemiAux},
      {"semi_aux_bare", kSemiAuxBare},
      {"mean_after_vouloir", kMeanAfterVouloir},
      {"enabler", kEnabler},
      {"plural_aux", kPluralAux},
      {"relational", kRelational},
      {"fronted_subord", kFrontedSubord},
      {"no_speaker", kNoSpeaker},
      {"latter", kLatter},
      {"insert_end", kInsertEnd},
      {"nonsubject_rel", kNonSubjectRel},
      {"cleft", kCleft},
      {"relay", kRelay},
      {"interviewed", kInterviewed}};
  for (const auto& [n, c] : kNames)
    if (name == n) return c;
  return 0;
}

// The frames of a lemmas.tsv entry; a letter it does not know makes *bad that letter.
uint32_t FramesOf(std::string_view s, char* bad) {
  using namespace claims;
  uint32_t f = 0;
  *bad = 0;
  for (char c : s) {
    switch (c) {
      case 'q':
        f |= kFrameQue;
        break;
      case 's':
        f |= kFrameSi;
        break;
      case 'd':
        f |= kFrameDe;
        break;
      case 'i':
        f |= kFrameInf;
        break;
      case 'a':
        f |= kFrameA;
        break;
      case 'o':
        f |= kFrameObjDe;
        break;
      case 'A':
        f |= kFrameObjA;
        break;
      case 'v':
        f |= kFrameVoiced;
        break;
      case 'n':
        f |= kFrameObjQuote;
        break;
      case 'p':
        f |= kFrameParen;
        break;
      case 'r':
        f |= kPronominalOnly | kPronominal;
        break;
      case 'R':
        f |= kPronominal;
        break;
      case 'D':
        f |= kFrameDeQuote;
        break;
      case 'S':
        f |= kFrameSurQuote;
        break;
      case 'C':
        f |= kCausative;
        break;
      case 'Q':
        f |= kFrameObjQue;
        break;
      case 'P':
        f |= kFrameParQuote;
        break;
      case 'j':
        f |= kFrameAttribute;
        break;
      case 'c':
        f |= kContinues;
        break;
      default:
        *bad = c;
        break;
    }
  }
  return f;
}

}  // namespace

const char* ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDirect:
      return "direct";
    case ClaimKind::kIndirect:
      return "indirect";
    case ClaimKind::kMixed:
      return "mixed";
    case ClaimKind::kAccordingTo:
      return "according_to";
  }
  return "indirect";
}

ClaimExtractor::ClaimExtractor() : data_(std::make_unique<Data>()) {}
ClaimExtractor::~ClaimExtractor() = default;

void ClaimExtractor::UseEvidence(const Evidence* evidence) { data_->evidence = evidence; }

namespace {

// The files of claims::kCueSourceFiles in `data_dir`, in order.
std::vector<std::string> CueSourcePaths(const std::string& data_dir) {
  std::vector<std::string> paths;
  for (const char* file : claims::kCueSourceFiles) paths.push_back(data_dir + "/" + file);
  return paths;
}

// Fills the empty `d` from the TSV files of `data_dir` (all but Freeze()).
Status ParseCues(const std::string& data_dir, ClaimExtractor::Data* data) {
  using namespace claims;
  ClaimExtractor::Data& d = *data;
  Builder b(&d);
  const std::string cues = data_dir + "/cues/";
  const std::string evidence = data_dir + "/evidence/";
  std::string key;
  std::vector<std::string> keys;  // PhraseKeys' output, reused

  // Lemmas and their frames.
  std::unordered_map<std::string, uint32_t, internal::StringHash, std::equal_to<>> lemma_ids;
  SELON_RETURN_IF_ERROR(ForEachTsvRow(
      cues + "lemmas.tsv", TsvReader::kRequired, {"lemma", "frames"},
      [&](const Fields& c, const TsvReader& tsv) {
        const std::string name(c[0]);
        if (lemma_ids.count(name)) return tsv.Error("duplicate lemma " + name);
        lemma_ids[name] = static_cast<uint32_t>(d.lemmas.size());
        char bad = 0;
        const uint32_t frames = FramesOf(c[1], &bad);
        if (bad != 0)
          return tsv.Error(std::string("unknown frame letter '") + bad + "' (see the header)");
        d.lemmas.push_back({name, frames});
        return Status::Ok();
      }));

  // Forms, grouped by their first token key.
  struct PendingForm {
    std::string first;
    CueForm form;
  };
  std::vector<PendingForm> pending;
  SELON_RETURN_IF_ERROR(
      ForEachTsvRow(cues + "forms.tsv", TsvReader::kRequired, {"form", "lemma", "tags"},
                    [&](const Fields& c, const TsvReader& tsv) {
                      const auto it = lemma_ids.find(c[1]);
                      if (it == lemma_ids.end())
                        return tsv.Error("unknown lemma " + std::string(c[1]));
                      CueForm f;
                      f.lemma = it->second;
                      // (Field by field, with no vector per row: the first unknown tag is
                      // the error.)
                      std::string_view unknown;
                      bool bad = false;
                      internal::ForEachField(c[2], ',', [&](std::string_view tag) {
                        if (tag == "fin")
                          f.tags |= kFinite;
                        else if (tag == "pp")
                          f.tags |= kPastParticiple;
                        else if (tag == "ger")
                          f.tags |= kGerund;
                        else if (tag == "inf")
                          f.tags |= kInfinitiveForm;
                        else if (!bad) {
                          bad = true;
                          unknown = tag;
                        }
                      });
                      if (bad) return tsv.Error("unknown tag " + std::string(unknown));
                      PhraseKeys(c[0], &keys);
                      if (keys.empty() || keys.size() > 8) return tsv.Error("bad form");
                      f.rest_begin = static_cast<uint32_t>(d.rest_keys.size());
                      f.rest_count = static_cast<uint8_t>(keys.size() - 1);
                      for (size_t i = 1; i < keys.size(); ++i) d.rest_keys.push_back(keys[i]);
                      pending.push_back({keys[0], f});  // (a copy: keys is reused)
                      return Status::Ok();
                    }));
  // Grouped by first key, each group in file order: a counting sort by word id (the words are
  // new, so their ids follow one another from `first_id`), where sorting 5,700 keys cost more
  // than reading them.
  const uint32_t first_id = static_cast<uint32_t>(d.words.size());
  std::vector<uint32_t> id_of(pending.size());
  std::vector<uint32_t> count;  // forms per new word, from first_id
  for (size_t i = 0; i < pending.size(); ++i) {
    id_of[i] = b.WordId(pending[i].first);
    if (id_of[i] - first_id >= count.size()) count.resize(id_of[i] - first_id + 1, 0);
    if (++count[id_of[i] - first_id] > kMaxWordEntries)
      return Status(StatusCode::kDataError, cues + "forms.tsv: more than " +
                                                std::to_string(kMaxWordEntries) +
                                                " forms share a first word");
  }
  uint32_t begin = 0;
  for (uint32_t id = first_id; id < d.words.size(); ++id) {
    WordInfo& w = d.words[id];
    w.classes |= kCueForm;
    w.forms_begin = begin;
    begin += id - first_id < count.size() ? count[id - first_id] : 0;
    w.forms_count = 0;  // counts again as the forms are placed
  }
  d.forms.resize(pending.size());
  for (size_t i = 0; i < pending.size(); ++i) {
    WordInfo& w = d.words[id_of[i]];
    d.forms[w.forms_begin + w.forms_count++] = pending[i].form;
  }

  // Markers.
  struct PendingMarker {
    std::string first;
    Marker marker;
  };
  std::vector<PendingMarker> markers;
  SELON_RETURN_IF_ERROR(ForEachTsvRow(cues + "markers.tsv", TsvReader::kRequired,
                                      {"phrase", "kind"},
                                      [&](const Fields& c, const TsvReader& tsv) {
                                        Marker m;
                                        m.name = std::string(c[0]);
                                        if (c[1] == "according_to")
                                          m.kind = MarkerKind::kAccordingTo;
                                        else if (c[1] == "initial_for")
                                          m.kind = MarkerKind::kInitialFor;
                                        else if (c[1] == "as_reported")
                                          m.kind = MarkerKind::kAsReported;
                                        else if (c[1] == "credit")
                                          m.kind = MarkerKind::kCredit;
                                        else if (c[1] == "reading")
                                          m.kind = MarkerKind::kReading;
                                        else
                                          return tsv.Error("unknown kind " + std::string(c[1]));
                                        PhraseKeys(c[0], &keys);
                                        if (keys.empty()) return tsv.Error("empty phrase");
                                        m.rest_begin = static_cast<uint32_t>(d.rest_keys.size());
                                        m.rest_count = static_cast<uint8_t>(keys.size() - 1);
                                        for (size_t i = 1; i < keys.size(); ++i)
                                          d.rest_keys.push_back(keys[i]);
                                        markers.push_back({keys[0], m});
                                        return Status::Ok();
                                      }));
  std::stable_sort(markers.begin(), markers.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.marker.rest_count > b.marker.rest_count;
  });
  for (size_t i = 0; i < markers.size();) {
    size_t j = i;
    WordInfo& w = b.Word(markers[i].first);
    w.classes |= kMarker;
    w.markers_begin = static_cast<uint32_t>(d.markers.size());
    for (; j < markers.size() && markers[j].first == markers[i].first; ++j)
      d.markers.push_back(markers[j].marker);
    if (j - i > kMaxWordEntries)
      return Status(StatusCode::kDataError, cues + "markers.tsv: more than " +
                                                std::to_string(kMaxWordEntries) +
                                                " share a first word");
    w.markers_count = static_cast<uint16_t>(j - i);
    i = j;
  }

  // Closed-class words.
  std::vector<std::string> phrase_keys;
  SELON_RETURN_IF_ERROR(ForEachTsvRow(
      cues + "words.tsv", TsvReader::kRequired, {"word", "class", "feat"},
      [&](const Fields& c, const TsvReader& tsv) {
        // The stage reads one token at a time: a word the tokenizer splits
        // ("d'abord", "la plupart") would never match, so it is an error.
        // (An inverted clitic, "-il", "-t-elle", is one token after its verb.)
        const bool clitic = !c[0].empty() && c[0].front() == '-';
        if (!clitic) PhraseKeys(c[0], &phrase_keys);
        if (!clitic && phrase_keys.size() != 1)
          return tsv.Error("'" + std::string(c[0]) + "' is " + std::to_string(phrase_keys.size()) +
                           " tokens; list the one word the stage tests");
        // (Every class bit is taken: these classes are boolean fields.)
        static constexpr struct {
          std::string_view name;
          bool WordInfo::*field;
        } kFieldClasses[] = {{"former", &WordInfo::former},
                             {"rank", &WordInfo::rank},
                             {"beneficiary", &WordInfo::beneficiary},
                             {"narrator", &WordInfo::narrator},
                             {"demonstrative", &WordInfo::demonstrative},
                             {"address", &WordInfo::address},
                             {"nonfinite", &WordInfo::nonfinite},
                             {"prenominal", &WordInfo::prenominal},
                             {"time", &WordInfo::time},
                             {"circumstance", &WordInfo::circumstance},
                             // (What a cue answers is no addressee either: same flag.)
                             {"stimulus", &WordInfo::circumstance},
                             {"varies", &WordInfo::varies},
                             {"concerned", &WordInfo::concerned},
                             {"litotes", &WordInfo::litotes},
                             {"degree", &WordInfo::degree},
                             {"interrogative", &WordInfo::interrogative},
                             {"comparative", &WordInfo::comparative},
                             {"author", &WordInfo::author},
                             {"interlocutor", &WordInfo::interlocutor},
                             {"patient", &WordInfo::patient},
                             {"locative", &WordInfo::locative},
                             {"agentive", &WordInfo::agentive},
                             {"fronting", &WordInfo::fronting},
                             {"town_body", &WordInfo::town_body},
                             {"joining", &WordInfo::joining},
                             {"owner_singular", &WordInfo::owner_singular},
                             {"any_document", &WordInfo::any_document},
                             {"first_of_two", &WordInfo::first_of_two},
                             {"second_of_two", &WordInfo::second_of_two}};
        for (const auto& f : kFieldClasses) {
          if (c[1] != f.name) continue;
          key.clear();
          FoldKey(c[0], &key);
          WordInfo& w = b.Word(key);
          w.*f.field = true;
          if (c[2] != "-" && !(w.classes & (kDet | kSubj))) w.gender = GenderOf(c[2]);
          return Status::Ok();
        }
        const uint64_t cls = ClassOf(c[1]);
        if (cls == 0) return tsv.Error("unknown class " + std::string(c[1]));
        key.clear();
        FoldKey(c[0], &key);
        WordInfo& w = b.Word(key);
        w.classes |= cls;
        if (c[2] != "-") {
          w.gender = GenderOf(c[2]);
          w.number = NumberOf(c[2]);
        }
        return Status::Ok();
      }));
  SELON_RETURN_IF_ERROR(ForEachTsvRow(cues + "infinitives.txt",
                                      TsvReader::kRequired | TsvReader::kNoHeader, {"infinitive"},
                                      [&](const Fields& c, const TsvReader&) {
                                        key.clear();
                                        FoldKey(c[0], &key);
                                        b.Word(key).classes |= kInfinitive;
                                        return Status::Ok();
                                      }));

  // One pass per noun file: class, gender and number, and what `extra` (a column of that file)
  // adds to the word.
  auto nouns = [&](const std::string& path, uint64_t cls, std::string_view extra,
                   const auto& set_extra) {
    return ForEachTsvRow(path, 0, {"form", "gender", "number", extra},
                         [&](const Fields& c, const TsvReader&) {
                           if (c[0].find(' ') != std::string_view::npos) return Status::Ok();
                           key.clear();
                           FoldKey(c[0], &key);
                           WordInfo& w = b.Word(key);
                           w.classes |= cls;
                           if (!(w.classes & (kDet | kSubj))) {
                             w.gender = GenderOf(c[1]);
                             w.number = NumberOf(c[2]);
                           }
                           set_extra(w, c[3]);
                           return Status::Ok();
                         });
  };
  SELON_RETURN_IF_ERROR(nouns(evidence + "titles_roles.tsv", kRole, "category",
                              [](WordInfo& w, std::string_view category) {
                                if (category == "title") w.title = true;
                              }));
  SELON_RETURN_IF_ERROR(
      nouns(evidence + "org_cues.tsv", kOrgNoun, "kind",
            [](WordInfo& w, std::string_view kind) { w.org_kind = OrgKindOf(kind); }));
  SELON_RETURN_IF_ERROR(nouns(evidence + "place_cues.tsv", kPlaceNoun, "kind",
                              [](WordInfo& w, std::string_view kind) {
                                w.place_kind = kind == "city" || kind == "district" ? kPlaceTown
                                               : kind == "country"                  ? kPlaceCountry
                                                                   : kPlaceKindOther;
                              }));
  // (The rows come grouped by country: a country like the last row's is not kept again, so the
  // sort below takes some 300 keys, not 2,000.)
  std::string last_country;
  SELON_RETURN_IF_ERROR(ForEachTsvRow(evidence + "demonyms.tsv", 0, {"form", "pos", "country"},
                                      [&](const Fields& c, const TsvReader&) {
                                        if (d.country_keys.empty() || c[2] != last_country) {
                                          last_country.assign(c[2]);
                                          key.clear();
                                          FoldKey(c[2], &key);
                                          d.country_keys.push_back(key);
                                        }
                                        if (c[1] != "adj") return Status::Ok();
                                        key.clear();
                                        FoldKey(c[0], &key);
                                        b.Word(key).classes |= kDemonym;
                                        return Status::Ok();
                                      }));
  std::sort(d.country_keys.begin(), d.country_keys.end());
  d.country_keys.erase(std::unique(d.country_keys.begin(), d.country_keys.end()),
                       d.country_keys.end());

  return Status::Ok();
}

}  // namespace

Status ClaimExtractor::Load(const std::string& data_dir, std::unique_ptr<ClaimExtractor>* out) {
  std::unique_ptr<ClaimExtractor> x(new ClaimExtractor());
  Data& d = *x->data_;
  // The compiled image when it was compiled from the files beside it, else those files.
  uint64_t sources = 0;
  SELON_RETURN_IF_ERROR(
      internal::FirstNameTable::SourcesFingerprint(CueSourcePaths(data_dir), &sources));
  bool used = false;
  if (Status s = claims::MapCueImage(data_dir + "/cues/" + claims::kCueImage, sources, &d, &used);
      !s.ok() && s.code() != StatusCode::kNotFound)
    return s;
  if (!used) SELON_RETURN_IF_ERROR(ParseCues(data_dir, &d));
  d.Freeze();
  *out = std::move(x);
  return Status::Ok();
}

Status ClaimExtractor::CompileCues(const std::string& data_dir, std::string* image) {
  uint64_t sources = 0;
  SELON_RETURN_IF_ERROR(
      internal::FirstNameTable::SourcesFingerprint(CueSourcePaths(data_dir), &sources));
  Data d;
  SELON_RETURN_IF_ERROR(ParseCues(data_dir, &d));
  *image = claims::CompileCueImage(d, sources);
  return Status::Ok();
}

}  // namespace selon
