#include "fetch/content_kind.h"

#include <cctype>
#include <string>

#include "indexer/read/feed.h"
#include "indexer/read/html.h"

namespace verbatim::fetch {
namespace {

// "text/html; charset=utf-8" -> "text/html".
std::string media_type(std::string_view content_type) {
  std::string out(content_type.substr(0, content_type.find(';')));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

ContentKind content_kind(std::string_view content_type, std::string_view body) {
  const std::string_view head = body.substr(0, 4096);
  // A document that starts like HTML is a page even if its head mentions "<rss" in a script.
  if (read::looks_like_html(head)) return ContentKind::page;
  if (read::looks_like_xml_feed(head) || read::looks_like_json_feed(head)) return ContentKind::feed;
  const std::string type = media_type(content_type);
  if (type == "text/html" || type == "application/xhtml+xml") return ContentKind::page;
  return ContentKind::other;
}

}  // namespace verbatim::fetch
