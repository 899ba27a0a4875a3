// End-to-end: `verbatim fetch` against a real HTTP server on 127.0.0.1. The Done-when scenario
// (store, fetch nothing new, one new entry fetched and made searchable by --index), bad URLs and
// answers each in one line while the others go on, changed pages, and indexing the archive.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "archive/manifest.h"
#include "support/fetch_site.h"
#include "support/http_server.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::lines;
using verbatim::testing::LocalHttpServer;
using verbatim::testing::news_page;
using verbatim::testing::rss_feed;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

// The stored pages of an archive (files the folder walk reads).
std::size_t stored_pages(const std::string& archive) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(archive))
    n += e.path().string().size() > 8 &&
         e.path().string().substr(e.path().string().size() - 8) == ".html.gz";
  return n;
}

nlohmann::json summary_of(const verbatim::testing::CommandResult& r) {
  INFO(r.err);
  REQUIRE_FALSE(r.out.empty());
  return nlohmann::json::parse(r.out);
}

// The first hit's item of a query, or "" when nothing matched.
std::string first_item(const std::string& db, const std::string& query) {
  auto q = run_verbatim({"query", "--db", db, "--format", "jsonl", query});
  if (q.status != 0 || lines(q.out).empty()) return "";
  return nlohmann::json::parse(lines(q.out).front())["item"];
}

}  // namespace

TEST_CASE("fetch stores a feed's pages, then fetches nothing new, then only the new entry",
          "[cli][fetch]") {
  LocalHttpServer server;
  TempDir tmp;
  const std::string archive = tmp.str("archive"), db = tmp.str("db");
  server.serve("news/ferry.html", news_page("Ferry returns", "Ferries will sail again"));
  server.serve("news/crane.html", news_page("Crane arrives", "The new crane is in place"));
  const std::vector<std::pair<std::string, std::string>> two = {
      {"Ferry returns", server.url("news/ferry.html")},
      {"Crane arrives", server.url("news/crane.html")}};
  server.serve("feed.rss", rss_feed(two));

  // First run: the feed and its two pages, one second apart (the default rate, one host).
  const auto start = std::chrono::steady_clock::now();
  auto first =
      run_verbatim({"fetch", "--into", archive, "--format", "json", server.url("feed.rss")});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(first.err);
  REQUIRE(first.status == 0);
  auto s1 = summary_of(first);
  CHECK(s1["new"] == 2);
  CHECK(s1["changed"] == 0);
  CHECK(s1["unchanged"] == 0);
  CHECK(s1["failed"] == 0);
  CHECK(s1["feeds"] == 1);
  CHECK(s1["requests"] == 3);
  CHECK(seconds >= 1.9);  // three requests to one host at one a second
  CHECK(stored_pages(archive) == 2);
  CHECK(std::filesystem::exists(archive + "/" + std::string(verbatim::archive::kManifestName)));
  const auto manifest = verbatim::archive::Manifest::load(
      archive + "/" + std::string(verbatim::archive::kManifestName));
  CHECK(manifest.size() == 3);
  const auto* ferry = manifest.find(server.url("news/ferry.html"));
  REQUIRE(ferry != nullptr);
  CHECK(ferry->status == 200);
  CHECK(ferry->kind == "page");
  CHECK_FALSE(ferry->etag.empty());
  CHECK_FALSE(ferry->last_modified.empty());
  CHECK(ferry->content_type == "text/html; charset=utf-8");

  // Second run: only the feed is asked for (conditionally: 304), its entries are stored.
  auto second =
      run_verbatim({"fetch", "--into", archive, "--format", "json", server.url("feed.rss")});
  REQUIRE(second.status == 0);
  auto s2 = summary_of(second);
  CHECK(s2["new"] == 0);
  CHECK(s2["changed"] == 0);
  CHECK(s2["unchanged"] == 2);
  CHECK(s2["requests"] == 1);
  auto log = server.requests();
  REQUIRE(log.size() == 4);
  CHECK(log[3].path == "/feed.rss");
  CHECK_FALSE(log[3].if_none_match.empty());
  CHECK(log[0].user_agent.rfind("verbatim/", 0) == 0);

  // The feed gains an entry: exactly that page is fetched, and --index makes it searchable.
  server.serve("news/tide.html", news_page("Tide record", "Spring tides reached a zenith"));
  auto three = two;
  three.insert(three.begin(), {"Tide record", server.url("news/tide.html")});
  server.serve("feed.rss", rss_feed(three));
  auto third = run_verbatim({"fetch", "--into", archive, "--index", "--db", db, "--format", "json",
                             server.url("feed.rss")});
  INFO(third.err);
  REQUIRE(third.status == 0);
  auto s3 = summary_of(third);
  CHECK(s3["new"] == 1);
  CHECK(s3["unchanged"] == 2);
  CHECK(s3["requests"] == 2);
  REQUIRE(s3.contains("index"));
  CHECK(s3["index"]["added"] == 1);
  CHECK(s3["index"]["failed"] == 0);
  CHECK(stored_pages(archive) == 3);
  log = server.requests();
  REQUIRE(log.size() == 6);
  CHECK(log[5].path == "/news/tide.html");
  CHECK(first_item(db, "zenith") == server.url("news/tide.html"));
  CHECK(first_item(db, "ferries").empty());  // indexed were only the new pages

  // The archive is the source of truth: indexing it gives every page, by its URL.
  const std::string all = tmp.str("all");
  auto idx = run_verbatim({"index", "--db", all, "--format", "json", archive});
  INFO(idx.err);
  REQUIRE(idx.status == 0);
  CHECK(nlohmann::json::parse(idx.out)["added"] == 3);
  CHECK(idx.err.find("skipped") == std::string::npos);  // manifest and feeds are not read
  CHECK(first_item(all, "ferries") == server.url("news/ferry.html"));
  CHECK(first_item(all, "zenith") == server.url("news/tide.html"));
}

