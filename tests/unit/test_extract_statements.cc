// Attributed statements: each construction of the conventions, table-driven.
#include <catch2/catch.hpp>

#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::Statement;
using verbatim::extract::StatementKind;
using verbatim::extract::testing::describe;
using verbatim::extract::testing::find_text;
using verbatim::extract::testing::make_item;

namespace {

struct Expected {
  int para;
  StatementKind kind;
  const char* speaker;
  const char* cue;
  const char* text;
};

struct Case {
  const char* name;
  std::vector<std::string> paragraphs;
  std::vector<Expected> statements;  // exactly these, in order
};

void check(const Case& c) {
  INFO(c.name);
  const Analysis a = analyse(make_item(c.paragraphs));
  INFO("found:\n" << describe(a));
  CHECK(a.statements.size() == c.statements.size());
  if (a.statements.size() != c.statements.size()) return;
  for (std::size_t i = 0; i < c.statements.size(); ++i) {
    const Expected& e = c.statements[i];
    const Statement& s = a.statements[i];
    CHECK(s.para == e.para);
    CHECK(s.kind == e.kind);
    CHECK(s.speaker == e.speaker);
    CHECK(s.cue == e.cue);
    CHECK(s.text == e.text);
  }
}

constexpr auto direct = StatementKind::direct;
constexpr auto indirect = StatementKind::indirect;
constexpr auto mixed = StatementKind::mixed;

}  // namespace

