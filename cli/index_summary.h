// The summary of an indexing batch, as `verbatim index` prints it and `verbatim fetch --index`
// prints it for the pages it fetched.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "indexer/run_index.h"

namespace verbatim::cli {

// The object of docs/json.md "index --format json".
nlohmann::json index_summary_json(const std::string& db, const indexer::IndexSummary& s);

// One line on stderr: "DB: 3 added, 0 updated, ... in 0.52s (...)".
void print_index_summary(const std::string& db, const indexer::IndexSummary& s);

}  // namespace verbatim::cli
