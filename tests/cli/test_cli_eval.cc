// End-to-end: extraction quality on items no rule was written from, scored by `verbatim eval`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/corpus_paths.h"
#include "support/eval_json.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::eval_json;
using verbatim::testing::run_verbatim;

TEST_CASE("held-out CGTN-style releases meet the extraction targets", "[cli][eval]") {
  const std::string dir = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/heldout";
  auto s = eval_json(dir + "/gold.jsonl", dir + "/items");
  CHECK(s["gold"] == 43);
  CHECK(s["f1"].get<double>() >= 0.85);
  CHECK(s["speaker_strict"].get<double>() >= 0.90);
  CHECK(s["attributed_f1"].get<double>() >= 0.80);
}

TEST_CASE("the seed scores perfectly against its gold", "[cli][eval]") {
  const std::string gold = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/seed/gold.jsonl";
  auto s = eval_json(gold, verbatim::testing::kSeedItem);
  CHECK(s["gold"] == 6);
  CHECK(s["predicted"] == 6);
  CHECK(s["matched"] == 6);
  CHECK(s["speaker_strict"] == 1.0);
}

namespace {

// The tab-separated fields of the lines of `out` that start with `tag`.
std::vector<std::vector<std::string>> rows(const std::string& out, const std::string& tag) {
  std::vector<std::vector<std::string>> found;
  std::size_t i = 0;
  while (i < out.size()) {
    std::size_t end = out.find('\n', i);
    if (end == std::string::npos) end = out.size();
    const std::string line = out.substr(i, end - i);
    i = end + 1;
    if (line.rfind(tag + "\t", 0) != 0) continue;
    std::vector<std::string> fields;
    std::size_t f = 0;
    while (f <= line.size()) {
      std::size_t tab = line.find('\t', f);
      if (tab == std::string::npos) tab = line.size();
      fields.push_back(line.substr(f, tab - f));
      f = tab + 1;
    }
    found.push_back(fields);
  }
  return found;
}

}  // namespace

TEST_CASE("eval --verbose names the attribution rule of each statement found", "[cli][eval]") {
  const std::string gold = std::string(VERBATIM_SOURCE_DIR) + "/tests/data/seed/gold.jsonl";
  auto r = run_verbatim({"eval", "--verbose", gold, verbatim::testing::kSeedItem});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const auto found = rows(r.out, "FOUND");
  REQUIRE(found.size() == 6);
  // FOUND item para kind speaker attribution_rule speaker_rule text
  CHECK(found[0][2] == "1");
  CHECK(found[0][4] == "Xi Jinping");
  CHECK(found[0][5] == "inverted_said_x");  // "“...,” said Chinese President Xi Jinping"
  CHECK(found[1][5] == "x_said");           // "He also stressed the need ..."
  for (const auto& f : found) {
    REQUIRE(f.size() == 8);
    CHECK_FALSE(f[6].empty());  // the coreference rule, "-" when none is recorded
  }
  CHECK(rows(r.out, "MISS").empty());
}

TEST_CASE("eval --verbose says which rule came closest to each miss", "[cli][eval]") {
  verbatim::testing::TempDir tmp;
  const std::string items = tmp.write("rules.txt",
                                      "Headline\n\n"
                                      "The bridge is said to be unsafe.\n\n"
                                      "Premier Li Qiang commented on the agreement.\n\n"
                                      "The region boasts a cluster of strategic industries.\n");
  const std::string gold = tmp.write(
      "gold.jsonl",
      R"({"file": "rules.txt", "para": 1, "kind": "indirect", "speaker": "UNKNOWN", "text": "to be unsafe"}
{"file": "rules.txt", "para": 2, "kind": "indirect", "speaker": "Li Qiang", "text": "the agreement"}
{"file": "rules.txt", "para": 3, "kind": "indirect", "speaker": "UNKNOWN", "text": "a cluster of strategic industries"}
)");
  auto r = run_verbatim({"eval", "--verbose", gold, items});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const auto misses = rows(r.out, "MISS");
  REQUIRE(misses.size() == 3);
  // MISS item para kind speaker near text
  CHECK(misses[0][5] == "passive_without_agent rejected 'said'");
  CHECK(misses[1][5] == "x_said: topic_not_statement dropped 'commented'");
  CHECK(misses[2][5] == "no cue");
}
