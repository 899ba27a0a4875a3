// Speaker resolution inside an item: pronouns, descriptions, surnames.
#include <catch2/catch.hpp>

#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::testing::describe;
using verbatim::extract::testing::find_text;
using verbatim::extract::testing::make_item;

TEST_CASE("pronouns, descriptions and surnames resolve to the full name", "[extract][coref]") {
  struct Case {
    const char* name;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* speaker;
    const char* mention;
  };
  const std::vector<Case> cases = {
      {"pronoun",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "He said the region must innovate."},
       "the region must innovate",
       "Xi Jinping",
       "He"},
      {"surname",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "Growth must be green, Xi said."},
       "Growth must be green",
       "Xi Jinping",
       "Xi"},
      {"description with a title",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "The Chinese president said the region must innovate."},
       "the region must innovate",
       "Xi Jinping",
       "The Chinese president"},
      {"the spokesperson",
       {"Headline", "Foreign Ministry spokesperson Wang Wenbin said the visit was a success.",
        "The spokesperson added that more talks would follow."},
       "more talks would follow",
       "Wang Wenbin",
       "The spokesperson"},
      {"the premier",
       {"Headline", "Premier Li Qiang met business leaders.",
        "The premier said the economy was stable."},
       "the economy was stable",
       "Li Qiang",
       "The premier"},
      {"a surname before the full name (headline)",
       {"Biden says sanctions will stay", "U.S. President Joe Biden spoke on Monday."},
       "sanctions will stay",
       "Joe Biden",
       "Biden"},
      {"never introduced in full: the fullest form given",
       {"Headline", "Mr. Tanaka said the plan was sound."},
       "the plan was sound",
       "Tanaka",
       "Mr. Tanaka"},
      {"she is not the last male speaker",
       {"Headline", "Prime Minister Boris Johnson said the case was tragic.",
        "Police spoke with Anne Sacoolas. She said she had diplomatic immunity."},
       "she had diplomatic immunity",
       "Anne Sacoolas",
       "She"},
      {"organisation by its acronym",
       {"Headline", "The Federal Security Service (FSB) said the blast was an accident.",
        "The FSB denies the two explosions are related."},
       "the two explosions are related",
       "Federal Security Service",
       "The FSB"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO("found:\n" << describe(a));
    const auto* s = find_text(a, c.text);
    CHECK(s != nullptr);
    if (s == nullptr) continue;
    CHECK(s->speaker == c.speaker);
    CHECK(s->mention == c.mention);
  }
}

TEST_CASE("joint statements are listed once per speaker", "[extract][coref]") {
  const Analysis a =
      analyse(make_item({"Headline", "Doug Miller and Tristan Smith spoke to us.",
                         "Miller and Smith both acknowledged faults with the system."}));
  INFO("found:\n" << describe(a));
  REQUIRE(a.statements.size() == 2);
  CHECK(a.statements[0].speaker == "Doug Miller");
  CHECK(a.statements[1].speaker == "Tristan Smith");
  CHECK(a.statements[0].text == "faults with the system");
}
