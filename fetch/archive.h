// The archive folder as the fetcher uses it: its manifest, the stored pages and feeds, and a
// lock so that two fetches into one archive do not lose each other's records.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "archive/manifest.h"

namespace verbatim::fetch {

class Archive {
 public:
  // Creates the folder if needed, takes its lock and reads its manifest. Throws
  // std::runtime_error naming the folder (cannot create, locked by another fetch) or the bad
  // manifest line.
  explicit Archive(std::string dir);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& dir() const { return dir_; }
  std::string full_path(std::string_view relative) const;
  const archive::Record* find(const std::string& url) const { return manifest_.find(url); }

  // Stores `bytes` at record.path (gzipped when the name ends in .gz, atomically) and puts the
  // record; a file left without any record is removed. The manifest is saved now and then
  // (save() at the end saves the rest).
  void store(archive::Record record, std::string_view bytes);
  // Puts a record whose bytes did not change (a 304: new validators, a new fetched_at).
  void touch(archive::Record record);
  // The stored bytes of a record (gunzipped); throws std::runtime_error when unreadable.
  std::string stored_bytes(const archive::Record& record) const;
  // Writes the manifest (atomically) if anything changed since it was last written.
  void save();

 private:
  void save_now_and_then();
  std::string dir_;
  int lock_fd_ = -1;
  archive::Manifest manifest_;
  bool dirty_ = false;
  std::chrono::steady_clock::time_point last_save_;
};

}  // namespace verbatim::fetch
