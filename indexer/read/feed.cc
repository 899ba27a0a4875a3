// Feed parsing: libxml2 for RSS/RDF/Atom (no network, no entity expansion), nlohmann-json for
// JSON Feed.
#include "indexer/read/feed.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>

#include "indexer/read/html.h"
#include "indexer/read/sources.h"
#include "text/dates.h"

namespace verbatim::read {
namespace {

constexpr std::string_view kJsonFeedVersion = "https://jsonfeed.org/version/1";

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;

std::string_view name_of(const xmlNode* n) {
  return reinterpret_cast<const char*>(n->name);
}

bool is_element(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && name_of(n) == name;
}

std::string text_of(const xmlNode* n) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(xmlNodeGetContent(n), xmlFree);
  return s ? std::string(reinterpret_cast<const char*>(s.get())) : std::string();
}

std::string attribute(const xmlNode* n, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(
      xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)), xmlFree);
  return s ? std::string(reinterpret_cast<const char*>(s.get())) : std::string();
}

std::string trimmed(std::string s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// The markup inside an Atom type="xhtml" content element, serialised back to HTML text.
std::string inner_markup(xmlNode* n) {
  std::string out;
  for (xmlNode* c = n->children; c; c = c->next) {
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buf(xmlBufferCreate(), xmlBufferFree);
    xmlNodeDump(buf.get(), n->doc, c, 0, 0);
    out += reinterpret_cast<const char*>(xmlBufferContent(buf.get()));
  }
  return out;
}

// Body sources, best first; an entry keeps the best it has.
enum class BodyRank { none, summary, description, content, encoded };

void take_body(FeedEntry& e, BodyRank& have, BodyRank rank, std::string body, bool html) {
  if (rank <= have || trimmed(body).empty()) return;
  have = rank;
  e.body = std::move(body);
  e.body_is_html = html;
}

void read_atom_link(FeedEntry& e, xmlNode* n) {
  std::string rel = attribute(n, "rel");
  if (!rel.empty() && rel != "alternate") return;
  if (e.link.empty()) e.link = trimmed(attribute(n, "href"));
}

void read_atom_content(FeedEntry& e, BodyRank& have, xmlNode* n, BodyRank rank) {
  std::string type = attribute(n, "type");
  if (type == "xhtml")
    take_body(e, have, rank, inner_markup(n), true);
  else
    take_body(e, have, rank, text_of(n), type == "html");  // Atom's default type is text
}

FeedEntry read_entry(xmlNode* entry, bool atom) {
  FeedEntry e;
  BodyRank have = BodyRank::none;
  if (!atom) e.link = trimmed(attribute(entry, "about"));  // RSS 1.0 rdf:about
  std::string rss_link;
  for (xmlNode* n = entry->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string_view name = name_of(n);
    if (name == "title" && e.title.empty()) {
      e.title = trimmed(text_of(n));
    } else if (name == "link") {
      if (atom || !attribute(n, "href").empty())
        read_atom_link(e, n);
      else if (rss_link.empty())
        rss_link = trimmed(text_of(n));
    } else if (name == "guid" || name == "id") {
      if (e.id.empty()) e.id = trimmed(text_of(n));
    } else if (name == "pubDate" || name == "published" || name == "date") {
      e.date = trimmed(text_of(n));
    } else if (name == "updated" || name == "modified") {
      if (e.date.empty()) e.date = trimmed(text_of(n));
    } else if (name == "encoded") {
      take_body(e, have, BodyRank::encoded, text_of(n), true);
    } else if (name == "content" && atom) {
      read_atom_content(e, have, n, BodyRank::content);
    } else if (name == "summary" && atom) {
      read_atom_content(e, have, n, BodyRank::summary);
    } else if (name == "description") {
      take_body(e, have, BodyRank::description, text_of(n), true);
    }
  }
  if (!rss_link.empty()) e.link = rss_link;
  // An RSS guid that is a permalink is the entry's page when it has no link.
  if (e.link.empty() && (e.id.rfind("http://", 0) == 0 || e.id.rfind("https://", 0) == 0))
    e.link = e.id;
  return e;
}

void collect_entries(xmlNode* parent, bool atom, Feed& feed) {
  for (xmlNode* n = parent->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (is_element(n, atom ? "entry" : "item")) {
      feed.entries.push_back(read_entry(n, atom));
      feed.entries.back().number = feed.entries.size();
    } else if (is_element(n, "channel")) {
      for (xmlNode* c = n->children; c; c = c->next)
        if (is_element(c, "title") && feed.title.empty()) feed.title = trimmed(text_of(c));
      collect_entries(n, atom, feed);
    } else if (is_element(n, "title") && feed.title.empty()) {
      feed.title = trimmed(text_of(n));
    }
  }
}

std::string last_xml_error() {
  const xmlError* err = xmlGetLastError();
  if (err == nullptr || err->message == nullptr) return "broken XML";
  std::string msg = trimmed(err->message);
  return "broken XML at line " + std::to_string(err->line) + ": " + msg;
}

Feed parse_xml_feed(std::string_view content) {
  xmlResetLastError();
  // No network, no entity substitution (no XXE), errors returned rather than printed.
  Doc doc(xmlReadMemory(content.data(), static_cast<int>(content.size()), nullptr, nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) throw std::runtime_error(last_xml_error());
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw std::runtime_error("empty XML document");
  std::string_view name = name_of(root);
  if (name != "rss" && name != "RDF" && name != "feed")
    throw std::runtime_error("XML whose root is <" + std::string(name) +
                             ">, not a feed (rss, rdf:RDF or Atom feed)");
  Feed feed;
  collect_entries(root, name == "feed", feed);
  return feed;
}

std::string json_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Feed parse_json_feed(std::string_view content) {
  nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("malformed JSON Feed");
  if (json_string(j, "version").rfind(kJsonFeedVersion, 0) != 0)
    throw std::runtime_error("JSON without a JSON Feed \"version\"");
  Feed feed;
  feed.title = json_string(j, "title");
  auto items = j.find("items");
  if (items == j.end() || !items->is_array())
    throw std::runtime_error("JSON Feed without an \"items\" array");
  for (const nlohmann::json& it : *items) {
    FeedEntry e;
    e.number = feed.entries.size() + 1;
    if (it.is_object()) {
      e.link = trimmed(json_string(it, "url"));
      e.id = trimmed(json_string(it, "id"));
      e.title = trimmed(json_string(it, "title"));
      e.date = json_string(it, "date_published");
      if (e.date.empty()) e.date = json_string(it, "date_modified");
      e.body = json_string(it, "content_html");
      if (e.body.empty()) {
        e.body = json_string(it, "content_text");
        e.body_is_html = false;
      }
      if (e.body.empty()) {
        e.body = json_string(it, "summary");
        e.body_is_html = false;
      }
    }
    feed.entries.push_back(std::move(e));
  }
  return feed;
}

// "Tue, 01 Dec 2026 10:00:00 GMT" (RFC 822) or "2026-12-01T10:00:00Z" (RFC 3339) -> ISO date.
std::string entry_date(std::string_view written) {
  while (!written.empty() && written.front() == ' ') written.remove_prefix(1);
  if (auto comma = written.find(',');
      comma != std::string_view::npos && comma <= 9 && text::weekday_word(written.substr(0, comma)))
    written.remove_prefix(comma + 1);
  return text::parse_date(written).value_or(std::string());
}

std::string_view skip_space(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n' ||
          s.front() == '\xEF' || s.front() == '\xBB' || s.front() == '\xBF'))
    s.remove_prefix(1);
  return s;
}

}  // namespace

