// Reading items from the command line's sources: files, directories (walked recursively) and "-".
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/read/item.h"

namespace verbatim::read {

// One bad input: `where` names the file (and line, "path:12"), `message` says what is wrong.
struct ReadError {
  std::string where;
  std::string message;
  // A warning (bytes replaced, files of other types skipped): said, but the input was read.
  bool warning = false;
  std::string line() const { return where + ": " + message; }
};

using ItemSink = std::function<void(Item&&)>;
using ErrorSink = std::function<void(const ReadError&)>;

// Reads every item of every source, in a stable order (directory entries sorted by name).
// .txt files are plain-text items, .jsonl files hold one JSON item a line, .html/.htm/.xhtml
// (and .html.gz) are pages (read_html), .rss/.atom (and .xml/.json holding a feed) are feeds
// whose entries are items (an entry without a link is reported, the others read), "-" is JSON
// Lines on stdin. Other files inside a
// directory are skipped and counted in one warning; a file named on the command line is read
// whatever its extension (by content: JSON Lines when it starts with '{', HTML when it starts
// like a page, else text).
// Bad input never stops the walk: each problem is passed to `on_error` and reading goes on.
void read_sources(const std::vector<std::string>& sources, const ItemSink& on_item,
                  const ErrorSink& on_error);

// Parses the content of a plain-text item (headline, blank line, paragraphs).
// Throws std::runtime_error with a one-line reason for content that is not an item.
Item parse_text_item(std::string_view content, std::string id, std::string origin);

// Parses one JSON Lines record. `fallback_id` is used when the record has neither id nor url.
// Throws std::runtime_error with a one-line reason.
Item parse_json_item(std::string_view line, const std::string& fallback_id, std::string origin);

// Splits body text into paragraphs: blocks separated by blank lines, hard wraps joined.
std::vector<std::string> split_paragraphs(std::string_view body);

// Fills date/place/distributor from a wire dateline in paragraphs[1], marks boilerplate.
void apply_wire_conventions(Item& item);

}  // namespace verbatim::read

namespace verbatim::read {

// A quick count of the items the sources hold (non-blank JSON lines, .txt files), for progress
// totals; "-" counts as 0 (unknown).
std::size_t count_items(const std::vector<std::string>& sources);

}  // namespace verbatim::read
