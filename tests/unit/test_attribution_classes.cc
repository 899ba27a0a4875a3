// Classes of phrasing from real state-media and wire text (issue #11), one table row per case:
// an item's paragraphs (headline first) and the statements it must give, each by its paragraph,
// speaker, cue and text; or, for precision cases, the text that must give no statement.
// The sentences are written for these tests in the style of news, not copied from a dev set.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/extract_test_util.h"

using verbatim::extract::analyse;
using verbatim::extract::Analysis;
using verbatim::extract::Statement;
using verbatim::extract::testing::describe;
using verbatim::extract::testing::make_item;

namespace {

struct Expected {
  int para;
  const char* speaker;
  const char* cue;
  const char* text;
};

struct ClassCase {
  const char* phrasing;  // the class and what the case shows
  std::vector<std::string> paragraphs;
  std::vector<Expected> statements;            // must be found (others may be too)
  std::vector<const char*> no_statement_with;  // texts no statement may contain
  const char* not_speaker = nullptr;           // a speaker no statement may have
};

// clang-format off
const std::vector<ClassCase>& cases() {
  static const std::vector<ClassCase> table = {
      {"quoted paragraph with no cue continues the previous speaker",
       {"Port to reopen", "Mayor Ana Ruiz said the port would reopen in May.",
        "“The ferries will run every hour from the first week, and fares will stay the same.”"},
       {{2, "Ana Ruiz", "none",
         "The ferries will run every hour from the first week, and fares will stay the same."}},
       {}},
      {"open quotation paragraphs never named go to the speaker before them",
       {"Harbour wall", "“The storms came early this year,” Minister Tom Vale said.",
        "“We will rebuild the harbour wall before the winter tides arrive.",
        "“Nobody will be left without a home when the work is done.”"},
       {{2, "Tom Vale", "none", "We will rebuild the harbour wall before the winter tides arrive."},
        {3, "Tom Vale", "none", "Nobody will be left without a home when the work is done."}},
       {}},
      {"a quotation-only sentence after a statement of the same paragraph",
       {"Schools", "Ruiz Mendez said the city had grown fast in the past decade. “We have doubled "
                   "the number of schools in ten years.”"},
       {{1, "Ruiz Mendez", "none", "We have doubled the number of schools in ten years."}},
       {}},
      {"a quoted paragraph after a paragraph with no statement is no one's",
       {"Ferry named", "The council met on Monday to name the ferry.",
        "“Harbour Lights of the Northern Coast and Its Islands” was chosen by pupils."},
       {},
       {"Harbour Lights"}},
      {"a short quoted title after a statement is no continuation",
       {"Festival", "Mayor Ana Ruiz said the festival would return in June.", "“Summer Nights”"},
       {},
       {"Summer Nights"}},
      {"a fronted phrase before the subject is no content",
       {"Exports", "In a statement on Friday, Minister Tom Vale said exports would rise."},
       {{1, "Tom Vale", "said", "exports would rise"}},
       {"In a statement"}},
      {"a fronted phrase of manner before the subject is no content",
       {"Talks", "Through the talks, Mayor Ana Ruiz said both sides had found common ground."},
       {{1, "Ana Ruiz", "said", "both sides had found common ground"}},
       {"Through the talks"}},
      {"a stance noun after express is the cue: what is held is the statement",
       {"Rail link", "Governor Maria Okafor expressed the belief that the rail link would open "
                     "by the spring."},
       {{1, "Maria Okafor", "expressed the belief", "the rail link would open by the spring"}},
       {}},
      {"a stance with an infinitive, ending before what the speaker did",
       {"Trade", "Prime Minister Lars Berg expressed readiness to reopen the trade talks, "
                 "voicing support for a new customs office."},
       {{1, "Lars Berg", "expressed readiness", "to reopen the trade talks"}},
       {"customs office"}},
      {"a stance toward a topic is no statement",
       {"Harbour", "Mayor Ana Ruiz expressed confidence in the future of the old harbour district."},
       {},
       {"future of the old harbour"}},
      {"a nested statement before an attribution is the reporter's too",
       {"Letters", "Mayor Ana Ruiz answered the pupils' letters in May.",
        "In her reply, Ruiz expressed the hope that more pupils would learn Spanish, teacher Paul "
        "Denby said."},
       {{2, "Ana Ruiz", "expressed the hope", "more pupils would learn Spanish"},
        {2, "Paul Denby", "said",
         "In her reply, Ruiz expressed the hope that more pupils would learn Spanish"}},
       {}},
      {"a news agency that reports relays the statement",
       {"Dam", "Minister Tom Vale said the dam would be finished in June, Xinhua reported."},
       {{1, "Tom Vale", "said", "the dam would be finished in June"}},
       {}},
      {"the two presidents: one statement for each of the last two persons named",
       {"Summit", "President Ana Ruiz of Chile met President Tom Vale of Peru on Monday.",
        "The two presidents agreed that the summit had been useful."},
       {{2, "Ana Ruiz", "agreed", "the summit had been useful"},
        {2, "Tom Vale", "agreed", "the summit had been useful"}},
       {}},
      {"the leaders: the persons named together before, not those met in the same paragraph",
       {"Forum", "Mayor Ana Ruiz hosted the forum.",
        "It was attended by Governor Maria Okafor, Governor Lars Berg and Governor Paul Denby.",
        "During their talks with Ruiz, the leaders expressed determination to widen the coastal "
        "road."},
       {{3, "Maria Okafor", "expressed determination", "to widen the coastal road"},
        {3, "Lars Berg", "expressed determination", "to widen the coastal road"},
        {3, "Paul Denby", "expressed determination", "to widen the coastal road"}},
       {}},
      {"a channel between the subject and its cue",
       {"Dam", "Minister Ana Ruiz in her letter said the dam would be finished by June."},
       {{1, "Ana Ruiz", "said", "the dam would be finished by June"}},
       {"her letter"}},
      {"an occasion between the subject and its cue",
       {"Harbour", "Mayor Ana Ruiz spoke on Monday.",
        "Ruiz for the first time proposed building a second harbour wall."},
       {{2, "Ana Ruiz", "proposed", "building a second harbour wall"}},
       {}},
      {"an auxiliary and an adverb between the subject and its cue",
       {"Harbour", "Mayor Ana Ruiz spoke on Monday.",
        "The mayor has always insisted that the harbour must serve the city first."},
       {{2, "Ana Ruiz", "insisted", "the harbour must serve the city first"}},
       {}},
      {"a headline with its content before the speaker and only an addressee after",
       {"Ports to stay open ‘whatever happens’, Premier Tom Vale tells shipping chiefs",
        "Premier Tom Vale spoke at the port forum on Monday."},
       {{0, "Tom Vale", "tells", "Ports to stay open ‘whatever happens’"}},
       {"shipping chiefs"}},
      {"according to state media after a statement relays it",
       {"Friends", "Mayor Ana Ruiz met Governor Paul Denby on Thursday.",
        "“We will never forget our old friends on the coast,” Ruiz told Denby on Thursday, "
        "according to state media."},
       {{2, "Ana Ruiz", "told", "We will never forget our old friends on the coast"}},
       {"Denby on Thursday"}},
      {"said a paper, citing someone: the one cited speaks",
       {"Coast", "“It is a real worry for the coast,” said the Daily Post, citing Paul Denby, a "
                 "professor at the port college."},
       {{1, "Paul Denby", "said", "It is a real worry for the coast"}},
       {"professor at the port college"}},
      {"a country speaking in a headline is the one the body gives as speaking",
       {"Chile urges calm along the northern border",
        "Foreign Minister Ana Ruiz said on Monday that both sides should keep the crossing open."},
       {{0, "Ana Ruiz", "urges", "calm along the northern border"}},
       {}},
      {"a cue whose base form is also its past, after a name",
       {"Cargo", "The Harbour Authority forecast that cargo volumes would rise by a tenth."},
       {{1, "Harbour Authority", "forecast", "cargo volumes would rise by a tenth"}},
       {}},
      {"an opening gerund is the main clause's subject's, up to its comma",
       {"Port", "Mayor Ana Ruiz visited the port.",
        "Describing the port as “the heart of the city” of the coast, she expressed confidence in "
        "its future."},
       {{2, "Ana Ruiz", "Describing", "the port as “the heart of the city” of the coast"}},
       {"confidence in its future"}},
      {"a headline list of countries speaks through the body's speakers, one each",
       {"Chile, Peru vow to expand trade across the Andes",
        "Chilean President Rosa Campos said on Monday that the border would open to more trucks.",
        "Peruvian President Luis Arenas said the two countries would cut tariffs on fruit."},
       {{0, "Rosa Campos", "vow", "to expand trade across the Andes"},
        {0, "Luis Arenas", "vow", "to expand trade across the Andes"}},
       {}},
      {"a headline list with a verb phrase of its own before the cue; a group of countries "
       "the body does not name is unnamed",
       {"Chile, Andean countries sign water pact, vow to share rivers",
        "Chilean President Rosa Campos said the pact was a first for the region."},
       {{0, "Rosa Campos", "vow", "to share rivers"}, {0, "UNKNOWN", "vow", "to share rivers"}},
       {}},
      {"a region in a headline list speaks through the several of a joint statement of the body",
       {"Peru, South America vow to build a shared power grid",
        "Peruvian President Luis Arenas said the grid would be ready in five years.",
        "The meeting was attended by Bolivian President Ana Quispe and Paraguayan President Juan "
        "Benitez.",
        "In talks with Arenas, the leaders expressed readiness to link their networks by 2030."},
       {{0, "Luis Arenas", "vow", "to build a shared power grid"},
        {0, "Ana Quispe", "vow", "to build a shared power grid"},
        {0, "Juan Benitez", "vow", "to build a shared power grid"}},
       {}},
      {"a description speaking in the headline is the first person the body gives as speaking",
       {"Fruit exports will double by 2030, says economist",
        "Fruit exports from the valley will double by 2030, Marta Ibarra, a professor at the "
        "University of Talca, said on Monday."},
       {{0, "Marta Ibarra", "says", "Fruit exports will double by 2030"}},
       {}},
      {"a headline role of a place is the body's person",
       {"Valparaiso's mayor urges calm after floods",
        "Mayor Jorge Soto said on Tuesday that the city would rebuild the bridges."},
       {{0, "Jorge Soto", "urges", "calm after floods"}},
       {}},
      {"a description set off by dashes after a name: the name speaks",
       {"Council", "Councillor Ana Ruiz spoke on Monday.",
        "Ruiz, a member of the council – the city's highest body – told reporters that "
        "the budget would be cut."},
       {{2, "Ana Ruiz", "told", "the budget would be cut"}},
       {}},
      {"a gerund after an opening link word is the main clause's subject's",
       {"Visit", "While asking Tom Vale to pass on greetings to Ana Ruiz, leader of the "
                 "council, Governor Luis Soto also said the bridge would open in June."},
       {{1, "Luis Soto", "asking", "Tom Vale to pass on greetings to Ana Ruiz, leader of the "
                                   "council"},
        {1, "Luis Soto", "said", "the bridge would open in June"}},
       {}},
      {"a name glued to the capitalised words after it is that name",
       {"Premier talks", "The channel releases President Rosa Campos Video Address to the Nation.",
        "Chilean President Rosa Campos spoke on Sunday.",
        "President Campos stressed that the mines would reopen in the spring."},
       {{3, "Rosa Campos", "stressed", "the mines would reopen in the spring"}},
       {}},
      {"a gerund after the object of the clause's verb is the clause subject's",
       {"Bridge", "On Tuesday, Governor Luis Soto sent a letter to the federal government urging "
                  "it to release the funds.",
        "Councillor Ana Ruiz joined the calls by residents demanding a new crossing."},
       {{1, "Luis Soto", "urging", "it to release the funds"},
        {2, "Ana Ruiz", "demanding", "a new crossing"}},
       {}},
      {"a gerund after an object stays with a cue of another clause before it",
       {"Strike", "Tom Vale said the union sent a letter asking for talks."},
       {{1, "Tom Vale", "said", "the union sent a letter asking for talks"}},
       {}},
      {"a statement which said: the issuer of the statement speaks",
       {"Port", "The Port Authority of Valparaiso released a statement which said the docks "
                "would reopen on Friday.",
        "Mayor Ana Ruiz sent a message which warned the storm would reach the coast by night."},
       {{1, "Port Authority of Valparaiso", "said", "the docks would reopen on Friday"},
        {2, "Ana Ruiz", "warned", "the storm would reach the coast by night"}},
       {}},
      {"doubled apostrophes are quotation marks",
       {"Bridge", "''We will rebuild the bridge before the winter,'' Mayor Ana Ruiz said on Monday."},
       {{1, "Ana Ruiz", "said", "We will rebuild the bridge before the winter"}},
       {}},
      {"corner brackets are quotation marks",
       {"Talks", "「We are ready to resume the talks」, Foreign Minister Ken Sato told reporters."},
       {{1, "Ken Sato", "told", "We are ready to resume the talks"}},
       {}},
      {"guillemets with spaces inside give the words without the spaces",
       {"Strike", "« We will not give in to the strike », Prime Minister Jean Morel said."},
       {{1, "Jean Morel", "said", "We will not give in to the strike"}},
       {}},
      {"a country's acronym speaking in a headline is the one the body gives as speaking",
       {"UK urges calm at Channel ports",
        "Transport Secretary Ruth Hale said on Monday that lorries would be let through."},
       {{0, "Ruth Hale", "urges", "calm at Channel ports"}},
       {}},
      {"an armed service named by its noun alone takes the item's nationality",
       {"Chilean patrol boat seizes fishing trawler", "A trawler was stopped off the coast.",
        "The navy said the crew had been fishing without a licence.",
        "The Air Force said a plane had tracked the trawler for two days."},
       {{2, "Chilean Navy", "said", "the crew had been fishing without a licence"},
        {3, "Chilean Air Force", "said", "a plane had tracked the trawler for two days"}},
       {}},
      {"an armed service named by its noun alone is the item's organisation ending with it",
       {"Trawler seized", "The Chilean Navy stopped a trawler off the coast on Monday.",
        "The navy said the crew had been fishing without a licence."},
       {{2, "Chilean Navy", "said", "the crew had been fishing without a licence"}},
       {}},
      {"a country's institution described in lowercase is named under the country's adjective",
       {"Talks to resume", "Talks on the fishing quota will resume in May.",
        "In response, Norway’s foreign ministry said it “welcomes” the decision."},
       {{2, "Norwegian Foreign Ministry", "said", "it “welcomes” the decision"}},
       {}},
      {"police named by the noun alone are the police of the place the item names first",
       {"Bus crash in Houston leaves three injured", "A bus left the road on Monday night.",
        "Police said the driver had lost control on the wet road."},
       {{2, "Houston police", "said", "the driver had lost control on the wet road"}},
       {}},
      {"police of a city named before its state (headline) are the city's police",
       {"Warehouse fire in Dayton, Ohio kills two", "Two workers died when a warehouse burned "
                                                    "down on Tuesday night.",
        "Police said the fire began in a storage room."},
       {{2, "Dayton police", "said", "the fire began in a storage room"}},
       {}},
      {"police of a town named before its state (body) are the town's police",
       {"Gunman kills one at bar", "A gunman opened fire at a bar in the town of Greenfield, "
                                   "Colorado, on Friday night, killing one man.",
        "Police said the gunman was arrested at the scene."},
       {{2, "Greenfield police", "said", "the gunman was arrested at the scene"}},
       {}},
      {"police of a state the item names before a city of it are the state's police",
       {"Floods hit Texas", "Heavy rain flooded roads in Waco, Texas, on Sunday.",
        "Police said two drivers were rescued from their cars."},
       {{2, "Texas police", "said", "two drivers were rescued from their cars"}},
       {}},
      {"an embassy's name keeps \"in\" and the place after it",
       {"Visa fees to rise", "The Chilean Embassy in Canberra said on Monday that visa fees "
                             "would rise in March."},
       {{1, "Chilean Embassy in Canberra", "said", "visa fees would rise in March"}},
       {}},
      {"the embassy named again by its noun is the embassy in the place",
       {"Protest at embassy", "About 200 people gathered outside the Danish Embassy in Jakarta "
                              "on Friday.",
        "The embassy said it would stay closed until Monday."},
       {{2, "Danish Embassy in Jakarta", "said", "it would stay closed until Monday"}},
       {}},
      {"an office's name keeps \"in\" and the place before the cue",
       {"Talks", "The talks will resume next week, the UN Office in Geneva announced."},
       {{1, "UN Office in Geneva", "announced", "The talks will resume next week"}},
       {}},
      {"an embassy's name takes no lowercase words after \"in\"",
       {"Visa fees", "Visa fees would rise in March, said the Chilean Embassy in a statement on "
                     "Monday."},
       {{1, "Chilean Embassy", "said", "Visa fees would rise in March"}},
       {}},
      {"an organisation's name opening with a country's initials spells the country",
       {"Visa fees to rise", "The US Embassy in Canberra said on Monday that visa fees would "
                             "rise in March."},
       {{1, "United States Embassy in Canberra", "said", "visa fees would rise in March"}},
       {}},
      {"a country's dotted initials are spelt too, and the short form is the same organisation",
       {"Border checks", "The U.K. Border Agency will add staff at Dover, the agency said on "
                         "Friday.",
        "Queues would be shorter by summer, the UK Border Agency said."},
       {{1, "United Kingdom Border Agency", "said", "The U.K. Border Agency will add staff at Dover"},
        {2, "United Kingdom Border Agency", "said", "Queues would be shorter by summer"}},
       {}},
      {"initials two countries share are left as written",
       {"Power cuts", "SA Power Corporation said the outages would end by Friday."},
       {{1, "SA Power Corporation", "said", "the outages would end by Friday"}},
       {}},
      {"an organisation not an office keeps no \"in\" and the place",
       {"Port closed", "The Port Authority in Valparaiso said the docks would reopen on Friday."},
       {{1, "Port Authority", "said", "the docks would reopen on Friday"}},
       {}},
      {"a person named before a comma and a state is no city of it",
       {"Snow closes schools", "Heavy snow closed schools on Monday, said Tom Vale, Ohio state "
                               "climatologist.",
        "Police said the roads would stay closed until Wednesday."},
       {{2, "Ohio police", "said", "the roads would stay closed until Wednesday"}},
       {}},
      {"a long apposition with bracketed acronyms between the speaker and the cue",
       {"Storms", "Heavy rain will continue along the coast until Friday, Li Ming, director of the "
                  "National Centre for Marine Weather and Storm Warnings (NCMWSW) of the Chilean "
                  "Ministry of Water Resources and Flood Control (MWRFC), said on Tuesday."},
       {{1, "Li Ming", "said", "Heavy rain will continue along the coast until Friday"}},
       {}},
      {"what the speaker of a quotation says he said in it is his statement too",
       {"Harbour", "Asked about the harbour, Mayor Ana Ruiz said, \"Buyers came to us every year, "
                   "and I said, 'The harbour is not for sale.' Nobody asked again.\"",
        "\"We told the ministry we needed the funds before the winter. They did not listen,\" "
        "Governor Paul Denby said on Monday."},
       {{1, "Ana Ruiz", "said", "The harbour is not for sale."},
        {2, "Paul Denby", "told", "we needed the funds before the winter"}},
       {}},
      {"organisations described and joined by \"and\" each speak",
       {"Ferry merger", "On Monday, Chile-based operator Austral Group and Danish rival Nordlys "
                        "Shipping Ltd announced a plan to merge their southern routes."},
       {{1, "Austral Group", "announced", "a plan to merge their southern routes"},
        {1, "Nordlys Shipping Ltd", "announced", "a plan to merge their southern routes"}},
       {}},
      {"\"the parties\" are the organisations named together before",
       {"Ferry merger", "Austral Group will buy the coastal routes of Naviera Sur Ltd.",
        "Austral Group and Naviera Sur Ltd signed the deal in Lima on Friday.",
        "The competition board must approve it. The parties said they hoped for an answer by "
        "March."},
       {{3, "Austral Group", "said", "they hoped for an answer by March"},
        {3, "Naviera Sur Ltd", "said", "they hoped for an answer by March"}},
       {}},
      {"\"the two companies\" are the last two organisations named",
       {"Mine deal", "Andes Copper Corp agreed to sell its northern mine to Pacific Metals Group "
                     "on Monday.",
        "The two companies said the sale would close in the second half of the year."},
       {{2, "Andes Copper Corp", "said", "the sale would close in the second half of the year"},
        {2, "Pacific Metals Group", "said", "the sale would close in the second half of the year"}},
       {}},
      {"a comma between the subject opening the sentence and its verb",
       {"Port review", "On Monday morning, Director Ana Berg of the National Institute of Ports "
                       "(NIP), announced the review of four routes had been stopped early.",
        "Both the mayor and the county's harbour commissioner Tom Reed, urged the permit be "
        "withdrawn."},
       {{1, "Ana Berg", "announced", "the review of four routes had been stopped early"},
        {2, "Tom Reed", "urged", "the permit be withdrawn"}},
       {"On Monday morning"}},
      {"a speaker after the cue set off by commas is no stray comma",
       {"Fares", "The new plan, said Governor Paul Denby, will cut fares."},
       {{1, "Paul Denby", "said", "The new plan ... will cut fares"}},
       {}},
      {"in someone's view or in the view of someone, like according to",
       {"Terminal plan", "Mayor Ana Ruiz opened the harbour fair on Monday.",
        "In the mayor's view, the port should stay in public hands.",
        "In the view of the Institute for Maritime Studies, the high costs make the new terminal "
        "unrealistic.",
        "In the analysis of the samples, no trace of oil was found."},
       {{2, "Ana Ruiz", "In the mayor's view", "the port should stay in public hands"},
        {3, "Institute for Maritime Studies", "In the view of",
         "the high costs make the new terminal unrealistic"}},
       {"no trace of oil"}},
      {"a topic cue: the quotation set off after its object, or the next sentence alone",
       {"Bridge vote", "Senator Ruth Hale defended her vote, \"We had to keep the port open. "
                       "There was no other way.\"",
        "Governor Paul Denby, also on the radio, defended his decision: \"Nobody else was going "
        "to pay for the bridge repairs.\"",
        "Mayor Ana Ruiz criticised the closure of the clinic. \"The ministry has abandoned the "
        "harbour towns and their families.\""},
       {{1, "Ruth Hale", "defended", "We had to keep the port open. There was no other way."},
        {2, "Paul Denby", "defended", "Nobody else was going to pay for the bridge repairs."},
        {3, "Ana Ruiz", "criticised",
         "The ministry has abandoned the harbour towns and their families."}},
       {}},
      {"a topic cue with no quotation after its object gives no statement",
       {"Attack", "The dockers' union condemned the attack on the night shift.",
        "The union condemned the \"cowardly\" attack on Monday."},
       {},
       {"the attack", "cowardly"}},
      {"a short form with an initialism speaks under the full name it spells",
       {"Envoys", "The United Nations Security Council met in New York on Friday.",
        "The UN Security Council said the ceasefire must hold."},
       {{2, "United Nations Security Council", "said", "the ceasefire must hold"}},
       {}},
      {"an acronym spelling a name with a lowercase word in it stands for the whole name",
       {"Sunday trade", "According to News from Krakow (NFK), some shops opened as post offices.",
        "NFK said the ban on Sunday trade would stay."},
       {{1, "News from Krakow", "according to", "some shops opened as post offices"},
        {2, "News from Krakow", "said", "the ban on Sunday trade would stay"}},
       {}},
      {"an acronym spelling only the capitalised words of a name with a lowercase word",
       {"Reporters", "The Council to Defend Reporters (CDR) said two journalists were held.",
        "CDR said the two were freed on Monday."},
       {{1, "Council to Defend Reporters", "said", "two journalists were held"},
        {2, "Council to Defend Reporters", "said", "the two were freed on Monday"}},
       {}},
      {"a naming cue with \"among\" after its object states a membership",
       {"Port sale", "The port of Gdynia is for sale.",
        "The Harbour Gazette named two ferry firms and a Danish bank among the bidders."},
       {{2, "The Harbour Gazette", "named", "two ferry firms and a Danish bank among the bidders"}},
       {}},
      {"an article between the capitalised words of a company's name is part of the name",
       {"Shoes", "Shoe maker Walk a Mile said it would close two shops.",
        "Bicycle rental firm Ride a Bike Home said bookings had doubled."},
       {{1, "Walk a Mile", "said", "it would close two shops"},
        {2, "Ride a Bike Home", "said", "bookings had doubled"}},
       {}},
      {"an acronym of a name with several lowercase words",
       {"Clinics", "Nurses without Frontiers (NWF) reported that two clinics had closed.",
        "NWF said more nurses were needed in the north."},
       {{1, "Nurses without Frontiers", "reported", "two clinics had closed"},
        {2, "Nurses without Frontiers", "said", "more nurses were needed in the north"}},
       {}},
      {"a capitalised word the item also writes in lower case is a common noun, not a speaker",
       {"Harbour", "Farmers blocked the harbour road on Monday.",
        "Dockers said the farmers had a point.", "Several dockers stayed at home.",
        "Zentrix said its ships would wait."},
       {{2, "UNKNOWN", "said", "the farmers had a point"},
        {4, "Zentrix", "said", "its ships would wait"}},
       {}},
      {"a cue in an aside between a subject and its main cue ends at the aside's comma",
       {"Mill results", "Henrik Oster, who estimates this year's output at 40,000 tonnes, said the mill would hire in May.",
        "Lindqvist Paper Corp, reporting a wider first quarter loss, said it would close two lines."},
       {{1, "Henrik Oster", "estimates", "this year's output at 40,000 tonnes"},
        {1, "Henrik Oster", "said", "the mill would hire in May"},
        {2, "Lindqvist Paper Corp", "said", "it would close two lines"}},
       {"tonnes, said", "loss, said"}},
      {"a participle with an agent inside another cue's content qualifies a noun: no statement",
       {"Quota talks",
        "Grower group Vexa told the council that quotas proposed by the ministry would hurt "
        "growers."},
       {{1, "Vexa", "told", "quotas proposed by the ministry would hurt growers"}},
       {"the council that quotas"}},
      {"a medium citing a source in an aside relays it: the source speaks",
       {"Cranes fail",
        "The Harbour Gazette, citing two port officials, reported that the cranes had failed.",
        "Nordwire, citing port director Ana Ruiz, reported the repairs would take a week."},
       {{1, "UNKNOWN", "reported", "the cranes had failed"},
        {2, "Ana Ruiz", "reported", "the repairs would take a week"}},
       {"two port officials", "port director Ana Ruiz"}},
      {"a legal form after \"and\" ends one firm's name; two firms each with one stay two",
       {"Zinc prices",
        "Nordmark Mining and Smelting Co Ltd said it cut zinc prices by one cent.",
        "Harbin Steel Corp and Vexa Metals Inc said they would build a plant together."},
       {{1, "Nordmark Mining and Smelting Co Ltd", "said", "it cut zinc prices by one cent"},
        {2, "Harbin Steel Corp", "said", "they would build a plant together"},
        {2, "Vexa Metals Inc", "said", "they would build a plant together"}},
       {}},
      {"a relative clause's content ends at its comma before the main clause's verb",
       {"Trawler towed in",
        "The skipper, Tom Vale, who said the engine had failed, was taken to hospital.",
        "Harbin Steel, which said it would not cut jobs, has closed two mills."},
       {{1, "Tom Vale", "said", "the engine had failed"},
        {2, "Harbin Steel", "said", "it would not cut jobs"}},
       {"was taken to hospital", "has closed two mills"}},
      {"a generational suffix (III, Jr.) ends a person's name: no acronym, so \"he\" is that person",
       {"Outlook", "Chairman Warren Pell III said the plant would reopen. He expects sales to "
                   "rise by a tenth."},
       {{1, "Warren Pell III", "said", "the plant would reopen"},
        {1, "Warren Pell III", "expects", "sales to rise by a tenth"}},
       {}},
      {"an item that writes names in lower case keeps a surname it also capitalises",
       {"Quito", "ecuador is seeking new terms, finance minister carlos ruperto told reporters.",
        "Ruperto said the talks with ruperto's creditors were progressing."},
       {{2, "Ruperto", "said", "the talks with ruperto's creditors were progressing"}},
       {}},
      {"a relative clause after a name and an age set off by commas is the named person's",
       {"Ferry rescue",
        "One of the rescuers was fisherman Paul Denby, 31, who said he had jumped into the "
        "harbour without thinking.",
        "Another was nurse Ana Ruiz, 45, who told reporters the water had been freezing."},
       {{1, "Paul Denby", "said", "he had jumped into the harbour without thinking"},
        {2, "Ana Ruiz", "told", "the water had been freezing"}},
       {}},
      {"a short object before a colon and a quotation: the quotation is the statement",
       {"Ferry rescue",
        "Another was deckhand Tom Vale, 27, who cited only his years on the trawlers: \"You "
        "do not think, you just jump in.\"",
        "Mayor Ana Ruiz cited the harbour's first rule: \"Nobody goes out alone.\""},
       {{1, "Tom Vale", "cited", "You do not think, you just jump in."},
        {2, "Ana Ruiz", "cited", "Nobody goes out alone."}},
       {"only his years on the trawlers", "first rule"}},
      {"a clause before a colon and a quotation stays content",
       {"Ferry rescue",
        "Mayor Ana Ruiz said the crew had done everything right: \"Nobody panicked.\""},
       {{1, "Ana Ruiz", "said", "the crew had done everything right"}},
       {}},
      {"a medium is not the \"they\" of the people its report relays",
       {"Dock strike",
        "The dockers were slow to walk out, according to a report from the BBC on Monday in "
        "which they said they had no plans to strike before the harvest."},
       {{1, "UNKNOWN", "said", "they had no plans to strike before the harvest"}},
       {}},
      {"a medium is not the \"they\" of the people who told another medium",
       {"Ferry sinking",
        "In its report on Friday, CNN quoted a harbour official as saying the ferry had sunk.",
        "The crew rejected the account. They told Xinhua that they had sailed in calm seas."},
       {{2, "UNKNOWN", "told", "they had sailed in calm seas"}},
       {}},
      {"\"the statement\" is not a medium's: the last source that is not a medium",
       {"Border talks",
        "The Chilean Foreign Ministry said on Monday the border talks had failed.",
        "According to Reuters, the crossing has been shut since May. The Chilean "
        "statement called for the crossing to reopen before the winter."},
       {{2, "Chilean Foreign Ministry", "called for",
         "the crossing to reopen before the winter"}},
       {}},
      {"a determiner and a common noun the lexicon does not know, before a say or tell cue",
       {"Missing diver", "Search teams found the diver's boat on Sunday.",
        "The family said the diver had never missed a check-in.",
        "Her landlord told reporters she had paid the rent on Friday.",
        "The young skipper insisted that the ferry had not been overloaded.",
        "The victim's widow said she would sue the operator.",
        "Officials met the dockers on Monday, and the harbourmaster added that the nets had been "
        "cut."},
       {{2, "UNKNOWN", "said", "the diver had never missed a check-in"},
        {3, "UNKNOWN", "told", "she had paid the rent on Friday"},
        {4, "UNKNOWN", "insisted", "the ferry had not been overloaded"},
        {5, "UNKNOWN", "said", "she would sue the operator"},
        {6, "UNKNOWN", "added", "the nets had been cut"}},
       {}},
      {"a common noun before a participle is no speaker: a reduced relative or a passive",
       {"Funeral", "The prayers said at the service were brief.",
        "The plans announced last week will cost more.", "The men told to leave the ship refused.",
        "“We cannot go on,” the letter said."},
       {},
       {"were brief", "will cost more", "leave the ship", "We cannot go on"}},
      {"a common noun after \"of\", \"from\", \"at\": the name before it, or a partitive group",
       {"Quota", "Ana Ruiz of the regional fisheries office told reporters the quota would be cut.",
        "Tom Vale from the dockside camp said the strike would go on.",
        "Two of the deckhands said the winch had snapped."},
       {{1, "Ana Ruiz", "told", "the quota would be cut"},
        {2, "Tom Vale", "said", "the strike would go on"},
        {3, "UNKNOWN", "said", "the winch had snapped"}},
       {}},
      {"one capitalised plural opening the sentence before \"of\" is an unnamed group",
       {"Verdict", "Friends of the victim told reporters she had been afraid.",
        "Neighbours of the couple said the house had been empty for weeks."},
       {{1, "UNKNOWN", "told", "she had been afraid"},
        {2, "UNKNOWN", "said", "the house had been empty for weeks"}},
       {},
       "Friends"},
      {"an inverted cue before a short name, a lowercase noun and a person's name",
       {"Comet", "\"We saw the comet twice,\" said NASA astronomer Ken Sato.",
        "\"The wreck will be raised in May,\" said Paul Denby of Harbour Salvage divers Nordmark "
        "Marine."},
       {{1, "Ken Sato", "said", "We saw the comet twice"}},
       {},
       "Nordmark Marine"},
      {"an inverted say or tell cue after a quotation, before a common noun no list knows",
       {"Pier", "\"The ferry is late again,\" said a commuter waiting at the pier.",
        "\"The nets were cut,\" said the skipper.",
        "\"We lost a week of fishing,\" added one young deckhand."},
       {{1, "UNKNOWN", "said", "The ferry is late again"},
        {2, "UNKNOWN", "said", "The nets were cut"},
        {3, "UNKNOWN", "added", "We lost a week of fishing"}},
       {}},
      {"an inverted cue after an apposition's comma, or a naming cue, takes no common noun",
       {"Budget", "The group's largest unit, Harbin Power Co, said the budget for the plant had "
                  "risen.",
        "The coating, called a liquid smooth surface (LSS) layer, lasts for years."},
       {},
       {"lasts for years"},
       "UNKNOWN"},
      {"a long prepositional aside between the subject and the cue",
       {"Ferry", "Ana Ruiz, on the top deck of the ferry when the wave hit the bow, said the crew "
                 "had been calm.",
        "Harbin Steel, in a move that follows similar cuts by its rival Vexa Metals, said it "
        "would close two mills."},
       {{1, "Ana Ruiz", "said", "the crew had been calm"},
        {2, "Harbin Steel", "said", "it would close two mills"}},
       {}},
      {"no long aside is skipped before an inverted speaker",
       {"Storm", "On Monday a storm hit the port of Valparaiso, Chile, with the death toll rising "
                 "to nine by the evening, reported officials."},
       {},
       {},
       "Chile"},
      {"a plural with no determiner, or an age before the noun",
       {"Catch", "Local fishermen told reporters the catch had halved since May.",
        "The quota was cut in March, harbour traders said.",
        "The 45-year-old skipper said the engine had failed twice."},
       {{1, "UNKNOWN", "told", "the catch had halved since May"},
        {2, "UNKNOWN", "said", "The quota was cut in March"},
        {3, "UNKNOWN", "said", "the engine had failed twice"}},
       {}},
      {"a bare plural that is a thing, or inside a noun phrase, is no speaker",
       {"Markets", "Rising costs and interest rates added pressure on the mills, Harbin Steel said.",
        "Three markets that trade wool, hides and meat futures said they would merge."},
       {{1, "Harbin Steel", "said", "Rising costs and interest rates added pressure on the mills"}},
       {},
       "UNKNOWN"},
      {"a phrase fronted before the subject of \"agreed to\" or \"promised to\" is no content",
       {"Mill deal",
        "Under the settlement reached on Friday, Norvale Mills agreed to restate its reports.",
        "Besides the loan it would raise through banks, Fremont Bank has also promised to "
        "provide a separate credit line.",
        "Meeting in closed session, the port board agreed to raise harbour fees."},
       {{2, "Fremont Bank", "promised", "to provide a separate credit line"}},
       {"Under the settlement", "to restate its reports", "Besides the loan",
        "Meeting in closed session", "to raise harbour fees"}},
      {"\"said to\" + a verb is a rumour, unless a clause said follows the infinitive phrase",
       {"Plant sale", "Harlow Foods said to date it has sold three of its five plants.",
        "The plan was drawn up by two bankers said to have advised the mayor.",
        "The firm is said to favour a merger.", "Harlow Foods said to close two plants."},
       {{1, "Harlow Foods", "said", "to date it has sold three of its five plants"}},
       {"to have advised the mayor", "to favour a merger", "to close two plants"}},
      {"two roles joined by \"and\" before a name, after the content or the cue",
       {"Harlow outlook",
        "Harlow Foods will cut 200 jobs, vice president and treasurer Eugene Vale said.",
        "\"Demand is weak,\" said chairman and chief executive Ana Ruiz.",
        "The property and casualty insurer's chairman and chief executive, Paul Denby, told "
        "reporters that he expects earnings to rise."},
       {{1, "Eugene Vale", "said", "Harlow Foods will cut 200 jobs"},
        {2, "Ana Ruiz", "said", "Demand is weak"},
        {3, "Paul Denby", "told", "he expects earnings to rise"}},
       {}},
      {"a document speaks for the name that owns it, not for a nationality or an adjective",
       {"Grain", "Grain imports will fall, the Harlow Bank's annual crop report said.",
        "Prices rose in May, a Vexa Institute survey said.",
        "Danish press reports said the port would close.",
        "Early reports said two ferries had sunk."},
       {{1, "Harlow Bank", "said", "Grain imports will fall"},
        {2, "Vexa Institute", "said", "Prices rose in May"},
        {3, "UNKNOWN", "said", "the port would close"},
        {4, "UNKNOWN", "said", "two ferries had sunk"}},
       {}},
      {"trailing sources with a capitalised qualifier, a role for a firm, \"said about\" a number",
       {"Port talks", "The talks will resume in May, EC sources said.",
        "The port will reopen, an attorney for Harlow Shipping Co said.",
        "Fees will rise, Eugene Vale, first vice president for Nordbank AG said.",
        "Harlow Shipping said about 10 pct of its staff would go."},
       {{1, "UNKNOWN", "said", "The talks will resume in May"},
        {2, "Harlow Shipping Co", "said", "The port will reopen"},
        {3, "Eugene Vale", "said", "Fees will rise"},
        {4, "Harlow Shipping Co", "said", "about 10 pct of its staff would go"}},
       {}},
      {"a named person's bare role at a firm described before its name; not a person's name",
       {"Trade", "Demand for cars will fall, Carl Dunmore, analyst at brokers Harlow Finch Ltd said.",
        "Steel prices will rise, Ida Marsh, chairman of giant Vexa Steel Corp said.",
        "Wages will rise, Olaf Berg, president of the employers organisation Nordfed said.",
        "Exports may fall, Kemal Arslan, chairman of the Association of Tea Exporters told "
        "reporters.",
        "The bank is closing its office in Dubai, United Arab Emirates, a spokeswoman said."},
       {{1, "Carl Dunmore", "said", "Demand for cars will fall"},
        {2, "Ida Marsh", "said", "Steel prices will rise"},
        {3, "Olaf Berg", "said", "Wages will rise"},
        {4, "Kemal Arslan", "told", "Exports may fall"}},
       {},
       "United Arab Emirates"},
      {"a medium's name before \"news agency\", a document from a source set off after the "
       "content, a role for lowercase words, a company spokesman opening the item",
       {"Port", "Harlow Motor Co will close its plant, a spokesman for the car-making firm said.",
        "The port will close, the official Vexa news agency said.",
        "Fees will rise, a statement from Nordbank AG said.",
        "Wages will rise, a spokesman for the miners said.",
        "The budget will be cut, a statement from the Prime Minister's office said."},
       {{1, "Harlow Motor Co", "said", "Harlow Motor Co will close its plant"},
        {2, "Vexa", "said", "The port will close"},
        {3, "Nordbank AG", "said", "Fees will rise"},
        {4, "UNKNOWN", "said", "Wages will rise"}},
       {},
       "Minister"},
      {"a person of an organisation named after a lowercase possessive",
       {"Clash", "Arnel dela Cruz of the army's Western Command said five soldiers died."},
       {{1, "Arnel dela Cruz", "said", "five soldiers died"}},
       {}},
      {"a subject pronoun joined by \"and\" to a later cue's subject stays in the content",
       {"Bridge",
        "Governor Paul Denby said that during his visit last year, he and Mayor Ana Ruiz had "
        "announced the building of a new bridge across the bay.",
        "Minister Tom Vale said the port would close, and Mayor Ana Ruiz announced a new ferry "
        "service."},
       {{1, "Paul Denby", "said",
         "during his visit last year, he and Mayor Ana Ruiz had announced the building of a new "
         "bridge across the bay"},
        {2, "Tom Vale", "said", "the port would close"}},
       {}},
  };
  return table;
}
// clang-format on

// The statement of `e`'s paragraph and text; of its speaker when several have that text (joint
// speakers).
const Statement* find(const Analysis& a, const Expected& e) {
  const Statement* found = nullptr;
  for (const Statement& s : a.statements) {
    if (s.para != e.para || s.text != e.text) continue;
    if (s.speaker == e.speaker) return &s;
    if (found == nullptr) found = &s;
  }
  return found;
}

}  // namespace

