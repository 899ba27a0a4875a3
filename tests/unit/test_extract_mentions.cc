// Mention analysis: the steps that decide a mention's kind, one case each, on a phrase read
// leftwards from its last word (as before a cue) or rightwards from its first (after a cue).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "indexer/extract/mentions.h"
#include "indexer/extract/tokens.h"

using verbatim::extract::Mention;
using verbatim::extract::MentionKind;
using verbatim::extract::parse_left;
using verbatim::extract::parse_right;
using verbatim::extract::tokenize;

namespace {

enum class Side { left, right };

Mention parse(const std::string& phrase, Side side) {
  static std::vector<verbatim::extract::Token> toks;  // outlives the mention's views
  toks = tokenize(phrase, 0);
  return side == Side::left ? parse_left(phrase, toks, static_cast<long>(toks.size()) - 1, 0)
                            : parse_right(phrase, toks, 0, toks.size());
}

const char* kind_name(MentionKind k) {
  switch (k) {
    case MentionKind::none:
      return "none";
    case MentionKind::pronoun:
      return "pronoun";
    case MentionKind::name:
      return "name";
    case MentionKind::description:
      return "description";
    case MentionKind::group:
      return "group";
  }
  return "?";
}

}  // namespace

TEST_CASE("the steps of mention analysis decide the kind", "[extract][mentions]") {
  struct Case {
    const char* step;  // the step of analyse() or of the scan that decides
    const char* phrase;
    Side side;
    MentionKind kind;
    const char* name_or_head;  // the name of a name, else the head
  };
  const std::vector<Case> cases = {
      {"pronoun", "he", Side::left, MentionKind::pronoun, "he"},
      {"read_roles + read_name: a titled name", "Chinese President Xi Jinping", Side::left,
       MentionKind::name, "Xi Jinping"},
      {"left_group + decide_unnamed", "officials", Side::left, MentionKind::group, "officials"},
      {"decide_unnamed: a capitalised group noun after a country's initials", "U.S. Officials",
       Side::left, MentionKind::group, "officials"},
      {"decide_unnamed: ... after a nationality and a modifier", "Senior Japanese Officials",
       Side::left, MentionKind::group, "officials"},
      {"read_name: a group noun in an organisation's name", "Swiss Bankers Association", Side::left,
       MentionKind::name, "Swiss Bankers Association"},
      {"read_name: a group noun after a modifier alone", "National Data", Side::left,
       MentionKind::name, "National Data"},
      {"left_slash_in_initials: one initialism", "S/P", Side::left, MentionKind::name, "S P"},
      {"opening_parenthesised_name: a wire item's unlisted company", "(Larch Steel Inc)",
       Side::left, MentionKind::name, "Larch Steel Inc"},
      {"skip_role_phrase: a given name after the office's words opens the name",
       "White House Chief of Staff Rosa Lind", Side::left, MentionKind::name, "Rosa Lind"},
      {"skip_role_phrase: a portfolio before a single name", "Minister of Mines and Energy Sukarto",
       Side::left, MentionKind::name, "Sukarto"},
      {"portfolio_title: portfolios joined by 'and' before a role are one title",
       "Fisheries and Forestry Minister Ana Ruiz", Side::left, MentionKind::name, "Ana Ruiz"},
      {"skip_role_phrase: organisation words end before a name of two",
       "Secretary of State for Economic Affairs Tam Vole", Side::left, MentionKind::name,
       "Tam Vole"},
      {"skip_role_phrase: an organisation's name ends before a name of two",
       "Director of the Central Intelligence Agency Tam Vole", Side::left, MentionKind::name,
       "Tam Vole"},
      {"read_indefinite: an owner's name goes on past 'of'", "a Bank of Ruritania spokesman",
       Side::left, MentionKind::description, "spokesman"},
      {"read_roles: an investor is a title", "Investor Carl Moss", Side::left, MentionKind::name,
       "Carl Moss"},
      {"left_group: brokers are unnamed", "Brokers", Side::left, MentionKind::group, "brokers"},
      {"split_conjunction: a possessive ending two single names is a firm's name", "Sims and Roe's",
       Side::left, MentionKind::name, "Sims and Roe"},
      {"decide_unnamed: a group of an organisation",
       "Officials of the Commodity Futures Trading Commission", Side::right, MentionKind::group,
       "officials"},
      {"decide_unnamed: a possessive determiner", "its press release", Side::right,
       MentionKind::description, "release"},
      {"read_indefinite + decide_description", "a Chrysler spokesman", Side::left,
       MentionKind::description, "spokesman"},
      {"read_name: an organisation word with a capital", "The Bank", Side::right,
       MentionKind::description, "bank"},
      {"decide_possessor_name", "Tesco's Polish branch", Side::right, MentionKind::name, "Tesco"},
      {"name_before_voice_noun", "the Internal Revenue Service website", Side::left,
       MentionKind::name, "Internal Revenue Service"},
      {"name_before_voice_noun: a part of a firm by its name", "the Chrysler Motors division",
       Side::left, MentionKind::name, "Chrysler Motors"},
      {"cut_run_at_possessive: a firm's whole name owning another", "CSX Corp's Sea-Land Corp unit",
       Side::left, MentionKind::name, "Sea-Land Corp"},
      {"cut_run_at_possessive: a firm's unit unnamed", "CSX Corp's unit", Side::left,
       MentionKind::name, "CSX Corp"},
      {"skip_role_phrase", "Ambassador to the United Nations Nikki Haley", Side::left,
       MentionKind::name, "Nikki Haley"},
      {"drop_place_possessor", "China's Ministry of Commerce", Side::right, MentionKind::name,
       "Ministry of Commerce"},
      {"drop_time_possessor", "Today's Foreign Ministry", Side::right, MentionKind::name,
       "Foreign Ministry"},
      {"bare_lowercase_description", "member states", Side::left, MentionKind::none, ""},
  };
  for (const Case& c : cases) {
    INFO(c.step << ": " << c.phrase);
    const Mention m = parse(c.phrase, c.side);
    INFO("kind " << kind_name(m.kind) << ", name \"" << m.name << "\", head \"" << m.head << "\"");
    CHECK(m.kind == c.kind);
    CHECK((m.kind == MentionKind::name ? m.name : m.head) == c.name_or_head);
  }
}

