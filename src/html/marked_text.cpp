// Nesting crossing spans: a sweep over the boundaries with a stack of open elements.
//
// Marks are sorted by (begin, longer first, layer). At each boundary, marks that end there are
// closed: every element above the deepest of them on the stack is closed too (HTML elements
// cannot cross), and those that go on are remembered. Then the remembered ones and the marks
// that begin there are opened, longer first, so that an element opened here encloses the ones
// that end before it. Between boundaries the text is escaped and copied.
#include "html/marked_text.h"

#include <algorithm>

#include "html/escape.h"

namespace selon::html {
namespace {

struct Open {
  const Mark* mark;
  bool first;
};

// Outer first: ends later, then lower layer.
bool Outer(const Mark* a, const Mark* b) {
  if (a->end != b->end) return a->end > b->end;
  return a->layer < b->layer;
}

}  // namespace

void AppendMarkedText(std::string_view text, std::vector<Mark>* marks, const OpenTag& tags,
                      std::string_view close_tag, std::string* out) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  marks->erase(std::remove_if(marks->begin(), marks->end(),
                              [&](const Mark& m) { return m.begin >= m.end || m.end > size; }),
               marks->end());
  std::sort(marks->begin(), marks->end(), [](const Mark& a, const Mark& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.layer < b.layer;
  });
  std::vector<const Mark*> stack, opening;
  size_t next = 0;  // first mark not yet opened
  uint32_t pos = 0;
  while (true) {
    uint32_t boundary = size;
    if (next < marks->size()) boundary = std::min(boundary, (*marks)[next].begin);
    for (const Mark* m : stack) boundary = std::min(boundary, m->end);
    AppendText(text.substr(pos, boundary - pos), out);
    pos = boundary;
    // Close what ends here, and what was opened inside it.
    size_t deepest = stack.size();
    for (size_t i = 0; i < stack.size(); ++i) {
      if (stack[i]->end == pos) {
        deepest = i;
        break;
      }
    }
    opening.clear();
    for (size_t i = stack.size(); i > deepest; --i) {
      out->append(close_tag);
      if (stack[i - 1]->end > pos) opening.push_back(stack[i - 1]);
    }
    stack.resize(deepest);
    for (; next < marks->size() && (*marks)[next].begin == pos; ++next)
      opening.push_back(&(*marks)[next]);
    if (opening.empty() && pos == size) break;
    // Reopened marks first among equals: they were outside before.
    std::stable_sort(opening.begin(), opening.end(), Outer);
    for (const Mark* m : opening) {
      tags.Open(*m, /*first=*/m->begin == pos, out);
      stack.push_back(m);
    }
  }
}

}  // namespace selon::html
