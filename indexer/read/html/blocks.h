// Paragraphs from an HTML tree's block structure: block elements (p, li, blockquote, headings,
// div, ...) and runs of two or more <br> end a paragraph; inline markup never does. A row of a
// data table is one paragraph, its cells separated by " | ".
#pragma once

#include <string>
#include <vector>

#include "indexer/read/html/dom.h"

namespace verbatim::read::html {

// Tables of data (headers, captions, many rows or columns) as opposed to layout tables.
bool is_data_table(const GumboNode* table);

// The paragraphs of `roots` in order, nodes in `skip` and image captions left out.
std::vector<std::string> block_paragraphs(const std::vector<const GumboNode*>& roots,
                                          const NodeSet& skip);

}  // namespace verbatim::read::html