TEST_CASE("an occupation written as a title is not part of the name", "[extract][mentions]") {
  struct Case {
    const char* phrase;
    const char* name;
    const char* role;
  };
  const std::vector<Case> cases = {
      {"Ombudsman Maria Santos", "Maria Santos", "ombudsman"},
      {"Ecologist Tom Reyes", "Tom Reyes", "ecologist"},
      {"Senior Ecologist Anna Berg", "Anna Berg", "ecologist"},
      {"Pollster Lee Carter", "Lee Carter", "pollster"},
  };
  for (const Case& c : cases) {
    INFO(c.phrase);
    const Mention m = parse(c.phrase, Side::left);
    CHECK(m.kind == MentionKind::name);
    CHECK(m.name == c.name);
    CHECK(m.titled);
    INFO("roles: " << (m.roles.empty() ? std::string() : m.roles.front()));
    CHECK(std::find(m.roles.begin(), m.roles.end(), c.role) != m.roles.end());
  }
  // a given name that is also a title word stays a name ("Dean" is not in roles.txt)
  CHECK(parse("Dean Walsh", Side::left).name == "Dean Walsh");
}

TEST_CASE("mention analysis keeps roles, owners, possessors and acronyms", "[extract][mentions]") {
  const Mention deputy = parse("Deputy Governor John Smith", Side::left);
  CHECK(deputy.name == "John Smith");
  CHECK(deputy.titled);
  CHECK(std::find(deputy.roles.begin(), deputy.roles.end(), "deputy governor") !=
        deputy.roles.end());

  const Mention spokesman = parse("a Chrysler spokesman", Side::left);
  CHECK(spokesman.indefinite);
  CHECK(spokesman.owner == "Chrysler");

  const Mention release = parse("its press release", Side::right);
  CHECK(release.possessor == "its");

  const Mention fsb = parse("the Federal Security Service (FSB)", Side::right);
  CHECK(fsb.kind == MentionKind::name);
  CHECK(fsb.name == "Federal Security Service");
  CHECK(fsb.acronym == "FSB");
  CHECK(fsb.org);
}

TEST_CASE("two roles joined by \"and\" are one person's title", "[extract][mentions]") {
  struct Case {
    const char* phrase;
    Side side;
    const char* first_word;  // where the mention starts
  };
  const std::vector<Case> cases = {
      {"vice president and treasurer Eugene Vale", Side::left, "vice"},
      {"Harlow Corp chairman and chief executive Paul Denby", Side::left, "Harlow"},
      {"president and chief executive officer Ana Ruiz", Side::right, "president"},
  };
  for (const Case& c : cases) {
    INFO(c.phrase);
    const Mention m = parse(c.phrase, c.side);
    CHECK(m.kind == MentionKind::name);
    CHECK(m.parts.empty());
    CHECK(m.text.rfind(c.first_word, 0) == 0);
    CHECK(m.titled);
  }
  // names joined by "and" are still two speakers
  CHECK(parse("Tom Vale and Ana Ruiz", Side::left).parts.size() == 2);
}

TEST_CASE("a capital makes no name of a function word, a month or a weekday", "[mentions]") {
  for (const char* w : {"the", "he", "however", "monday", "september", "sept", "tues"}) {
    INFO(w);
    CHECK(verbatim::extract::is_stop_cap(w));
  }
  for (const char* w : {"xi", "beijing", "ministry"}) {
    INFO(w);
    CHECK_FALSE(verbatim::extract::is_stop_cap(w));
  }
}
