// The HTML report (selon --format html): escaping, nesting of crossing spans, the sections of a
// batch, error sections. The page in a real browser: browser_test.cpp.
#include "html/html_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "html/escape.h"
#include "html/marked_text.h"

namespace selon {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

// Checks that every element is closed in the order it was opened, outside <script> and
// <style> (whose text is not markup); void elements (meta, link, br) have no end tag. Returns
// an empty string when well-formed, else what went wrong.
std::string NestingError(const std::string& html) {
  std::vector<std::string> stack;
  size_t at = 0;
  while ((at = html.find('<', at)) != std::string::npos) {
    if (html.compare(at, 9, "<!DOCTYPE") == 0) {
      at = html.find('>', at);
      continue;
    }
    const size_t end = html.find('>', at);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(at);
    const bool closing = html[at + 1] == '/';
    const size_t name_begin = at + (closing ? 2 : 1);
    const size_t name_end = html.find_first_of(" >", name_begin);
    const std::string name = html.substr(name_begin, name_end - name_begin);
    at = end + 1;
    if (closing) {
      if (stack.empty() || stack.back() != name)
        return "</" + name + "> closes <" + (stack.empty() ? "" : stack.back()) + "> at " +
               std::to_string(at);
      stack.pop_back();
      continue;
    }
    if (name == "meta" || name == "link" || name == "br") continue;
    if (name == "script" || name == "style") {
      at = html.find("</" + name + ">", at);
      if (at == std::string::npos) return "<" + name + "> never closed";
      at += name.size() + 3;
      continue;
    }
    stack.push_back(name);
  }
  return stack.empty() ? "" : "<" + stack.back() + "> never closed";
}

// ---- Escaping ----

TEST(HtmlEscape, TextShowsMarkupAndEntitiesLiterally) {
  struct Case {
    std::string in, text, attribute;
  } cases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;",
       "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"Pierre &amp; Marie", "Pierre &amp;amp; Marie", "Pierre &amp;amp; Marie"},
      {"« Non », a-t-il dit", "« Non », a-t-il dit", "« Non », a-t-il dit"},
      {"il a dit \"oui\" & l'a écrit", "il a dit \"oui\" &amp; l'a écrit",
       "il a dit &quot;oui&quot; &amp; l'a écrit"},
      {std::string("a\0b", 3),
       "a\xEF\xBF\xBD"
       "b",
       "a\xEF\xBF\xBD"
       "b"},
      {"", "", ""},
      // Long runs, so that the 8-byte scan meets the special bytes at every position.
      {"abcdefgh<ijklmnop>qrstuvw&", "abcdefgh&lt;ijklmnop&gt;qrstuvw&amp;",
       "abcdefgh&lt;ijklmnop&gt;qrstuvw&amp;"},
      {"0123456\"89abcdef", "0123456\"89abcdef", "0123456&quot;89abcdef"},
  };
  for (const Case& c : cases) {
    std::string text, attribute;
    html::AppendText(c.in, &text);
    html::AppendAttribute(c.in, &attribute);
    EXPECT_EQ(text, c.text) << c.in;
    EXPECT_EQ(attribute, c.attribute) << c.in;
  }
  for (size_t shift = 0; shift < 9; ++shift) {
    const std::string in = std::string(shift, 'x') + "<&>" + std::string(9, 'y');
    std::string text;
    html::AppendText(in, &text);
    EXPECT_EQ(text, std::string(shift, 'x') + "&lt;&amp;&gt;" + std::string(9, 'y'));
  }
}

// ---- Nesting of crossing spans ----

// Tags "<k>" (first piece) and "<k+>" (continuation), k the mark's index; "</>" closes.
class Letters : public html::OpenTag {
 public:
  void Open(const html::Mark& mark, bool first, std::string* out) const override {
    out->append("<").append(std::to_string(mark.index)).append(first ? ">" : "+>");
  }
};

