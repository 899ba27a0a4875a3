// `verbatim index`: add or update items in the index.
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <tuple>

#include <fmt/format.h>
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/index_summary.h"
#include "indexer/run_index.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

extern "C" void on_stop_signal(int) {
  indexer::request_stop();
}

struct IndexArgs {
  std::string db;
  std::vector<std::string> sources;
  unsigned jobs = 0;
  unsigned writers = 0;
  bool prune = false, rebuild = false, wait = false;
  std::string progress = "auto";
  std::string format = "text";
  std::string shard;  // "K/N"
  // Smaller batches flushed cost the writer less than larger ones (Xapian keeps them in maps):
  // on Reuters, 0.5 MB took 8-10% less CPU than 1 MB and about the same as 0.25 MB.
  double commit_mb = 0.5;
};

// "K/N" with 1 <= K <= N; throws UserError (exit 2) otherwise.
std::pair<unsigned, unsigned> parse_shard(const std::string& text) {
  unsigned k = 0, n = 0;
  char slash = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%u%c%u%c", &k, &slash, &n, &extra) == 3 && slash == '/' &&
      k >= 1 && k <= n)
    return {k, n};
  throw schema::UserError(
      fmt::format("--shard {}: give K/N with 1 <= K <= N, e.g. --shard 2/4", text), 2);
}

// Sources named on the command line that do not exist: when none of them does, nothing is
// opened nor created (exit 2); otherwise the reader reports each one and the batch goes on.
void check_sources(const std::vector<std::string>& sources) {
  std::vector<std::string> missing;
  for (const std::string& s : sources) {
    std::error_code ec;
    if (s != "-" && !std::filesystem::exists(s, ec)) missing.push_back(s);
  }
  if (missing.empty() || missing.size() < sources.size()) return;
  throw schema::UserError(
      fmt::format("{}: no such file or directory; nothing to index (no index was created or "
                  "changed)",
                  fmt::join(missing, ", ")),
      kExitUsage);
}

int run(const IndexArgs& a) {
  check_sources(a.sources);
  indexer::IndexOptions o;
  if (!a.shard.empty()) std::tie(o.shard, o.shards) = parse_shard(a.shard);
  o.db = schema::resolve_index_path(a.db);
  o.sources = a.sources;
  o.jobs = a.jobs;
  o.writers = a.writers;
  o.prune = a.prune;
  o.rebuild = a.rebuild;
  o.wait = a.wait;
  o.progress = a.progress == "none"    ? indexer::Progress::none
               : a.progress == "jsonl" ? indexer::Progress::jsonl
                                       : indexer::Progress::automatic;
  o.commit_bytes = static_cast<std::size_t>(a.commit_mb * (1 << 20));
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  indexer::IndexSummary s = indexer::run_index(o, std::cerr);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (a.format == "json")
    fmt::print("{}\n", index_summary_json(o.db, s).dump());
  else
    print_index_summary(o.db, s);
  if (s.interrupted) return kExitInterrupted;
  return s.failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_index_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<IndexArgs>();
  CLI::App* cmd = app.add_subcommand("index", "Add or update news items in the index");
  cmd->add_option("sources", args->sources,
                  "Files (.txt items, .jsonl one item a line), directories (walked), or - for "
                  "JSON Lines on stdin")
      ->required();
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("-j,--jobs", args->jobs, "Analysis threads (default: one per core)");
  cmd->add_option("--writers", args->writers,
                  "Writer threads for a batch into an empty index (default: 2 on 2+ cores)");
  cmd->add_flag("--prune", args->prune, "Remove items whose sources were not given in this run");
  cmd->add_flag("--rebuild", args->rebuild,
                "Re-create the index from scratch; readers use the old one until it is complete");
  cmd->add_option("--shard", args->shard,
                  "K/N: index only the items of shard K of N (by a stable hash of the item id)");
  cmd->add_flag("--wait", args->wait, "Wait for another verbatim writer instead of failing");
  cmd->add_option("--progress", args->progress, "auto (a line on a terminal), none, jsonl")
      ->check(CLI::IsMember({"auto", "none", "jsonl"}));
  cmd->add_option("--format", args->format, "Summary format: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--commit-mb", args->commit_mb, "Commit after this many MB of text")
      ->check(CLI::PositiveNumber);
  set_examples(*cmd,
               {
                   {"verbatim index corpus/",
                    "Index every item under corpus/ (new and changed items only on later runs)"},
                   {"verbatim index --db /tmp/news.db --rebuild --prune feeds/",
                    "Re-create /tmp/news.db from feeds/, dropping items no longer there"},
               });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
