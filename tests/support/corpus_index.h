// One index of the bundled corpus (corpus/), built on first use and shared by the tests of a
// test executable.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>

#include "indexer/run_index.h"
#include "support/corpus_paths.h"
#include "support/temp_dir.h"

namespace verbatim::testing {

inline const std::string& bundled_corpus_index() {
  static TempDir dir;
  static const std::string path = [] {
    indexer::IndexOptions o;
    o.db = dir.str("db");
    o.sources = {kCorpusDir};
    o.progress = indexer::Progress::none;
    std::ostringstream err;
    if (indexer::run_index(o, err).failed != 0)
      throw std::runtime_error("indexing corpus/ failed: " + err.str());
    return o.db;
  }();
  return path;
}

}  // namespace verbatim::testing
