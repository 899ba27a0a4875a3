// An item is one news release or article as read from its source, before any analysis.
#pragma once

#include <string>
#include <vector>

namespace verbatim::read {

struct Paragraph {
  std::string text;          // the paragraph as one line (hard wraps joined), original characters
  bool boilerplate = false;  // wire boilerplate ("SOURCE CGTN", ...): counted, never searchable
};

struct Item {
  std::string id;  // identity: id, else url, else path relative to the directory argument
  std::string url;
  std::string title;   // the headline; also paragraphs[0].text
  std::string date;    // ISO 8601 (YYYY-MM-DD) or empty
  std::string source;  // publisher ("CGTN", "Reuters", ...)
  std::string lang;
  std::string place;        // from a wire dateline ("BEIJING")
  std::string distributor;  // from a wire dateline ("PRNewswire")
  std::string origin;       // where it came from, for messages: "path" or "path:line"
  // paragraphs[0] is the headline, body paragraphs follow in order (numbers are indexes here).
  std::vector<Paragraph> paragraphs;
  // Bytes at the start of paragraphs[1] taken by the wire dateline (0 when there is none).
  std::size_t dateline_length = 0;
};

}  // namespace verbatim::read
