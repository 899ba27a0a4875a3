#include "indexer/write/generation_plan.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "indexer/write/generations.h"
#include "schema/fields.h"
#include "schema/location.h"

namespace verbatim::write {
namespace {

// A run that wrote at least this share of the index's documents ends with a compaction.
constexpr double kCompactShare = 0.2;

// Writers into an empty index: the writer is the slow stage, so 2 on 2+ cores by default.
unsigned writer_count(unsigned requested, bool index_empty) {
  if (!index_empty) return 1;
  if (requested) return requested;
  return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
}

void remove_directory(const std::string& path) noexcept {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

}  // namespace

GenerationPlan::GenerationPlan(const Options& options)
    : options_(options),
      live_(options.db, live_generation(options.db), options.wait, options.stop_waiting) {
  remove_stale(options_.db);
  // After a switch the previous generation is kept for readers that may have it open (until the
  // next run), unless it was empty.
  keep_previous_ = live_.database().get_doccount() > 0;
  check_shard();
  try {
    if (options_.rebuild || !keep_previous_)
      fresh_ = std::make_unique<IndexWriter>(options_.db, next_generation(options_.db), false);
    known_ = main_writer().item_hashes();
    if (!options_.shard.empty())
      main_writer().database().set_metadata(std::string(schema::kMetaShard), options_.shard);
    const unsigned n = writer_count(options_.writers, known_.empty());
    for (unsigned shard = 1; shard < n; ++shard)
      shards_.push_back(
          std::make_unique<IndexWriter>(options_.db, shard_directory(options_.db, shard), false));
  } catch (...) {
    drop_shards();
    drop_fresh();
    throw;
  }
}

GenerationPlan::~GenerationPlan() {
  drop_shards();
  drop_fresh();
}

std::size_t GenerationPlan::prune(const std::unordered_set<std::string>& keep) {
  return fresh_ ? 0 : live_.prune(keep);
}

GenerationPlan::Ending GenerationPlan::finish(bool interrupted, std::size_t written_docs,
                                              const std::unordered_set<std::string>& seen) {
  Ending end;
  const std::vector<std::string> sources = commit_all(interrupted);
  if (options_.rebuild && interrupted) {
    end.rebuild_interrupted = true;
    drop_shards();
    drop_fresh();
  } else if (wants_merge(interrupted, written_docs, sources.size())) {
    make_live(sources, seen, end);
  }
  return end;
}

std::vector<std::string> GenerationPlan::commit_all(bool interrupted) {
  IndexWriter& writer = main_writer();
  writer.commit(!interrupted);
  std::vector<std::string> sources{writer.generation()};
  for (auto& shard : shards_) {
    shard->commit();
    sources.push_back(shard->generation());
  }
  return sources;
}

// Merges the run's databases into the next generation and switches the stub to it (readers keep
// the old one until they reopen). A fresh generation that cannot be compacted goes live as it is.
void GenerationPlan::make_live(const std::vector<std::string>& sources,
                               const std::unordered_set<std::string>& seen, Ending& end) {
  const std::string merged = next_generation(options_.db);
  if (merge_databases(sources, merged)) {
    if (fresh_)
      for (const auto& entry : live_.item_hashes())
        if (!seen.count(entry.first)) ++end.removed;
    drop_shards();
    fresh_.reset();  // its directory goes with the switch
    switch_to(merged);
  } else if (fresh_ && sources.size() == 1) {
    const std::string generation = fresh_->generation();
    fresh_.reset();
    switch_to(generation);
  } else if (sources.size() > 1) {
    end.merge_failed = true;
  }
}

// Shards are merged, a fresh generation compacted, and a run that wrote much of the index
// (leaving it up to twice its compacted size) compacted.
bool GenerationPlan::wants_merge(bool interrupted, std::size_t written_docs, std::size_t sources) {
  return fresh_ || sources > 1 ||
         (written_docs > 0 && !interrupted &&
          written_docs >= kCompactShare * main_writer().database().get_doccount());
}

// A shard takes only runs for its own part: items of another split would be in two shards or
// none. --rebuild starts over, and may split another way.
void GenerationPlan::check_shard() {
  if (options_.rebuild) return;
  const std::string held = live_.database().get_metadata(std::string(schema::kMetaShard));
  if (held == options_.shard || live_.database().get_doccount() == 0) return;
  if (held.empty())
    throw schema::UserError(
        fmt::format(
            "{} is a whole index, not a shard; give --shard only for a new index (or --rebuild)",
            options_.db),
        2);
  throw schema::UserError(
      fmt::format("{} is shard {}; this run asks for {}: give --shard {} (or --rebuild to split "
                  "another way)",
                  options_.db, held,
                  options_.shard.empty() ? std::string("a whole index") : options_.shard, held),
      2);
}

void GenerationPlan::switch_to(const std::string& generation) {
  switch_generation(options_.db, generation, keep_previous_);
}

void GenerationPlan::drop_shards() noexcept {
  for (auto& shard : shards_) {
    const std::string dir = shard->generation();
    shard.reset();
    remove_directory(dir);
  }
  shards_.clear();
}

void GenerationPlan::drop_fresh() noexcept {
  if (!fresh_) return;
  const std::string dir = fresh_->generation();
  fresh_.reset();
  remove_directory(dir);
}

}  // namespace verbatim::write
