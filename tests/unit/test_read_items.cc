// Reading items: plain text in the seed's layout, JSON Lines, and bad input.
#include <catch2/catch.hpp>

#include "indexer/read/sources.h"
#include "support/temp_dir.h"

using namespace verbatim::read;
using verbatim::testing::TempDir;

TEST_CASE("plain-text items: headline, joined paragraphs, dateline, boilerplate", "[read]") {
  std::string text =
      "CGTN: Headline here\n\nBEIJING, Sept. 8, 2023 /PRNewswire/ — First line\nwraps here.\n\n"
      "Second paragraph.\n\nCision View original content: https://example.com\n\nSOURCE CGTN\n";
  Item item = parse_text_item(text, "a.txt", "dir/a.txt");
  CHECK(item.id == "a.txt");
  CHECK(item.title == "CGTN: Headline here");
  REQUIRE(item.paragraphs.size() == 5);
  CHECK(item.paragraphs[0].text == "CGTN: Headline here");
  CHECK(item.paragraphs[1].text == "BEIJING, Sept. 8, 2023 /PRNewswire/ — First line wraps here.");
  CHECK(item.paragraphs[1].text.substr(item.paragraphs[1].lead) == "First line wraps here.");
  CHECK(item.paragraphs[0].text.substr(item.paragraphs[0].lead) == "Headline here");
  CHECK(item.date == "2023-09-08");
  CHECK(item.place == "BEIJING");
  CHECK(item.distributor == "PRNewswire");
  CHECK(item.source == "CGTN");
  CHECK_FALSE(item.paragraphs[2].boilerplate);
  CHECK(item.paragraphs[3].boilerplate);
  CHECK(item.paragraphs[4].boilerplate);
}

TEST_CASE("an agency dateline gives the place; an issuer prefix names the source", "[read]") {
  Item item = parse_json_item(
      R"({"id":"r1","title":"XINHUA: Talks resume","body":"LONDON, March 3 (Reuters) - Talks resumed."})",
      "f:1", "f:1");
  CHECK(item.place == "LONDON");
  CHECK(item.date.empty());
  CHECK(item.source == "XINHUA");
  CHECK(item.paragraphs[1].text.substr(item.paragraphs[1].lead) == "Talks resumed.");
  CHECK(item.paragraphs[0].text.substr(item.paragraphs[0].lead) == "Talks resume");
  // a source of its own: a prefix in capitals that is not the source is left in the headline
  Item own = parse_json_item(
      R"({"id":"r2","title":"EU: Talks resume","source":"Reuters","body":"Talks resumed."})", "f:2",
      "f:2");
  CHECK(own.source == "Reuters");
  CHECK(own.paragraphs[0].lead == 0);
}

