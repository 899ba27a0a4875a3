// An indexing run meeting errors its stages do not handle per item: the reader failing (through
// IndexOptions::read_source, the test hook), and a run abandoned before its generation plan
// finished. Either way what was read is committed, or nothing is left behind.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <new>
#include <sstream>

#include "indexer/build/documents.h"
#include "indexer/pipeline/reader.h"
#include "indexer/pipeline/thread_group.h"
#include "indexer/pipeline/writers.h"
#include "indexer/run_index.h"
#include "indexer/write/generation_plan.h"
#include "support/batch_support.h"
#include "support/temp_dir.h"

using namespace verbatim;
using verbatim::testing::item_hashes;
using verbatim::testing::TempDir;
using verbatim::testing::write_corpus;

namespace {

indexer::IndexOptions options(const std::string& db, std::vector<std::string> sources) {
  indexer::IndexOptions o;
  o.db = db;
  o.sources = std::move(sources);
  o.jobs = 2;
  o.progress = indexer::Progress::none;
  return o;
}

// Directory entries of `dir` (generations, shards, the stub).
std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Hands on the first `good` items of each source, then fails as a reader never should.
indexer::IndexOptions failing_after(indexer::IndexOptions o, int good) {
  o.read_source = [good](const std::string& source, const read::ItemSink& on_item,
                         const read::ErrorSink& on_error) {
    std::vector<read::Item> items;
    pipeline::read_source(
        source, [&](read::Item&& i) { items.push_back(std::move(i)); }, on_error);
    for (int n = 0; n < good; ++n) on_item(std::move(items[n]));
    throw std::bad_alloc();
  };
  return o;
}

}  // namespace

TEST_CASE("a reader failure is one error line naming the source, and what was read is committed",
          "[index][pipeline]") {
  TempDir tmp;
  write_corpus(tmp.str("a.jsonl"), 30);
  write_corpus(tmp.str("b.jsonl"), 30, 100);
  const std::string db = tmp.str("db");

  for (bool first_run : {true, false}) {
    INFO((first_run ? "into an empty index (shards)" : "into the live index"));
    if (!first_run) write_corpus(tmp.str("a.jsonl"), 30, 0, 1);  // changed: rewritten
    auto o = failing_after(options(db, {tmp.str("a.jsonl"), tmp.str("b.jsonl")}), 12);
    o.prune = true;
    o.writers = 2;
    std::ostringstream err;
    indexer::IndexSummary s = indexer::run_index(o, err);
    INFO(err.str());
    CHECK(s.added + s.updated == 12);
    CHECK(s.failed == 1);
    CHECK_FALSE(s.interrupted);
    CHECK(err.str().find("verbatim: " + tmp.str("a.jsonl") + ": reading stopped after " +
                         tmp.str("a.jsonl") + ":12: std::bad_alloc") == 0);
    CHECK(err.str().find("--prune skipped: 1 item(s) failed") != std::string::npos);
    CHECK(err.str().find("b.jsonl") == std::string::npos);  // reading stopped at the failure
    CHECK(item_hashes(db).size() == 12);
    for (const std::string& e : entries(db)) CHECK(e.rfind("shard-", 0) != 0);
  }
}

TEST_CASE("a generation plan abandoned before finish leaves no shard and no fresh generation",
          "[index][pipeline]") {
  TempDir tmp;
  write_corpus(tmp.str("a.jsonl"), 10);
  const std::string db = tmp.str("db");
  std::ostringstream err;
  REQUIRE(indexer::run_index(options(db, {tmp.str("a.jsonl")}), err).added == 10);
  const std::vector<std::string> before = entries(db);
  const auto hashes = item_hashes(db);

  for (bool rebuild : {true, false}) {
    INFO((rebuild ? "--rebuild" : "a live run"));
    {
      write::GenerationPlan plan({db, rebuild, false, 2, {}, {}});
      CHECK(entries(db).size() > (rebuild ? before.size() : 0));
      CHECK(plan.shards().empty() == !rebuild);  // shards only into an empty generation
      // An exception here (a writer failing) unwinds through the plan.
    }
    CHECK(entries(db) == before);
    CHECK(item_hashes(db) == hashes);
  }
}

namespace {

// Matches any Xapian error (Catch cannot describe them: not std::exception).
struct XapianError : Catch::MatcherBase<Xapian::Error> {
  bool match(const Xapian::Error& e) const override { return e.get_type() != nullptr; }
  std::string describe() const override { return "is a Xapian error"; }
};

// One item of one document holding `term`, for the writers' queue.
pipeline::Analysed analysed_item(const std::string& id, const std::string& term) {
  pipeline::Analysed a;
  a.documents.item_term = build::item_link_term(id);
  Xapian::Document doc;
  doc.add_boolean_term(a.documents.item_term);
  doc.add_term(term);
  a.documents.docs.push_back(doc);
  return a;
}

}  // namespace

TEST_CASE("a writer's error stops every stage and leaves neither shard nor fresh generation",
          "[index][pipeline]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  pipeline::ProgressReporter progress(pipeline::ProgressReporter::Mode::none, stderr);
  pipeline::BoundedQueue<pipeline::Analysed> analysed(4);
  {
    write::GenerationPlan plan({db, false, false, 2, {}, {}});
    REQUIRE(plan.shards().size() == 1);
    pipeline::Writers writers(analysed, 1, progress);
    pipeline::ThreadGroup threads([&] { analysed.close(); });
    // A term longer than Xapian takes: its writer throws as on a full disk. (Queued first, before
    // the producer below can fill the queue.)
    analysed.push(analysed_item("bad", std::string(300, 'x')));
    threads.spawn([&] {
      for (int n = 0; n < 100; ++n)  // more than the queue holds: blocks once a writer is gone
        if (!analysed.push(analysed_item("item-" + std::to_string(n), "word"))) return;
    });
    threads.spawn([&, s = plan.shards()[0].get()] { writers.drain(*s); });
    // Whichever writer takes the bad item fails; the other stops with the group.
    auto write_all = [&] {
      writers.drain(plan.main_writer());
      threads.join();
    };
    // (Xapian reports it as "Term too long", or under DB_DANGEROUS as cancel() not supported.)
    CHECK_THROWS_MATCHES(write_all(), Xapian::Error, XapianError());
    // (run_index leaves here by the exception: the group's destructor stops and joins.)
  }
  for (const std::string& e : entries(db)) CHECK((e == "XAPIANDB" || e == "gen-1"));
  CHECK(item_hashes(db).empty());
}
