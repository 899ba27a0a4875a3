#include "indexer/run_index.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <thread>

#include <fmt/format.h>

#include "indexer/build/hash.h"
#include "indexer/pipeline/analysers.h"
#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/error_log.h"
#include "indexer/pipeline/progress.h"
#include "indexer/pipeline/reader.h"
#include "indexer/pipeline/stop.h"
#include "indexer/pipeline/thread_group.h"
#include "indexer/pipeline/writers.h"
#include "indexer/read/sources.h"
#include "indexer/write/generation_plan.h"

namespace verbatim::indexer {
namespace {

pipeline::ProgressReporter::Mode progress_mode(Progress p) {
  switch (p) {
    case Progress::none:
      return pipeline::ProgressReporter::Mode::none;
    case Progress::jsonl:
      return pipeline::ProgressReporter::Mode::jsonl;
    case Progress::automatic:
      break;
  }
  // A line redrawn in place needs control sequences: only on a terminal that takes them.
  const char* term = std::getenv("TERM");
  const bool dumb = term && std::string_view(term) == "dumb";
  return isatty(STDERR_FILENO) && !dumb ? pipeline::ProgressReporter::Mode::terminal
                                        : pipeline::ProgressReporter::Mode::none;
}

write::GenerationPlan::Options plan_options(const IndexOptions& o) {
  return {o.db,
          o.rebuild,
          o.wait,
          o.writers,
          o.shards ? fmt::format("{}/{}", o.shard, o.shards) : std::string(),
          pipeline::stop_requested};
}

// --shard K/N: items of other shards are dropped as they are read, before the duplicate check,
// the hash comparison and --prune see them (so each shard prunes only its own items). Items that
// cannot be read have no id: every shard reports them.
pipeline::SourceReader shard_filter(const IndexOptions& o, pipeline::SourceReader read) {
  if (!o.shards) return read;
  return [read, shard = o.shard, shards = o.shards](const std::string& source,
                                                    const read::ItemSink& on_item,
                                                    const read::ErrorSink& on_error) {
    read(
        source,
        [&](read::Item&& item) {
          if (build::shard_of(item.id, shards) == shard) on_item(std::move(item));
        },
        on_error);
  };
}

unsigned analysis_threads(const IndexOptions& o) {
  return o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
}

IndexSummary counts(const pipeline::Reader& reader, const pipeline::Analysers& analysers,
                    const pipeline::WriteTally& written) {
  IndexSummary s;
  s.added = written.added;
  s.updated = written.updated;
  s.passages = written.passages;
  s.statements = written.statements;
  s.unchanged = reader.unchanged();
  s.failed = reader.failed() + analysers.failed();
  s.interrupted = pipeline::stop_requested();
  return s;
}

// --prune deletes the items not read in this run, unless some failed: their ids may be among
// the indexed ones.
void prune_if_asked(const IndexOptions& options, write::GenerationPlan& plan,
                    const std::unordered_set<std::string>& seen, IndexSummary& summary,
                    pipeline::ErrorLog& errors) {
  if (!options.prune || summary.interrupted) return;
  if (summary.failed == 0) {
    summary.removed = plan.prune(seen);
    return;
  }
  errors.report(
      fmt::format("--prune skipped: {} item(s) failed, and their ids may be among "
                  "the indexed ones; fix them and run again",
                  summary.failed));
}

void finish_plan(const IndexOptions& options, write::GenerationPlan& plan, std::size_t written_docs,
                 const std::unordered_set<std::string>& seen, IndexSummary& summary,
                 pipeline::ErrorLog& errors) {
  const write::GenerationPlan::Ending end = plan.finish(summary.interrupted, written_docs, seen);
  summary.removed += end.removed;
  summary.rebuild_interrupted = end.rebuild_interrupted;
  if (end.merge_failed) {
    errors.report(
        fmt::format("could not merge the shards of this run into {}; run it again", options.db));
    summary.failed += summary.added;
  }
}

}  // namespace

void request_stop() {
  pipeline::request_stop();
}

namespace {

// read -> analyse and build -> write (the calling thread and one thread per shard), then the
// generation plan makes the work live.
IndexSummary run_batch(const IndexOptions& options, std::ostream& err) {
  pipeline::ProgressReporter progress(progress_mode(options.progress), stderr);
  pipeline::ErrorLog errors(err, &progress);
  write::GenerationPlan plan(plan_options(options));
  if (progress.active()) progress.set_total(read::count_items(options.sources));

  const unsigned jobs = analysis_threads(options);
  pipeline::BoundedQueue<read::Item> items(16 * jobs);
  pipeline::BoundedQueue<pipeline::Analysed> analysed(16 * jobs);
  pipeline::Reader reader(plan.known(), items, errors, progress);
  pipeline::Analysers analysers(plan.known(), items, analysed, errors, jobs);
  pipeline::Writers writers(analysed, options.commit_bytes, progress);
  {
    pipeline::ThreadGroup threads([&] {
      items.close();
      analysed.close();
    });
    const pipeline::SourceReader read =
        shard_filter(options, options.read_source ? options.read_source : pipeline::read_source);
    threads.spawn([&] { reader.run(options.sources, read); });
    for (unsigned w = 0; w < jobs; ++w) threads.spawn([&] { analysers.run(); });
    for (const auto& shard : plan.shards())
      threads.spawn([&, s = shard.get()] { writers.drain(*s); });
    writers.drain(plan.main_writer());
    threads.join();
  }
  progress.finish();

  IndexSummary summary = counts(reader, analysers, writers.tally());
  prune_if_asked(options, plan, reader.ids(), summary, errors);
  finish_plan(options, plan, writers.docs(), reader.ids(), summary, errors);
  return summary;
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  pipeline::reset_stop();
  std::error_code ec;
  const bool existed = std::filesystem::exists(options.db, ec);
  IndexSummary summary = run_batch(options, err);
  // A first run that wrote nothing (a folder without items, or nothing readable) leaves no
  // empty index behind; the writer's lock is released by now.
  if (!existed && summary.added == 0) {
    std::filesystem::remove_all(options.db, ec);
    summary.index_removed = true;
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace verbatim::indexer
