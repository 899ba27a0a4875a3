// The JSON output of every command holds to docs/json.md: the keys each kind of object has
// (exactly those the document lists; always the ones it marks "always") and the format version.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "query/print/json_format.h"
#include "support/corpus_paths.h"
#include "support/fetch_site.h"
#include "support/http_server.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::kCorpusDir;
using verbatim::testing::kSeedItem;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

struct Keys {
  std::set<std::string> all;     // every key the table lists
  std::set<std::string> always;  // those every object has
  std::map<std::string, std::string> when;
};

std::string read_doc() {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/docs/json.md");
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

// The key table of the section `## heading` of docs/json.md.
Keys documented(const std::string& heading) {
  static const std::string doc = read_doc();
  const std::size_t at = doc.find("\n## " + heading + "\n");
  REQUIRE(at != std::string::npos);
  Keys keys;
  std::istringstream in(doc.substr(at + 4 + heading.size()));
  for (std::string line; std::getline(in, line) && line.rfind("## ", 0) != 0;) {
    if (line.rfind("| `", 0) != 0) continue;
    const std::size_t end = line.find('`', 3);
    const std::string key = line.substr(3, end - 3);
    const std::size_t last = line.rfind("| ");
    const std::string when = line.substr(last + 2, line.size() - last - 4);
    keys.all.insert(key);
    keys.when[key] = when;
    if (when.rfind("always", 0) == 0) keys.always.insert(key);
  }
  REQUIRE_FALSE(keys.all.empty());
  return keys;
}

void check_keys(const nlohmann::json& object, const Keys& keys) {
  INFO(object.dump());
  REQUIRE(object.is_object());
  for (const auto& [key, value] : object.items()) CHECK(keys.all.count(key) == 1);
  for (const std::string& key : keys.always) CHECK(object.contains(key));
}

void check_lines(const std::string& out, const std::string& heading) {
  const Keys keys = documented(heading);
  REQUIRE_FALSE(lines(out).empty());
  for (const std::string& line : lines(out)) check_keys(nlohmann::json::parse(line), keys);
}

// Quote hits have every "quote hits" key, other hits none of them.
void check_hit(const nlohmann::json& hit) {
  const Keys keys = documented("query hit");
  check_keys(hit, keys);
  const bool quote = hit["kind"] == "quote";
  for (const auto& [key, when] : keys.when)
    if (when.rfind("quote hits", 0) == 0) CHECK(hit.contains(key) == quote);
}

}  // namespace

TEST_CASE("docs/json.md states the format version the code writes", "[cli][json]") {
  CHECK(read_doc().find("Format version: **" + std::to_string(verbatim::query::kJsonFormatVersion) +
                        "**") != std::string::npos);
}

