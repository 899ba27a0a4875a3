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

TEST_CASE("a firm's unit and a firm named by a title word are speakers by their names",
          "[extract]") {
  struct Case {
    std::vector<std::string> paragraphs;
    const char* text;
    const char* speaker;
  };
  const std::vector<Case> cases = {
      // the owner's whole name, then the unit's
      {{"Headline", "Harbin Steel Corp's Vexa Metals Inc unit said it cut prices by five pct."},
       "it cut prices by five pct",
       "Vexa Metals Inc"},
      {{"Headline", "The Nordmark Marine division said it sold two tankers."},
       "it sold two tankers",
       "Nordmark Marine"},
      // unnamed, the unit is its owner's
      {{"Headline", "Harbin Steel Corp's unit said it cut prices by five pct."},
       "it cut prices by five pct",
       "Harbin Steel Corp"},
      // "General", "Prime" before a name ending in a legal form: no title
      {{"Headline", "General Vexa Co said it would redeem its notes on May 1."},
       "it would redeem its notes on May 1",
       "General Vexa Co"},
      // an ordinal or a month opening a firm's name is its first word
      {{"Headline", "First Vexa Corp said it raised its dividend."},
       "it raised its dividend",
       "First Vexa Corp"},
      {{"Headline", "Sales rose 15 pct, May Department Stores Co said."},
       "Sales rose 15 pct",
       "May Department Stores Co"},
      // a date's number before a name is no part of it; a number inside a name is
      {{"Headline", "Vexa Holdings Plc sold a unit.",
        "On February 17 Vexa said it had signed an agreement to sell a mill."},
       "it had signed an agreement to sell a mill",
       "Vexa Holdings Plc"},
      {{"Headline", "Vexa 2000 Inc said it expanded its fleet."},
       "it expanded its fleet",
       "Vexa 2000 Inc"},
      // a publication named before its noun; places joined by "and" are no medium's name
      {{"Headline", "Farmers sell fish in Hong Kong and Macao, the Vexa Review magazine said.",
        "The magazine said grain prices rose."},
       "grain prices rose",
       "Vexa Review"},
      // a role word opening an organisation's name is part of it
      {{"Headline", "Growth will slow, the Economist Vexa Unit said."},
       "Growth will slow",
       "Economist Vexa Unit"},
      // quoted in or by a medium: the subject of the passive said it
      {{"Headline",
        "The head of the port authority, Murilo Habbema, was quoted in today's Vexa Mercantil "
        "newspaper as saying that ships could be used."},
       "ships could be used",
       "Murilo Habbema"},
      {{"Headline",
        "He echoed governor Erik Hoffmeyer, who was quoted by the daily Vexa as saying the "
        "downgrading would have little effect."},
       "the downgrading would have little effect",
       "Erik Hoffmeyer"},
      // a nationality or a party's adjective before a group noun names nobody
      {{"Headline", "Japanese officials in Tokyo today reiterated that Japan had no plans to act."},
       "Japan had no plans to act",
       "UNKNOWN"},
      {{"Headline", "Republican members of the farm committee said they will propose amendments."},
       "they will propose amendments",
       "UNKNOWN"},
      // where a firm is based, or who owns it, is no part of its name
      {{"Headline", "Montreal-based Vexa Ltd said it would cut output."},
       "it would cut output",
       "Vexa Ltd"},
      {{"Headline", "State-owned Vexa Airways said it bought two jets."},
       "it bought two jets",
       "Vexa Airways"},
      // ... but a given name's syllables are ("Kim Mahn-je")
      {{"Headline", "Deputy Prime Minister Kim Mahn-je said exports rose."},
       "exports rose",
       "Kim Mahn-je"},
      // two words before "of" and a firm's whole name are a person of that firm, not a
      // firm of a place
      {{"Headline", "Prices will rise, Ward Vexley of Merrill Vexa Capital Markets Inc said."},
       "Prices will rise",
       "Ward Vexley"},
      {{"Headline", "Vexa Banks of Florida Inc said it would redeem its stock."},
       "it would redeem its stock",
       "Vexa Banks of Florida Inc"},
      // two firms joined by "and", the first ending in a legal form, speak together
      {{"Headline", "Vexa Securities Corp and Tolmer Associates said they bought a stake."},
       "they bought a stake",
       "Vexa Securities Corp"},
      // a document's source speaks through it
      {{"Headline", "The report from Vexa Bank said rates would fall."},
       "rates would fall",
       "Vexa Bank"},
      {{"Headline", "The report by the Institute of Vexa Affairs said fares were high."},
       "fares were high",
       "Institute of Vexa Affairs"},
      // a particle joined to a name by a hyphen is part of it; a role word after a given
      // name is a surname
      {{"Headline", "Foreign Minister Abdel Vexa el-Sisi said the talks would resume."},
       "the talks would resume",
       "Abdel Vexa el-Sisi"},
      {{"Headline", "Former prime minister John Major said the vote was unlawful."},
       "the vote was unlawful",
       "John Major"},
      // "the Chinese president" is the one the item calls Chinese, not the last president
      {{"Headline", "Chinese President Xi Jinping opened the forum.",
        "Kenyan President William Ruto said the initiative helped Kenya.",
        "The Chinese president also said that China will never seek hegemony."},
       "China will never seek hegemony",
       "Xi Jinping"},
      // "major" in lowercase is no title
      {{"Headline", "A major French bank said it sold yen."}, "it sold yen", "UNKNOWN"},
      // a place alone stands for the firm named after it
      {{"Headline", "Kobe Steel Ltd said it would cut output.",
        "Kobe said demand for copper tubing was weak."},
       "demand for copper tubing was weak",
       "Kobe Steel Ltd"},
      // a surname opening with a particle is the full name's
      {{"Headline", "Trade commissioner Willy De Clercq arrived in Tokyo.",
        "De Clercq said the talks would be hard."},
       "the talks would be hard",
       "Willy De Clercq"},
      // the parent's name is no short form of its unit's
      {{"Headline", "Harbin Corp said its Harbin Capital Corp unit sold notes.",
        "Harbin Corp said the notes were priced at par."},
       "the notes were priced at par",
       "Harbin Corp"},
  };
  for (const Case& c : cases) {
    INFO(c.paragraphs.back());
    Analysis a = analyse(make_item(c.paragraphs));
    INFO(describe(a));
    const Statement* s = find_text(a, c.text);
    REQUIRE(s);
    CHECK(s->speaker == c.speaker);
  }
}

