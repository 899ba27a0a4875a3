// Where one indexing run writes, and how its work becomes the live index (RAII).
//
// The live generation is always opened for writing: it holds the lock against other writers.
// --rebuild and a first run write a fresh private generation instead (without copy-on-write or
// syncs, several times cheaper), and a batch into an empty index is spread over several writers
// into shards. At the end shards are merged, a fresh generation compacted on its way in, and a
// run that wrote much of the index compacted; the stub is then switched to the result.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "indexer/write/index_writer.h"

namespace verbatim::write {

class GenerationPlan {
 public:
  struct Options {
    std::string db;  // the index path
    bool rebuild = false;
    bool wait = false;                   // wait for another writer's lock instead of failing
    unsigned writers = 0;                // writer threads into an empty index; 0 = 2 on 2+ cores
    std::string shard;                   // "K/N" for `--shard K/N`, else empty (a whole index)
    std::function<bool()> stop_waiting;  // with `wait`: stop waiting (Ctrl-C, SIGTERM)
  };

  // Opens the live generation (taking the lock), removes what a killed run left behind and
  // opens the writers of this run. Throws schema::UserError when the index cannot be used.
  explicit GenerationPlan(const Options& options);
  // Drops the shards and a fresh generation not switched to: after an exception anywhere, no
  // stray directory is left and the live index is as it was (but for its own commits).
  ~GenerationPlan();
  GenerationPlan(const GenerationPlan&) = delete;
  GenerationPlan& operator=(const GenerationPlan&) = delete;

  // Every item the written generation holds, with its content hash (empty for a fresh one).
  const std::unordered_map<std::string, std::string>& known() const { return known_; }
  // The writer of the live or fresh generation, written by the calling thread.
  IndexWriter& main_writer() { return fresh_ ? *fresh_ : live_; }
  // Extra writers, one thread each (only into an empty index: replacing an item needs the
  // database holding it).
  const std::vector<std::unique_ptr<IndexWriter>>& shards() const { return shards_; }

  // Deletes the items whose ids are not in `keep` from the live generation; returns how many.
  // A fresh generation holds only this run's items: nothing to do.
  std::size_t prune(const std::unordered_set<std::string>& keep);

  struct Ending {
    std::size_t removed = 0;           // items of the old live generation not in the new one
    bool rebuild_interrupted = false;  // nothing switched: the old index stays in use
    bool merge_failed = false;         // the shards could not be merged: their items are lost
  };
  // Commits every writer and makes the run's work live. `seen` are the ids read in this run,
  // `written_docs` the documents written.
  Ending finish(bool interrupted, std::size_t written_docs,
                const std::unordered_set<std::string>& seen);

 private:
  std::vector<std::string> commit_all(bool interrupted);  // the databases written, main first
  void make_live(const std::vector<std::string>& sources,
                 const std::unordered_set<std::string>& seen, Ending& end);
  bool wants_merge(bool interrupted, std::size_t written_docs, std::size_t sources);
  void check_shard();
  void switch_to(const std::string& generation);
  void drop_shards() noexcept;
  void drop_fresh() noexcept;

  Options options_;
  IndexWriter live_;
  bool keep_previous_;  // keep the generation switched from, for readers that have it open
  std::unique_ptr<IndexWriter> fresh_;
  std::vector<std::unique_ptr<IndexWriter>> shards_;
  std::unordered_map<std::string, std::string> known_;
};

}  // namespace verbatim::write
