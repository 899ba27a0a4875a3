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
      // month and weekday abbreviations come from data/text/ (text/dates)
      {"The vote is on Tues. Feb. 3 at noon.", {"The vote is on Tues. Feb. 3 at noon."}},
      {"OUTPUT ROSE IN SEPT. The talks ended.", {"OUTPUT ROSE IN SEPT.", "The talks ended."}},
      {"It ended on Thurs. The talks resume in May. Then they stop.",
       {"It ended on Thurs.", "The talks resume in May.", "Then they stop."}},
      {"Sony (U.K.) Ltd said it grew.", {"Sony (U.K.) Ltd said it grew."}},
      {"Petroleos de Venezuela, S.A.(PDVSA) said it grew.",
       {"Petroleos de Venezuela, S.A.(PDVSA) said it grew."}},
      {"The debt pact signed feb. 27 ended a process.",
       {"The debt pact signed feb. 27 ended a process."}},
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

TEST_CASE("abbreviations that may end a sentence end one before a sentence opener", "[segment]") {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"It bought Acme Corp. The deal closed.", {"It bought Acme Corp.", "The deal closed."}},
      {"Acme Corp. Chairman John Smith spoke.", {"Acme Corp. Chairman John Smith spoke."}},
      // a capitalised word and a lowercase one after a firm's suffix open a new clause
      {"The bonds are backed by Harbour Trust Bank of Chile Ltd. Redemption is due in May.",
       {"The bonds are backed by Harbour Trust Bank of Chile Ltd.", "Redemption is due in May."}},
      {"It sold the unit to Vexa Metals Inc. Terms were not given.",
       {"It sold the unit to Vexa Metals Inc.", "Terms were not given."}},
      {"It has signed a pact with Nordmark Shipbuilding Co. Ltd of Oslo for two ships.",
       {"It has signed a pact with Nordmark Shipbuilding Co. Ltd of Oslo for two ships."}},
      {"It will buy Alden Co. Marsh and Co Inc's retail unit.",
       {"It will buy Alden Co. Marsh and Co Inc's retail unit."}},
      {"SALES AT ACME CORP. ROSE SHARPLY.", {"SALES AT ACME CORP. ROSE SHARPLY."}},
      {"He met Acme Inc. executives in Paris. It rained.",
       {"He met Acme Inc. executives in Paris.", "It rained."}},
      {"It was signed in Sept. It runs for a year.",
       {"It was signed in Sept.", "It runs for a year."}},
      // titles come before a name and never end a sentence
      {"He met Gen. The Duke of York.", {"He met Gen. The Duke of York."}},
      // "No." abbreviates only before a number
      {"The answer was No. Then he left.", {"The answer was No.", "Then he left."}},
      // US states are no abbreviations: before a capitalised word they end a sentence
      {"It is based in Malvern, Pa. Safeguard said it grew.",
       {"It is based in Malvern, Pa.", "Safeguard said it grew."}},
      {"Its Kenosha, Wis., plant closed.", {"Its Kenosha, Wis., plant closed."}},
      // initialisms: wire copy capitalises the next word inside a sentence
      {"Exports to the U.S. In 1986 rose.", {"Exports to the U.S. In 1986 rose."}},
      // before an opening quotation mark
      {"said Jane Doe of Acme Corp. “This is a milestone.”",
       {"said Jane Doe of Acme Corp.", "“This is a milestone.”"}},
      // a full stop before a number, which ICU reads past
      {"Profits were higher. 1986 sales rose.", {"Profits were higher.", "1986 sales rose."}},
      {"There were 142 cases.  14 have recovered.",
       {"There were 142 cases.", "14 have recovered."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(sentence_texts(c.text) == c.sentences);
  }
}

TEST_CASE("abbreviation full stops", "[segment]") {
  using verbatim::segment::abbreviation_stop;
  CHECK(abbreviation_stop("Dr.", " Smith"));
  CHECK(abbreviation_stop("Sept.", " 8, 2023"));
  CHECK(abbreviation_stop("U.S.", " President"));
  CHECK(abbreviation_stop("F.", " Kennedy"));
  CHECK(abbreviation_stop("CORP.", " ROSE"));
  CHECK(abbreviation_stop("feb.", " 27"));
  CHECK(abbreviation_stop("No.", " 1"));
  CHECK_FALSE(abbreviation_stop("No.", " Then"));
  CHECK_FALSE(abbreviation_stop("Corp.", " The company"));
  CHECK_FALSE(abbreviation_stop("Corp.", ""));
  CHECK_FALSE(abbreviation_stop("Corp.", " “This"));
  CHECK_FALSE(abbreviation_stop("said.", " Smith"));
  CHECK_FALSE(abbreviation_stop("sat.", " Nobody"));
  CHECK_FALSE(abbreviation_stop("Calif.", " The"));
}
