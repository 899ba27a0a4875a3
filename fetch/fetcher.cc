#include "fetch/fetcher.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <set>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "fetch/archive.h"
#include "fetch/content_kind.h"
#include "fetch/http_get.h"
#include "fetch/naming.h"
#include "fetch/pacer.h"
#include "fetch/url.h"
#include "indexer/read/feed.h"
#include "indexer/read/html.h"
#include "text/dates.h"

namespace verbatim::fetch {
namespace {

using Clock = HostPacer::Clock;

struct Task {
  std::string url;  // canonical
  std::string host;
  bool from_feed = false;  // an entry's page: a feed there is not followed
};

class FetchRun {
 public:
  FetchRun(const FetchOptions& o, const FetchEvents& e)
      : options_(o), events_(e), archive_(o.archive_dir), pacer_(o.rate) {}

  FetchSummary run() {
    const auto start = Clock::now();
    for (const std::string& url : options_.urls) enqueue_given(url);
    while (!queue_.empty() && !stopped()) fetch(next_task());
    archive_.save();
    summary_.interrupted = stopped();
    summary_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return summary_;
  }

 private:
  bool stopped() const { return options_.stop != nullptr && options_.stop->load(); }

  void fail(const std::string& where, const std::string& message) {
    ++summary_.failed;
    if (events_.on_failure) events_.on_failure(where, message);
  }

  // Adds a task once per URL a run; false when it was seen already.
  bool enqueue(const std::string& canonical, bool from_feed) {
    if (!seen_.insert(canonical).second) return false;
    queue_.push_back({canonical, host_of(canonical), from_feed});
    return true;
  }

  void enqueue_given(const std::string& url) {
    try {
      enqueue(canonical_url(url), false);
    } catch (const std::invalid_argument& e) {
      fail(url, e.what());
    }
  }

  // The first task whose host may be asked now; waits (watching for a stop) when none may.
  Task next_task() {
    for (;;) {
      const auto now = Clock::now();
      auto soonest = Clock::time_point::max();
      for (auto it = queue_.begin(); it != queue_.end(); ++it) {
        const auto ready = pacer_.ready_at(it->host);
        if (ready <= now) {
          Task t = std::move(*it);
          queue_.erase(it);
          pacer_.started(t.host, now);
          return t;
        }
        soonest = std::min(soonest, ready);
      }
      std::this_thread::sleep_for(
          std::min<Clock::duration>(soonest - now, std::chrono::milliseconds(100)));
      if (stopped()) return {};
    }
  }

  void fetch(const Task& task) {
    if (task.url.empty()) return;  // stopped while waiting
    if (events_.on_request) events_.on_request(summary_.requests, queue_.size(), task.url);
    ++summary_.requests;
    Request request;
    request.url = task.url;
    request.timeout_seconds = options_.timeout_seconds;
    request.stop = options_.stop;
    const archive::Record* known = archive_.find(task.url);
    if (known && !known->path.empty()) {
      request.etag = known->etag;
      request.last_modified = known->last_modified;
    }
    const Response response = http_get(request);
    if (!response.error.empty()) {
      if (!stopped()) fail(task.url, response.error);
      return;
    }
    if (response.status == 304) return not_modified(task, response);
    if (response.status < 200 || response.status > 299)
      return fail(task.url, fmt::format("HTTP {}", response.status));
    switch (content_kind(response.content_type, response.body)) {
      case ContentKind::feed:
        return received_feed(task, response);
      case ContentKind::page:
        return received_page(task, response);
      case ContentKind::other:
        return fail(task.url, "not an HTML page or a feed (content type " +
                                  (response.content_type.empty() ? std::string("not given")
                                                                 : response.content_type) +
                                  ")");
    }
  }

  archive::Record record_of(const Task& task, const Response& response, std::string kind) const {
    archive::Record r;
    r.url = task.url;
    r.final_url = response.final_url;
    r.fetched_at = text::now_iso8601();
    r.status = response.status;
    r.etag = response.etag;
    r.last_modified = response.last_modified;
    r.content_type = response.content_type;
    r.kind = std::move(kind);
    return r;
  }

