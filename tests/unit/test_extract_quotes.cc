// Quotation pairing: top-level spans, apostrophes, nesting, unbalanced marks.
#include <catch2/catch.hpp>

#include "indexer/extract/quotes.h"

using verbatim::extract::find_quotes;

namespace {

std::vector<std::string> inner_texts(std::string_view p) {
  std::vector<std::string> out;
  for (const auto& q : find_quotes(p)) {
    out.emplace_back(p.substr(q.inner_begin, q.inner_end - q.inner_begin));
  }
  return out;
}

}  // namespace

TEST_CASE("quotation spans", "[extract][quotes]") {
  struct Case {
    const char* text;
    std::vector<std::string> inner;
  };
  const std::vector<Case> cases = {
      {"“A,” he said. “B.”", {"A,", "B."}},
      {"\"A,\" he said. \"B.\"", {"A,", "B."}},
      {"«A», he said.", {"A"}},
      {"“He told me ‘we are ready’ today,” she said.", {"He told me ‘we are ready’ today,"}},
      {"China’s ’80s boom helped students’ families.", {}},
      {"He said 'can' and 'may' today.", {"can", "may"}},
      {"She said “it goes on", {"it goes on"}},
      {"No quotes at all.", {}},
      {"Don't 'quote' the students' union", {"quote"}},
      {"''We are ready,'' he said.", {"We are ready,"}},
      {"''A 'small' step,'' he said.", {"A 'small' step,"}},
      {"「A」と彼は言った。『B』", {"A", "B"}},
      {"« A », he said.", {"A"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(inner_texts(c.text) == c.inner);
  }
}

TEST_CASE("an unclosed quotation runs to the end of its paragraph only", "[extract][quotes]") {
  const std::string p = "“This never closes, Smith said.";
  const auto spans = find_quotes(p);
  REQUIRE(spans.size() == 1);
  CHECK_FALSE(spans[0].closed);
  CHECK(spans[0].end == p.size());
}
