// Reading feeds: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed entries as items; bad feeds.
#include <catch2/catch.hpp>

#include <vector>

#include "indexer/read/feed.h"
#include "indexer/read/sources.h"
#include "support/temp_dir.h"

using namespace verbatim::read;
using verbatim::testing::TempDir;

namespace {

const char* kRss = R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title>
<item><title>CGTN: Xi speaks</title><link>https://example.com/a</link>
<guid isPermaLink="false">a-1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>
<description>short</description>
<content:encoded><![CDATA[<p>BEIJING, Dec. 1, 2026 /PRNewswire/ -- First <b>bold</b> line.</p><p>Second.</p>]]></content:encoded>
</item>
<item><title>Only description</title><link>https://example.com/b</link>
<description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt;.&lt;/p&gt;</description></item>
</channel></rss>)";

const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Atom one</title><link rel="self" href="https://example.com/self"/>
<link href="https://example.com/atom1"/><id>urn:uuid:1</id>
<updated>2026-11-30T08:00:00Z</updated><published>2026-11-29T08:00:00Z</published>
<summary>sum</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para one.</p><p>Para two.</p></div></content>
</entry>
<entry><title>Plain</title><link href="https://example.com/atom2"/><content>Text &lt;b&gt; stays.</content></entry>
</feed>)";

const char* kRdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.com/"><title>R</title></channel>
<item rdf:about="https://example.com/r1"><title>RDF one</title><link>https://example.com/r1</link>
<dc:date>2026-10-05</dc:date><description>Body r1.</description></item>
</rdf:RDF>)";

const char* kJsonFeed = R"({"version":"https://jsonfeed.org/version/1.1","title":"J",
"items":[{"id":"1","url":"https://example.com/j1","title":"JSON one",
"content_html":"<p>One.</p><p>Two.</p>","date_published":"2026-09-08T10:00:00+08:00"},
{"id":"2","title":"No link","content_text":"x"}]})";

std::vector<Item> items_of(const std::string& path, std::vector<ReadError>* errors = nullptr) {
  std::vector<Item> items;
  read_sources(
      {path}, [&](Item&& i) { items.push_back(std::move(i)); },
      [&](const ReadError& e) {
        if (errors) errors->push_back(e);
      });
  return items;
}

}  // namespace

TEST_CASE("RSS 2.0: link as id, pubDate as date, content:encoded as body", "[read][feed]") {
  TempDir dir;
  std::vector<Item> items = items_of(dir.write("wire.rss", kRss));
  REQUIRE(items.size() == 2);
  CHECK(items[0].id == "https://example.com/a");
  CHECK(items[0].url == "https://example.com/a");
  CHECK(items[0].title == "CGTN: Xi speaks");
  CHECK(items[0].date == "2026-12-01");
  REQUIRE(items[0].paragraphs.size() == 3);
  CHECK(items[0].paragraphs[1].text == "BEIJING, Dec. 1, 2026 /PRNewswire/ -- First bold line.");
  CHECK(items[0].place == "BEIJING");
  CHECK(items[0].source == "CGTN");
  REQUIRE(items[1].paragraphs.size() == 2);
  CHECK(items[1].paragraphs[1].text == "Escaped HTML.");
}

TEST_CASE("Atom: alternate link, published date, xhtml content; text content stays text",
          "[read][feed]") {
  TempDir dir;
  std::vector<Item> items = items_of(dir.write("f.atom", kAtom));
  REQUIRE(items.size() == 2);
  CHECK(items[0].id == "https://example.com/atom1");
  CHECK(items[0].date == "2026-11-29");
  REQUIRE(items[0].paragraphs.size() == 3);
  CHECK(items[0].paragraphs[2].text == "Para two.");
  CHECK(items[1].paragraphs[1].text == "Text <b> stays.");
}

TEST_CASE("RSS 1.0 and JSON Feed entries; an entry without a link is one error line",
          "[read][feed]") {
  TempDir dir;
  std::vector<Item> rdf = items_of(dir.write("r.xml", kRdf));
  REQUIRE(rdf.size() == 1);
  CHECK(rdf[0].id == "https://example.com/r1");
  CHECK(rdf[0].date == "2026-10-05");
  std::vector<ReadError> errors;
  std::vector<Item> json = items_of(dir.write("j.json", kJsonFeed), &errors);
  REQUIRE(json.size() == 1);
  CHECK(json[0].id == "https://example.com/j1");
  CHECK(json[0].date == "2026-09-08");
  CHECK(json[0].paragraphs.size() == 3);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line().find("j.json") != std::string::npos);
  CHECK(errors[0].line().find("entry 2 (\"No link\") has no link") != std::string::npos);
}

TEST_CASE("a directory walk reads feeds, and .xml/.json only when they hold one", "[read][feed]") {
  TempDir dir;
  dir.write("d/a.rss", kRss);
  dir.write("d/notes.xml", "<notes><n>x</n></notes>");
  dir.write("d/config.json", R"({"a":1})");
  dir.write("d/j.json", kJsonFeed);
  std::vector<ReadError> errors;
  std::vector<Item> items = items_of(dir.str("d"), &errors);
  CHECK(items.size() == 3);
  CHECK(errors.size() == 1);  // the JSON Feed entry without a link
}

TEST_CASE("broken XML and non-feeds are one clear line naming the file", "[read][feed]") {
  TempDir dir;
  struct Case {
    const char* name;
    const char* content;
    const char* message;
  } cases[] = {
      {"broken.rss", "<rss><channel><item><title>x</item></channel></rss>", "broken XML at line 1"},
      {"other.xml", "<html><body/></html>", "not a feed"},
      {"bin.atom", std::string_view("<feed>\0\0", 8).data(), "broken XML"},
      {"bad.json", R"({"version":"https://jsonfeed.org/version/1.1","items":3})", "items"},
  };
  for (const Case& c : cases) {
    std::vector<ReadError> errors;
    CHECK(items_of(dir.write(c.name, c.content), &errors).empty());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where.find(c.name) != std::string::npos);
    CHECK(errors[0].message.find(c.message) != std::string::npos);
  }
}
