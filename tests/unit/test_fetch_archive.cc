// The fetch archive's parts without a network: manifest records and files, archive naming,
// canonical URLs and the schemes refused, content kinds, the per-host pacer, gzip round trip.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "archive/atomic_file.h"
#include "archive/manifest.h"
#include "fetch/content_kind.h"
#include "fetch/gzip.h"
#include "fetch/naming.h"
#include "fetch/pacer.h"
#include "fetch/url.h"
#include "indexer/read/archive_hints.h"
#include "indexer/read/gunzip.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;

namespace {

archive::Record sample_record() {
  archive::Record r;
  r.url = "https://news.example.com/a?x=1";
  r.final_url = "https://news.example.com/a/";
  r.fetched_at = "2026-12-02T01:02:03Z";
  r.status = 200;
  r.etag = "\"abc\"";
  r.last_modified = "Wed, 02 Dec 2026 01:00:00 GMT";
  r.content_type = "text/html; charset=GBK";
  r.path = "3f/3fa2c4d5e6f70812.html.gz";
  r.kind = "page";
  r.content_hash = "0123456789abcdef0123456789abcdef";
  return r;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

}  // namespace

TEST_CASE("a manifest record survives a round trip through its line", "[fetch][archive]") {
  const archive::Record r = sample_record();
  const std::string line = archive::record_line(r);
  CHECK(line.find('\n') == std::string::npos);
  const archive::Record back = archive::parse_record(line);
  CHECK(back.url == r.url);
  CHECK(back.final_url == r.final_url);
  CHECK(back.fetched_at == r.fetched_at);
  CHECK(back.status == r.status);
  CHECK(back.etag == r.etag);
  CHECK(back.last_modified == r.last_modified);
  CHECK(back.content_type == r.content_type);
  CHECK(back.path == r.path);
  CHECK(back.kind == r.kind);
  CHECK(back.content_hash == r.content_hash);
}

TEST_CASE("bad manifest lines are refused with a reason", "[fetch][archive]") {
  struct Case {
    const char* line;
    const char* reason;
  };
  const Case cases[] = {
      {"not json", "not a JSON object"},
      {"[1,2]", "not a JSON object"},
      {R"({"path":"a/b.html.gz"})", "no \"url\""},
      {R"({"url":"https://a/","path":"/etc/passwd"})", "absolute"},
      {R"({"url":"https://a/","path":"../outside.html"})", "leaves the archive"},
      {R"({"url":"https://a/","etag":5})", "\"etag\" is not a string"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK_THROWS_WITH(archive::parse_record(c.line), Catch::Contains(c.reason));
  }
}

TEST_CASE("a manifest is saved whole and loaded back; a bad line names file and line",
          "[fetch][archive]") {
  TempDir tmp;
  const std::string path = tmp.str(std::string(archive::kManifestName));
  CHECK(archive::Manifest::load(path).size() == 0);  // missing: empty
  archive::Manifest m;
  archive::Record a = sample_record(), b = sample_record();
  b.url = "https://news.example.com/b";
  m.put(a);
  m.put(b);
  a.etag = "\"newer\"";
  m.put(a);  // replaces, by url
  m.save(path);
  const archive::Manifest back = archive::Manifest::load(path);
  REQUIRE(back.size() == 2);
  REQUIRE(back.find(a.url) != nullptr);
  CHECK(back.find(a.url)->etag == "\"newer\"");
  CHECK(back.path_used_by_other(a.path, a.url));  // b stores the same path
  CHECK_FALSE(back.path_used_by_other("other/path.html.gz", a.url));
  // No temporary file is left beside it.
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path())) files += !e.is_directory();
  CHECK(files == 1);

  std::ofstream(path, std::ios::app) << "{broken\n";
  CHECK_THROWS_WITH(archive::Manifest::load(path),
                    Catch::Contains(path + ":3: not a manifest record"));
}

TEST_CASE("write_file_atomically replaces a file and creates its folders", "[fetch][archive]") {
  TempDir tmp;
  const std::string path = tmp.str("a/b/file.html.gz");
  archive::write_file_atomically(path, "one");
  archive::write_file_atomically(path, "two");
  CHECK(slurp(path) == "two");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path() / "a" / "b"),
                      std::filesystem::directory_iterator()) == 1);
  CHECK_THROWS_WITH(archive::write_file_atomically("/proc/verbatim-no/x", "x"),
                    Catch::Contains("cannot create"));
}

TEST_CASE("charset_of reads the charset parameter of a Content-Type", "[fetch][archive]") {
  CHECK(archive::charset_of("text/html; charset=GBK") == "GBK");
  CHECK(archive::charset_of("text/html;Charset=\"utf-8\"") == "utf-8");
  CHECK(archive::charset_of("text/html; charset=big5; q=1") == "big5");
  CHECK(archive::charset_of("text/html") == "");
  CHECK(archive::charset_of("") == "");
}

