// Indexing sources into a temporary database from index tests (no executable: run_index).
#pragma once

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "indexer/run_index.h"

namespace verbatim::testing {

// Indexes `sources` into `db` and returns `db`; every item must be read.
inline std::string index_sources(const std::string& db, const std::vector<std::string>& sources) {
  indexer::IndexOptions o;
  o.db = db;
  o.sources = sources;
  o.progress = indexer::Progress::none;
  std::ostringstream err;
  indexer::IndexSummary s = indexer::run_index(o, err);
  INFO(err.str());
  REQUIRE(s.failed == 0);
  return o.db;
}

}  // namespace verbatim::testing
