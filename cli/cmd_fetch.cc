// `verbatim fetch`: new and changed pages of feeds and sites into the archive, and with --index
// into the index (through the same batch as `verbatim index`).
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fetch_report.h"
#include "cli/help_text.h"
#include "cli/index_summary.h"
#include "fetch/fetcher.h"
#include "fetch/http_helper.h"
#include "fetch/naming.h"
#include "indexer/run_index.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

std::atomic<bool> stop_requested{false};

extern "C" void on_fetch_stop_signal(int) {
  stop_requested.store(true);
  indexer::request_stop();
}

struct FetchArgs {
  std::vector<std::string> urls;
  std::string into, db, format = "text";
  bool index = false;
  double rate = 1, timeout = 30;
};

// Indexes the pages this run stored, as `verbatim index FILE...` would.
indexer::IndexSummary index_pages(const FetchArgs& a, const std::vector<std::string>& stored,
                                  std::string& db) {
  indexer::IndexOptions o;
  o.db = db = schema::resolve_index_path(a.db);
  const std::set<std::string> unique(stored.begin(), stored.end());
  o.sources.assign(unique.begin(), unique.end());
  return indexer::run_index(o, std::cerr);
}

int run(const FetchArgs& a) {
  try {
    fetch::http_module();  // before the archive is made: a fetch without it fetches nothing
  } catch (const fetch::HttpModuleMissing& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return kExitNotInstalled;
  }
  fetch::FetchOptions o;
  o.urls = a.urls;
  o.archive_dir = fetch::resolve_archive_dir(a.into);
  o.rate = a.rate;
  o.timeout_seconds = a.timeout;
  o.stop = &stop_requested;
  FetchReport report;
  fetch::FetchEvents events;
  events.on_failure = [&](const std::string& where, const std::string& message) {
    report.failure(where, message);
  };
  events.on_request = [&](std::size_t done, std::size_t waiting, const std::string& url) {
    report.request(done, waiting, url);
  };
  std::signal(SIGINT, on_fetch_stop_signal);
  std::signal(SIGTERM, on_fetch_stop_signal);
  const fetch::FetchSummary s = fetch::run_fetch(o, events);
  report.done();
  std::string db;
  indexer::IndexSummary indexed;
  const bool index = a.index && !s.stored.empty() && !s.interrupted;
  if (index) indexed = index_pages(a, s.stored, db);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (a.format == "json") {
    nlohmann::json j = fetch_summary_json(o.archive_dir, s);
    if (index) j["index"] = index_summary_json(db, indexed);
    fmt::print("{}\n", j.dump());
  } else {
    print_fetch_summary(o.archive_dir, s);
    if (index) print_index_summary(db, indexed);
  }
  if (s.interrupted || indexed.interrupted) return kExitInterrupted;
  return s.failed || indexed.failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_fetch_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<FetchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "fetch", "Fetch new and changed pages of feeds and sites into the archive");
  cmd->add_option("urls", args->urls,
                  "Feeds (their entries' pages are fetched) or pages; http and https only")
      ->required();
  cmd->add_option("--into", args->into,
                  "Archive folder (default: $XDG_DATA_HOME/verbatim/archive)");
  cmd->add_flag("--index", args->index, "Index the new and changed pages into --db");
  cmd->add_option("--db", args->db,
                  "Index path for --index (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--rate", args->rate, "Requests a second to one host, at most (default 1)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", args->timeout, "Seconds a request may take (default 30)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--format", args->format, "Summary format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  set_examples(*cmd, {
                         {"verbatim fetch https://example.org/feed.xml",
                          "Fetch the new and changed pages of a feed into the archive"},
                         {"verbatim fetch --index --rate 0.5 https://example.org/news/",
                          "Fetch a page at most every 2 s a host and index what changed"},
                     });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
