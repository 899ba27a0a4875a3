#include "indexer/pipeline/read_filters.h"

#include "indexer/build/documents.h"

namespace verbatim::pipeline {

const std::string* DuplicateIds::first_origin(const read::Item& item) {
  auto [it, fresh_id] = first_origin_.emplace(item.id, item.origin);
  return fresh_id ? nullptr : &it->second;
}

std::unordered_set<std::string> DuplicateIds::ids() const {
  std::unordered_set<std::string> out;
  out.reserve(first_origin_.size());
  for (const auto& entry : first_origin_) out.insert(entry.first);
  return out;
}

bool is_unchanged(const ItemHashes& known, const read::Item& item) {
  auto k = known.find(item.id);
  return k != known.end() && k->second == build::content_hash(item);
}

}  // namespace verbatim::pipeline
