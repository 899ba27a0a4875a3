// End-to-end: a statement repeated by several items (syndicated copies of one release) is one
// hit that says where and when it was first seen (docs/schema.md, "Copies"); --all-copies lists
// each copy; count, speakers and stats count it once.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/corpus_paths.h"
#include "support/json_lines.h"
#include "support/run_command.h"
#include "support/seed_copies.h"
#include "support/temp_dir.h"

using verbatim::testing::kSeedItem;
using verbatim::testing::kThreeSeedCopies;
using verbatim::testing::run_verbatim;
using verbatim::testing::seed_copies_jsonl;
using verbatim::testing::TempDir;

namespace {

std::string index_into(const TempDir& tmp, const std::string& name,
                       const std::vector<std::string>& sources) {
  std::vector<std::string> args{"index", "--progress", "none", "--db", tmp.str(name)};
  args.insert(args.end(), sources.begin(), sources.end());
  auto r = run_verbatim(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return tmp.str(name);
}

std::vector<nlohmann::json> hits(const std::string& db, std::vector<std::string> args) {
  args.insert(args.begin(), {"query", "--db", db, "--format", "jsonl", "-n", "50"});
  return verbatim::testing::json_lines(args);
}

std::string run_out(std::vector<std::string> args) {
  auto r = run_verbatim(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

}  // namespace

TEST_CASE("three copies of the seed release give one hit per statement, first seen at the earliest",
          "[cli][copies]") {
  TempDir tmp;
  const std::string one = index_into(tmp, "one", {kSeedItem});
  const std::string three =
      index_into(tmp, "three", {tmp.write("copies.jsonl", seed_copies_jsonl(kThreeSeedCopies))});

  const auto alone = hits(one, {"--speaker", "xi", "opening-up"});
  const auto folded = hits(three, {"--speaker", "xi", "opening-up"});
  REQUIRE(!alone.empty());
  REQUIRE(folded.size() == alone.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    INFO("hit " << i + 1);
    CHECK(folded[i]["text"] == alone[i]["text"]);
    CHECK(folded[i]["copies"] == 3);
    CHECK(folded[i]["first_seen"] == "2023-09-08");
    CHECK(folded[i]["items"] ==
          nlohmann::json::array({"cgtn/northeast", "wire-b/northeast", "wire-a/northeast"}));
    CHECK(alone[i]["copies"] == 1);
  }

  // Each copy its own hit.
  const auto every = hits(three, {"--speaker", "xi", "opening-up", "--all-copies"});
  CHECK(every.size() == 3 * alone.size());

  // The text output says it once.
  const std::string text = run_out({"query", "--db", three, "--speaker", "xi", "opening-up"});
  CHECK(text.find("first seen 2023-09-08, in 3 items") != std::string::npos);

  // count: statements once, or every copy.
  const std::string n_one = run_out({"count", "--db", one, "--speaker", "xi"});
  CHECK(run_out({"count", "--db", three, "--speaker", "xi"}) == n_one);
  CHECK(std::stoul(run_out({"count", "--db", three, "--speaker", "xi", "--all-copies"})) ==
        3 * std::stoul(n_one));

  // speakers and stats count distinct statements and say how many copies they folded.
  CHECK(run_out({"speakers", "--db", three, "--format", "jsonl"}) ==
        run_out({"speakers", "--db", one, "--format", "jsonl"}));
  auto speakers = run_verbatim({"speakers", "--db", three});
  CHECK(speakers.err.find("counted once") != std::string::npos);
  auto stats_one = nlohmann::json::parse(run_out({"stats", "--db", one, "--format", "json"}));
  auto stats = nlohmann::json::parse(run_out({"stats", "--db", three, "--format", "json"}));
  CHECK(stats["statements"] == stats_one["statements"]);
  CHECK(stats["statement_copies"] == 2 * stats_one["statements"].get<int>());
  CHECK(stats_one["statement_copies"] == 0);
}

TEST_CASE("copies of a statement in a cluster of two shards are one hit, as in one index",
          "[cli][copies][cluster]") {
  TempDir tmp;
  const std::string items = tmp.write("copies.jsonl", seed_copies_jsonl(kThreeSeedCopies));
  const std::string whole = index_into(tmp, "whole", {items});
  std::vector<std::string> init{"cluster", "init", tmp.str("cluster.stub")};
  // Two shards: the three ids fall two and one.
  for (int k = 1; k <= 2; ++k) {
    const std::string db = tmp.str("shard-" + std::to_string(k));
    auto r = run_verbatim(
        {"index", "--progress", "none", "--shard", std::to_string(k) + "/2", "--db", db, items});
    INFO(r.err);
    REQUIRE(r.status == 0);
    init.push_back(db);
  }
  REQUIRE(run_verbatim(init).status == 0);
  const std::string cluster = tmp.str("cluster.stub");

  const auto one = hits(whole, {"--speaker", "xi", "opening-up"});
  const auto shards = hits(cluster, {"--speaker", "xi", "opening-up"});
  REQUIRE(!one.empty());
  REQUIRE(shards.size() == one.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    INFO("hit " << i + 1);
    CHECK(shards[i]["text"] == one[i]["text"]);
    CHECK(shards[i]["copies"] == 3);
    CHECK(shards[i]["first_seen"] == "2023-09-08");
    CHECK(shards[i]["items"] == one[i]["items"]);
  }
  CHECK(run_out({"count", "--db", cluster, "--speaker", "xi"}) ==
        run_out({"count", "--db", whole, "--speaker", "xi"}));
  auto stats = nlohmann::json::parse(run_out({"stats", "--db", cluster, "--format", "json"}));
  auto stats_whole = nlohmann::json::parse(run_out({"stats", "--db", whole, "--format", "json"}));
  CHECK(stats["statements"] == stats_whole["statements"]);
  CHECK(stats["statement_copies"] == stats_whole["statement_copies"]);
}
