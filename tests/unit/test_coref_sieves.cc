// The coreference sieves one by one: each case is a short item whose statement is decided by
// the named sieve (Statement::speaker_rule), with the speaker it gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "indexer/extract/coref.h"
#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::coref_sieve_names;
using verbatim::extract::testing::find_text;
using verbatim::extract::testing::make_item;

namespace {

std::string describe_rules(const Analysis& a) {
  std::string out;
  for (const auto& s : a.statements) {
    out += "[" + std::string(s.speaker_rule) + "] " + s.speaker + " (\"" + s.mention +
           "\"): " + s.text + "\n";
  }
  return out;
}

struct Case {
  const char* rule;
  std::vector<std::string> paragraphs;
  const char* text;
  const char* speaker;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> table = {
      {"unnamed_group",
       {"Headline", "Officials said the plan was sound."},
       "the plan was sound",
       "UNKNOWN"},
      {"pronoun_single_name_spoke_last",
       {"Headline", "Zhangwei said the plan was sound.", "He said talks would go on."},
       "talks would go on",
       "Zhangwei"},
      {"pronoun_sentence_subject",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "He said the region must innovate."},
       "the region must innovate",
       "Xi Jinping"},
      {"pronoun_last_person_speaker",
       {"Headline", "Prime Minister Boris Johnson said the case was tragic.",
        "The weather was cold. He added that talks would go on."},
       "talks would go on",
       "Boris Johnson"},
      {"pronoun_last_named_person",
       {"Headline", "Talks with Prime Minister Boris Johnson ended on Monday.",
        "He said the case was tragic."},
       "the case was tragic",
       "Boris Johnson"},
      {"pronoun_last_named_person",
       {"Headline", "A Fed spokesman said the idea was new.",
        "It was floated by Governor Robert Heller in August. He said it could cut volatility."},
       "it could cut volatility",
       "Robert Heller"},
      {"pronoun_unnamed_person_spoke_last",
       {"Headline", "Finance Minister Kenji Arata met the bankers on Monday.",
        "Rates would hold, a senior central bank official told reporters. He said growth was "
        "slow."},
       "growth was slow",
       "UNKNOWN"},
      {"pronoun_unnamed_person_spoke_last",
       {"Headline", "Finance Minister Kenji Arata praised Larch Motors Corp on Monday.",
        "A Larch spokesman said sales rose. She said the plant would stay open."},
       "the plant would stay open",
       "Larch Motors Corp"},
      {"pronoun_unnamed_source",
       {"Headline", "Dealers said growth was slow.", "He said talks would go on."},
       "talks would go on",
       "UNKNOWN"},
      {"it_last_org_speaker",
       {"Headline", "The Federal Security Service (FSB) said the blast was an accident.",
        "It said the inquiry would go on."},
       "the inquiry would go on",
       "Federal Security Service"},
      {"it_subject_org",
       {"Headline", "Acme Robotics Inc opened an inquiry on Monday.",
        "It said the inquiry would take a year."},
       "the inquiry would take a year",
       "Acme Robotics Inc"},
      {"they_not_medium",
       {"Headline",
        "The dockers stayed home, according to a report from the BBC in which they "
        "said the strike would go on."},
       "the strike would go on",
       "UNKNOWN"},
      {"they_last_non_person_speaker",
       {"Headline", "Officials said the plan was sound.", "They said talks would go on."},
       "talks would go on",
       "UNKNOWN"},
      {"they_unnamed",
       {"Headline", "Prices rose on Monday.", "They said talks would go on."},
       "talks would go on",
       "UNKNOWN"},
      {"indefinite_source",
       {"Headline", "A Chrysler spokesman said the plant would close."},
       "the plant would close",
       "Chrysler"},
      {"indefinite_source",
       {"Headline", "The rate would hold, a Bank of Ruritania spokesman said."},
       "The rate would hold",
       "Bank of Ruritania"},
      {"indefinite_source",
       {"Headline", "The rate would hold, a senior central bank official told reporters."},
       "The rate would hold",
       "UNKNOWN"},
      {"indefinite_source",
       {"Headline", "One MP said the vote was close."},
       "the vote was close",
       "UNKNOWN"},
      {"indefinite_source",
       {"Headline", "The plan failed, one Western envoy said."},
       "The plan failed",
       "UNKNOWN"},
      {"indefinite_source",
       {"Headline", "The plan failed, a Reagan administration official said."},
       "The plan failed",
       "UNKNOWN"},
      {"possessive_owner",
       {"Headline", "Acme Robotics Inc opened an inquiry on Monday.",
        "The inquiry would take a year, its statement said."},
       "The inquiry would take a year",
       "Acme Robotics Inc"},
      {"statement_of_last_source",
       {"Headline", "The Ministry of Commerce said it opened an inquiry.",
        "The statement said the inquiry would take a year."},
       "the inquiry would take a year",
       "Ministry of Commerce"},
      {"role_of_unnamed_source",
       {"Headline", "A spokesman said the plant would close.",
        "The spokesman added that talks would go on."},
       "talks would go on",
       "UNKNOWN"},
      {"role_description",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "The Chinese president said the region must innovate."},
       "the region must innovate",
       "Xi Jinping"},
      {"bare_role", {"Growth will slow, says economist", "Body."}, "Growth will slow", "UNKNOWN"},
      {"role_last_person",
       {"Headline", "Prime Minister Boris Johnson said the case was tragic.",
        "The governor said the plan was sound."},
       "the plan was sound",
       "Boris Johnson"},
      // the sieve gives the role as written; a bare common noun is no name (speaker_names.h)
      {"role_as_written",
       {"Headline", "The governor said the plan was sound."},
       "the plan was sound",
       "UNKNOWN"},
      {"document_paper",
       {"Headline", "The white paper said growth would slow."},
       "growth would slow",
       "UNKNOWN"},
      {"document_paper",
       {"Headline", "Scientists at Lindqvist University published a study on rats.",
        "The research paper noted that rats avoid harming others."},
       "rats avoid harming others",
       "UNKNOWN"},
      {"organisation_by_word",
       {"Headline", "The Ministry of Commerce opened an inquiry on Monday.",
        "The ministry said the inquiry would take a year."},
       "the inquiry would take a year",
       "Ministry of Commerce"},
      {"medium_of_named_source",
       {"Headline", "The story was first reported by The Jakarta Post on Monday.",
        "The newspaper said the inquiry would take a year."},
       "the inquiry would take a year",
       "Jakarta Post"},
      {"firm_last_org_speaker",
       {"Headline", "Acme Robotics Inc said profits rose.", "The firm said the plant would close."},
       "the plant would close",
       "Acme Robotics Inc"},
      {"national_government",
       {"Headline", "The Argentinian government said the bill would pass."},
       "the bill would pass",
       "Government of Argentina"},
      {"description_as_written",
       {"Headline", "The Chinese embassy said the visit was a success."},
       "the visit was a success",
       "Chinese embassy"},
      {"it_untyped_name_spoke_last",
       {"Headline", "Standard Trustco said profits rose.", "It said the plant would close."},
       "the plant would close",
       "Standard Trustco"},
      {"pronoun_last_speaker",
       {"Headline", "Acme Robotics Inc said profits rose.", "We will grow, we said."},
       "We will grow",
       "Acme Robotics Inc"},
      {"definite_role_sentence_subject",
       {"Headline", "Minister Ana Ruiz said the port would open.",
        "Former envoy Tom Vale thanked Ruiz for the invitation.",
        "“Our countries will trade more,” the veteran diplomat said."},
       "Our countries will trade more",
       "Tom Vale"},
      {"role_of_group",
       {"Headline", "The official said the plant would close."},
       "the plant would close",
       "UNKNOWN"},
      {"firm_subject_org",
       {"Headline", "Acme Robotics Inc opened a plant on Monday.",
        "The firm said the plant would close."},
       "the plant would close",
       "Acme Robotics Inc"},
      {"firm_last_untitled_source",
       {"Headline", "Standard Trustco said profits rose.",
        "The company said the plant would close."},
       "the plant would close",
       "Standard Trustco"},
      {"definite_voice_of_owner",
       {"Headline", "Vexa spokesman said the plant would close."},
       "the plant would close",
       "Vexa"},
      {"definite_voice_of_owner",
       {"Headline", "An Acme spokesman said profits rose.",
        "The Vexa spokesman said the plant would close."},
       "the plant would close",
       "Vexa"},
      {"firm_named_before",
       {"Headline", "Ana Ruiz has joined Vexa Metals Inc as its treasurer, the company said."},
       "Ana Ruiz has joined Vexa Metals Inc as its treasurer",
       "Vexa Metals Inc"},
      {"org_noun_last_org",
       {"Headline", "IBM said profits rose.", "The website said the plant would close."},
       "the plant would close",
       "IBM"},
      {"pronoun_single_name_speaker",
       {"Headline", "Steckhan said profits rose.", "Officials said the talks failed.",
        "He said the plant would close."},
       "the plant would close",
       "Steckhan"},
      {"they_subject_org",
       {"Headline", "Acme Robotics Inc opened a plant on Monday.",
        "They said the plant would close."},
       "the plant would close",
       "Acme Robotics Inc"},
      {"first_person_interview_answer",
       {"Astronomer Lena Moss talks about a comet", "Lena Moss and Tom Vale studied a comet.",
        "Vale said the orbit was odd.", "((WN))  What did you find?",
        "((Lena Moss))  I said the comet was young."},
       "the comet was young",
       "Lena Moss"},
      {"institution_of_item",
       {"Chilean fishing boat sinks off Valparaiso", "A trawler sank near the coast on Sunday.",
        "The navy said four sailors had been rescued."},
       "four sailors had been rescued",
       "Chilean Navy"},
      {"named_institution_of_item",
       {"Chilean jet crashes near Santiago", "A fighter jet came down in a field on Monday.",
        "The Air Force said the pilot ejected safely."},
       "the pilot ejected safely",
       "Chilean Air Force"},
      {"country_institution",
       {"Drills end", "Japan's defence ministry said the naval drills would end on Friday."},
       "the naval drills would end on Friday",
       "Japanese Defence Ministry"},
      {"named_speaker",
       {"Headline", "Chinese President Xi Jinping visited Harbin on Friday.",
        "Growth must be green, Xi said."},
       "Growth must be green",
       "Xi Jinping"},
  };
  return table;
}

}  // namespace

