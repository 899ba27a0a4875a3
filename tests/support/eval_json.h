// `verbatim eval --format json GOLD ITEMS` from CLI tests: the scores as JSON (the run must
// succeed).
#pragma once

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "support/run_command.h"

namespace verbatim::testing {

inline nlohmann::json eval_json(const std::string& gold, const std::string& items) {
  auto r = run_verbatim({"eval", "--format", "json", gold, items});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace verbatim::testing
