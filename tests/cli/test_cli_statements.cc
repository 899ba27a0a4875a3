// End-to-end: statements carried by their paragraphs (docs/schema.md, "Documents") as a user
// sees them in `query`, `stats` and `speakers`. Small fictional items.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "support/run_command.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using verbatim::testing::kBridge;
using verbatim::testing::kTwoSpeakers;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

// Indexes `jsonl` (written to tmp/items.jsonl) into tmp/db; returns the items file.
std::string index_items(const TempDir& tmp, const std::string& jsonl) {
  std::string items = tmp.write("items.jsonl", jsonl);
  auto r = run_verbatim({"index", "--db", tmp.str("db"), items});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return items;
}

// `verbatim query --db DB --format jsonl ARGS...`, one JSON object per hit.
std::vector<nlohmann::json> query(const TempDir& tmp, std::vector<std::string> args) {
  args.insert(args.begin(), {"query", "--db", tmp.str("db"), "--format", "jsonl"});
  auto r = run_verbatim(args);
  INFO(r.err);
  REQUIRE((r.status == 0 || r.status == 1));  // 1: no matches
  std::vector<nlohmann::json> hits;
  for (const std::string& line : lines(r.out)) hits.push_back(nlohmann::json::parse(line));
  return hits;
}

}  // namespace

TEST_CASE("query --speaker on a paragraph with two speakers prints only that speaker's statement",
          "[cli][statements]") {
  TempDir tmp;
  index_items(tmp, kTwoSpeakers);

  auto ruiz = query(tmp, {"--speaker", "Ruiz"});
  REQUIRE(ruiz.size() == 1);
  CHECK(ruiz[0]["rank"] == 1);
  CHECK(ruiz[0]["kind"] == "quote");
  CHECK(ruiz[0]["speaker"] == "Ana Ruiz");
  CHECK(ruiz[0]["statement_kind"] == "direct");
  CHECK(ruiz[0]["para"] == 2);
  CHECK(ruiz[0]["text"] == "We will build the port");

  auto vale = query(tmp, {"--speaker", "Tom Vale"});
  REQUIRE(vale.size() == 1);
  CHECK(vale[0]["kind"] == "quote");
  CHECK(vale[0]["speaker"] == "Tom Vale");
  CHECK(vale[0]["statement_kind"] == "indirect");
  CHECK(vale[0]["text"] == "the budget was approved");

  auto budget = query(tmp, {"--quotes", "budget"});
  REQUIRE(budget.size() == 1);
  CHECK(budget[0]["kind"] == "quote");
  CHECK(budget[0]["speaker"] == "Tom Vale");
  CHECK(budget[0]["text"] == "the budget was approved");

  // Text output names the speaker of the one statement shown.
  auto text = run_verbatim({"query", "--db", tmp.str("db"), "--speaker", "Tom Vale"});
  REQUIRE(text.status == 0);
  CHECK(text.out.find("Tom Vale said") != std::string::npos);
  CHECK(text.out.find("the budget was approved") != std::string::npos);
  CHECK(text.out.find("We will build the port") == std::string::npos);
  CHECK(text.out.find("hits 1-1; 1 match has all the words") != std::string::npos);
}

TEST_CASE("query --offset and -n count statements, not paragraphs", "[cli][statements]") {
  TempDir tmp;
  index_items(tmp, kBridge);

  auto all = query(tmp, {"--speaker", "Lena Moss"});
  REQUIRE(all.size() == 3);
  CHECK(all[0]["para"] == 2);
  CHECK(all[1]["para"] == 2);
  CHECK(all[2]["para"] == 4);

  auto first = query(tmp, {"--speaker", "Lena Moss", "-n", "2"});
  REQUIRE(first.size() == 2);
  CHECK(first[0]["rank"] == 1);
  CHECK(first[1]["rank"] == 2);
  CHECK(first[0] == all[0]);
  CHECK(first[1] == all[1]);

  auto rest = query(tmp, {"--speaker", "Lena Moss", "--offset", "2", "-n", "2"});
  REQUIRE(rest.size() == 1);
  CHECK(rest[0]["rank"] == 3);
  CHECK(rest[0]["para"] == 4);
  CHECK(rest[0]["text"] == "the works would start in April");
  CHECK(rest[0] == all[2]);

  auto past = run_verbatim(
      {"query", "--db", tmp.str("db"), "--speaker", "Lena Moss", "--offset", "3", "-n", "2"});
  CHECK(past.status == 1);
  CHECK(past.out.empty());
}

