// Reading a question typed as a user would ("what did Trump say about the wall", "President Xi on
// Taiwan") into a speaker and topic words (query/parse/question.h): one row per class of
// phrasing. Small fictional items indexed into a temporary database give the known speakers.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "query/parse/name_resolver.h"
#include "query/parse/question.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "support/index_sources.h"
#include "support/temp_dir.h"

using namespace verbatim;

namespace {

// Donald Trump (president) on the border wall, Wang Yi (foreign minister) on Taiwan, Amara
// Okonkwo (governor) on inflation, the OECD and Banca del Monte di Parma (names of five words or
// more).
const char* const kItems =
    R"({"id": "wall", "date": "2024-05-02", "title": "Wall", "body": )"
    R"("President Donald Trump said on Monday the border wall would be finished by June.\n\n)"
    R"(\"We will build it,\" Trump told reporters."})"
    "\n"
    R"({"id": "taiwan", "date": "2024-05-03", "title": "Taiwan", "body": )"
    R"("Chinese Foreign Minister Wang Yi said on Tuesday Taiwan was part of China."})"
    "\n"
    R"({"id": "inflation", "date": "2024-05-04", "title": "Inflation", "body": )"
    R"("Governor Amara Okonkwo said inflation would ease in the spring."})"
    "\n"
    R"({"id": "watch", "date": "2024-05-05", "title": "Watch", "body": )"
    R"("Inflation Watch Ltd said prices would rise."})"
    "\n"
    R"({"id": "growth", "date": "2024-05-06", "title": "Growth", "body": )"
    R"("The Organisation for Economic Cooperation and Development said growth would slow.\n\n)"
    R"(Banca del Monte di Parma said deposits rose."})"
    "\n";

// The items above indexed into a temporary database, and the speakers it knows.
struct KnownSpeakers {
  testing::TempDir tmp;
  Xapian::Database db = schema::open_for_reading(
      testing::index_sources(tmp.str("db"), {tmp.write("items.jsonl", kItems)}));
  query::NameResolver speakers{db, schema::Id::speaker};
};

struct Row {
  const char* question;
  const char* speaker;  // the first folded identity; nullptr: not read as a question
  const char* typed;    // the words naming the speaker
  const char* topic;
};

}  // namespace

