// HTML escaping of text from the input or the data.
#pragma once

#include <string>
#include <string_view>

namespace selon::html {

// Appends `text` as HTML character data: `&` `<` `>` become entities, NUL becomes U+FFFD (an
// HTML parser drops it). Other bytes are copied as they are (the caller passes valid UTF-8).
void AppendText(std::string_view text, std::string* out);

// Appends `text` for a double-quoted attribute value: as AppendText, and `"` as `&quot;`.
void AppendAttribute(std::string_view text, std::string* out);

}  // namespace selon::html
