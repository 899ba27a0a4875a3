// Small read-only helpers over gumbo's parse tree.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace verbatim::read::html {

// Nodes taken out of the page (boilerplate, hidden, cleaned): the tree is never changed, the
// extractor skips what is in here.
using NodeSet = std::unordered_set<const GumboNode*>;

bool is_element(const GumboNode* n);
GumboTag tag_of(const GumboNode* n);
bool has_tag(const GumboNode* n, GumboTag t);
// The attribute's value, empty when absent.
std::string_view attr(const GumboNode* n, const char* name);
bool has_attr(const GumboNode* n, const char* name);
// "class id" of an element, lower case: what class/id hints are matched against.
std::string class_and_id(const GumboNode* n);

std::vector<const GumboNode*> element_children(const GumboNode* n);
const GumboNode* parent_element(const GumboNode* n);
bool has_ancestor(const GumboNode* n, GumboTag t, int max_depth = 0);
bool is_inside(const GumboNode* n, const GumboNode* ancestor);

// The text of `n` and its descendants, whitespace collapsed to single spaces and trimmed;
// nodes in `skip` (and script/style) left out.
std::string inner_text(const GumboNode* n, const NodeSet& skip);
// Code points of text in <a> descendants over code points of all text (0 when there is none);
// links to "#..." count 0.3.
double link_density(const GumboNode* n, const NodeSet& skip);
// The same when the length of n's text is known.
double link_density(const GumboNode* n, const NodeSet& skip, std::size_t text_length);
// Code points of a UTF-8 string.
std::size_t text_length(std::string_view s);

// Every descendant element of `n` (not `n` itself), children before their parents.
void descendants_post_order(const GumboNode* n, std::vector<const GumboNode*>& out);
// Every descendant element of `n` with tag `t`, not in `skip` or under a skipped node.
std::size_t count_tag(const GumboNode* n, GumboTag t, const NodeSet& skip);

// The descendant elements of `n` by tag, not in `skip` or under a skipped node: one walk for
// several counts.
struct TagCounts {
  std::size_t by_tag[GUMBO_TAG_LAST + 1] = {};
  std::size_t operator[](GumboTag t) const { return by_tag[t]; }
};
TagCounts count_tags(const GumboNode* n, const NodeSet& skip);

bool is_heading(GumboTag t);  // h1 to h6

// Elements that break a paragraph (block level), as opposed to phrasing content.
bool is_block(GumboTag t);

}  // namespace verbatim::read::html
