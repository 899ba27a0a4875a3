// Stage 3 of an indexing run: writing documents (one thread per writer: the live or fresh
// generation, and the shards), committing by bytes of text.
#pragma once

#include <atomic>
#include <mutex>

#include "indexer/pipeline/analysers.h"
#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/progress.h"
#include "indexer/write/index_writer.h"

namespace verbatim::pipeline {

// What the writers wrote in this run.
struct WriteTally {
  std::size_t added = 0, updated = 0, passages = 0, statements = 0;
  std::size_t docs = 0;  // Xapian documents
};

class Writers {
 public:
  Writers(BoundedQueue<Analysed>& in, std::size_t commit_bytes, ProgressReporter& progress)
      : in_(in), commit_bytes_(commit_bytes), progress_(progress) {}

  // Writes items from the queue into `writer` until it is closed and drained. Each item is
  // written whole by one writer, between two of its commits. Errors (Xapian's) propagate.
  void drain(write::IndexWriter& writer);

  // The sum over every drain() that returned.
  WriteTally tally() const;
  // Documents written so far, by every writer.
  std::size_t docs() const { return docs_.load(); }

 private:
  BoundedQueue<Analysed>& in_;
  std::size_t commit_bytes_;
  ProgressReporter& progress_;
  std::atomic<std::size_t> docs_{0};
  mutable std::mutex mutex_;  // guards total_
  WriteTally total_;
};

}  // namespace verbatim::pipeline
