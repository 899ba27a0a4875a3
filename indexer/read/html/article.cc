#include "indexer/read/html/article.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "indexer/read/html/blocks.h"
#include "indexer/read/html/hints.h"

namespace verbatim::read::html {
namespace {

constexpr std::size_t kMinParagraph = 25;  // characters a paragraph needs to be scored
constexpr std::size_t kEnoughText = 500;   // an article shorter than this is tried again
constexpr std::size_t kShortByline = 100;  // a byline is shorter than this
constexpr std::size_t kShortShare = 500;   // a share bar is shorter than this
constexpr int kAncestorLevels = 5;

struct Flags {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool is_hidden(const GumboNode* n) {
  if (has_attr(n, "hidden")) return true;
  if (attr(n, "aria-hidden") == "true" &&
      attr(n, "class").find("fallback-image") == std::string_view::npos)
    return true;
  std::string style(attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

std::size_t count_commas(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma.
    if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0 ||
        s.compare(i, 2, "\xD8\x8C") == 0)
      ++n;
  }
  return n;
}

// Words shared by two texts over the words of the longer: how much a heading repeats the title.
double similarity(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!w.empty()) {
        out.push_back(std::move(w));
        w.clear();
      }
    }
    if (!w.empty()) out.push_back(w);
    return out;
  };
  std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return 0.0;
  std::size_t shared = 0;
  for (const std::string& w : wa) shared += std::find(wb.begin(), wb.end(), w) != wb.end();
  return static_cast<double>(shared) / static_cast<double>(std::max(wa.size(), wb.size()));
}

class Extractor {
 public:
  Extractor(const GumboNode* root, std::string_view title, Flags flags)
      : root_(root), title_(title), flags_(flags) {}

  std::vector<std::string> run() {
    body_ = find_body(root_);
    if (body_ == nullptr) return {};
    bool title_heading_seen = false;
    remove_furniture(body_, title_heading_seen);
    score_paragraphs(body_);
    const GumboNode* top = top_candidate();
    std::vector<const GumboNode*> parts;
    if (top == nullptr) {
      parts.push_back(body_);
    } else {
      parts = with_siblings(top);
    }
    for (const GumboNode* p : parts) clean_article(p);
    return block_paragraphs(parts, removed_);
  }

 private:
  static const GumboNode* find_body(const GumboNode* n) {
    for (const GumboNode* k : element_children(n)) {
      if (tag_of(k) == GUMBO_TAG_BODY) return k;
      if (const GumboNode* b = find_body(k)) return b;
    }
    return nullptr;
  }

