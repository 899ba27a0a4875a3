// `verbatim fetch`: pages and feeds fetched into the archive, politely, only what is new or
// changed. A feed's entries' pages are fetched (an entry already stored is not asked for
// again); a page asked for again is asked conditionally (ETag, Last-Modified).
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace verbatim::fetch {

struct FetchOptions {
  std::vector<std::string> urls;            // pages or feeds, as given
  std::string archive_dir;                  // resolved
  double rate = 1;                          // requests a second per host, at most
  double timeout_seconds = 30;              // per request
  const std::atomic<bool>* stop = nullptr;  // set by a signal: save what was fetched and end
};

struct FetchSummary {
  std::size_t fresh = 0;      // pages stored for the first time ("new")
  std::size_t changed = 0;    // pages stored again with other bytes
  std::size_t unchanged = 0;  // pages that answered 304 or the same bytes, entries already stored
  std::size_t failed = 0;     // URLs or entries that could not be fetched or used
  std::size_t feeds = 0;      // feeds read
  std::size_t requests = 0;   // HTTP requests made
  double seconds = 0;
  bool interrupted = false;
  std::vector<std::string> stored;  // files of the new and changed pages, to index
};

struct FetchEvents {
  // One failure: the URL (or "FEED: entry N") and what went wrong (HTTP status, network error).
  std::function<void(const std::string& where, const std::string& message)> on_failure;
  // Before each request: requests done so far, URLs still waiting, the URL being asked for.
  std::function<void(std::size_t done, std::size_t waiting, const std::string& url)> on_request;
};

// Runs one fetch. Throws std::runtime_error only when the archive cannot be used (cannot be
// created, locked by another fetch, a damaged manifest); every URL's failure is an event.
FetchSummary run_fetch(const FetchOptions& options, const FetchEvents& events);

}  // namespace verbatim::fetch