  void not_modified(const Task& task, const Response& response) {
    const archive::Record* known = archive_.find(task.url);
    if (known == nullptr || known->path.empty())
      return fail(task.url, "HTTP 304 to a request that was not conditional");
    archive::Record r = *known;
    r.fetched_at = text::now_iso8601();
    if (!response.etag.empty()) r.etag = response.etag;
    if (!response.last_modified.empty()) r.last_modified = response.last_modified;
    archive_.touch(r);
    if (r.kind != "feed") {
      ++summary_.unchanged;
      return;
    }
    // The feed is as it was, but an entry that failed last time is tried again.
    try {
      read_entries(task, r.final_url, read::parse_feed(archive_.stored_bytes(r)));
    } catch (const std::exception& e) {
      fail(task.url, std::string("stored copy of the feed: ") + e.what());
    }
  }

  void received_feed(const Task& task, const Response& response) {
    if (task.from_feed)
      return fail(task.url, "a feed, not a page: give it on the command line to fetch its entries");
    read::Feed feed;
    try {
      feed = read::parse_feed(response.body);
    } catch (const std::exception& e) {
      return fail(task.url, e.what());
    }
    archive::Record r = record_of(task, response, "feed");
    r.path = feed_path(task.url);
    r.content_hash = content_hash(response.body);
    archive_.store(r, response.body);
    read_entries(task, response.final_url, feed);
  }

  void read_entries(const Task& feed_task, const std::string& base, const read::Feed& feed) {
    ++summary_.feeds;
    for (const read::FeedEntry& entry : feed.entries) {
      const std::string where = feed_task.url + ": " + read::entry_name(entry);
      if (entry.link.empty()) {
        fail(where, "no link, skipped");
        continue;
      }
      std::string url;
      try {
        url = resolve_url(base.empty() ? feed_task.url : base, entry.link);
      } catch (const std::invalid_argument& e) {
        fail(where, e.what());
        continue;
      }
      const archive::Record* known = archive_.find(url);
      if (known && !known->path.empty()) {
        summary_.unchanged += seen_.insert(url).second;  // stored: not asked for again
        continue;
      }
      enqueue(url, true);
    }
  }

  // The file a page is stored in: named by its canonical URL (its own canonical link, else
  // where it was fetched from), so that one article reached by two URLs is stored once.
  static std::string canonical_path(const read::HtmlPage& page, const Response& response,
                                    const Task& task) {
    for (const std::string& candidate : {page.item.url, response.final_url}) {
      try {
        if (!candidate.empty()) return page_path(canonical_url(candidate));
      } catch (const std::invalid_argument&) {
        // a canonical link that is no http(s) URL: the next candidate
      }
    }
    return page_path(task.url);
  }

  void received_page(const Task& task, const Response& response) {
    read::HtmlPage page;
    try {
      page = read::read_html(response.body, response.final_url,
                             archive::charset_of(response.content_type));
    } catch (const std::exception& e) {
      return fail(task.url, e.what());
    }
    archive::Record r = record_of(task, response, "page");
    r.path = canonical_path(page, response, task);
    r.content_hash = content_hash(response.body);
    const archive::Record* known = archive_.find(task.url);
    const bool was_stored = known && !known->path.empty();
    if (was_stored && known->content_hash == r.content_hash && known->path == r.path) {
      archive_.touch(r);
      ++summary_.unchanged;
      return;
    }
    archive_.store(r, response.body);
    ++(was_stored ? summary_.changed : summary_.fresh);
    summary_.stored.push_back(archive_.full_path(r.path));
  }

  const FetchOptions& options_;
  const FetchEvents& events_;
  Archive archive_;
  HostPacer pacer_;
  std::deque<Task> queue_;
  std::set<std::string> seen_;
  FetchSummary summary_;
};

}  // namespace

FetchSummary run_fetch(const FetchOptions& options, const FetchEvents& events) {
  return FetchRun(options, events).run();
}

}  // namespace verbatim::fetch