  int class_weight(const GumboNode* n) const {
    if (!flags_.weight_classes) return 0;
    int w = 0;
    for (std::string_view value : {attr(n, "class"), attr(n, "id")}) {
      if (value.empty()) continue;
      std::string v(value);
      std::transform(v.begin(), v.end(), v.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (matches(Hint::negative, v)) w -= 25;
      if (matches(Hint::positive, v)) w += 25;
    }
    return w;
  }

  // Pass 1: hidden elements, page furniture by class/id and role, bylines, the heading that
  // repeats the title.
  void remove_furniture(const GumboNode* n, bool& title_heading_seen) {
    for (const GumboNode* k : element_children(n)) {
      if (furniture(k, title_heading_seen)) {
        removed_.insert(k);
      } else {
        remove_furniture(k, title_heading_seen);
      }
    }
  }

  bool furniture(const GumboNode* k, bool& title_heading_seen) {
    GumboTag t = tag_of(k);
    switch (t) {
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_SVG:
      case GUMBO_TAG_BUTTON:
      case GUMBO_TAG_INPUT:
      case GUMBO_TAG_SELECT:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_EMBED:
      case GUMBO_TAG_LINK:
      case GUMBO_TAG_META:
      case GUMBO_TAG_FIGCAPTION:
        return true;
      default:
        break;
    }
    if (is_hidden(k)) return true;
    std::string role(attr(k, "role"));
    if (!role.empty() && matches(Hint::role, role)) return true;
    std::string ci = class_and_id(k);
    if (is_block(t) && matches(Hint::overlay, ci)) return true;
    // A timestamp outside the text's paragraphs ("5 March", "Updated 10:32").
    if (t == GUMBO_TAG_TIME && !has_ancestor(k, GUMBO_TAG_P) &&
        text_length(inner_text(k, removed_)) < kShortByline)
      return true;
    bool byline_attr = attr(k, "rel") == "author" ||
                       attr(k, "itemprop").find("author") != std::string_view::npos ||
                       matches(Hint::byline, ci);
    if (byline_attr) {
      std::size_t len = text_length(inner_text(k, removed_));
      if (len > 0 && len < kShortByline) return true;
    }
    if (!title_heading_seen && (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && !title_.empty() &&
        similarity(inner_text(k, removed_), title_) > 0.75) {
      title_heading_seen = true;
      return true;
    }
    // Inline elements are never furniture blocks: a <span class="legendSpanClass"> holding a
    // wire dateline is text, whatever its class says.
    if (flags_.strip_unlikely && is_block(t) && t != GUMBO_TAG_BODY && t != GUMBO_TAG_ARTICLE &&
        t != GUMBO_TAG_MAIN && ci.size() > 1 && matches(Hint::unlikely, ci) &&
        !matches(Hint::maybe, ci) && !has_ancestor(k, GUMBO_TAG_TABLE) &&
        !has_ancestor(k, GUMBO_TAG_CODE))
      return true;
    return false;
  }

  // A div holding no block element reads as a paragraph.
  bool div_is_paragraph(const GumboNode* n) const {
    for (const GumboNode* k : element_children(n)) {
      if (removed_.count(k)) continue;
      switch (tag_of(k)) {
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_P:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
          return false;
        default:
          break;
      }
    }
    return true;
  }

  double& candidate(const GumboNode* n) {
    auto it = scores_.find(n);
    if (it != scores_.end()) return it->second;
    double s = class_weight(n);
    switch (tag_of(n)) {
      case GUMBO_TAG_DIV:
        s += 5;
        break;
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE:
        s += 3;
        break;
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_FORM:
        s -= 3;
        break;
      case GUMBO_TAG_TH:
        s -= 5;
        break;
      default:
        if (is_heading(tag_of(n))) s -= 5;
        break;
    }
    return scores_.emplace(n, s).first->second;
  }

  // Gives a paragraph's score to `first` (its parent) and the ancestors above it.
  void give_score(const GumboNode* first, std::string_view text) {
    std::size_t len = text_length(text);
    if (len < kMinParagraph) return;
    double score = 1.0 + static_cast<double>(count_commas(text) + 1) +
                   std::min<double>(std::floor(static_cast<double>(len) / 100.0), 3.0);
    int level = 0;
    for (const GumboNode* a = first; a != nullptr && level < kAncestorLevels;
         a = parent_element(a), ++level) {
      if (parent_element(a) == nullptr) break;  // <html>
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      candidate(a) += score / divider;
    }
  }

  void score_paragraphs(const GumboNode* n) {
    for (const GumboNode* k : element_children(n)) {
      if (removed_.count(k)) continue;
      GumboTag t = tag_of(k);
      bool scored = t == GUMBO_TAG_P || t == GUMBO_TAG_TD || t == GUMBO_TAG_PRE ||
                    t == GUMBO_TAG_SECTION || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 ||
                    t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
      if (t == GUMBO_TAG_DIV && div_is_paragraph(k)) {
        paragraph_like_.insert(k);
        scored = true;
      } else if (t == GUMBO_TAG_DIV) {
        score_loose_text(k);
      }
      if (scored) give_score(parent_element(k), inner_text(k, removed_));
      if (t != GUMBO_TAG_P) score_paragraphs(k);
    }
  }

  // Runs of text and inline elements directly in a div that also holds blocks: each run is a
  // paragraph of the div.
  void score_loose_text(const GumboNode* div) {
    std::string run;
    auto finish = [&] {
      std::string_view t = trim(run);
      if (!t.empty()) give_score(div, t);
      run.clear();
    };
    const GumboVector& kids = div->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (removed_.count(k)) continue;
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) {
        run += ' ';
        run += k->v.text.text;
      } else if (is_element(k) && !is_block(tag_of(k)) && tag_of(k) != GUMBO_TAG_BR) {
        run += ' ';
        run += inner_text(k, removed_);
      } else if (is_element(k)) {
        finish();
      }
    }
    finish();
  }

