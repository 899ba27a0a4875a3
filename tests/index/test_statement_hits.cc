// Statement searches on paragraphs holding statements (docs/schema.md, "Documents"): each matching
// paragraph is shown as its statements that pass the query's statement filters, and paging
// counts those statements. Small fictional items indexed into a temporary database.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/location.h"
#include "support/index_sources.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::kBridge;
using verbatim::testing::kSplitQuote;
using verbatim::testing::kTwoSpeakers;
using verbatim::testing::TempDir;

namespace {

std::string index_items(const TempDir& tmp, const std::string& jsonl) {
  return verbatim::testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", jsonl)});
}

query::SearchResult ask(const std::string& db_path, std::vector<std::string> words,
                        std::vector<std::string> speakers = {}, bool quotes = false,
                        unsigned offset = 0, unsigned limit = 10) {
  Xapian::Database db = schema::open_for_reading(db_path);
  query::QueryRequest r;
  r.words = std::move(words);
  r.speakers = std::move(speakers);
  r.quotes = quotes;
  r.literal = true;
  return query::search(db, query::build_query(db, r), offset, limit);
}

std::string text_of(const query::Hit& hit) {
  return hit.record["text"].get<std::string>();
}

// `word` between the marks search() puts around matched words.
std::string marked(const std::string& word) {
  return std::string(1, query::kMarkStart) + word + query::kMarkEnd;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a paragraph with two speakers gives each speaker only their own statement",
          "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers);

  for (const char* name : {"Ana Ruiz", "ruiz", "Mayor Ana Ruiz"}) {
    INFO(name);
    auto r = ask(db, {}, {name});
    REQUIRE(r.hits.size() == 1);
    const auto& rec = r.hits[0].record;
    CHECK(r.hits[0].rank == 1);
    CHECK(rec["kind"] == "quote");
    CHECK(rec["item"] == "port-plans");
    CHECK(rec["para"] == 2);
    CHECK(rec["speaker"] == "Ana Ruiz");
    CHECK(rec["mention"] == "Mayor Ana Ruiz");
    CHECK(rec["statement_kind"] == "direct");
    CHECK(rec["cue"] == "said");
    // Her words, and nothing of Tom Vale's statement.
    CHECK(text_of(r.hits[0]) == "We will build the port");
  }

  for (std::vector<std::string> words : {std::vector<std::string>{}, {"speaker:vale"}}) {
    auto r = words.empty() ? ask(db, {}, {"Tom Vale"}) : ask(db, words);
    REQUIRE(r.hits.size() == 1);
    const auto& rec = r.hits[0].record;
    CHECK(rec["kind"] == "quote");
    CHECK(rec["para"] == 2);
    CHECK(rec["speaker"] == "Tom Vale");
    CHECK(rec["mention"] == "Minister Tom Vale");
    CHECK(rec["statement_kind"] == "indirect");
    CHECK(text_of(r.hits[0]) == "the budget was approved");
  }
}

TEST_CASE("a quotes search for a word of one statement shows that statement only", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers);

  auto budget = ask(db, {"budget"}, {}, /*quotes=*/true);
  REQUIRE(budget.hits.size() == 1);
  CHECK(budget.hits[0].record["kind"] == "quote");
  CHECK(budget.hits[0].record["speaker"] == "Tom Vale");
  CHECK(text_of(budget.hits[0]) == "the budget was approved");
  CHECK(contains(budget.hits[0].marked_text, marked("budget")));

  auto port = ask(db, {"port"}, {}, /*quotes=*/true);
  REQUIRE(port.hits.size() == 1);
  CHECK(port.hits[0].record["kind"] == "quote");
  CHECK(port.hits[0].record["speaker"] == "Ana Ruiz");
  CHECK(contains(port.hits[0].marked_text, marked("port")));

  // A plain keyword search still shows the whole paragraph.
  auto plain = ask(db, {"budget"});
  REQUIRE(plain.hits.size() == 1);
  CHECK(plain.hits[0].record["kind"] == "paragraph");
  CHECK(contains(text_of(plain.hits[0]), "Mayor Ana Ruiz"));
  CHECK(contains(text_of(plain.hits[0]), "the budget was approved"));
}