bool looks_like_xml_feed(std::string_view content) {
  std::string_view head = content.substr(0, 4096);
  if (skip_space(head).substr(0, 1) != "<") return false;
  return head.find("<rss") != std::string_view::npos ||
         head.find("<rdf:RDF") != std::string_view::npos ||
         head.find("<feed") != std::string_view::npos;
}

bool looks_like_json_feed(std::string_view content) {
  std::string_view s = skip_space(content);
  return !s.empty() && s.front() == '{' &&
         content.substr(0, 4096).find("jsonfeed.org/version/") != std::string_view::npos;
}

Feed parse_feed(std::string_view content) {
  if (content.find('\0') != std::string_view::npos)
    throw std::runtime_error("binary file (contains NUL bytes), not a feed");
  std::string_view s = skip_space(content);
  if (!s.empty() && s.front() == '{') return parse_json_feed(content);
  return parse_xml_feed(content);
}

std::string entry_name(const FeedEntry& entry) {
  std::string name = "entry " + std::to_string(entry.number);
  if (!entry.title.empty()) name += " (\"" + entry.title + "\")";
  return name;
}

Item feed_item(const FeedEntry& entry, const std::string& origin) {
  if (entry.link.empty()) throw std::runtime_error(entry_name(entry) + " has no link, skipped");
  Item item;
  item.id = entry.link;
  item.url = entry.link;
  item.origin = origin;
  item.title = entry.title;
  item.date = entry_date(entry.date);
  std::vector<std::string> body =
      entry.body_is_html ? html_fragment_paragraphs(entry.body) : split_paragraphs(entry.body);
  if (body.empty() && item.title.empty())
    throw std::runtime_error(entry_name(entry) + " has no title and no text, skipped");
  item.paragraphs.push_back({item.title, false});
  for (std::string& p : body) item.paragraphs.push_back({std::move(p), false});
  apply_wire_conventions(item);
  return item;
}

}  // namespace verbatim::read