TEST_CASE("JSON Lines items", "[read]") {
  Item item = parse_json_item(
      R"({"id":"x1","url":"http://u","title":"T","date":"2019-01-04","source":"S","lang":"en","body":"A.\n\nB\nC."})",
      "f:1", "f:1");
  CHECK(item.id == "x1");
  CHECK(item.date == "2019-01-04");
  REQUIRE(item.paragraphs.size() == 3);
  CHECK(item.paragraphs[2].text == "B C.");
  Item by_url = parse_json_item(R"({"url":"http://u","title":"T","body":"A."})", "f:2", "f:2");
  CHECK(by_url.id == "http://u");
  Item by_line = parse_json_item(R"({"title":"T","body":"A."})", "f.jsonl:3", "f:3");
  CHECK(by_line.id == "f.jsonl:3");
  CHECK_THROWS_WITH(parse_json_item(R"({"title":"T"})", "f:4", "f:4"),
                    Catch::Contains("has no body (looked for \"body\", \"text\""));
  CHECK_THROWS_WITH(
      parse_json_item(R"({"title":"T","published":"soon","text":"A."})", "f:6", "f:6"),
      Catch::Contains("field \"published\" is not a date"));
  CHECK_THROWS_WITH(parse_json_item(R"({"title":)", "f:5", "f:5"),
                    Catch::Contains("malformed JSON"));
}

TEST_CASE("JSON Lines items from feeds that name their fields otherwise", "[read]") {
  struct Row {
    const char* record;
    const char* title;
    const char* date;
    const char* first_paragraph;
  };
  const Row rows[] = {
      {R"({"id":"a","title":"T","date":"2020-02-03","text":"Talks resumed."})", "T", "2020-02-03",
       "Talks resumed."},
      {R"({"id":"b","headline":"H","published":"2021-05-06","content":"One.\n\nTwo."})", "H",
       "2021-05-06", "One."},
      {R"({"id":"c","title":"T","published_at":"2022-01-02","article":"Art."})", "T", "2022-01-02",
       "Art."},
      // the project's own name wins where a record has both
      {R"({"id":"d","title":"T","body":"Body.","text":"Text."})", "T", "", "Body."},
      {R"({"id":"e","title":"T","body":"","text":"Text."})", "T", "", "Text."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.record);
    Item item = parse_json_item(row.record, "f:1", "f:1");
    CHECK(item.title == row.title);
    CHECK(item.date == row.date);
    REQUIRE(item.paragraphs.size() >= 2);
    CHECK(item.paragraphs[1].text == row.first_paragraph);
  }
}

TEST_CASE("a wire sign-off closing the body is no text of the item", "[read]") {
  struct Row {
    const char* body;
    const char* last_paragraph;
    bool boilerplate;
  };
  const Row rows[] = {
      {"Talks resumed.\n\nThe port will reopen, the agency said. REUTER",
       "The port will reopen, the agency said.", false},
      {"Talks resumed, officials said. Reuter", "Talks resumed, officials said.", false},
      {"Talks resumed, officials said.    REUTER^M", "Talks resumed, officials said.", false},
      {"Sales were 4.1 mln dlrs vs 3.9 mln.  REUTER...", "Sales were 4.1 mln dlrs vs 3.9 mln.",
       false},
      {"\"We are done,\" she said. reuter", "\"We are done,\" she said.", false},
      {"Talks resumed.\n\nREUTER", "REUTER", true},
      // a name, not a sign-off: after no sentence end and not in capitals
      {"The plan was drawn up by Fred Reuter", "The plan was drawn up by Fred Reuter", false},
      {"The deal was reported by Reuters.", "The deal was reported by Reuters.", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.body);
    Item item = parse_text_item(std::string("T\n\n") + row.body + "\n", "s.txt", "dir/s.txt");
    REQUIRE(item.paragraphs.size() >= 2);
    CHECK(item.paragraphs.back().text == row.last_paragraph);
    CHECK(item.paragraphs.back().boilerplate == row.boilerplate);
  }
}

TEST_CASE("sources: directories walked, ids relative, bad files named", "[read]") {
  TempDir dir;
  dir.write("corpus/b/one.txt", "Headline one\n\nBody one.\n");
  dir.write("corpus/two.jsonl",
            "{\"id\":\"j1\",\"title\":\"T1\",\"body\":\"B1\"}\nnot "
            "json\n{\"id\":\"j2\",\"title\":\"T2\",\"body\":\"B2\"}\n");
  dir.write("corpus/empty.txt", "");
  dir.write("corpus/bad.txt", std::string("Head\n\n\xff\xfe bad\n"));
  dir.write("corpus/bin.txt", std::string("Head\0\0\0", 7));
  dir.write("corpus/notes.md", "ignored");
  std::vector<std::string> ids, errors, warnings;
  read_sources(
      {dir.str("corpus")}, [&](Item&& i) { ids.push_back(i.id); },
      [&](const ReadError& e) { (e.warning ? warnings : errors).push_back(e.line()); });
  CHECK(ids == std::vector<std::string>{"b/one.txt", "j1", "j2"});
  // Files of other types are not read, and said so in one warning (not a failure).
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("skipped 1 file of other types (.md 1)"));
  REQUIRE(errors.size() == 4);
  CHECK_THAT(errors[0], Catch::Contains("bad.txt") && Catch::Contains("invalid UTF-8"));
  CHECK_THAT(errors[1], Catch::Contains("bin.txt") && Catch::Contains("binary"));
  CHECK_THAT(errors[2], Catch::Contains("empty.txt") && Catch::Contains("empty"));
  CHECK_THAT(errors[3], Catch::Contains("two.jsonl:2") && Catch::Contains("malformed JSON"));
}
