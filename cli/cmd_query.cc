// `verbatim query`: parse query -> search -> print results.
#include <fmt/format.h>

#include <algorithm>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/query_options.h"
#include "cli/reading.h"
#include "query/parse/build_query.h"
#include "query/print/print_hits.h"
#include "query/print/style.h"
#include "query/search/search.h"
#include "schema/fields.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct QueryArgs {
  std::string db;
  unsigned limit = 10;
  unsigned offset = 0;
  std::string format = "text";
  std::string color = "auto";
  std::string sort = "relevance";
  std::string output = "paragraphs";
  bool full = false;
  bool all_copies = false;
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
                            const std::string& suggestion, unsigned passages) {
  nlohmann::json reading{
      {"input", fmt::format("{}", fmt::join(a.request.words, " "))},
      {"parsed", plan.parser_input},
      {"question", plan.question},
      {"statements", plan.statements},
      {"speakers", plan.speakers_resolved},
      {"notes", plan.notes},
      {"passages", passages},
      {"suggestion", suggestion.empty() ? nlohmann::json(nullptr) : nlohmann::json(suggestion)}};
  if (a.explain) reading["xapian_query"] = plan.query.get_description();
  return reading;
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

// Tells that a question's page goes on with passages naming the speaker (JSON: their kind is
// "paragraph").
void print_passages_note(const query::SearchResult& result, const query::QueryPlan& plan) {
  if (result.passages == 0) return;
  const std::string who = fmt::format("{}", fmt::join(plan.speakers_resolved, ", "));
  if (result.estimated == 0)
    fmt::print(stderr,
               "verbatim: no statement by {} holds all the words; showing passages that name the "
               "speaker with them (--all-words: statements only)\n",
               who);
  else
    fmt::print(stderr,
               "verbatim: only {} statement{} by {} {} all the words; then passages that name the "
               "speaker with them\n",
               result.estimated, result.estimated == 1 ? "" : "s", who,
               result.estimated == 1 ? "holds" : "hold");
}

query::Order order_of(const std::string& sort) {
  return sort == "newest"   ? query::Order::newest
         : sort == "oldest" ? query::Order::oldest
                            : query::Order::relevance;
}

query::Output output_of(const std::string& output) {
  return output == "ids"     ? query::Output::ids
         : output == "items" ? query::Output::items
                             : query::Output::hits;
}

// How hits are printed: on a terminal, snippets wrapped to its width.
query::PrintOptions print_options(const QueryArgs& a) {
  query::PrintOptions po;
  po.format = a.format == "json"    ? query::Format::json
              : a.format == "jsonl" ? query::Format::jsonl
                                    : query::Format::text;
  po.color = po.format == query::Format::text && query::want_color(stdout, a.color);
  po.output = output_of(a.output);
  po.full = a.full;
  po.width = po.format == query::Format::text ? query::terminal_width(stdout) : 0;
  return po;
}

int run(QueryArgs& a) {
  if (a.fields) {
    print_fields();
    return kExitOk;
  }
  if (a.output != "paragraphs" && a.format != "text") {
    fmt::print(stderr, "verbatim: query: --output {} prints plain lines; leave out --format\n",
               a.output);
    return kExitUsage;
  }
  if (int status = check_query_request(a.request, "query"); status != kExitOk) return status;
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  const query::QueryPlan plan = plan_query(db, a.request);
  const query::PrintOptions po = print_options(a);
  const query::Format format = po.format;
  if (format != query::Format::json) print_query_notes(plan, a.explain);
  query::SearchResult result;
  std::string suggestion;
  try {
    query::HitOptions shown;
    shown.snippet_bytes = query::snippet_bytes(po.width);
    shown.distinct_items = po.output == query::Output::items;
    shown.all_copies = a.all_copies;
    result = query::search(db, plan, a.offset, a.limit, order_of(a.sort), shown);
    // "Did you mean" when the words as typed found less than a page with them all.
    if (result.hits.empty() || result.relaxed) suggestion = query::spelling_suggestion(db, plan);
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
  const nlohmann::json reading = reading_json(a, plan, suggestion, result.passages);
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
               a.request.words.empty() ? std::string("the filters")
                                       : fmt::format("\"{}\"", fmt::join(a.request.words, " ")));
    return kExitNoMatch;
  }
  if (format != query::Format::json) {
    print_passages_note(result, plan);
    print_relaxation(result);
  }
  query::print_hits(stdout, result, po, reading);
  return kExitOk;
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Search the index: ranked passages and statements");
  add_query_options(*cmd, args->request);
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("-n,--limit", args->limit, "Number of hits (1 to 10000)")
      ->check(CLI::Range(1u, 10000u));
  cmd->add_option("--offset", args->offset, "Skip this many hits first");
  cmd->add_option("--format", args->format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  cmd->add_option("--sort", args->sort,
                  "relevance (BM25), newest or oldest first (by item date; statements by when "
                  "they were said, said_on)")
      ->check(CLI::IsMember({"relevance", "newest", "oldest"}));
  cmd->add_option("--color", args->color, "auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--output", args->output,
                  "paragraphs (the hits), ids (ITEM:PARA of each hit, one a line, for `show`) or "
                  "items (distinct item ids, best first)")
      ->check(CLI::IsMember({"paragraphs", "ids", "items"}));
  cmd->add_flag("--full", args->full,
                "Text: whole paragraphs (default: a snippet around the matched words)");
  cmd->add_flag("--all-copies", args->all_copies,
                "Statements: each copy its own hit (default: a statement repeated by several "
                "items, as syndicated releases are, is one hit)");
  cmd->add_flag("--explain", args->explain, "Show how the query was parsed");
  cmd->add_flag("--fields", args->fields, "List the fields usable in queries");
  add_cluster_options(*cmd, args->reading);
  set_examples(
      *cmd,
      {
          {"verbatim query --speaker xi opening-up", "Statements by Xi Jinping about opening-up"},
          {"verbatim query 'kind:quote AND date:2023-09..' --format jsonl -n 50",
           "Up to 50 paragraphs holding statements since September 2023, as JSON Lines"},
          {"verbatim query --speaker trump --since 2017 --sort oldest",
           "Statements by Donald Trump said since 2017 (said_on, not the item date), oldest "
           "first"},
      });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