std::string Marked(const std::string& text, std::vector<html::Mark> marks) {
  std::string out;
  html::AppendMarkedText(text, &marks, Letters(), "</>", &out);
  return out;
}

TEST(HtmlMarkedText, NestsCrossingAndEqualSpans) {
  using M = html::Mark;
  // {begin, end, layer, kind, index}
  EXPECT_EQ(Marked("abcdefghij", {}), "abcdefghij");
  EXPECT_EQ(Marked("abcdefghij", {M{2, 5, 0, 0, 1}}), "ab<1>cde</>fghij");
  // Nested: the longer outside, whatever the order given.
  EXPECT_EQ(Marked("abcdefghij", {M{3, 5, 0, 0, 2}, M{0, 10, 0, 0, 1}}), "<1>abc<2>de</>fghij</>");
  // Crossing: the first to end closes; the other goes on as a continuation.
  EXPECT_EQ(Marked("abcdefghij", {M{0, 5, 0, 0, 1}, M{3, 8, 0, 0, 2}}),
            "<1>abc<2>de</></><2+>fgh</>ij");
  // The same span twice (a speaker that is a mention): the lower layer outside.
  EXPECT_EQ(Marked("abcdefghij", {M{2, 4, 5, 0, 2}, M{2, 4, 1, 0, 1}}), "ab<1><2>cd</></>efghij");
  // A mention inside a content that a speaker crosses (speaker inside a quote, then beyond).
  EXPECT_EQ(Marked("abcdefghij", {M{0, 6, 0, 0, 1}, M{4, 9, 1, 0, 2}, M{5, 7, 5, 0, 3}}),
            "<1>abcd<2>e<3>f</></></><2+><3+>g</>hi</>j");
  // Empty and out-of-range marks are skipped.
  EXPECT_EQ(Marked("abc", {M{1, 1, 0, 0, 1}, M{2, 9, 0, 0, 2}}), "abc");
  // Text between marks is escaped.
  EXPECT_EQ(Marked("a<b>&c", {M{1, 4, 0, 0, 1}}), "a<1>&lt;b&gt;</>&amp;c");
}

// Random marks: the output always nests, its text is the input, and every character is inside
// exactly the marks that cover it.
TEST(HtmlMarkedText, RandomMarksAlwaysNest) {
  std::mt19937 random(13);
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int round = 0; round < 2000; ++round) {
    std::vector<html::Mark> marks;
    const int n = static_cast<int>(random() % 8);
    for (int i = 0; i < n; ++i) {
      uint32_t a = random() % (text.size() + 1), b = random() % (text.size() + 1);
      if (a > b) std::swap(a, b);
      marks.push_back({a, b, static_cast<uint32_t>(random() % 3), 0, static_cast<uint32_t>(i)});
    }
    const std::string out = Marked(text, marks);
    std::vector<uint32_t> stack;
    std::string plain;
    for (size_t at = 0; at < out.size();) {
      if (out.compare(at, 3, "</>") == 0) {
        ASSERT_FALSE(stack.empty()) << out;
        stack.pop_back();
        at += 3;
      } else if (out[at] == '<') {
        const size_t end = out.find('>', at);
        stack.push_back(std::stoul(out.substr(at + 1, end - at - 1)));
        at = end + 1;
      } else {
        std::vector<uint32_t> expected;
        for (const html::Mark& m : marks) {
          if (m.begin <= plain.size() && plain.size() < m.end) expected.push_back(m.index);
        }
        std::vector<uint32_t> open = stack;
        std::sort(open.begin(), open.end());
        std::sort(expected.begin(), expected.end());
        ASSERT_EQ(open, expected) << "at " << plain.size() << " in " << out;
        plain.push_back(out[at++]);
      }
    }
    EXPECT_TRUE(stack.empty()) << out;
    EXPECT_EQ(plain, text);
  }
}

// ---- Sections ----

