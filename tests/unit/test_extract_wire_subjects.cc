// Wire-copy sentences where the speaker is the clause's subject, not the nearest name.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using namespace verbatim::extract;
using namespace verbatim::extract::testing;

TEST_CASE("a participle after the main clause belongs to the clause's subject", "[extract]") {
  struct Case {
    const char* paragraph;
    const char* text;
    const char* speaker;
  };
  const std::vector<Case> cases = {
      {"Chinese President Xi Jinping on Friday held talks with visiting President Tavares in "
       "Beijing, calling on the two countries to deepen cooperation in trade.",
       "the two countries to deepen cooperation in trade", "Xi Jinping"},
      {"Premier Zhao Minghui met business leaders in Shanghai on Monday, urging them to invest "
       "more in research.",
       "them to invest more in research", "Zhao Minghui"},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    Analysis a = analyse(make_item({"Headline", c.paragraph}));
    INFO(describe(a));
    const Statement* s = find_text(a, c.text);
    REQUIRE(s);
    CHECK(s->speaker == c.speaker);
  }
}

TEST_CASE("a statement relayed by an agency belongs to the original speaker", "[extract]") {
  Analysis a = analyse(make_item(
      {"Headline", "Chinese President Xi Jinping replied to a letter from students.",
       "According to Xinhua, Xi also praised the students' efforts and said such experiences "
       "would benefit them for life."}));
  INFO(describe(a));
  const Statement* s = find_text(a, "such experiences would benefit them for life");
  REQUIRE(s);
  CHECK(s->speaker == "Xi Jinping");
}
