// The shared normalizer: what indexing and querying both see.
#include <catch2/catch.hpp>

#include "text/normalize.h"

using namespace verbatim::text;

TEST_CASE("typography is normalized, case kept", "[normalize]") {
  CHECK(normalize_typography("China’s “opening-up” — now") == "China's \"opening-up\" - now");
  CHECK(normalize_typography("a\u00a0b") == "a b");
  CHECK(normalize_typography("ﬁve") == "five");  // NFKC
}

TEST_CASE("terms text is folded, initialisms collapsed", "[normalize]") {
  struct Case {
    const char* in;
    const char* out;
  };
  for (Case c : std::vector<Case>{{"U.S. President", "us president"},
                                  {"the U.K.'s view", "the uk's view"},
                                  {"COVID-19", "covid-19"},
                                  {"China’s", "china's"},
                                  {"Straße", "strasse"},
                                  {"J. Smith", "j. smith"}}) {
    INFO(c.in);
    CHECK(normalize_for_terms(c.in) == c.out);
  }
}

TEST_CASE("queries keep their operators", "[normalize]") {
  CHECK(normalize_query("Belt AND Road NOT U.S.") == "belt AND road NOT us");
  CHECK(normalize_query("speaker:Xi opening-up") == "speaker:xi opening-up");
  CHECK(normalize_query("and or") == "and or");
}

TEST_CASE("names fold for matching", "[normalize]") {
  CHECK(fold_name("Xi Jinping") == "xi jinping");
  CHECK(fold_name("  Wang   Wenbin ") == "wang wenbin");
  CHECK(fold_name("U.S. Department of State") == "us department of state");
}
