// libFuzzer target: one input is a feed (RSS/RDF/Atom XML or a JSON Feed when it looks like
// one: every entry is read as an item), a plain-text item, (when it starts with '{') a JSON Lines
// record, or (when it starts with '<') an HTML page, also read as a fragment; what parses is
// analysed (statements, speakers, entities) and turned into documents. Readers may refuse input
// with std::runtime_error (a one-line reason); anything else escaping, a crash or a sanitizer
// report is a bug.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "indexer/build/documents.h"
#include "indexer/extract/analyse.h"
#include "indexer/read/feed.h"
#include "indexer/read/html.h"
#include "indexer/read/sources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace verbatim;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (read::looks_like_xml_feed(input) || read::looks_like_json_feed(input) ||
      (!input.empty() && input.front() == '<')) {
    try {
      for (const read::FeedEntry& entry : read::parse_feed(input).entries) {
        try {
          read::Item item = read::feed_item(entry, "fuzz.rss");
          extract::analyse(item);
        } catch (const std::runtime_error&) {
        }
      }
    } catch (const std::runtime_error&) {
    }
    return 0;
  }
  read::Item item;
  try {
    if (!input.empty() && input.front() == '{') {
      item = read::parse_json_item(input, "fuzz:1", "fuzz:1");
    } else if (!input.empty() && input.front() == '<') {
      read::html_fragment_paragraphs(input);
      item = read::read_html(input, "https://fuzz.example/a/b", "").item;
      if (item.paragraphs.empty()) __builtin_trap();  // a page read has its headline slot
    } else
      item = read::parse_text_item(input, "fuzz.txt", "fuzz.txt");
  } catch (const std::runtime_error&) {
    return 0;
  }
  extract::Analysis analysis = extract::analyse(item);
  build::ItemDocuments docs = build::build_documents(item, analysis);
  if (docs.docs.empty()) __builtin_trap();  // every item has its item document
  return 0;
}