TEST_CASE("classes of real-news phrasing give their statements", "[extract][classes]") {
  for (const ClassCase& c : cases()) {
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO(c.phrasing << "\nfound:\n" << describe(a));
    for (const Expected& e : c.statements) {
      INFO("expected: " << e.para << " " << e.speaker << " (" << e.cue << "): " << e.text);
      const Statement* s = find(a, e);
      CHECK(s != nullptr);
      if (s == nullptr) continue;
      CHECK(s->speaker == e.speaker);
      CHECK(s->cue == e.cue);
    }
    for (const char* text : c.no_statement_with) {
      INFO("no statement with: " << text);
      for (const Statement& s : a.statements) CHECK(s.text.find(text) == std::string::npos);
    }
    if (c.not_speaker == nullptr) continue;
    INFO("no statement of: " << c.not_speaker);
    for (const Statement& s : a.statements) CHECK(s.speaker != c.not_speaker);
  }
}

TEST_CASE("a quotation's own cues and asides give no statement inside it", "[extract][classes]") {
  const std::vector<std::vector<std::string>> items = {
      {"Ferries",
       "\"I expect the ferries to run by May, and I request patience from the "
       "islanders until then,\" Mayor Ana Ruiz said."},
      {"Door",
       "\"As we said at the start of the talks, the door is open to every buyer who "
       "comes,\" Governor Paul Denby said."},
  };
  for (const std::vector<std::string>& paragraphs : items) {
    const Analysis a = analyse(make_item(paragraphs));
    INFO(paragraphs[1] << "\nfound:\n" << describe(a));
    CHECK(a.statements.size() == 1);
  }
}

