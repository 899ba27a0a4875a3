// The fetch archive's manifest: one JSON line per URL fetched (the page or feed it asked for),
// saying where its bytes are stored and what the server said about them. `verbatim fetch`
// writes it; the folder walk reads it so that a stored page keeps its URL and charset.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::archive {

// The manifest's name inside the archive folder: hidden, so that a folder walk does not read it
// as items.
inline constexpr std::string_view kManifestName = ".manifest.jsonl";

struct Record {
  std::string url;            // the URL asked for (canonical form); the key
  std::string final_url;      // after redirects
  std::string fetched_at;     // ISO 8601 UTC of the last answer, "2026-12-02T01:02:03Z"
  long status = 0;            // HTTP status of the last answer that stored the bytes (200)
  std::string etag;           // for If-None-Match
  std::string last_modified;  // for If-Modified-Since
  std::string content_type;   // as the server sent it ("text/html; charset=GBK")
  std::string path;           // stored bytes, relative to the archive folder
  std::string kind;           // "page" or "feed"
  std::string content_hash;   // of the stored bytes (uncompressed), to tell a changed page
};

// One manifest line. Throws std::runtime_error with a one-line reason for a line that is not a
// record (not JSON, no url, a path that leaves the archive).
Record parse_record(std::string_view line);
std::string record_line(const Record& record);

// The charset parameter of a Content-Type ("text/html; charset=gbk" -> "gbk"), else empty.
std::string charset_of(std::string_view content_type);

class Manifest {
 public:
  // Reads `path`; a missing file is an empty manifest. Throws std::runtime_error naming the
  // file and line of a bad record.
  static Manifest load(const std::string& path);
  // Replaces `path` whole (temporary file, fsync, rename): a kill leaves the old or the new one.
  void save(const std::string& path) const;

  const Record* find(const std::string& url) const;
  void put(Record record);
  // Whether any record other than `url`'s stores its bytes at `path`.
  bool path_used_by_other(const std::string& path, const std::string& url) const;
  std::size_t size() const { return records_.size(); }
  std::vector<Record> records() const;

 private:
  std::map<std::string, Record> records_;  // by url: the file is written in a stable order
};

}  // namespace verbatim::archive
