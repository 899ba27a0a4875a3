// End-to-end: quotes, speakers and entities as a user sees them.
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

TEST_CASE("quote lookup by speaker and by question print the paragraph-8 quote first",
          "[cli][quotes]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  for (std::vector<std::string> args :
       {std::vector<std::string>{"query", "--db", db, "--format", "jsonl", "--speaker", "xi",
                                 "opening-up"},
        std::vector<std::string>{"query", "--db", db, "--format", "jsonl",
                                 "Xi's quotes on opening-up"}}) {
    auto r = run_verbatim(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto first = nlohmann::json::parse(lines(r.out).at(0));
    CHECK(first["kind"] == "quote");
    CHECK(first["para"] == 8);
    CHECK(first["speaker"] == "Xi Jinping");
    CHECK(first["cue"] == "said");
    CHECK(first["statement_kind"] == "direct");
  }
  auto question = run_verbatim({"query", "--db", db, "Xi's quotes on opening-up"});
  CHECK(question.err.find("read as: statements by Xi Jinping") != std::string::npos);
  CHECK(question.out.find("Xi Jinping said") != std::string::npos);
}

TEST_CASE("a question in other words or with a title finds the same quote", "[cli][quotes]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  for (const char* question :
       {"What does President Xi think about opening-up?",
        "what has Xi told reporters about opening-up", "President Xi\u2019s views on opening-up",
        "quotes about opening-up by Chinese President Xi",
        "has Xi ever said anything about opening-up", "President Xi on opening-up",
        "xi talking about opening-up"}) {
    INFO(question);
    auto r = run_verbatim({"query", "--db", db, "--format", "jsonl", question});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.err.find("read as: statements by Xi Jinping about \"opening-up\"") !=
          std::string::npos);
    auto first = nlohmann::json::parse(lines(r.out).at(0));
    CHECK(first["para"] == 8);
    CHECK(first["speaker"] == "Xi Jinping");
  }
}

TEST_CASE("speakers lists Xi Jinping with the seed's 6 statements", "[cli][quotes]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kSeedItem}).status == 0);
  auto r = run_verbatim({"speakers", "--db", db});
  REQUIRE(r.status == 0);
  REQUIRE(lines(r.out).size() == 1);
  CHECK(lines(r.out)[0] == "     6  Xi Jinping");
  auto j = run_verbatim({"speakers", "--db", db, "--format", "jsonl", "food security"});
  REQUIRE(j.status == 0);
  auto row = nlohmann::json::parse(lines(j.out).at(0));
  CHECK(row["speaker"] == "Xi Jinping");
  CHECK(row["statements"] == 1);
}

TEST_CASE("extract prints the seed's statements as JSON Lines without an index", "[cli][quotes]") {
  auto r = run_verbatim({"extract", kSeedItem});
  REQUIRE(r.status == 0);
  auto rows = lines(r.out);
  REQUIRE(rows.size() == 6);
  std::vector<int> paras;
  for (const std::string& line : rows) {
    auto s = nlohmann::json::parse(line);
    CHECK(s["speaker"] == "Xi Jinping");
    for (const char* key :
         {"item", "para", "statement_kind", "speaker", "mention", "cue", "text", "begin", "end"})
      CHECK(s.contains(key));
    CHECK_FALSE(s.contains("kind"));  // `kind` is a query hit's type; statements say statement_kind
    paras.push_back(s["para"]);
  }
  CHECK(paras == std::vector<int>{1, 3, 4, 8, 11, 12});
}

TEST_CASE("a surname shared by two speakers matches both and says so", "[cli][quotes]") {
  TempDir tmp;
  std::string items = tmp.write(
      "wang.jsonl",
      R"({"id":"w1","title":"Briefing","date":"2024-01-02","body":"Foreign Ministry spokesperson Wang Wenbin said on Tuesday that the talks were constructive.\n\nCommerce Minister Wang Wentao said exports would grow this year."})"
      "\n");
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, items}).status == 0);
  auto r = run_verbatim({"query", "--db", db, "--format", "jsonl", "--speaker", "wang"});
  REQUIRE(r.status == 0);
  CHECK(lines(r.out).size() == 2);
  CHECK(r.err.find("matches 2 speakers") != std::string::npos);
  CHECK(r.err.find("Wang Wenbin") != std::string::npos);
  CHECK(r.err.find("Wang Wentao") != std::string::npos);
  // the same surname in a question says so too, with the counts
  auto asked = run_verbatim(
      {"query", "--db", db, "--format", "jsonl", "what", "did", "Wang", "say", "about", "exports"});
  REQUIRE(asked.status == 0);
  CHECK(asked.err.find("speaker \"Wang\" matches 2 speakers: ") != std::string::npos);
  CHECK(nlohmann::json::parse(lines(asked.out).at(0))["speaker"] == "Wang Wentao");
  auto one = run_verbatim({"query", "--db", db, "--format", "jsonl", "--speaker", "Wang Wentao"});
  REQUIRE(lines(one.out).size() == 1);
  CHECK(nlohmann::json::parse(lines(one.out)[0])["speaker"] == "Wang Wentao");
}

TEST_CASE("entity filter and entities listing", "[cli][quotes]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kSeedItem}).status == 0);
  auto r = run_verbatim(
      {"query", "--db", db, "--format", "jsonl", "--entity", "Heilongjiang", "innovation"});
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(lines(r.out).at(0))["para"] == 3);
  auto cpc = run_verbatim({"query", "--db", db, "--format", "jsonl", "entity:CPC"});
  REQUIRE(cpc.status == 0);
  CHECK(nlohmann::json::parse(lines(cpc.out).at(0))["para"] == 2);
  auto e = run_verbatim({"entities", "--db", db});
  REQUIRE(e.status == 0);
  CHECK(e.out.find("Xi Jinping") != std::string::npos);
  CHECK(e.out.find("Heilongjiang") != std::string::npos);
}

TEST_CASE("a question no statement answers shows the passage naming the speaker, and says so",
          "[cli][quotes]") {
  TempDir tmp;
  const std::string items = tmp.write(
      "items.jsonl",
      R"({"id": "rail-1", "date": "2024-05-02", "title": "Port city weighs new rail link", )"
      R"("body": "Mayor Carlos Ruperto said on Monday the harbour would reopen in June.\n\n)"
      R"(A rail link to the airport, long backed by Ruperto, is now due to open in 2027."})"
      "\n");
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, items}).status == 0);
  auto text = run_verbatim({"query", "--db", db, "what did Ruperto say about the rail link"});
  INFO(text.err);
  REQUIRE(text.status == 0);
  CHECK(text.err.find("no statement by Carlos Ruperto holds all the words; showing passages "
                      "that name the speaker") != std::string::npos);
  CHECK(text.out.find("rail-1:2") != std::string::npos);
  CHECK(text.out.find("then passages naming the speaker") != std::string::npos);

  auto json = run_verbatim(
      {"query", "--db", db, "--format", "json", "what did Ruperto say about the rail link"});
  REQUIRE(json.status == 0);
  auto j = nlohmann::json::parse(json.out);
  CHECK(j["query"]["passages"] == 1);
  REQUIRE(j["hits"].size() == 1);
  CHECK(j["hits"][0]["kind"] == "paragraph");
  CHECK(j["hits"][0]["para"] == 2);

  auto strict = run_verbatim(
      {"query", "--db", db, "--all-words", "what did Ruperto say about the rail link"});
  CHECK(strict.status == 1);
}
