// "Did you mean": the closest known word, when it is close (text/closest.h).
#include <catch2/catch.hpp>

#include "text/closest.h"

using verbatim::text::closest;
using verbatim::text::did_you_mean;

TEST_CASE("the closest known word, when close", "[closest]") {
  const std::vector<std::string> commands{"index", "query", "stats", "speakers"};
  struct Case {
    const char* typed;
    const char* best;
  };
  for (Case c : std::vector<Case>{{"querry", "query"},
                                  {"idnex", "index"},  // a swap is one edit
                                  {"stat", "stats"},
                                  {"speakrs", "speakers"},
                                  {"zzzzzz", ""},
                                  {"q", ""}}) {
    INFO(c.typed);
    CHECK(closest(c.typed, commands) == c.best);
  }
  CHECK(did_you_mean("quote", {"paragraph", "quote"}) == "; did you mean quote?");
  CHECK(did_you_mean("xyz", {"paragraph"}).empty());
}
