// Writing analysed items into the Xapian index: one atomic replace per item, explicit commits.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "indexer/build/documents.h"

namespace verbatim::write {

enum class Outcome { added, updated, unchanged };

class IndexWriter {
 public:
  // Opens (creating if needed) the generation directory `generation` of the index at
  // `index_path` for writing. Another writer holding it makes this throw schema::UserError naming
  // its pid, unless `wait` is set, in which case it waits for the lock.
  IndexWriter(const std::string& index_path, const std::string& generation, bool wait);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Every item in the index with its content hash (read from value slots, fast).
  std::unordered_map<std::string, std::string> item_hashes() const;

  // The content hash stored for an item, or nullopt when the item is not in the index.
  std::optional<std::string> stored_hash(const std::string& item_id) const;

  // Writes an item: unchanged when the stored hash equals docs.hash, else all its old documents
  // are replaced by the new ones (visible together at the next commit).
  Outcome write(const build::ItemDocuments& docs);

  // Deletes every item whose id is not in `keep`; returns how many were removed.
  std::size_t prune(const std::unordered_set<std::string>& keep);

  // Makes everything written so far durable and visible, and records the time of this run.
  void commit();

  const std::string& path() const { return path_; }
  const std::string& generation() const { return generation_; }
  Xapian::WritableDatabase& database() { return db_; }

 private:
  std::string path_;        // the index (where the pid file lives)
  std::string generation_;  // the glass database written
  Xapian::WritableDatabase db_;
  bool owns_pid_file_ = false;
  std::unordered_set<std::string>
      names_written_;  // display names set in this run  // the live generation's writer names its
                       // pid for other writers
};

}  // namespace verbatim::write
