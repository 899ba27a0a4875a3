// Copies of a statement in several items (docs/schema.md, "Copies"): one hit through Xapian's
// collapse key, so paging and counts stay right; the hit lists the items, earliest first.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "query/search/term_counts.h"
#include "schema/location.h"
#include "support/index_sources.h"
#include "support/seed_copies.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::kThreeSeedCopies;
using verbatim::testing::one_statement_item;
using verbatim::testing::seed_copies_jsonl;
using verbatim::testing::TempDir;

namespace {

query::QueryPlan plan_for(const Xapian::Database& db, std::vector<std::string> speakers,
                          std::vector<std::string> words = {}) {
  query::QueryRequest r;
  r.words = std::move(words);
  r.speakers = std::move(speakers);
  r.quotes = true;
  r.literal = true;
  return query::build_query(db, r);
}

query::SearchResult ask(Xapian::Database& db, const query::QueryPlan& plan, unsigned offset,
                        unsigned limit, bool all_copies = false) {
  query::HitOptions o;
  o.all_copies = all_copies;
  return query::search(db, plan, offset, limit, query::Order::relevance, o);
}

}  // namespace

TEST_CASE("paging over copies of the seed counts each statement once", "[copies]") {
  TempDir tmp;
  const std::string path = verbatim::testing::index_sources(
      tmp.str("db"), {tmp.write("copies.jsonl", seed_copies_jsonl(kThreeSeedCopies))});
  Xapian::Database db = schema::open_for_reading(path);
  const query::QueryPlan xi = plan_for(db, {"xi"});

  const Xapian::doccount distinct = query::count(db, xi);
  const Xapian::doccount every = query::count(db, xi, true);
  REQUIRE(distinct >= 3);
  CHECK(every == 3 * distinct);

  // One page at a time, two statements a page: every statement once, with its copies.
  std::set<std::string> texts;
  for (unsigned offset = 0; offset < distinct; offset += 2) {
    const query::SearchResult page = ask(db, xi, offset, 2);
    // An estimate before the last page, as for any statement search, not counting copies.
    CHECK(page.estimated < every);
    for (const query::Hit& h : page.hits) {
      CHECK(texts.insert(h.record["text"].get<std::string>()).second);
      CHECK(h.copy_items ==
            std::vector<std::string>{"cgtn/northeast", "wire-b/northeast", "wire-a/northeast"});
      CHECK(h.first_seen == "2023-09-08");
    }
  }
  CHECK(texts.size() == distinct);
  // A page past the last statement sees every paragraph: the count is exact.
  const query::SearchResult whole = ask(db, xi, 0, distinct + 1);
  CHECK(whole.exact);
  CHECK(whole.estimated == distinct);
  CHECK(whole.hits.size() == distinct);
  CHECK(ask(db, xi, distinct, 2).hits.empty());

  const query::SearchResult all = ask(db, xi, 0, 100, true);
  CHECK(all.hits.size() == every);
  CHECK(all.estimated == every);

  // Of every three statements of the index, two are copies.
  const Xapian::termcount statements = db.get_collection_freq("Kquote");
  CHECK(statements % 3 == 0);
  CHECK(query::copied_statements(db) == statements / 3 * 2);
}

TEST_CASE(
    "copies differ only in case, quotation marks and spaces; another speaker is another "
    "statement",
    "[copies]") {
  TempDir tmp;
  const std::string items =
      one_statement_item("a", R"(\"We will build the port,\" said Mayor Ana Ruiz.)") +
      one_statement_item("b", R"(“We  will BUILD the port,” Ruiz said.)") +
      one_statement_item("c", R"(\"We will build the port,\" said Minister Tom Vale.)");
  const std::string path =
      verbatim::testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", items)});
  Xapian::Database db = schema::open_for_reading(path);
  const query::SearchResult r = ask(db, plan_for(db, {}, {"port"}), 0, 10);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.estimated == 2);
  std::map<std::string, std::vector<std::string>> copies;  // speaker -> items
  for (const query::Hit& h : r.hits) copies[h.record["speaker"].get<std::string>()] = h.copy_items;
  CHECK(copies.size() == 2);
  const auto ruiz = copies.count("Ana Ruiz") ? copies["Ana Ruiz"] : copies["Ruiz"];
  CHECK(ruiz == std::vector<std::string>{"a", "b"});
  CHECK(copies["Tom Vale"] == std::vector<std::string>{"c"});
  CHECK(ask(db, plan_for(db, {}, {"port"}), 0, 10, true).hits.size() == 3);
  CHECK(query::copied_statements(db) == 1);
}
