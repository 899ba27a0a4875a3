// Index + query on a temporary database: what a user sees ranked first.
#include <catch2/catch.hpp>

#include <sstream>

#include "indexer/run_index.h"
#include "indexer/write/generations.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "query/search/term_counts.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "support/corpus_paths.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::kCorpusDir;
using verbatim::testing::TempDir;

namespace {

indexer::IndexSummary index_into(const std::string& db, std::vector<std::string> sources,
                                 bool prune = false) {
  indexer::IndexOptions o;
  o.db = db;
  o.sources = std::move(sources);
  o.jobs = 2;
  o.prune = prune;
  o.progress = indexer::Progress::none;
  std::ostringstream err;
  indexer::IndexSummary s = indexer::run_index(o, err);
  INFO(err.str());
  return s;
}

query::SearchResult ask(const std::string& db_path, std::vector<std::string> words,
                        std::vector<std::string> speakers = {}, bool literal = false) {
  Xapian::Database db = schema::open_for_reading(db_path);
  query::QueryRequest r;
  r.words = std::move(words);
  r.speakers = std::move(speakers);
  r.literal = literal;
  return query::search(db, query::build_query(db, r), 0, 10);
}

}  // namespace

TEST_CASE("the seed's paragraph 8 answers opening-up", "[index]") {
  TempDir tmp;
  auto s = index_into(tmp.str("db"), {kCorpusDir});
  CHECK(s.added >= 1);
  CHECK(s.failed == 0);
  auto r = ask(tmp.str("db"), {"opening-up"});
  REQUIRE_FALSE(r.hits.empty());
  CHECK(r.hits[0].record["para"] == 8);
  CHECK(r.hits[0].record["kind"] == "paragraph");
  CHECK(r.hits[0].marked_text.find("\x01opening-up\x02") != std::string::npos);
  // Highlighting never loses text, not even the closing quote after the last word.
  for (const auto& hit : ask(tmp.str("db"), {"port"}).hits)
    CHECK(query::strip_marks(hit.marked_text) == hit.record["text"].get<std::string>());
}

TEST_CASE("words are found the way a user types them", "[index]") {
  TempDir tmp;
  std::string jsonl =
      R"({"id":"a","title":"T","date":"2020-01-01","body":"The U.S. and China's COVID-19 talks on the Belt and Road Initiative."})"
      "\n"
      R"({"id":"b","title":"Other","date":"2021-05-01","body":"Nothing about that here at all."})"
      "\n";
  std::string file = tmp.write("items.jsonl", jsonl);
  index_into(tmp.str("db"), {file});
  for (std::vector<std::string> q :
       std::vector<std::vector<std::string>>{{"U.S."},
                                             {"US"},
                                             {"COVID-19"},
                                             {"covid-19"},
                                             {"China's"},
                                             {"china"},
                                             {"Belt and Road"},
                                             {"\"Belt and Road\""},
                                             {"talk"},
                                             {"BELT", "AND", "road"}}) {
    INFO(q[0]);
    auto r = ask(tmp.str("db"), q);
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].record["item"] == "a");
  }
  CHECK(ask(tmp.str("db"), {"talks", "NOT", "china"}).hits.empty());
  CHECK(ask(tmp.str("db"), {"date:2021-01-01..2021-12-31", "nothing"}).hits.size() == 1);
  CHECK(ask(tmp.str("db"), {"date:2021-01-01..2021-12-31", "talks"}).hits.empty());
}

TEST_CASE("re-indexing skips unchanged items and replaces changed ones", "[index]") {
  TempDir tmp;
  std::string file =
      tmp.write("c/items.jsonl", R"({"id":"a","title":"T","body":"alpha words.\n\nmore alpha."})"
                                 "\n"
                                 R"({"id":"b","title":"T","body":"beta words."})"
                                 "\n");
  auto first = index_into(tmp.str("db"), {tmp.str("c")});
  CHECK(first.added == 2);
  auto again = index_into(tmp.str("db"), {tmp.str("c")});
  CHECK(again.unchanged == 2);
  CHECK(again.added == 0);
  tmp.write("c/items.jsonl", R"({"id":"a","title":"T","body":"gamma words."})"
                             "\n");
  auto changed = index_into(tmp.str("db"), {tmp.str("c")}, /*prune=*/true);
  CHECK(changed.updated == 1);
  CHECK(changed.removed == 1);
  CHECK(ask(tmp.str("db"), {"alpha"}).hits.empty());
  CHECK(ask(tmp.str("db"), {"beta"}).hits.empty());
  CHECK(ask(tmp.str("db"), {"gamma"}).hits.size() == 1);
  Xapian::Database db = schema::open_for_reading(tmp.str("db"));
  CHECK(db.get_termfreq(schema::boolean_term(schema::Id::kind, "item")) == 1);
  CHECK(db.get_termfreq(schema::boolean_term(schema::Id::kind, "paragraph")) ==
        2);  // headline + 1 paragraph
}

TEST_CASE("bad query syntax is an error the user can read", "[index]") {
  TempDir tmp;
  index_into(tmp.str("db"), {kCorpusDir});
  CHECK_THROWS_AS(ask(tmp.str("db"), {"opening", "AND"}), query::QuerySyntaxError);
}

TEST_CASE("an index of another schema version is refused with the fix", "[index]") {
  TempDir tmp;
  index_into(tmp.str("db"), {kCorpusDir});
  {
    Xapian::WritableDatabase w(write::live_generation(tmp.str("db")));
    w.set_metadata(std::string(schema::kMetaSchemaVersion), "999");
    w.commit();
  }
  CHECK_THROWS_WITH(schema::open_for_reading(tmp.str("db")), Catch::Contains("--rebuild"));
}
