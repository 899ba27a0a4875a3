// The extractor's sentences: the ICU segmenter's, merged where a quotation spans them, and ended
// after a quotation that ends one unless its attribution follows.
#include <catch2/catch.hpp>

#include "indexer/extract/tokens.h"

using verbatim::extract::sentence_ranges;
using verbatim::extract::Token;
using verbatim::extract::tokenize;

namespace {

// The text of each sentence of `p` from byte `from` on, from its first to its last token.
std::vector<std::string> sentences(std::string_view p, std::size_t from = 0) {
  const std::vector<Token> toks = tokenize(p, from);
  std::vector<std::string> out;
  std::size_t next = 0;
  for (const auto& r : sentence_ranges(p, toks)) {
    CHECK(r.first == next);  // the ranges cover the tokens in order
    CHECK(r.last > r.first);
    next = r.last;
    out.emplace_back(p.substr(toks[r.first].begin, toks[r.last - 1].end - toks[r.first].begin));
  }
  CHECK(next == toks.size());
  return out;
}

}  // namespace

TEST_CASE("a quotation spanning sentences is one unit of its sentence", "[extract][sentences]") {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"“We will grow. We will open up,” Xi said.", {"“We will grow. We will open up,” Xi said."}},
      {"“We will grow. We will open up,” Xi said. Then he left.",
       {"“We will grow. We will open up,” Xi said.", "Then he left."}},
      {"Xi said: “We will grow. We will open up.” The crowd cheered.",
       {"Xi said: “We will grow. We will open up.”", "The crowd cheered."}},
      // an attribution following the quotation stays in its sentence
      {"“The talks were candid.” Smith said. “Both sides want results.”",
       {"“The talks were candid.” Smith said.", "“Both sides want results.”"}},
      {"“Is it over?” asked Smith. Nobody answered.",
       {"“Is it over?” asked Smith.", "Nobody answered."}},
      {"“We are ready.” he said.", {"“We are ready.” he said."}},
      // a sentence that has its cue ends after its quotation
      {"Smith said, “We are ready.” Jones told reporters the plan had failed.",
       {"Smith said, “We are ready.”", "Jones told reporters the plan had failed."}},
      // no attribution follows: a new sentence
      {"“We are ready.” The minister then left the room for a walk in the garden.",
       {"“We are ready.”", "The minister then left the room for a walk in the garden."}},
      // a mark glued to the full stop opens a quotation
      {"“That is healthy,” he added.\"If you asked me a year ago, I would have said no.\"",
       {"“That is healthy,” he added.", "\"If you asked me a year ago, I would have said no.\""}},
      {"\"A,\" he said. \"B.\"", {"\"A,\" he said.", "\"B.\""}},
      // an opening mark never closed runs to the end of the paragraph
      {"She said “it goes on. And on.", {"She said “it goes on. And on."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(sentences(c.text) == c.sentences);
  }
}

TEST_CASE("abbreviations, initials and initialisms end no sentence", "[extract][sentences]") {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      {"Dr. Smith arrived. Mr. Jones left.", {"Dr. Smith arrived.", "Mr. Jones left."}},
      {"U.S. President Joe Biden spoke on Sept. 8 in Washington. He left.",
       {"U.S. President Joe Biden spoke on Sept. 8 in Washington.", "He left."}},
      {"John F. Kennedy was president. Lyndon B. Johnson followed.",
       {"John F. Kennedy was president.", "Lyndon B. Johnson followed."}},
      {"He is ranked No. 1 in the world. She is not.",
       {"He is ranked No. 1 in the world.", "She is not."}},
      {"It signed with Acme Corp. The deal closes in May.",
       {"It signed with Acme Corp.", "The deal closes in May."}},
      {"Acme Corp. Chairman John Smith said sales rose.",
       {"Acme Corp. Chairman John Smith said sales rose."}},
      {"The plant is in Kenosha, Wis. Workers voted on Monday.",
       {"The plant is in Kenosha, Wis.", "Workers voted on Monday."}},
      // "... of Acme Corp. “This ...”": an abbreviation's full stop before a new quotation
      {"said John Smith, chief executive of Acme Corp. “This partnership is a milestone.”",
       {"said John Smith, chief executive of Acme Corp.", "“This partnership is a milestone.”"}},
      {"Profits were higher. 1986 sales rose 5 pct.",
       {"Profits were higher.", "1986 sales rose 5 pct."}},
      {"The deal with Sony (U.K.) Ltd was signed.", {"The deal with Sony (U.K.) Ltd was signed."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(sentences(c.text) == c.sentences);
  }
}

TEST_CASE("an abbreviation's full stop is part of its word", "[extract][sentences]") {
  auto words = [](std::string_view p) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(p, 0)) out.emplace_back(t.text);
    return out;
  };
  CHECK(words("Dr. Smith met Sen. Jones on Sept. 8.") ==
        std::vector<std::string>{"Dr.", "Smith", "met", "Sen.", "Jones", "on", "Sept.", "8", "."});
  CHECK(words("It ranked No. 1. The answer was No. Then") ==
        std::vector<std::string>{"It", "ranked", "No.", "1", ".", "The", "answer", "was", "No", ".",
                                 "Then"});
  // the full stop that ends the sentence or the paragraph is punctuation
  CHECK(words("It bought Acme Corp. The deal closed. It sold Acme Corp.") ==
        std::vector<std::string>{"It", "bought", "Acme", "Corp", ".", "The", "deal", "closed", ".",
                                 "It", "sold", "Acme", "Corp", "."});
  CHECK(words("John F. Kennedy and the U.S. Army") ==
        std::vector<std::string>{"John", "F.", "Kennedy", "and", "the", "U.S.", "Army"});
}

TEST_CASE("sentences start where the tokens start", "[extract][sentences]") {
  // a dateline left out by the tokenizer
  const std::string p = "BEIJING, Sept. 8 (Xinhua) -- “We will grow. We will open up,” Xi said.";
  const std::size_t from = p.find("“");
  CHECK(sentences(p, from) ==
        std::vector<std::string>{"“We will grow. We will open up,” Xi said."});
  CHECK(sentence_ranges("", tokenize("", 0)).empty());
}
