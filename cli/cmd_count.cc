// `verbatim count QUERY`: the exact number of hits of a query (statements for a statement
// search), built as `query` builds it.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/query_options.h"
#include "cli/reading.h"
#include "query/print/json_format.h"
#include "query/search/search.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct CountArgs {
  std::string db;
  std::string format = "text";
  bool all_copies = false;
  query::QueryRequest request;
  schema::ReadOptions reading;
};

int run(const CountArgs& a) {
  if (int status = check_query_request(a.request, "count"); status != kExitOk) return status;
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  const query::QueryPlan plan = plan_query(db, a.request);
  print_query_notes(plan, false);
  Xapian::doccount n = 0;
  try {
    n = query::count(db, plan, a.all_copies);
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
  if (a.format == "json")
    fmt::print("{}\n", nlohmann::json{{"format_version", query::kJsonFormatVersion},
                                      {"count", n},
                                      {"statements", plan.statements}}
                           .dump(2));
  else
    fmt::print("{}\n", n);
  return n == 0 ? kExitNoMatch : kExitOk;
}

}  // namespace

void add_count_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CountArgs>();
  CLI::App* cmd = app.add_subcommand(
      "count", "The exact number of hits of a query (statements for a statement search)");
  add_query_options(*cmd, args->request);
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--format", args->format, "text (the number) or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--all-copies", args->all_copies,
                "Statements: count each copy (default: a statement repeated by several items "
                "counts once)");
  add_cluster_options(*cmd, args->reading);
  set_examples(*cmd, {
                         {"verbatim count --speaker xi opening-up",
                          "How many statements of Xi Jinping are about opening-up"},
                         {"verbatim count 'food security' --since 2020 --format json",
                          "Hits since 2020 as JSON"},
                     });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