TEST_CASE("each coreference sieve decides its case", "[extract][coref]") {
  for (const Case& c : cases()) {
    INFO(c.rule);
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO("found:\n" << describe_rules(a));
    const auto* s = find_text(a, c.text);
    CHECK(s != nullptr);
    if (s == nullptr) continue;
    CHECK(s->speaker_rule == c.rule);
    CHECK(s->speaker == c.speaker);
  }
}

TEST_CASE("the coreference sieves are named once and the cases use their names",
          "[extract][coref]") {
  const auto names = coref_sieve_names();
  const std::set<std::string_view> unique(names.begin(), names.end());
  CHECK(unique.size() == names.size());
  std::set<std::string_view> tested = {"no_mention", "group_description"};  // called directly
  for (const Case& c : cases()) {
    INFO(c.rule);
    CHECK(unique.count(c.rule) == 1);
    tested.insert(c.rule);
  }
  // a new sieve comes with its case
  for (std::string_view name : names) {
    INFO(name);
    CHECK(tested.count(name) == 1);
  }
  // the order matters: a description with a known role is not given back as written
  const auto at = [&](std::string_view n) {
    return std::find(names.begin(), names.end(), n) - names.begin();
  };
  CHECK(at("role_description") < at("role_as_written"));
  CHECK(at("pronoun_sentence_subject") < at("pronoun_last_person_speaker"));
  CHECK(at("pronoun_unnamed_person_spoke_last") < at("pronoun_last_person_speaker"));
}

TEST_CASE("sieves that analyse() seldom reaches decide when called directly", "[extract][coref]") {
  using verbatim::extract::CorefMemory;
  using verbatim::extract::EntityTable;
  using verbatim::extract::Mention;
  using verbatim::extract::MentionKind;
  using verbatim::extract::run_coref_sieves;
  EntityTable table;
  CorefMemory memory;
  // no words before the cue name a speaker
  const auto none = run_coref_sieves(Mention{}, 1, 0, table, memory);
  CHECK(none.rule == "no_mention");
  CHECK(none.speaker.empty());
  // "the official media" (a role word before a group noun that is also an organisation word)
  Mention media;
  media.kind = MentionKind::description;
  media.head = "media";
  media.text = "the official media";
  const auto group = run_coref_sieves(media, 1, 0, table, memory);
  CHECK(group.rule == "group_description");
  CHECK(group.speaker == "UNKNOWN");
}
