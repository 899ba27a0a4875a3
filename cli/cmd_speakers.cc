// `verbatim speakers [QUERY]` and `verbatim entities [QUERY]`: names with their counts.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/reading.h"
#include "query/parse/build_query.h"
#include "query/parse/name_resolver.h"
#include "query/search/term_counts.h"
#include "schema/fields.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct ListArgs {
  schema::Id field = schema::Id::speaker;  // or entity
  std::string db;
  std::vector<std::string> words;
  std::string format = "text";
  unsigned limit = 0;
  schema::ReadOptions reading;
};

int run(const ListArgs& a) {
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  query::QueryRequest request;
  request.words = a.words;
  request.literal = true;
  request.quotes = a.field == schema::Id::speaker;  // speakers: statement counts
  query::QueryPlan plan;
  try {
    plan = query::build_query(db, request);
  } catch (const query::QuerySyntaxError& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return kExitUsage;
  }
  for (const std::string& note : plan.notes) fmt::print(stderr, "verbatim: {}\n", note);
  std::vector<std::pair<std::string, Xapian::doccount>> counts;
  try {
    counts = query::count_terms(db, plan.query, schema::prefix_of(a.field));
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
  const std::string field_name(schema::field(a.field).name);
  if (counts.empty()) {
    fmt::print(stderr, "verbatim: no {}s{}\n", field_name,
               a.words.empty() ? " in the index" : " for this query");
    return kExitNoMatch;
  }
  query::NameResolver names(db, a.field);
  const char* noun = a.field == schema::Id::speaker ? "statements" : "passages";
  std::size_t shown = 0;
  for (const auto& [folded, n] : counts) {
    if (a.limit && shown++ >= a.limit) break;
    std::string name = names.display(folded);
    if (a.format == "jsonl") {
      fmt::print("{}\n", nlohmann::json{{field_name, name}, {noun, n}}.dump());
    } else {
      fmt::print("{:>6}  {}\n", n, name);
    }
  }
  return kExitOk;
}

void add_list_command(CLI::App& app, int& exit_code, schema::Id field, const std::string& name,
                      const std::string& help) {
  auto args = std::make_shared<ListArgs>();
  args->field = field;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("query", args->words,
                  "Only count what matches this query (same syntax as `query`)");
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--format", args->format, "text or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("-n,--limit", args->limit, "Show at most this many");
  add_cluster_options(*cmd, args->reading);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace

void add_speakers_command(CLI::App& app, int& exit_code) {
  add_list_command(app, exit_code, schema::Id::speaker, "speakers",
                   "Speakers with their statement counts");
  add_list_command(app, exit_code, schema::Id::entity, "entities",
                   "Entities with the number of passages naming them");
}

}  // namespace verbatim::cli
