// A question whose statements do not hold its words ("what did Ruperto say about the rail
// link", said in a paragraph the extractor gives no statement): the page goes on with the
// passages naming the speaker and holding the words, after the statements that do. Small
// fictional items indexed into a temporary database.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/location.h"
#include "support/index_sources.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;

namespace {

// Carlos Ruperto speaks in paragraphs 1 and 3; paragraph 2 names him with the rail link, but
// states nothing; paragraph 4 has the rail link without him.
const char* const kItems =
    R"({"id": "rail-1", "date": "2024-05-02", "title": "Port city weighs new rail link", "body": )"
    R"("Mayor Carlos Ruperto said on Monday the harbour would reopen in June.\n\n)"
    R"(A rail link to the airport, long backed by Ruperto, is now due to open in 2027.\n\n)"
    R"(\"We will keep the ferries running,\" Ruperto said.\n\n)"
    R"(Engineers finished the rail link survey in March."})"
    "\n";

struct Answer {
  query::QueryPlan plan;
  query::SearchResult result;
};

Answer ask(const std::string& db_path, const std::string& question, bool all_words = false) {
  Xapian::Database db = schema::open_for_reading(db_path);
  query::QueryRequest r;
  r.words = {question};
  r.all_words = all_words;
  Answer a;
  a.plan = query::build_query(db, r);
  a.result = query::search(db, a.plan, 0, 10);
  return a;
}

std::vector<std::pair<std::string, int>> kinds_and_paras(const query::SearchResult& result) {
  std::vector<std::pair<std::string, int>> out;
  for (const query::Hit& h : result.hits)
    out.emplace_back(h.record["kind"].get<std::string>(), h.record["para"].get<int>());
  return out;
}

}  // namespace

TEST_CASE("a question no statement answers goes on with passages naming the speaker",
          "[question]") {
  TempDir tmp;
  const std::string db =
      verbatim::testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", kItems)});
  Answer a = ask(db, "what did Ruperto say about the rail link");
  REQUIRE(a.plan.question);
  CHECK(a.plan.speakers_resolved == std::vector<std::string>{"Carlos Ruperto"});
  // paragraph 2 (named, all the words) only: paragraph 4 does not name him
  CHECK(kinds_and_paras(a.result) == std::vector<std::pair<std::string, int>>{{"paragraph", 2}});
  CHECK(a.result.passages == 1);
  CHECK(a.result.estimated == 0);

  SECTION("a full name typed finds the passage naming the surname alone") {
    Answer full = ask(db, "what did Carlos Ruperto say about the rail link");
    CHECK(kinds_and_paras(full.result) ==
          std::vector<std::pair<std::string, int>>{{"paragraph", 2}});
  }
  SECTION("statements holding the words come first") {
    Answer b = ask(db, "what did Ruperto say about the harbour");
    CHECK(b.result.passages == 0);
    REQUIRE_FALSE(b.result.hits.empty());
    CHECK(b.result.hits[0].record["kind"] == "quote");
    CHECK(b.result.hits[0].record["para"] == 1);
  }
  SECTION("--all-words keeps statements only") {
    Answer c = ask(db, "what did Ruperto say about the rail link", true);
    CHECK(c.plan.passages.empty());
    CHECK(c.result.hits.empty());
  }
}

namespace {

// Carlos Ruperto in paragraph 1: a statement about the harbour, then a sentence of his the
// extractor gives no statement (the islanders' burden); in paragraph 2 a statement about the
// ferry tax.
const char* const kFerryTax =
    R"({"id": "ferry-tax", "date": "2024-05-03", "title": "Ferry tax", "body": )"
    R"("Mayor Carlos Ruperto said on Tuesday the harbour would reopen in June. For him the ferry )"
    R"(tax was a burden the islanders could not carry.\n\n)"
    R"(Ruperto said the ferry tax would be cut in May.\n\n)"
    R"(The council met again on Friday."})"
    "\n";

}  // namespace

TEST_CASE("a paragraph whose statements hold none of a question's words is shown as a passage",
          "[question]") {
  TempDir tmp;
  const std::string db =
      verbatim::testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", kFerryTax)});
  struct Case {
    const char* question;
    std::vector<std::pair<std::string, int>> hits;  // kind and paragraph, in rank order
    unsigned passages;
  };
  for (const Case& c : {
           // the words only in the sentence with no statement: the paragraph, not the
           // statement about the harbour
           Case{"what did Ruperto say about islanders burden", {{"paragraph", 1}}, 1},
           Case{"Ruperto on the islanders' burden", {{"paragraph", 1}}, 1},
           // the statement holding the words first, then the paragraph holding them elsewhere
           Case{"what did Ruperto say about the ferry tax", {{"quote", 2}, {"paragraph", 1}}, 1},
           // a statement holding the word: no passage
           Case{"what did Ruperto say about the harbour", {{"quote", 1}}, 0},
       }) {
    INFO(c.question);
    Answer a = ask(db, c.question);
    REQUIRE(a.plan.question);
    CHECK(kinds_and_paras(a.result) == c.hits);
    CHECK(a.result.passages == c.passages);
  }
  SECTION("--all-words and --speaker keep the statements") {
    // the statements of the paragraph holding the words, as before
    Answer b = ask(db, "what did Ruperto say about islanders burden", true);
    CHECK(kinds_and_paras(b.result) == std::vector<std::pair<std::string, int>>{{"quote", 1}});
    Xapian::Database d = schema::open_for_reading(db);
    query::QueryRequest r;
    r.words = {"islanders burden"};
    r.speakers = {"Ruperto"};
    const query::SearchResult s = query::search(d, query::build_query(d, r), 0, 10);
    CHECK(kinds_and_paras(s) == std::vector<std::pair<std::string, int>>{{"quote", 1}});
  }
}
