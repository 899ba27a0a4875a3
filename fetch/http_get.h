// One polite HTTP GET through the HTTP helper (libcurl, fetch/http_helper.h): http and https only
// (redirects too), at most 5 redirects, a timeout, gzip accepted, bodies over a limit refused,
// conditional on what the archive knows.
#pragma once

#include <atomic>
#include <string>

namespace verbatim::fetch {

inline constexpr std::size_t kMaxResponseBytes = 20u << 20;  // a news page is well under 1 MB
inline constexpr long kMaxRedirects = 5;

struct Request {
  std::string url;
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
  double timeout_seconds = 30;
  std::size_t max_bytes = kMaxResponseBytes;
  const std::atomic<bool>* stop = nullptr;  // when set and true, the transfer is abandoned
};

struct Response {
  long status = 0;  // HTTP status of the last response (after redirects); 0 when none came
  std::string final_url;
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::string body;   // decoded (gzip undone)
  std::string error;  // empty when a response came; else what went wrong, in one line
};

// The User-Agent of every request: "verbatim/VERSION (+PROJECT_URL)" (without the part in
// parentheses when the build names no project URL).
std::string user_agent();

// Performs the request. Network errors, timeouts, refused schemes and too large bodies come
// back in `error` (the transfer is cut as soon as the limit is passed); never throws for them.
Response http_get(const Request& request);

}  // namespace verbatim::fetch
