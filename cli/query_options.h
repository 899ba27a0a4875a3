// What `query` and `count` share: the words and filter options of a query, the checks of what
// was given, building the query (a bad one: exit 2 with the parser's hint) and the notes on how
// it was read.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "query/parse/build_query.h"

namespace verbatim::cli {

// The positional words and --speaker, --entity, --quotes, --all-words, --literal, --since,
// --until, --synonyms, --no-synonyms.
void add_query_options(CLI::App& cmd, query::QueryRequest& request);

// One line on stderr and kExitUsage when `request` cannot be searched (no words nor filters;
// --quotes without words or names); kExitOk otherwise.
int check_query_request(const query::QueryRequest& request, std::string_view command);

// Builds the query; a query the user must fix is a UserError with exit status 2.
query::QueryPlan plan_query(const Xapian::Database& db, const query::QueryRequest& request);

// How the query was read (its notes), and with `explain` the parsed query, on stderr.
void print_query_notes(const query::QueryPlan& plan, bool explain);

}  // namespace verbatim::cli
