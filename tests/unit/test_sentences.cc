// Sentence segmentation: news abbreviations must not end a sentence.
#include <catch2/catch.hpp>

#include "indexer/segment/sentences.h"

using verbatim::segment::sentence_texts;

TEST_CASE("sentence segmentation keeps abbreviations inside sentences", "[segment]") {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"U.S. President Joe Biden spoke. He left.", {"U.S. President Joe Biden spoke.", "He left."}},
      {"BEIJING, Sept. 8, 2023 /PRNewswire/ — It rained. Then it stopped.",
       {"BEIJING, Sept. 8, 2023 /PRNewswire/ — It rained.", "Then it stopped."}},
      {"Dr. Smith arrived. Mr. Jones left.", {"Dr. Smith arrived.", "Mr. Jones left."}},
      {"He is ranked No. 1 in the world. She is not.",
       {"He is ranked No. 1 in the world.", "She is not."}},
      {"John F. Kennedy was president. Lyndon B. Johnson followed.",
       {"John F. Kennedy was president.", "Lyndon B. Johnson followed."}},
      {"The talks in the U.K. ended. Nothing changed.",
       {"The talks in the U.K. ended.", "Nothing changed."}},
      {"“We are ready,” he said. “Go.”", {"“We are ready,” he said.", "“Go.”"}},
      {"Is it true? Yes! It is.", {"Is it true?", "Yes!", "It is."}},
      {"It grew 3.5 percent in Jan. and Feb. this year.",
       {"It grew 3.5 percent in Jan. and Feb. this year."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(sentence_texts(c.text) == c.sentences);
  }
}

TEST_CASE("sentence spans are byte offsets into the paragraph", "[segment]") {
  std::string p = "“Yes,” said Xi.  Next one.";
  auto spans = verbatim::segment::split_sentences(p);
  REQUIRE(spans.size() == 2);
  CHECK(p.substr(spans[1].begin, spans[1].end - spans[1].begin) == "Next one.");
  CHECK(verbatim::segment::split_sentences("").empty());
}
