// Speakers are names: the checks of indexer/extract/speaker_names.h, class by class, and what an
// item's statements get from them (pronouns give nobody, bare nouns UNKNOWN or the organisation,
// glued places, media and possessors come off, "I" in an interview is the interviewee).
#include <catch2/catch.hpp>

#include "indexer/extract/speaker_names.h"
#include "unit/extract_test_util.h"

using verbatim::extract::check_speaker_name;
using verbatim::extract::SpeakerName;
using Kind = verbatim::extract::SpeakerName::Kind;

namespace {

struct NameCase {
  const char* given;
  Kind kind;
  const char* name;  // the name (Kind::name) or the head noun (Kind::common_noun)
};

const NameCase kNameCases[] = {
    // names stay as they are
    {"Xi Jinping", Kind::name, "Xi Jinping"},
    {"The Guardian", Kind::name, "The Guardian"},
    {"UNKNOWN", Kind::name, "UNKNOWN"},
    {"US", Kind::name, "US"},
    {"Alachua Sheriff's Office", Kind::name, "Alachua Sheriff's Office"},
    {"Florida Highway Patrol", Kind::name, "Florida Highway Patrol"},
    {"California Institute of Technology", Kind::name, "California Institute of Technology"},
    {"New York Times", Kind::name, "New York Times"},
    // pronouns and quantifiers
    {"Nobody", Kind::not_a_name, ""},
    {"I've", Kind::not_a_name, ""},
    {"I", Kind::not_a_name, ""},
    {"You've", Kind::not_a_name, ""},
    {"It", Kind::not_a_name, ""},
    {"Everyone", Kind::not_a_name, ""},
    {"Some others", Kind::not_a_name, ""},
    {"They’re", Kind::not_a_name, ""},
    // bare common nouns
    {"police", Kind::common_noun, "police"},
    {"Police", Kind::common_noun, "police"},
    {"The Government", Kind::common_noun, "government"},
    {"the government", Kind::common_noun, "government"},
    {"county police", Kind::common_noun, "police"},
    {"his son", Kind::common_noun, "son"},
    {"mayor of Yartsevo", Kind::common_noun, "mayor"},
    {"government's lawyer", Kind::common_noun, "lawyer"},
    {"The next", Kind::common_noun, "next"},
    // names with something glued to them
    {"Trump on Twitter", Kind::name, "Trump"},
    {"Elizabeth Warren on Facebook", Kind::name, "Elizabeth Warren"},
    {"Vermont Bernie Sanders", Kind::name, "Bernie Sanders"},
    {"New York Andrew Cuomo", Kind::name, "Andrew Cuomo"},
    {"Democrat Chuck Schumer", Kind::name, "Chuck Schumer"},
    {"Liberal Democrats", Kind::name, "Liberal Democrats"},
    {"Trump's State Department", Kind::name, "State Department"},
    {"China's Foreign Ministry", Kind::name, "Foreign Ministry"},
    {"Goa's government", Kind::name, "Goa's government"},
    {"Moody's Investors Service Inc", Kind::name, "Moody's Investors Service Inc"},
    {"Jane's Defence Weekly", Kind::name, "Jane's Defence Weekly"},  // a publication's title
    // a firm's legal name keeps its owner's possessive though the owner is a person
    {"Trump's Hotel Holdings Inc", Kind::name, "Trump's Hotel Holdings Inc"},
    {"3Com Corp", Kind::name, "3Com Corp"},
    {"company Red Hat", Kind::name, "Red Hat"},
    // a name and a description glued as one subject: the name
    {"CentOS Governing Board and the Board", Kind::name, "CentOS Governing Board"},
    {"Ruritania Water Board and a Council", Kind::name, "Ruritania Water Board"},
    {"Johnson & Johnson", Kind::name, "Johnson & Johnson"},
    {"Marks and Spencer", Kind::name, "Marks and Spencer"},
};

}  // namespace

TEST_CASE("speaker names: pronouns, common nouns and glued words", "[extract][speaker_names]") {
  for (const NameCase& c : kNameCases) {
    INFO(c.given);
    const SpeakerName got =
        check_speaker_name(c.given, [](std::string_view name) { return name == "Trump"; });
    CHECK(got.kind == c.kind);
    CHECK(got.name == c.name);
  }
  CHECK(check_speaker_name("I've").first_person);
  CHECK_FALSE(check_speaker_name("Nobody").first_person);
}

namespace {

struct ItemCase {
  std::vector<std::string> paragraphs;
  const char* text;
  const char* speaker;  // "" for no speaker
};

const std::vector<ItemCase>& item_cases() {
  static const std::vector<ItemCase> table = {
      {{"Fire in the old town", "Police said the fire began at noon."},
       "the fire began at noon",
       "UNKNOWN"},
      {{"Fire in the old town", "The Ruritania Police Service opened an inquiry.",
        "The police said the fire began at noon."},
       "the fire began at noon",
       "Ruritania Police Service"},
      {{"Sanders ends campaign", "Vermont Senator Bernie Sanders said the race was over."},
       "the race was over",
       "Bernie Sanders"},
      {{"Wikinews interviews Sandra Jephcott about the climate",
        "I've said we must act on the climate now."},
       "we must act on the climate now",
       "Sandra Jephcott"},
      {{"Nobody came", "Nobody said the talks had failed."}, "the talks had failed", ""},
      {{"Chess final drawn", "IM Lena Moss said the game was drawn."},  // a chess title
       "the game was drawn",
       "Lena Moss"},
  };
  return table;
}

}  // namespace

TEST_CASE("speaker names: what statements of an item get", "[extract][speaker_names]") {
  using verbatim::extract::testing::find_text;
  using verbatim::extract::testing::make_item;
  for (const ItemCase& c : item_cases()) {
    INFO(c.paragraphs.back());
    const auto analysis = verbatim::extract::analyse(make_item(c.paragraphs));
    const auto* s = find_text(analysis, c.text);
    REQUIRE(s != nullptr);
    CHECK(s->speaker == c.speaker);
  }
}
