// The seed release: exactly the six gold statements, all by Xi Jinping.
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "indexer/extract/analyse.h"
#include "indexer/extract/evaluate.h"
#include "indexer/read/sources.h"
#include "support/corpus_paths.h"

namespace {

verbatim::read::Item seed_item() {
  std::ifstream in(verbatim::testing::kSeedItem);
  REQUIRE(in);
  std::stringstream content;
  content << in.rdbuf();
  const std::string file = "2023-09-08-cgtn-northeast-revitalization.txt";
  return verbatim::read::parse_text_item(content.str(), file, file);
}

}  // namespace

TEST_CASE("the seed release gives exactly its six gold statements", "[extract][seed]") {
  const auto item = seed_item();
  const auto analysis = verbatim::extract::analyse(item);
  const auto gold = verbatim::extract::load_gold(std::string(VERBATIM_SOURCE_DIR) +
                                                 "/tests/data/seed/gold.jsonl");
  REQUIRE(gold.size() == 6);
  REQUIRE(analysis.statements.size() == 6);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const auto& s = analysis.statements[i];
    INFO(s.text);
    CHECK(s.para == gold[i].para);
    CHECK(verbatim::extract::to_string(s.kind) == gold[i].kind);
    CHECK(s.speaker == "Xi Jinping");
    CHECK(s.text == gold[i].text);
  }
}

TEST_CASE("analyse is pure and thread-safe", "[extract][seed]") {
  const auto item = seed_item();
  auto flatten = [](const verbatim::extract::Analysis& a) {
    std::string out;
    for (const auto& s : a.statements) {
      out += std::to_string(s.para) + "|" + s.speaker + "|" + s.cue + "|" + s.text + "|" +
             std::to_string(s.begin) + "|" + std::to_string(s.end) + "\n";
    }
    for (const auto& e : a.entities) out += e.name + "|" + std::to_string(e.paras.size()) + "\n";
    return out;
  };
  const std::string expected = flatten(verbatim::extract::analyse(item));
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      std::string last;
      for (int n = 0; n < 25; ++n) last = flatten(verbatim::extract::analyse(item));
      results[t] = last;
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) CHECK(r == expected);
}

TEST_CASE("the seed's statements are dated: August last year, else the item's day",
          "[extract][seed][said_on]") {
  const auto analysis = verbatim::extract::analyse(seed_item());
  REQUIRE(analysis.statements.size() == 6);
  CHECK(analysis.statements[0].para == 1);
  CHECK(analysis.statements[0].said_on == "2022-08");  // "in August last year"
  for (std::size_t i = 1; i < analysis.statements.size(); ++i) {
    INFO(analysis.statements[i].text);
    CHECK(analysis.statements[i].said_on == "2023-09-08");
  }
}
