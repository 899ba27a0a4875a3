// Speaker identities from name forms and their statement counts (query/parse/speaker_registry.h):
// one person's forms fold together, namesakes and organisations stay apart.
#include <catch2/catch.hpp>

#include <algorithm>

#include "query/parse/speaker_registry.h"
#include "text/normalize.h"

using verbatim::query::identity_words;
using verbatim::query::SpeakerForm;
using verbatim::query::SpeakerRegistry;

namespace {

SpeakerForm form(const std::string& shown, Xapian::termcount statements) {
  return {verbatim::text::fold_name(shown), shown, statements};
}

// The display name of the identity `shown` belongs to, or "" when the registry has no such form.
std::string identity(const SpeakerRegistry& r, const std::string& shown) {
  const auto* id = r.identity_of(verbatim::text::fold_name(shown));
  return id ? id->display : "";
}

struct Case {
  const char* what;
  std::vector<SpeakerForm> forms;
  std::vector<std::pair<const char*, const char*>> expected;  // form -> identity's name
};

const std::vector<Case>& cases() {
  static const std::vector<Case> table = {
      {"a surname and initials fold into the one full name",
       {form("Donald Trump", 111), form("Trump", 2), form("Donald J. Trump", 1),
        form("Trump administration", 2)},
       {{"Trump", "Donald Trump"},  // the fullest form, the most common of those as full
        {"Donald J. Trump", "Donald Trump"},
        {"Trump administration", "Trump administration"}}},
      {"namesakes stay apart; a bare surname goes to the one with nearly all statements",
       {form("Boris Johnson", 16), form("Gary Johnson", 1), form("Johnson", 3)},
       {{"Boris Johnson", "Boris Johnson"},
        {"Gary Johnson", "Gary Johnson"},
        {"Johnson", "Boris Johnson"}}},
      {"a surname shared about evenly is nobody's in particular",
       {form("Boris Johnson", 5), form("Gary Johnson", 4), form("Johnson", 3)},
       {{"Johnson", "Johnson"}, {"Gary Johnson", "Gary Johnson"}}},
      {"spelling variants and diacritics",
       {form("Volodymyr Zelensky", 2), form("Volodymyr Zelenskyy", 1),
        form("Recep Tayyip Erdoğan", 13), form("Erdoğan", 6), form("Erdogan", 1),
        form("Allegheny International Inc", 24), form("Alleghney International Inc", 23)},
       {{"Volodymyr Zelenskyy", "Volodymyr Zelensky"},
        {"Alleghney International Inc", "Allegheny International Inc"},
        {"Erdogan", "Recep Tayyip Erdoğan"},
        {"Erdoğan", "Recep Tayyip Erdoğan"}}},
      {"one word with one letter changed is another name; one added or dropped a misspelling",
       {form("Goldman", 8), form("Goodman", 1), form("Merrill", 9), form("Merrell", 8),
        form("Volkswagen", 12), form("Volkwagen", 1)},
       {{"Goodman", "Goodman"}, {"Merrell", "Merrell"}, {"Volkwagen", "Volkswagen"}}},
      {"a firm's name goes with its full name, not with a firm of a place",
       {form("Volkswagen", 12), form("Volkswagen AG", 10), form("Volkswagen U.S. Inc", 2)},
       {{"Volkswagen", "Volkswagen AG"}, {"Volkswagen U.S. Inc", "Volkswagen U.S. Inc"}}},
      {"a surname written first goes with the one full name starting with it",
       {form("Xi", 4), form("Xi Jinping", 9), form("Wang Yi", 3), form("Wang", 1), form("Yi", 1)},
       {{"Xi", "Xi Jinping"}, {"Wang", "Wang Yi"}, {"Yi", "Yi"}}},
      {"a given name goes with the one full name starting with it",
       {form("Narendra", 11), form("Narendra Modi", 3)},
       {{"Narendra", "Narendra Modi"}}},
      {"short names are not read into longer names of organisations",
       {form("United States", 6), form("United States Commission on Presidential Debates", 3),
        form("CNN", 9), form("CNN Philippines", 2), form("Li Wei", 1), form("Lu Wei", 1)},
       {{"United States", "United States"},
        {"CNN", "CNN"},
        {"Li Wei", "Li Wei"},
        {"Lu Wei", "Lu Wei"}}},
      {"an initialism goes with the one name it abbreviates",
       {form("S and P", 233), form("Standard and Poor's Corp", 225),
        form("Strandard and Poor's Corp", 1), form("D and P", 2), form("OECD", 46),
        form("Organisation for Economic Cooperation and Development", 70), form("IBM", 61),
        form("International Business Machines Corp", 31), form("HK", 2), form("Henry Kaufman", 9),
        form("PG&E", 3), form("Pablo Greco", 2), form("Pacific Gas and Electric Co", 6),
        form("US", 8), form("United States", 6)},
       {{"S and P", "Standard and Poor's Corp"},
        {"D and P", "D and P"},  // initials are its words, not an empty name
        {"OECD", "Organisation for Economic Cooperation and Development"},
        {"IBM", "International Business Machines Corp"},
        {"HK", "HK"},  // a person's initials are no initialism of theirs
        {"PG&E", "Pacific Gas and Electric Co"},
        {"Pablo Greco", "Pablo Greco"},
        {"US", "United States"}}},
      {"a leading article is no part of a name; 'The Times' is no firm's short name",
       {form("The China Daily", 50), form("China Daily", 4), form("The Times", 10),
        form("Times Mirror Co", 3)},
       {{"China Daily", "The China Daily"}, {"The Times", "The Times"}}},
      {"names listed as one speaker's are one identity, shown as the list writes it first",
       {form("Fed", 99), form("Federal Reserve", 24), form("Federal Reserve Board", 22),
        form("New York Fed", 5)},
       {{"Fed", "Federal Reserve"},
        {"Federal Reserve Board", "Federal Reserve"},
        {"New York Fed", "New York Fed"}}},
      {"a glued name of few statements does not show an identity; a firm's or person's does",
       {form("Brazil", 39), form("Non-members Brazil", 1), form("Sears", 25),
        form("Sears Roebuck and Co", 2), form("Balletto", 18), form("Mario Balletto", 1)},
       {{"Non-members Brazil", "Brazil"},
        {"Sears", "Sears Roebuck and Co"},
        {"Balletto", "Mario Balletto"}}},
      {"a country's initials alone are the country, whatever else they could abbreviate",
       {form("U.S.", 28), form("United States", 39), form("United Steelworkers", 10),
        form("Union spokesman", 2)},
       {{"U.S.", "United States"}, {"United Steelworkers", "United Steelworkers"}}},
      {"an initialism's letters are all its name's words but the legal forms, or all of them",
       {form("OPEC", 40), form("Onyx Petroleum Exploration Co Ltd", 28), form("SPC", 3),
        form("Shell Petroleum Co", 5)},
       {{"OPEC", "OPEC"}, {"SPC", "Shell Petroleum Co"}}},
      {"an initialism two names could abbreviate about evenly stays apart",
       {form("EC", 30), form("European Community", 20), form("Economic Commission", 15)},
       {{"EC", "EC"}}},
      {"an organisation's name with its country's initials or its head first is one name",
       {form("United States Agriculture Department", 380), form("U.S. Agriculture Department", 6),
        form("US Agriculture Department", 2), form("United States Department of Agriculture", 118),
        form("Ministry of Foreign Affairs", 5), form("Foreign Affairs Ministry", 2),
        form("Bank of England", 20), form("England", 3), form("Department of the Interior", 4),
        form("Interior Department", 3), form("US", 8), form("USDA", 112)},
       {{"U.S. Agriculture Department", "United States Agriculture Department"},
        {"US Agriculture Department", "United States Agriculture Department"},
        {"United States Department of Agriculture", "United States Agriculture Department"},
        {"Foreign Affairs Ministry", "Ministry of Foreign Affairs"},
        {"Interior Department", "Department of the Interior"},
        {"Bank of England", "Bank of England"},  // a bank is not reversed
        {"England", "England"},
        {"US", "US"},
        {"USDA", "United States Agriculture Department"}}},  // the initials of a form as written
      {"a department or ministry goes with the one country's it is mostly named as",
       {form("Commerce Department", 186), form("United States Commerce Department", 1),
        form("Agriculture Department", 26), form("United States Agriculture Department", 500),
        form("Irish Agriculture Department", 1), form("Finance Ministry", 190),
        form("Japanese Finance Ministry", 20), form("Ministry of Finance of Brazil", 1),
        form("French Finance Ministry", 15), form("Fed", 96), form("New York Fed", 5),
        form("Defence Ministry", 3), form("Defense Ministry", 3),
        form("French Defence Ministry", 3)},
       {{"United States Commerce Department", "United States Commerce Department"},  // bare: more
        {"Agriculture Department", "United States Agriculture Department"},
        {"Irish Agriculture Department", "Irish Agriculture Department"},
        {"Finance Ministry", "Finance Ministry"},  // whose: Japan's and France's are many
        {"Defence Ministry", "Defence Ministry"},  // the bare form (either spelling) is more common
        {"Fed", "Fed"}}},
      {"a name opening with an initialism goes with the name it opens in full",
       {form("EC Commission", 56), form("European Community Commission", 23),
        form("E.C. Commission", 2), form("EC", 30), form("European Community", 20),
        form("Economic Commission", 15), form("UN Security Council", 4),
        form("United Nations Security Council", 9), form("GM Hughes Electronics", 3),
        form("CBS Inc", 7), form("Community Bank System Inc", 3)},
       {{"EC Commission", "European Community Commission"},
        {"UN Security Council", "United Nations Security Council"},
        {"EC", "EC"},
        {"GM Hughes Electronics", "GM Hughes Electronics"},
        {"CBS Inc", "CBS Inc"}}},  // a legal form after the initials tells no name
      {"an abbreviation is no person's surname",
       {form("BAe", 20), form("Rha Woong Bae", 23), form("IBM", 5), form("Tom Ibm", 2)},
       {{"BAe", "BAe"}, {"IBM", "IBM"}}},
      {"a name given a place before it is not the name's full form",
       {form("Fed", 96), form("New York Fed", 5), form("Bundesbank", 9)},
       {{"Fed", "Fed"}, {"New York Fed", "New York Fed"}}},
      {"a full form few statements have does not name the identity",
       {form("James Baker", 400), form("Treasury Secertary James Baker", 2), form("Baker", 20),
        form("Recep Tayyip Erdogan", 13), form("Tayyip Erdogan", 20)},
       {{"Baker", "James Baker"},
        {"Treasury Secertary James Baker", "James Baker"},
        {"Tayyip Erdogan", "Recep Tayyip Erdogan"}}},
      {"a firm's name goes with its name in full, not with its subsidiaries'",
       {form("Chrysler Corp", 80), form("Chrysler", 8), form("Chrysler Canada Ltd", 12),
        form("Chrysler Financial Corp", 2), form("General Motors Corp", 64),
        form("General Motors", 10), form("Moody", 20), form("Moody's Investors Service Inc", 13),
        form("Moody's Investors Service", 3), form("Japan", 59), form("Japan Airlines Co", 4)},
       {{"Chrysler", "Chrysler Corp"},
        {"Chrysler Canada Ltd", "Chrysler Canada Ltd"},
        {"Chrysler Financial Corp", "Chrysler Financial Corp"},
        {"General Motors", "General Motors Corp"},
        {"Moody", "Moody's Investors Service Inc"},
        {"Moody's Investors Service", "Moody's Investors Service Inc"},
        {"Japan", "Japan"}}},
      {"a person glued to an affiliation by 'of' is the person named alone, a firm of a place is "
       "not",
       {form("Ward McCarthy", 1), form("Ward McCarthy of Merrill Lynch Capital Markets Inc", 5),
        form("General Motors", 8), form("General Motors of Canada Ltd", 20),
        form("Eileen Gormley of Thomson McKinnon", 7)},
       {{"Ward McCarthy of Merrill Lynch Capital Markets Inc", "Ward McCarthy"},
        {"General Motors of Canada Ltd", "General Motors of Canada Ltd"},
        {"Eileen Gormley of Thomson McKinnon", "Eileen Gormley of Thomson McKinnon"}}},
      {"a surname nearly all of whose statements are a person's is no firm's",
       {form("James Baker", 400), form("Baker", 20), form("Baker Hughes Inc", 30)},
       {{"Baker", "James Baker"}, {"Baker Hughes Inc", "Baker Hughes Inc"}}},
      {"a name a person and a firm have about as many statements of stays apart",
       {form("Jeremy Ford", 27), form("Ford", 40), form("Ford Motor Co", 29)},
       {{"Ford", "Ford"}, {"Jeremy Ford", "Jeremy Ford"}}},
      {"UNKNOWN is an identity of its own",
       {form("UNKNOWN", 40), form("Unknown Pleasures", 1)},
       {{"UNKNOWN", "UNKNOWN"}}},
  };
  return table;
}

}  // namespace

