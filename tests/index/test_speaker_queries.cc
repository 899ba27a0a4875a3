// Quote lookup by speaker on a temporary index of the bundled corpus.
#include <catch2/catch.hpp>

#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "query/search/term_counts.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "support/corpus_index.h"
#include "support/temp_dir.h"

using namespace verbatim;

namespace {

const std::string& corpus_index() {
  return verbatim::testing::bundled_corpus_index();
}

struct Answer {
  query::QueryPlan plan;
  query::SearchResult result;
};

Answer ask(query::QueryRequest r) {
  Xapian::Database db = schema::open_for_reading(corpus_index());
  Answer a;
  a.plan = query::build_query(db, r);
  a.result = query::search(db, a.plan, 0, 10);
  return a;
}

}  // namespace

TEST_CASE("speaker xi and opening-up give the seed's paragraph-8 quote", "[speaker]") {
  for (const char* name :
       {"xi", "Xi", "Xi Jinping", "President Xi", "XI JINPING", "the Xi Jinping", "Xí Jinping"}) {
    INFO(name);
    query::QueryRequest r;
    r.words = {"opening-up"};
    r.speakers = {name};
    Answer a = ask(r);
    REQUIRE_FALSE(a.result.hits.empty());
    const auto& top = a.result.hits[0].record;
    CHECK(top["kind"] == "quote");
    CHECK(top["para"] == 8);
    CHECK(top["speaker"] == "Xi Jinping");
    CHECK(top["cue"] == "said");
    CHECK(a.plan.speakers_resolved == std::vector<std::string>{"Xi Jinping"});
  }
}

TEST_CASE("a question names the speaker and the topic", "[speaker]") {
  query::QueryRequest r;
  r.words = {"Xi's quotes on opening-up"};
  Answer a = ask(r);
  CHECK(a.plan.question);
  REQUIRE_FALSE(a.result.hits.empty());
  CHECK(a.result.hits[0].record["para"] == 8);
  CHECK(a.result.hits[0].record["speaker"] == "Xi Jinping");
  REQUIRE_FALSE(a.plan.notes.empty());
  CHECK_THAT(a.plan.notes[0], Catch::Contains("Xi Jinping"));

  query::QueryRequest literal = r;
  literal.literal = true;
  Answer l = ask(literal);
  CHECK_FALSE(l.plan.question);
}

TEST_CASE("questions in other words keep their whole topic", "[speaker]") {
  struct Case {
    const char* question;
    int para;
  };
  for (Case c :
       {Case{"quotes by Xi on food security", 11},
        Case{"What did Xi Jinping say about opening-up?", 8},
        Case{"Xi's remarks on agricultural technology", 12}, Case{"Xi on food security", 11},
        Case{"Xi Jinping about agricultural technology", 12}}) {
    INFO(c.question);
    query::QueryRequest r;
    r.words = {c.question};
    Answer a = ask(r);
    CHECK(a.plan.question);
    REQUIRE_FALSE(a.result.hits.empty());
    CHECK(a.result.hits[0].record["para"] == c.para);
    CHECK(a.result.hits[0].record["speaker"] == "Xi Jinping");
  }
}

TEST_CASE("a speaker first and on/about make a question only with a topic after", "[speaker]") {
  struct Case {
    const char* words;
    bool question;
  };
  for (Case c : {Case{"the governor on inflation", true}, Case{"Xi on", false},
                 Case{"food security on Xi", false}, Case{"security on farms", false}}) {
    INFO(c.words);
    query::QueryRequest r;
    r.words = {c.words};
    CHECK(ask(r).plan.question == c.question);
  }
}

TEST_CASE("a speaker can be named by how the items describe them", "[speaker]") {
  for (const char* role : {"the Chinese president", "Chinese President", "the governor"}) {
    INFO(role);
    query::QueryRequest r;
    r.speakers = {role};
    Answer a = ask(r);
    REQUIRE_FALSE(a.result.hits.empty());
    std::string expected =
        std::string(role).find("governor") != std::string::npos ? "Amara Okonkwo" : "Xi Jinping";
    for (const auto& hit : a.result.hits) CHECK(hit.record["speaker"] == expected);
    REQUIRE_FALSE(a.plan.notes.empty());
    CHECK_THAT(a.plan.notes[0], Catch::Contains("call " + expected));
  }
  query::QueryRequest q;
  q.words = {"what has the governor said about inflation"};
  Answer a = ask(q);
  CHECK(a.plan.question);
  REQUIRE_FALSE(a.result.hits.empty());
  CHECK(a.result.hits[0].record["speaker"] == "Amara Okonkwo");
}

TEST_CASE("role: finds the statements whose speaker the text described so", "[speaker]") {
  struct Case {
    const char* query;
    const char* role;
    const char* speaker;
  };
  for (Case c : {Case{"role:\"chinese president\"", "chinese president", "Xi Jinping"},
                 Case{"role:governor", "governor", "Amara Okonkwo"},
                 Case{"role:Governor inflation", "governor", "Amara Okonkwo"}}) {
    INFO(c.query);
    query::QueryRequest r;
    r.words = {c.query};
    Answer a = ask(r);
    CHECK(a.plan.statements);
    REQUIRE_FALSE(a.result.hits.empty());
    for (const auto& hit : a.result.hits) {
      CHECK(hit.record["kind"] == "quote");
      CHECK(hit.record["speaker"] == c.speaker);
      CHECK(hit.record["role"] ==
            c.role);  // statements of the paragraph described otherwise: not shown
    }
  }
  query::QueryRequest none;
  none.words = {"role:astronaut"};
  CHECK(ask(none).result.hits.empty());
}

TEST_CASE("speaker: inside a query, and kind:quote", "[speaker]") {
  query::QueryRequest r;
  r.words = {"speaker:xi", "opening-up"};
  Answer a = ask(r);
  REQUIRE_FALSE(a.result.hits.empty());
  CHECK(a.result.hits[0].record["speaker"] == "Xi Jinping");
  query::QueryRequest kind;
  kind.words = {"kind:quote"};
  Answer k = ask(kind);
  CHECK(k.result.hits.size() >= 6);
  for (const auto& hit : k.result.hits) CHECK(hit.record["kind"] == "quote");
}

TEST_CASE("speaker counts: Xi Jinping has the seed's 6 statements", "[speaker]") {
  Xapian::Database db = schema::open_for_reading(corpus_index());
  query::QueryRequest r;
  r.quotes = true;
  auto counts = query::count_terms(db, query::build_query(db, r).query,
                                   schema::prefix_of(schema::Id::speaker));
  bool found = false;
  for (const auto& [name, n] : counts)
    if (name == "xi jinping") {
      found = true;
      CHECK(n == 6);
    }
  CHECK(found);
}
