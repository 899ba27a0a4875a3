// From a hit to its story, and exact counts, on temporary indexes: an item's paragraphs read
// back in order (ids with colons, long ids), ITEM:PARA arguments, exact counts equal to the hits
// a query lists, snippets of long paragraphs, one hit per item.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "query/search/stored_item.h"
#include "schema/location.h"
#include "support/batch_support.h"
#include "support/index_sources.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::kBridge;
using verbatim::testing::kTwoSpeakers;
using verbatim::testing::TempDir;

namespace {

std::string index_items(const TempDir& tmp, const std::vector<std::string>& sources) {
  return verbatim::testing::index_sources(tmp.str("db"), sources);
}

const std::string kLongId = "https://example.org/news/" + std::string(200, 'x') + ":1";

// An id with colons (a URL), a long one, and a paragraph of about 4,000 characters with the
// word "harbour" once, near its end.
std::string items() {
  std::string long_para;
  for (int i = 0; i < 60; ++i) long_para += "The committee reviewed the annual figures again. ";
  long_para += "Then the harbour plan was approved. ";
  for (int i = 0; i < 20; ++i) long_para += "Members discussed the budget at length. ";
  return kTwoSpeakers + kBridge +
         R"({"id":"https://example.org/a:b","title":"Colons in ids","date":"2024-01-02","body":"First paragraph.\n\nSecond paragraph.\n\nThird paragraph."})"
         "\n" +
         R"({"id":")" + kLongId +
         R"(","title":"A long id","date":"2024-01-03","body":"Only paragraph about ferries."})"
         "\n" +
         R"({"id":"long","title":"Long paragraph","date":"2024-01-04","body":")" + long_para +
         R"("})"
         "\n";
}

query::QueryPlan plan(const Xapian::Database& db, std::vector<std::string> words,
                      std::vector<std::string> speakers = {}, bool quotes = false) {
  query::QueryRequest r;
  r.words = std::move(words);
  r.speakers = std::move(speakers);
  r.quotes = quotes;
  r.literal = true;
  r.all_words = true;
  return query::build_query(db, r);
}

}  // namespace

TEST_CASE("an item's paragraphs are read back in order with their statements", "[index][show]") {
  TempDir tmp;
  Xapian::Database db =
      schema::open_for_reading(index_items(tmp, {tmp.write("items.jsonl", items())}));
  auto bridge = query::find_item(db, "bridge");
  REQUIRE(bridge);
  CHECK(bridge->record["title"] == "Bridge repairs");
  REQUIRE(bridge->paragraphs.size() == 5);  // headline and four paragraphs
  for (int p = 0; p < 5; ++p) CHECK(bridge->paragraphs[p]["para"] == p);
  CHECK(bridge->paragraphs[2]["statements"].size() == 2);
  CHECK(bridge->paragraphs[2]["statements"][0]["speaker"] == "Lena Moss");
  CHECK(bridge->paragraphs[3].count("statements") == 0);

  CHECK_FALSE(query::find_item(db, "Bridge"));  // ids are exact, case kept
  CHECK_FALSE(query::find_item(db, "nothing"));
  auto long_id = query::find_item(db, kLongId);
  REQUIRE(long_id);
  CHECK(long_id->paragraphs.size() == 2);
  // An id that shares the long id's first 120 bytes is another item.
  CHECK_FALSE(query::find_item(db, kLongId.substr(0, 150)));

  auto around = query::paragraphs_around(*bridge, 3, 1);
  REQUIRE(around.size() == 3);
  CHECK(around.front()["para"] == 2);
  CHECK(around.back()["para"] == 4);
  CHECK(query::paragraphs_around(*bridge, 4, 3).size() == 4);  // clipped at the end
  CHECK(query::find_paragraph(*bridge, 4));
  CHECK_FALSE(query::find_paragraph(*bridge, 5));
}

TEST_CASE("ITEM:PARA names a paragraph when ITEM is an item; ids may hold colons",
          "[index][show]") {
  TempDir tmp;
  Xapian::Database db =
      schema::open_for_reading(index_items(tmp, {tmp.write("items.jsonl", items())}));
  struct Case {
    std::string arg, item;
    std::optional<int> para;
  };
  for (const Case& c : std::vector<Case>{
           {"bridge", "bridge", std::nullopt},
           {"bridge:2", "bridge", 2},
           {"https://example.org/a:b", "https://example.org/a:b", std::nullopt},
           {"https://example.org/a:b:3", "https://example.org/a:b", 3},
           {kLongId, kLongId, std::nullopt},  // ends in ":1" but its prefix is no item
           {kLongId + ":1", kLongId, 1},
           {"nothing:2", "nothing:2", std::nullopt},
           {"bridge:", "bridge:", std::nullopt},
       }) {
    INFO(c.arg);
    const query::ItemRef ref = query::parse_item_ref(db, c.arg);
    CHECK(ref.item == c.item);
    CHECK(ref.para == c.para);
  }
}