  const GumboNode* top_candidate() {
    std::vector<std::pair<double, const GumboNode*>> ranked;
    for (auto& [node, score] : scores_) {
      score *= 1.0 - link_density(node, removed_);
      ranked.emplace_back(score, node);
    }
    if (ranked.empty()) return nullptr;
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const GumboNode* top = ranked[0].second;
    if (top == body_) return nullptr;
    top = common_ancestor_of_alternatives(top, ranked);
    top = climb_while_parents_score(top);
    while (parent_element(top) != nullptr && parent_element(top) != body_ &&
           element_children(parent_element(top)).size() == 1)
      top = parent_element(top);
    return top;
  }

  // When three or more near-best candidates share an ancestor of the best, the article is that
  // ancestor (the text is split over several blocks).
  const GumboNode* common_ancestor_of_alternatives(
      const GumboNode* top, const std::vector<std::pair<double, const GumboNode*>>& ranked) {
    std::vector<const GumboNode*> alternatives;
    for (std::size_t i = 1; i < ranked.size() && i < 5; ++i)
      if (ranked[i].first / ranked[0].first >= 0.75) alternatives.push_back(ranked[i].second);
    if (alternatives.size() < 3) return top;
    for (const GumboNode* p = parent_element(top); p != nullptr && p != body_;
         p = parent_element(p)) {
      std::size_t inside = 0;
      for (const GumboNode* a : alternatives) inside += is_inside(a, p);
      if (inside >= 3) {
        candidate(p);
        return p;
      }
    }
    return top;
  }

  const GumboNode* climb_while_parents_score(const GumboNode* top) {
    double last = candidate(top);
    double threshold = last / 3.0;
    for (const GumboNode* p = parent_element(top); p != nullptr && p != body_;
         p = parent_element(p)) {
      auto it = scores_.find(p);
      if (it == scores_.end()) continue;
      if (it->second < threshold) break;
      if (it->second > last) return p;
      last = it->second;
    }
    return top;
  }

  std::vector<const GumboNode*> with_siblings(const GumboNode* top) {
    const GumboNode* parent = parent_element(top);
    if (parent == nullptr) return {top};
    double top_score = candidate(top);
    double threshold = std::max(10.0, top_score * 0.2);
    std::string_view top_class = attr(top, "class");
    std::vector<const GumboNode*> out;
    for (const GumboNode* s : element_children(parent)) {
      if (removed_.count(s)) continue;
      if (s == top) {
        out.push_back(s);
        continue;
      }
      double bonus = !top_class.empty() && attr(s, "class") == top_class ? top_score * 0.2 : 0;
      auto it = scores_.find(s);
      if (it != scores_.end() && it->second + bonus >= threshold) {
        out.push_back(s);
        continue;
      }
      if (tag_of(s) != GUMBO_TAG_P && !paragraph_like_.count(s)) continue;
      std::string text = inner_text(s, removed_);
      std::size_t len = text_length(text);
      double density = link_density(s, removed_, len);
      bool sentence = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
      if ((len > 80 && density < 0.25) || (len > 0 && len <= 80 && density == 0 && sentence))
        out.push_back(s);
    }
    return out;
  }

