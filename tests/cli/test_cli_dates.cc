// End-to-end: one reading of dates for --since, --until and date: (text::parse_date_range).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::kCorpusDir;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

// The corpus has items dated 2023-09-08, 2024-05-20, 2024-06-03 and 2024-06-04.
const std::string kToday = "VERBATIM_TODAY=2024-06-05";

// The dates of the passages a query with `args` finds ("" when it fails), one each. Options
// alone are no query: then every dated passage is asked for (date:1000..).
std::string dates_found(const std::string& db, std::vector<std::string> args) {
  std::vector<std::string> all = {"query", "--db", db, "--format", "jsonl", "-n", "100"};
  all.insert(all.end(), args.begin(), args.end());
  if (args[0].rfind("--", 0) == 0) all.push_back("date:1000..");
  auto r = run_verbatim(all, "", {kToday});
  std::set<std::string> dates;
  for (const std::string& line : lines(r.out)) dates.insert(nlohmann::json::parse(line)["date"]);
  std::string out;
  for (const std::string& d : dates) out += (out.empty() ? "" : " ") + d;
  return out;
}

}  // namespace

TEST_CASE("dates: --since, --until and date: take the same forms", "[cli][dates]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  const std::string all = "2023-09-08 2024-05-20 2024-06-03 2024-06-04";
  struct Case {
    std::vector<std::string> args;
    const char* dates;
  };
  const std::vector<Case> cases = {
      {{"--since", "2024"}, "2024-05-20 2024-06-03 2024-06-04"},
      {{"--since", "2024-06"}, "2024-06-03 2024-06-04"},
      {{"--since", "2024-06-04"}, "2024-06-04"},
      {{"--until", "2023"}, "2023-09-08"},
      {{"--until", "2024-05"}, "2023-09-08 2024-05-20"},
      {{"--since", "2024-05", "--until", "2024-06-03"}, "2024-05-20 2024-06-03"},
      {{"--since", "yesterday"}, "2024-06-04"},
      {{"--since", "7d"}, "2024-06-03 2024-06-04"},
      {{"--since", "1w"}, "2024-06-03 2024-06-04"},
      {{"--until", "2w"}, "2023-09-08 2024-05-20"},
      {{"--since", "last week"}, "2024-06-03 2024-06-04"},
      {{"--since", "last month", "--until", "last month"}, "2024-05-20"},
      {{"--since", "6m"}, "2024-05-20 2024-06-03 2024-06-04"},
      {{"--since", "1y"}, all.c_str()},
      // a range given to --since or --until is that range, as date: reads it
      {{"--since", "2024-05..2024-06-03"}, "2024-05-20 2024-06-03"},
      {{"--until", "2023..2024-05"}, "2023-09-08 2024-05-20"},
      {{"--since", "2024-06.."}, "2024-06-03 2024-06-04"},
      {{"--until", "..2023"}, "2023-09-08"},
      {{"--since", "last month..yesterday"}, "2024-05-20 2024-06-03 2024-06-04"},
      {{"date:2023"}, "2023-09-08"},
      {{"date:2024-06"}, "2024-06-03 2024-06-04"},
      {{"date:2020-11.."}, all.c_str()},
      {{"date:2024-06.."}, "2024-06-03 2024-06-04"},
      {{"date:..2024-05"}, "2023-09-08 2024-05-20"},
      {{"date:2023-09-01..2024-05-31"}, "2023-09-08 2024-05-20"},
      {{"date:yesterday"}, "2024-06-04"},
      {{"date:7d"}, "2024-06-03 2024-06-04"},
      {{"date:\"last month\""}, "2024-05-20"},
      {{"date:2024-06-03 OR date:2023"}, "2023-09-08 2024-06-03"},
  };
  for (const Case& c : cases) {
    INFO(c.args[0] << " " << c.args.back());
    CHECK(dates_found(db, c.args) == c.dates);
  }
}

