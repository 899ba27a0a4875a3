// The seed release: exactly the six gold statements, all by Xi Jinping.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "indexer/extract/analyse.h"
#include "indexer/extract/evaluate.h"
#include "indexer/read/sources.h"

TEST_CASE("the seed release gives exactly its six gold statements", "[extract][seed]") {
  const std::string dir = std::string(VERBATIM_SHARED_DIR);
  const std::string file = "2023-09-08-cgtn-northeast-revitalization.txt";
  std::ifstream in(dir + "/seed/" + file);
  REQUIRE(in);
  std::stringstream content;
  content << in.rdbuf();
  const auto item = verbatim::read::parse_text_item(content.str(), file, file);
  const auto analysis = verbatim::extract::analyse(item);
  const auto gold = verbatim::extract::load_gold(dir + "/gold/seed.jsonl");
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
