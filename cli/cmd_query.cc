// `verbatim query`: parse query -> search -> print results.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/reading.h"
#include "query/parse/build_query.h"
#include "query/print/print_hits.h"
#include "query/search/search.h"
#include "schema/fields.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct QueryArgs {
  std::string db;
  std::vector<std::string> words;
  unsigned limit = 10;
  unsigned offset = 0;
  std::string format = "text";
  std::string color = "auto";
  std::string sort = "relevance";
  query::QueryRequest request;
  bool explain = false;
  bool fields = false;
  schema::ReadOptions reading;
};

std::string type_name(schema::FieldType t) {
  switch (t) {
    case schema::FieldType::boolean:
      return "filter";
    case schema::FieldType::free_text:
      return "words";
    case schema::FieldType::value:
      return "value";
  }
  return "";
}

// The fields a query can name, and the default one (the body text), from the field table.
void print_fields() {
  fmt::print("{:<12} {:<7} {:<8} {}\n", "FIELD", "PREFIX", "TYPE", "USE");
  for (const schema::Field& f : schema::fields()) {
    if (!f.in_queries && f.id != schema::Id::text) continue;
    std::string use =
        f.in_queries ? fmt::format("{}:... — {}", f.name, f.help) : std::string(f.help);
    std::string prefix = f.prefix.empty() ? (f.slot >= 0 ? fmt::format("slot {}", f.slot) : "-")
                                          : std::string(f.prefix);
    fmt::print("{:<12} {:<7} {:<8} {}\n", f.name, prefix, type_name(f.type), use);
  }
  fmt::print(
      "\nOptions --speaker, --entity, --quotes, --since and --until add the same filters.\n");
}

// How the query was read: the `query` object of --format json (docs/json.md).
nlohmann::json reading_json(const QueryArgs& a, const query::QueryPlan& plan,
                            const std::string& suggestion) {
  nlohmann::json reading{
      {"input", fmt::format("{}", fmt::join(a.words, " "))},
      {"parsed", plan.parser_input},
      {"question", plan.question},
      {"statements", plan.statements},
      {"speakers", plan.speakers_resolved},
      {"notes", plan.notes},
      {"suggestion", suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(suggestion)}};
  if (a.explain) reading["xapian_query"] = plan.query.get_description();
  return reading;
}

// Notes, and with --explain the parsed query, on stderr (JSON carries them in `query`).
void print_reading(const QueryArgs& a, const query::QueryPlan& plan) {
  for (const std::string& note : plan.notes) fmt::print(stderr, "verbatim: {}\n", note);
  if (a.explain) {
    fmt::print(stderr, "parsed: {}\n", plan.parser_input);
    fmt::print(stderr, "query:  {}\n", plan.query.get_description());
  }
}

// Tells that the page was filled with partial matches (JSON says it per hit: matched_all).
void print_relaxation(const query::SearchResult& result) {
  if (!result.relaxed) return;
  const auto all = std::count_if(result.hits.begin(), result.hits.end(),
                                 [](const query::Hit& h) { return h.matched_all; });
  if (all == 0)
    fmt::print(stderr,
               "verbatim: no passage has all {} words; showing passages with most of them\n",
               result.words);
  else
    fmt::print(stderr,
               "verbatim: only {} passage{} all {} words; then passages with most of them\n", all,
               all == 1 ? " has" : "s have", result.words);
}

query::Order order_of(const std::string& sort) {
  return sort == "newest"   ? query::Order::newest
         : sort == "oldest" ? query::Order::oldest
                            : query::Order::relevance;
}

