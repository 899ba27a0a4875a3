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

TEST_CASE("a name's type by its words: initials after a given name, compounds of a firm's word",
          "[extract][entities]") {
  struct Case {
    std::vector<std::string> paragraphs;
    const char* name;
    EntityType type;
    const char* later_speaker;  // the speaker of the second statement, a pronoun's
  };
  const std::vector<Case> cases = {
      // a firm's suffix ("K.K.", "S.A.") between a given name and a surname is initials
      {{"Bonds", "Robert K.K. Tan, managing director of Harbour Asia Ltd, said demand was strong.",
        "Most buyers are local funds, he said."},
       "Robert K.K. Tan",
       EntityType::person,
       "Robert K.K. Tan"},
      {{"Bonds", "Maria S.A. Lopez, head of trading at Vexa Capital, said prices would rise.",
        "Buyers were cautious, she said."},
       "Maria S.A. Lopez",
       EntityType::person,
       "Maria S.A. Lopez"},
      // a compound ending in an organisation word, after a financial role, is a firm
      {{"Notes",
        "The coupon on the notes was cut to four pct, lead manager Nordic Handelsbank "
        "said.",
        "The warrants expire in 1990, it said."},
       "Nordic Handelsbank",
       EntityType::organisation,
       "Nordic Handelsbank"},
      {{"Notes", "Shares in Nordiska Handelsbanken fell after the report.",
        "Handelsbanken said its losses were small.", "They would not grow, it said."},
       "Nordiska Handelsbanken",
       EntityType::organisation,
       "Nordiska Handelsbanken"},
      {{"Notes", "The issue was priced at par, co-manager Alpine Landesbank said.",
        "Demand came from Swiss investors, it said."},
       "Alpine Landesbank",
       EntityType::organisation,
       "Alpine Landesbank"},
      {{"Notes", "The notes were sold out, lead manager Harbour Securities said.",
        "Payment is due on May 3, it said."},
       "Harbour Securities",
       EntityType::organisation,
       "Harbour Securities"},
      // a firm's name in another language: "Banque", "Gruppo" make it a firm, and "he" is a
      // person, not the bank; the name after them alone is the firm's short form
      {{"Prices", "Anne Morel, an economist at Banque Lavergne, said prices would rise.",
        "\"It will be a hard year,\" she said."},
       "Banque Lavergne",
       EntityType::organisation,
       "Anne Morel"},
      {{"Sugar", "Gruppo Castellani said its sugar sales rose.",
        "Castellani said it had agreed to buy the mill."},
       "Gruppo Castellani",
       EntityType::organisation,
       "Gruppo Castellani"},
      // the first word of a firm's whole name is its short form, unless it names a person
      // there too; two names joined by "and" that open a firm's name are the firm
      {{"Cars", "Harrow Motor Co said its car sales rose.",
        "Harrow said it would build a plant in Ohio."},
       "Harrow Motor Co",
       EntityType::organisation,
       "Harrow Motor Co"},
      {{"Steel", "Alan Keller, chairman of Keller Industries Inc, said orders rose.",
        "Keller said the plant would reopen."},
       "Keller Industries Inc",
       EntityType::organisation,
       "Alan Keller"},
      // an initialism of an organisation's words, with or without its legal form
      {{"Cars", "General Harrow Motors Corp said its car sales rose.",
        "GHM said it would build a plant in Ohio."},
       "General Harrow Motors Corp",
       EntityType::organisation,
       "General Harrow Motors Corp"},
      {{"Ratings", "Vexa and Lund Corp said it cut the bank's rating.",
        "V and L said the outlook was stable."},
       "Vexa and Lund Corp",
       EntityType::organisation,
       "Vexa and Lund Corp"},
      {{"Ratings", "The Harbour Trade Commission said it would hear the case.",
        "The HTC said the hearing would be in May."},
       "Harbour Trade Commission",
       EntityType::organisation,
       "Harbour Trade Commission"},
      // "General" before a single word no person has is a firm's name; before a general's
      // surname it is his title
      {{"Bids", "General Vexa said it would raise its offer for the mill.",
        "General Vexa said the bid would close in May."},
       "General Vexa",
       EntityType::organisation,
       "General Vexa"},
      {{"Army", "General Ivan Petrov said the troops would stay.",
        "General Petrov said the talks would go on."},
       "Ivan Petrov",
       EntityType::person,
       "Ivan Petrov"},
      {{"Books", "Tamber and Lowe Publishers Inc said its sales rose.",
        "Tamber and Lowe said it would sell the unit."},
       "Tamber and Lowe Publishers Inc",
       EntityType::organisation,
       "Tamber and Lowe Publishers Inc"},
  };
  for (const Case& c : cases) {
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO(c.name);
    const auto* e = find_entity(a, c.name);
    REQUIRE(e != nullptr);
    CHECK(e->type == c.type);
    REQUIRE(a.statements.size() == 2);
    CHECK(a.statements[1].speaker == c.later_speaker);
  }
}