TEST_CASE("count is exact and equals the hits a query lists", "[index][count]") {
  TempDir tmp;
  const std::string corpus = tmp.str("feed.jsonl");
  verbatim::testing::write_corpus(corpus, 60);
  Xapian::Database db =
      schema::open_for_reading(index_items(tmp, {corpus, tmp.write("items.jsonl", items())}));
  struct Case {
    std::vector<std::string> words, speakers;
    bool quotes;
  };
  for (const Case& c : std::vector<Case>{{{"tariffs"}, {}, false},
                                         {{"officials"}, {}, false},
                                         {{"grain"}, {"Anna Berg"}, false},
                                         {{"percent"}, {}, true},
                                         {{}, {"Lena Moss"}, false},
                                         {{"nothing-like-this"}, {}, false}}) {
    INFO(c.words.size() << " words, " << c.speakers.size() << " speakers");
    const query::QueryPlan p = plan(db, c.words, c.speakers, c.quotes);
    const query::SearchResult all = query::search(db, p, 0, 10000);
    CHECK(query::count(db, p) == all.hits.size());
    CHECK(all.exact);
  }
  // Statements count as statements: Lena Moss has three in two paragraphs.
  CHECK(query::count(db, plan(db, {}, {"Lena Moss"})) == 3);
}

TEST_CASE("a long paragraph's snippet is a window around the matched word", "[index][snippet]") {
  TempDir tmp;
  Xapian::Database db =
      schema::open_for_reading(index_items(tmp, {tmp.write("items.jsonl", items())}));
  query::HitOptions shown;
  shown.snippet_bytes = 200;
  const query::SearchResult r =
      query::search(db, plan(db, {"harbour"}), 0, 10, query::Order::relevance, shown);
  REQUIRE(r.hits.size() == 1);
  const query::Hit& hit = r.hits[0];
  const std::string text = hit.record["text"];
  REQUIRE(text.size() > 3000);
  CHECK(hit.marked_snippet.size() <= 200 + 8);
  CHECK(hit.marked_snippet.find(std::string(1, query::kMarkStart) + "harbour") !=
        std::string::npos);
  CHECK(hit.marked_snippet.rfind(std::string(query::kEllipsis), 0) == 0);  // text left out before
  // The whole text stays marked too, and the offsets point at the word in it.
  CHECK(query::strip_marks(hit.marked_text) == text);
  const auto spans = query::mark_offsets(hit.marked_text);
  REQUIRE(spans.size() == 1);
  CHECK(text.substr(spans[0].first, spans[0].second - spans[0].first) == "harbour");
  // A short paragraph is its own snippet.
  const query::SearchResult ferries =
      query::search(db, plan(db, {"ferries"}), 0, 10, query::Order::relevance, shown);
  REQUIRE(ferries.hits.size() == 1);
  CHECK(ferries.hits[0].marked_snippet == ferries.hits[0].marked_text);
}

TEST_CASE("distinct items: one hit per item, best first", "[index][search]") {
  TempDir tmp;
  Xapian::Database db =
      schema::open_for_reading(index_items(tmp, {tmp.write("items.jsonl", items())}));
  const query::QueryPlan p = plan(db, {"paragraph"});
  // Three paragraphs of one item, one of the long id's item, the headline of a third.
  const auto all = query::search(db, p, 0, 10);
  CHECK(all.hits.size() == 5);
  query::HitOptions distinct;
  distinct.distinct_items = true;
  const auto one = query::search(db, p, 0, 10, query::Order::relevance, distinct);
  REQUIRE(one.hits.size() == 3);
  std::set<std::string> items;
  for (const query::Hit& h : one.hits) items.insert(h.record["item"].get<std::string>());
  CHECK(items == std::set<std::string>{"https://example.org/a:b", kLongId, "long"});
  CHECK(one.hits[0].record["item"] == all.hits[0].record["item"]);  // each item's best, in order
}
