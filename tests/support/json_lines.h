// A CLI test's view of a command printing JSON Lines: one object per line.
#pragma once

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/run_command.h"

namespace verbatim::testing {

// `verbatim ARGS...`, which must succeed, as one JSON object per line of its output.
inline std::vector<nlohmann::json> json_lines(const std::vector<std::string>& args) {
  auto r = run_verbatim(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::vector<nlohmann::json> out;
  for (const std::string& line : lines(r.out)) out.push_back(nlohmann::json::parse(line));
  return out;
}

}  // namespace verbatim::testing