TEST_CASE("speaker registry: identities of name forms", "[query][speaker_registry]") {
  for (const Case& c : cases()) {
    INFO(c.what);
    const SpeakerRegistry r(c.forms);
    for (const auto& [shown, expected] : c.expected) {
      INFO(shown);
      CHECK(identity(r, shown) == expected);
    }
  }
}

TEST_CASE("speaker registry: an initialism is what the corpus spells it out as",
          "[query][speaker_registry]") {
  const std::vector<SpeakerForm> forms = {form("SEC", 76),
                                          form("Securities and Exchange Commission", 45),
                                          form("Seiko Epson Corp", 5),
                                          form("Stelco Erie Corp", 2),
                                          form("NBC", 10),
                                          form("National Bank of Canada", 4),
                                          form("National Broadcasting Co", 2),
                                          form("CBC", 5),
                                          form("Canadian Broadcasting Corp", 4),
                                          form("S and P", 200),
                                          form("Standard and Poor's Corp", 250)};
  SECTION("unspelt, the letters two names share about evenly stay apart") {
    const SpeakerRegistry r(forms);
    CHECK(identity(r, "SEC") == "SEC");  // 45 of 52 statements is not nearly all
    CHECK(identity(r, "NBC") == "NBC");
    CHECK(identity(r, "CBC") == "Canadian Broadcasting Corp");
  }
  SECTION("an item giving the letters as a name's other name decides") {
    const verbatim::query::InitialismsSeen seen = {
        // the paragraph's other entities are no spelling of the letters
        {"sec", {"u.s. securities and exchange commission", "washington"}},
        {"nbc", {"national broadcasting co", "new york"}},
        // the letters given for a name that does not spell them say nothing
        {"s and p", {"s and p advisory committee"}},
        // spelt out as a name no speaker has: no speaker's initialism
        {"cbc", {"cuban business council"}}};
    const SpeakerRegistry r(forms, seen);
    CHECK(identity(r, "SEC") == "Securities and Exchange Commission");
    CHECK(identity(r, "Seiko Epson Corp") == "Seiko Epson Corp");
    CHECK(identity(r, "NBC") == "National Broadcasting Co");
    CHECK(identity(r, "National Bank of Canada") == "National Bank of Canada");
    CHECK(identity(r, "S and P") == "Standard and Poor's Corp");
    CHECK(identity(r, "CBC") == "CBC");
  }
}

TEST_CASE("speaker registry: counts, forms and order", "[query][speaker_registry]") {
  const SpeakerRegistry r(
      {form("Trump", 2), form("Donald Trump", 111), form("Joe Biden", 50), form("Biden", 3)});
  REQUIRE(r.identities().size() == 2);
  CHECK(r.identities()[0].display == "Donald Trump");
  CHECK(r.identities()[0].statements == 113);
  CHECK(r.identities()[0].forms == std::vector<std::string>{"donald trump", "trump"});
  CHECK(r.identities()[1].statements == 53);
  CHECK(r.identity_of("nobody known") == nullptr);
  CHECK(r.display_of_form("trump") == "Trump");
}

TEST_CASE("speaker registry: the words a form is compared by", "[query][speaker_registry]") {
  CHECK(identity_words("donald j. trump") == std::vector<std::string>{"donald", "trump"});
  CHECK(identity_words("recep tayyip erdoğan") ==
        std::vector<std::string>{"recep", "tayyip", "erdogan"});
  CHECK(identity_words("tak-sing wong") == std::vector<std::string>{"tak", "sing", "wong"});
}
