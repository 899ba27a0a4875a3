#include "indexer/read/html/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "indexer/read/utf8.h"
#include "text/normalize.h"

namespace verbatim::read::html {
namespace {

std::string lower(std::string_view s) {
  return text::ascii_lower(s);
}

std::string_view trim_label(std::string_view s) {
  auto quote_or_space = [](char c) {
    return c == ' ' || c == '"' || c == '\'' || c == '\t' || c == '\r' || c == '\n';
  };
  while (!s.empty() && quote_or_space(s.front())) s.remove_prefix(1);
  std::size_t end = 0;
  while (end < s.size() && !quote_or_space(s[end]) && s[end] != ';' && s[end] != '>' &&
         s[end] != '/')
    ++end;
  return s.substr(0, end);
}

// The labels browsers read as a wider charset (WHATWG Encoding): a page labelled ISO-8859-1 or
// GB2312 is written in windows-1252 or GBK in practice.
std::string canonical_label(std::string_view label) {
  std::string l = lower(label);
  if (l == "iso-8859-1" || l == "latin1" || l == "us-ascii" || l == "ascii" || l == "l1" ||
      l == "iso8859-1" || l == "cp1252")
    return "windows-1252";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb_2312-80" || l == "chinese")
    return "GB18030";
  if (l == "big5-hkscs" || l == "x-x-big5") return "Big5";
  if (l == "x-sjis" || l == "sjis" || l == "ms_kanji" || l == "shift-jis") return "Shift_JIS";
  if (l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
  return std::string(label);
}

// The charset a <meta> of the first 4 KB names: charset=... in any meta tag.
std::string meta_charset(std::string_view bytes) {
  std::string head = lower(bytes.substr(0, 4096));
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    std::size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    std::string_view rest = tag.substr(cs + 7);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || rest.front() != '=') continue;
    std::string_view label = trim_label(rest.substr(1));
    if (!label.empty())
      return std::string(bytes.substr(pos + (label.data() - tag.data()), label.size()));
  }
  return {};
}

std::string bom_charset(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (b.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (b.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return {};
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Counts each invalid sequence, then substitutes U+FFFD as ICU's default callback does.
void UCNV_COUNTING_SUBSTITUTE(const void* context, UConverterToUnicodeArgs* args, const char* units,
                              int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED)
    ++*static_cast<std::size_t*>(const_cast<void*>(context));
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, err);
}

std::unique_ptr<UConverter, ConverterCloser> open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* c = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) return nullptr;
  return std::unique_ptr<UConverter, ConverterCloser>(c);
}

std::string to_utf8(const std::u16string& wide) {
  std::string out(wide.size() * 3 + 1, '\0');
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &length,
                     reinterpret_cast<const UChar*>(wide.data()), static_cast<int32_t>(wide.size()),
                     0xFFFD, nullptr, &status);
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
  return out;
}

}  // namespace

std::string detect_charset(std::string_view bytes, std::string_view http_charset) {
  if (std::string bom = bom_charset(bytes); !bom.empty()) return bom;
  if (std::string_view h = trim_label(http_charset); !h.empty()) return canonical_label(h);
  // Bytes that are valid UTF-8 and not all ASCII are UTF-8 whatever the meta says: pages saved
  // to disk are re-encoded as UTF-8 and keep their old label, and other charsets' text is
  // almost never valid UTF-8 by chance.
  bool ascii = std::all_of(bytes.begin(), bytes.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii && !find_invalid_utf8(bytes)) return "UTF-8";
  if (std::string meta = meta_charset(bytes); !meta.empty()) {
    std::string label = canonical_label(meta);
    // A page saved as UTF-8 that still names UTF-16 in its meta is UTF-8 (WHATWG).
    if (lower(label).rfind("utf-16", 0) == 0) return "UTF-8";
    return label;
  }
  return find_invalid_utf8(bytes) ? "windows-1252" : "UTF-8";
}

Decoded decode(std::string_view bytes, std::string_view charset) {
  Decoded out;
  out.charset = canonical_label(charset);
  auto conv = open_converter(out.charset);
  if (!conv) {
    out.charset = "windows-1252";
    conv = open_converter(out.charset);
  }
  if (!conv) return out;
  UErrorCode status = U_ZERO_ERROR;
  if (const char* name = ucnv_getName(conv.get(), &status); U_SUCCESS(status)) out.charset = name;
  ucnv_setToUCallBack(conv.get(), UCNV_COUNTING_SUBSTITUTE, &out.replaced, nullptr, nullptr,
                      &status);
  std::u16string wide;
  std::vector<UChar> buf(1 << 15);
  const char* src = bytes.data();
  const char* limit = bytes.data() + bytes.size();
  do {
    status = U_ZERO_ERROR;
    UChar* target = buf.data();
    ucnv_toUnicode(conv.get(), &target, buf.data() + buf.size(), &src, limit, nullptr, true,
                   &status);
    wide.append(reinterpret_cast<const char16_t*>(buf.data()), target - buf.data());
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  out.utf8 = to_utf8(wide);
  if (out.utf8.substr(0, 3) == "\xEF\xBB\xBF") out.utf8.erase(0, 3);
  return out;
}

}  // namespace verbatim::read::html
