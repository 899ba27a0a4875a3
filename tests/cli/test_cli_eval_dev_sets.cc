// End-to-end: extraction figures on the real dev sets of ../shared (seed, Wikinews dev, cgtn-dev),
// scored by `verbatim eval`. The floors are the figures reached so far: they only ever rise.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "support/corpus_paths.h"
#include "support/eval_json.h"
#include "support/run_command.h"

using verbatim::testing::eval_json;
using verbatim::testing::run_program;
using verbatim::testing::run_verbatim;
using verbatim::testing::shared_dir;

namespace {

struct Floors {
  const char* name;
  const char* gold;   // relative to the shared directory
  const char* items;  // relative to the shared directory
  int gold_count;
  double f1;
  double speaker_strict;
  double attributed_f1;
};

// clang-format off
const Floors kDevSets[] = {
  {"seed", "gold/seed.jsonl", "seed", 6, 1.000, 1.000, 1.000},
  {"wikinews dev", "gold/wikinews-dev.jsonl", "corpora/wikinews/wikinews-2019-2020.jsonl", 391,
   0.935, 0.949, 0.887},
  {"cgtn-dev", "gold/cgtn-dev.jsonl", "corpora/cgtn-dev", 201, 0.958, 0.974, 0.933},
};
// clang-format on

// A figure as `verbatim eval` prints it (three decimals), so that floors read like its output.
double printed(const nlohmann::json& figure) {
  return std::round(figure.get<double>() * 1000.0) / 1000.0;
}

}  // namespace

TEST_CASE("the shared dev sets keep their extraction floors", "[cli][eval][shared]") {
  const std::string shared = shared_dir();
  if (shared.empty()) {
    WARN("no shared corpora (../shared, or set VERBATIM_SHARED): dev-set floors not checked");
    return;
  }
  for (const auto& set : kDevSets) {
    SECTION(set.name) {
      auto s = eval_json(shared + "/" + set.gold, shared + "/" + set.items);
      INFO(s.dump());
      CHECK(s["gold"] == set.gold_count);
      CHECK(printed(s["f1"]) >= set.f1);
      CHECK(printed(s["speaker_strict"]) >= set.speaker_strict);
      CHECK(printed(s["attributed_f1"]) >= set.attributed_f1);
    }
  }
}

TEST_CASE("the seed gives exactly its 6 statements, all Xi Jinping", "[cli][eval][shared]") {
  const std::string shared = shared_dir();
  if (shared.empty()) {
    WARN("no shared corpora (../shared, or set VERBATIM_SHARED): seed not checked");
    return;
  }
  auto r = run_verbatim({"extract", shared + "/seed"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::set<std::string> speakers;
  int count = 0;
  for (const auto& line : verbatim::testing::lines(r.out)) {
    if (line.empty()) continue;
    speakers.insert(nlohmann::json::parse(line)["speaker"].get<std::string>());
    ++count;
  }
  CHECK(count == 6);
  CHECK(speakers == std::set<std::string>{"Xi Jinping"});
}

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

struct QuestionFloors {
  const char* name;  // as scripts/eval-questions prints it
  int questions;
  double p_at_1;
  double mrr;
};

// clang-format off
const QuestionFloors kQuestionSets[] = {
  {"cgtn-dev", 756, 0.979, 0.983},
  {"wikinews dev", 1316, 0.934, 0.941},
};
// clang-format on

}  // namespace

TEST_CASE("speaker questions on the shared dev sets keep their floors", "[cli][eval][shared]") {
  const std::string shared = shared_dir();
  if (shared.empty()) {
    WARN("no shared corpora (../shared, or set VERBATIM_SHARED): question floors not checked");
    return;
  }
  // Debian's python3 (scripts/install-deps), as the test HTTP server uses
  const char* python = ::access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
  // Under the sanitizers each of the 2,072 query processes is slow (about 11 minutes in all):
  // there cgtn-dev alone; the release build checks both sets.
  std::vector<std::string> command{python, VERBATIM_SOURCE_DIR "/scripts/eval-questions",
                                   "--binary", VERBATIM_BINARY};
  if (!kSanitized) command.push_back("--wikinews");
  auto r = run_program(command, "", {"VERBATIM_SHARED=" + shared});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const std::regex line(R"(== (.+): (\d+) questions, P@1 ([0-9.]+) .* MRR ([0-9.]+))");
  for (const auto& set : kQuestionSets) {
    if (kSanitized && std::string(set.name) != "cgtn-dev") continue;
    INFO(set.name);
    std::smatch m;
    bool found = false;
    for (const std::string& l : verbatim::testing::lines(r.out))
      if (std::regex_search(l, m, line) && m[1] == set.name) {
        found = true;
        CHECK(std::stoi(m[2]) == set.questions);
        CHECK(std::stod(m[3]) >= set.p_at_1);
        CHECK(std::stod(m[4]) >= set.mrr);
      }
    CHECK(found);
  }
}
