// The role a mention gives its speaker: a description whose head is a role or group word.
#include <catch2/catch.hpp>

#include "indexer/build/speaker_role.h"
#include "text/language.h"

using verbatim::build::speaker_role;

TEST_CASE("a mention's role is a description headed by a role or group word", "[roles]") {
  const auto& lex = verbatim::extract::lexicon(verbatim::text::default_language());
  struct Case {
    const char* mention;
    const char* speaker;
    const char* role;
  };
  const Case cases[] = {
      // roles, with the name and a leading article left out
      {"the Chinese president", "Xi Jinping", "chinese president"},
      {"Chinese President Xi Jinping", "Xi Jinping", "chinese president"},
      {"Secretary of State Ana Ruiz", "Ana Ruiz", "secretary of state"},
      {"the harbour's chief executive", "UNKNOWN", "harbours chief executive"},
      {"President and CEO Paul Denby", "Paul Denby", "president and ceo"},
      {"a Ministry of Ports spokesperson, Ana Ruiz", "Ana Ruiz", "ministry of ports spokesperson"},
      {"President Erdogan", "Recep Tayyip Erdoğan", "president"},
      {"Turkey's President Erdogan", "Recep Tayyip Erdoğan", "turkeys president"},
      {"local officials", "UNKNOWN", "local officials"},
      // no role: the name alone, a pronoun, what or where it was said, an affiliation, a list
      {"Paul Denby", "Paul Denby", ""},
      {"he", "Paul Denby", ""},
      {"Denby's statement", "Paul Denby", ""},
      {"Denby on Twitter", "Paul Denby", ""},
      {"the report", "UNKNOWN", ""},
      {"Denby's", "Paul Denby", ""},
      {"Ana Ruiz of the port authority", "Ana Ruiz", ""},
      {"Rajamma and her husband", "UNKNOWN", ""},
      {"the 2011 study", "UNKNOWN", ""},
      {"local media", "UNKNOWN", ""},
      {"government reports", "UNKNOWN", ""},
      {"", "Paul Denby", ""},
  };
  for (const Case& c : cases) {
    INFO(c.mention);
    CHECK(speaker_role(c.mention, c.speaker, lex) == c.role);
  }
}
