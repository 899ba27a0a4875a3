// Statement searches by when statements were said (docs/schema.md, "When it was said"):
// --since/--until and said: filter on each statement's said_on, not its item's date, and
// --sort newest|oldest orders statements by it, across paragraphs and pages. Searches of
// passages keep the item's date. Small fictional items indexed into a temporary database.
#include <catch2/catch.hpp>

#include <set>

#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/location.h"
#include "support/index_sources.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;

namespace {

// said_on of the statements (as indexed): port p2: Ruiz 2022-08 ("in August last year", in an
// item of 2023), Vale 2023-03-10; port p3: Ruiz 2023-03-10; harbour p2: Ruiz 2021-05-04; bay p2:
// Ruiz 2021-03 ("in March 2021"), Vale 2023-12-01; bay p3: Ruiz 2023-06 ("in June").
const std::string kItems =
    R"J({"id":"port","title":"Port plans","date":"2023-03-10","source":"Test Wire","body":"Officials met on Monday.\n\nMayor Ana Ruiz said in August last year that the port would grow. \"The budget for the port is approved,\" Minister Tom Vale said.\n\n\"Ferries will return to the port,\" said Ana Ruiz."})J"
    "\n"
    R"J({"id":"harbour","title":"Harbour closed","date":"2021-05-04","source":"Test Wire","body":"Officials met on Monday.\n\nMayor Ana Ruiz said the port was closed for repairs."})J"
    "\n"
    R"J({"id":"bay","title":"Bay works","date":"2023-12-01","source":"Test Wire","body":"Officials met on Monday.\n\nMayor Ana Ruiz said in March 2021 that the port needed money. \"The port will open in spring,\" Minister Tom Vale said.\n\n\"The port has more ships,\" Mayor Ana Ruiz said in June."})J"
    "\n";

struct Ask {
  std::vector<std::string> words = {"port"};
  std::vector<std::string> speakers;
  bool quotes = true;
  std::string since, until;
  query::Order order = query::Order::relevance;
};

query::QueryPlan plan_of(Xapian::Database& db, const Ask& a) {
  query::QueryRequest r;
  r.words = a.words;
  r.speakers = a.speakers;
  r.quotes = a.quotes;
  r.since = a.since;
  r.until = a.until;
  r.literal = true;
  return query::build_query(db, r);
}

std::vector<query::Hit> hits_of(const std::string& path, const Ask& a, unsigned offset = 0,
                                unsigned limit = 50) {
  Xapian::Database db = schema::open_for_reading(path);
  return query::search(db, plan_of(db, a), offset, limit, a.order).hits;
}

// "speaker said_on" of each hit, in order.
std::vector<std::string> said(const std::vector<query::Hit>& hits) {
  std::vector<std::string> out;
  for (const query::Hit& h : hits)
    out.push_back(h.record.value("speaker", "") + " " + h.record.value("said_on", ""));
  return out;
}

std::multiset<std::string> said_set(const std::vector<query::Hit>& hits) {
  const auto v = said(hits);
  return {v.begin(), v.end()};
}

std::vector<std::string> dates_only(const std::vector<query::Hit>& hits) {
  std::vector<std::string> out;
  for (const query::Hit& h : hits) out.push_back(h.record.value("said_on", ""));
  return out;
}

// Ana Ruiz's statements, whatever their words.
Ask by_ruiz() {
  Ask a;
  a.words.clear();
  a.speakers = {"ruiz"};
  return a;
}

std::string index_items(const TempDir& tmp) {
  return verbatim::testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", kItems)});
}

}  // namespace

TEST_CASE("a statement search: --since and --until filter on said_on, not the item date",
          "[statements][said_on]") {
  TempDir tmp;
  const std::string db = index_items(tmp);
  REQUIRE(said_set(hits_of(db, by_ruiz())).size() == 5);
  struct Case {
    const char* since;
    const char* until;
    std::multiset<std::string> found;
  };
  const std::vector<Case> cases = {
      // the statement said in 2022-08 is left out of its item of 2023, the one of 2021-03 too
      {"2023", "", {"Ana Ruiz 2023-03-10", "Ana Ruiz 2023-06"}},
      {"", "2022-12", {"Ana Ruiz 2022-08", "Ana Ruiz 2021-05-04", "Ana Ruiz 2021-03"}},
      // a month is in a range holding any of its days
      {"2022-08-15", "2022-08-20", {"Ana Ruiz 2022-08"}},
      {"", "2021-03-01", {"Ana Ruiz 2021-03"}},
      {"2023-06-30", "2023-06-30", {"Ana Ruiz 2023-06"}},
      {"2023-07", "2023-11", {}},
  };
  for (const Case& c : cases) {
    INFO(c.since << ".." << c.until);
    Ask a = by_ruiz();
    a.since = c.since;
    a.until = c.until;
    CHECK(said_set(hits_of(db, a)) == c.found);
    Xapian::Database x = schema::open_for_reading(db);
    CHECK(query::count(x, plan_of(x, a)) == c.found.size());
  }
}

TEST_CASE("a paragraph with statements said in and out of the range shows the one in it",
          "[statements][said_on]") {
  TempDir tmp;
  const std::string db = index_items(tmp);
  Ask a;
  a.since = "2023-03";
  CHECK(said_set(hits_of(db, a)) ==
        std::multiset<std::string>{"Tom Vale 2023-03-10", "Ana Ruiz 2023-03-10",
                                   "Tom Vale 2023-12-01", "Ana Ruiz 2023-06"});
  // said: in the query text reads the same way
  Ask q;
  q.words = {"port", "said:2022..2022"};
  q.quotes = false;
  CHECK(said(hits_of(db, q)) == std::vector<std::string>{"Ana Ruiz 2022-08"});
}

TEST_CASE("a search of passages keeps the item date for --since", "[said_on]") {
  TempDir tmp;
  const std::string db = index_items(tmp);
  Ask a;
  a.quotes = false;
  a.words = {"port"};
  a.since = "2023";
  std::set<std::string> items;
  for (const query::Hit& h : hits_of(db, a)) items.insert(h.record.value("item", ""));
  // port's paragraph 2 holds a statement said in 2022-08: the passage is of 2023
  CHECK(items == std::set<std::string>{"port", "bay"});
}

TEST_CASE("a statement search: --sort newest and oldest order by said_on, across pages",
          "[statements][said_on][sort]") {
  TempDir tmp;
  const std::string db = index_items(tmp);
  // bay's paragraph 2 holds the newest statement and one of the oldest: the statements of
  // other paragraphs go between them
  const std::vector<std::string> newest = {"2023-12-01", "2023-06",    "2023-03-10", "2023-03-10",
                                           "2022-08",    "2021-05-04", "2021-03"};
  const std::vector<std::string> oldest(newest.rbegin(), newest.rend());
  for (const auto order : {query::Order::newest, query::Order::oldest}) {
    Ask a;
    a.order = order;
    const auto& expected = order == query::Order::newest ? newest : oldest;
    CHECK(dates_only(hits_of(db, a)) == expected);
    std::vector<std::string> paged;  // one hit a page
    for (unsigned offset = 0; offset < expected.size(); ++offset)
      for (const std::string& d : dates_only(hits_of(db, a, offset, 1))) paged.push_back(d);
    CHECK(paged == expected);
  }
}
