// Reading HTML pages: the article found and furniture dropped, paragraphs from block structure,
// metadata best source first, charsets, wire layouts, bad input.
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "indexer/extract/analyse.h"
#include "indexer/read/html.h"
#include "indexer/read/sources.h"
#include "support/corpus_paths.h"

using namespace verbatim::read;

namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> body_texts(const Item& item) {
  std::vector<std::string> out;
  for (std::size_t p = 1; p < item.paragraphs.size(); ++p) out.push_back(item.paragraphs[p].text);
  return out;
}

const std::string kArticleText =
    "<p>The minister said on Tuesday that the <a href=\"/x\">new plan</a>, agreed after long "
    "talks, would <em>cut</em> emissions by a third before 2030, the first such pledge.</p>"
    "<p>Critics said the plan, which needs a vote in parliament, lacked detail on funding, "
    "timing and the role of the regions, and called for a review.</p>"
    "<p>Officials said details would follow in a white paper next month, after a round of "
    "consultations with industry, unions and local governments.</p>";

std::string news_page(const std::string& article) {
  return "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Plan to cut emissions | Daily "
         "News</title><meta property=\"og:site_name\" content=\"Daily News\"></head><body>"
         "<div class=\"cookie-banner\">We use cookies on this site. Accept all cookies</div>"
         "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
         "<li><a href=\"/business\">Business</a></li></ul></nav></header>"
         "<div id=\"main\"><article><h1>Plan to cut emissions</h1>"
         "<div class=\"byline\">By Jane Doe</div><time datetime=\"2024-03-05\">5 March</time>"
         "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a>"
         "</div><figure><img src=\"a.jpg\"><figcaption>The minister in London. Photo: "
         "Reuters</figcaption></figure>" +
         article +
         "</article><aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Another "
         "story about climate policy and energy</a></li><li><a href=\"/b\">More on the vote in "
         "parliament next week</a></li></ul></aside>"
         "<div id=\"comments\"><p>Great article, thanks for writing it, I agree with all of "
         "it.</p></div></div><footer><p>Copyright Daily News 2024. All rights reserved. Terms "
         "and privacy.</p></footer></body></html>";
}

}  // namespace

TEST_CASE("html: the article's paragraphs, furniture dropped", "[read][html]") {
  HtmlPage page = read_html(news_page(kArticleText), "https://news.example/world/plan");
  const Item& item = page.item;
  CHECK(item.title == "Plan to cut emissions");
  CHECK(item.source == "Daily News");
  CHECK(item.lang == "en");
  CHECK(item.date == "2024-03-05");
  CHECK(item.id == "https://news.example/world/plan");
  std::vector<std::string> body = body_texts(item);
  for (const std::string& p : body) UNSCOPED_INFO(p);
  REQUIRE(body.size() == 3);
  CHECK(body[0] ==
        "The minister said on Tuesday that the new plan, agreed after long talks, would cut "
        "emissions by a third before 2030, the first such pledge.");
  for (const std::string& p : body) {
    INFO(p);
    for (const char* furniture : {"cookies", "Home", "Jane Doe", "Share", "Photo", "Related",
                                  "Great article", "Copyright", "5 March"})
      CHECK(p.find(furniture) == std::string::npos);
  }
  CHECK(page.warning.empty());
}

