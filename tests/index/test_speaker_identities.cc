// Speaker identities on temporary indexes: the registry follows re-indexing (items added,
// changed, pruned), a cluster of two shards resolves names as one index does, and --speaker and
// speaker counts use the identities.
#include <catch2/catch.hpp>

#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/parse/speaker_registry.h"
#include "query/search/search.h"
#include "schema/cluster.h"
#include "schema/location.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;

namespace {

constexpr auto item = verbatim::testing::one_statement_item;

void index_into(const std::string& db, const std::vector<std::string>& sources, bool prune,
                unsigned shard = 0, unsigned shards = 0) {
  indexer::IndexOptions o;
  o.db = db;
  o.sources = sources;
  o.jobs = 1;
  o.prune = prune;
  o.shard = shard;
  o.shards = shards;
  o.progress = indexer::Progress::none;
  std::ostringstream err;
  const indexer::IndexSummary s = indexer::run_index(o, err);
  INFO(err.str());
  REQUIRE(s.failed == 0);
}

// identity name -> statements
std::map<std::string, Xapian::termcount> identities(const Xapian::Database& db) {
  std::map<std::string, Xapian::termcount> out;
  const query::SpeakerRegistry registry = query::SpeakerRegistry::of(db);
  for (const auto& id : registry.identities()) out[id.display] = id.statements;
  return out;
}

std::size_t statements_by(Xapian::Database& db, const std::string& speaker) {
  query::QueryRequest r;
  r.speakers = {speaker};
  const query::QueryPlan plan = query::build_query(db, r);
  return query::search(db, plan, 0, 100).hits.size();
}

struct Corpus {
  TempDir tmp;
  std::string trump_items, other_items;
  Corpus() {
    trump_items = tmp.write("src/trump.jsonl",
                            item("wall", "Donald Trump said the wall would be built soon.") +
                                item("taxes", "Trump said taxes would fall next year.") +
                                item("trade", "President Donald J. Trump said trade was fair."));
    other_items = tmp.write(
        "src/others.jsonl",
        item("brexit", "Prime Minister Boris Johnson said Brexit would happen.") +
            item("liberty", "Gary Johnson said liberty mattered most to voters.") +
            item("peace", "President Volodymyr Zelensky said peace was near.") +
            item("talks", "Volodymyr Zelenskyy said talks would go on in Paris.") +
            item("sea", "Erdogan said the sea border was fair.") +
            item("gas", "Turkish President Recep Tayyip Erdoğan said a gas deal was signed."));
  }
};

}  // namespace

TEST_CASE("speaker identities fold one person's forms, on one index", "[index][speaker]") {
  Corpus c;
  const std::string db_path = c.tmp.str("db");
  index_into(db_path, {c.trump_items, c.other_items}, false);
  Xapian::Database db = schema::open_for_reading(db_path);
  const auto ids = identities(db);
  CHECK(ids.at("Donald Trump") == 3);
  CHECK(ids.at("Volodymyr Zelensky") == 2);
  CHECK(ids.at("Recep Tayyip Erdoğan") == 2);
  CHECK(ids.at("Boris Johnson") == 1);
  CHECK(ids.at("Gary Johnson") == 1);
  CHECK(ids.size() == 5);
  CHECK(statements_by(db, "trump") == 3);
  CHECK(statements_by(db, "Donald Trump") == 3);
  CHECK(statements_by(db, "zelenskyy") == 2);
  CHECK(statements_by(db, "erdogan") == 2);
  CHECK(statements_by(db, "johnson") == 2);  // both namesakes, each its own identity
  CHECK(statements_by(db, "Gary Johnson") == 1);
}

TEST_CASE("speaker identities follow re-indexing and --prune", "[index][speaker]") {
  Corpus c;
  const std::string db_path = c.tmp.str("db");
  index_into(db_path, {c.other_items}, false);
  {
    Xapian::Database db = schema::open_for_reading(db_path);
    CHECK(identities(db).count("Donald Trump") == 0);
    CHECK(statements_by(db, "trump") == 0);
  }
  index_into(db_path, {c.other_items, c.trump_items}, false);  // items added
  {
    Xapian::Database db = schema::open_for_reading(db_path);
    CHECK(identities(db).at("Donald Trump") == 3);
    CHECK(statements_by(db, "trump") == 3);
  }
  // The full name's items go: the bare "Trump" is left alone, nothing else to fold into.
  c.tmp.write("src/trump.jsonl", item("taxes", "Trump said taxes would fall next year."));
  index_into(db_path, {c.other_items, c.trump_items}, true);
  Xapian::Database db = schema::open_for_reading(db_path);
  const auto ids = identities(db);
  CHECK(ids.count("Donald Trump") == 0);
  CHECK(ids.at("Trump") == 1);
  CHECK(statements_by(db, "trump") == 1);
}

