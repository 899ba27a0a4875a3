// --rebuild and compaction switch generations: readers opened before keep reading the old one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "indexer/run_index.h"
#include "query/parse/build_query.h"
#include "query/search/search.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "support/batch_support.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::TempDir;
using verbatim::testing::write_corpus;

namespace {

indexer::IndexSummary run(const std::string& db, const std::string& source, bool rebuild) {
  indexer::IndexOptions o;
  o.db = db;
  o.sources = {source};
  o.jobs = 2;
  o.rebuild = rebuild;
  o.progress = indexer::Progress::none;
  std::ostringstream err;
  indexer::IndexSummary s = indexer::run_index(o, err);
  INFO(err.str());
  CHECK(s.failed == 0);
  return s;
}

// Texts of the hits for `words`.
std::vector<std::string> hits(Xapian::Database& db, const std::string& words) {
  query::QueryRequest r;
  r.all_words = true;  // the passages holding all the words, no partial matches
  r.words = {words};
  r.literal = true;
  std::vector<std::string> out;
  for (const query::Hit& h : query::search(db, query::build_query(db, r), 0, 10).hits)
    out.push_back(h.record["text"].get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("a reader opened before --rebuild reads the old generation to the end",
          "[index][batch]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  write_corpus(tmp.str("v1.jsonl"), 200, 0, 0);
  write_corpus(tmp.str("v2.jsonl"), 200, 0, 1);
  REQUIRE(run(db, tmp.str("v1.jsonl"), false).added == 200);

  Xapian::Database before = schema::open_for_reading(db);
  const auto old_hits = hits(before, "talks Geneva");
  REQUIRE_FALSE(old_hits.empty());

  indexer::IndexSummary s = run(db, tmp.str("v2.jsonl"), true);
  CHECK(s.added == 200);
  CHECK(s.removed == 0);

  // The old reader still answers, display records included, from the old content.
  CHECK(hits(before, "talks Geneva") == old_hits);
  CHECK(hits(before, "talks Vienna").empty());
  // A reader opened now gets the new content.
  Xapian::Database after = schema::open_for_reading(db);
  CHECK(hits(after, "talks Geneva").empty());
  CHECK_FALSE(hits(after, "talks Vienna").empty());
  CHECK(after.get_termfreq(schema::boolean_term(schema::Id::kind, schema::kKindItem)) == 200);

  // The next run removes the old generation; the index stays whole.
  CHECK(run(db, tmp.str("v2.jsonl"), false).unchanged == 200);
  std::size_t generations = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db))
    generations += entry.path().filename().string().rfind("gen-", 0) == 0;
  CHECK(generations == 1);
}
