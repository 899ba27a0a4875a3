#include "indexer/read/html/blocks.h"

namespace verbatim::read::html {
namespace {

class ParagraphBuilder {
 public:
  explicit ParagraphBuilder(const NodeSet& skip) : skip_(skip) {}

  void walk(const GumboNode* n) {
    if (skip_.count(n)) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      text(n->v.text.text);
      return;
    }
    if (!is_element(n)) return;
    GumboTag t = tag_of(n);
    switch (t) {
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_HEAD:
      case GUMBO_TAG_FIGCAPTION:
      case GUMBO_TAG_SELECT:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_BUTTON:
        return;
      case GUMBO_TAG_BR:
        ++breaks_;
        return;
      case GUMBO_TAG_TABLE:
        if (is_data_table(n)) {
          table_rows(n);
          return;
        }
        break;
      default:
        break;
    }
    bool block = is_block(t);
    if (block) flush();
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]));
    if (block) flush();
  }

  std::vector<std::string> finish() {
    flush();
    return std::move(out_);
  }

 private:
  void text(std::string_view s) {
    if (s.find_first_not_of(" \t\r\n\f") != std::string_view::npos) {
      if (breaks_ >= 2) flush();
      if (breaks_ == 1 && !current_.empty()) current_ += ' ';
      breaks_ = 0;
    }
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        if (!current_.empty() && current_.back() != ' ') current_ += ' ';
      } else {
        current_ += c;
      }
    }
  }

  void flush() {
    breaks_ = 0;
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
    std::size_t start = current_.find_first_not_of(' ');
    if (start != std::string::npos) out_.push_back(current_.substr(start));
    current_.clear();
  }

  void table_rows(const GumboNode* n) {
    flush();
    for (const GumboNode* k : element_children(n)) {
      if (skip_.count(k)) continue;
      GumboTag t = tag_of(k);
      if (t == GUMBO_TAG_TR) {
        std::string row;
        for (const GumboNode* cell : element_children(k)) {
          if (skip_.count(cell)) continue;
          std::string s = inner_text(cell, skip_);
          if (s.empty()) continue;
          row += (row.empty() ? "" : " | ") + s;
        }
        if (!row.empty()) out_.push_back(std::move(row));
      } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
        table_rows(k);
      } else if (t == GUMBO_TAG_CAPTION) {
        walk(k);
      }
    }
    flush();
  }

  const NodeSet& skip_;
  std::vector<std::string> out_;
  std::string current_;
  int breaks_ = 0;
};

void count_rows_and_columns(const GumboNode* n, std::size_t& rows, std::size_t& columns) {
  for (const GumboNode* k : element_children(n)) {
    GumboTag t = tag_of(k);
    if (t == GUMBO_TAG_TR) {
      ++rows;
      columns = std::max(columns, element_children(k).size());
    } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
      count_rows_and_columns(k, rows, columns);
    }
  }
}

}  // namespace

bool is_data_table(const GumboNode* table) {
  if (attr(table, "role") == "presentation" || attr(table, "datatable") == "0") return false;
  if (!attr(table, "summary").empty()) return true;
  static const NodeSet none;
  if (count_tag(table, GUMBO_TAG_TABLE, none) > 0) return false;
  for (GumboTag t : {GUMBO_TAG_CAPTION, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_COLGROUP,
                     GUMBO_TAG_COL, GUMBO_TAG_TH})
    if (count_tag(table, t, none) > 0) return true;
  std::size_t rows = 0, columns = 0;
  count_rows_and_columns(table, rows, columns);
  if (rows == 1 || columns == 1) return false;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

std::vector<std::string> block_paragraphs(const std::vector<const GumboNode*>& roots,
                                          const NodeSet& skip) {
  ParagraphBuilder b(skip);
  for (const GumboNode* r : roots) {
    b.walk(r);
  }
  return b.finish();
}

}  // namespace verbatim::read::html
