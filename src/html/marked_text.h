// Text with overlapping marks written as well-formed, nested HTML elements.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace selon::html {

// A span of the text to wrap in an element. Spans may overlap or nest in any way.
struct Mark {
  uint32_t begin = 0, end = 0;   // bytes of the text, at UTF-8 boundaries; empty marks are skipped
  uint32_t layer = 0;            // among marks of the same span, lower layers open first (outside)
  uint32_t kind = 0, index = 0;  // the caller's: which element (passed back to OpenTag)
};

// Writes a mark's opening tag. `first` is false for the continuation of a mark that had to be
// split (closed and opened again) because it crosses the end of another.
class OpenTag {
 public:
  virtual ~OpenTag() = default;
  virtual void Open(const Mark& mark, bool first, std::string* out) const = 0;
};

// Appends `text`, HTML-escaped, with each mark as an element opened by `tags` and closed by
// `close_tag` (the same for all). Where two marks cross, the one that ends first is closed
// with those opened inside it, and those are opened again as continuations, so the elements
// always nest. At one position, longer marks open first (fewer splits). Sorts `marks`.
// Cost: O((n + s) log n) for n marks and s splits; s is small unless many marks cross one
// another.
void AppendMarkedText(std::string_view text, std::vector<Mark>* marks, const OpenTag& tags,
                      std::string_view close_tag, std::string* out);

}  // namespace selon::html
