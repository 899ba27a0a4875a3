// place: on a temporary database: wire and agency datelines both give an item its place.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/location.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;

namespace {

const char* const kItems =
    R"J({"id":"agency","title":"Talks resume","date":"1987-03-03","source":"Reuters","body":"LONDON, March 3 - Talks on the zqtreaty resumed.\n\nThe talks will last a week."})J"
    "\n"
    R"J({"id":"agency-bracket","title":"Rates rise","date":"2020-06-03","source":"Reuters","body":"WASHINGTON (Reuters) - The zqtreaty was signed.\n\nRates rose."})J"
    "\n"
    R"J({"id":"wire","title":"Release","source":"CGTN","body":"BEIJING, Sept. 8, 2023 /PRNewswire/ — The zqtreaty was praised."})J"
    "\n"
    R"J({"id":"none","title":"No dateline","date":"2021-01-01","source":"Test","body":"In London the zqtreaty was discussed."})J"
    "\n";

std::set<std::string> items_of(const std::string& db_path, const std::string& words) {
  Xapian::Database db = schema::open_for_reading(db_path);
  query::QueryRequest r;
  r.words = {words};
  r.literal = true;
  std::set<std::string> items;
  for (const auto& hit : query::search(db, query::build_query(db, r), 0, 50).hits)
    items.insert(hit.record["item"].get<std::string>());
  return items;
}

}  // namespace

TEST_CASE("place: finds items by their dateline, wire or agency form", "[index][place]") {
  TempDir tmp;
  tmp.write("items.jsonl", kItems);
  indexer::IndexOptions o;
  o.db = tmp.str("db");
  o.sources = {tmp.str("items.jsonl")};
  o.jobs = 2;
  o.progress = indexer::Progress::none;
  std::ostringstream err;
  indexer::IndexSummary s = indexer::run_index(o, err);
  INFO(err.str());
  REQUIRE(s.added == 4);
  CHECK(items_of(o.db, "zqtreaty") ==
        std::set<std::string>{"agency", "agency-bracket", "wire", "none"});
  CHECK(items_of(o.db, "zqtreaty place:london") == std::set<std::string>{"agency"});
  CHECK(items_of(o.db, "zqtreaty place:washington") == std::set<std::string>{"agency-bracket"});
  CHECK(items_of(o.db, "zqtreaty place:beijing") == std::set<std::string>{"wire"});
  CHECK(items_of(o.db, "place:london").count("none") == 0);
}
