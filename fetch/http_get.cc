#include "fetch/http_get.h"

#include <fmt/format.h>

#include "fetch/http_helper.h"

#ifndef VERBATIM_VERSION
#error "VERBATIM_VERSION must be defined by the build"
#endif

namespace verbatim::fetch {
namespace {

// The project's address for the User-Agent, set at configure time (VERBATIM_PROJECT_URL).
#ifndef VERBATIM_PROJECT_URL
#define VERBATIM_PROJECT_URL ""
#endif
constexpr std::string_view kProjectUrl = VERBATIM_PROJECT_URL;

extern "C" int stop_requested(void* context) {
  return static_cast<const std::atomic<bool>*>(context)->load() ? 1 : 0;
}

}  // namespace

std::string user_agent() {
  if (kProjectUrl.empty()) return fmt::format("verbatim/{}", VERBATIM_VERSION);
  return fmt::format("verbatim/{} (+{})", VERBATIM_VERSION, kProjectUrl);
}

Response http_get(const Request& request) {
  const VerbatimHttpModule& module = http_module();
  const std::string agent = user_agent();
  VerbatimHttpRequest r{};
  r.url = request.url.c_str();
  r.etag = request.etag.c_str();
  r.last_modified = request.last_modified.c_str();
  r.user_agent = agent.c_str();
  r.timeout_seconds = request.timeout_seconds;
  r.max_bytes = request.max_bytes;
  r.max_redirects = kMaxRedirects;
  if (request.stop != nullptr) {
    r.should_stop = stop_requested;
    r.stop_context = const_cast<std::atomic<bool>*>(request.stop);
  }
  VerbatimHttpResponse got{};
  module.http_get(&r, &got);
  Response response;
  response.status = got.status;
  response.final_url = take_text(got.final_url);
  response.content_type = take_text(got.content_type);
  response.etag = take_text(got.etag);
  response.last_modified = take_text(got.last_modified);
  response.body = take_text(got.body);
  response.error = take_text(got.error);
  return response;
}

}  // namespace verbatim::fetch
