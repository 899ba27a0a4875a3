// Batch re-indexing as a user meets it: kill -9, Ctrl-C, a second writer, bad inputs, duplicate
// ids, --prune, queries during a re-index, progress output.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "support/batch_support.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::Background;
using verbatim::testing::item_hashes;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::sleep_seconds;
using verbatim::testing::TempDir;
using verbatim::testing::write_corpus;

namespace {

nlohmann::json stats(const std::string& db) {
  auto s = run_verbatim({"stats", "--db", db, "--format", "json"});
  INFO(s.err);
  REQUIRE(s.status == 0);
  return nlohmann::json::parse(s.out);
}

// Lines of `err` that contain `needle`.
std::size_t count_lines_with(const std::string& err, const std::string& needle) {
  std::size_t n = 0;
  for (const std::string& line : lines(err)) n += line.find(needle) != std::string::npos;
  return n;
}

// Writes v1.jsonl and v2.jsonl (the same `items` ids, other text) and indexes v1 into PATH/db.
std::string index_first_version(const TempDir& tmp, int items) {
  const std::string db = tmp.str("db");
  write_corpus(tmp.str("v1.jsonl"), items, 0, 0);
  write_corpus(tmp.str("v2.jsonl"), items, 0, 1);
  auto r = run_verbatim({"index", "--db", db, tmp.str("v1.jsonl")});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return db;
}

bool wait_for_file(const std::string& path, double seconds) {
  for (double waited = 0; waited < seconds; waited += 0.01) {
    if (std::filesystem::exists(path)) return true;
    sleep_seconds(0.01);
  }
  return false;
}

}  // namespace

TEST_CASE("kill -9 at any point: the index opens and the next run converges to a clean run",
          "[cli][batch]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 3000);

  const std::string clean = tmp.str("clean");
  auto c = run_verbatim({"index", "--db", clean, corpus});
  INFO(c.err);
  REQUIRE(c.status == 0);
  const nlohmann::json want = stats(clean);
  const auto want_hashes = item_hashes(clean);
  REQUIRE(want["items"] == 3000);
  // The generated items repeat their statements: stats counts those copies apart.
  REQUIRE(want["statements"].get<int>() + want["statement_copies"].get<int>() > 3000);

  // Each time a fresh index, killed after `delay` seconds (from the first commits to the final
  // merge of the shards), then indexed again to the end.
  std::string db;
  for (double delay : {0.1, 0.4, 0.8, 1.2, 1.6}) {
    db = tmp.str("killed-" + std::to_string(static_cast<int>(delay * 10)));
    Background run({"index", "--db", db, corpus}, tmp.str());
    sleep_seconds(delay);
    run.signal(SIGKILL);
    run.wait();
    INFO("killed after " << delay << "s");
    if (std::filesystem::exists(db + "/XAPIANDB")) {
      auto s = run_verbatim({"stats", "--db", db, "--format", "json"});
      INFO(s.err);
      CHECK(s.status == 0);
    }
    auto last = run_verbatim({"index", "--db", db, corpus});
    INFO(last.err);
    REQUIRE(last.status == 0);
    const nlohmann::json got = stats(db);
    for (const char* key : {"items", "passages", "statements"}) CHECK(got[key] == want[key]);
    CHECK(item_hashes(db) == want_hashes);
  }
  // A run over unchanged items now finds every one of them unchanged.
  auto again = run_verbatim({"index", "--db", db, "--format", "json", corpus});
  REQUIRE(again.status == 0);
  auto summary = nlohmann::json::parse(again.out);
  CHECK(summary["unchanged"] == 3000);
  CHECK(summary["added"] == 0);
}

TEST_CASE("SIGINT commits what was read, prints the summary and exits 130", "[cli][batch]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 6000);
  const std::string db = tmp.str("db");
  Background run({"index", "--db", db, "--format", "json", corpus}, tmp.str());
  // Wait until the index exists and some items have been committed, then interrupt.
  REQUIRE(wait_for_file(db + "/XAPIANDB", 20));
  sleep_seconds(1.0);
  run.signal(SIGINT);
  const int status = run.wait();
  INFO(run.err());
  REQUIRE(status == 130);
  auto summary = nlohmann::json::parse(run.out());
  CHECK(summary["interrupted"] == true);
  const nlohmann::json s = stats(db);
  CHECK(s["items"] == summary["added"]);
  CHECK(s["items"].get<int>() < 6000);
  if (s["items"].get<int>() > 0) {
    auto q = run_verbatim({"query", "--db", db, "grain exports"});
    CHECK(q.status == 0);
  }
  // The next run completes the batch.
  auto rest = run_verbatim({"index", "--db", db, "--format", "json", corpus});
  REQUIRE(rest.status == 0);
  CHECK(stats(db)["items"] == 6000);
}

