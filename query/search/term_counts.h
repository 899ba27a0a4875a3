// Counting the names (speakers, entities) carried by the documents a query matches.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace verbatim::query {

// (term without prefix, count), most frequent first. The count is the number of matching
// documents carrying the term, or the sum of its wdf where that is a count (speaker terms: the
// statements of that speaker in the paragraph). With `fold_copies`, paragraphs whose statements
// are copies of each other (one copy key, docs/schema.md) count once, and `copies` (when given)
// gets how many counts that folded, from the same match.
std::vector<std::pair<std::string, Xapian::doccount>> count_terms(
    Xapian::Database& db, const Xapian::Query& query, const std::string& prefix,
    bool fold_copies = false, Xapian::doccount* copies = nullptr);

// The statements of the index that are copies of others (in paragraphs sharing a copy key,
// every copy but one): what `stats` folds.
Xapian::termcount copied_statements(const Xapian::Database& db);

}  // namespace verbatim::query
