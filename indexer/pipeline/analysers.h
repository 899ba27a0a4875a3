// Stage 2 of an indexing run: analysing items and building their documents (several threads).
#pragma once

#include <atomic>

#include "indexer/build/documents.h"
#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/error_log.h"
#include "indexer/pipeline/read_filters.h"
#include "indexer/read/item.h"

namespace verbatim::pipeline {

// What an analyser hands the writers for one new or changed item.
struct Analysed {
  bool in_index = false;  // an older version is in the index (to be replaced)
  build::ItemDocuments documents;
};

class Analysers {
 public:
  // `threads` is the number of threads that will call run(): the last one to finish closes `out`.
  Analysers(const ItemHashes& known, BoundedQueue<read::Item>& in, BoundedQueue<Analysed>& out,
            ErrorLog& errors, unsigned threads)
      : known_(known), in_(in), out_(out), errors_(errors), running_(threads) {}

  // Analyses items until the input queue is closed and drained. An item that cannot be analysed
  // is reported, counted and skipped; the others go on.
  void run();

  std::size_t failed() const { return failed_.load(); }

 private:
  bool analyse(const read::Item& item, Analysed& out);

  const ItemHashes& known_;
  BoundedQueue<read::Item>& in_;
  BoundedQueue<Analysed>& out_;
  ErrorLog& errors_;
  std::atomic<unsigned> running_;
  std::atomic<std::size_t> failed_{0};
};

}  // namespace verbatim::pipeline
