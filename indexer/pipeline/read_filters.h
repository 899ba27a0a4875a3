// What the reader keeps from going further down the pipeline: a second item with an id already
// read in this batch, and items whose content the index already holds.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "indexer/read/item.h"

namespace verbatim::pipeline {

// Item id -> content hash, as the index holds them (write::IndexWriter::item_hashes()).
using ItemHashes = std::unordered_map<std::string, std::string>;

// Remembers the ids read in this batch and where each was first read.
class DuplicateIds {
 public:
  // Null for an id not seen before in this batch (now remembered); for a repeated one, the
  // origin of the item that first had it.
  const std::string* first_origin(const read::Item& item);

  // Every id read so far.
  std::unordered_set<std::string> ids() const;

 private:
  std::unordered_map<std::string, std::string> first_origin_;
};

// True when the index holds this item with the same content hash: it need not be written again.
bool is_unchanged(const ItemHashes& known, const read::Item& item);

}  // namespace verbatim::pipeline
