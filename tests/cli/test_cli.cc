// End-to-end: the verbatim executable as a user runs it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "schema/fields.h"
#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::kCorpusDir;
using verbatim::testing::kSeedItem;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

TEST_CASE("index then query the bundled corpus", "[cli]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  auto idx = run_verbatim({"index", "--db", db, kCorpusDir});
  INFO(idx.err);
  REQUIRE(idx.status == 0);

  auto q = run_verbatim({"query", "--db", db, "opening-up"});
  CHECK(q.status == 0);
  CHECK(q.out.find("¶8") != std::string::npos);
  CHECK(q.out.find("\x1b[") == std::string::npos);  // piped: no escape codes

  auto colored = run_verbatim({"query", "--db", db, "--color", "always", "opening-up"});
  CHECK(colored.out.find("\x1b[1;33mopening-up\x1b[0m") != std::string::npos);
  CHECK(colored.out.rfind("\x1b[1m 1.\x1b[0m ", 0) == 0);  // the rank, bold
  CHECK(colored.out.find("  \x1b[2m2023-09-08-cgtn-northeast-revitalization.txt:8\x1b[0m\n") !=
        std::string::npos);  // the id to pass to `show` (ITEM:PARA), dim
  CHECK(colored.out.find(" all the words\x1b[0m\n") != std::string::npos);

  auto j = run_verbatim({"query", "--db", db, "--format", "jsonl", "opening-up"});
  REQUIRE(j.status == 0);
  auto hits = lines(j.out);
  REQUIRE_FALSE(hits.empty());
  for (const std::string& line : hits) {
    auto hit = nlohmann::json::parse(line);
    for (const char* key : {"rank", "score", "item", "title", "date", "para", "kind", "text"})
      CHECK(hit.contains(key));
  }
  auto first = nlohmann::json::parse(hits[0]);
  CHECK(first["para"] == 8);
  CHECK(first["rank"] == 1);
  CHECK(first["kind"] == "paragraph");
  CHECK(first["date"] == "2023-09-08");
}

TEST_CASE("exit statuses: no match 1, bad syntax 2, no index 3", "[cli]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  auto none = run_verbatim({"query", "--db", db, "xylophone"});
  CHECK(none.status == 1);
  CHECK(none.out.empty());
  CHECK(none.err.find("no matches") != std::string::npos);
  auto bad = run_verbatim({"query", "--db", db, "opening AND"});
  CHECK(bad.status == 2);
  CHECK(lines(bad.err).size() == 1);
  auto missing = run_verbatim({"query", "--db", tmp.str("nowhere"), "x"});
  CHECK(missing.status == 3);
  CHECK(missing.err.find("verbatim index") != std::string::npos);
  CHECK(run_verbatim({"query", "--db", db, "--limit", "0", "x"}).status == 2);
}

TEST_CASE("stats reports counts, schema version and path", "[cli]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kSeedItem}).status == 0);
  auto s = run_verbatim({"stats", "--db", db, "--format", "json"});
  REQUIRE(s.status == 0);
  auto j = nlohmann::json::parse(s.out);
  CHECK(j["items"] == 1);
  CHECK(j["passages"] == 14);  // headline + 13 body paragraphs; the boilerplate one left out
  CHECK(j["schema_version"] == verbatim::schema::kSchemaVersion);
  CHECK(j["index"] == db);
  CHECK_FALSE(j["last_run"].get<std::string>().empty());
}

TEST_CASE("VERBATIM_DB chooses the index", "[cli]") {
  TempDir tmp;
  std::string env = "VERBATIM_DB=" + tmp.str("envdb");
  REQUIRE(run_verbatim({"index", kCorpusDir}, "", {env}).status == 0);
  CHECK(run_verbatim({"query", "opening-up"}, "", {env}).status == 0);
}

TEST_CASE("stdin JSON Lines and bad items: good ones indexed, bad ones named, non-zero exit",
          "[cli]") {
  TempDir tmp;
  std::string db = tmp.str("db");
  std::string input =
      "{\"id\":\"ok1\",\"title\":\"Fine\",\"body\":\"Zebras crossed the road.\"}\n"
      "{broken\n"
      "{\"id\":\"nobody\",\"title\":\"No body\"}\n";
  auto r = run_verbatim({"index", "--db", db, "-"}, input);
  CHECK(r.status == 4);
  CHECK(r.err.find("<stdin>:2") != std::string::npos);
  CHECK(r.err.find("<stdin>:3") != std::string::npos);
  CHECK(run_verbatim({"query", "--db", db, "zebras"}).status == 0);
}

TEST_CASE("query --fields lists the queryable fields of the table, role among them", "[cli]") {
  auto r = run_verbatim({"query", "--fields"});
  REQUIRE(r.status == 0);
  for (const char* row :
       {"speaker      XS      filter   speaker:...", "role         XR      filter   role:...",
        "date         slot 0  value    date:...", "text         -       words    passage words"})
    CHECK(r.out.find(row) != std::string::npos);
  CHECK(r.out.find("\nalias ") == std::string::npos);  // not queryable: entity: matches aliases
}