  // Pass 3, inside the article: footers, asides, forms, share bars, headings weighted as
  // furniture, and blocks of links or with little text (tables of layout, lists, divs).
  void clean_article(const GumboNode* part) {
    std::vector<const GumboNode*> nodes;
    descendants_post_order(part, nodes);
    nodes.push_back(part);
    for (const GumboNode* n : nodes) {
      if (removed_.count(n)) continue;
      GumboTag t = tag_of(n);
      if (t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV) {
        if (n != part) removed_.insert(n);
        continue;
      }
      if (n != part && matches(Hint::share, class_and_id(n)) &&
          text_length(inner_text(n, removed_)) < kShortShare) {
        removed_.insert(n);
        continue;
      }
      if ((t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && class_weight(n) < 0) {
        removed_.insert(n);
        continue;
      }
    }
    if (!flags_.clean_conditionally) return;
    for (const GumboNode* n : nodes) {
      if (removed_.count(n) || n == part) continue;
      GumboTag t = tag_of(n);
      if (t != GUMBO_TAG_FORM && t != GUMBO_TAG_FIELDSET && t != GUMBO_TAG_TABLE &&
          t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_DIV)
        continue;
      if (should_clean(n)) removed_.insert(n);
    }
  }

  bool in_data_table(const GumboNode* n) const {
    for (const GumboNode* p = n; p != nullptr; p = parent_element(p))
      if (tag_of(p) == GUMBO_TAG_TABLE && is_data_table(p)) return true;
    return false;
  }

  bool should_clean(const GumboNode* n) const {
    GumboTag t = tag_of(n);
    if (in_data_table(n) || has_ancestor(n, GUMBO_TAG_CODE)) return false;
    int weight = class_weight(n);
    if (weight < 0) return true;
    std::string text = inner_text(n, removed_);
    if (count_commas(text) >= 10) return false;
    std::size_t length = text_length(text);
    TagCounts tags = count_tags(n, removed_);
    double p = static_cast<double>(tags[GUMBO_TAG_P] + paragraphs_in(n));
    double img = static_cast<double>(tags[GUMBO_TAG_IMG]);
    double li = static_cast<double>(tags[GUMBO_TAG_LI]) - 100.0;
    double input = static_cast<double>(tags[GUMBO_TAG_INPUT]);
    bool is_list = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || list_share(n, length) > 0.9;
    double heading = heading_share(n, length);
    double density = link_density(n, removed_, length);
    bool in_figure = has_ancestor(n, GUMBO_TAG_FIGURE);
    return (img > 1 && p / img < 0.5 && !in_figure) || (!is_list && li > p) ||
           (input > std::floor(p / 3)) ||
           (!is_list && heading < 0.9 && length < 25 && (img == 0 || img > 2) && !in_figure) ||
           (!is_list && weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
  }

  std::size_t paragraphs_in(const GumboNode* n) const {
    std::size_t count = 0;
    std::vector<const GumboNode*> nodes;
    descendants_post_order(n, nodes);
    for (const GumboNode* d : nodes) count += paragraph_like_.count(d);
    return count;
  }

  double share_of(const GumboNode* n, std::size_t length,
                  std::initializer_list<GumboTag> tags) const {
    if (length == 0) return 0.0;
    return static_cast<double>(text_in_outermost(n, tags)) / static_cast<double>(length);
  }

  // Code points of text in the descendants of `n` with one of `tags`, each counted once: in the
  // outermost of them. One walk of the subtree, so deep pages stay linear here.
  std::size_t text_in_outermost(const GumboNode* n, std::initializer_list<GumboTag> tags) const {
    std::size_t inside = 0;
    for (const GumboNode* k : element_children(n)) {
      if (std::find(tags.begin(), tags.end(), tag_of(k)) != tags.end())
        inside += text_length(inner_text(k, removed_));
      else
        inside += text_in_outermost(k, tags);
    }
    return inside;
  }

  double list_share(const GumboNode* n, std::size_t length) const {
    return share_of(n, length, {GUMBO_TAG_UL, GUMBO_TAG_OL});
  }

  double heading_share(const GumboNode* n, std::size_t length) const {
    return share_of(
        n, length,
        {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
  }

  const GumboNode* root_;
  std::string_view title_;
  Flags flags_;
  const GumboNode* body_ = nullptr;
  NodeSet removed_;
  NodeSet paragraph_like_;
  std::unordered_map<const GumboNode*, double> scores_;
};

std::size_t total_length(const std::vector<std::string>& paragraphs) {
  std::size_t n = 0;
  for (const std::string& p : paragraphs) n += text_length(p);
  return n;
}

}  // namespace

std::vector<std::string> article_paragraphs(const GumboNode* root, std::string_view title) {
  // As Readability does: a short result is tried again with fewer rules (furniture kept, class
  // hints off, no cleaning), and the longest attempt wins.
  Flags flags;
  std::vector<std::string> best;
  for (int attempt = 0; attempt < 4; ++attempt) {
    std::vector<std::string> paragraphs = Extractor(root, title, flags).run();
    if (total_length(paragraphs) >= kEnoughText) return paragraphs;
    if (total_length(paragraphs) > total_length(best)) best = std::move(paragraphs);
    if (attempt == 0) flags.strip_unlikely = false;
    if (attempt == 1) flags.weight_classes = false;
    if (attempt == 2) flags.clean_conditionally = false;
  }
  return best;
}

}  // namespace verbatim::read::html