TEST_CASE("fetch: each bad URL or answer is one line, the others are stored, exit 4",
          "[cli][fetch]") {
  LocalHttpServer server;
  TempDir tmp;
  const std::string archive = tmp.str("archive");
  server.serve("moved.html", news_page("Moved page", "Redirects are followed"));
  server.serve("zipped.html", news_page("Zipped page", "Compressed bodies are read"));
  server.serve("notes.bin", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  server.serve("feed.rss", rss_feed({{"Moved", server.url("redirect/moved.html")},
                                     {"Missing", server.url("status/404")},
                                     {"Broken", server.url("status/500")},
                                     {"Slow", server.url("slow/5")},
                                     {"Zipped", server.url("gzip/zipped.html")},
                                     {"Binary", server.url("notes.bin")},
                                     {"Too big", server.url("big")},
                                     {"Loop", server.url("redirect-loop")},
                                     {"No link", ""}}));
  server.serve("page.html", news_page("A page", "Pages given by name are fetched"));
  auto r = run_verbatim({"fetch", "--into", archive, "--timeout", "2", "--rate", "50", "--format",
                         "json", server.url("feed.rss"), server.url("page.html"),
                         "ftp://127.0.0.1/file.html"});
  INFO(r.err);
  CHECK(r.status == 4);
  auto s = summary_of(r);
  CHECK(s["new"] == 3);  // moved, zipped, page
  CHECK(s["failed"] == 8);
  CHECK(stored_pages(archive) == 3);
  const auto err = lines(r.err);
  CHECK(err.size() == 8);
  const std::string feed = server.url("feed.rss");
  CHECK_THAT(r.err,
             Catch::Contains("verbatim fetch: " + server.url("status/404") + ": HTTP 404\n"));
  CHECK_THAT(r.err,
             Catch::Contains("verbatim fetch: " + server.url("status/500") + ": HTTP 500\n"));
  CHECK_THAT(r.err, Catch::Contains("verbatim fetch: " + server.url("slow/5") + ": "));
  CHECK_THAT(r.err, Catch::Contains("timed out"));
  CHECK_THAT(r.err,
             Catch::Contains(server.url("notes.bin") + ": not an HTML page or a feed (content type "
                                                       "application/octet-stream)"));
  CHECK_THAT(r.err, Catch::Contains(server.url("big") + ": response larger than 20 MB, refused"));
  CHECK_THAT(r.err,
             Catch::Contains(server.url("redirect-loop") + ": more than 5 redirects, stopped"));
  CHECK_THAT(r.err, Catch::Contains(feed + ": entry 9 (\"No link\"): no link, skipped"));
  CHECK_THAT(r.err, Catch::Contains("ftp://127.0.0.1/file.html: only http and https URLs are "
                                    "fetched, not ftp"));
  // The redirected page is stored under its final URL's name and read with that URL.
  auto read = run_verbatim({"read", archive});
  INFO(read.err);
  CHECK(read.status == 0);
  CHECK_THAT(read.out, Catch::Contains("\"url\":\"" + server.url("moved.html") + "\""));
  CHECK_THAT(read.out, Catch::Contains("Compressed bodies are read"));

  // A page given by name changes: it is fetched again and counted as changed; the failed
  // entries are tried again (the feed answers 304, its stored copy is read).
  server.serve("page.html", news_page("A page", "Pages given by name are fetched again"));
  auto again = run_verbatim({"fetch", "--into", archive, "--timeout", "2", "--rate", "50",
                             "--format", "json", server.url("feed.rss"), server.url("page.html")});
  auto s2 = summary_of(again);
  CHECK(again.status == 4);
  CHECK(s2["new"] == 0);
  CHECK(s2["changed"] == 1);
  CHECK(s2["unchanged"] == 2);
  CHECK(s2["failed"] == 7);  // the same, but for the ftp URL not given again
  CHECK(stored_pages(archive) == 3);
  auto read2 = run_verbatim({"read", archive});
  CHECK_THAT(read2.out, Catch::Contains("fetched again"));
}

TEST_CASE("fetch: bad options are refused with exit 2, a text summary on stderr", "[cli][fetch]") {
  CHECK(run_verbatim({"fetch"}).status == 2);
  CHECK(run_verbatim({"fetch", "--rate", "0", "http://127.0.0.1:9/"}).status == 2);
  CHECK(run_verbatim({"fetch", "--timeout", "-1", "http://127.0.0.1:9/"}).status == 2);
  CHECK(run_verbatim({"fetch", "--format", "xml", "http://127.0.0.1:9/"}).status == 2);

  LocalHttpServer server;
  TempDir tmp;
  server.serve("page.html", news_page("A page", "Text summaries are printed"));
  auto r = run_verbatim({"fetch", "--into", tmp.str("a"), server.url("page.html")});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains(tmp.str("a") +
                                    ": 1 new, 0 changed, 0 unchanged, 0 failed (0 feeds read, 1 "
                                    "request) in "));
  CHECK(r.err.find('\r') == std::string::npos);  // no progress when stderr is not a terminal
}

