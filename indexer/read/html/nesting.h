// How deep a page's elements nest, estimated from its tags before it is parsed.
//
// gumbo's tree builder scans the stack of open elements for every block start tag, so a page of
// N unclosed <div>s takes time quadratic in N (20,000 take 2 s, 100,000 take 90 s), and the
// extractor walks the tree recursively, so 200,000 unclosed <span>s overflow the stack. No news
// page nests anywhere near that deep (Readability's test pages: 38 at most), so a page deeper
// than kMaxHtmlNesting is refused before it is parsed.
#pragma once

#include <cstddef>
#include <string_view>

namespace verbatim::read::html {

inline constexpr std::size_t kMaxHtmlNesting = 1000;

// The deepest nesting of elements that an HTML parser would keep open, counting start tags
// against end tags; void elements, elements whose end tag the parser implies (p, li, td, ...)
// and those that close an open one of their own kind (a, button, form, nobr) are not counted,
// raw text (script, style, textarea, title, ...) and comments are skipped. Stops counting once
// the depth exceeds `stop_at`, and returns that depth.
std::size_t nesting_depth(std::string_view html, std::size_t stop_at = kMaxHtmlNesting);

}  // namespace verbatim::read::html
