// A page's metadata, best source first: JSON-LD (NewsArticle/Article and kin), OpenGraph and
// article: meta, <link rel=canonical>, other meta tags, <time>, <title> minus the site name.
#pragma once

#include <string>

#include "indexer/read/html/dom.h"

namespace verbatim::read::html {

struct Metadata {
  std::string url;     // canonical URL, absolute when a base URL was given
  std::string title;   // the headline, without the site name
  std::string date;    // ISO 8601 date (YYYY-MM-DD) or empty
  std::string source;  // the publisher or site name
  std::string author;
  std::string lang;  // primary language subtag, lower case ("en", "zh")
};

// `base_url` (the URL the page was fetched from, may be empty) resolves a relative canonical
// link and is the URL when the page names none.
Metadata page_metadata(const GumboNode* root, std::string_view base_url);

}  // namespace verbatim::read::html
