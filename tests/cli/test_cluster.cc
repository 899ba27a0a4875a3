// Shards and clusters as a user meets them: a corpus indexed as 4 shards (`index --shard K/N`),
// served by `verbatim serve` on 4 loopback ports and searched through a cluster file gives the
// answers of one index; a stopped server is named (--partial answers without it); re-indexing a
// shard under its running server never fails a query.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <memory>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "support/batch_support.h"
#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::Background;
using verbatim::testing::kCorpusDir;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;
using verbatim::testing::write_corpus;

namespace {

constexpr int kShards = 4;

// A TCP port free on 127.0.0.1 at this moment (the kernel picks it).
unsigned free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool accepts_connections(unsigned port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// `verbatim serve` of one shard on a loopback port, stopped at the end of the test.
struct Server {
  Server(const TempDir& tmp, int k, const std::string& db)
      : port(free_port()), io(tmp.str("serve-" + std::to_string(k))) {
    std::filesystem::create_directories(io);
    process =
        std::make_unique<Background>(std::vector<std::string>{"serve", "--db", db, "--listen",
                                                              "127.0.0.1:" + std::to_string(port)},
                                     io);
    for (int i = 0; i < 100 && !accepts_connections(port); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    INFO(process->err());
    REQUIRE(accepts_connections(port));
  }
  // `serve` passes SIGTERM on to its xapian-tcpsrv (SIGKILL would leave the server running).
  ~Server() { stop(); }
  void stop() {
    process->signal(SIGTERM);
    process->wait();
  }
  std::string address() const { return "127.0.0.1:" + std::to_string(port); }
  unsigned port;
  std::string io;
  std::unique_ptr<Background> process;
};

// The corpus: generated items with statements (five speakers) and the bundled news items.
struct Cluster {
  TempDir tmp;
  std::string corpus = tmp.str("items/feed.jsonl");
  std::string one = tmp.str("one");
  std::string file = tmp.str("cluster.stub");
  std::vector<std::unique_ptr<Server>> servers;

  Cluster() {
    write_corpus(corpus, 40);
    REQUIRE(run_verbatim({"index", "--progress", "none", "--db", one, corpus, kCorpusDir}).status ==
            0);
    std::vector<std::string> init{"cluster", "init", file};
    for (int k = 1; k <= kShards; ++k) {
      const std::string shard = fmt::format("{}/{}", k, kShards);
      auto r = run_verbatim(
          {"index", "--progress", "none", "--shard", shard, "--db", db(k), corpus, kCorpusDir});
      INFO(r.err);
      REQUIRE(r.status == 0);
      servers.push_back(std::make_unique<Server>(tmp, k, db(k)));
      init.push_back(servers.back()->address());
    }
    REQUIRE(run_verbatim(init).status == 0);
  }
  std::string db(int k) const { return tmp.str("shard-" + std::to_string(k)); }
};

nlohmann::json query_json(const std::string& db, std::vector<std::string> words) {
  std::vector<std::string> args{"query", "--db", db, "--format", "json", "-n", "30"};
  args.insert(args.end(), words.begin(), words.end());
  auto r = run_verbatim(args);
  INFO(db << ": " << r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out)["hits"];
}

void require_same_hits(const nlohmann::json& one, const nlohmann::json& cluster) {
  REQUIRE(one.size() == cluster.size());
  REQUIRE(!one.empty());
  for (std::size_t i = 0; i < one.size(); ++i) {
    INFO("hit " << i + 1);
    CHECK(one[i]["item"] == cluster[i]["item"]);
    CHECK(one[i]["para"] == cluster[i]["para"]);
    CHECK(one[i].value("speaker", "") == cluster[i].value("speaker", ""));
    CHECK(std::abs(one[i]["score"].get<double>() - cluster[i]["score"].get<double>()) < 1e-9);
  }
}

nlohmann::json stats_json(const std::string& db) {
  auto r = run_verbatim({"stats", "--db", db, "--format", "json"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("a corpus as 4 served shards answers as one index", "[cli][cluster]") {
  Cluster c;
  for (const std::vector<std::string>& q :
       std::vector<std::vector<std::string>>{{"tariffs"},
                                             {"\"trade minister\""},
                                             {"--speaker", "Anna Berg", "grain"},
                                             {"--speaker", "costa"},
                                             {"what did Anna Berg say about grain"},
                                             {"Tomas Lind's quotes on freight"},
                                             {"opening-up"}}) {
    INFO("query: " << fmt::format("{}", fmt::join(q, " ")));
    require_same_hits(query_json(c.one, q), query_json(c.file, q));
  }
  const nlohmann::json one = stats_json(c.one), cluster = stats_json(c.file);
  for (const char* key : {"items", "passages", "statements", "speakers", "documents"})
    CHECK(one[key] == cluster[key]);
  CHECK(cluster["shards"] == kShards);
  CHECK(cluster["last_run"] >= one["last_run"]);  // the shards were indexed after the one index
  CHECK(cluster["remote_shards"] == kShards);     // served shards: their size is not known here
  CHECK(one["remote_shards"] == 0);
  auto stats_text = run_verbatim({"stats", "--db", c.file});
  CHECK(stats_text.out.find("size on disk:   unknown (4 remote shards not counted)") !=
        std::string::npos);
  auto speakers_one = run_verbatim({"speakers", "--db", c.one, "-n", "8"});
  auto speakers_cluster = run_verbatim({"speakers", "--db", c.file, "-n", "8"});
  REQUIRE(speakers_cluster.status == 0);
  CHECK(speakers_one.out == speakers_cluster.out);
  auto entities_one = run_verbatim({"entities", "--db", c.one, "tariffs"});
  auto entities_cluster = run_verbatim({"entities", "--db", c.file, "tariffs"});
  CHECK(entities_one.out == entities_cluster.out);
}

TEST_CASE("count, show and query --output through a cluster answer as one index",
          "[cli][cluster][show]") {
  Cluster c;
  // The same output from one index and from the cluster, and a successful one.
  auto same = [&](std::vector<std::string> args) {
    std::vector<std::string> one = args, cluster = args;
    one.insert(one.begin() + 1, {"--db", c.one});
    cluster.insert(cluster.begin() + 1, {"--db", c.file});
    auto a = run_verbatim(one), b = run_verbatim(cluster);
    INFO(fmt::format("{}", fmt::join(args, " ")) << "\n" << a.err << b.err);
    CHECK(a.status == 0);
    CHECK(b.status == a.status);
    CHECK(b.out == a.out);
    return a.out;
  };
  for (const std::vector<std::string>& q :
       std::vector<std::vector<std::string>>{{"tariffs"},
                                             {"\"trade minister\""},
                                             {"--speaker", "Anna Berg", "grain"},
                                             {"--quotes", "percent"},
                                             {"what did Anna Berg say about grain"},
                                             {"opening-up"}}) {
    std::vector<std::string> count{"count"};
    count.insert(count.end(), q.begin(), q.end());
    CHECK(std::stoi(same(count)) > 0);
  }
  // Items of every shard, whole and as one paragraph with its context, text and JSON Lines.
  for (int n : {0, 1, 2, 3, 5, 8}) {
    const std::string item = "item-" + std::to_string(n);
    same({"show", item});
    same({"show", item + ":2", "--context", "1"});
    same({"show", "--format", "jsonl", item});
  }
  same({"show", "2023-09-08-cgtn-northeast-revitalization.txt:8", "-C", "2"});
  same({"query", "--output", "ids", "-n", "20", "tariffs"});
  same({"query", "--output", "items", "-n", "20", "tariffs"});
  same({"query", "-n", "20", "tariffs"});  // the text output, ids and snippets included
  auto missing = run_verbatim({"show", "--db", c.file, "item-999"});
  CHECK(missing.status == 2);
  CHECK(missing.err.find("no item 'item-999'") != std::string::npos);
}

TEST_CASE("a stopped shard server is named and --partial answers from the others",
          "[cli][cluster]") {
  Cluster c;
  c.servers[2]->stop();
  const std::string name = "remote :" + c.servers[2]->address();
  auto failed = run_verbatim({"query", "--db", c.file, "tariffs"});
  CHECK(failed.status == 3);
  CHECK(failed.err.find(name) != std::string::npos);
  auto partial =
      run_verbatim({"query", "--db", c.file, "--partial", "--format", "json", "tariffs"});
  INFO(partial.err);
  CHECK(partial.status == 0);
  CHECK(partial.err.find("warning") != std::string::npos);
  CHECK(partial.err.find(name) != std::string::npos);
  auto stats = run_verbatim({"stats", "--db", c.file, "--partial", "--format", "json"});
  REQUIRE(stats.status == 0);
  CHECK(nlohmann::json::parse(stats.out)["shards"] == kShards - 1);
  // count and show: the same, the stopped shard named; --partial counts and shows the others.
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"count", "tariffs"}, {"show", "item-1"}}) {
    std::vector<std::string> strict{args[0], "--db", c.file, args[1]};
    auto down = run_verbatim(strict);
    CHECK(down.status == 3);
    CHECK(down.err.find(name) != std::string::npos);
  }
  const int all = std::stoi(run_verbatim({"count", "--db", c.one, "tariffs"}).out);
  auto counted = run_verbatim({"count", "--db", c.file, "--partial", "tariffs"});
  REQUIRE(counted.status == 0);
  CHECK(counted.err.find(name) != std::string::npos);
  const int some = std::stoi(counted.out);
  CHECK(some > 0);
  CHECK(some < all);
  // Every item is shown from the shards that answer, or said to be missing.
  int shown = 0;
  for (int n = 0; n < 12; ++n) {
    auto r = run_verbatim({"show", "--db", c.file, "--partial", "item-" + std::to_string(n)});
    CHECK((r.status == 0 || r.status == 2));
    shown += r.status == 0;
  }
  CHECK(shown > 0);
  CHECK(shown < 12);
}

TEST_CASE("a shard server that never answers times out, is named and --partial answers",
          "[cli][cluster]") {
  Cluster c;
  // A port that takes connections (the kernel's backlog) but never says a word, as a hung
  // xapian-tcpsrv would.
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(::listen(fd, 8) == 0);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  const std::string silent = "127.0.0.1:" + std::to_string(ntohs(addr.sin_port));
  std::vector<std::string> init{"cluster", "init", c.tmp.str("hung.stub")};
  for (const auto& server : c.servers) init.push_back(server->address());
  init.push_back(silent);
  REQUIRE(run_verbatim(init).status == 0);
  auto hung =
      run_verbatim({"query", "--db", c.tmp.str("hung.stub"), "--timeout", "2000", "tariffs"});
  CHECK(hung.status == 3);
  CHECK(hung.err.find("remote :" + silent) != std::string::npos);
  auto partial = run_verbatim({"query", "--db", c.tmp.str("hung.stub"), "--timeout", "2000",
                               "--partial", "--format", "json", "-n", "30", "tariffs"});
  INFO(partial.err);
  CHECK(partial.status == 0);
  CHECK(partial.err.find("warning") != std::string::npos);
  CHECK(partial.err.find("remote :" + silent) != std::string::npos);
  // The answer is the four served shards' (the silent one holds nothing).
  require_same_hits(query_json(c.file, {"tariffs"}), nlohmann::json::parse(partial.out)["hits"]);
  ::close(fd);
}

TEST_CASE("re-indexing a shard under its running server never fails a query", "[cli][cluster]") {
  Cluster c;
  // New items (ids item-40..79) of which shard 2 takes its part.
  write_corpus(c.tmp.str("more/feed.jsonl"), 40, 40);
  std::atomic<bool> done{false};
  std::atomic<int> queries{0}, failures{0};
  std::string failure;
  std::thread reader([&] {
    while (!done) {
      auto r = run_verbatim({"query", "--db", c.file, "-n", "3", "tariffs"});
      ++queries;
      if (r.status != 0) {
        ++failures;
        failure = r.err;
      }
    }
  });
  auto run = run_verbatim({"index", "--progress", "none", "--shard", "2/4", "--db", c.db(2),
                           c.corpus, kCorpusDir, c.tmp.str("more/feed.jsonl")});
  auto rebuilt = run_verbatim({"index", "--progress", "none", "--shard", "2/4", "--rebuild", "--db",
                               c.db(2), c.corpus, kCorpusDir, c.tmp.str("more/feed.jsonl")});
  done = true;
  reader.join();
  INFO(run.err << rebuilt.err << failure);
  REQUIRE(run.status == 0);
  REQUIRE(rebuilt.status == 0);
  CHECK(queries > 0);
  CHECK(failures == 0);
  // The new items of shard 2 are found through the cluster (each has its word zqN).
  const nlohmann::json shard2 = stats_json(c.db(2));
  int found = 0;
  for (int n = 40; n < 80; ++n) {
    auto q = run_verbatim({"query", "--db", c.file, "-n", "1", "zq" + std::to_string(n)});
    found += q.status == 0;
  }
  CHECK(found > 0);
  CHECK(found < 40);  // only shard 2 took new items
  CHECK(shard2["items"].get<int>() > 0);
}

TEST_CASE("a shard refuses a run of another split", "[cli][cluster]") {
  TempDir tmp;
  const std::string corpus = tmp.str("feed.jsonl");
  write_corpus(corpus, 30);
  int total = 0;
  for (int k = 1; k <= 3; ++k) {
    const std::string db = tmp.str("s" + std::to_string(k));
    REQUIRE(run_verbatim({"index", "--progress", "none", "--shard", fmt::format("{}/3", k), "--db",
                          db, corpus})
                .status == 0);
    total += stats_json(db)["items"].get<int>();
  }
  CHECK(total == 30);  // every item in exactly one shard
  // A cluster of local shards is as large as its shards together.
  const std::string file = tmp.str("local.cluster");
  REQUIRE(
      run_verbatim({"cluster", "init", file, tmp.str("s1"), tmp.str("s2"), tmp.str("s3")}).status ==
      0);
  std::uintmax_t shard_bytes = 0;
  for (int k = 1; k <= 3; ++k)
    shard_bytes +=
        stats_json(tmp.str("s" + std::to_string(k)))["bytes_on_disk"].get<std::uintmax_t>();
  const nlohmann::json local = stats_json(file);
  CHECK(local["items"] == 30);
  CHECK(local["bytes_on_disk"].get<std::uintmax_t>() == shard_bytes);
  CHECK(shard_bytes > 0);
  CHECK(local["remote_shards"] == 0);
  auto other_n = run_verbatim({"index", "--shard", "1/4", "--db", tmp.str("s1"), corpus});
  CHECK(other_n.status == 2);
  CHECK(other_n.err.find("shard 1/3") != std::string::npos);
  auto whole = run_verbatim({"index", "--db", tmp.str("s1"), corpus});
  CHECK(whole.status == 2);
  auto bad = run_verbatim({"index", "--shard", "5/4", "--db", tmp.str("s9"), corpus});
  CHECK(bad.status == 2);
  // Re-running the same shard changes nothing.
  auto again = run_verbatim({"index", "--progress", "none", "--format", "json", "--shard", "1/3",
                             "--db", tmp.str("s1"), corpus});
  REQUIRE(again.status == 0);
  CHECK(nlohmann::json::parse(again.out)["added"] == 0);
}

TEST_CASE("serve and cluster init say what is wrong in one line", "[cli][cluster]") {
  TempDir tmp;
  REQUIRE(run_verbatim({"index", "--progress", "none", "--db", tmp.str("db"), kCorpusDir}).status ==
          0);
  auto no_server = run_verbatim({"serve", "--db", tmp.str("db"), "--listen", "127.0.0.1:1"}, "",
                                {"PATH=/nonexistent"});
  CHECK(no_server.status == 3);
  CHECK(no_server.err.find("xapian-tools") != std::string::npos);
  auto bad_shard = run_verbatim({"cluster", "init", tmp.str("c"), "no-such-thing"});
  CHECK(bad_shard.status == 2);
  auto local = run_verbatim({"cluster", "init", tmp.str("c"), tmp.str("db"), "ssh:host:/srv/db"});
  REQUIRE(local.status == 0);
  std::ifstream in(tmp.str("c"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("auto " + tmp.str("db")) != std::string::npos);
  CHECK(text.find("remote ssh host xapian-progsrv /srv/db") != std::string::npos);
  auto bad_line = run_verbatim({"query", "--db", tmp.write("bad.stub", "auto\n"), "x"});
  CHECK(bad_line.status == 2);
  CHECK(bad_line.err.find("bad.stub line 1") != std::string::npos);
}