// Ana Ruiz: two statements in a paragraph, one holding "ferry fares" and one "ferry" only; one
// in a paragraph holding "ferry fares" outside it; one holding "ferry fares" in a long paragraph
// of another item (a lower BM25 weight than the first item's paragraphs).
const std::string kFerryItems =
    R"J({"id":"ferry-fares","title":"Ferry fares","date":"2024-03-04","source":"Test Wire","body":"The council met on Monday.\n\nMayor Ana Ruiz said the ferry timetable would change in spring. Ruiz added that the new ferry fares would be published in May.\n\nFerry fares rose in the winter. Ruiz said the harbour office had opened early.\n\nThe council will meet again next month."})J"
    "\n"
    R"J({"id":"ferry-workers","title":"Ferry workers","date":"2024-03-05","source":"Test Wire","body":"Dock workers gathered at the pier on Tuesday morning, where a small crowd of passengers and traders had waited since dawn for news of the strike and of the boats that would sail.\n\nAt the meeting, Mayor Ana Ruiz told the dock workers that the ferry fares for pensioners would not change this year, whatever the board decided about the other routes.\n\nThe council will meet again next month."})J"
    "\n";

TEST_CASE("a statement holding more of the words ranks above one whose paragraph holds them",
          "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kFerryItems);

  struct Case {
    std::vector<std::string> words;
    std::vector<std::string> speakers;
    bool quotes;
    std::vector<std::string> texts;  // in rank order
  };
  const std::vector<std::string> ferry_fares = {
      "the new ferry fares would be published in May",
      "the ferry fares for pensioners would not change this year, whatever the board decided "
      "about the other routes",
      "the ferry timetable would change in spring", "the harbour office had opened early"};
  for (const Case& c : {
           // both words in the first two (the second item's paragraph weighs less), one in the
           // third, none in the last (its paragraph holds them before it)
           Case{{"ferry fares"}, {"Ana Ruiz"}, false, ferry_fares},
           Case{{"ferry", "fares"}, {"ruiz"}, false, ferry_fares},
           Case{{"ferry fares"}, {}, true, ferry_fares},
           // one word: the statements holding it, then the one of a paragraph holding it
           Case{{"harbour"}, {"Ana Ruiz"}, false, {"the harbour office had opened early"}},
           Case{{"timetable spring"},
                {"Ana Ruiz"},
                false,
                {"the ferry timetable would change in spring"}},
       }) {
    std::string words;
    for (const std::string& w : c.words) words += w + " ";
    INFO(words);
    auto r = ask(db, c.words, c.speakers, c.quotes);
    std::vector<std::string> texts;
    for (const auto& hit : r.hits) texts.push_back(text_of(hit));
    CHECK(texts == c.texts);
    for (std::size_t i = 1; i < r.hits.size(); ++i) CHECK(r.hits[i - 1].score >= r.hits[i].score);
    // pages of one hit give the same order
    for (unsigned i = 0; i < c.texts.size(); ++i) {
      INFO("offset " << i);
      auto page = ask(db, c.words, c.speakers, c.quotes, /*offset=*/i, /*limit=*/1);
      REQUIRE(page.hits.size() == 1);
      CHECK(page.hits[0].rank == i + 1);
      CHECK(text_of(page.hits[0]) == c.texts[i]);
    }
  }
}

