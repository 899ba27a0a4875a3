// When statements were said (indexer/extract/said_on): a time mention attached to the cue, else
// the item's date.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_util.h"

using verbatim::extract::testing::describe;
using verbatim::extract::testing::make_item;

namespace {

struct Case {
  const char* paragraph;
  const char* said_on;  // of the paragraph's first statement
};

// Every case is a one-paragraph item dated Friday, Sept. 8, 2023.
void check_said_on(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.paragraph);
    auto item = make_item({"Officials comment on the port plan", c.paragraph});
    item.date = "2023-09-08";
    const auto analysis = verbatim::extract::analyse(item);
    INFO(describe(analysis));
    REQUIRE_FALSE(analysis.statements.empty());
    CHECK(analysis.statements.front().said_on == c.said_on);
  }
}

}  // namespace

TEST_CASE("said_on: a time mention attached to the cue dates the statement", "[said_on]") {
  check_said_on({
      {"The mayor said on Tuesday that the port would reopen.", "2023-09-05"},
      {"The ministry said Wednesday it would appeal the ruling.", "2023-09-06"},
      {"\u201cWe will rebuild,\u201d the governor told reporters on Monday.", "2023-09-04"},
      {"\u201cThe economy is strong,\u201d the minister said in a speech in August last year.",
       "2022-08"},
      {"At a press conference on March 3, the mayor said the port would reopen.", "2023-03-03"},
      {"The agency said on Sept. 5 that exports had risen.", "2023-09-05"},
      {"Yesterday, the police said they had arrested a second man.", "2023-09-07"},
      {"The company said earlier this month that it would cut jobs.", "2023-09"},
      {"On Sept. 5, 2021, the court said the law was void.", "2021-09-05"},
  });
}

TEST_CASE("said_on: dates of what was said, or of other events, do not", "[said_on]") {
  check_said_on({
      // no mention: the item's date
      {"The mayor said the port would reopen.", "2023-09-08"},
      // in what was said
      {"The mayor said the port would reopen in March.", "2023-09-08"},
      {"\u201cWe opened the port on Monday,\u201d the mayor said.", "2023-09-08"},
      // after a clause end
      {"\u201cWe will rebuild,\u201d the mayor said, adding that work would start in May.",
       "2023-09-08"},
      // in a side clause about another event
      {"After the storm last Tuesday, the mayor said the port would reopen.", "2023-09-08"},
      {"The mayor, who took office in March, said the port would reopen.", "2023-09-08"},
      // in another sentence
      {"The storm hit on Monday. The mayor said the port would reopen.", "2023-09-08"},
  });
}

TEST_CASE("said_on: an undated item keeps only mentions that give their year", "[said_on]") {
  auto dated = make_item({"Port plan", "In October 2018, the mayor said the port would reopen."});
  const auto a = verbatim::extract::analyse(dated);
  REQUIRE(a.statements.size() == 1);
  CHECK(a.statements[0].said_on == "2018-10");
  auto bare = make_item({"Port plan", "The mayor said on Friday the port would reopen."});
  const auto b = verbatim::extract::analyse(bare);
  REQUIRE(b.statements.size() == 1);
  CHECK(b.statements[0].said_on == "");
}