// "Selon Claire Dubois, la <b>Ville</b> &amp; Orano « paieront », a dit Marc Leroy."
// with a hand-made analysis: two people, one organization, two claims whose parts cross.
struct Sample {
  Document doc{std::string(
      "Selon Claire Dubois, la <script>alert(1)</script> &amp; Orano « paieront », a dit "
      "Marc Leroy.")};
  Analysis analysis;

  uint32_t Find(const std::string& s) const {
    return static_cast<uint32_t>(doc.analysis_text().find(s));
  }
  uint32_t End(const std::string& s) const { return Find(s) + static_cast<uint32_t>(s.size()); }

  Sample() {
    analysis.entities = {{EntityType::kPerson, "Claire Dubois", "", -1, 0},
                         {EntityType::kOrganization, "Orano <SA>", "Q56", -1, 0},
                         {EntityType::kPerson, "Marc Leroy", "", -1, 0}};
    analysis.mentions = {{Find("Claire"), End("Dubois"), 0, 0, 0, 0, "lexicon"},
                         {Find("Orano"), End("Orano"), 0, 0, 0, 1, "lexicon"},
                         {Find("Marc"), End("Leroy"), 0, 0, 0, 2, "lexicon"}};
    analysis.roles = {{2, 1, Find("paieront"), End("paieront"), "porte-parole"}};
    Attribution according;
    according.kind = ClaimKind::kAccordingTo;
    according.cue_begin = Find("Selon");
    according.cue_end = End("Selon");
    according.lemma = "selon";
    according.content_begin = Find("la <script>");
    according.content_end = End("»");
    according.speaker = {Find("Claire"), End("Dubois"), 0};
    Attribution direct;
    direct.kind = ClaimKind::kDirect;
    direct.cue_begin = Find("a dit");
    direct.cue_end = End("a dit");
    direct.lemma = "dire";
    // Crosses the first claim's content: starts inside it, ends after it.
    direct.content_begin = Find("paieront");
    direct.content_end = End("a dit");
    direct.speaker = {Find("Marc"), End("Leroy"), 2};
    analysis.claims = {according, direct};
  }
};