TEST_CASE("a second writer is told who holds the index, or waits with --wait", "[cli][batch]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 4000);
  const std::string small = tmp.str("small.jsonl");
  write_corpus(small, 5, 100000);
  const std::string db = tmp.str("db");
  Background first({"index", "--db", db, corpus}, tmp.str());
  REQUIRE(wait_for_file(db + "/verbatim.pid", 20));
  auto second = run_verbatim({"index", "--db", db, small});
  if (first.running()) {
    CHECK(second.status == 3);
    CHECK(second.err.find("index is being written by another verbatim process (pid " +
                          std::to_string(first.pid()) + ")") != std::string::npos);
    CHECK(lines(second.err).size() == 1);
  }
  TempDir io;
  Background waiting({"index", "--db", db, "--wait", small}, io.str());
  REQUIRE(first.wait() == 0);
  REQUIRE(waiting.wait() == 0);
  auto s = stats(db);
  CHECK(s["items"] == 4005);
}

TEST_CASE("bad inputs are each named on one line; good items indexed, old ones kept, exit 4",
          "[cli][batch]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  const std::string before = tmp.str("before.jsonl");
  write_corpus(before, 3, 500);
  REQUIRE(run_verbatim({"index", "--db", db, before}).status == 0);

  const std::string dir = tmp.str("inbox");
  tmp.write("inbox/good.txt", "Good release about zqgoodtext\n\nThe harbour reopened on Monday.\n");
  write_corpus(tmp.str("inbox/feed.jsonl"), 2, 700);
  {
    std::ofstream feed(tmp.str("inbox/feed.jsonl"), std::ios::app);
    feed << "{\"id\": \"broken\", \"title\": \"no closing brace\"\n";
    feed << "{\"id\": \"nobody\", \"title\": \"An item without a body\"}\n";
  }
  tmp.write("inbox/latin1.txt", std::string("Headline\n\nCaf\xe9 au lait\n"));
  tmp.write("inbox/binary.txt", std::string("\x7f"
                                            "ELF\0\0\0\x01\x02",
                                            9));
  tmp.write("inbox/empty.txt", "");
  std::filesystem::create_symlink(tmp.str("nowhere.txt"), tmp.str("inbox/dangling.txt"));
  REQUIRE(mkfifo(tmp.str("inbox/pipe.txt").c_str(), 0644) == 0);
  {
    // 100 MB without a line break, as a release and as JSON Lines.
    std::string chunk(1 << 20, 'x');
    std::ofstream big_txt(tmp.str("inbox/huge.txt"), std::ios::binary);
    std::ofstream big_jsonl(tmp.str("inbox/huge.jsonl"), std::ios::binary);
    for (int i = 0; i < 100; ++i) {
      big_txt << chunk;
      big_jsonl << chunk;
    }
  }
  const std::string missing = tmp.str("no-such-file.txt");

  auto r = run_verbatim({"index", "--db", db, dir, missing});
  INFO(r.err);
  CHECK(r.status == 4);
  CHECK(count_lines_with(r.err, "feed.jsonl:3:") == 1);  // malformed JSON
  CHECK(count_lines_with(r.err, "feed.jsonl:4:") == 1);  // no body
  CHECK(count_lines_with(r.err, "latin1.txt") == 1);
  CHECK(count_lines_with(r.err, "binary.txt") == 1);
  CHECK(count_lines_with(r.err, "empty.txt") == 1);
  CHECK(count_lines_with(r.err, "dangling.txt") == 1);
  CHECK(count_lines_with(r.err, "pipe.txt") == 1);
  CHECK(count_lines_with(r.err, "huge.txt") == 1);
  CHECK(count_lines_with(r.err, "huge.jsonl") == 1);
  CHECK(count_lines_with(r.err, "no-such-file.txt") == 1);

  auto s = stats(db);
  CHECK(s["items"] == 3 + 1 + 2);  // the earlier ones, good.txt, the two good feed lines
  CHECK(run_verbatim({"query", "--db", db, "zqgoodtext"}).status == 0);
  CHECK(run_verbatim({"query", "--db", db, "zq700"}).status == 0);
  CHECK(run_verbatim({"query", "--db", db, "zq502"}).status == 0);
}

TEST_CASE("a duplicate id in one batch is reported, not merged", "[cli][batch]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  write_corpus(tmp.str("a.jsonl"), 2, 0);
  write_corpus(tmp.str("b.jsonl"), 1, 1, 1);  // item-1 again, other text
  auto r = run_verbatim({"index", "--db", db, tmp.str("a.jsonl"), tmp.str("b.jsonl")});
  CHECK(r.status == 4);
  CHECK(count_lines_with(r.err, "duplicate item id \"item-1\"") == 1);
  CHECK(count_lines_with(r.err, "b.jsonl:1") == 1);
  CHECK(stats(db)["items"] == 2);
  // The first one read was indexed.
  CHECK(run_verbatim({"query", "--db", db, "Geneva AND zq1"}).status == 0);
}