TEST_CASE("every command's JSON output has the keys docs/json.md lists", "[cli][json]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  auto index =
      run_verbatim({"index", "--db", db, "--format", "json", "--progress", "jsonl", kCorpusDir});
  INFO(index.err);
  REQUIRE(index.status == 0);
  const auto summary = nlohmann::json::parse(index.out);
  check_keys(summary, documented("index --format json"));
  CHECK(summary["format_version"] == verbatim::query::kJsonFormatVersion);
  std::string progress;
  for (const std::string& line : lines(index.err))
    if (line.rfind("{", 0) == 0) progress += line + "\n";
  check_lines(progress, "index --progress jsonl");

  for (std::vector<std::string> words :
       {std::vector<std::string>{"opening-up"}, std::vector<std::string>{"--quotes", "food"},
        std::vector<std::string>{"--explain", "stmt:direct"}}) {
    std::vector<std::string> args = {"query", "--db", db, "--format", "json"};
    args.insert(args.end(), words.begin(), words.end());
    auto q = run_verbatim(args);
    REQUIRE(q.status == 0);
    const auto all = nlohmann::json::parse(q.out);
    check_keys(all, documented("query --format json"));
    CHECK(all["format_version"] == verbatim::query::kJsonFormatVersion);
    check_keys(all["query"], documented("query reading"));
    REQUIRE_FALSE(all["hits"].empty());
    for (const auto& hit : all["hits"]) check_hit(hit);
    args[4] = "jsonl";
    auto jl = run_verbatim(args);
    REQUIRE(jl.status == 0);
    for (const std::string& line : lines(jl.out)) check_hit(nlohmann::json::parse(line));
  }

  auto extract = run_verbatim({"extract", "--entities", kSeedItem});
  REQUIRE(extract.status == 0);
  std::string statements, entities;
  for (const std::string& line : lines(extract.out))
    (nlohmann::json::parse(line).contains("entity") ? entities : statements) += line + "\n";
  check_lines(statements, "extract statement");
  check_lines(entities, "extract entity");

  auto speakers = run_verbatim({"speakers", "--db", db, "--format", "jsonl"});
  REQUIRE(speakers.status == 0);
  check_lines(speakers.out, "speakers --format jsonl");
  auto names = run_verbatim({"entities", "--db", db, "--format", "jsonl"});
  REQUIRE(names.status == 0);
  check_lines(names.out, "entities --format jsonl");

  auto stats = run_verbatim({"stats", "--db", db, "--format", "json"});
  REQUIRE(stats.status == 0);
  check_keys(nlohmann::json::parse(stats.out), documented("stats --format json"));

  auto show = run_verbatim(
      {"show", "--db", db, "--format", "jsonl", "2023-09-08-cgtn-northeast-revitalization.txt"});
  REQUIRE(show.status == 0);
  check_lines(show.out, "show --format jsonl");
  auto count = run_verbatim({"count", "--db", db, "--format", "json", "opening-up"});
  REQUIRE(count.status == 0);
  const auto counted = nlohmann::json::parse(count.out);
  check_keys(counted, documented("count --format json"));
  CHECK(counted["format_version"] == verbatim::query::kJsonFormatVersion);

  auto eval =
      run_verbatim({"eval", "--format", "json",
                    std::string(VERBATIM_SOURCE_DIR) + "/tests/data/seed/gold.jsonl", kSeedItem});
  REQUIRE(eval.status == 0);
  const auto scores = nlohmann::json::parse(eval.out);
  check_keys(scores, documented("eval --format json"));
  CHECK(scores["format_version"] == verbatim::query::kJsonFormatVersion);
}

TEST_CASE("read lines hold to docs/json.md", "[cli][json][read]") {
  auto r =
      run_verbatim({"read", kCorpusDir, std::string(VERBATIM_SOURCE_DIR) + "/tests/data/html"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  check_lines(r.out, "read --format jsonl");
}

TEST_CASE("fetch's JSON summary holds to docs/json.md, with and without --index",
          "[cli][json][fetch]") {
  verbatim::testing::LocalHttpServer server;
  TempDir tmp;
  server.serve("page.html", verbatim::testing::news_page("A page", "Summaries have their keys"));
  auto first = run_verbatim({"fetch", "--into", tmp.str("archive"), "--index", "--db",
                             tmp.str("db"), "--format", "json", server.url("page.html")});
  INFO(first.err);
  REQUIRE(first.status == 0);
  const auto with_index = nlohmann::json::parse(first.out);
  check_keys(with_index, documented("fetch --format json"));
  CHECK(with_index["format_version"] == verbatim::query::kJsonFormatVersion);
  REQUIRE(with_index.contains("index"));
  check_keys(with_index["index"], documented("index --format json"));
  auto second = run_verbatim({"fetch", "--into", tmp.str("archive"), "--index", "--db",
                              tmp.str("db"), "--format", "json", server.url("page.html")});
  REQUIRE(second.status == 0);
  const auto nothing_new = nlohmann::json::parse(second.out);
  check_keys(nothing_new, documented("fetch --format json"));
  CHECK_FALSE(nothing_new.contains("index"));  // nothing new to index
}