TEST_CASE("attributions before, after and inside the reported words", "[extract]") {
  const std::vector<Case> cases = {
      {"said X after a quotation",
       {"Headline", "“We will open wider,” said Chinese President Xi Jinping."},
       {{1, direct, "Xi Jinping", "said", "We will open wider"}}},
      {"X said after a quotation",
       {"Headline", "“Trade will grow,” U.S. President Joe Biden said on Monday."},
       {{1, direct, "Joe Biden", "said", "Trade will grow"}}},
      {"X said, then the quotation",
       {"Headline", "U.S. President Joe Biden said, “We stand with our allies.”"},
       {{1, direct, "Joe Biden", "said", "We stand with our allies."}}},
      {"X said that ...",
       {"Headline", "Premier Li Qiang said that the economy would recover this year."},
       {{1, indirect, "Li Qiang", "said", "the economy would recover this year"}}},
      {"..., X said.",
       {"Headline", "The economy will recover this year, Premier Li Qiang said."},
       {{1, indirect, "Li Qiang", "said", "The economy will recover this year"}}},
      {"According to X, ...",
       {"Headline", "According to the Ministry of Commerce, exports rose 5 percent in August."},
       {{1, indirect, "Ministry of Commerce", "according to", "exports rose 5 percent in August"}}},
      {"..., according to X.",
       {"Headline", "Exports rose 5 percent in August, according to the Ministry of Commerce."},
       {{1, indirect, "Ministry of Commerce", "according to", "Exports rose 5 percent in August"}}},
      {"In X's words, ...",
       {"Headline", "Chinese President Xi Jinping visited the port.",
        "In Xi's words, “the ocean is our shared home.”"},
       {{2, direct, "Xi Jinping", "In Xi's words", "the ocean is our shared home."}}},
      {"an organisation as the speaker",
       {"Headline", "The Ministry of Commerce said exports rose sharply."},
       {{1, indirect, "Ministry of Commerce", "said", "exports rose sharply"}}},
      {"X stressed the need",
       {"Headline", "Chinese President Xi Jinping stressed the need to deepen reform."},
       {{1, indirect, "Xi Jinping", "stressed", "the need to deepen reform"}}},
      {"X urged Y to",
       {"Headline", "Foreign Minister Penny Wong urged member states to honour their pledges."},
       {{1, indirect, "Penny Wong", "urged", "member states to honour their pledges"}}},
      {"X called for",
       {"Headline", "Amnesty International called for an immediate ceasefire."},
       {{1, indirect, "Amnesty International", "called for", "an immediate ceasefire"}}},
      {"X noted that / pointed out that",
       {"Headline",
        "Finance Minister Jim Chalmers noted that the plan had broad support. Chalmers pointed "
        "out that costs had doubled."},
       {{1, indirect, "Jim Chalmers", "noted", "the plan had broad support"},
        {1, indirect, "Jim Chalmers", "pointed out", "costs had doubled"}}},
      {"X told Y ...",
       {"Headline", "Trade Minister Don Farrell told reporters the deal was done."},
       {{1, indirect, "Don Farrell", "told", "the deal was done"}}},
      {"added after a quotation",
       {"Headline", "Senator Maria Lopez said the vote was close. “We are pleased,” she added."},
       {{1, indirect, "Maria Lopez", "said", "the vote was close"},
        {1, direct, "Maria Lopez", "added", "We are pleased"}}},
      {"a quotation split by its attribution",
       {"Headline",
        "“The talks were candid,” Foreign Minister Wang Yi said. “Both sides want results.”"},
       {{1, direct, "Wang Yi", "said", "The talks were candid ... Both sides want results."}}},
      {"a quotation split inside one sentence",
       {"Headline", "“The talks were candid,” Wang Yi said, “and both sides want results.”"},
       {{1, direct, "Wang Yi", "said", "The talks were candid ... and both sides want results."}}},
      {"attribution in the middle",
       {"Headline", "Orders, Defence Commissioner Gaspar Maroth said, will keep the plant busy."},
       {{1, indirect, "Gaspar Maroth", "said", "Orders ... will keep the plant busy"}}},
      {"mixed: a reported clause with a quoted fragment",
       {"Headline", "Vice President Mike Pence said the country is “in the midst of a crisis.”"},
       {{1, mixed, "Mike Pence", "said", "the country is “in the midst of a crisis.”"}}},
      {"partial quotation after describe ... as is direct",
       {"Headline", "Xi Jinping described the talks as “in-depth, candid and constructive”."},
       {{1, direct, "Xi Jinping", "described", "in-depth, candid and constructive"}}},
      {"unnamed groups are UNKNOWN",
       {"Headline", "Officials said the bridge would reopen in May."},
       {{1, indirect, "UNKNOWN", "said", "the bridge would reopen in May"}}},
      {"no source at all leaves the speaker empty",
       {"Headline", "He said the plan was sound."},
       {{1, indirect, "", "said", "the plan was sound"}}},
      {"an agency relay belongs to the original speaker",
       {"Headline", "China will deepen reform, President Xi Jinping said, Xinhua reported."},
       {{1, indirect, "Xi Jinping", "said", "China will deepen reform"}}},
      {"apposition between speaker and cue",
       {"Headline",
        "Chinese President Xi Jinping visited Harbin. Xi, also general secretary of the CPC "
        "Central Committee, said the region must innovate."},
       {{1, indirect, "Xi Jinping", "said", "the region must innovate"}}},
      {"a speech verb with only a topic is no statement",
       {"Headline", "Premier Li Qiang commented on the agreement."},
       {}},
      {"an agentless passive is no statement",
       {"Headline", "The bridge is said to be unsafe."},
       {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("clause structure: gerunds, coordination, relatives, passives", "[extract]") {
  const std::vector<Case> cases = {
      {", adding that ... shares the speaker",
       {"Headline",
        "A total of 39 are confirmed dead, officials told state media, adding that "
        "rescuers ended their work."},
       {{1, indirect, "UNKNOWN", "told", "A total of 39 are confirmed dead"},
        {1, indirect, "UNKNOWN", "adding", "rescuers ended their work"}}},
      {"a coordinated cue takes the first subject",
       {"Headline",
        "Regional governor Boris Dubrovsky said officers were present, but said this "
        "too was unrelated."},
       {{1, indirect, "Boris Dubrovsky", "said", "officers were present"},
        {1, indirect, "Boris Dubrovsky", "said", "this too was unrelated"}}},
      {"a relative clause speaks for its antecedent",
       {"Headline",
        "The paper spoke to the Indonesian Navy, who told it the report was "
        "unconfirmed."},
       {{1, indirect, "Indonesian Navy", "told", "the report was unconfirmed"}}},
      {"with X -ing",
       {"Headline",
        "Search and rescue was suspended, with Emergencies Minister Yevgeny Zinichev "
        "describing the “real threat” as making it “impossible to continue”."},
       {{1, mixed, "Yevgeny Zinichev", "describing",
         "the “real threat” as making it “impossible to continue”"}}},
      {"a set-off participle after a place belongs to the clause's subject",
       {"Headline",
        "Premier Li Qiang met the delegation in Tianjin, urging both sides to trade "
        "more, and left on Friday."},
       {{1, indirect, "Li Qiang", "urging", "both sides to trade more"}}},
      {"a set-off participle after a person belongs to that person",
       {"Headline",
        "He set up a meeting between Rudy Giuliani, claiming to represent the "
        "department, and an aide."},
       {{1, indirect, "Rudy Giuliani", "claiming", "to represent the department"}}},
      {"a passive's agent with a quotation",
       {"Headline",
        "He was told by Emergencies Minister Yevgeny Zinichev of “presumably 40 "
        "people under the rubble”."},
       {{1, direct, "Yevgeny Zinichev", "told", "presumably 40 people under the rubble"}}},
      {"a sentence-opening gerund shares the main clause's speaker",
       {"Headline",
        "Saying “the law has failed”, President Alberto Fernandez added, “We will "
        "change it.”"},
       {{1, direct, "Alberto Fernandez", "Saying", "the law has failed"},
        {1, direct, "Alberto Fernandez", "added", "We will change it."}}},
      {"a clause, then a quotation after a colon",
       {"Headline",
        "Mike Ryan told the press the new drugs were only part of the solution: “What "
        "will stop Ebola is good surveillance.”"},
       {{1, indirect, "Mike Ryan", "told", "the new drugs were only part of the solution"},
        {1, direct, "Mike Ryan", "told", "What will stop Ebola is good surveillance."}}},
      {"an agency quoting someone relays that person",
       {"Headline",
        "The official Xinhua news agency quoted Oil Minister Wang Tao as saying China "
        "would raise output by 10 pct this year."},
       {{1, indirect, "Wang Tao", "saying", "China would raise output by 10 pct this year"}}},
      {"plural nouns are no cues",
       {"Headline", "The West North Central states recorded a 27.3 pct gain."},
       {}},
      {"a relative clause inside an apposition",
       {"Headline",
        "Senator Tom Smith, who spoke on condition of anonymity, said the talks had "
        "stalled."},
       {{1, indirect, "Tom Smith", "said", "the talks had stalled"}}},
      {"a circumstance after the cue",
       {"Headline",
        "China will open wider to the world, President Xi Jinping said while meeting "
        "the delegation on Friday."},
       {{1, indirect, "Xi Jinping", "said", "China will open wider to the world"}}},
      {"one unnamed source",
       {"Headline", "“It is a tough call,” one trader said."},
       {{1, direct, "UNKNOWN", "said", "It is a tough call"}}},
      {"an agency dateline, left out by the reader",
       {"Headline",
        "WASHINGTON (Reuters) - The Federal Reserve raised rates on Wednesday, saying "
        "inflation remained high."},
       {{1, indirect, "Federal Reserve", "saying", "inflation remained high"}}},
      {"a corporate release: ticker, title after the name, quotation after an abbreviation",
       {"Acme Corp Announces Strategic Partnership With Globex",
        "Acme Corp (NASDAQ: ACME), a provider of cloud software, today announced a partnership "
        "with Globex Corporation to accelerate digital transformation.",
        "“We are thrilled to partner with Globex,” said Jane Doe, Chief Executive Officer of Acme "
        "Corp. “This partnership will bring real value to our customers.”",
        "The companies said the agreement takes effect immediately."},
       {{0, indirect, "Acme Corp", "Announces", "Strategic Partnership With Globex"},
        {1, indirect, "Acme Corp", "announced",
         "a partnership with Globex Corporation to accelerate digital transformation"},
        {2, direct, "Jane Doe", "said",
         "We are thrilled to partner with Globex ... This partnership will bring real value to our "
         "customers."},
        // the two companies named together before: a joint statement, one per company
        {3, indirect, "Acme Corp", "said", "the agreement takes effect immediately"},
        {3, indirect, "Globex Corporation", "said", "the agreement takes effect immediately"}}},
      {"a passive with its agent",
       {"Headline", "The pattern was described by Maritime Bulletin as “rather hectic”."},
       {{1, direct, "Maritime Bulletin", "described", "rather hectic"}}},
      {"according to a report by X",
       {"Headline",
        "The stores were reluctant to impose limits, according to a report by ABC "
        "Australia."},
       {{1, indirect, "ABC Australia", "according to",
         "The stores were reluctant to impose limits"}}},
      {"a spokesperson of an organisation",
       {"Headline", "Sales went up last week, according to a Woolworths spokesperson."},
       {{1, indirect, "Woolworths", "according to", "Sales went up last week"}}},
      {"an unnamed spokesman",
       {"Headline", "The plan would apply from 1989, a finance ministry spokesman said."},
       {{1, indirect, "UNKNOWN", "said", "The plan would apply from 1989"}}},
      {"the company is the organisation named before",
       {"Headline", "Texas Capital Bancshares said its unit filed for a branch.",
        "The company said it filed with the Comptroller of the Currency."},
       {{1, indirect, "Texas Capital Bancshares", "said", "its unit filed for a branch"},
        {2, indirect, "Texas Capital Bancshares", "said",
         "it filed with the Comptroller of the Currency"}}},
      {"wire copy: a headline in capitals and tickers",
       {"DOME PETROLEUM SAYS PLAN MAY FORCE SALE",
        "Dome Petroleum Ltd <DMP> said in a U.S. Securities and Exchange Commission filing that "
        "its plan may force a sale."},
       {{0, indirect, "Dome Petroleum Ltd", "SAYS", "PLAN MAY FORCE SALE"},
        {1, indirect, "Dome Petroleum Ltd", "said", "its plan may force a sale"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("headline attributions", "[extract]") {
  const std::vector<Case> cases = {
      {"a title-case headline with an infinitive after the cue",
       {"Ding Xuexiang Pledges to Expand Green Finance",
        "Chinese Vice Premier Ding Xuexiang spoke at the forum on Monday."},
       {{0, indirect, "Ding Xuexiang", "Pledges", "to Expand Green Finance"}}},
      {"a genre label before the colon is no speaker",
       {"Explainer: Why the rupee keeps falling",
        "The rupee fell to a record low on Friday, traders said."},
       {{1, indirect, "UNKNOWN", "said", "The rupee fell to a record low on Friday"}}},
      {"a genre label, then a bare role as the speaker",
       {"Interview: Global trade will recover next year, says economist",
        "Trade volumes fell 2 percent last year."},
       {{0, indirect, "UNKNOWN", "says", "Global trade will recover next year"}}},
      {"Xi: ...",
       {"Xi: China's door will only open wider", "Chinese President Xi Jinping spoke in Shanghai."},
       {{0, indirect, "Xi Jinping", ":", "China's door will only open wider"}}},
      {"Xi says ...",
       {"Xi says China will open wider", "Chinese President Xi Jinping spoke in Shanghai."},
       {{0, indirect, "Xi Jinping", "says", "China will open wider"}}},
      {"a title-case headline",
       {"CGTN: Xi Jinping Calls for Closer Ties With Africa", "Xi Jinping spoke in Beijing."},
       {{0, indirect, "Xi Jinping", "Calls for", "Closer Ties With Africa"}}},
      {"the issuer prefix is not a speaker",
       {"CGTN: China's northeast region to advance revitalization", "The plan was approved."},
       {}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("quotation marks: nesting, apostrophes, paragraphs, unbalanced", "[extract]") {
  const std::vector<Case> cases = {
      {"straight double quotes",
       {"Headline", "\"We are ready,\" said Health Minister Mark Butler."},
       {{1, direct, "Mark Butler", "said", "We are ready"}}},
      {"guillemets",
       {"Headline", "«Nous sommes prêts», said French President Emmanuel Macron."},
       {{1, direct, "Emmanuel Macron", "said", "Nous sommes prêts"}}},
      {"nested quotation stays in the text",
       {"Headline", "“He told me ‘we are ready’ yesterday,” Smith said."},
       {{1, direct, "Smith", "said", "He told me ‘we are ready’ yesterday"}}},
      {"apostrophes that look like closing quotes",
       {"Headline", "“China’s exports and the ’80s reforms helped students’ families,” Wang said."},
       {{1, direct, "Wang", "said",
         "China’s exports and the ’80s reforms helped students’ families"}}},
      {"a quotation over several paragraphs",
       {"Headline", "Premier Li Qiang said: “The economy is resilient and growth is steady.",
        "“We will keep our promises to investors.”"},
       {{1, direct, "Li Qiang", "said", "The economy is resilient and growth is steady."},
        {2, direct, "Li Qiang", "said", "We will keep our promises to investors."}}},
      {"an unbalanced mark does not swallow the rest of the item",
       {"Headline", "“This never closes, Smith said. Another sentence here.",
        "Trade Minister Don Farrell said prices rose sharply."},
       {{2, indirect, "Don Farrell", "said", "prices rose sharply"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("statement offsets delimit the content in its paragraph", "[extract]") {
  const std::string para = "“We will open wider,” said Chinese President Xi Jinping.";
  const Analysis a = analyse(make_item({"Headline", para}));
  REQUIRE(a.statements.size() == 1);
  const Statement& s = a.statements[0];
  CHECK(s.begin == 0);
  CHECK(para.substr(s.begin, s.end - s.begin) == "“We will open wider,”");
  CHECK(s.mention == "Chinese President Xi Jinping");
}

TEST_CASE("extraction never fails on odd input", "[extract]") {
  const std::vector<std::string> odd = {"",
                                        "\"",
                                        "“",
                                        "”",
                                        "‘’’‘",
                                        "said",
                                        "according to",
                                        ", said",
                                        "\"\"\"\"",
                                        "said \"",
                                        "“a” “b” “c",
                                        "X: ",
                                        ":",
                                        "— said —",
                                        std::string("\xff\xfe bad utf8 \"q\" said he", 24)};
  for (const auto& p : odd) {
    INFO(p);
    CHECK_NOTHROW(analyse(make_item({p, p, p})));
  }
  // regressions found with AddressSanitizer on fuzzed items: a cue at the very end of the text,
  // and many organisations before roles (the entity table grows while a record is in use)
  CHECK_NOTHROW(analyse(make_item({"H", "Exports rose, according to the ministry"})));
  std::string many;
  for (int i = 0; i < 64; ++i) {
    many += "Agency" + std::to_string(i) + " Ministry spokesperson Wang Wenbin" +
            std::to_string(i) + " said the talks went well. ";
  }
  CHECK(analyse(make_item({"H", many})).statements.size() == 64);
}

TEST_CASE("release and wire forms: sources, hopes, directives, headlines in capitals",
          "[extract]") {
  const std::vector<Case> cases = {
      {"according to a source with a participle after it",
       {"Headline",
        "According to a communique issued at the end of the summit, the leaders will meet again "
        "in Nairobi next year."},
       {{1, indirect, "UNKNOWN", "according to",
         "the leaders will meet again in Nairobi next year"}}},
      {"according to a source with a prepositional phrase after it, at the end",
       {"Headline",
        "Grain output rose 3 percent, according to figures from the statistics bureau on "
        "Tuesday."},
       {{1, indirect, "UNKNOWN", "according to", "Grain output rose 3 percent"}}},
      {"according to a named author with a participle after it",
       {"Headline",
        "According to data from the Korea Customs Service released on Friday, chip exports "
        "jumped 30 percent."},
       {{1, indirect, "Korea Customs Service", "according to", "chip exports jumped 30 percent"}}},
      {"expressed the hope that",
       {"Headline",
        "Chinese Vice President Han Zheng met the delegation on Monday. Han expressed the hope "
        "that both sides would deepen exchanges in education."},
       {{1, indirect, "Han Zheng", "expressed the hope",
         "both sides would deepen exchanges in education"}}},
      {"encouraged someone to",
       {"Headline", "Premier Li Qiang encouraged private firms to invest in rural broadband."},
       {{1, indirect, "Li Qiang", "encouraged", "private firms to invest in rural broadband"}}},
      {"a modal before a base form is no statement",
       {"Headline",
        "Finance Minister Ana Ruiz said the treasury would cut spending. The central bank will "
        "announce its decision on rates next week."},
       {{1, indirect, "Ana Ruiz", "said", "the treasury would cut spending"}}},
      {"a base form coordinated inside reported words",
       {"Headline",
        "Trade Minister Paul Okafor told lawmakers the ministry would lower tariffs and urge "
        "exporters to find new markets."},
       {{1, indirect, "Paul Okafor", "told",
         "the ministry would lower tariffs and urge exporters to find new markets"}}},
      {"a quotation over paragraphs whose speaker is named at its end",
       {"Headline", "“Our plants are running at full capacity.",
        "“Orders for next year are already booked,” said Elena Varga, chief executive of Kestrel "
        "Motors."},
       {{1, direct, "Elena Varga", "said", "Our plants are running at full capacity."},
        {2, direct, "Elena Varga", "said", "Orders for next year are already booked"}}},
      {"an open quotation followed by a paragraph that names nobody",
       {"Headline", "“Our plants are running at full capacity.", "Sales rose 4 percent."},
       {}},
      {"surnames that are also function words",
       {"Headline",
        "Health Minister He Rong said hospitals would add 2,000 beds. He said the plan was "
        "funded.",
        "The deputy mayor, Sun Meiling, told a briefing that the metro line would open in May."},
       {{1, indirect, "He Rong", "said", "hospitals would add 2,000 beds"},
        {1, indirect, "He Rong", "said", "the plan was funded"},
        {2, indirect, "Sun Meiling", "told", "the metro line would open in May"}}},
      {"an indefinite source opening a sentence",
       {"Headline", "An official said the border crossing would reopen on Thursday."},
       {{1, indirect, "UNKNOWN", "said", "the border crossing would reopen on Thursday"}}},
      {"a role for an organisation, then the name in apposition",
       {"Headline",
        "A spokeswoman for the airline, Maria Costa, said the flights would resume next week."},
       {{1, indirect, "Maria Costa", "said", "the flights would resume next week"}}},
      {"a role for an unnamed organisation",
       {"Headline", "A spokesman for the agency said the inquiry would take several months."},
       {{1, indirect, "UNKNOWN", "said", "the inquiry would take several months"}}},
      {"a spokesman of an organisation the item named as a subject",
       {"Headline", "The Monetary Authority said reserves fell sharply in June.",
        "A Monetary Authority spokesman said the decline reflected seasonal outflows."},
       {{1, indirect, "Monetary Authority", "said", "reserves fell sharply in June"},
        {2, indirect, "Monetary Authority", "said", "the decline reflected seasonal outflows"}}},
      {"a cue whose past is its base form",
       {"Headline",
        "Mayor Olga Brandt opened the bridge on Monday. As Brandt put it, \"the two halves of "
        "the city are one again.\""},
       {{1, direct, "Olga Brandt", "put it", "the two halves of the city are one again."}}},
      {"a company name without a familiar suffix, then 'it'",
       {"Headline",
        "Blue Harbor Hotels Limited Partnership said it had agreed to buy four resorts in "
        "Florida.",
        "It said the purchase would be financed with a bank loan."},
       {{1, indirect, "Blue Harbor Hotels Limited Partnership", "said",
         "it had agreed to buy four resorts in Florida"},
        {2, indirect, "Blue Harbor Hotels Limited Partnership", "said",
         "the purchase would be financed with a bank loan"}}},
      {"a person of a firm, then the surname",
       {"Headline",
        "Gary Lindqvist of Northgate Securities said the merger would lift earnings next year.",
        "\"It is a good deal for both sides,\" said Lindqvist."},
       {{1, indirect, "Gary Lindqvist", "said", "the merger would lift earnings next year"},
        {2, direct, "Gary Lindqvist", "said", "It is a good deal for both sides"}}},
      {"a weak cue inside reported words is no relay",
       {"Headline",
        "Exports continued to climb in March, Statistics Norway said in its monthly bulletin.",
        "The two parties have agreed on a budget, Liberal leader Ola Berge said."},
       {{1, indirect, "Statistics Norway", "said", "Exports continued to climb in March"},
        {2, indirect, "Ola Berge", "said", "The two parties have agreed on a budget"}}},
      {"organisations: a country's possessive, a title word naming the body, a white paper",
       {"Headline", "Japan's Ministry of Finance said on Friday it would sell more bonds.",
        "Imports fell 3 percent, according to the General Administration of Customs.",
        "The white paper said rural incomes had doubled since 2012."},
       {{1, indirect, "Ministry of Finance", "said", "it would sell more bonds"},
        {2, indirect, "General Administration of Customs", "according to",
         "Imports fell 3 percent"},
        {3, indirect, "UNKNOWN", "said", "rural incomes had doubled since 2012"}}},
      {"he after a single unknown name that spoke last",
       {"Headline", "Mayor Peter Adler said the bridge would reopen in June.",
        "Okonkwo said the contractor had finished the steel work. He said the paint would take "
        "another month."},
       {{1, indirect, "Peter Adler", "said", "the bridge would reopen in June"},
        {2, indirect, "Okonkwo", "said", "the contractor had finished the steel work"},
        {2, indirect, "Okonkwo", "said", "the paint would take another month"}}},
      {"unnamed sources with a post-modifier",
       {"Headline",
        "Three people familiar with the negotiations said the carmaker would close two plants.",
        "A person briefed on the plan said the closures would be announced in March."},
       {{1, indirect, "UNKNOWN", "said", "the carmaker would close two plants"},
        {2, indirect, "UNKNOWN", "said", "the closures would be announced in March"}}},
      {"a person after an organisation's possessive",
       {"Headline", "\"The vote was close,\" said the union's Maria Gomez."},
       {{1, direct, "Maria Gomez", "said", "The vote was close"}}},
      {"it after a name of no known kind",
       {"Headline",
        "Corvane Halsted said profits rose 12 percent last year. It said it would raise the "
        "dividend."},
       {{1, indirect, "Corvane Halsted", "said", "profits rose 12 percent last year"},
        {1, indirect, "Corvane Halsted", "said", "it would raise the dividend"}}},
      {"a set-off attribution before a prepositional phrase",
       {"Headline",
        "The new reactor was built, Nordic Atomics said, for research into medical isotopes."},
       {{1, indirect, "Nordic Atomics", "said",
         "The new reactor was built ... for research into medical isotopes"}}},
      {"a firm described by its trade, a regulator unnamed",
       {"Headline", "Halvard Steel Corp posted record profits on Monday.",
        "The miner said it would open a second pit in Sweden. The watchdog said the pit needed a "
        "new permit."},
       {{2, indirect, "Halvard Steel Corp", "said", "it would open a second pit in Sweden"},
        {2, indirect, "UNKNOWN", "said", "the pit needed a new permit"}}},
      {"a statement noun with a post-modifier before 'that'",
       {"Headline",
        "The World Bank said in a study published on Monday that poverty fell in 40 "
        "countries."},
       {{1, indirect, "World Bank", "said", "poverty fell in 40 countries"}}},
      {"an aside between dashes before the cue",
       {"Headline",
        "Mayor Lin Tao \u2014 who won a second term in May \u2014 said the metro would be "
        "extended to the airport."},
       {{1, indirect, "Lin Tao", "said", "the metro would be extended to the airport"}}},
      {"a news agency relays the speaker it names; sources polled by an agency",
       {"Headline",
        "Xinhua reported that Premier Li Qiang called for stable employment in rural areas.",
        "Economists polled by Reuters said growth would slow in the fourth quarter."},
       {{1, indirect, "Li Qiang", "called for", "stable employment in rural areas"},
        {2, indirect, "UNKNOWN", "said", "growth would slow in the fourth quarter"}}},
      {"what is answered is a topic",
       {"Headline",
        "Replying to a question about the tariffs, Minister Ivo Marek said talks would resume."},
       {{1, indirect, "Ivo Marek", "said", "talks would resume"}}},
      {"an apposition after an age; a surname with an apostrophe",
       {"Headline",
        "Declan O'Brien, 61, a farmer near Cork, said the harvest was the worst in decades.",
        "\"We have never seen rain like it,\" O'Brien said."},
       {{1, indirect, "Declan O'Brien", "said", "the harvest was the worst in decades"},
        {2, direct, "Declan O'Brien", "said", "We have never seen rain like it"}}},
      {"a firm named by its apposition, then 'the company'",
       {"Headline",
        "Brightwave Analytics, a provider of retail data, said on Monday it had raised $40 "
        "million.",
        "Chief executive Omar Haddad said the money would fund hiring.",
        "The funds will be used in Europe, the company said."},
       {{1, indirect, "Brightwave Analytics", "said", "it had raised $40 million"},
        {2, indirect, "Omar Haddad", "said", "the money would fund hiring"},
        {3, indirect, "Brightwave Analytics", "said", "The funds will be used in Europe"}}},
      {"'said to' and a verb in a headline reports a rumour",
       {"TOKYO SAID TO WEIGH NEW STIMULUS",
        "Tokyo is weighing a new stimulus package, officials said."},
       {{1, indirect, "UNKNOWN", "said", "Tokyo is weighing a new stimulus package"}}},
      {"two titled names joined by 'and', then a role",
       {"Headline",
        "The king received Prime Minister Ana Lima and Defence Minister Rui Costa on Monday.",
        "The prime minister said the army would buy new helicopters."},
       {{2, indirect, "Ana Lima", "said", "the army would buy new helicopters"}}},
      {"an addressee the lexicon does not know",
       {"Headline",
        "Governor Alma Reyes told mourners the bridge would be rebuilt within two years."},
       {{1, indirect, "Alma Reyes", "told", "the bridge would be rebuilt within two years"}}},
      {"a gerund cue opening a sentence is no name; 'adding to' is no statement",
       {"Headline", "Corvane Halsted said on Monday that output fell in May.",
        "Citing weak demand in Europe, it said prices would stay low for a year.",
        "Adding to the gloom, Norvex Mining said it would shut two plants."},
       {{1, indirect, "Corvane Halsted", "said", "output fell in May"},
        {2, indirect, "Corvane Halsted", "Citing", "weak demand in Europe"},
        {2, indirect, "Corvane Halsted", "said", "prices would stay low for a year"},
        {3, indirect, "Norvex Mining", "said", "it would shut two plants"}}},
      {"short clauses are statements, a short topic is not",
       {"Headline",
        "Finance Minister Ana Ruiz said that talks failed. Bond yields jumped, Ruiz said. Ruiz "
        "said investors panicked. Ruiz acknowledged the risk."},
       {{1, indirect, "Ana Ruiz", "said", "talks failed"},
        {1, indirect, "Ana Ruiz", "said", "Bond yields jumped"},
        {1, indirect, "Ana Ruiz", "said", "investors panicked"}}},
      {"a 'with X urging' phrase ends at its comma",
       {"Headline",
        "With the IMF urging governments to cut deficits, several countries have raised taxes "
        "this year."},
       {{1, indirect, "IMF", "urging", "governments to cut deficits"}}},
      {"a time of day after the cue",
       {"Headline",
        "Fire chief Dan Ortiz said Sunday evening the blaze was contained. Ortiz said yesterday "
        "morning the cause was unknown."},
       {{1, indirect, "Dan Ortiz", "said", "the blaze was contained"},
        {1, indirect, "Dan Ortiz", "said", "the cause was unknown"}}},
      {"findings and polls are unnamed sources",
       {"Headline", "Results suggested the drug halved the risk of a second stroke."},
       {{1, indirect, "UNKNOWN", "suggested", "the drug halved the risk of a second stroke"}}},
      {"a headline in capitals with a speaker the body names",
       {"OKAFOR SAYS TARIFFS WILL FALL",
        "Trade Minister Paul Okafor said on Friday that tariffs on machinery would fall."},
       {{0, indirect, "Paul Okafor", "SAYS", "TARIFFS WILL FALL"},
        {1, indirect, "Paul Okafor", "said", "tariffs on machinery would fall"}}},
      {"a headline in capitals with a curly possessive",
       {"JAPAN\xE2\x80\x99S FINANCE MINISTRY SAYS BOND SALES WILL RISE",
        "Japan's Finance Ministry said bond sales would rise next year."},
       {{0, indirect, "Finance Ministry", "SAYS", "BOND SALES WILL RISE"},
        {1, indirect, "Finance Ministry", "said", "bond sales would rise next year"}}},
      {"a headline in capitals whose speaker the body does not name",
       {"MARKET WATCH - COPPER SLIDES", "Copper prices fell 2 percent on Friday, traders said."},
       {{1, indirect, "UNKNOWN", "said", "Copper prices fell 2 percent on Friday"}}},
      {"a medium described before its name, at the sentence end",
       {"Headline", "Grain output will fall this year, the daily Zarya said.",
        "Timber exports rose, the official news agency Novinar reported.",
        "The minister will resign, the weekly news magazine Der Blick said."},
       {{1, indirect, "Zarya", "said", "Grain output will fall this year"},
        {2, indirect, "Novinar", "reported", "Timber exports rose"},
        {3, indirect, "Der Blick", "said", "The minister will resign"}}},
      {"a medium described before a name with a possessive, and after according to",
       {"Headline", "Car output will rise, the trade paper Kell's Motor Weekly said.",
        "According to the evening newspaper Vecher, the plant will close."},
       {{1, indirect, "Kell's Motor Weekly", "said", "Car output will rise"},
        {2, indirect, "Vecher", "according to", "the plant will close"}}},
      {"a quotation opening with the speech verb after its subject",
       {"Headline",
        "In a short readout, the Ministry of Ports \"stressed the need to reopen the canal.\""},
       {{1, direct, "Ministry of Ports", "stressed", "the need to reopen the canal"}}},
      {"the medium noun later is the medium named so, not a firm named since",
       {"Headline", "A cable will link the islands, the national news agency Berita said.",
        "Acme Cable Ltd signed the agreement.", "The work will take a year, the agency said."},
       {{1, indirect, "Berita", "said", "A cable will link the islands"},
        {3, indirect, "Berita", "said", "The work will take a year"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("coordinated subjects: lists of names, persons with firms", "[extract]") {
  const std::vector<Case> cases = {
      {"a list of three names speaks once per name",
       {"Headline", "Woolworths, Coles and ALDI said they had no plans to limit sales."},
       {{1, indirect, "Woolworths", "said", "they had no plans to limit sales"},
        {1, indirect, "Coles", "said", "they had no plans to limit sales"},
        {1, indirect, "ALDI", "said", "they had no plans to limit sales"}}},
      {"an Oxford comma before the last name",
       {"Headline", "Britain, France, and Germany said the deal must hold."},
       {{1, indirect, "Britain", "said", "the deal must hold"},
        {1, indirect, "France", "said", "the deal must hold"},
        {1, indirect, "Germany", "said", "the deal must hold"}}},
      {"a list not at the clause start keeps only the joined names",
       {"Headline", "In Sydney, Coles and ALDI said they had no plans."},
       {{1, indirect, "Coles", "said", "they had no plans"},
        {1, indirect, "ALDI", "said", "they had no plans"}}},
      {"a person and a firm",
       {"Headline", "Mary Barra and Acme Corp said the deal was done."},
       {{1, indirect, "Mary Barra", "said", "the deal was done"},
        {1, indirect, "Acme Corp", "said", "the deal was done"}}},
      {"a firm named after a person stays one",
       {"Headline", "John Wiley and Sons Inc said the deal was done."},
       {{1, indirect, "John Wiley and Sons Inc", "said", "the deal was done"}}},
      {"a person of a foundation named for two",
       {"Headline",
        "Carl Hensman of the Bill and Melinda Gates Foundation noted the sprays are safe."},
       {{1, indirect, "Carl Hensman", "noted", "the sprays are safe"}}},
      {"one authority of two places",
       {"Headline", "The Port Authority of New York and New Jersey said the bridge was closed."},
       {{1, indirect, "Port Authority of New York and New Jersey", "said",
         "the bridge was closed"}}},
      {"one agency after a country's initials",
       {"Headline", "The U.S. Food and Drug Administration said the drug was safe."},
       {{1, indirect, "United States Food and Drug Administration", "said", "the drug was safe"}}},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("what follows an inverted speaker to the sentence end describes the speaker",
          "[extract]") {
  const std::vector<Case> cases = {
      {"a description of the speaker is not content",
       {"Headline", "Heavy snow closed schools on Monday, said Tom Vale, the state climatologist."},
       {{1, indirect, "Tom Vale", "said", "Heavy snow closed schools on Monday"}}},
      {"a role with a place before it",
       {"Headline", "Heavy snow closed schools on Monday, said Tom Vale, Ohio state geologist."},
       {{1, indirect, "Tom Vale", "said", "Heavy snow closed schools on Monday"}}},
      {"a relative clause about the speaker",
       {"Headline",
        "Growth will slow this year, said Ann Roe, who heads the bank's research unit."},
       {{1, indirect, "Ann Roe", "said", "Growth will slow this year"}}},
      {"the next quotation after the description continues the statement",
       {"Headline",
        "\"We acted fast,\" said Maria Costa, the agency's director. \"We will not stop now.\""},
       {{1, direct, "Maria Costa", "said", "We acted fast ... We will not stop now."}}},
      {"a clause the attribution interrupts goes on after it",
       {"Headline", "Prices, said Tom Vale, would rise in May."},
       {{1, indirect, "Tom Vale", "said", "Prices ... would rise in May"}}},
      {"a number after the attribution goes on with the content",
       {"Headline",
        "The outbreak killed 62 people, including, according to the ministry, 54 "
        "small children."},
       {{1, indirect, "UNKNOWN", "according to",
         "The outbreak killed 62 people, including ... 54 small children"}}},
  };
  for (const Case& c : cases) check(c);
}
