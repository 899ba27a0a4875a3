#include "indexer/read/html/nesting.h"

#include <algorithm>
#include <array>
#include <string>

namespace verbatim::read::html {
namespace {

// Tags that never hold open an element of their own on the parser's stack for long.
constexpr std::array<std::string_view, 38> kNotNesting = {
    // void elements
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    // end tags implied by the parser (a new one closes the open one, or its container does)
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "thead",
    "tbody", "tfoot", "colgroup", "caption"};
// A start tag of these closes (or is ignored inside) an open one of the same kind.
constexpr std::array<std::string_view, 4> kOneAtATime = {"a", "button", "form", "nobr"};
// Their content is text up to their end tag.
constexpr std::array<std::string_view, 9> kRawText = {
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

// The lower-case tag name starting at `pos`; `pos` moves past it.
std::string tag_name(std::string_view html, std::size_t& pos) {
  std::string name;
  while (pos < html.size() && is_name_char(html[pos]) && name.size() < 32) {
    char c = html[pos++];
    name.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return name;
}

// The position just past the '>' ending the tag that `pos` is inside (quotes respected), and
// whether it ended in "/>".
std::size_t tag_end(std::string_view html, std::size_t pos, bool& self_closing) {
  char quote = 0;
  for (; pos < html.size(); ++pos) {
    char c = html[pos];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      self_closing = pos > 0 && html[pos - 1] == '/';
      return pos + 1;
    }
  }
  return html.size();
}

// The position just past the end tag </name> (any case), or the end of the page.
std::size_t past_end_tag(std::string_view html, std::size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    std::size_t at = pos + 2;
    if (tag_name(html, at) == name) return at;
    pos += 2;
  }
  return html.size();
}

}  // namespace

std::size_t nesting_depth(std::string_view html, std::size_t stop_at) {
  std::size_t depth = 0, deepest = 0, foreign = 0;  // foreign: inside <svg> or <math>
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    ++pos;
    if (html.substr(pos, 3) == "!--") {
      std::size_t end = html.find("-->", pos + 3);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    bool closing = pos < html.size() && html[pos] == '/';
    if (closing) ++pos;
    std::string name = tag_name(html, pos);
    if (name.empty()) continue;  // "<!DOCTYPE", "<?xml", a stray "<"
    bool self_closing = false;
    pos = tag_end(html, pos, self_closing);
    if (closing) {
      if (in(kNotNesting, name) || in(kOneAtATime, name)) continue;
      if ((name == "svg" || name == "math") && foreign > 0) --foreign;
      if (depth > 0) --depth;
      continue;
    }
    if (in(kRawText, name)) {
      if (!self_closing) pos = past_end_tag(html, pos, name);
      continue;
    }
    if (in(kNotNesting, name) || in(kOneAtATime, name)) continue;
    if (self_closing && (foreign > 0 || name == "svg" || name == "math")) continue;
    if (name == "svg" || name == "math") ++foreign;
    deepest = std::max(deepest, ++depth);
    if (deepest > stop_at) break;
  }
  return deepest;
}

}  // namespace verbatim::read::html
