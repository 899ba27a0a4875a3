#include "indexer/read/html/dom.h"

#include <algorithm>
#include <cctype>

namespace verbatim::read::html {

bool is_element(const GumboNode* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

GumboTag tag_of(const GumboNode* n) {
  return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool has_tag(const GumboNode* n, GumboTag t) {
  return is_element(n) && n->v.element.tag == t;
}

std::string_view attr(const GumboNode* n, const char* name) {
  if (!is_element(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr && a->value != nullptr ? std::string_view(a->value) : std::string_view();
}

bool has_attr(const GumboNode* n, const char* name) {
  return is_element(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

std::string class_and_id(const GumboNode* n) {
  std::string s(attr(n, "class"));
  s += ' ';
  s += attr(n, "id");
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<const GumboNode*> element_children(const GumboNode* n) {
  std::vector<const GumboNode*> out;
  if (!is_element(n)) return out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (is_element(k)) out.push_back(k);
  }
  return out;
}

const GumboNode* parent_element(const GumboNode* n) {
  const GumboNode* p = n != nullptr ? n->parent : nullptr;
  return is_element(p) ? p : nullptr;
}

bool has_ancestor(const GumboNode* n, GumboTag t, int max_depth) {
  int depth = 0;
  for (const GumboNode* p = parent_element(n); p != nullptr; p = parent_element(p)) {
    if (max_depth > 0 && ++depth > max_depth) return false;
    if (tag_of(p) == t) return true;
  }
  return false;
}

bool is_inside(const GumboNode* n, const GumboNode* ancestor) {
  for (const GumboNode* p = n; p != nullptr; p = p->parent)
    if (p == ancestor) return true;
  return false;
}

namespace {

bool invisible_tag(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
         t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_TITLE;
}

void append_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

void collect_text(const GumboNode* n, const NodeSet& skip, std::string& out) {
  if (skip.count(n)) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    append_collapsed(out, n->v.text.text);
    return;
  }
  if (!is_element(n) || invisible_tag(tag_of(n))) return;
  bool block = is_block(tag_of(n)) || tag_of(n) == GUMBO_TAG_BR;
  if (block && !out.empty() && out.back() != ' ') out += ' ';
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    collect_text(static_cast<const GumboNode*>(kids.data[i]), skip, out);
  if (block && !out.empty() && out.back() != ' ') out += ' ';
}

void link_text(const GumboNode* n, const NodeSet& skip, double& links) {
  if (skip.count(n) || !is_element(n)) return;
  if (tag_of(n) == GUMBO_TAG_A) {
    double weight = attr(n, "href").substr(0, 1) == "#" ? 0.3 : 1.0;
    links += weight * static_cast<double>(text_length(inner_text(n, skip)));
    return;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    link_text(static_cast<const GumboNode*>(kids.data[i]), skip, links);
}

}  // namespace

std::string inner_text(const GumboNode* n, const NodeSet& skip) {
  std::string out;
  collect_text(n, skip, out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

std::size_t text_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

double link_density(const GumboNode* n, const NodeSet& skip) {
  return link_density(n, skip, text_length(inner_text(n, skip)));
}

double link_density(const GumboNode* n, const NodeSet& skip, std::size_t total) {
  if (total == 0) return 0.0;
  double links = 0;
  link_text(n, skip, links);
  return links / static_cast<double>(total);
}

void descendants_post_order(const GumboNode* n, std::vector<const GumboNode*>& out) {
  for (const GumboNode* k : element_children(n)) {
    descendants_post_order(k, out);
    out.push_back(k);
  }
}

namespace {

void add_tags(const GumboNode* n, const NodeSet& skip, TagCounts& counts) {
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (!is_element(k) || skip.count(k)) continue;
    ++counts.by_tag[k->v.element.tag];
    add_tags(k, skip, counts);
  }
}

}  // namespace

TagCounts count_tags(const GumboNode* n, const NodeSet& skip) {
  TagCounts counts;
  if (is_element(n)) add_tags(n, skip, counts);
  return counts;
}

std::size_t count_tag(const GumboNode* n, GumboTag t, const NodeSet& skip) {
  return count_tags(n, skip)[t];
}

bool is_heading(GumboTag t) {
  return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

bool is_block(GumboTag t) {
  if (is_heading(t)) return true;
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      return false;
  }
}

}  // namespace verbatim::read::html