TEST_CASE("a cluster of two shards resolves speakers as one index", "[index][speaker][cluster]") {
  Corpus c;
  const std::string one = c.tmp.str("one");
  index_into(one, {c.trump_items, c.other_items}, false);
  const std::string a = c.tmp.str("shard1"), b = c.tmp.str("shard2");
  index_into(a, {c.trump_items, c.other_items}, false, 1, 2);
  index_into(b, {c.trump_items, c.other_items}, false, 2, 2);
  Xapian::Database whole = schema::open_for_reading(one);
  const std::string stub =
      c.tmp.write("cluster", schema::stub_line_for(a) + "\n" + schema::stub_line_for(b) + "\n");
  Xapian::Database cluster = schema::open_for_reading(stub);
  const auto in_cluster = identities(cluster), in_whole = identities(whole);
  CHECK(in_cluster == in_whole);
  for (const char* name : {"trump", "Donald Trump", "zelensky", "erdogan", "johnson"}) {
    INFO(name);
    CHECK(statements_by(cluster, name) == statements_by(whole, name));
  }
  // Each shard alone has only part of the forms (so the registry is never per shard).
  Xapian::Database first = schema::open_for_reading(a);
  CHECK(identities(first) != identities(whole));
}

TEST_CASE("a name's display form does not depend on item order or shards",
          "[index][speaker][cluster]") {
  TempDir tmp;
  const std::string dotted =
      tmp.write("src/dotted.jsonl", item("quake-d",
                                         "The U.N. Refugee Agency said the camp "
                                         "was full."));
  const std::string plain =
      tmp.write("src/plain.jsonl", item("quake-b",
                                        "The UN Refugee Agency said the camp was "
                                        "crowded."));
  const std::string ab = tmp.str("ab"), ba = tmp.str("ba");
  index_into(ab, {dotted, plain}, false);
  index_into(ba, {plain, dotted}, false);
  // A second run that meets only the plainer form keeps the preferred one.
  index_into(ab, {plain}, false);
  // By their id hashes, quake-d is in shard 1 of 2 and quake-b in shard 2.
  const std::string s1 = tmp.str("s1"), s2 = tmp.str("s2");
  index_into(s1, {plain, dotted}, false, 1, 2);
  index_into(s2, {plain, dotted}, false, 2, 2);
  const std::string stub =
      tmp.write("cluster", schema::stub_line_for(s2) + "\n" + schema::stub_line_for(s1) + "\n");
  for (const std::string& db : {ab, ba, stub}) {
    INFO(db);
    Xapian::Database d = schema::open_for_reading(db);
    const auto ids = identities(d);
    CHECK(ids.count("U.N. Refugee Agency") == 1);
    CHECK(ids.count("UN Refugee Agency") == 0);
  }
}

TEST_CASE("a question's speaker comes before its topic, though topic words name someone too",
          "[index][speaker]") {
  TempDir tmp;
  const std::string src = tmp.write(
      "src/emergency.jsonl",
      item("emergency", "Donald Trump said a national emergency was possible.") +
          item("flood", "The National Emergency Operation Centre said the flood was over.") +
          item("steppe",
               "Kazakh President Kassym-Jomart Tokayev said the steppe railway was "
               "finished."));
  const std::string db_path = tmp.str("db");
  index_into(db_path, {src}, false);
  Xapian::Database db = schema::open_for_reading(db_path);
  for (const char* question :
       {"what did Trump say about national emergency", "Trump's remarks on national emergency",
        "Trump on national emergency"}) {
    INFO(question);
    query::QueryRequest r;
    r.words = {question};
    const query::QueryPlan plan = query::build_query(db, r);
    CHECK(plan.question);
    CHECK(plan.speakers_resolved == std::vector<std::string>{"Donald Trump"});
    const auto hits = query::search(db, plan, 0, 10).hits;
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].record["speaker"] == "Donald Trump");
  }
  for (const char* question :
       {"Kassym-Jomart Tokayev on the railway", "quotes by Kassym-Jomart on the railway"}) {
    INFO(question);  // a hyphenated given name is a name word, not a topic word
    query::QueryRequest r;
    r.words = {question};
    const query::QueryPlan plan = query::build_query(db, r);
    CHECK(plan.question);
    CHECK(plan.speakers_resolved == std::vector<std::string>{"Kassym-Jomart Tokayev"});
    CHECK(query::search(db, plan, 0, 10).hits.size() == 1);
  }
  query::QueryRequest about_centre;  // named before the topic, the centre is the speaker
  about_centre.words = {"what did the National Emergency Operation Centre say about the flood"};
  CHECK(query::build_query(db, about_centre).speakers_resolved ==
        std::vector<std::string>{"National Emergency Operation Centre"});
}

TEST_CASE("an initialism goes with the name an item spells it out as", "[index][speaker]") {
  TempDir tmp;
  const std::string items = tmp.write(
      "src/sec.jsonl",
      item("filing", "The Securities and Exchange Commission (SEC) said the filing was late.") +
          item("rule", "The SEC said the new rule would take effect in May.") +
          item("probe", "The SEC said it had closed its inquiry into the trades.") +
          item("chips", "Seiko Epson Corp said chip sales rose in the quarter."));
  const std::string db_path = tmp.str("db");
  index_into(db_path, {items}, false);
  Xapian::Database db = schema::open_for_reading(db_path);
  const auto ids = identities(db);
  CHECK(ids.at("Securities and Exchange Commission") == 3);
  CHECK(ids.at("Seiko Epson Corp") == 1);
  CHECK(statements_by(db, "sec") == 3);
  CHECK(statements_by(db, "Securities and Exchange Commission") == 3);
}
