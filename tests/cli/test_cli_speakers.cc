// `verbatim speakers` and `--speaker` end to end: one row per identity with its forms and
// roles, UNKNOWN last or left out with --named, a surname finding the full name's statements.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>

#include "support/json_lines.h"
#include "support/run_command.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

constexpr auto item = verbatim::testing::one_statement_item;

std::string index_corpus(const TempDir& tmp) {
  const std::string items = tmp.write(
      "items.jsonl", item("wall", "US President Donald Trump said the wall would be built soon.") +
                         item("taxes", "Trump said taxes would fall next year.") +
                         item("trade", "Donald J. Trump said trade was fair to farmers.") +
                         item("ports", "Officials said the ports would reopen.") +
                         item("peace", "President Volodymyr Zelensky said peace was near.") +
                         item("talks", "Volodymyr Zelenskyy said talks would go on in Paris."));
  const std::string db = tmp.str("db");
  auto r = run_verbatim({"index", "--db", db, items});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return db;
}

std::vector<nlohmann::json> rows(const std::vector<std::string>& args) {
  return verbatim::testing::json_lines(args);
}

}  // namespace

TEST_CASE("speakers lists identities with aliases and roles, UNKNOWN last", "[cli][speakers]") {
  TempDir tmp;
  const std::string db = index_corpus(tmp);
  const auto all = rows({"speakers", "--db", db, "--format", "jsonl"});
  REQUIRE(all.size() == 3);
  CHECK(all[0]["name"] == "Donald Trump");
  CHECK(all[0]["statements"] == 3);
  CHECK(all[0]["aliases"] == nlohmann::json({"Donald J. Trump", "Donald Trump", "Trump"}));
  CHECK(all[0]["roles"] == nlohmann::json({"us president"}));
  CHECK(all[1]["name"] == "Volodymyr Zelensky");
  CHECK(all[1]["aliases"].size() == 2);
  CHECK(all[1]["roles"] == nlohmann::json({"president"}));
  CHECK(all[2]["name"] == "UNKNOWN");
  const auto named = rows({"speakers", "--db", db, "--format", "jsonl", "--named"});
  REQUIRE(named.size() == 2);
  for (const auto& row : named) CHECK(row["name"] != "UNKNOWN");

  auto text = run_verbatim({"speakers", "--db", db, "--named"});
  REQUIRE(text.status == 0);
  CHECK(lines(text.out).at(0) == "     3  Donald Trump  (also Donald J. Trump, Trump)");
}

TEST_CASE("a surname as --speaker finds every statement of Donald Trump", "[cli][speakers]") {
  TempDir tmp;
  const std::string db = index_corpus(tmp);
  for (const char* name : {"trump", "Donald Trump", "donald j. trump"}) {
    INFO(name);
    const auto hits = rows({"query", "--db", db, "--format", "jsonl", "--speaker", name});
    CHECK(hits.size() == 3);
  }
  CHECK(rows({"query", "--db", db, "--format", "jsonl", "--speaker", "zelenskyy"}).size() == 2);
}

TEST_CASE("a description as --speaker finds whom items describe so, never names holding it",
          "[cli][speakers]") {
  TempDir tmp;
  const std::string items = tmp.write(
      "items.jsonl", item("wall", "US President Donald Trump said the wall would be built soon.") +
                         item("taxes", "Trump said taxes would fall next year.") +
                         item("peace", "President Volodymyr Zelensky said peace was near.") +
                         item("office", "The Office of the President said the hall would close.") +
                         item("mayor", "Mayor Ana Ruiz said the port would reopen.") +
                         item("vice", "Vice President Tom Vale said the road would open."));
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, items}).status == 0);
  const auto hits = rows({"query", "--db", db, "--format", "jsonl", "--speaker", "the president"});
  std::set<std::string> speakers;
  for (const auto& h : hits) speakers.insert(h["speaker"].get<std::string>());
  CHECK(speakers == std::set<std::string>{"Donald Trump", "Volodymyr Zelensky"});
  CHECK(hits.size() == 3);  // all of Trump's statements, the described one and the other
  // "vice president" is another role, found when typed
  const auto vice =
      rows({"query", "--db", db, "--format", "jsonl", "--speaker", "the vice president"});
  REQUIRE(vice.size() == 1);
  CHECK(vice[0]["speaker"] == "Tom Vale");
}

