// search: runs a query against the index with BM25 and returns ranked hits with their stored
// display records; survives a concurrent re-index (reopen and retry).
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "query/parse/build_query.h"

namespace verbatim::query {

// Marks around matched words in Hit::marked_text; the printer turns them into colours or drops
// them.
inline constexpr char kMarkStart = '\x01';
inline constexpr char kMarkEnd = '\x02';

struct Hit {
  unsigned rank = 0;  // 1-based
  double score = 0;
  int percent = 0;
  nlohmann::json record;       // the display record stored in the document
  std::string marked_text;     // record["text"] with matched words between kMarkStart/kMarkEnd
  std::string marked_snippet;  // a window of it around the matched words (HitOptions), marked
                               // the same way, with kEllipsis where text was left out; the
                               // whole marked_text when that is short enough
  bool matched_all = true;     // holds all the query's words (false: a best partial match)
  unsigned words_matched = 0;  // partial matches: how many of the query's words it holds
  // Statement hits: the items repeating the statement (its paragraph's copy key, docs/schema.md),
  // earliest first, and the earliest of their dates ("" when none has a date). One item when the
  // statement has no copies.
  std::vector<std::string> copy_items;
  std::string first_seen;
};

struct SearchResult {
  std::vector<Hit> hits;
  Xapian::doccount estimated = 0;  // matches in all (estimate)
  bool exact = false;              // `estimated` is the exact number
  bool relaxed = false;            // fewer passages than asked for hold all the words: the page
                                   // is filled with the best partial matches
  unsigned words = 0;              // word units of the query (when relaxed)
  unsigned passages = 0;           // a question's page: passages naming its speaker and holding
                                   // the words, after the statements that do (plan.passages)
};

enum class Order { relevance, newest, oldest };

// What is shown of each hit and which hits are kept.
struct HitOptions {
  unsigned snippet_bytes = 0;   // length of Hit::marked_snippet (Xapian's MSet::snippet), 0: none
  bool distinct_items = false;  // one paragraph per item (its best), collapsed by Xapian
  bool all_copies = false;      // statement searches: every copy of a statement its own hit
                                // (default: one hit per copy key, collapsed by Xapian)
  bool list_copies = true;      // fill Hit::copy_items and first_seen (a look-up per hit)
};

inline constexpr std::string_view kEllipsis = "\u2026";

// Runs a built query. For a statement search (plan.statements) each paragraph hit is expanded
// into the statements it holds that pass the query's statement filters (speaker, stmt, cue,
// role), as quote records; offset and limit then count statements. Paragraphs whose statements
// are copies of each other (syndicated items) give one hit, unless options.all_copies.
SearchResult search(Xapian::Database& db, const QueryPlan& plan, unsigned offset, unsigned limit,
                    Order order = Order::relevance, const HitOptions& options = {});

// The exact number of hits of a built query with all its words (no partial matches): matching
// paragraphs, or for a statement search the statements search() would list (copies once,
// unless `all_copies`).
Xapian::doccount count(Xapian::Database& db, const QueryPlan& plan, bool all_copies = false);

// Byte offsets [begin, end) in strip_marks(marked) of the words between marks.
std::vector<std::pair<std::size_t, std::size_t>> mark_offsets(std::string_view marked);

// Removes the marks (for piped output and JSON).
std::string strip_marks(std::string_view marked);

}  // namespace verbatim::query
