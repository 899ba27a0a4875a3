// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom read with libxml2, JSON Feed 1.x with nlohmann-json.
// Each entry becomes an item; the fetcher uses the same entries to find the pages to fetch.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/read/item.h"

namespace verbatim::read {

struct FeedEntry {
  std::string link;  // the entry's page (RSS link, Atom rel=alternate, JSON Feed url)
  std::string id;    // guid / id, may be empty
  std::string title;
  std::string date;  // as written (pubDate, published, updated, date_published)
  std::string body;  // content:encoded, content or description
  bool body_is_html = true;
  std::size_t number = 0;  // 1-based position in the feed, for messages
};

struct Feed {
  std::string title;
  std::vector<FeedEntry> entries;
};

// Whether `content` is a feed: an XML document whose root is rss, rdf:RDF or feed, or a JSON
// object whose "version" is a JSON Feed version. Looks only at the start of the content.
bool looks_like_xml_feed(std::string_view content);
bool looks_like_json_feed(std::string_view content);

// Parses a feed; throws std::runtime_error with a one-line reason (broken XML with its line, not
// a feed, ...). Entries are returned even when they lack a link: feed_item decides.
Feed parse_feed(std::string_view content);

// The item of one entry (id: link, else id; body paragraphs from its HTML). Throws
// std::runtime_error naming the entry when it has no link and no id, or no text.
Item feed_item(const FeedEntry& entry, const std::string& origin);

// "entry 3 (\"Title\")": how messages name an entry.
std::string entry_name(const FeedEntry& entry);

}  // namespace verbatim::read
