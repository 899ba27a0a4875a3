#include "indexer/run_index.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
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

// What a worker hands the writer for one item.
struct Analysed {
  std::string item_id;
  bool unchanged = false;          // same hash as in the index: nothing to write
  build::ItemDocuments documents;  // when changed or new
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
  std::unique_ptr<write::IndexWriter> fresh;
  if (options.rebuild)
    fresh =
        std::make_unique<write::IndexWriter>(options.db, write::next_generation(options.db), false);
  write::IndexWriter& writer = fresh ? *fresh : live_writer;
  const std::unordered_map<std::string, std::string> known = writer.item_hashes();

  pipeline::ProgressReporter progress(progress_mode(options.progress), stderr);
  if (progress_mode(options.progress) != pipeline::ProgressReporter::Mode::none)
    progress.set_total(read::count_items(options.sources));

  const unsigned jobs =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  pipeline::BoundedQueue<read::Item> items(4 * jobs);
  pipeline::BoundedQueue<Analysed> analysed(4 * jobs);

  // Stage 1: read items (one thread), refusing duplicate ids within the batch.
  std::unordered_set<std::string> seen;
  std::atomic<std::size_t> read_failures{0};
  std::thread reader([&] {
    std::unordered_map<std::string, std::string> first_origin;
    read::read_sources(
        options.sources,
        [&](read::Item&& item) {
          if (g_stop.load()) return;
          auto [it, fresh_id] = first_origin.emplace(item.id, item.origin);
          if (!fresh_id) {
            errors.report(fmt::format("{}: duplicate item id \"{}\" (first read from {}); skipped",
                                      item.origin, item.id, it->second));
            ++read_failures;
            return;
          }
          items.push(std::move(item));
        },
        [&](const read::ReadError& e) {
          errors.report(e.line());
          ++read_failures;
        });
    for (auto& [id, origin] : first_origin) seen.insert(id);
    items.close();
  });

  // Stage 2: analyse and build documents (jobs threads); unchanged items skip the analysis.
  std::atomic<unsigned> workers_left{jobs};
  std::atomic<std::size_t> analysis_failures{0};
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      while (auto item = items.pop()) {
        Analysed a;
        a.item_id = item->id;
        try {
          std::string hash = build::content_hash(*item);
          auto it = known.find(item->id);
          if (it != known.end() && it->second == hash) {
            a.unchanged = true;
          } else {
            a.documents = build::build_documents(*item, extract::analyse(*item));
          }
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

  // Stage 3: write (this thread), committing by bytes of text.
  std::size_t done = 0, pending_bytes = 0;
  try {
    while (auto a = analysed.pop()) {
      if (a->unchanged) {
        ++summary.unchanged;
      } else {
        switch (writer.write(a->documents)) {
          case write::Outcome::added:
            ++summary.added;
            break;
          case write::Outcome::updated:
            ++summary.updated;
            break;
          case write::Outcome::unchanged:
            ++summary.unchanged;
            break;
        }
        summary.passages += a->documents.passages;
        summary.statements += a->documents.statements;
        pending_bytes += a->documents.text_bytes + 1024;
        if (pending_bytes >= options.commit_bytes) {
          writer.commit();
          pending_bytes = 0;
        }
      }
      progress.update(++done);
    }
  } catch (...) {
    items.close();
    analysed.close();
    reader.join();
    for (auto& t : workers) t.join();
    throw;
  }
  reader.join();
  for (auto& t : workers) t.join();
  progress.update(done, true);
  progress.finish();

  summary.failed = read_failures.load() + analysis_failures.load();
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
  writer.commit();
  if (fresh) {
    if (summary.interrupted) {
      errors.report("--rebuild interrupted: the old index stays in use; run it again");
    } else {
      for (const auto& entry : live_writer.item_hashes())
        if (!seen.count(entry.first)) ++summary.removed;
      std::string generation = fresh->generation();
      fresh.reset();
      write::switch_generation(options.db, generation);
    }
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace verbatim::indexer
