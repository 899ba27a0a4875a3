// An item is one news release or article as read from its source, before any analysis.
#pragma once

#include <string>
#include <vector>

namespace verbatim::read {

struct Paragraph {
  std::string text;          // the paragraph as one line (hard wraps joined), original characters
  bool boilerplate = false;  // wire boilerplate ("SOURCE CGTN", ...): counted, never searchable
  // Bytes at the start that are wire furniture, not the item's words: the headline's issuer
  // prefix ("CGTN: "), the first body paragraph's dateline ("BEIJING, Sept. 8, 2023 /PRNewswire/ —
  // ").
  std::size_t lead = 0;
};

struct Item {
  std::string id;  // identity: id, else url, else path relative to the directory argument
  std::string url;
  std::string title;   // the headline; also paragraphs[0].text
  std::string date;    // ISO 8601 (YYYY-MM-DD) or empty
  std::string source;  // publisher ("CGTN", "Reuters", ...)
  std::string lang;
  std::string place;        // from a dateline ("BEIJING")
  std::string distributor;  // from a wire dateline ("PRNewswire")
  std::string origin;       // where it came from, for messages: "path" or "path:line"
  // paragraphs[0] is the headline, body paragraphs follow in order (numbers are indexes here).
  std::vector<Paragraph> paragraphs;
};

}  // namespace verbatim::read
