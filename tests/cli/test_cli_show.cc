// End-to-end: from a hit to its story (`show`), exact counts (`count`), ids for scripts
// (`query --output`), snippets of long paragraphs, and the fields of the hit JSON, as a user runs
// them. Small fictional items and the bundled corpus.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>

#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using verbatim::testing::has;
using verbatim::testing::kBridge;
using verbatim::testing::kCorpusDir;
using verbatim::testing::kTwoSpeakers;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

// A paragraph of about 4,000 characters with "harbour" once, in an item whose id is a URL.
std::string long_item() {
  std::string para;
  for (int i = 0; i < 60; ++i) para += "The committee reviewed the annual figures again. ";
  para += "Then the harbour plan was approved. ";
  for (int i = 0; i < 20; ++i) para += "Members discussed the budget at length. ";
  return R"({"id":"https://example.org/news:long","title":"Long paragraph","date":"2024-01-04","body":"Opening words.\n\n)" +
         para +
         R"("})"
         "\n";
}

struct Index {
  TempDir tmp;
  std::string db = tmp.str("db");
  Index() {
    auto r =
        run_verbatim({"index", "--progress", "none", "--db", db,
                      tmp.write("items.jsonl", kTwoSpeakers + kBridge + long_item()), kCorpusDir});
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  verbatim::testing::CommandResult run(std::vector<std::string> args) const {
    args.insert(args.begin() + 1, {"--db", db});
    return run_verbatim(args);
  }
};

}  // namespace

