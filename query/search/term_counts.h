// Counting the names (speakers, entities) carried by the documents a query matches.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace verbatim::query {

// (term without prefix, number of matching documents carrying it), most frequent first.
std::vector<std::pair<std::string, Xapian::doccount>> count_terms(Xapian::Database& db,
                                                                  const Xapian::Query& query,
                                                                  const std::string& prefix);

}  // namespace verbatim::query
