// Quotation marks.
//
// One pass pairs quotation marks with a stack (« with », “ with ”, straight quotes toggle); a
// paragraph that opens with « while a quotation is open continues it (French prints « at the
// head of every quoted paragraph), and so does one whose first mark of the open kind closes (the
// « left out); any other paragraph break with an open quotation, or a closing mark
// with nothing open, is unbalanced: a warning, and the mark is dropped. Only top-level
// quotations become claims; nested marks stay inside them. A quotation right after a noun of a
// work or a naming participle (l'émission « … », surnommé « … ») is a title: never a claim's.
#include "claims/extractor.h"

namespace selon::claims {

namespace {

// Quotation marks: kinds by their first byte sequence.
enum QuoteType : uint32_t { kGuillemet = 0, kCurly = 1, kStraight = 2, kSingle = 3 };

}  // namespace

void Extractor::FindQuotes() {
  s_.quotes.clear();
  s_.stack.clear();  // token indices of open marks; type in the high bits
  auto type_of = [&](uint32_t t, bool* opening, bool* closing) {
    const std::string_view x = tok_[t].text(text_);
    *opening = tok_[t].has(kOpeningQuote);
    *closing = tok_[t].has(kClosingQuote);
    if (x == "«") {
      *opening = true;
      *closing = false;
      return kGuillemet;
    }
    if (x == "»") {
      *opening = false;
      *closing = true;
      return kGuillemet;
    }
    if (x == "“" || x == "„") {
      *opening = true;
      *closing = false;
      return kCurly;
    }
    if (x == "”") {
      *opening = false;
      *closing = true;
      return kCurly;
    }
    if (x == "‹" || x == "›") {
      *opening = x == "‹";
      *closing = !*opening;
      return kSingle;
    }
    return kStraight;
  };
  auto type_at = [&](uint32_t t) {
    bool o, c;
    return type_of(t, &o, &c);
  };
  auto warn = [&](uint32_t t) { a_.unbalanced_quotes.push_back(tok_[t].begin); };
  std::vector<Scratch::Quote>& quotes = s_.quotes;
  // Only quotation marks and paragraph starts matter here: Prepare listed them.
  const std::vector<uint32_t>& events = s_.quote_events;
  // Whether the paragraph starting at quote event `i` closes a quotation of `type` before it
  // opens one: "« Je n'aurais jamais imaginé … ¶ Je remercie l'équipe », a-t-elle déclaré",
  // the « at the head of the continued paragraph left out.
  auto closes_first = [&](size_t i, QuoteType type) {
    for (size_t k = i; k < events.size(); ++k) {
      const uint32_t u = events[k];
      if (k > i && tok_[u].has(kNewlineBefore)) return false;
      if (tok_[u].kind != TokenKind::kQuote || type_at(u) != type) continue;
      bool opening, closing;
      type_of(u, &opening, &closing);
      return closing && !opening;
    }
    return false;
  };
  for (size_t i = 0; i < events.size(); ++i) {
    const uint32_t t = events[i];
    if (t > 0 && tok_[t].has(kNewlineBefore) && !s_.stack.empty()) {
      // A new paragraph with quotations open: « at its head continues them (the mark is no
      // new quotation), and so does a paragraph whose first mark of that kind closes; else
      // they were never closed.
      const QuoteType open_type = type_at(s_.stack.front());
      if (tok_[t].kind == TokenKind::kQuote && type_at(t) == open_type &&
          tok_[t].has(kOpeningQuote))
        continue;
      if (!(open_type != kStraight && closes_first(i, open_type))) {
        for (uint32_t o : s_.stack) warn(o);
        s_.stack.clear();
      }
    }
    if (tok_[t].kind != TokenKind::kQuote) continue;
    bool opening, closing;
    const QuoteType type = type_of(t, &opening, &closing);
    // Closing: find the innermost open mark of the same type.
    int64_t match = -1;
    if (closing) {
      for (size_t k = s_.stack.size(); k-- > 0;)
        if (type_at(s_.stack[k]) == type) {
          match = static_cast<int64_t>(k);
          break;
        }
    }
    if (match >= 0) {
      for (size_t k = s_.stack.size(); k-- > static_cast<size_t>(match) + 1;) warn(s_.stack[k]);
      const uint32_t open = s_.stack[match];
      s_.stack.resize(match);
      if (s_.stack.empty()) quotes.push_back({open, t, false});
      continue;
    }
    if (opening) {
      s_.stack.push_back(t);
    } else if (type != kStraight || closing) {
      warn(t);  // a closing mark with nothing open
    }
  }
  for (uint32_t o : s_.stack) warn(o);
  std::sort(a_.unbalanced_quotes.begin(), a_.unbalanced_quotes.end());
  for (size_t q = 0; q < quotes.size(); ++q) {
    for (uint32_t t = quotes[q].open; t <= quotes[q].close; ++t)
      s_.quote[t] = static_cast<int32_t>(q);
    // A title after a noun of a work, a nickname after surnommé or a name after appelé
    // (decision 14); and so is each quotation listed after one ("appelés « Liberté »,
    // « Égalité » et « Fraternité »).
    const uint32_t open = quotes[q].open;
    // (de may repeat after the conjunction: "auteur de « A » et de « B »".)
    const bool listed =
        q > 0 && quotes[q - 1].title &&
        (quotes[q - 1].close + 1 == open ||
         (quotes[q - 1].close + 2 == open && (Comma(open - 1) || Is(open - 1, kConj))) ||
         (quotes[q - 1].close + 3 == open && Is(open - 1, kDe) && !Is(open - 1, kDet) &&
          (Comma(open - 2) || Is(open - 2, kConj))));
    // (Not across a line break: a headline ending on "titre" or "film" names no work here.)
    // ("auteur de « … »": the author's noun, then de.)
    const bool after_work =
        open > 0 && !tok_[open].has(kNewlineBefore) &&
        (Is(open - 1, kWork) ||
         (open > 1 && Is(open - 1, kDe) && !Is(open - 1, kDet) && Is(open - 2, kWork) &&
          Info(open - 2) != nullptr && Info(open - 2)->author));
    if (after_work || listed) quotes[q].used = quotes[q].title = true;
  }
}

}  // namespace selon::claims
