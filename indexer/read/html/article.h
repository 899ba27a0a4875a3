// Finding the article in a parsed page by content scoring (text length, commas, link density,
// class/id hints from data/read/html/), the way Mozilla Readability does: paragraphs give
// their score to their ancestors, the best-scoring ancestor and its related siblings are the
// article, and furniture inside it (share buttons, link lists, forms, captions) is cleaned out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/read/html/dom.h"

namespace verbatim::read::html {

// The article's paragraphs; `title` (the page's headline) lets a heading repeating it be left
// out. Empty when the page holds no text at all.
std::vector<std::string> article_paragraphs(const GumboNode* root, std::string_view title);

}  // namespace verbatim::read::html