TEST_CASE("statement hits show the identity's name, the item's own words as mention",
          "[cli][speakers]") {
  TempDir tmp;
  const std::string db = index_corpus(tmp);
  const auto hits = rows({"query", "--db", db, "--format", "jsonl", "--speaker", "trump", "taxes"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["speaker"] == "Donald Trump");
  CHECK(hits[0]["mention"] == "Trump");
  auto text = run_verbatim({"query", "--db", db, "--speaker", "trump", "taxes"});
  REQUIRE(text.status == 0);
  CHECK(text.out.find("Donald Trump said") != std::string::npos);
}

TEST_CASE("a speaker the index does not know: no speaker named X, did you mean the close one",
          "[cli][speakers]") {
  TempDir tmp;
  const std::string db = index_corpus(tmp);
  struct Case {
    const char* typed;
    const char* note;
  };
  const Case cases[] = {
      {"Donald Trmp", "no speaker named \"Donald Trmp\" in the index; did you mean Donald Trump?"},
      {"Zelenskiy",
       "no speaker named \"Zelenskiy\" in the index; did you mean Volodymyr Zelensky?"},
      {"Quentin Blake", "no speaker named \"Quentin Blake\" in the index\n"},
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    auto r = run_verbatim({"query", "--db", db, "--speaker", c.typed});
    CHECK(r.status == 1);  // as for any query without hits
    CHECK(r.out.empty());
    CHECK(r.err.find(c.note) != std::string::npos);
  }
}

TEST_CASE("speaker: and a question naming an unknown speaker say so as --speaker does",
          "[cli][speakers]") {
  TempDir tmp;
  const std::string db = index_corpus(tmp);
  struct Case {
    std::vector<std::string> query;
    const char* note;
  };
  const Case cases[] = {
      {{"speaker:Trmp"}, "no speaker named \"trmp\" in the index; did you mean Donald Trump?"},
      {{"what did Trmp say about the wall"},
       "no speaker named \"Trmp\" in the index; did you mean Donald Trump?"},
      {{"Zelenskiy's", "remarks", "on", "peace"},
       "no speaker named \"Zelenskiy\" in the index; did you mean Volodymyr Zelensky?"},
      {{"speaker:Quentin"}, "no speaker named \"quentin\" in the index\n"},
  };
  for (const Case& c : cases) {
    INFO(c.query[0]);
    std::vector<std::string> args = {"query", "--db", db};
    args.insert(args.end(), c.query.begin(), c.query.end());
    auto r = run_verbatim(args);
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find(c.note) != std::string::npos);
    // said once, though the query is parsed twice (all the words, then any of them)
    CHECK(r.err.find("no speaker named") == r.err.rfind("no speaker named"));
  }
  // a question about no one asks for anyone's statements on the topic
  auto topic = run_verbatim({"query", "--db", db, "what was said about the wall"});
  CHECK(topic.err.find("no speaker named") == std::string::npos);
  CHECK(topic.err.find("read as: statements by anyone about \"wall\"") != std::string::npos);
  // a longer name typed is not its known last word: "Donald" is Donald Trump's, not this one's
  auto whole = run_verbatim({"query", "--db", db, "what did Donald Duck say about the wall"});
  CHECK(whole.status == 1);
  CHECK(whole.out.empty());
  CHECK(whole.err.find("no speaker named \"Donald Duck\" in the index") != std::string::npos);
}

TEST_CASE("copies naming a surname-first speaker by the surname alone are one hit",
          "[cli][speakers][copies]") {
  TempDir tmp;
  const std::string items = tmp.write(
      "items.jsonl",
      item("full", "President Xi Jinping said the country would open wider to the world.") +
          item("short", "Xi said the country would open wider to the world."));
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, items}).status == 0);
  const auto hits = rows({"query", "--db", db, "--format", "jsonl", "--speaker", "xi"});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0]["speaker"] == "Xi Jinping");
  CHECK(hits[0]["copies"] == 2);
  const auto listed = rows({"speakers", "--db", db, "--format", "jsonl"});
  REQUIRE(listed.size() == 1);
  CHECK(listed[0]["name"] == "Xi Jinping");
  CHECK(listed[0]["statements"] == 1);
}

TEST_CASE("a question by a description reads the role, not names holding \"the\"",
          "[cli][speakers]") {
  TempDir tmp;
  const std::string items = tmp.write(
      "items.jsonl", item("paper", "The Guardian said growth was slow in the north.") +
                         item("premier", "Premier Li Qiang said growth would pick up soon."));
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, items}).status == 0);
  auto r =
      run_verbatim({"query", "--db", db, "--format", "jsonl", "quotes by the premier on growth"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.err.find("Guardian") == std::string::npos);
  for (const auto& hit : lines(r.out)) CHECK(nlohmann::json::parse(hit)["speaker"] == "Li Qiang");
  CHECK(lines(r.out).size() == 1);
}
