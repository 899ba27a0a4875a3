#include "indexer/run_index.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <mutex>
#include <ostream>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include <fmt/format.h>

#include "indexer/build/documents.h"
#include "indexer/extract/analyse.h"
#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/progress.h"
#include "indexer/read/sources.h"
#include "indexer/write/generations.h"
#include "indexer/write/index_writer.h"
#include "schema/location.h"

namespace verbatim::indexer {
namespace {

std::atomic<bool> g_stop{false};

// Thrown from the reader's item callback to stop reading at once on SIGINT/SIGTERM (not a
// std::exception, so the readers' per-item error handling lets it through).
struct StopReading {};

// A run that wrote at least this share of the index's documents ends with a compaction.
constexpr double kCompactShare = 0.2;

// What a worker hands the writer for one new or changed item.
struct Analysed {
  bool in_index = false;  // an older version is in the index (to be replaced)
  build::ItemDocuments documents;
};

// Serialises error lines from several threads.
class ErrorLog {
 public:
  explicit ErrorLog(std::ostream& out) : out_(out) {}
  void report(const std::string& line) {
    std::lock_guard lock(mutex_);
    out_ << "verbatim: " << line << std::endl;
    ++count_;
  }
  std::size_t count() const {
    std::lock_guard lock(mutex_);
    return count_;
  }

