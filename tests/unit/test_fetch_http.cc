// One HTTP GET against a real server on 127.0.0.1: redirects, error statuses, a timeout, gzip,
// conditional requests, the size limit, refused schemes, the User-Agent.
#include <catch2/catch.hpp>

#include <string>

#include "fetch/http_get.h"
#include "support/http_server.h"

using namespace verbatim::fetch;
using verbatim::testing::LocalHttpServer;

namespace {

const std::string kPage =
    "<!doctype html><html><head><title>A page</title></head><body><p>Words.</p></body></html>";

Response get(const std::string& url, double timeout = 10) {
  Request r;
  r.url = url;
  r.timeout_seconds = timeout;
  return http_get(r);
}

}  // namespace

TEST_CASE("http_get: a page, its validators, and a 304 to a conditional request", "[fetch][http]") {
  LocalHttpServer server;
  server.serve("page.html", kPage);
  const Response first = get(server.url("page.html"));
  REQUIRE(first.error.empty());
  CHECK(first.status == 200);
  CHECK(first.body == kPage);
  CHECK(first.content_type == "text/html; charset=utf-8");
  CHECK(first.final_url == server.url("page.html"));
  REQUIRE_FALSE(first.etag.empty());
  REQUIRE_FALSE(first.last_modified.empty());

  Request again;
  again.url = server.url("page.html");
  again.etag = first.etag;
  again.last_modified = first.last_modified;
  const Response second = http_get(again);
  CHECK(second.error.empty());
  CHECK(second.status == 304);
  CHECK(second.body.empty());

  // Last-Modified alone works too.
  const Response lm = get(server.url("lm-only/page.html"));
  CHECK(lm.etag.empty());
  Request by_date;
  by_date.url = server.url("lm-only/page.html");
  by_date.last_modified = lm.last_modified;
  CHECK(http_get(by_date).status == 304);

  const auto log = server.requests();
  REQUIRE(log.size() == 4);
  CHECK(log[0].user_agent == user_agent());
  CHECK(log[0].user_agent.rfind("verbatim/", 0) == 0);
  CHECK(log[0].if_none_match.empty());
  CHECK(log[1].if_none_match == first.etag);
  CHECK(log[1].if_modified_since == first.last_modified);
  CHECK(log[3].if_modified_since == lm.last_modified);
}

TEST_CASE("http_get: redirects followed (at most 5), error statuses returned", "[fetch][http]") {
  LocalHttpServer server;
  server.serve("page.html", kPage);
  const Response moved = get(server.url("redirect/page.html"));
  CHECK(moved.error.empty());
  CHECK(moved.status == 200);
  CHECK(moved.final_url == server.url("page.html"));
  CHECK(moved.body == kPage);

  CHECK(get(server.url("status/404")).status == 404);
  CHECK(get(server.url("status/500")).status == 500);
  CHECK(get(server.url("missing.html")).status == 404);

  const Response loop = get(server.url("redirect-loop"));
  CHECK(loop.error == "more than 5 redirects, stopped");
  const Response ftp = get(server.url("redirect-ftp"));
  CHECK(ftp.error == "redirected to a URL that is not http or https, refused");
}

TEST_CASE("http_get: gzip undone, a slow answer cut by the timeout, a big one refused",
          "[fetch][http]") {
  LocalHttpServer server;
  server.serve("page.html", kPage);
  const Response gz = get(server.url("gzip/page.html"));
  CHECK(gz.error.empty());
  CHECK(gz.body == kPage);

  const auto start = std::chrono::steady_clock::now();
  const Response slow = get(server.url("slow/5"), 0.5);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
  CHECK(slow.error.find("timed out") != std::string::npos);
  CHECK(slow.body.empty());

  const Response big = get(server.url("big"));
  CHECK(big.error == "response larger than 20 MB, refused");
  CHECK(big.body.empty());

  Request stop;
  std::atomic<bool> stopped{true};
  stop.url = server.url("slow/5");
  stop.stop = &stopped;
  CHECK(http_get(stop).error == "interrupted");
}

TEST_CASE("http_get: nothing listening is a network error, in one line", "[fetch][http]") {
  int port = 0;
  {
    LocalHttpServer server;
    port = server.port();
  }  // stopped: nothing listens there now
  const Response r = get("http://127.0.0.1:" + std::to_string(port) + "/a.html", 2);
  CHECK(r.status == 0);
  CHECK_FALSE(r.error.empty());
  CHECK(r.error.find('\n') == std::string::npos);
}