TEST_CASE("offset and limit count statements, not paragraphs", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kBridge);

  // Two statements in paragraph 2, one in paragraph 4, all by Lena Moss.
  auto all = ask(db, {}, {"Lena Moss"});
  REQUIRE(all.hits.size() == 3);
  for (unsigned i = 0; i < 3; ++i) {
    CHECK(all.hits[i].rank == i + 1);
    CHECK(all.hits[i].record["kind"] == "quote");
    CHECK(all.hits[i].record["speaker"] == "Lena Moss");
  }
  CHECK(all.hits[0].record["para"] == 2);
  CHECK(all.hits[1].record["para"] == 2);
  CHECK(all.hits[2].record["para"] == 4);
  CHECK(text_of(all.hits[1]) == "repairs would take six weeks");
  CHECK(text_of(all.hits[2]) == "the works would start in April");

  auto first = ask(db, {}, {"Lena Moss"}, false, /*offset=*/0, /*limit=*/2);
  REQUIRE(first.hits.size() == 2);
  for (unsigned i = 0; i < 2; ++i) {
    CHECK(first.hits[i].rank == i + 1);
    CHECK(first.hits[i].record == all.hits[i].record);
  }

  auto rest = ask(db, {}, {"Lena Moss"}, false, /*offset=*/2, /*limit=*/2);
  REQUIRE(rest.hits.size() == 1);
  CHECK(rest.hits[0].rank == 3);
  CHECK(rest.hits[0].record == all.hits[2].record);

  auto middle = ask(db, {}, {"Lena Moss"}, false, /*offset=*/1, /*limit=*/1);
  REQUIRE(middle.hits.size() == 1);
  CHECK(middle.hits[0].rank == 2);
  CHECK(middle.hits[0].record == all.hits[1].record);

  CHECK(ask(db, {}, {"Lena Moss"}, false, /*offset=*/3, /*limit=*/2).hits.empty());
}

TEST_CASE("filter-only queries return paragraphs, never item records", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers + kBridge);

  struct Case {
    const char* query;
    std::size_t passages;  // headline + body paragraphs of the matching item
  };
  for (Case c : {Case{"year:2024", 4}, Case{"year:2023", 5}, Case{"source:\"Test Wire\"", 4},
                 Case{"source:\"harbor daily\"", 5}, Case{"date:2023-01-01..2023-12-31", 5},
                 Case{"year:2024 source:\"Test Wire\"", 4}}) {
    INFO(c.query);
    auto r = ask(db, {c.query});
    CHECK(r.hits.size() == c.passages);
    for (const auto& hit : r.hits) {
      CHECK(hit.record["kind"] == "paragraph");
      CHECK(hit.record.contains("para"));
      CHECK(hit.record.contains("text"));
    }
  }
}

TEST_CASE("a keyword query ranks the same with and without kind:paragraph", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers + kBridge);

  for (const char* words : {"budget", "bridge", "port", "council meet", "\"six weeks\""}) {
    INFO(words);
    auto plain = ask(db, {words});
    auto kind = ask(db, {words, "kind:paragraph"});
    REQUIRE_FALSE(plain.hits.empty());
    REQUIRE(plain.hits.size() == kind.hits.size());
    for (std::size_t i = 0; i < plain.hits.size(); ++i) {
      INFO(i);
      CHECK(plain.hits[i].record["kind"] == "paragraph");
      CHECK(plain.hits[i].record == kind.hits[i].record);
      CHECK(plain.hits[i].score == Approx(kind.hits[i].score));
    }
  }
}

