// Character classification and key folding. Latin code points (the bulk of French text) are
// served from tables built once from utf8proc; the rest ask utf8proc directly.
#include <utf8proc.h>

#include <array>
#include <string>

#include "internal/chars.h"
#include "internal/utf8.h"
#include "selon/tokenizer.h"

namespace selon::internal {
namespace {

constexpr char32_t kTableSize = 0x250;  // Basic Latin .. Latin Extended-B

CharClass ClassifySlow(char32_t c) {
  switch (c) {
    case '\n':
    case '\r':
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return CharClass::kNewline;
    case '\'':
    case 0x2019:
    case 0x02BC:
    case 0x2018:
      return CharClass::kApostrophe;
    case '-':
    case 0x2010:
    case 0x2011:
      return CharClass::kHyphen;
    case 0x00AD:
    case 0x200C:
    case 0x200D:
      return CharClass::kJoiner;
    case 0xFEFF:
      return CharClass::kSpace;
    case 0x00A7:
    case 0x2030:  // § ‰: Po in Unicode, symbols to a reader
      return CharClass::kSymbol;
    default:
      break;
  }
  if (c >= 0xFE00 && c <= 0xFE0F) return CharClass::kJoiner;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kNewline;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

void AppendFoldedSlow(char32_t c, std::string* out) {
  if (c == 0x0153) {
    out->append("oe");
    return;
  }  // œ: no Unicode decomposition
  if (c == 0x0152) {
    out->append("oe");
    return;
  }  // Œ
  if (c == 0x00E6 || c == 0x00C6) {
    out->append("ae");
    return;
  }
  if (c == 0x2010 || c == 0x2011) {
    out->push_back('-');
    return;
  }
  utf8proc_int32_t buffer[8];
  int last_boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), buffer, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_LUMP),
      &last_boundclass);
  if (n < 0 || n > 8) {
    AppendUtf8(c, out);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) AppendUtf8(static_cast<char32_t>(buffer[i]), out);
}

struct Tables {
  std::array<CharClass, kTableSize> cls;
  std::array<uint8_t, kTableSize> upper;
  std::array<uint8_t, kTableSize> lower;
  std::array<std::string, kTableSize> folded;
  Tables() {
    for (char32_t c = 0; c < kTableSize; ++c) {
      cls[c] = ClassifySlow(c);
      const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
      upper[c] = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      lower[c] = cat == UTF8PROC_CATEGORY_LL;
      AppendFoldedSlow(c, &folded[c]);
    }
  }
};

// Built at load time rather than on first use, so lookups in hot loops carry no guard check.
const Tables kTables;

inline const Tables& GetTables() { return kTables; }

}  // namespace

CharClass Classify(char32_t c) {
  if (c < kTableSize) return GetTables().cls[c];
  return ClassifySlow(c);
}

bool IsUpperCase(char32_t c) {
  if (c < kTableSize) return GetTables().upper[c];
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsLowerCase(char32_t c) {
  if (c < kTableSize) return GetTables().lower[c];
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

void AppendFolded(char32_t c, std::string* out) {
  if (c < kTableSize) {
    const std::string& folded = GetTables().folded[c];
    if (folded.size() == 1)
      out->push_back(folded[0]);
    else
      out->append(folded);
    return;
  }
  if (c == 0x2019 || c == 0x02BC || c == 0x2018) {  // the apostrophes of French text
    out->push_back('\'');
    return;
  }
  AppendFoldedSlow(c, out);
}

}  // namespace selon::internal

namespace selon {

void FoldKey(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    const int32_t c = internal::NextCodepoint(text, &pos);
    internal::AppendFolded(c < 0 ? internal::kReplacement : static_cast<char32_t>(c), out);
  }
}

}  // namespace selon