TEST(HtmlWriter, SectionEscapesTextAndNestsMarks) {
  const Sample s;
  std::string out;
  HtmlWriter().WriteResult(7, s.doc, s.analysis, {"\"dépêche <1>\"", "in/a.txt"}, &out);
  EXPECT_EQ(NestingError(out), "");
  // Markup and entities of the text are shown, never interpreted.
  EXPECT_EQ(out.find("<script>alert"), std::string::npos);
  EXPECT_NE(out.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; "), std::string::npos);
  EXPECT_NE(out.find("data-title=\"dépêche &lt;1&gt;\""), std::string::npos);
  EXPECT_NE(out.find("data-name=\"Orano &lt;SA&gt;\""), std::string::npos);
  // One focusable element per mention, one row per claim, ids prefixed by the section.
  EXPECT_EQ(Count(out, "tabindex=\"0\" data-e="), 3u);
  EXPECT_EQ(Count(out, "<tr data-go="), 2u);
  EXPECT_NE(out.find("<section class=\"doc\" id=\"d7\""), std::string::npos);
  EXPECT_NE(out.find("data-mentions=\"3\" data-claims=\"2\""), std::string::npos);
  EXPECT_EQ(Count(out, "id=\"d7-c1\""), 1u);
  EXPECT_EQ(Count(out, "id=\"d7-c2\""), 1u);
  EXPECT_NE(out.find("<tr data-go=\"d7-c2\" data-c=\"2\"><td><a href=\"#d7-c2\">"),
            std::string::npos);
  // The crossing contents: the second is split, its continuation carries no id.
  EXPECT_NE(out.find("<span class=\"ct cont\" data-c=\"2\">"), std::string::npos);
  // Speaker names, roles, kinds, the Wikidata link.
  EXPECT_NE(out.find("<td>Marc Leroy<span class=\"roles\">paieront</span></td>"),
            std::string::npos);
  EXPECT_NE(out.find("<td>selon</td>"), std::string::npos);
  EXPECT_NE(out.find("<a href=\"https://www.wikidata.org/wiki/Q56\">Q56</a>"), std::string::npos);
}

TEST(HtmlWriter, UnresolvedAndMissingSpeakers) {
  Sample s;
  s.analysis.claims[0].speaker.entity = -1;
  s.analysis.claims[1].speaker = {};
  std::string out;
  HtmlWriter().WriteResult(1, s.doc, s.analysis, {"\"a\""}, &out);
  EXPECT_EQ(NestingError(out), "");
  EXPECT_NE(out.find("<td>Claire Dubois <span class=\"dim\">(non identifié)</span></td>"),
            std::string::npos);
  EXPECT_NE(out.find("<td><span class=\"dim\">(non nommé)</span></td>"), std::string::npos);
}

TEST(HtmlWriter, BatchHasOneHeadATableOfContentsAndOneSectionPerRecord) {
  const Sample s;
  const HtmlWriter writer;
  std::string page;
  writer.WriteHeader(&page);
  writer.WriteResult(1, s.doc, s.analysis, {"\"un.txt\"", "un.txt"}, &page);
  writer.WriteError(
      2, {"null", "deux.txt"},
      {"not_found", "deux.txt: no such file <or> directory", std::nullopt, "deux.txt"}, &page);
  writer.WriteResult(3, s.doc, s.analysis, {"42", "flux.jsonl", 42}, &page);
  writer.WriteFooter(&page);
  EXPECT_EQ(NestingError(page), "");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(Count(page, "<!DOCTYPE"), 1u);
  EXPECT_EQ(Count(page, "</html>"), 1u);
  EXPECT_EQ(Count(page, "<nav id=\"toc\""), 1u);
  EXPECT_LT(page.find("<nav id=\"toc\""), page.find("<section class=\"doc"));
  // Sections in order, each with the title the table of contents shows.
  const size_t one = page.find("id=\"d1\" data-title=\"un.txt\"");
  const size_t two = page.find("<section class=\"doc err\" id=\"d2\" data-title=\"deux.txt\"");
  const size_t three = page.find("id=\"d3\" data-title=\"42\"");
  ASSERT_NE(one, std::string::npos);
  ASSERT_NE(two, std::string::npos);
  ASSERT_NE(three, std::string::npos);
  EXPECT_LT(one, two);
  EXPECT_LT(two, three);
  EXPECT_NE(page.find("<p class=\"meta\">flux.jsonl, ligne 42"), std::string::npos);
  // Nothing is fetched: no src= or external style sheet; the policy forbids it anyway.
  EXPECT_EQ(page.find(" src="), std::string::npos);
  EXPECT_EQ(page.find("rel=\"stylesheet\""), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  // Two scripts, both the writer's.
  EXPECT_EQ(Count(page, "<script>"), 2u);
}

TEST(HtmlWriter, ErrorRecordIsAnErrorSection) {
  std::string out;
  HtmlWriter().WriteError(5, {"null", "x/<b>.txt"},
                          {"unreadable", "x/<b>.txt: permission denied", std::nullopt, "x"}, &out);
  EXPECT_EQ(NestingError(out), "");
  EXPECT_NE(out.find("<section class=\"doc err\" id=\"d5\" data-title=\"x/&lt;b&gt;.txt\""),
            std::string::npos);
  EXPECT_NE(out.find("<code>unreadable</code> : x/&lt;b&gt;.txt: permission denied"),
            std::string::npos);
  EXPECT_EQ(out.find("data-mentions"), std::string::npos);
}

TEST(HtmlWriter, EmptyDocument) {
  const Document doc{std::string()};
  std::string out;
  HtmlWriter().WriteResult(1, doc, Analysis(), {"\"-\"", "-"}, &out);
  EXPECT_EQ(NestingError(out), "");
  EXPECT_NE(out.find("Aucune citation"), std::string::npos);
  EXPECT_NE(out.find("Aucune entité."), std::string::npos);
}

}  // namespace
}  // namespace selon
