// The generated cue forms (lexicons/cues/forms.tsv, by tools/build-cues) against the lemmas they
// come from (lemmas.tsv): every lemma must be reachable in each form a news text uses (infinitive,
// present, past participle for compound tenses, present participle), and regular first-group
// verbs must carry their regular endings. A wrong stem (tweetlé for tweeter) fails here.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {  // the first non-comment line names the columns
      header = false;
      continue;
    }
    std::vector<std::string> cols;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      cols.push_back(line.substr(start, tab - start));
    cols.push_back(line.substr(start));
    rows.push_back(std::move(cols));
  }
  return rows;
}

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The verb a lemma conjugates and the words after it: "se plaindre" -> plaindre, "";
// "mettre en garde" -> mettre, " en garde"; "s'inquiéter" -> inquiéter.
std::pair<std::string, std::string> Verb(std::string lemma) {
  if (lemma.rfind("se ", 0) == 0) lemma = lemma.substr(3);
  if (lemma.rfind("s'", 0) == 0) lemma = lemma.substr(2);
  const size_t space = lemma.find(' ');
  if (space == std::string::npos) return {lemma, ""};
  return {lemma.substr(0, space), lemma.substr(space)};
}

struct Forms {
  std::map<std::string, std::map<std::string, std::set<std::string>>> by_lemma;  // tag -> forms
};

const Forms& LoadForms() {
  static const Forms forms = [] {
    Forms f;
    for (const auto& row : ReadTsv(std::string(SELON_TEST_DATA_DIR) + "/cues/forms.tsv")) {
      EXPECT_EQ(row.size(), 3u);
      if (row.size() != 3) continue;
      size_t start = 0;
      for (size_t comma;; start = comma + 1) {
        comma = row[2].find(',', start);
        f.by_lemma[row[1]][row[2].substr(start, comma - start)].insert(row[0]);
        if (comma == std::string::npos) break;
      }
    }
    return f;
  }();
  return forms;
}

TEST(CueForms, EveryLemmaHasItsInfinitivePresentParticiplesAndGerund) {
  const auto lemmas = ReadTsv(std::string(SELON_TEST_DATA_DIR) + "/cues/lemmas.tsv");
  ASSERT_GE(lemmas.size(), 150u);
  const Forms& forms = LoadForms();
  for (const auto& row : lemmas) {
    const std::string& lemma = row[0];
    const auto it = forms.by_lemma.find(lemma);
    if (it == forms.by_lemma.end()) {
      ADD_FAILURE() << lemma << ": no form in forms.tsv (run tools/build-cues)";
      continue;
    }
    const auto& tags = it->second;
    const std::pair<std::string, std::string> parts = Verb(lemma);
    const std::string& verb = parts.first;
    const std::string& rest = parts.second;
    auto has = [&](const char* tag, const std::string& form) {
      const auto t = tags.find(tag);
      return t != tags.end() && t->second.count(form + rest) > 0;
    };
    EXPECT_TRUE(has("inf", verb)) << lemma << ": no infinitive " << verb + rest;
    // Their present participle is a function word of words.tsv (maintenant: an adverb), which
    // tools/build-cues leaves out.
    static const std::set<std::string> kGerundIsAFunctionWord = {"maintenir"};
    for (const char* tag : {"fin", "pp", "ger"})
      if (std::string(tag) != "ger" || !kGerundIsAFunctionWord.count(lemma))
        EXPECT_TRUE(tags.count(tag)) << lemma << ": no " << tag << " form";
    // Regular first-group endings (stem changes such as appelle or cède leave these alone).
    if (EndsWith(verb, "er") && verb != "aller") {
      const std::string stem = verb.substr(0, verb.size() - 2);
      const std::string ger = EndsWith(verb, "cer")   ? stem.substr(0, stem.size() - 1) + "çant"
                              : EndsWith(verb, "ger") ? stem + "eant"
                                                      : stem + "ant";
      EXPECT_TRUE(has("pp", stem + "é")) << lemma << ": no past participle " << stem + "é";
      EXPECT_TRUE(has("ger", ger)) << lemma << ": no present participle " << ger;
      EXPECT_TRUE(has("fin", stem + "ent") || has("fin", stem + "èrent"))
          << lemma << ": no third person plural";
    }
  }
}

// The verbs Lefff lacks are conjugated from a model (tools/build-cues): spot-check the forms a
// news sentence needs ("a tweeté", "en tweetant").
TEST(CueForms, VerbsOutsideLefffGetRegularForms) {
  const Forms& forms = LoadForms();
  const auto it = forms.by_lemma.find("tweeter");
  ASSERT_NE(it, forms.by_lemma.end());
  EXPECT_TRUE(it->second.at("pp").count("tweeté"));
  EXPECT_TRUE(it->second.at("ger").count("tweetant"));
  EXPECT_TRUE(it->second.at("fin").count("tweete"));
  for (const auto& [tag, set] : it->second)
    for (const std::string& form : set)
      EXPECT_EQ(form.rfind("tweet", 0), 0u) << form << " (" << tag << ")";
}

}  // namespace