TEST_CASE("two single names joined by 'and' are one firm unless the item tells two", "[extract]") {
  struct Case {
    std::vector<std::string> paragraphs;
    const char* text;
    std::vector<std::string> speakers;
  };
  const std::vector<Case> cases = {
      {{"Headline", "Duvall and Pryce said it lowered the ratings on the bonds."},
       "it lowered the ratings on the bonds",
       {"Duvall and Pryce"}},
      // named in full before: two persons
      {{"Headline", "Ana Ruiz met Paul Denby in Lima.", "Ruiz and Denby said the talks went well."},
       "the talks went well",
       {"Ana Ruiz", "Paul Denby"}},
      // places, and acronyms, are two
      {{"Headline", "Britain and Canada said they would cut tariffs."},
       "they would cut tariffs",
       {"Britain", "Canada"}},
      {{"Headline", "NHK and KBS said the talks were held in Seoul."},
       "the talks were held in Seoul",
       {"NHK", "KBS"}},
  };
  for (const Case& c : cases) {
    INFO(c.paragraphs.back());
    Analysis a = analyse(make_item(c.paragraphs));
    INFO(describe(a));
    std::vector<std::string> speakers;
    for (const Statement& s : a.statements)
      if (s.text == c.text) speakers.push_back(s.speaker);
    CHECK(speakers == c.speakers);
  }
}
