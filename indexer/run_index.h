// `verbatim index`: read items -> segment -> extract -> build documents -> write index.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "indexer/read/sources.h"

namespace verbatim::indexer {

enum class Progress { automatic, none, jsonl };

struct IndexOptions {
  std::string db;                    // resolved index path
  std::vector<std::string> sources;  // files, directories, "-"
  unsigned jobs = 0;                 // analysis threads; 0 = one per core
  unsigned writers = 0;            // writer threads (shards) into an empty index; 0 = 2 on 2+ cores
  bool prune = false;              // remove items whose sources were not given
  bool rebuild = false;            // build a new index and swap it in when complete
  bool wait = false;               // wait for another writer instead of failing
  unsigned shard = 0, shards = 0;  // --shard K/N: only the items of shard K of N; 0/0: all
  Progress progress = Progress::automatic;
  std::size_t commit_bytes = 1u << 19;  // commit after this much text (bounds memory)
  // Reads one source; empty means read::read_sources. For tests only: one that throws stands
  // for a reader failing in a way it does not handle per item (memory, the file system).
  std::function<void(const std::string&, const read::ItemSink&, const read::ErrorSink&)>
      read_source;
};

struct IndexSummary {
  std::size_t added = 0, updated = 0, unchanged = 0, removed = 0, failed = 0;
  std::size_t passages = 0, statements = 0;  // written in this run
  double seconds = 0;
  bool interrupted = false;
  bool rebuild_interrupted = false;  // --rebuild stopped: nothing of it kept, the old index stays
  bool index_removed = false;        // a first run wrote nothing: the index it created was removed
};

// Runs one indexing batch. Bad items are reported on `err` (one line each) and counted in
// `failed`; the batch goes on. Throws schema::UserError when the index cannot be used.
IndexSummary run_index(const IndexOptions& options, std::ostream& err);

// Ask a running batch to stop after committing what it has (async-signal-safe).
void request_stop();

}  // namespace verbatim::indexer