TEST_CASE("canonical URLs: one form for one page; only http and https", "[fetch][url]") {
  struct Case {
    const char* given;
    const char* canonical;
  };
  const Case cases[] = {
      {"HTTP://News.Example.COM/a", "http://news.example.com/a"},
      {"https://example.com", "https://example.com/"},
      {"https://example.com:443/a", "https://example.com/a"},
      {"http://example.com:80/a?b=1#top", "http://example.com/a?b=1"},
      {"http://127.0.0.1:8080/feed.rss", "http://127.0.0.1:8080/feed.rss"},
  };
  for (const Case& c : cases) CHECK(fetch::canonical_url(c.given) == c.canonical);
  const char* refused[] = {"ftp://example.com/a.html", "file:///etc/passwd", "gopher://x/",
                           "mailto:a@example.com"};
  for (const char* url : refused) {
    INFO(url);
    CHECK_THROWS_WITH(fetch::canonical_url(url),
                      Catch::Contains("only http and https URLs are fetched"));
  }
  CHECK_THROWS_WITH(fetch::canonical_url("not a url"), Catch::Contains("not a URL"));
  CHECK(fetch::resolve_url("https://example.com/news/feed.rss", "item1.html") ==
        "https://example.com/news/item1.html");
  CHECK(fetch::resolve_url("https://example.com/news/feed.rss", "/a#x") == "https://example.com/a");
  CHECK(fetch::resolve_url("https://example.com/feed", "HTTPS://Other.org/b") ==
        "https://other.org/b");
  CHECK_THROWS(fetch::resolve_url("https://example.com/feed", "javascript:alert(1)"));
  CHECK(fetch::host_of("http://127.0.0.1:8080/feed.rss") == "127.0.0.1:8080");
  CHECK(fetch::host_of("https://example.com/a") == "example.com");
}

TEST_CASE("archive names: a stable hash of the canonical URL, read by the folder walk",
          "[fetch][archive]") {
  const std::string p = fetch::page_path("https://example.com/a");
  CHECK(p == fetch::page_path("https://example.com/a"));  // stable
  CHECK(p != fetch::page_path("https://example.com/b"));
  REQUIRE(p.size() == 2 + 1 + 16 + 8);
  CHECK(p.substr(0, 2) == p.substr(3, 2));  // the folder is the name's first two digits
  CHECK(p.substr(p.size() - 8) == ".html.gz");
  CHECK(fetch::feed_path("https://example.com/a").rfind(".feeds/", 0) == 0);
  CHECK(fetch::content_hash("a") != fetch::content_hash("b"));
  CHECK(fetch::content_hash("a").size() == 32);
}

TEST_CASE("the default archive is beside the default index", "[fetch][archive]") {
  CHECK(fetch::resolve_archive_dir("/tmp/x") == "/tmp/x");
  ::setenv("XDG_DATA_HOME", "/data", 1);
  CHECK(fetch::resolve_archive_dir("") == "/data/verbatim/archive");
  ::unsetenv("XDG_DATA_HOME");
  ::setenv("HOME", "/home/u", 1);
  CHECK(fetch::resolve_archive_dir("") == "/home/u/.local/share/verbatim/archive");
}

TEST_CASE("content kinds: feeds by their bytes, pages by bytes or Content-Type",
          "[fetch][content]") {
  using fetch::ContentKind;
  CHECK(fetch::content_kind("text/html", "<?xml version=\"1.0\"?><rss version=\"2.0\">") ==
        ContentKind::feed);
  CHECK(fetch::content_kind("application/json",
                            R"({"version":"https://jsonfeed.org/version/1.1","items":[]})") ==
        ContentKind::feed);
  CHECK(fetch::content_kind("", "<!DOCTYPE html><html>") == ContentKind::page);
  CHECK(fetch::content_kind("text/html; charset=utf-8", "<div>fragment</div>") ==
        ContentKind::page);
  CHECK(fetch::content_kind("application/pdf", "%PDF-1.4") == ContentKind::other);
  CHECK(fetch::content_kind("text/plain", "just text") == ContentKind::other);
}

TEST_CASE("the pacer spaces requests to one host, not across hosts", "[fetch][pacer]") {
  using namespace std::chrono;
  fetch::HostPacer pacer(2.0);  // two a second: 500 ms apart
  const auto t0 = fetch::HostPacer::Clock::now();
  CHECK(pacer.ready_at("a") <= t0);
  pacer.started("a", t0);
  CHECK(pacer.ready_at("a") == t0 + milliseconds(500));
  CHECK(pacer.ready_at("b") <= t0);
  fetch::HostPacer slow(0.25);
  slow.started("a", t0);
  CHECK(slow.ready_at("a") == t0 + seconds(4));
}

TEST_CASE("gzip output is read back by the reader's gunzip", "[fetch][archive]") {
  const std::string page = "<html><body><p>" + std::string(100000, 'x') + "</p></body></html>";
  const std::string gz = fetch::gzip(page);
  CHECK(gz.size() < page.size() / 10);
  CHECK(read::gunzip(gz, 1 << 20) == page);
  CHECK(read::gunzip(fetch::gzip(""), 10) == "");
}

TEST_CASE("archive hints give a stored page the URL and charset of the manifest",
          "[fetch][archive]") {
  TempDir tmp;
  archive::Manifest m;
  archive::Record r = sample_record();
  m.put(r);
  archive::Record feed = sample_record();
  feed.url = "https://news.example.com/feed";
  feed.path = ".feeds/x.feed";
  feed.kind = "feed";
  m.put(feed);
  m.save(tmp.str(std::string(archive::kManifestName)));
  read::ArchiveHints hints;
  const read::PageHint h = hints.lookup(tmp.str(r.path));
  CHECK(h.url == r.final_url);
  CHECK(h.charset == "GBK");
  CHECK(hints.lookup(tmp.str("3f/other.html.gz")).url.empty());
  CHECK(hints.lookup(tmp.str("elsewhere.html")).url.empty());
}
