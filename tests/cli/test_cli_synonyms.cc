// End-to-end: synonyms (issue #10): the built-in groups the index carries, a user file
// (--synonyms FILE, the default under $XDG_CONFIG_HOME), --no-synonyms.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>

#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

struct SynonymCorpus {
  TempDir tmp;
  std::string db = tmp.str("db");
  std::string config = tmp.str("config");  // an empty $XDG_CONFIG_HOME: no user file
  SynonymCorpus() {
    tmp.write("items/a.txt",
              "Trade talks\n\nThe United States said trade talks would go on.\n\n"
              "Officials in Washington welcomed the plan.\n");
    tmp.write("items/b.txt",
              "Tariffs\n\nU.S. officials said the tariffs would stay.\n\n"
              "The plan is the COVID-19 response.\n");
    tmp.write("items/c.txt",
              "Virus\n\nThe coronavirus spread and the U.K. said it would act.\n\n"
              "Britain backed the Belt and Road; others doubted the BRI.\n\n"
              "The Potomac river flooded.\n");
    REQUIRE(run_verbatim({"index", "--db", db, tmp.str("items")}).status == 0);
  }

  // The (item, paragraph) of each hit of the query.
  std::set<std::string> hits(std::vector<std::string> args) const {
    std::vector<std::string> all{"query", "--db", db, "--format", "jsonl", "--all-words"};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_verbatim(all, "", {"XDG_CONFIG_HOME=" + config});
    INFO(r.err);
    CHECK((r.status == 0 || r.status == 1));
    std::set<std::string> out;
    for (const std::string& line : lines(r.out)) {
      auto hit = nlohmann::json::parse(line);
      out.insert(hit["item"].get<std::string>() + ":" + std::to_string(hit["para"].get<int>()));
    }
    return out;
  }
};

}  // namespace

TEST_CASE("United States and U.S. find the same paragraphs", "[cli][synonyms]") {
  SynonymCorpus c;
  const std::set<std::string> both{"a.txt:1", "b.txt:1"};
  CHECK(c.hits({"United States"}) == both);
  CHECK(c.hits({"\"United States\""}) == both);
  CHECK(c.hits({"U.S."}) == both);
  CHECK(c.hits({"US"}) == both);
  CHECK(c.hits({"--no-synonyms", "U.S."}) == std::set<std::string>{"b.txt:1"});
  CHECK(c.hits({"--no-synonyms", "United States"}) == std::set<std::string>{"a.txt:1"});
}

TEST_CASE("the other built-in groups: hyphenated forms, acronyms of phrases", "[cli][synonyms]") {
  SynonymCorpus c;
  const std::set<std::string> covid{"b.txt:2", "c.txt:1"};
  CHECK(c.hits({"COVID-19"}) == covid);
  CHECK(c.hits({"coronavirus"}) == covid);
  CHECK(c.hits({"Covid"}) == covid);
  CHECK(c.hits({"BRI"}) == std::set<std::string>{"c.txt:2"});
  CHECK(c.hits({"United Kingdom"}) == std::set<std::string>{"c.txt:1", "c.txt:2"});
  // Other words of the query still count: all of them, each form of a group as one.
  CHECK(c.hits({"U.S.", "tariffs"}) == std::set<std::string>{"b.txt:1"});
  CHECK(c.hits({"United States", "talks"}) == std::set<std::string>{"a.txt:1"});
}

TEST_CASE("a user synonym file adds groups", "[cli][synonyms]") {
  SynonymCorpus c;
  const std::string file = c.tmp.write("mine.txt", "# rivers\nWashington, Potomac\nlonely\n");
  CHECK(c.hits({"Potomac"}) == std::set<std::string>{"c.txt:3"});
  CHECK(c.hits({"--synonyms", file, "Potomac"}) == std::set<std::string>{"a.txt:2", "c.txt:3"});
  // The built-in groups stay.
  CHECK(c.hits({"--synonyms", file, "U.S."}) == std::set<std::string>{"a.txt:1", "b.txt:1"});

  // A line that is no group is named, and the query goes on.
  auto r = run_verbatim({"query", "--db", c.db, "--synonyms", file, "Potomac"});
  CHECK(r.status == 0);
  CHECK(r.err.find(file + ": line 3: \"lonely\" is not a synonym group") != std::string::npos);

  // The default file under $XDG_CONFIG_HOME.
  c.tmp.write("config/verbatim/synonyms.txt", "Washington, Potomac\n");
  CHECK(c.hits({"Potomac"}) == std::set<std::string>{"a.txt:2", "c.txt:3"});
  CHECK(c.hits({"--no-synonyms", "Potomac"}) == std::set<std::string>{"c.txt:3"});

  // A file given that cannot be read: exit 2, naming it.
  auto missing = run_verbatim({"query", "--db", c.db, "--synonyms", c.tmp.str("none.txt"), "x"});
  CHECK(missing.status == 2);
  CHECK(missing.err.find("cannot read the synonyms file " + c.tmp.str("none.txt")) !=
        std::string::npos);
}

TEST_CASE("filter terms with spaces are left alone by synonyms", "[cli][synonyms]") {
  SynonymCorpus c;
  // A boolean term such as "XPwashington dc" is no form of several words.
  CHECK(c.hits({"place:\"nowhere land\"", "U.S."}).empty());
  CHECK(c.hits({"U.S.", "NOT", "source:\"some wire\""}) ==
        std::set<std::string>{"a.txt:1", "b.txt:1"});
}
