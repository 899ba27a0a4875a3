// Time mentions that date statements (text/time_mentions), in phrasings of news copy.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/time_mentions.h"

using namespace verbatim::text;

namespace {

struct Case {
  const char* text;
  const char* mention;  // the words found; nullptr: none
  const char* when;
};

void check_cases(const std::vector<Case>& cases, const Date& reference) {
  for (const Case& c : cases) {
    INFO(c.text);
    const std::string text = c.text;
    const auto found = find_time_mentions(text, reference);
    if (!c.mention) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == c.mention);
    CHECK(found[0].when == c.when);
  }
}

}  // namespace

TEST_CASE("time mentions resolve against a Friday item date", "[time_mentions]") {
  const Date friday{2023, 9, 8};
  check_cases(
      {
          {"the minister said on Friday.", "Friday", "2023-09-08"},
          {"the ministry said Tuesday it would appeal", "Tuesday", "2023-09-05"},
          {"she told reporters on Monday", "Monday", "2023-09-04"},
          {"Lee said last Friday", "last Friday", "2023-09-01"},
          {"during an inspection tour in August last year.", "August last year", "2022-08"},
          {"in a speech in August of last year", "August of last year", "2022-08"},
          {"at a press conference on March 3, he said", "March 3", "2023-03-03"},
          {"the agency said on Sept. 5", "Sept. 5", "2023-09-05"},
          {"the agency said on Sept. 12", "Sept. 12", "2022-09-12"},
          {"on Sept. 5, 2021, the court said", "Sept. 5, 2021", "2021-09-05"},
          {"in a letter dated 3 March 2022", "3 March 2022", "2022-03-03"},
          {"on March 3 last year", "March 3 last year", "2022-03-03"},
          {"said in a speech in August", "August", "2023-08"},
          {"told parliament in October", "October", "2022-10"},
          {"she said in September", "September", "2023-09"},
          {"he said last September", "last September", "2022-09"},
          {"wrote in mid-August", "August", "2023-08"},
          {"said in March this year", "March this year", "2023-03"},
          {"a report published in December 2021", "December 2021", "2021-12"},
          {"said in May of 2020", "May of 2020", "2020-05"},
          {"the company said yesterday", "yesterday", "2023-09-07"},
          {"Today, the mayor said", "Today", "2023-09-08"},
          {"the ministry said earlier this month", "earlier this month", "2023-09"},
          {"officials said last month", "last month", "2023-08"},
          {"said on Thursday, Sept. 7, that", "Thursday, Sept. 7", "2023-09-07"},
          {"a statement issued 2023-09-01", "2023-09-01", "2023-09-01"},
          // no day or month named
          {"Theresa May said the vote would go ahead", nullptr, nullptr},
          {"the March on Washington", nullptr, nullptr},
          {"he said last year", nullptr, nullptr},
          {"in 2022, the fund grew 18 percent", nullptr, nullptr},
          {"on February 30", nullptr, nullptr},
          {"the paper said in Aug", nullptr, nullptr},
          {"saturday markets", nullptr, nullptr},
          // last week ran from Aug. 28 to Sept. 3: no one month
          {"the prime minister said last week", nullptr, nullptr},
      },
      friday);
}

TEST_CASE("time mentions: spans inside one month, and no item date", "[time_mentions]") {
  check_cases({{"the prime minister said last week", "last week", "2023-09"},
               {"said earlier this week", "earlier this week", "2023-09"}},
              Date{2023, 9, 20});
  // this week from Monday Aug. 28 to Friday Sept. 1: two months
  check_cases({{"said earlier this week", nullptr, nullptr}}, Date{2023, 9, 1});
  check_cases({{"said on Friday", nullptr, nullptr},
               {"in August last year", nullptr, nullptr},
               {"on Sept. 5, 2021", "Sept. 5, 2021", "2021-09-05"},
               {"in December 2021", "December 2021", "2021-12"}},
              Date{});
}

TEST_CASE("time mentions: every one in a sentence, in order", "[time_mentions]") {
  const std::string text =
      "After talks on Tuesday, Xi said on Friday that the plan, agreed in "
      "June, would start in January.";
  const auto found = find_time_mentions(text, Date{2023, 9, 8});
  std::vector<std::string> whens;
  for (const auto& m : found) whens.push_back(m.when);
  CHECK(whens == std::vector<std::string>{"2023-09-05", "2023-09-08", "2023-06", "2023-01"});
}

TEST_CASE("span_of_when: the days of a day or a month", "[time_mentions]") {
  auto month = span_of_when("2024-02");
  REQUIRE(month);
  CHECK(month->first.iso() == "2024-02-01");
  CHECK(month->last.iso() == "2024-02-29");
  auto day = span_of_when("2023-09-08");
  REQUIRE(day);
  CHECK(day->first.iso() == "2023-09-08");
  CHECK(day->last.iso() == "2023-09-08");
  CHECK_FALSE(span_of_when("2023"));
  CHECK_FALSE(span_of_when("yesterday"));
}