TEST_CASE("fetch without its HTTP helper says in one line where it looked, exit 5, stores nothing",
          "[cli][fetch]") {
  TempDir tmp;
  const std::string missing = tmp.str("nowhere/verbatim-http");
  auto r = run_verbatim({"fetch", "--into", tmp.str("a"), "http://127.0.0.1:9/"}, "",
                        {"VERBATIM_HTTP_HELPER=" + missing});
  INFO(r.err);
  CHECK(r.status == 5);
  CHECK(r.out.empty());
  CHECK(lines(r.err).size() == 1);
  CHECK_THAT(r.err, Catch::Contains("verbatim-http") && Catch::Contains(missing + ": not found") &&
                        Catch::Contains("cmake --install") && Catch::Contains("libcurl4"));
  CHECK_FALSE(std::filesystem::exists(tmp.str("a")));

  // A file that is no program: the reason it could not be started is given.
  const std::string bogus = tmp.str("bogus");
  std::ofstream(bogus) << "not a program\n";
  r = run_verbatim({"fetch", "--into", tmp.str("a"), "http://127.0.0.1:9/"}, "",
                   {"VERBATIM_HTTP_HELPER=" + bogus});
  CHECK(r.status == 5);
  CHECK(lines(r.err).size() == 1);
  CHECK_THAT(r.err, Catch::Contains(bogus + ": ") && !Catch::Contains("not found"));

  // A program that is not the helper: it does not answer as one.
  r = run_verbatim({"fetch", "--into", tmp.str("a"), "http://127.0.0.1:9/"}, "",
                   {"VERBATIM_HTTP_HELPER=/bin/true"});
  CHECK(r.status == 5);
  CHECK(lines(r.err).size() == 1);
  CHECK_THAT(r.err, Catch::Contains("/bin/true: not a verbatim HTTP helper"));

  // Unset, it is found beside the executable (where the build puts it).
  LocalHttpServer server;
  server.serve("page.html", news_page("A page", "The helper is found beside the program"));
  r = run_verbatim({"fetch", "--into", tmp.str("a"), server.url("page.html")}, "",
                   {"VERBATIM_HTTP_HELPER="});
  CHECK(r.status == 0);
  CHECK(stored_pages(tmp.str("a")) == 1);
}

TEST_CASE("the verbatim executable does not link libcurl (only the fetch helper does)",
          "[cli][fetch]") {
  FILE* p = popen(("ldd " + std::string(VERBATIM_BINARY) + " 2>&1").c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, p)) > 0;) out.append(buffer, n);
  pclose(p);  // ldd fails on a static executable
  INFO(out);
  CHECK_THAT(out, (Catch::Contains("libc.so") || Catch::Contains("not a dynamic executable")) &&
                      !Catch::Contains("libcurl"));
}