TEST_CASE("a date in none of the forms: exit 2 naming the forms", "[cli][dates]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  for (std::vector<std::string> args :
       std::vector<std::vector<std::string>>{{"--since", "Nov 1, 2020", "port"},
                                             {"--until", "soon", "port"},
                                             {"--since", "2021..2020", "port"},
                                             {"--until", "2020..2021..2022", "port"},
                                             {"date:2020-13", "port"},
                                             {"date:tomorrow"},
                                             {"date:2021..2020"},
                                             {"date:2020-02-30..", "port"}}) {
    std::vector<std::string> all = {"query", "--db", db};
    all.insert(all.end(), args.begin(), args.end());
    auto r = run_verbatim(all);
    INFO(args[0] << " " << args[1 % args.size()] << ": " << r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err).size() == 1);
    CHECK(r.err.find("not a date; write YYYY, YYYY-MM, YYYY-MM-DD, a range A..B") !=
          std::string::npos);
    CHECK(r.err.find("7d, 2w, 3m") != std::string::npos);
    CHECK(r.err.find("last week, last month") != std::string::npos);
  }
}

TEST_CASE("query --speaker xi --format jsonl shows when each statement was said",
          "[cli][dates][said_on]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  auto r = run_verbatim({"query", "--db", db, "--speaker", "xi", "--format", "jsonl", "-n", "50"});
  REQUIRE(r.status == 0);
  std::map<int, std::string> said_on;  // para -> said_on
  for (const std::string& line : lines(r.out)) {
    const auto hit = nlohmann::json::parse(line);
    REQUIRE(hit.contains("said_on"));
    said_on[hit["para"].get<int>()] = hit["said_on"];
  }
  REQUIRE(said_on.count(1));
  CHECK(said_on[1] == "2022-08");  // "in August last year", in an item of 2023-09-08
  REQUIRE(said_on.count(4));
  CHECK(said_on[4] == "2023-09-08");  // no time mention: the item's date
}

TEST_CASE("statement searches: --since/--until on said_on, --sort oldest by it",
          "[cli][dates][said_on]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  auto paras = [&](std::vector<std::string> args) {
    std::vector<std::string> all = {"query",    "--db",  db,   "--speaker", "xi",
                                    "--format", "jsonl", "-n", "50"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<std::string> out;
    for (const std::string& line : lines(run_verbatim(all).out)) {
      const auto hit = nlohmann::json::parse(line);
      out.push_back(std::to_string(hit["para"].get<int>()) + " " +
                    hit["said_on"].get<std::string>());
    }
    return out;
  };
  const auto all = paras({});
  REQUIRE(std::find(all.begin(), all.end(), "1 2022-08") != all.end());
  // paragraph 1 was said in August 2022, in an item of 2023-09-08
  const auto since = paras({"--since", "2023"});
  CHECK(since.size() + 1 == all.size());
  CHECK(std::find(since.begin(), since.end(), "1 2022-08") == since.end());
  CHECK(paras({"--until", "2022-12"}) == std::vector<std::string>{"1 2022-08"});
  CHECK(paras({"--since", "2022-08-15", "--until", "2022-08-31"}) ==
        std::vector<std::string>{"1 2022-08"});
  const auto oldest = paras({"--sort", "oldest"});
  REQUIRE_FALSE(oldest.empty());
  CHECK(oldest.front() == "1 2022-08");
  const auto newest = paras({"--sort", "newest"});
  CHECK(newest.back() == "1 2022-08");
  auto count = run_verbatim({"count", "--db", db, "--speaker", "xi", "--until", "2022-12"});
  CHECK(count.status == 0);
  CHECK(count.out == "1\n");
}

TEST_CASE("query --sort takes relevance, newest or oldest; anything else exits 2",
          "[cli][dates][sort]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  auto r = run_verbatim({"query", "--db", db, "--sort", "latest", "xi"});
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("relevance,newest,oldest") != std::string::npos);
}