TEST_CASE("questions are read as a speaker and topic words, by class of phrasing", "[question]") {
  const KnownSpeakers known;
  const query::NameResolver& speakers = known.speakers;
  const Row rows[] = {
      // the four templates of scripts/eval-questions
      {"what did Trump say about the wall", "donald trump", "Trump", "wall"},
      {"Trump's remarks on the border wall", "donald trump", "Trump", "border wall"},
      {"Wang Yi on Taiwan", "wang yi", "Wang Yi", "Taiwan"},
      {"quotes by Trump about the wall", "donald trump", "Trump", "wall"},
      // a description before the topic, though a topic word names a speaker too
      {"quotes by the governor on inflation", "amara okonkwo", "the governor", "inflation"},
      {"what did the governor say about inflation", "amara okonkwo", "the governor", "inflation"},
      // other question verbs and nouns
      {"what does Trump think about the wall", "donald trump", "Trump", "wall"},
      {"Trump's views on the wall", "donald trump", "Trump", "wall"},
      {"what was Trump's position on the wall", "donald trump", "Trump", "wall"},
      {"Wang Yi's stance on Taiwan", "wang yi", "Wang Yi", "Taiwan"},
      {"what did Wang Yi stress about Taiwan", "wang yi", "Wang Yi", "Taiwan"},
      {"Trump talking about the wall", "donald trump", "Trump", "wall"},
      // verbs of saying other than "say", asked with "did", "has", "how"
      {"did Trump mention the wall?", "donald trump", "Trump", "wall"},
      {"has Wang Yi commented on Taiwan?", "wang yi", "Wang Yi", "Taiwan"},
      {"how does Trump describe the wall", "donald trump", "Trump", "wall"},
      {"why did Trump praise the wall", "donald trump", "Trump", "wall"},
      {"What's Trump's position on the wall?", "donald trump", "Trump", "wall"},
      // the topic, then whose words
      {"the wall according to Trump", "donald trump", "Trump", "wall"},
      // link words
      {"has Trump ever said anything about the wall", "donald trump", "Trump", "wall"},
      {"how did Trump talk about the wall", "donald trump", "Trump", "wall"},
      {"what is Trump saying recently about the wall", "donald trump", "Trump", "wall"},
      // whom the speaker told is neither speaker nor topic
      {"what did Trump tell reporters about the wall", "donald trump", "Trump", "wall"},
      {"what has Trump told the press about the wall", "donald trump", "Trump", "wall"},
      {"what did Trump tell Wang Yi about the wall", "donald trump", "Trump", "wall"},
      // a quote word after the topic opener is a topic word
      {"Trump's remarks on the statement", "donald trump", "Trump", "statement"},
      {"what did Trump say about talks", "donald trump", "Trump", "talks"},
      // the speaker after the topic, introduced by by/from
      {"quotes about the wall by Trump", "donald trump", "Trump", "wall"},
      {"statements on Taiwan from Wang Yi", "wang yi", "Wang Yi", "Taiwan"},
      {"comments on China from President Trump", "donald trump", "Trump", "China"},
      // titles before the name are the speaker's
      {"what did President Trump say about the wall", "donald trump", "Trump", "wall"},
      {"Mr Trump's remarks on the wall", "donald trump", "Trump", "wall"},
      {"Mr. Trump's remarks on the wall", "donald trump", "Trump", "wall"},
      {"Chinese Foreign Minister Wang Yi on Taiwan", "wang yi", "Wang Yi", "Taiwan"},
      {"US President Trump on the wall", "donald trump", "Trump", "wall"},
      {"what did U.S. President Trump say about the wall", "donald trump", "Trump", "wall"},
      {"what did the president say about the wall", "donald trump", "the president", "wall"},
      // the name's case and apostrophe, a question mark, a capital first
      {"what did trump say about the wall", "donald trump", "trump", "wall"},
      {"what did president trump say about the wall", "donald trump", "trump", "wall"},
      {"Trump\u2019s remarks on the wall", "donald trump", "Trump", "wall"},
      {"What did Trump say about the wall?", "donald trump", "Trump", "wall"},
      {"Wang Yi on Taiwan ?", "wang yi", "Wang Yi", "Taiwan"},
      // a role
      {"quotes by the governor on inflation", "amara okonkwo", "the governor", "inflation"},
      // a long name is read whole, its connectors too
      {"what did Organisation for Economic Cooperation and Development say about growth",
       "organisation for economic cooperation and development",
       "Organisation for Economic Cooperation and Development", "growth"},
      {"Banca del Monte di Parma on deposits", "banca del monte di parma",
       "Banca del Monte di Parma", "deposits"},
      // no question: no quote word and no speaker first, or no known speaker
      {"the border wall", nullptr, "", ""},
      {"trade talks with Trump", nullptr, "", ""},
      {"Taiwan on Wang Yi", nullptr, "", ""},
      {"what did Nobody say about the wall", nullptr, "", ""},
  };
  for (const Row& row : rows) {
    INFO(row.question);
    const std::optional<query::QuestionReading> r = query::read_question({row.question}, speakers);
    if (!row.speaker) {
      CHECK_FALSE(r.has_value());
      continue;
    }
    REQUIRE(r.has_value());
    REQUIRE_FALSE(r->speakers.empty());
    CHECK(r->speakers.front() == row.speaker);
    CHECK(r->speaker_typed == row.typed);
    CHECK(r->remaining == row.topic);
  }
}

TEST_CASE("a name typed whole is the speaker asked for, known or not; no speaker is anyone",
          "[question]") {
  const KnownSpeakers known;
  const query::NameResolver& speakers = known.speakers;
  struct Unknown {
    const char* question;
    const char* typed;  // the unknown speaker asked for
    const char* topic;
  };
  const Unknown unknown[] = {
      // a word of a known name ("Donald", "Watch") inside a longer name typed is not that name
      {"what did Donald Duck say about the wall", "Donald Duck", "wall"},
      {"quotes by Watch of Rome about prices", "Watch of Rome", "prices"},
      // titles before the name are no part of it
      {"what did Governor Zorblax say about inflation", "Zorblax", "inflation"},
      {"Zorblax's remarks on inflation", "Zorblax", "inflation"},
  };
  for (const Unknown& row : unknown) {
    INFO(row.question);
    const auto r = query::read_question({row.question}, speakers);
    REQUIRE(r.has_value());
    CHECK(r->speakers.empty());
    CHECK_FALSE(r->anyone);
    CHECK(r->speaker_typed == row.typed);
    CHECK(r->remaining == row.topic);
  }
  // quote words alone before the topic: anyone's statements on it
  for (const char* q : {"quotes on the border wall", "what was said about the border wall"}) {
    INFO(q);
    const auto r = query::read_question({q}, speakers);
    REQUIRE(r.has_value());
    CHECK(r->anyone);
    CHECK(r->speakers.empty());
    CHECK(r->remaining == "border wall");
  }
  // a capitalised topic word before a quote word names no one: the words are searched
  CHECK_FALSE(query::read_question({"Taiwan quotes"}, speakers).has_value());
}