TEST_CASE("a belief inside what the same speaker is said to say is no statement of its own",
          "[extract][classes]") {
  struct BeliefCase {
    std::vector<std::string> paragraphs;
    std::vector<const char*> cues;  // the cues of the item's statements, in text order
  };
  const std::vector<BeliefCase> items = {
      {{"Harbour Foods", "Harbour Foods Co said it expects earnings for the year to rise 15 pct."},
       {"said"}},
      {{"Bridge", "Mayor Ana Ruiz told reporters she believed the bridge would open in May."},
       {"told"}},
      {{"Plants",
        "Harbour Foods Co said it would close two plants, adding it estimates the cost "
        "at 20 mln dlrs."},
       {"said", "adding"}},
      // on its own, or another speaker's inside a statement, a belief is a statement
      {{"Harbour Foods", "Harbour Foods Co expects earnings for the year to rise 15 pct."},
       {"expects"}},
      {{"Rates", "Analyst Ann Lee said Harbour Bank Ltd expects rates to fall by the summer."},
       {"said", "expects"}},
  };
  for (const BeliefCase& c : items) {
    const Analysis a = analyse(make_item(c.paragraphs));
    INFO(c.paragraphs[1] << "\nfound:\n" << describe(a));
    std::vector<std::string> cues;
    for (const Statement& s : a.statements) cues.push_back(s.cue);
    CHECK(cues == std::vector<std::string>(c.cues.begin(), c.cues.end()));
  }
}
