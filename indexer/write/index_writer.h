// Writing analysed items into the Xapian index: one atomic replace per item, explicit commits.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "indexer/build/documents.h"

namespace verbatim::write {

enum class Outcome { added, updated };

class IndexWriter {
 public:
  // Opens (creating if needed) the generation directory `generation` of the index at
  // `index_path` for writing. Another writer holding it makes this throw schema::UserError naming
  // its pid, unless `wait` is set, in which case it waits for the lock until `stop_waiting`
  // (when given) says to stop: then it throws schema::UserError with exit status 130.
  IndexWriter(const std::string& index_path, const std::string& generation, bool wait,
              const std::function<bool()>& stop_waiting = {});
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Every item in the index with its content hash (read from value slots, fast).
  std::unordered_map<std::string, std::string> item_hashes() const;

  // Writes a new or changed item; `in_index` (from item_hashes(), under this writer's lock) says
  // whether an older version is there: its documents are all deleted first, and the new ones
  // become visible together at the next commit.
  Outcome write(const build::ItemDocuments& docs, bool in_index);

  // Deletes every item whose id is not in `keep`; returns how many were removed.
  std::size_t prune(const std::unordered_set<std::string>& keep);

  // Makes everything written so far durable and visible; `run_finished` records the time as
  // that of the last successful run (not on the commits along the way, nor an interrupted run).
  // Xapian's own automatic commits are switched off (XAPIAN_FLUSH_THRESHOLD), so a commit only
  // ever happens here, between items: after kill -9 every item is either whole or absent.
  void commit(bool run_finished = false);

  // Closes the database (uncommitted changes are dropped).
  void close();

  const std::string& path() const { return path_; }
  const std::string& generation() const { return generation_; }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  std::string path_;            // the index (where the pid file lives)
  std::string generation_;      // the glass database written
  bool owns_pid_file_ = false;  // the live generation's writer names its pid for other writers
  Xapian::WritableDatabase db_;
  std::unordered_map<std::string, std::string>
      names_shown_;  // display form of each name term met in this run
  std::unordered_map<std::string, Xapian::termcount> spelling_;  // words since the last commit

  void count_spelling_words(const Xapian::Document& doc);
  void keep_display_name(const std::string& term, const std::string& shown);
};

// Merges the committed contents of the glass databases `sources` into the new database `dest`
// (compacted, documents renumbered). Returns false, leaving nothing at `dest`, on failure.
bool merge_databases(const std::vector<std::string>& sources, const std::string& dest);

}  // namespace verbatim::write