int run(QueryArgs& a) {
  if (a.fields) {
    print_fields();
    return kExitOk;
  }
  a.request.words = a.words;
  const bool blank = std::all_of(a.words.begin(), a.words.end(), [](const std::string& w) {
    return w.find_first_not_of(" \t") == std::string::npos;
  });
  if (blank && a.request.speakers.empty() && a.request.entities.empty() && a.request.quotes) {
    fmt::print(stderr,
               "verbatim: query: --quotes needs words to search for, or --speaker/--entity\n");
    return kExitUsage;
  }
  if (a.words.empty() && a.request.speakers.empty() && a.request.entities.empty()) {
    fmt::print(stderr,
               "verbatim: query: give words to search for, or --speaker/--entity (see --help)\n");
    return kExitUsage;
  }
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  query::QueryPlan plan;
  try {
    plan = query::build_query(db, a.request);
  } catch (const query::QuerySyntaxError& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return kExitUsage;
  }
  query::Format format = a.format == "json"    ? query::Format::json
                         : a.format == "jsonl" ? query::Format::jsonl
                                               : query::Format::text;
  if (format != query::Format::json) print_reading(a, plan);
  query::SearchResult result;
  std::string suggestion;
  try {
    result = query::search(db, plan, a.offset, a.limit, order_of(a.sort));
    // "Did you mean" when the words as typed found less than a page with them all.
    if (result.hits.empty() || result.relaxed) suggestion = query::spelling_suggestion(db, plan);
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
  const nlohmann::json reading = reading_json(a, plan, suggestion);
  query::PrintOptions po{format,
                         format == query::Format::text && query::want_color(stdout, a.color)};
  if (format != query::Format::json && !suggestion.empty())
    fmt::print(stderr, "verbatim: did you mean: {}\n", suggestion);
  if (result.hits.empty()) {
    if (format == query::Format::json) query::print_hits(stdout, result, po, reading);
    if (a.offset > 0 && result.estimated > 0) {
      fmt::print(stderr, "verbatim: --offset {} is past the last hit ({}{} in all)\n", a.offset,
                 result.exact ? "" : "about ", result.estimated);
      return kExitNoMatch;
    }
    fmt::print(stderr, "verbatim: no matches for {}\n",
               a.words.empty() ? std::string("the filters")
                               : fmt::format("\"{}\"", fmt::join(a.words, " ")));
    return kExitNoMatch;
  }
  if (format != query::Format::json) print_relaxation(result);
  query::print_hits(stdout, result, po, reading);
  return kExitOk;
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Search the index: ranked passages and statements");
  cmd->add_option(
      "words", args->words,
      "Query: words, \"phrases\", AND/OR/NOT, field:value (see --fields), or a question "
      "like \"Xi's quotes on opening-up\"");
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("-n,--limit", args->limit, "Number of hits (1 to 10000)")
      ->check(CLI::Range(1u, 10000u));
  cmd->add_option("--offset", args->offset, "Skip this many hits first");
  cmd->add_option("--format", args->format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  cmd->add_option("--sort", args->sort, "relevance (BM25), newest or oldest first")
      ->check(CLI::IsMember({"relevance", "newest", "oldest"}));
  cmd->add_option("--color", args->color, "auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--speaker", args->request.speakers,
                  "Statements by this speaker (any alias or surname); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--entity", args->request.entities,
                  "Only passages mentioning this entity; repeatable")
      ->allow_extra_args(false);
  cmd->add_flag("--quotes", args->request.quotes, "Statements only");
  cmd->add_flag("--all-words", args->request.all_words,
                "Only passages with all the words (no partial matches to fill the page)");
  cmd->add_flag("--literal", args->request.literal,
                "Search the words as typed, never as a question");
  cmd->add_option("--since", args->request.since, "Items dated on or after (YYYY-MM-DD)");
  cmd->add_option("--until", args->request.until, "Items dated on or before (YYYY-MM-DD)");
  cmd->add_option("--synonyms", args->request.synonyms.file,
                  "More synonym groups, one a line: U.S., United States (default: "
                  "$XDG_CONFIG_HOME/verbatim/synonyms.txt when it exists)");
  cmd->add_flag("--no-synonyms", args->request.synonyms.off,
                "Match the words only as written (no built-in or user synonyms)");
  cmd->add_flag("--explain", args->explain, "Show how the query was parsed");
  cmd->add_flag("--fields", args->fields, "List the fields usable in queries");
  add_cluster_options(*cmd, args->reading);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
