// End-to-end: extraction quality on items no rule was written from, scored by `verbatim eval`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/corpus_paths.h"
#include "support/run_command.h"

using verbatim::testing::run_verbatim;

namespace {

nlohmann::json eval(const std::string& gold, const std::string& items) {
  auto r = run_verbatim({"eval", "--format", "json", gold, items});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("held-out CGTN-style releases meet the extraction targets", "[cli][eval]") {
  const std::string dir = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/heldout";
  auto s = eval(dir + "/gold.jsonl", dir + "/items");
  CHECK(s["gold"] == 43);
  CHECK(s["f1"].get<double>() >= 0.85);
  CHECK(s["speaker_strict"].get<double>() >= 0.90);
  CHECK(s["attributed_f1"].get<double>() >= 0.80);
}

TEST_CASE("the seed scores perfectly against its gold", "[cli][eval]") {
  const std::string gold = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/seed/gold.jsonl";
  auto s = eval(gold, verbatim::testing::kSeedItem);
  CHECK(s["gold"] == 6);
  CHECK(s["predicted"] == 6);
  CHECK(s["matched"] == 6);
  CHECK(s["speaker_strict"] == 1.0);
}
