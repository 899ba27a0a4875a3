// Reading HTML: a news page (or a wire's release page) as an item, and the paragraphs of an
// HTML fragment (a feed entry's body). The one entry point for every reader of HTML: files,
// feeds and fetched pages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/read/item.h"

namespace verbatim::read {

inline constexpr std::size_t kMaxHtmlBytes = 32u << 20;  // a news page is well under 1 MB

struct HtmlPage {
  Item item;            // id and url: the canonical URL (empty when the page names none)
  std::string warning;  // one line for the file when bytes were replaced, else empty
  std::string charset;  // the charset the page was read in
};

// The article of an HTML page: metadata best source first (JSON-LD, OpenGraph, canonical link,
// <time>, <title> minus the site name, the wire dateline), the body's paragraphs found by
// content scoring, wire conventions (issuer prefix, dateline, boilerplate) as for text items.
// `url_hint` is the URL the page came from (resolves a relative canonical link; the id when
// the page names no URL); `charset_hint` the HTTP header's charset. Both may be empty.
// Throws std::runtime_error with a one-line reason: binary content, larger than kMaxHtmlBytes,
// no article.
HtmlPage read_html(std::string_view bytes, std::string_view url_hint = {},
                   std::string_view charset_hint = {});

// The paragraphs of an HTML fragment in UTF-8 (a feed entry's content), from its block
// structure, without looking for an article in it.
std::vector<std::string> html_fragment_paragraphs(std::string_view html);

// True when `bytes` start like an HTML document (<!doctype html>, <html>, <head>, a comment).
bool looks_like_html(std::string_view bytes);

}  // namespace verbatim::read