TEST_CASE("stats and speakers count the statements extract finds", "[cli][statements]") {
  TempDir tmp;
  std::string items = index_items(tmp, kTwoSpeakers + kBridge);

  auto extracted = run_verbatim({"extract", items});
  REQUIRE(extracted.status == 0);
  std::map<std::string, int> per_speaker;
  for (const std::string& line : lines(extracted.out)) {
    auto s = nlohmann::json::parse(line);
    if (s["speaker"].is_string()) ++per_speaker[s["speaker"].get<std::string>()];
  }
  REQUIRE(lines(extracted.out).size() == 5);
  REQUIRE(per_speaker ==
          std::map<std::string, int>{{"Ana Ruiz", 1}, {"Lena Moss", 3}, {"Tom Vale", 1}});

  auto stats = run_verbatim({"stats", "--db", tmp.str("db"), "--format", "json"});
  REQUIRE(stats.status == 0);
  auto j = nlohmann::json::parse(stats.out);
  CHECK(j["statements"] == lines(extracted.out).size());
  CHECK(j["speakers"] == 3);
  CHECK(j["items"] == 2);
  CHECK(j["passages"] == 9);

  auto text = run_verbatim({"stats", "--db", tmp.str("db")});
  REQUIRE(text.status == 0);
  CHECK(text.out.find("statements:     5\n") != std::string::npos);

  auto speakers = run_verbatim({"speakers", "--db", tmp.str("db"), "--format", "jsonl"});
  REQUIRE(speakers.status == 0);
  std::map<std::string, int> listed;
  for (const std::string& line : lines(speakers.out)) {
    auto row = nlohmann::json::parse(line);
    listed[row["speaker"].get<std::string>()] = row["statements"].get<int>();
  }
  CHECK(listed == per_speaker);
  // Most statements first: Lena Moss, two of hers in one paragraph.
  auto plain = run_verbatim({"speakers", "--db", tmp.str("db")});
  REQUIRE(plain.status == 0);
  REQUIRE_FALSE(lines(plain.out).empty());
  CHECK(lines(plain.out)[0] == "     3  Lena Moss");

  // Counting within a query: the paragraph with the bridge quote holds two of her statements.
  auto para = run_verbatim({"speakers", "--db", tmp.str("db"), "--format", "jsonl", "repairs"});
  REQUIRE(para.status == 0);
  REQUIRE(lines(para.out).size() == 1);
  auto row = nlohmann::json::parse(lines(para.out)[0]);
  CHECK(row["speaker"] == "Lena Moss");
  CHECK(row["statements"] == 2);
}

TEST_CASE("a query of filters only prints paragraphs, never item records", "[cli][statements]") {
  TempDir tmp;
  index_items(tmp, kTwoSpeakers + kBridge);

  struct Case {
    const char* query;
    std::size_t passages;
  };
  for (Case c : {Case{"year:2024", 4}, Case{"source:\"Test Wire\"", 4},
                 Case{"source:\"Harbor Daily\"", 5}, Case{"date:2023-07-01..2023-07-31", 5}}) {
    INFO(c.query);
    auto hits = query(tmp, {c.query});
    CHECK(hits.size() == c.passages);
    for (const auto& hit : hits) {
      CHECK(hit["kind"] == "paragraph");
      CHECK(hit.contains("para"));
    }
  }
  auto since = query(tmp, {"--since", "2023-07-01", "source:\"Harbor Daily\""});
  CHECK(since.size() == 5);
  for (const auto& hit : since) CHECK(hit["kind"] == "paragraph");
}

TEST_CASE("a keyword query prints the same with and without kind:paragraph", "[cli][statements]") {
  TempDir tmp;
  index_items(tmp, kTwoSpeakers + kBridge);
  for (const char* words : {"budget", "bridge", "port"}) {
    INFO(words);
    auto plain = run_verbatim({"query", "--db", tmp.str("db"), "--format", "jsonl", words});
    auto kind = run_verbatim(
        {"query", "--db", tmp.str("db"), "--format", "jsonl", words, "kind:paragraph"});
    REQUIRE(plain.status == 0);
    REQUIRE(kind.status == 0);
    REQUIRE_FALSE(lines(plain.out).empty());
    CHECK(lines(plain.out)[0] == lines(kind.out).at(0));
    CHECK(plain.out == kind.out);
    CHECK(nlohmann::json::parse(lines(plain.out)[0])["kind"] == "paragraph");
  }
}

TEST_CASE("stmt: and cue: print only the matching statement of a paragraph", "[cli][statements]") {
  TempDir tmp;
  index_items(tmp, kTwoSpeakers + kBridge);

  auto direct = query(tmp, {"stmt:direct", "item:port-plans"});
  REQUIRE(direct.size() == 1);
  CHECK(direct[0]["kind"] == "quote");
  CHECK(direct[0]["speaker"] == "Ana Ruiz");
  CHECK(direct[0]["statement_kind"] == "direct");

  auto indirect = query(tmp, {"stmt:indirect", "item:port-plans"});
  REQUIRE(indirect.size() == 1);
  CHECK(indirect[0]["speaker"] == "Tom Vale");
  CHECK(indirect[0]["statement_kind"] == "indirect");
  CHECK(indirect[0]["text"] == "the budget was approved");

  auto added = query(tmp, {"cue:added"});
  REQUIRE(added.size() == 1);
  CHECK(added[0]["speaker"] == "Lena Moss");
  CHECK(added[0]["cue"] == "added");
  CHECK(added[0]["text"] == "repairs would take six weeks");

  auto moss_direct = query(tmp, {"--speaker", "Moss", "stmt:direct"});
  REQUIRE(moss_direct.size() == 1);
  CHECK(moss_direct[0]["para"] == 2);
  CHECK(moss_direct[0]["statement_kind"] == "direct");
  CHECK(moss_direct[0]["text"] == "The bridge is safe for traffic");
}
