#include "indexer/read/html/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

#include "text/dates.h"
#include "text/normalize.h"

namespace verbatim::read::html {
namespace {

std::string lower(std::string_view s) {
  return text::ascii_lower(s);
}

std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// What the page's <meta>, <link>, <title>, <time> and JSON-LD say, gathered in one walk.
struct Found {
  std::vector<nlohmann::json> json_ld;
  std::vector<std::pair<std::string, std::string>> meta;  // (lower-case name/property, content)
  std::string canonical;
  std::string title_tag;
  std::string first_time;
  std::string html_lang;
};

// The text directly in an element (<title> holds only text).
std::string own_text(const GumboNode* n) {
  std::string out;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) out += k->v.text.text;
  }
  return out;
}

void gather(const GumboNode* n, Found& f) {
  for (const GumboNode* k : element_children(n)) {
    switch (tag_of(k)) {
      case GUMBO_TAG_META: {
        std::string_view content = attr(k, "content");
        for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
          std::string_view name = attr(k, key);
          if (!name.empty() && !content.empty())
            f.meta.emplace_back(lower(name), collapse(content));
        }
        break;
      }
      case GUMBO_TAG_LINK:
        if (f.canonical.empty() && lower(attr(k, "rel")) == "canonical")
          f.canonical = collapse(attr(k, "href"));
        break;
      case GUMBO_TAG_TITLE:
        if (f.title_tag.empty()) f.title_tag = collapse(own_text(k));
        break;
      case GUMBO_TAG_TIME:
        if (f.first_time.empty()) f.first_time = std::string(attr(k, "datetime"));
        gather(k, f);
        break;
      case GUMBO_TAG_SCRIPT:
        if (lower(attr(k, "type")) == "application/ld+json" && k->v.element.children.length > 0) {
          auto* text = static_cast<const GumboNode*>(k->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE ||
              text->type == GUMBO_NODE_CDATA) {
            nlohmann::json j = nlohmann::json::parse(text->v.text.text, nullptr, false);
            if (!j.is_discarded()) f.json_ld.push_back(std::move(j));
          }
        }
        break;
      default:
        gather(k, f);
        break;
    }
  }
}

bool is_article_type(const nlohmann::json& type) {
  auto article = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting";
  };
  if (type.is_string()) return article(type.get<std::string>());
  if (type.is_array())
    for (const auto& t : type)
      if (t.is_string() && article(t.get<std::string>())) return true;
  return false;
}

// The first JSON-LD object of an article type, looking into arrays and @graph.
const nlohmann::json* find_article(const nlohmann::json& j, int depth = 0) {
  if (depth > 4) return nullptr;
  if (j.is_array()) {
    for (const auto& e : j)
      if (const auto* a = find_article(e, depth + 1)) return a;
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (auto t = j.find("@type"); t != j.end() && is_article_type(*t)) return &j;
  if (auto g = j.find("@graph"); g != j.end()) return find_article(*g, depth + 1);
  return nullptr;
}

// A string, or the "name" (or "@id"/"url") of an object, or the first of an array.
std::string json_text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return {};
  const nlohmann::json* v = &*it;
  if (v->is_array() && !v->empty()) v = &(*v)[0];
  if (v->is_string()) return collapse(v->get<std::string>());
  if (v->is_object()) {
    for (const char* sub : {"name", "@id", "url"})
      if (auto s = v->find(sub); s != v->end() && s->is_string())
        return collapse(s->get<std::string>());
  }
  return {};
}

std::string meta_value(const Found& f, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names)
    for (const auto& [key, value] : f.meta)
      if (key == name) return value;
  return {};
}

std::string iso_date(std::string_view s) {
  return text::parse_date(s).value_or(std::string());
}