TEST_CASE("prune removes items whose sources were not given, only when asked", "[cli][batch]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  write_corpus(tmp.str("src/a.jsonl"), 3, 0);
  write_corpus(tmp.str("src/b.jsonl"), 2, 10);
  REQUIRE(run_verbatim({"index", "--db", db, tmp.str("src")}).status == 0);
  REQUIRE(stats(db)["items"] == 5);
  auto without = run_verbatim({"index", "--db", db, "--format", "json", tmp.str("src/a.jsonl")});
  REQUIRE(without.status == 0);
  CHECK(nlohmann::json::parse(without.out)["removed"] == 0);
  CHECK(stats(db)["items"] == 5);
  auto with =
      run_verbatim({"index", "--db", db, "--format", "json", "--prune", tmp.str("src/a.jsonl")});
  REQUIRE(with.status == 0);
  CHECK(nlohmann::json::parse(with.out)["removed"] == 2);
  CHECK(stats(db)["items"] == 3);
  CHECK(run_verbatim({"query", "--db", db, "zq10"}).status == 1);
}

TEST_CASE("a changed item is replaced whole; --rebuild serves the new content", "[cli][batch]") {
  TempDir tmp;
  const std::string db = index_first_version(tmp, 20);
  const auto before = stats(db);
  auto changed = run_verbatim({"index", "--db", db, "--format", "json", tmp.str("v2.jsonl")});
  REQUIRE(changed.status == 0);
  auto summary = nlohmann::json::parse(changed.out);
  CHECK(summary["updated"] == 20);
  const auto after = stats(db);
  for (const char* key : {"items", "passages", "statements"}) CHECK(after[key] == before[key]);
  CHECK(run_verbatim({"query", "--db", db, "Vienna"}).status == 0);
  CHECK(run_verbatim({"query", "--db", db, "Geneva AND talks"}).status == 1);

  auto rebuilt =
      run_verbatim({"index", "--db", db, "--format", "json", "--rebuild", tmp.str("v1.jsonl")});
  REQUIRE(rebuilt.status == 0);
  CHECK(run_verbatim({"query", "--db", db, "Vienna"}).status == 1);
  CHECK(run_verbatim({"query", "--db", db, "Geneva AND talks"}).status == 0);
  CHECK(stats(db)["items"] == 20);
}

TEST_CASE("queries during a re-index never fail", "[cli][batch]") {
  TempDir tmp;
  const std::string db = index_first_version(tmp, 1500);
  for (const char* mode : {"update", "rebuild"}) {
    std::vector<std::string> args{"index", "--db", db,
                                  tmp.str(mode == std::string("update") ? "v2.jsonl" : "v1.jsonl")};
    if (mode == std::string("rebuild")) args.push_back("--rebuild");
    Background run(args, tmp.str());
    int queries = 0, failures = 0;
    std::string last_error;
    while (run.running() || queries == 0) {
      auto q = run_verbatim({"query", "--db", db, "--format", "jsonl", "minister"});
      ++queries;
      if (q.status != 0) {
        ++failures;
        last_error = q.err;
      }
    }
    INFO(mode << ": " << last_error);
    CHECK(run.wait() == 0);
    CHECK(failures == 0);
    CHECK(queries > 0);
  }
}

TEST_CASE("progress: only the summary off a terminal, JSON Lines on request", "[cli][batch]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 300);
  auto quiet = run_verbatim({"index", "--db", tmp.str("a"), corpus});
  REQUIRE(quiet.status == 0);
  REQUIRE(lines(quiet.err).size() == 1);
  CHECK(quiet.err.find("300 added, 0 updated, 0 unchanged, 0 removed, 0 failed") !=
        std::string::npos);
  CHECK(quiet.err.find('\r') == std::string::npos);

  auto jsonl = run_verbatim(
      {"index", "--db", tmp.str("b"), "--progress", "jsonl", "--format", "json", corpus});
  REQUIRE(jsonl.status == 0);
  auto progress = lines(jsonl.err);
  REQUIRE_FALSE(progress.empty());
  for (const std::string& line : progress) {
    auto j = nlohmann::json::parse(line);
    CHECK(j.contains("done"));
    CHECK(j["total"] == 300);
  }
  CHECK(nlohmann::json::parse(progress.back())["done"] == 300);
  auto summary = nlohmann::json::parse(jsonl.out);
  for (const char* key : {"added", "updated", "unchanged", "removed", "failed", "seconds"})
    CHECK(summary.contains(key));
  CHECK(stats(tmp.str("b"))["last_run"].get<std::string>().size() == 20);
}
