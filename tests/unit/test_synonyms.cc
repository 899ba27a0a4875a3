// The synonym table: keys and values as the index's terms read them (schema/synonyms.h).
#include <catch2/catch.hpp>

#include <algorithm>

#include "schema/synonyms.h"
#include "support/temp_dir.h"
#include "text/embedded_data.h"

using namespace verbatim::schema;

namespace {

bool has_entry(const std::vector<SynonymEntry>& entries, const std::string& key,
               const std::string& value) {
  return std::find(entries.begin(), entries.end(), SynonymEntry{key, value}) != entries.end();
}

}  // namespace

TEST_CASE("the built-in synonym file is well formed", "[synonyms]") {
  std::vector<std::string> problems;
  parse_synonym_groups(verbatim::data::file("query/synonyms.txt"), problems);
  CHECK(problems.empty());
  REQUIRE(builtin_synonym_groups().size() == 4);
  for (const SynonymGroup& g : builtin_synonym_groups()) CHECK(g.size() >= 2);
}

TEST_CASE("synonym keys and values are normalized as indexed terms", "[synonyms]") {
  const auto entries = synonym_entries({{"U.S.", "United States", "US", "USA"},
                                        {"COVID-19", "Covid", "coronavirus"},
                                        {"Belt and Road", "BRI"}});
  // A multiword key: words as QueryParser names them, joined by ' '.
  CHECK(has_entry(entries, "united states", "Zus"));
  CHECK(has_entry(entries, "united states", "Zusa"));
  // A one-word key, unstemmed and stemmed; a multiword value as its words.
  CHECK(has_entry(entries, "us", "united states"));
  CHECK(has_entry(entries, "Zus", "united states"));
  CHECK(has_entry(entries, "usa", "Zus"));
  // A hyphenated form is its words (QueryParser makes a phrase of it).
  CHECK(has_entry(entries, "covid 19", "Zcoronavirus"));
  CHECK(has_entry(entries, "coronavirus", "covid 19"));
  CHECK(has_entry(entries, "Zcoronavirus", "Zcovid"));
  // Stop words stay in multiword forms (the index has them, with positions).
  CHECK(has_entry(entries, "bri", "belt and road"));
  CHECK(has_entry(entries, "belt and road", "Zbri"));
  // "U.S." and "US" are the same term: one form, no entry to itself.
  CHECK_FALSE(has_entry(entries, "us", "Zus"));
}

TEST_CASE("a synonym file: one group a line, bad lines named and skipped", "[synonyms]") {
  std::vector<std::string> problems;
  auto groups = parse_synonym_groups(
      "# comment\n\nWashington, Potomac\nlonely\n  Beijing ,Peking,  \r\n", problems);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] == SynonymGroup{"Washington", "Potomac"});
  CHECK(groups[1] == SynonymGroup{"Beijing", "Peking"});
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].find("line 4") == 0);
  CHECK(problems[0].find("lonely") != std::string::npos);
}

TEST_CASE("writing the synonym table replaces what was there", "[synonyms]") {
  verbatim::testing::TempDir tmp;
  Xapian::WritableDatabase db(tmp.str("db"), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  CHECK_FALSE(has_synonyms(db));
  write_synonyms(db, {{"Washington", "Potomac"}});
  db.commit();
  CHECK(has_synonyms(db));
  CHECK(*db.synonyms_begin("washington") == "Zpotomac");
  write_synonyms(db, {{"Beijing", "Peking"}});
  db.commit();
  CHECK(db.synonyms_begin("washington") == db.synonyms_end("washington"));
  CHECK(*db.synonyms_begin("peking") == "Zbeij");
}