// "https://host/a/b" + "/c" -> "https://host/c"; "//host/c" -> "https://host/c".
std::string resolve(std::string_view base, const std::string& ref) {
  if (ref.empty() || ref.find("://") != std::string::npos) return ref;
  std::size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return ref;
  if (ref.rfind("//", 0) == 0) return std::string(base.substr(0, scheme + 1)) + ref;
  std::size_t host_end = base.find('/', scheme + 3);
  std::string origin(base.substr(0, host_end));
  if (ref.front() == '/') return origin + ref;
  std::size_t dir = base.rfind('/');
  return std::string(base.substr(
             0, dir != std::string_view::npos && dir > scheme + 2 ? dir + 1 : base.size())) +
         (dir != std::string_view::npos && dir > scheme + 2 ? "" : "/") + ref;
}

// "Headline | Site", "Headline - Site", "Site: Headline": the part that is not the site name.
std::string title_without_site(std::string title, std::string_view site, bool guess) {
  static constexpr std::array<std::string_view, 6> kSeparators{" | ", " - ",  " – ",
                                                               " — ", " :: ", " » "};
  std::string lsite = lower(site);
  for (std::string_view sep : kSeparators) {
    std::size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string before = title.substr(0, pos), after = title.substr(pos + sep.size());
    if (!lsite.empty() && lower(after).find(lsite) != std::string::npos) return before;
    std::size_t first = title.find(sep);
    if (!lsite.empty() && first != pos && lower(title.substr(0, first)) == lsite)
      return title.substr(first + sep.size());
    // No site name to go by: the shorter side at the end is the site when the rest is a
    // headline of several words.
    if (guess && after.size() < before.size() && std::count(before.begin(), before.end(), ' ') >= 3)
      return before;
  }
  return title;
}

std::string primary_language(std::string_view tag) {
  std::string l = lower(tag.substr(0, tag.find_first_of("-_")));
  if (l.size() < 2 || l.size() > 3) return {};
  for (char c : l)
    if (c < 'a' || c > 'z') return {};
  return l;
}

std::string first_non_empty(std::initializer_list<std::string> values) {
  for (const std::string& v : values)
    if (!v.empty()) return v;
  return {};
}

}  // namespace

Metadata page_metadata(const GumboNode* root, std::string_view base_url) {
  Found f;
  gather(root, f);
  for (const GumboNode* k : element_children(root))
    if (tag_of(k) == GUMBO_TAG_HTML) f.html_lang = std::string(attr(k, "lang"));
  if (tag_of(root) == GUMBO_TAG_HTML) f.html_lang = std::string(attr(root, "lang"));
  const nlohmann::json* ld = nullptr;
  for (const auto& j : f.json_ld)
    if ((ld = find_article(j)) != nullptr) break;
  static const nlohmann::json empty = nlohmann::json::object();
  const nlohmann::json& a = ld != nullptr ? *ld : empty;

  Metadata m;
  m.source = first_non_empty({json_text(a, "publisher"), meta_value(f, {"og:site_name"}),
                              meta_value(f, {"application-name", "twitter:site"})});
  if (!m.source.empty() && m.source.front() == '@') m.source.erase(0, 1);
  m.title = first_non_empty({json_text(a, "headline"), meta_value(f, {"og:title"}),
                             meta_value(f, {"twitter:title", "dc.title", "headline"}),
                             title_without_site(f.title_tag, m.source, true)});
  m.title = title_without_site(m.title, m.source, false);
  m.author = first_non_empty({json_text(a, "author"), meta_value(f, {"author", "article:author"})});
  m.date = first_non_empty(
      {iso_date(json_text(a, "datePublished")),
       iso_date(meta_value(f, {"article:published_time", "datepublished", "og:published_time"})),
       iso_date(
           meta_value(f, {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                          "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date",
                          "sailthru.date", "article.published", "citation_publication_date"})),
       iso_date(f.first_time), iso_date(json_text(a, "dateCreated"))});
  m.url =
      first_non_empty({resolve(base_url, f.canonical), resolve(base_url, meta_value(f, {"og:url"})),
                       resolve(base_url, json_text(a, "url")), std::string(base_url)});
  m.lang =
      first_non_empty({primary_language(f.html_lang), primary_language(json_text(a, "inLanguage")),
                       primary_language(meta_value(
                           f, {"og:locale", "content-language", "language", "dc.language"}))});
  return m;
}

}  // namespace verbatim::read::html