TEST_CASE("html: paragraphs from block structure", "[read][html]") {
  struct Case {
    const char* name;
    std::string fragment;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Case> cases{
      {"inline markup never splits",
       "<p>One <b>bold</b> and <a href=x>linked</a> <span>word"
       "</span>.</p>",
       {"One bold and linked word."}},
      {"br br runs split, one br does not",
       "<div>First line<br>same paragraph<br><br>second "
       "paragraph</div>",
       {"First line same paragraph", "second paragraph"}},
      {"list items and block quotes",
       "<ul><li>one</li><li>two</li></ul><blockquote>quoted"
       "</blockquote><h2>Sub-heading</h2><p>text</p>",
       {"one", "two", "quoted", "Sub-heading", "text"}},
      {"tables of data keep their rows",
       "<table><tr><th>Province</th><th>Growth</th></tr><tr>"
       "<td>Jilin</td><td>18%</td></tr></table>",
       {"Province | Growth", "Jilin | 18%"}},
      {"entities decoded, spaces collapsed",
       "<p>Fish &amp; chips\n\n  &eacute;t&eacute;</p>",
       {"Fish & chips été"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(html_fragment_paragraphs(c.fragment) == c.paragraphs);
  }
}

TEST_CASE("html: metadata best source first", "[read][html]") {
  const std::string body = "<body><article>" + kArticleText + "</article></body></html>";
  SECTION("JSON-LD over OpenGraph over <title>") {
    HtmlPage page = read_html(
        "<html><head><title>Title tag - Site</title><meta property=\"og:title\" content=\"OG "
        "title\"><meta property=\"article:published_time\" content=\"2020-01-02T10:00:00Z\">"
        "<link rel=\"canonical\" href=\"/news/1\"><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":"
        "\"NewsArticle\",\"headline\":\"LD headline\",\"datePublished\":\"2021-05-06\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"LD Publisher\"},"
        "\"inLanguage\":\"fr-FR\"}]}</script></head>" +
            body,
        "https://site.example/a/b.html");
    CHECK(page.item.title == "LD headline");
    CHECK(page.item.date == "2021-05-06");
    CHECK(page.item.source == "LD Publisher");
    CHECK(page.item.lang == "fr");
    CHECK(page.item.id == "https://site.example/news/1");
    CHECK(page.item.url == "https://site.example/news/1");
  }
  SECTION("OpenGraph, then <title> minus the site name") {
    HtmlPage og = read_html(
        "<html><head><meta property=\"og:title\" content=\"OG title\">"
        "<meta property=\"og:url\" content=\"https://x.example/og\"></head>" +
        body);
    CHECK(og.item.title == "OG title");
    CHECK(og.item.id == "https://x.example/og");
    HtmlPage titled = read_html(
        "<html><head><title>A long headline of the day | Site Name"
        "</title></head>" +
        body);
    CHECK(titled.item.title == "A long headline of the day");
    CHECK(titled.item.id.empty());  // no URL: the file reader uses the path
  }
}

TEST_CASE("html: charsets", "[read][html]") {
  auto page_in = [](const std::string& meta, const std::string& text) {
    return "<html><head>" + meta + "</head><body><article><p>" + text + " " + text + " " + text +
           ", " + text + "</p></article></body></html>";
  };
  struct Case {
    const char* name;
    std::string bytes;
    std::string http;
    std::string expected;
  };
  const std::vector<Case> cases{
      {"GBK by <meta charset>", page_in("<meta charset=\"gb2312\">", "\xD6\xD0\xB9\xFA"), "",
       "中国"},
      {"GB18030 by http-equiv",
       page_in("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">",
               "\xB1\xB1\xBE\xA9"),
       "", "北京"},
      {"Big5", page_in("<meta charset=big5>", "\xA4\xA4\xB0\xEA"), "", "中國"},
      {"Shift_JIS", page_in("<meta charset=\"Shift_JIS\">", "\x93\xFA\x96\x7B"), "", "日本"},
      {"windows-1252 quotes", page_in("<meta charset=\"windows-1252\">", "\x93quoted\x94"), "",
       "“quoted”"},
      {"ISO-8859-1 reads as windows-1252", page_in("<meta charset=iso-8859-1>", "caf\xE9"), "",
       "café"},
      {"the HTTP header's charset over the meta", page_in("<meta charset=\"utf-8\">", "caf\xE9"),
       "ISO-8859-1", "café"},
      {"UTF-8 BOM", "\xEF\xBB\xBF" + page_in("", "caf\xC3\xA9"), "", "café"},
      {"no label, not UTF-8: windows-1252", page_in("", "na\xEFve"), "", "naïve"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    HtmlPage page = read_html(c.bytes, "", c.http);
    REQUIRE(page.item.paragraphs.size() >= 2);
    CHECK(page.item.paragraphs[1].text.find(c.expected) != std::string::npos);
    CHECK(page.warning.empty());
  }
  SECTION("invalid bytes replaced and reported once") {
    HtmlPage page =
        read_html(page_in("<meta charset=\"utf-8\">", "bad \xFF\xFE bytes"), "", "utf-8");
    CHECK(page.item.paragraphs[1].text.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(page.warning == "8 invalid byte sequences in UTF-8 replaced by U+FFFD");
  }
}

TEST_CASE("html: bad input is one clear reason", "[read][html]") {
  CHECK_THROWS_WITH(read_html(std::string("<html>\0\x01\x02\x03", 10)),
                    Catch::Contains("binary file"));
  CHECK_THROWS_WITH(read_html("<html><body><nav><a href=/>Home</a></nav></body></html>"),
                    Catch::Contains("no article"));
  CHECK_THROWS_WITH(read_html(std::string(kMaxHtmlBytes + 1, 'a')), Catch::Contains("larger than"));
  // Nested too deep to parse in reasonable time (or to walk without overflowing the stack):
  // refused before parsing, in a page and in a feed entry's HTML alike.
  std::string deep_divs = "<html><body><p>Short text.</p>";
  for (int i = 0; i < 100000; ++i) deep_divs += "<div>";
  CHECK_THROWS_WITH(read_html(deep_divs), Catch::Contains("nested more than 1000 deep"));
  std::string deep_spans = "<p>Text.</p>";
  for (int i = 0; i < 200000; ++i) deep_spans += "<span>";
  CHECK_THROWS_WITH(html_fragment_paragraphs(deep_spans), Catch::Contains("nested more than"));
  // A page cut off in the middle still gives the article read so far.
  std::string page = news_page(kArticleText);
  HtmlPage truncated = read_html(page.substr(0, page.find("Officials said") + 40));
  CHECK(truncated.item.paragraphs.size() >= 3);
}

TEST_CASE("html: an article nested hundreds of elements deep is read", "[read][html]") {
  std::string page = news_page(kArticleText);
  std::string open, close;
  for (int i = 0; i < 900; ++i) {
    open += "<div>";
    close += "</div>";
  }
  std::size_t body = page.find("<body>") + 6;
  page.insert(page.find("</body>"), close);
  page.insert(body, open);
  HtmlPage deep = read_html(page);
  CHECK(body_texts(deep.item) == body_texts(read_html(news_page(kArticleText)).item));
}

TEST_CASE("html: the seed as a PR Newswire page reads as the .txt seed", "[read][html][seed]") {
  const std::string txt = file_bytes(verbatim::testing::kSeedItem);
  const Item text_item = parse_text_item(txt, "seed.txt", "seed.txt");
  HtmlPage page =
      read_html(file_bytes(std::string(VERBATIM_SOURCE_DIR) +
                           "/tests/data/html/prnewswire-cgtn-northeast-revitalization.html"));
  const Item& html_item = page.item;
  CHECK(
      html_item.id ==
      "https://www.prnewswire.com/news-releases/"
      "cgtn-chinas-northeast-region-to-advance-revitalization-via-tech-innovation-301922222.html");
  CHECK(html_item.title == text_item.title);
  CHECK(html_item.date == text_item.date);
  CHECK(html_item.place == "BEIJING");
  CHECK(html_item.distributor == "PRNewswire");
  CHECK(html_item.source == "CGTN");
  REQUIRE(html_item.paragraphs.size() == text_item.paragraphs.size());
  for (std::size_t p = 0; p < text_item.paragraphs.size(); ++p) {
    INFO("paragraph " << p);
    CHECK(html_item.paragraphs[p].boilerplate == text_item.paragraphs[p].boilerplate);
    CHECK(html_item.paragraphs[p].lead == text_item.paragraphs[p].lead);
    if (!text_item.paragraphs[p].boilerplate)
      CHECK(html_item.paragraphs[p].text == text_item.paragraphs[p].text);
  }
  const auto from_text = verbatim::extract::analyse(text_item).statements;
  const auto from_html = verbatim::extract::analyse(html_item).statements;
  REQUIRE(from_html.size() == 6);
  REQUIRE(from_html.size() == from_text.size());
  for (std::size_t i = 0; i < from_text.size(); ++i) {
    CHECK(from_html[i].para == from_text[i].para);
    CHECK(from_html[i].speaker == from_text[i].speaker);
    CHECK(from_html[i].text == from_text[i].text);
  }
}
