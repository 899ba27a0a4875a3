// A small news site for the fetch tests, served by LocalHttpServer: article pages and an RSS
// feed linking to them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "support/http_server.h"

namespace verbatim::testing {

// An article page: a headline and three paragraphs, the last one holding `words`.
inline std::string news_page(const std::string& title, const std::string& words) {
  return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
         " - Harbour Herald</title></head><body><nav><a href=\"/\">Home</a> <a "
         "href=\"/world\">World</a></nav><article><h1>" +
         title +
         "</h1><p>The harbour authority said on Tuesday that the work would continue through "
         "the winter, with crews on the quays from early morning until late in the evening.</p>"
         "<p>Officials expect the first ships to berth at the rebuilt terminal next spring, "
         "after months of delays caused by storms, shortages and a long dispute over costs.</p>"
         "<p>" +
         words +
         ", a spokesperson for the authority told reporters at the quayside.</p>"
         "</article><footer>Copyright Harbour Herald</footer></body></html>";
}

// An RSS 2.0 feed whose entries link to the given (title, url) pairs.
inline std::string rss_feed(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string items;
  for (const auto& [title, url] : entries)
    items += "<item><title>" + title + "</title><link>" + url + "</link></item>\n";
  return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Harbour Herald</title>\n" +
         items + "</channel></rss>\n";
}

}  // namespace verbatim::testing
