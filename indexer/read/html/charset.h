// Character sets of HTML pages: which one a page is written in, and its text as UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verbatim::read::html {

struct Decoded {
  std::string utf8;
  std::string charset;       // the ICU name of the charset read ("UTF-8", "windows-1252", ...)
  std::size_t replaced = 0;  // invalid byte sequences replaced by U+FFFD
};

// The charset of `bytes`, best source first: a byte order mark, the HTTP header's charset
// (`http_charset`, may be empty), UTF-8 when the bytes are valid UTF-8 and not all ASCII,
// <meta charset> or <meta http-equiv=Content-Type> in the first 4 KB, else windows-1252 (what
// browsers assume).
std::string detect_charset(std::string_view bytes, std::string_view http_charset);

// `bytes` converted from `charset` (a label as pages write it: "gb2312", "Shift_JIS", ...) to
// UTF-8 with ICU; invalid sequences replaced and counted. An unknown label reads as windows-1252.
Decoded decode(std::string_view bytes, std::string_view charset);

}  // namespace verbatim::read::html
