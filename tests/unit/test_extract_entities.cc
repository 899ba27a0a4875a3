// Named entities: one canonical name per entity per item, with aliases.
#include <algorithm>

#include <catch2/catch.hpp>

#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::EntityType;
using verbatim::extract::testing::find_entity;
using verbatim::extract::testing::make_item;

namespace {

bool has_alias(const verbatim::extract::Entity& e, const std::string& alias) {
  return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

}  // namespace

TEST_CASE("entities merge acronyms, short forms and surnames", "[extract][entities]") {
  const Analysis a = analyse(make_item(
      {"Headline",
       "Since the 18th National Congress of the Communist Party of China (CPC), Chinese President "
       "Xi Jinping has visited Heilongjiang Province three times.",
       "The CPC leads the effort in Heilongjiang, Xi said.",
       "Xi also visited Jilin and Beijing."}));
  const auto* cpc = find_entity(a, "Communist Party of China");
  REQUIRE(cpc != nullptr);
  CHECK(cpc->type == EntityType::organisation);
  CHECK(has_alias(*cpc, "CPC"));
  CHECK(cpc->paras == std::vector<int>{1, 2});

  const auto* xi = find_entity(a, "Xi Jinping");
  REQUIRE(xi != nullptr);
  CHECK(xi->type == EntityType::person);
  CHECK(has_alias(*xi, "Xi"));
  CHECK(xi->paras == std::vector<int>{1, 2, 3});

  const auto* hlj = find_entity(a, "Heilongjiang Province");
  REQUIRE(hlj != nullptr);
  CHECK(hlj->type == EntityType::place);
  CHECK(has_alias(*hlj, "Heilongjiang"));
  CHECK(find_entity(a, "Heilongjiang") == nullptr);

  const auto* jilin = find_entity(a, "Jilin");
  REQUIRE(jilin != nullptr);
  CHECK(jilin->type == EntityType::place);
  CHECK(find_entity(a, "Chinese") == nullptr);
}

TEST_CASE("a short form with an initialism is an alias of the organisation it spells",
          "[extract][entities]") {
  struct Case {
    std::vector<std::string> paragraphs;
    const char* full;
    const char* alias;
  };
  const std::vector<Case> cases = {
      {{"U.S. Senate passes storm relief bill",
        "The United States Senate voted 62 to 38 for the relief bill on Tuesday."},
       "United States Senate",
       "U.S. Senate"},
      {{"Envoys meet", "The United Nations Security Council met in New York on Friday.",
        "The UN Security Council will meet again next week."},
       "United Nations Security Council",
       "UN Security Council"},
      {{"Chess", "The United States Chess Federation named its new director.",
        "The US Chess Federation has 90,000 members."},
       "United States Chess Federation",
       "US Chess Federation"},
  };
  for (const Case& c : cases) {
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO(c.full);
    const auto* e = find_entity(a, c.full);
    REQUIRE(e != nullptr);
    CHECK(has_alias(*e, c.alias));
    CHECK(find_entity(a, c.alias) == nullptr);
  }
}