TEST_CASE("a name typed for lookup drops titles ending in a role, never a nationality alone",
          "[question]") {
  const KnownSpeakers known;
  const query::NameResolver& speakers = known.speakers;
  const std::vector<std::string> trump = {"donald trump"};
  CHECK(speakers.resolve("President Trump") == trump);
  CHECK(speakers.resolve("Mr. Trump") == trump);
  CHECK(speakers.resolve("US President Donald J. Trump") == trump);
  // "European Union" is no title before "Union": nobody here
  CHECK(speakers.resolve("American Trump").empty());
  CHECK(speakers.resolve("Chinese Watch").empty());
}

TEST_CASE("speakers joined by 'and' in a question are each asked for", "[question]") {
  const KnownSpeakers known;
  const query::NameResolver& speakers = known.speakers;
  struct Joined {
    const char* question;
    const char* first;   // the first folded identity
    const char* second;  // the one joined to it
    const char* typed;   // the second as typed
    const char* topic;
  };
  const Joined rows[] = {
      {"what did Trump and Wang Yi say about Taiwan", "donald trump", "wang yi", "Wang Yi",
       "Taiwan"},
      {"Trump and Wang Yi's remarks on Taiwan", "donald trump", "wang yi", "Wang Yi", "Taiwan"},
      {"quotes by the governor and Trump on inflation", "amara okonkwo", "donald trump", "Trump",
       "inflation"},
      // the speakers first, then the topic opener
      {"Trump and Wang Yi on Taiwan", "donald trump", "wang yi", "Wang Yi", "Taiwan"},
  };
  for (const Joined& row : rows) {
    INFO(row.question);
    const auto r = query::read_question({row.question}, speakers);
    REQUIRE(r.has_value());
    REQUIRE_FALSE(r->speakers.empty());
    CHECK(r->speakers.front() == row.first);
    REQUIRE(r->joined.size() == 1);
    CHECK(r->joined[0].typed == row.typed);
    REQUIRE_FALSE(r->joined[0].speakers.empty());
    CHECK(r->joined[0].speakers.front() == row.second);
    CHECK(r->remaining == row.topic);
  }
  // a list with commas, an Oxford comma too, names each speaker in the order typed
  for (const char* question : {"what did Trump, Wang Yi and the governor say about Taiwan",
                               "what did Trump, Wang Yi, and the governor say about Taiwan",
                               "Trump, Wang Yi and the governor on Taiwan"}) {
    INFO(question);
    const auto r = query::read_question({question}, speakers);
    REQUIRE(r.has_value());
    REQUIRE_FALSE(r->speakers.empty());
    CHECK(r->speakers.front() == "donald trump");
    REQUIRE(r->joined.size() == 2);
    REQUIRE_FALSE(r->joined[0].speakers.empty());
    CHECK(r->joined[0].speakers.front() == "wang yi");
    REQUIRE_FALSE(r->joined[1].speakers.empty());
    CHECK(r->joined[1].speakers.front() == "amara okonkwo");
    CHECK(r->remaining == "Taiwan");
  }
  // a comma in the topic is no topic word, and joins no speaker there
  const auto listed = query::read_question({"what did Trump say about the wall, Taiwan"}, speakers);
  REQUIRE(listed.has_value());
  CHECK(listed->joined.empty());
  CHECK(listed->remaining == "wall Taiwan");
  // "and" inside the topic joins no speaker
  const auto topic =
      query::read_question({"what did Trump say about Taiwan and Wang Yi"}, speakers);
  REQUIRE(topic.has_value());
  CHECK(topic->joined.empty());
}