TEST_CASE("stmt: and cue: show only the matching statement of a paragraph", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers + kBridge);

  SECTION("stmt:direct") {
    auto r = ask(db, {"stmt:direct"});
    REQUIRE(r.hits.size() == 2);  // Ana Ruiz's quote, Lena Moss's first one
    for (const auto& hit : r.hits) {
      CHECK(hit.record["kind"] == "quote");
      CHECK(hit.record["statement_kind"] == "direct");
      CHECK(hit.record["para"] == 2);
    }
    std::set<std::string> speakers;
    for (const auto& hit : r.hits) speakers.insert(hit.record["speaker"].get<std::string>());
    CHECK(speakers == std::set<std::string>{"Ana Ruiz", "Lena Moss"});
  }
  SECTION("stmt:indirect") {
    auto r = ask(db, {"stmt:indirect"});
    REQUIRE(r.hits.size() == 3);
    std::set<std::string> texts;
    for (const auto& hit : r.hits) {
      CHECK(hit.record["kind"] == "quote");
      CHECK(hit.record["statement_kind"] == "indirect");
      texts.insert(text_of(hit));
    }
    CHECK(texts == std::set<std::string>{"the budget was approved", "repairs would take six weeks",
                                         "the works would start in April"});
  }
  SECTION("stmt:direct with the speaker's name") {
    auto r = ask(db, {"stmt:direct"}, {"Lena Moss"});
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].record["speaker"] == "Lena Moss");
    CHECK(r.hits[0].record["statement_kind"] == "direct");
    CHECK(text_of(r.hits[0]) == "The bridge is safe for traffic");
  }
  SECTION("cue:added") {
    auto r = ask(db, {"cue:added"});
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].record["kind"] == "quote");
    CHECK(r.hits[0].record["cue"] == "added");
    CHECK(r.hits[0].record["para"] == 2);
    CHECK(text_of(r.hits[0]) == "repairs would take six weeks");
  }
  SECTION("cue:said in the bridge item") {
    auto r = ask(db, {"cue:said", "item:bridge"});
    REQUIRE(r.hits.size() == 2);
    for (const auto& hit : r.hits) {
      CHECK(hit.record["cue"] == "said");
      CHECK_FALSE(contains(text_of(hit), "repairs"));
    }
  }
}

TEST_CASE("a split direct quote is one statement hit", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kSplitQuote);
  auto r = ask(db, {}, {"Ana Ruiz"});
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].record["kind"] == "quote");
  CHECK(r.hits[0].record["statement_kind"] == "direct");
  CHECK(r.hits[0].record["para"] == 2);
  CHECK(contains(text_of(r.hits[0]), "The harbour will open in May"));
  CHECK(contains(text_of(r.hits[0]), "and ferries will follow in June"));
}

// A statement hit's text is its words as `extract` gives them: not the paragraph's bytes
// begin..end, which hold a direct quote's quotation marks and comma, and a split quote's
// attribution.
TEST_CASE("a statement hit's text is the statement's words, as extract gives them",
          "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers);
  auto r = ask(db, {}, {"Ana Ruiz"});
  REQUIRE(r.hits.size() == 1);
  CHECK(text_of(r.hits[0]) == "We will build the port");

  TempDir split_tmp;
  const std::string split_db = index_items(split_tmp, kSplitQuote);
  auto s = ask(split_db, {}, {"Ana Ruiz"});
  REQUIRE(s.hits.size() == 1);
  CHECK_FALSE(contains(text_of(s.hits[0]), "Mayor Ana Ruiz said"));
  CHECK(text_of(s.hits[0]) == "The harbour will open in May ... and ferries will follow in June.");
}

// A statement is shown when it passes every statement filter of the query: a paragraph that
// matches the filters only through different statements shows none (not Ana Ruiz's quote for a
// search of Tom Vale's direct statements).
TEST_CASE("statement filters hold together on one statement", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kTwoSpeakers);
  // Tom Vale's only statement is indirect, Ana Ruiz's is direct.
  auto vale_direct = ask(db, {"stmt:direct"}, {"Tom Vale"});
  for (const auto& hit : vale_direct.hits) {
    CHECK(hit.record["speaker"] == "Tom Vale");
    CHECK(hit.record["statement_kind"] == "direct");
  }
  CHECK(vale_direct.hits.empty());
  auto ruiz_indirect = ask(db, {"speaker:ruiz", "stmt:indirect"});
  for (const auto& hit : ruiz_indirect.hits) {
    CHECK(hit.record["speaker"] == "Ana Ruiz");
    CHECK(hit.record["statement_kind"] == "indirect");
  }
  CHECK(ruiz_indirect.hits.empty());
}

// The match estimate of a statement search counts statements, not paragraphs (not "3 of about
// 2 matches" for Lena Moss's three statements in two paragraphs).
TEST_CASE("the match estimate of a statement search counts statements", "[statements]") {
  TempDir tmp;
  const std::string db = index_items(tmp, kBridge);
  auto r = ask(db, {}, {"Lena Moss"});
  REQUIRE(r.hits.size() == 3);
  CHECK(r.estimated == 3);
}
