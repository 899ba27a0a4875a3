// Interview answers open with the name of whoever answers in double parentheses
// (indexer/extract/interview_turns.h); "I" in them is that person.
#include <catch2/catch.hpp>

#include "indexer/extract/interview_turns.h"
#include "unit/extract_test_util.h"

using verbatim::extract::opens_turn;
using verbatim::extract::turn_speaker;

TEST_CASE("interview turns: the name opening an answer", "[extract][interview]") {
  struct Case {
    const char* paragraph;
    const char* speaker;
  };
  const Case cases[] = {
      {"((Rich Bowen))  The stream was introduced last year.", "Rich Bowen"},
      {"  ((Lena Moss)) I was there.", "Lena Moss"},
      {"((Łukasz Nowak))  We agreed.", "Łukasz Nowak"},
      {"((Tom))  Yes.", "Tom"},
      {"((WN))  What did you find?", ""},  // the interviewer's tag
      {"((Q))  Why?", ""},                 // a tag in capitals
      {"((hi))Hindi language: yes", ""},   // a language tag
      {"Lena Moss said the comet was young.", ""},
      {"(( ))  Empty.", ""},
      {"((Lena Moss  Unclosed marker goes on", ""},
      {"((Agent 47))  A number is no name.", ""},
  };
  for (const Case& c : cases) {
    INFO(c.paragraph);
    CHECK(turn_speaker(c.paragraph) == c.speaker);
  }
}

TEST_CASE("interview turns: what opens a turn", "[extract][interview]") {
  CHECK(opens_turn("((Rich Bowen))  The stream was introduced last year."));
  CHECK(opens_turn("((WN))  What did you find?"));
  CHECK_FALSE(opens_turn("((hi))Hindi language: yes"));
  CHECK_FALSE(opens_turn("And then we left."));
}

TEST_CASE("interview answers: I and we are the person answering, not the last speaker",
          "[extract][interview]") {
  using verbatim::extract::testing::find_text;
  using verbatim::extract::testing::make_item;
  const auto a = verbatim::extract::analyse(make_item({
      "Astronomer Lena Moss talks to Wikinews about a young comet",
      "Astronomer Lena Moss studied the comet with Tom Vale. Vale said the orbit was odd.",
      "((WN))  What did you find?",
      "((Lena Moss))  I said the comet was young.",
      "((WN))  And your colleague?",
      "((Tom Vale))  I said the orbit was strange.",
      "Vale said the tail was long. I say the data will tell.",
      "((WN))  Anything else?",
      "((Lena Moss))  No.",
  }));
  struct Expected {
    const char* text;
    const char* speaker;
  };
  for (const Expected& e :
       {Expected{"the comet was young", "Lena Moss"}, Expected{"the orbit was strange", "Tom Vale"},
        // a paragraph with no marker goes on with the answer before it
        Expected{"the data will tell", "Tom Vale"}}) {
    INFO(e.text);
    const auto* s = find_text(a, e.text);
    REQUIRE(s != nullptr);
    CHECK(s->speaker == e.speaker);
  }
}

TEST_CASE("interview answers: he, she and they are others, named in the answer",
          "[extract][interview]") {
  using verbatim::extract::testing::find_text;
  using verbatim::extract::testing::make_item;
  const auto a = verbatim::extract::analyse(make_item({
      "Chess player Lena Moss talks to Wikinews",
      "Lena Moss won the title in May.",
      "((WN))  Who taught you?",
      "((Lena Moss))  My mom taught me. She said I had to be patient.",
      "((WN))  And the federation?",
      "((Lena Moss))  They said the rules would change.",
  }));
  struct Expected {
    const char* text;
    const char* speaker;
  };
  for (const Expected& e : {Expected{"I had to be patient", "UNKNOWN"},
                            Expected{"the rules would change", "UNKNOWN"}}) {
    INFO(e.text);
    const auto* s = find_text(a, e.text);
    REQUIRE(s != nullptr);
    CHECK(s->speaker == e.speaker);
  }
}
