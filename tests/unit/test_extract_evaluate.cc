// The evaluator against a tiny example computed by hand.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "indexer/extract/evaluate.h"

using verbatim::extract::Scored;

TEST_CASE("score tokens are NFKC case-folded word runs", "[extract][eval]") {
  CHECK(verbatim::extract::score_tokens("Xi’s ＡＢＣ 2023_x, Ça-va") ==
        std::vector<std::string>{"xi", "s", "abc", "2023_x", "ça", "va"});
  CHECK(verbatim::extract::normalize_speaker("The  White-House!") == "the white house");
  CHECK(verbatim::extract::lenient_speaker_match("Biden", "Joe Biden"));
  CHECK_FALSE(verbatim::extract::lenient_speaker_match("Jill Biden", "Joe Biden"));
  CHECK(verbatim::extract::dice({"a", "b"}, {"a", "c"}) == Approx(0.5));
}

TEST_CASE("precision, recall, speaker accuracy and attributed F1", "[extract][eval]") {
  const std::vector<Scored> gold = {
      {"dir/a.txt", 1, "direct", "Xi Jinping", "the cat sat on the mat"},
      {"a.txt", 2, "indirect", "UNKNOWN", "prices rose sharply today"},
      {"https://x.org/wiki/b", 1, "direct", "Joe Biden", "we will win"},
  };
  const std::vector<Scored> pred = {
      {"a.txt", 1, "direct", "xi jinping", "The cat sat on a mat."},     // Dice 10/12
      {"a.txt", 3, "indirect", "X", "completely different words here"},  // no match
      {"b", 1, "indirect", "Biden", "We will win!"},                     // lenient speaker only
      {"c.txt", 1, "direct", "Y", "not scored: no gold for this item"},
  };
  const auto s = verbatim::extract::score(gold, pred);
  CHECK(s.gold == 3);
  CHECK(s.predicted == 3);
  CHECK(s.matched == 2);
  CHECK(s.kind_ok == 1);
  CHECK(s.precision == Approx(2.0 / 3));
  CHECK(s.recall == Approx(2.0 / 3));
  CHECK(s.f1 == Approx(2.0 / 3));
  CHECK(s.strict_accuracy == Approx(0.5));
  CHECK(s.lenient_accuracy == Approx(1.0));
  CHECK(s.attributed_f1 == Approx(1.0 / 3));
  REQUIRE(s.misses.size() == 1);
  CHECK(s.misses[0].text == "prices rose sharply today");
  REQUIRE(s.wrong_speakers.size() == 1);
  CHECK(s.wrong_speakers[0].gold == "Joe Biden");
  CHECK(s.wrong_speakers[0].predicted == "Biden");
  REQUIRE(s.spurious.size() == 1);
  CHECK(s.spurious[0].text == "completely different words here");
}

TEST_CASE("matching is greedy, best pair first, one-to-one", "[extract][eval]") {
  const std::vector<Scored> gold = {{"a", 1, "direct", "A", "one two three four"},
                                    {"a", 1, "direct", "B", "one two three five"}};
  // the prediction matches both golds; the better pair (exact) wins, the other gold is missed
  const std::vector<Scored> pred = {{"a", 1, "direct", "B", "one two three five"}};
  const auto s = verbatim::extract::score(gold, pred);
  CHECK(s.matched == 1);
  CHECK(s.speaker_strict == 1);
  REQUIRE(s.misses.size() == 1);
  CHECK(s.misses[0].speaker == "A");
}

TEST_CASE("a gold speaker_alt name counts as the speaker, strict and lenient", "[extract][eval]") {
  const std::string path = "eval_speaker_alt_gold.jsonl";
  {
    std::ofstream out(path);
    out << R"({"file": "a.txt", "para": 1, "kind": "indirect", "speaker": "Jarosław Kaczyński",)"
        << R"( "speaker_alt": ["Jaroslaw Kaczynski"], "text": "the party was ready"})" << '\n'
        << R"({"file": "a.txt", "para": 2, "kind": "indirect", "speaker": "Lech Wałęsa",)"
        << R"( "text": "the strike was over"})" << '\n';
  }
  const std::vector<Scored> gold = verbatim::extract::load_gold(path);
  std::remove(path.c_str());
  REQUIRE(gold.size() == 2);
  CHECK(gold[0].speaker_alt == std::vector<std::string>{"Jaroslaw Kaczynski"});
  const std::vector<Scored> pred = {
      {"a.txt", 1, "indirect", "Jaroslaw Kaczynski", "the party was ready"},  // an alt name
      {"a.txt", 2, "indirect", "Lech Walesa", "the strike was over"},         // no alt given
  };
  const auto s = verbatim::extract::score(gold, pred);
  CHECK(s.matched == 2);
  CHECK(s.speaker_strict == 1);
  CHECK(s.speaker_lenient == 1);
  REQUIRE(s.wrong_speakers.size() == 1);
  CHECK(s.wrong_speakers[0].gold == "Lech Wałęsa");
}
