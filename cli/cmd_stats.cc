// `verbatim stats`: what the index holds.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/reading.h"
#include "query/parse/speaker_registry.h"
#include "query/print/json_format.h"
#include "query/search/term_counts.h"
#include "schema/cluster.h"
#include "schema/fields.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

std::uintmax_t disk_bytes(const std::string& path) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

// What the index takes on disk: a cluster's local shards (`auto PATH` lines, relative to the
// stub file) summed; its remote shards cannot be measured from here and are counted apart.
struct DiskUse {
  std::uintmax_t bytes = 0;
  std::size_t remote_shards = 0;
};

DiskUse disk_use(const std::string& path) {
  if (!schema::is_cluster_file(path)) return {disk_bytes(path), 0};
  DiskUse use;
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  constexpr std::string_view kLocal = "auto ";
  for (const schema::ShardSpec& shard : schema::read_cluster_file(path)) {
    if (shard.line.rfind(kLocal, 0) == 0)
      use.bytes += disk_bytes((base / shard.line.substr(kLocal.size())).string());
    else
      ++use.remote_shards;
  }
  return use;
}

// The end of the latest complete run: of a cluster, the latest of its shards'.
std::string last_run(const Xapian::Database& db) {
  std::string latest;
  for (const Xapian::Database& shard : schema::shards_of(db))
    latest = std::max(latest, schema::metadata(shard, std::string(schema::kMetaLastRun)));
  return latest;
}

std::string size_text(const DiskUse& use) {
  const std::string remote =
      use.remote_shards == 0 ? std::string()
                             : fmt::format(" ({} remote shard{} not counted)", use.remote_shards,
                                           use.remote_shards == 1 ? "" : "s");
  if (use.bytes == 0 && use.remote_shards > 0) return "unknown" + remote;
  return fmt::format("{:.1f} MB{}", static_cast<double>(use.bytes) / 1e6, remote);
}

int run(const std::string& db_option, const std::string& format,
        const schema::ReadOptions& reading) {
  const std::string path = schema::resolve_index_path(db_option);
  Xapian::Database db = open_index(path, reading);
  auto count = [&](std::string_view kind) {
    return db.get_termfreq(schema::boolean_term(schema::Id::kind, kind));
  };
  // Kquote carries each paragraph's number of statements as wdf; copies of a statement in other
  // items (one copy key) count once.
  const Xapian::termcount all_statements =
      db.get_collection_freq(schema::boolean_term(schema::Id::kind, schema::kKindQuote));
  const Xapian::termcount copies = query::copied_statements(db);
  const DiskUse use = disk_use(path);
  nlohmann::json j{{"format_version", query::kJsonFormatVersion},
                   {"index", path},
                   {"schema_version", schema::kSchemaVersion},
                   {"items", count(schema::kKindItem)},
                   {"passages", count(schema::kKindParagraph)},
                   {"statements", all_statements - copies},
                   {"statement_copies", copies},
                   // identities (query/parse/speaker_registry.h), not the name forms of the items
                   {"speakers", query::SpeakerRegistry::of(db).identities().size()},
                   {"documents", db.get_doccount()},
                   {"last_run", last_run(db)},
                   {"shards", db.size()},
                   {"bytes_on_disk", use.bytes},
                   {"remote_shards", use.remote_shards}};
  if (format == "json") {
    fmt::print("{}\n", j.dump(2));
  } else {
    fmt::print("index:          {}\n", path);
    fmt::print("schema version: {}\n", schema::kSchemaVersion);
    fmt::print("items:          {}\n", j["items"].get<std::size_t>());
    fmt::print("passages:       {}\n", j["passages"].get<std::size_t>());
    fmt::print("statements:     {}{}\n", j["statements"].get<std::size_t>(),
               copies == 0 ? std::string()
                           : fmt::format(" (and {} copies in other items, counted once)", copies));
    fmt::print("speakers:       {}\n", j["speakers"].get<std::size_t>());
    fmt::print("last run:       {}\n", j["last_run"].get<std::string>());
    fmt::print("size on disk:   {}\n", size_text(use));
  }
  return kExitOk;
}

}  // namespace

void add_stats_command(CLI::App& app, int& exit_code) {
  auto db = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd =
      app.add_subcommand("stats", "Counts of items, passages and statements in the index");
  cmd->add_option("--db", *db, "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
  auto reading = std::make_shared<schema::ReadOptions>();
  add_cluster_options(*cmd, *reading);
  set_examples(
      *cmd, {
                {"verbatim stats", "Items, passages, statements and speakers of the default index"},
                {"verbatim stats --db cluster.txt --partial --format json",
                 "The counts of a cluster as JSON, from the shards that answer"},
            });
  cmd->callback([db, format, reading, &exit_code] { exit_code = run(*db, *format, *reading); });
}

}  // namespace verbatim::cli
