// End-to-end: `verbatim read` for every input format, and a folder of saved pages (news sites
// and wire services) indexed like text items.
#include <filesystem>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::kCorpusDir;
using verbatim::testing::kSeedItem;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

const std::string kPages = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/html";

}  // namespace

TEST_CASE("read prints each item as the indexer sees it, for every format", "[cli][read]") {
  auto r = run_verbatim({"read", kSeedItem, kCorpusDir + "/2024-06-03-sample-feed.jsonl",
                         kPages + "/prnewswire-cgtn-northeast-revitalization.html"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto out = lines(r.out);
  REQUIRE(out.size() >= 3);
  for (const std::string& line : out) {
    auto j = nlohmann::json::parse(line);
    for (const char* key : {"id", "url", "title", "date", "source", "lang", "body"})
      CHECK(j.contains(key));
  }
  auto text_item = nlohmann::json::parse(out.front());
  auto html_item = nlohmann::json::parse(out.back());
  CHECK(text_item["body"] == html_item["body"]);  // the same release, saved two ways
  CHECK(html_item["title"] == text_item["title"]);
  CHECK(html_item["body"].get<std::string>().find("\n\nSince the 18th") != std::string::npos);

  auto t = run_verbatim({"read", "--format", "text", kPages + "/coastal-times-ferry.html.gz"});
  REQUIRE(t.status == 0);
  CHECK(t.out.find("title: Ferry service to resume after storm\n") != std::string::npos);
  CHECK(t.out.find("“The repairs went faster") != std::string::npos);  // windows-1252 read
  CHECK(t.out.find("Most read") == std::string::npos);
}

TEST_CASE("read and index: bad pages named in one line each, the rest read, exit 4",
          "[cli][read]") {
  TempDir tmp;
  std::filesystem::copy(kPages, tmp.str("pages"));
  tmp.write("pages/binary.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  tmp.write("pages/no-article.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
  tmp.write("pages/notes.pdf", "%PDF-1.4");
  auto r = run_verbatim({"read", tmp.str("pages")});
  CHECK(r.status == 4);
  CHECK(lines(r.out).size() == 4);
  auto err = lines(r.err);
  REQUIRE(err.size() == 3);
  CHECK_THAT(r.err, Catch::Contains("binary.html: binary file"));
  CHECK_THAT(r.err, Catch::Contains("no-article.html: no article found"));
  CHECK_THAT(r.err, Catch::Contains("skipped 1 file of other types (.pdf 1)"));

  std::string db = tmp.str("db");
  auto idx = run_verbatim({"index", "--db", db, tmp.str("pages")});
  CHECK(idx.status == 4);
  auto q = run_verbatim({"query", "--db", db, "--format", "jsonl", "Rotterdam terminals"});
  INFO(q.err);
  REQUIRE(q.status == 0);
  auto hit = nlohmann::json::parse(lines(q.out).front());
  CHECK(hit["item"] ==
        "https://www.businesswire.com/news/home/20240611005123/en/"
        "Harbor-Robotics-Opens-Research-Centre-in-Rotterdam");
  CHECK(hit["date"] == "2024-06-11");
  // Wire boilerplate and page furniture are not searchable.
  auto boiler = run_verbatim({"query", "--db", db, "\"View source version\""});
  CHECK(boiler.status == 1);
  auto furniture = run_verbatim({"query", "--db", db, "\"Most read\""});
  CHECK(furniture.status == 1);
  // The seed saved as a PR Newswire page gives its statements, as the text seed does.
  auto said = run_verbatim({"query", "--db", db, "--format", "jsonl", "speaker:\"Xi Jinping\""});
  INFO(said.err);
  CHECK(said.status == 0);
}