TEST_CASE("show prints an item: headline, date, source, then numbered paragraphs", "[cli][show]") {
  Index ix;
  auto r = ix.run({"show", "bridge"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto out = lines(r.out);
  REQUIRE(out.size() > 6);
  CHECK(out[0] == "Bridge repairs");
  CHECK(out[1] == "2023-07-10  Harbor Daily");
  CHECK(has(r.out, "¶1   Engineers inspected the bridge on Monday.\n"));
  CHECK(has(r.out, "¶4   Moss said the works would start in April.\n"));
  CHECK_FALSE(has(r.out, "¶0"));  // the headline is the title
  // The statements of a paragraph, under it: speaker, cue, kind.
  CHECK(has(r.out, "» Lena Moss said (direct): \"The bridge is safe for traffic\"\n"));
  CHECK(has(r.out, "» Lena Moss added (indirect): repairs would take six weeks\n"));
  CHECK_FALSE(has(r.out, "\x1b["));  // piped: no escapes
  auto colored = ix.run({"show", "--color", "always", "bridge"});
  CHECK(has(colored.out, "\x1b[4m"));  // statements underlined in their paragraph
}

TEST_CASE("show ITEM:PARA --context N: the paragraph marked among its neighbours", "[cli][show]") {
  Index ix;
  auto one = ix.run({"show", "bridge:3"});
  REQUIRE(one.status == 0);
  CHECK(has(one.out, "> ¶3   Traffic was light on the coast road.\n"));
  CHECK_FALSE(has(one.out, "¶2"));
  auto around = ix.run({"show", "bridge:3", "--context", "1"});
  REQUIRE(around.status == 0);
  CHECK(has(around.out, "  ¶2   \"The bridge"));
  CHECK(has(around.out, "> ¶3 "));
  CHECK(has(around.out, "  ¶4   Moss said"));
  CHECK_FALSE(has(around.out, "¶1"));
  // An id with colons (a URL) and a paragraph number.
  auto url = ix.run({"show", "https://example.org/news:long:1", "-C", "0"});
  INFO(url.err);
  REQUIRE(url.status == 0);
  CHECK(has(url.out, "> ¶1   Opening words."));
}

TEST_CASE("show --format jsonl: one object a paragraph", "[cli][show]") {
  Index ix;
  auto r = ix.run({"show", "--format", "jsonl", "bridge"});
  REQUIRE(r.status == 0);
  const auto out = lines(r.out);
  REQUIRE(out.size() == 5);  // the headline (para 0) and four paragraphs
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto p = nlohmann::json::parse(out[i]);
    CHECK(p["item"] == "bridge");
    CHECK(p["para"] == i);
    CHECK(p["title"] == "Bridge repairs");
    CHECK(p["statements"].is_array());
  }
  const auto second = nlohmann::json::parse(out[2]);
  REQUIRE(second["statements"].size() == 2);
  CHECK(second["statements"][0]["speaker"] == "Lena Moss");
  CHECK(second["statements"][0]["statement_kind"] == "direct");
  auto around = ix.run({"show", "--format", "jsonl", "bridge:4", "--context", "2"});
  CHECK(lines(around.out).size() == 3);
}

TEST_CASE("show: an unknown item or paragraph is one line with a hint, exit 2", "[cli][show]") {
  Index ix;
  auto none = ix.run({"show", "no-such-item"});
  CHECK(none.status == 2);
  CHECK(none.out.empty());
  CHECK(has(none.err, "no item 'no-such-item' in the index"));
  CHECK(has(none.err, "verbatim query"));
  CHECK(lines(none.err).size() == 1);
  auto past = ix.run({"show", "bridge:9"});
  CHECK(past.status == 2);
  CHECK(has(past.err, "item 'bridge' has no paragraph 9 (its paragraphs are 0-4"));
  auto context = ix.run({"show", "bridge", "--context", "2"});
  CHECK(context.status == 2);
  CHECK(has(context.err, "--context needs a paragraph"));
  auto no_index = run_verbatim({"show", "--db", ix.tmp.str("missing"), "bridge"});
  CHECK(no_index.status == 3);
}

TEST_CASE("query hits show the id to pass to show; --output ids and items for scripts",
          "[cli][show]") {
  Index ix;
  auto q = ix.run({"query", "traffic"});
  REQUIRE(q.status == 0);
  CHECK(has(q.out, "  bridge:3\n"));
  CHECK(has(q.out, "  bridge:2\n"));
  auto ids = ix.run({"query", "--output", "ids", "traffic"});
  REQUIRE(ids.status == 0);
  const auto id_lines = lines(ids.out);
  CHECK(std::set<std::string>(id_lines.begin(), id_lines.end()) ==
        std::set<std::string>{"bridge:2", "bridge:3"});
  CHECK(ids.err.empty());
  for (const std::string& id : id_lines) CHECK(ix.run({"show", id}).status == 0);
  auto items = ix.run({"query", "--output", "items", "traffic"});
  CHECK(lines(items.out) == std::vector<std::string>{"bridge"});
  // -n counts items: two items mention the council or the bridge, each listed once.
  auto two = ix.run({"query", "--output", "items", "-n", "5", "said"});
  const auto two_lines = lines(two.out);
  CHECK(std::set<std::string>(two_lines.begin(), two_lines.end()).size() == two_lines.size());
  auto bad = ix.run({"query", "--output", "ids", "--format", "json", "traffic"});
  CHECK(bad.status == 2);
}

TEST_CASE("count prints the exact number of hits, statements as statements", "[cli][count]") {
  Index ix;
  for (const std::vector<std::string>& q : std::vector<std::vector<std::string>>{
           {"said"}, {"--quotes", "said"}, {"--speaker", "Lena Moss"}, {"bridge", "OR", "port"}}) {
    std::vector<std::string> args{"query", "--all-words", "-n", "10000", "--format", "jsonl"};
    args.insert(args.end(), q.begin(), q.end());
    auto listed = ix.run(args);
    REQUIRE(listed.status == 0);
    args = {"count"};
    args.insert(args.end(), q.begin(), q.end());
    auto counted = ix.run(args);
    INFO(counted.err);
    REQUIRE(counted.status == 0);
    CHECK(counted.out == std::to_string(lines(listed.out).size()) + "\n");
  }
  CHECK(ix.run({"count", "--speaker", "Lena Moss"}).out == "3\n");
  auto json = ix.run({"count", "--format", "json", "--speaker", "Lena Moss"});
  const auto j = nlohmann::json::parse(json.out);
  CHECK(j["count"] == 3);
  CHECK(j["statements"] == true);
  auto zero = ix.run({"count", "xylophone"});
  CHECK(zero.status == 1);
  CHECK(zero.out == "0\n");
  CHECK(ix.run({"count", "opening AND"}).status == 2);  // the query's syntax check
  CHECK(ix.run({"count"}).status == 2);
}

TEST_CASE("a long paragraph is shown as a snippet; --full prints it whole", "[cli][snippet]") {
  Index ix;
  auto piped = ix.run({"query", "harbour", "plan"});
  REQUIRE(piped.status == 0);
  const auto out = lines(piped.out);
  REQUIRE(out.size() >= 3);
  const std::string& passage = out[2];  // title, where, passage
  CHECK(passage.size() < 400);
  CHECK(has(passage, "harbour plan"));
  CHECK(has(passage, "\u2026"));
  auto full = ix.run({"query", "--full", "harbour", "plan"});
  CHECK(lines(full.out)[2].size() > 3000);
  // On a terminal: wrapped to its width (COLUMNS when the size cannot be asked).
  auto json = ix.run({"query", "--format", "jsonl", "harbour", "plan"});
  const auto hit = nlohmann::json::parse(lines(json.out)[0]);
  const std::string text = hit["text"];
  CHECK(text.size() > 3000);
  CHECK(hit["snippet"].get<std::string>().size() < 300);
  REQUIRE(hit["matches"].size() == 2);
  for (const auto& m : hit["matches"]) {
    const std::string word =
        text.substr(m[0].get<std::size_t>(), m[1].get<std::size_t>() - m[0].get<std::size_t>());
    CHECK((word == "harbour" || word == "plan"));
  }
}

TEST_CASE("the hit JSON holds every field a query filters on", "[cli][json]") {
  Index ix;
  auto wire = ix.run({"query", "--format", "jsonl", "-n", "1", "northeast"});
  REQUIRE(wire.status == 0);
  const auto hit = nlohmann::json::parse(lines(wire.out)[0]);
  CHECK(hit["source"] == "CGTN");
  CHECK(hit["place"] == "BEIJING");
  CHECK(hit["distributor"] == "PRNewswire");
  REQUIRE(hit.contains("entities"));
  // Filtering on what a hit shows finds it again.
  auto again = ix.run({"query", "--format", "jsonl", "-n", "1", "northeast",
                       "place:" + hit["place"].get<std::string>()});
  REQUIRE(again.status == 0);
  const auto quote = nlohmann::json::parse(
      lines(ix.run({"query", "--format", "jsonl", "-n", "1", "--quotes", "traffic"}).out)[0]);
  for (const char* key : {"speaker", "cue", "statement_kind", "source"}) CHECK(quote.contains(key));
}
