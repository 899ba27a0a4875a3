// title: and year: on the bundled corpus: filters computed at query time (headline words live on
// item documents, years are read from the date slot).
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/location.h"
#include "support/corpus_index.h"
#include "support/temp_dir.h"

using namespace verbatim;

namespace {

const std::string& corpus_index() {
  return verbatim::testing::bundled_corpus_index();
}

query::SearchResult ask(const std::string& words, unsigned limit = 50) {
  Xapian::Database db = schema::open_for_reading(corpus_index());
  query::QueryRequest r;
  r.words = {words};
  r.literal = true;
  return query::search(db, query::build_query(db, r), 0, limit);
}

std::set<std::string> items_of(const query::SearchResult& r) {
  std::set<std::string> items;
  for (const auto& hit : r.hits) items.insert(hit.record["item"].get<std::string>());
  return items;
}

}  // namespace

TEST_CASE("title: keeps the items whose headline has the words", "[fields]") {
  const std::set<std::string> seed = {"2023-09-08-cgtn-northeast-revitalization.txt"};
  // Stemmed ("revitalize" finds "revitalization"), case-insensitive, a phrase counts as its words.
  for (const char* q : {"title:revitalization", "title:Revitalize", "title:\"northeast region\""}) {
    INFO(q);
    auto r = ask(q);
    REQUIRE_FALSE(r.hits.empty());
    CHECK(items_of(r) == seed);
    for (const auto& hit : r.hits) CHECK(hit.record["kind"] == "paragraph");
  }
  // With words: the seed's paragraph 8 is the only one with opening-up.
  auto r = ask("opening-up title:northeast");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].record["para"] == 8);
  // A headline word of another item excludes the seed.
  CHECK(ask("opening-up title:valmora").hits.empty());
  CHECK(ask("title:zzzzq").hits.empty());
}

TEST_CASE("year: keeps the items dated that year", "[fields]") {
  auto y2023 = ask("year:2023");
  auto y2024 = ask("year:2024");
  REQUIRE_FALSE(y2023.hits.empty());
  REQUIRE_FALSE(y2024.hits.empty());
  for (const auto& hit : y2023.hits)
    CHECK(hit.record["date"].get<std::string>().substr(0, 4) == "2023");
  for (const auto& hit : y2024.hits)
    CHECK(hit.record["date"].get<std::string>().substr(0, 4) == "2024");
  CHECK(ask("year:1999").hits.empty());
  Xapian::Database db = schema::open_for_reading(corpus_index());
  query::QueryRequest bad;
  bad.words = {"year:20x4"};
  CHECK_THROWS_AS(query::build_query(db, bad), query::QuerySyntaxError);
}