 private:
  std::ostream& out_;
  mutable std::mutex mutex_;
  std::size_t count_ = 0;
};

pipeline::ProgressReporter::Mode progress_mode(Progress p) {
  switch (p) {
    case Progress::none:
      return pipeline::ProgressReporter::Mode::none;
    case Progress::jsonl:
      return pipeline::ProgressReporter::Mode::jsonl;
    case Progress::automatic:
      break;
  }
  return isatty(STDERR_FILENO) ? pipeline::ProgressReporter::Mode::terminal
                               : pipeline::ProgressReporter::Mode::none;
}

}  // namespace

void request_stop() {
  g_stop.store(true);
}

IndexSummary run_index(const IndexOptions& options, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  g_stop.store(false);
  IndexSummary summary;
  ErrorLog errors(err);

  // The live generation is always opened for writing: it holds the lock against other writers.
  const std::string live = write::live_generation(options.db);
  write::IndexWriter live_writer(options.db, live, options.wait);
  write::remove_stale(options.db);
  // After a switch the previous generation is kept for readers that may have it open (until the
  // next run), unless it was empty.
  const bool keep_previous = live_writer.database().get_doccount() > 0;
  // --rebuild and a first run write a new private generation (without copy-on-write or syncs,
  // several times cheaper than the live one), switched to when complete.
  std::unique_ptr<write::IndexWriter> fresh;
  if (options.rebuild || !keep_previous)
    fresh =
        std::make_unique<write::IndexWriter>(options.db, write::next_generation(options.db), false);
  write::IndexWriter& writer = fresh ? *fresh : live_writer;
  const std::unordered_map<std::string, std::string> known = writer.item_hashes();

  // A batch into an empty index (first run, --rebuild) is written by several writers into
  // shards, merged into one compacted generation at the end: the writer is the slow stage.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  // Shards only ever receive new items: replacing an item needs the database holding it.
  const unsigned n_writers = !known.empty()    ? 1u
                             : options.writers ? options.writers
                             : cores >= 2      ? 2u
                                               : 1u;
  std::vector<std::unique_ptr<write::IndexWriter>> shards;
  for (unsigned n = 1; n < n_writers; ++n)
    shards.push_back(std::make_unique<write::IndexWriter>(
        options.db, write::shard_directory(options.db, n), false));

  pipeline::ProgressReporter progress(progress_mode(options.progress), stderr);
  if (progress_mode(options.progress) != pipeline::ProgressReporter::Mode::none)
    progress.set_total(read::count_items(options.sources));

  const unsigned jobs = options.jobs ? options.jobs : cores;
  pipeline::BoundedQueue<read::Item> items(16 * jobs);
  pipeline::BoundedQueue<Analysed> analysed(16 * jobs);

  std::mutex summary_mutex;  // guards `summary` and `progress`
  std::atomic<std::size_t> done{0}, written_docs{0}, unchanged{0};

  // Stage 1: read items (one thread), refusing duplicate ids within the batch. Unchanged items
  // (the content hash the index has) are counted here and go no further: a re-run over
  // unchanged sources hands nothing between threads.
  std::unordered_set<std::string> seen;
  std::atomic<std::size_t> read_failures{0};
  std::thread reader([&] {
    std::unordered_map<std::string, std::string> first_origin;
    try {
      read::read_sources(
          options.sources,
          [&](read::Item&& item) {
            if (g_stop.load()) throw StopReading{};
            auto [it, fresh_id] = first_origin.emplace(item.id, item.origin);
            if (!fresh_id) {
              errors.report(
                  fmt::format("{}: duplicate item id \"{}\" (first read from {}); skipped",
                              item.origin, item.id, it->second));
              ++read_failures;
              return;
            }
            if (auto k = known.find(item.id);
                k != known.end() && k->second == build::content_hash(item)) {
              ++unchanged;
              const std::size_t d = ++done;
              std::lock_guard lock(summary_mutex);
              progress.update(d);
              return;
            }
            if (!items.push(std::move(item))) throw StopReading{};  // the writers gave up
          },
          [&](const read::ReadError& e) {
            errors.report(e.line());
            ++read_failures;
          });
    } catch (const StopReading&) {
    }
    for (auto& entry : first_origin) seen.insert(entry.first);
    items.close();
  });

  // Stage 2: analyse and build documents (jobs threads).
  std::atomic<unsigned> workers_left{jobs};
  std::atomic<std::size_t> analysis_failures{0};
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      while (auto item = items.pop()) {
        Analysed a;
        try {
          a.in_index = known.count(item->id) > 0;
          a.documents = build::build_documents(*item, extract::analyse(*item));
        } catch (const std::exception& e) {
          errors.report(
              fmt::format("{}: cannot analyse item \"{}\": {}", item->origin, item->id, e.what()));
          ++analysis_failures;
          continue;
        }
        analysed.push(std::move(a));
      }
      if (--workers_left == 0) analysed.close();
    });
  }

  // Stage 3: write (this thread, and one thread per extra shard), committing by bytes of text.
  // Each item is written whole by one writer, between two of its commits.
  auto drain = [&](write::IndexWriter& w) {
    IndexSummary local;
    std::size_t pending_bytes = 0;
    while (auto a = analysed.pop()) {
      if (w.write(a->documents, a->in_index) == write::Outcome::updated)
        ++local.updated;
      else
        ++local.added;
      written_docs += a->documents.docs.size();
      local.passages += a->documents.passages;
      local.statements += a->documents.statements;
      pending_bytes += a->documents.text_bytes + 1024;
      if (pending_bytes >= options.commit_bytes) {
        w.commit();
        pending_bytes = 0;
      }
      std::size_t d = ++done;
      std::lock_guard lock(summary_mutex);
      progress.update(d);
    }
    std::lock_guard lock(summary_mutex);
    summary.added += local.added;
    summary.updated += local.updated;
    summary.passages += local.passages;
    summary.statements += local.statements;
  };
  std::vector<std::thread> shard_threads;
  std::exception_ptr shard_error;
  for (auto& shard : shards)
    shard_threads.emplace_back([&, w = shard.get()] {
      try {
        drain(*w);
      } catch (...) {
        std::lock_guard lock(summary_mutex);
        shard_error = std::current_exception();
        items.close();
        analysed.close();
      }
    });
  auto join_all = [&] {
    reader.join();
    for (auto& t : workers) t.join();
    for (auto& t : shard_threads) t.join();
  };
  try {
    drain(writer);
  } catch (...) {
    items.close();
    analysed.close();
    join_all();
    throw;
  }
  join_all();
  if (shard_error) std::rethrow_exception(shard_error);
  progress.update(done, true);
  progress.finish();

  summary.failed = read_failures.load() + analysis_failures.load();
  summary.unchanged = unchanged.load();
  summary.interrupted = g_stop.load();
  if (options.prune && !summary.interrupted) {
    if (summary.failed > 0) {
      errors.report(
          fmt::format("--prune skipped: {} item(s) failed, and their ids may be among "
                      "the indexed ones; fix them and run again",
                      summary.failed));
    } else if (!fresh) {
      summary.removed = writer.prune(seen);
    }
  }
  writer.commit(!summary.interrupted);
  std::vector<std::string> sources{writer.generation()};
  for (auto& shard : shards) {
    shard->commit();
    sources.push_back(shard->generation());
  }
  auto drop_shards = [&] {
    std::error_code ec;
    for (auto& shard : shards) {
      shard->close();
      std::filesystem::remove_all(shard->generation(), ec);
    }
    shards.clear();
  };

  if (options.rebuild && summary.interrupted) {
    errors.report("--rebuild interrupted: the old index stays in use; run it again");
    drop_shards();
    std::string generation = fresh->generation();
    fresh.reset();
    std::error_code ec;
    std::filesystem::remove_all(generation, ec);
  } else if (fresh || sources.size() > 1 ||
             (written_docs > 0 && !summary.interrupted &&
              written_docs >= kCompactShare * writer.database().get_doccount())) {
    // Shards are merged, a rebuilt generation compacted on its way in, and a run that wrote
    // much of the index (leaving it up to twice its compacted size) compacted: into the next
    // generation, then the stub is switched (readers keep the old one until they reopen).
    std::string merged = write::next_generation(options.db);
    if (write::merge_databases(sources, merged)) {
      if (fresh) {
        for (const auto& entry : live_writer.item_hashes())
          if (!seen.count(entry.first)) ++summary.removed;
      }
      drop_shards();
      fresh.reset();
      write::switch_generation(options.db, merged, keep_previous);
    } else if (fresh && sources.size() == 1) {
      std::string generation = fresh->generation();
      fresh.reset();
      write::switch_generation(options.db, generation, keep_previous);
    } else if (sources.size() > 1) {
      errors.report(
          fmt::format("could not merge the shards of this run into {}; run it again", options.db));
      summary.failed += summary.added;
    }
  }
  drop_shards();
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace verbatim::indexer
