// Building Xapian documents for one analysed item: the item record, one document per searchable
// paragraph, one per statement (see docs/schema.md).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/extract/statement.h"
#include "indexer/read/item.h"

namespace verbatim::build {

struct ItemDocuments {
  std::string item_term;               // boolean term linking every document of the item ("XI...")
  std::string hash;                    // content hash of the item, compared on re-index
  std::vector<Xapian::Document> docs;  // item document first
  // Display forms of the boolean name terms used ("XSxi jinping" -> "Xi Jinping").
  std::vector<std::pair<std::string, std::string>> display_names;
  std::size_t passages = 0;
  std::size_t statements = 0;
  std::size_t text_bytes = 0;  // bytes of text indexed, for commit batching
};

// Content hash of an item: everything that reaches the index (id, metadata, paragraphs).
std::string content_hash(const read::Item& item);

// Unique id terms.
std::string item_doc_term(const std::string& item_id);
std::string item_link_term(const std::string& item_id);

ItemDocuments build_documents(const read::Item& item, const extract::Analysis& analysis);

}  // namespace verbatim::build
