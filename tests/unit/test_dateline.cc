// Datelines (wire and agency forms) and issuer prefixes, as the reader detects them.
#include <catch2/catch.hpp>

#include "indexer/read/dateline.h"
#include "indexer/read/issuer.h"

using verbatim::read::issuer_prefix;
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
      // agency datelines (Reuters, AP): a bracketed agency before the dash
      {"LONDON, March 3 - Britain said", "LONDON", "", "", "Britain said"},
      {"NEW YORK, Feb 26 - Shares fell", "NEW YORK", "", "", "Shares fell"},
      {"WASHINGTON (Reuters) - The Federal Reserve", "WASHINGTON", "", "", "The Federal Reserve"},
      {"LONDON, March 3 (AP) -- Britain said", "LONDON", "", "", "Britain said"},
      {"PARIS, Jun 3, 2020 (AFP) — The strike", "PARIS", "2020-06-03", "", "The strike"},
      {"SAN FRANCISCO/NEW YORK (Reuters) - Tech", "SAN FRANCISCO/NEW YORK", "", "", "Tech"},
      // wires naming themselves in brackets (GlobeNewswire, Business Wire)
      {"OSLO, Norway, April 02, 2024 (GLOBE NEWSWIRE) -- Nordic Grid", "OSLO", "2024-04-02",
       "GLOBE NEWSWIRE", "Nordic Grid"},
      {"ROTTERDAM, Netherlands--(BUSINESS WIRE)--Harbor Robotics", "ROTTERDAM", "", "BUSINESS WIRE",
       "Harbor Robotics"},
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
        "IBM, the company, said", "In Shenyang, the capital of Liaoning",
        "WASHINGTON is calm - for now", "EU - the bloc said", "US (Reuters) - Shares",
        "LONDON (Reuters) Shares rose - then fell", "Reporting by Tom Smith - Editing"}) {
    INFO(p);
    CHECK_FALSE(parse_dateline(p));
  }
}

TEST_CASE("issuer prefixes of headlines", "[issuer]") {
  struct Case {
    std::string headline, source;
    std::string issuer;  // empty: no prefix
    bool names_source;
    std::string rest;
  };
  const std::vector<Case> cases = {
      // a word in capitals names the source of an item without one
      {"CGTN: China's northeast to advance", "", "CGTN", true, "China's northeast to advance"},
      {"K24: Roads reopen", "", "K24", true, "Roads reopen"},
      // a known issuer, whatever the source
      {"Xinhua: Talks resume", "", "Xinhua", false, "Talks resume"},
      {"UPDATE 2: Talks resume", "Reuters", "UPDATE 2", false, "Talks resume"},
      {"CGTN : Talks", "Test", "CGTN", false, "Talks"},
      // the item's own source, in any case
      {"Harbor Daily:  Bridge reopens", "harbor daily", "Harbor Daily", false, "Bridge reopens"},
      {"ACME: Results", "Acme", "ACME", true, "Results"},
      // not issuers
      {"EU: Talks resume", "Reuters", "", false, ""},
      {"Xi Jinping: We will open wider", "", "", false, ""},
      {"A: B", "", "", false, ""},
      {"VERYLONGNAME13: x", "", "", false, ""},
      {": Talks", "", "", false, ""},
      {"No colon here", "", "", false, ""},
  };
  for (const Case& c : cases) {
    INFO(c.headline << " / source " << c.source);
    auto p = issuer_prefix(c.headline, c.source);
    if (c.issuer.empty()) {
      CHECK_FALSE(p);
      continue;
    }
    REQUIRE(p);
    CHECK(p->issuer == c.issuer);
    CHECK(p->names_source == c.names_source);
    CHECK(c.headline.substr(p->length) == c.rest);
  }
}
