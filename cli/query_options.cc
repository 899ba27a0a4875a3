#include "cli/query_options.h"

#include <fmt/format.h>

#include <algorithm>

#include "cli/exit_codes.h"
#include "schema/location.h"

namespace verbatim::cli {

void add_query_options(CLI::App& cmd, query::QueryRequest& request) {
  cmd.add_option("words", request.words,
                 "Query: words, \"phrases\", AND/OR/NOT, field:value (see --fields), or a question "
                 "like \"Xi's quotes on opening-up\"");
  cmd.add_option("--speaker", request.speakers,
                 "Statements by this speaker (any alias or surname); repeatable")
      ->allow_extra_args(false);
  cmd.add_option("--entity", request.entities, "Only passages mentioning this entity; repeatable")
      ->allow_extra_args(false);
  cmd.add_flag("--quotes", request.quotes, "Statements only");
  cmd.add_flag("--all-words", request.all_words,
               "Only passages with all the words (no partial matches to fill the page)");
  cmd.add_flag("--literal", request.literal, "Search the words as typed, never as a question");
  cmd.add_option("--since", request.since,
                 "Items dated on or after: YYYY, YYYY-MM, YYYY-MM-DD, 7d, 2w, 3m, 1y, yesterday, "
                 "last week or last month; a range A..B (of those): items dated within it. "
                 "Statement searches: statements said then (their said_on; a month counts when "
                 "it overlaps)");
  cmd.add_option("--until", request.until,
                 "Items dated on or before (the forms of --since; 2w: until two weeks ago); "
                 "statements said on or before, for statement searches");
  cmd.add_option("--synonyms", request.synonyms.file,
                 "More synonym groups, one a line: U.S., United States (default: "
                 "$XDG_CONFIG_HOME/verbatim/synonyms.txt when it exists)");
  cmd.add_flag("--no-synonyms", request.synonyms.off,
               "Match the words only as written (no built-in or user synonyms)");
}

int check_query_request(const query::QueryRequest& request, std::string_view command) {
  const bool blank = std::all_of(request.words.begin(), request.words.end(), [](const auto& w) {
    return w.find_first_not_of(" \t") == std::string::npos;
  });
  const bool names = !request.speakers.empty() || !request.entities.empty();
  if (blank && !names && request.quotes) {
    fmt::print(stderr, "verbatim: {}: --quotes needs words to search for, or --speaker/--entity\n",
               command);
    return kExitUsage;
  }
  if (request.words.empty() && !names) {
    fmt::print(stderr,
               "verbatim: {}: give words to search for, or --speaker/--entity (see --help)\n",
               command);
    return kExitUsage;
  }
  return kExitOk;
}

query::QueryPlan plan_query(const Xapian::Database& db, const query::QueryRequest& request) {
  try {
    return query::build_query(db, request);
  } catch (const query::QuerySyntaxError& e) {
    throw schema::UserError(e.what(), kExitUsage);
  }
}

void print_query_notes(const query::QueryPlan& plan, bool explain) {
  for (const std::string& note : plan.notes) fmt::print(stderr, "verbatim: {}\n", note);
  if (explain) {
    fmt::print(stderr, "parsed: {}\n", plan.parser_input);
    fmt::print(stderr, "query:  {}\n", plan.query.get_description());
  }
}

}  // namespace verbatim::cli
