// The attribution rules, one case (or more) each: a sentence, the rule that decides its cue, and
// the statement that rule gives (speaker's words, content), or none when the rule rejects the
// cue. Every rule of the table must have a case here.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "indexer/extract/grammar.h"
#include "indexer/extract/trace.h"
#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::attribution_rule_names;
using verbatim::extract::CueTrace;
using verbatim::extract::TraceScope;
using verbatim::extract::testing::describe;
using verbatim::extract::testing::make_item;

namespace {

struct RuleCase {
  const char* rule;
  const char* paragraph;  // the body's first paragraph (after a headline)
  const char* cue;
  bool accepts;           // the rule gives the attribution (else it rejects the cue)
  const char* mention;    // accepted: the speaker's words ("" when inherited)
  const char* text;       // accepted: the content
  bool headline = false;  // `paragraph` is the headline (a body paragraph follows it)
};

const std::vector<RuleCase>& cases() {
  static const std::vector<RuleCase> table = {
      {"in_xs_words", "In Xi's words, “the ocean is our shared home.”", "In Xi's words", true,
       "Xi's", "the ocean is our shared home."},
      {"in_xs_words", "In the opinion of the Port Institute, the tolls are too high.",
       "In the opinion of", true, "the Port Institute", "the tolls are too high"},
      {"in_xs_words", "In the analysis of the samples, no oil was found.", "In the analysis of",
       false, "", ""},
      {"inverted_said_x", "Exports will rise, says scholar", "says", true, "scholar",
       "Exports will rise", true},
      {"according_to_measure", "Each crude is priced according to its quality.", "according to",
       false, "", ""},
      {"according_to_measure", "Support would vary according to farm size or overall production.",
       "according to", false, "", ""},
      {"according_to_unnamed", "Violators would be punished, according to the price freeze order.",
       "according to", true, "the price freeze order", "Violators would be punished"},
      {"according_to_author", "Prices rose sharply, according to a Twitter post by Amy Cook.",
       "according to", true, "Amy Cook", "Prices rose sharply"},
      {"according_to_source",
       "According to the Ministry of Commerce, exports rose 5 percent in August.", "according to",
       true, "the Ministry of Commerce", "exports rose 5 percent in August"},
      {"according_to_unnamed", "According to a whistle-blower complaint, the call was improper.",
       "according to", true, "a whistle-blower complaint", "the call was improper"},
      {"noun_after_determiner", "Officials rejected the claims outright.", "claims", false, "", ""},
      {"noun_after_determiner_and_name",
       "The council asked the commission to drop some EU pledges to the trade body.", "pledges",
       false, "", ""},
      {"noun_after_possessive", "Wang's remarks drew sharp criticism.", "remarks", false, "", ""},
      {"noun_after_possessive", "Biden's alleged decline was a theme.", "alleged", false, "", ""},
      {"noun_after_possessive", "Theresa May's proposed Brexit deal failed.", "proposed", false, "",
       ""},
      // a one-word name's possessive before a verb and a clause: a firm's name
      {"x_said", "Sotheby's said the sale would go ahead.", "said", true, "Sotheby's",
       "the sale would go ahead"},
      {"infinitive_to_say", "To comment would be unwise, the minister thought.", "comment", false,
       "", ""},
      {"noun_before_cue_verb", "Local reports suggest the talks failed.", "reports", false, "", ""},
      {"plural_noun_before_verb", "Rival estimates have varied widely.", "estimates", false, "",
       ""},
      {"plural_noun_after_modifier", "The bank denied press reports that it had sold its stake.",
       "reports", false, "", ""},
      {"plural_noun_after_modifier", "Ballots were mailed in 34 states to all voters.", "states",
       false, "", ""},
      {"state_of_place", "Several Arab states back the plan.", "states", false, "", ""},
      {"state_of_place", "The firm sued in a Texas state court.", "state", false, "", ""},
      {"x_said", "The Vexa Institute states that prices will rise.", "states", true,
       "The Vexa Institute", "prices will rise"},
      {"passive_by_agent", "The ship was described by Maritime Bulletin as a bulk carrier.",
       "described", true, "Maritime Bulletin", "a bulk carrier"},
      {"passive_without_agent", "The bridge is said to be unsafe.", "said", false, "", ""},
      {"participle_naming_thing", "They joined a program called “Learning Together” in May.",
       "called", false, "", ""},
      {"said_to_rumour", "Manila said to offer new debt bonds.", "said", false, "", ""},
      {"modal_before_base_form", "The ministry would urge banks to lend more.", "urge", false, "",
       ""},
      {"headline_list_subject", "Chile, Peru vow to expand trade", "vow", true, "Peru",
       "to expand trade", true},
      {"headline_list_subject", "Chile, Andean countries sign pact, vow to share rivers", "vow",
       true, "Andean countries", "to share rivers", true},
      {"gerund_citing_aside",
       "The Harbour Gazette, citing two port officials, reported that the cranes had failed.",
       "citing", false, "", ""},
      {"gerund_with_subject", "With Miller describing the plan as “a disaster”, the vote failed.",
       "describing", true, "Miller", "a disaster"},
      {"gerund_after_name",
       "A meeting between Giuliani, claiming to represent the department, and Yermak took place.",
       "claiming", true, "Giuliani", "to represent the department"},
      {"gerund_object_as", "It cited the Air Force as stating that the jet had crashed.", "stating",
       true, "the Air Force", "the jet had crashed"},
      {"gerund_object_as",
       "The agency quoted the press office of the council of Valparaiso as saying the docks "
       "would reopen.",
       "saying", true, "the press office of the council of Valparaiso", "the docks would reopen"},
      {"gerund_inherits_clause", "Premier Li Qiang said exports rose, adding that imports fell.",
       "adding", true, "", "imports fell"},
      {"gerund_after_object",
       "Mayor Ana Ruiz wrote to the transport ministry asking it to fund the bridge.", "asking",
       true, "Mayor Ana Ruiz", "it to fund the bridge"},
      {"gerund_unattached", "Officials are asking residents to stay indoors.", "asking", false, "",
       ""},
      {"apposition_subject", "Mark Smith, a spokesman for the ministry, said the talks had failed.",
       "said", true, "Mark Smith", "the talks had failed"},
      {"dash_aside_subject",
       "The minister — who spoke on condition of anonymity — said the talks had failed.", "said",
       true, "The minister", "the talks had failed"},
      {"unnamed_source_subject", "People familiar with the matter said the deal was close.", "said",
       true, "People", "the deal was close"},
      {"they_for_group", "State prosecutors charged the suspect with murder, they said.", "said",
       true, "State prosecutors", "State prosecutors charged the suspect with murder"},
      {"name_before_role",
       "Exports may fall, Kemal Arslan, chairman of the Association of Tea Exporters said.", "said",
       true, "Kemal Arslan", "Exports may fall"},
      {"role_for_organisation", "A spokesman for the company said the plant would close.", "said",
       true, "A spokesman for the company", "the plant would close"},
      {"clause_subject_over_object",
       "Researchers from the University of Ohio reported that the drug worked.", "reported", true,
       "Researchers", "the drug worked"},
      {"noun_base_form", "The official report was never published.", "report", false, "", ""},
      {"name_compound_noun", "In a News.com.au report, the figures were low.", "report", false, "",
       ""},
      {"naming_participle_after_noun",
       "A program at Fishmongers' Hall called “Learning Together” was attacked.", "called", false,
       "", ""},
      {"x_said", "Premier Li Qiang said that the economy would recover this year.", "said", true,
       "Premier Li Qiang", "the economy would recover this year"},
      {"x_said", "Ivaco Inc said demand for steel products rose.", "said", true, "Ivaco Inc",
       "demand for steel products rose"},
      {"x_said", "A bank official said the yen was stable.", "said", true, "A bank official",
       "the yen was stable"},
      {"x_said", "The yen was stable, one senior central bank official said.", "said", true,
       "one senior central bank official", "The yen was stable"},
      {"x_said", "Dofasco Inc said estimates of the loss were too high.", "said", true,
       "Dofasco Inc", "estimates of the loss were too high"},
      {"relative_who_said", "Police thanked the Navy, who told reporters the crew was safe.",
       "told", true, "the Navy", "the crew was safe"},
      {"statement_which_said", "The union issued a statement which said the strike would go on.",
       "said", true, "The union", "the strike would go on"},
      {"subject_before_stray_comma",
       "On Monday, Director Ana Berg of the Port Institute (PI), announced the ferries would run.",
       "announced", true, "Director Ana Berg of the Port Institute (PI)", "the ferries would run"},
      {"document_of_owner", "Grain imports will fall, the Harlow Bank's annual crop report said.",
       "said", true, "the Harlow Bank's annual crop report", "Grain imports will fall"},
      {"document_of_owner", "A Vexa Institute survey said wages had risen.", "said", true,
       "A Vexa Institute survey", "wages had risen"},
      {"coordinated_base_form",
       "Li told reporters the state would repay the loans and urge banks to lend.", "urge", false,
       "", ""},
      {"coordinated_and_said", "Xi praised the workers and said the project must go on.", "said",
       true, "Xi", "the project must go on"},
      {"inverted_said_citing",
       "“The river is rising,” said the Daily Post, citing Paul Denby, a port engineer.", "said",
       true, "Paul Denby", "The river is rising"},
      {"inverted_said_x", "“We will open wider,” said Chinese President Xi Jinping.", "said", true,
       "Chinese President Xi Jinping", "We will open wider"},
      {"common_noun_subject", "The skipper told reporters the nets had been cut.", "told", true,
       "The skipper", "the nets had been cut"},
      {"no_speaker", "“It works,” said.", "said", false, "", ""},
      {"no_speaker", "The lock keeper firmly said the gates would stay shut.", "said", false, "",
       ""},
  };
  return table;
}

// The trace entry of the first cue `cue` of paragraph `para` (the body's first by default).
const CueTrace* traced(const std::vector<CueTrace>& trace, const std::string& cue, int para = 1) {
  for (const CueTrace& t : trace) {
    if (t.para == para && t.cue == cue) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("each attribution rule decides its construction", "[extract][rules]") {
  for (const RuleCase& c : cases()) {
    INFO(c.rule << ": " << c.paragraph);
    std::vector<CueTrace> trace;
    Analysis a;
    {
      const TraceScope scope(trace);
      a = analyse(c.headline ? make_item({c.paragraph, "The talks went on."})
                             : make_item({"Headline", c.paragraph}));
    }
    INFO("found:\n" << describe(a));
    const CueTrace* t = traced(trace, c.cue, c.headline ? 0 : 1);
    CHECK(t != nullptr);
    if (t == nullptr) continue;
    CHECK(t->rule == c.rule);
    CHECK(t->attributed == c.accepts);
    const verbatim::extract::Statement* s = nullptr;
    for (const auto& st : a.statements) {
      if (st.cue == c.cue) s = &st;  // the last: a headline list gives one per name
    }
    if (!c.accepts) {
      CHECK(s == nullptr);
      continue;
    }
    CHECK(s != nullptr);
    if (s == nullptr) continue;
    CHECK(s->attribution_rule == c.rule);
    CHECK(s->mention == c.mention);
    CHECK(s->text == c.text);
  }
}

TEST_CASE("every attribution rule has a case, and names are unique", "[extract][rules]") {
  std::set<std::string> tested;
  for (const RuleCase& c : cases()) tested.insert(c.rule);
  std::set<std::string> names;
  for (std::string_view name : attribution_rule_names()) {
    INFO(name);
    CHECK(names.insert(std::string(name)).second);
    CHECK(tested.count(std::string(name)) == 1);
  }
  CHECK(names.size() == tested.size());
}

TEST_CASE("the trace is empty unless a scope is open", "[extract][rules]") {
  std::vector<CueTrace> trace;
  { const TraceScope scope(trace); }
  analyse(make_item({"Headline", "Premier Li Qiang said the economy would recover."}));
  CHECK(trace.empty());
  CHECK_FALSE(verbatim::extract::tracing());
}

TEST_CASE("a cue accepted but left without a statement names the content step",
          "[extract][rules]") {
  std::vector<CueTrace> trace;
  {
    const TraceScope scope(trace);
    analyse(make_item({"Headline", "Premier Li Qiang commented on the agreement."}));
  }
  const CueTrace* t = traced(trace, "commented");
  REQUIRE(t != nullptr);
  CHECK(t->rule == "x_said");
  CHECK(t->attributed);
  CHECK(t->dropped == "topic_not_statement");
  CHECK(verbatim::extract::near_miss(trace, 1, 0, 10) ==
        "x_said: topic_not_statement dropped 'commented'");
  CHECK(verbatim::extract::near_miss(trace, 2, 0, 10) == "no cue");     // another paragraph
  CHECK(verbatim::extract::near_miss(trace, 1, 100, 110) == "no cue");  // after its sentence
  trace.clear();
  {
    const TraceScope scope(trace);
    analyse(make_item({"Headline", "Governor Paul Denby defended the budget on Monday."}));
  }
  const CueTrace* topic = traced(trace, "defended");
  REQUIRE(topic != nullptr);
  CHECK(topic->attributed);
  CHECK(topic->dropped == "topic_cue_unquoted");
}

TEST_CASE("statements sharing a speaker say where it comes from", "[extract][rules]") {
  SECTION("an inherited clause speaker") {
    const Analysis a = analyse(
        make_item({"Headline", "Premier Li Qiang said exports rose, adding that imports fell."}));
    INFO(describe(a));
    REQUIRE(a.statements.size() == 2);
    CHECK(a.statements[1].attribution_rule == "gerund_inherits_clause");
    CHECK(a.statements[1].speaker == "Li Qiang");
    CHECK(a.statements[1].speaker_rule == "same_as_earlier_statement");
  }
  SECTION("a quotation left open at the end of a paragraph") {
    const Analysis a = analyse(make_item(
        {"Headline", "Premier Li Qiang said: “We will open wider.", "“Trade will grow.”"}));
    INFO(describe(a));
    REQUIRE(a.statements.size() == 2);
    CHECK(a.statements[1].attribution_rule == "open_quotation_continues");
    CHECK(a.statements[1].speaker == "Li Qiang");
    CHECK(a.statements[1].speaker_rule == "same_as_open_quotation");
  }
  SECTION("a headline's speaker before a colon") {
    const Analysis a = analyse(make_item({"Xi Jinping: China's door will only open wider",
                                          "Chinese President Xi Jinping spoke in Beijing."}));
    INFO(describe(a));
    REQUIRE_FALSE(a.statements.empty());
    CHECK(a.statements[0].attribution_rule == "headline_colon");
  }
}
