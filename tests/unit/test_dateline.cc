// Wire datelines and dates.
#include <catch2/catch.hpp>

#include "indexer/read/dateline.h"

using verbatim::read::parse_date;
using verbatim::read::parse_dateline;

TEST_CASE("datelines give place, ISO date and distributor", "[dateline]") {
  struct Case {
    std::string paragraph, place, date, distributor, rest;
  };
  const std::vector<Case> cases = {
      {"BEIJING, Sept. 8, 2023 /PRNewswire/ — “We have full confidence", "BEIJING", "2023-09-08",
       "PRNewswire", "“We have full confidence"},
      {"NEW YORK, March 2, 2021 /PRNewswire/ -- Acme today", "NEW YORK", "2021-03-02", "PRNewswire",
       "Acme today"},
      {"WASHINGTON, D.C., Jan. 15, 2024 /PRNewswire/ — The", "WASHINGTON", "2024-01-15",
       "PRNewswire", "The"},
      {"HONG KONG, 8 September 2023 – Shares rose", "HONG KONG", "2023-09-08", "", "Shares rose"},
      {"LONDON, March 2 - Britain said", "LONDON", "", "", "Britain said"},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    auto d = parse_dateline(c.paragraph);
    REQUIRE(d);
    CHECK(d->place == c.place);
    CHECK(d->date == c.date);
    CHECK(d->distributor == c.distributor);
    CHECK(c.paragraph.substr(d->length) == c.rest);
  }
}

TEST_CASE("paragraphs without a dateline are left alone", "[dateline]") {
  for (const char* p :
       {"Since the 18th National Congress, Xi has made visits.", "The U.S., Sept. 8 talks",
        "IBM, the company, said", "In Shenyang, the capital of Liaoning"}) {
    INFO(p);
    CHECK_FALSE(parse_dateline(p));
  }
}

TEST_CASE("dates in several spellings become ISO 8601", "[dateline]") {
  CHECK(parse_date("2023-09-08") == "2023-09-08");
  CHECK(parse_date("Sept. 8, 2023") == "2023-09-08");
  CHECK(parse_date("September 8 2023") == "2023-09-08");
  CHECK(parse_date("8 Sep 2023") == "2023-09-08");
  CHECK_FALSE(parse_date("yesterday"));
  CHECK_FALSE(parse_date("2023-13-40"));
}
