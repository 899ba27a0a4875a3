// Stage 1 of an indexing run: reading the sources (one thread) into the queue of items to analyse.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/error_log.h"
#include "indexer/pipeline/progress.h"
#include "indexer/pipeline/read_filters.h"
#include "indexer/read/sources.h"

namespace verbatim::pipeline {

// Reads one source (file, directory or "-"), item by item.
using SourceReader =
    std::function<void(const std::string& source, const read::ItemSink&, const read::ErrorSink&)>;

// read::read_sources for one source.
void read_source(const std::string& source, const read::ItemSink& on_item,
                 const read::ErrorSink& on_error);

class Reader {
 public:
  Reader(const ItemHashes& known, BoundedQueue<read::Item>& out, ErrorLog& errors,
         ProgressReporter& progress)
      : known_(known), out_(out), errors_(errors), progress_(progress) {}

  // Reads every source in turn, then closes the queue. Duplicate ids are refused and unchanged
  // items counted here, going no further (a re-run over unchanged sources hands nothing between
  // threads). Reading stops early on request_stop() or when the queue is closed. An exception
  // escaping `read` (an error the readers do not handle per item: memory, the file system) ends
  // reading with an error line naming the source; what was read before goes on to be indexed.
  void run(const std::vector<std::string>& sources, const SourceReader& read);

  std::size_t failed() const { return failed_.load(); }
  std::size_t unchanged() const { return unchanged_.load(); }
  // Every id read (for --prune); complete once run() has returned.
  const std::unordered_set<std::string>& ids() const { return ids_; }

 private:
  void take(read::Item&& item);
  void fail(const std::string& line);

  const ItemHashes& known_;
  BoundedQueue<read::Item>& out_;
  ErrorLog& errors_;
  ProgressReporter& progress_;
  DuplicateIds seen_;
  std::unordered_set<std::string> ids_;
  std::string last_origin_;  // of the last item read, to place a failure
  std::atomic<std::size_t> failed_{0}, unchanged_{0};
};

}  // namespace verbatim::pipeline
