// End-to-end: the errors of issue #10 as a user meets them: an unknown command, `help`, a missing
// source, --wait and --rebuild interrupted, warnings and the progress line on a terminal.
#include <catch2/catch.hpp>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/batch_support.h"
#include "support/corpus_paths.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

using verbatim::testing::Background;
using verbatim::testing::has;
using verbatim::testing::kCorpusDir;
using verbatim::testing::lines;
using verbatim::testing::run_verbatim;
using verbatim::testing::sleep_seconds;
using verbatim::testing::TempDir;
using verbatim::testing::write_corpus;

namespace {

// Runs `verbatim ARGS` on a pseudo terminal with TERM=`term`; returns what the terminal showed.
std::string run_on_terminal(const std::vector<std::string>& args, const std::string& term) {
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  REQUIRE(pid >= 0);
  if (pid == 0) {
    setenv("TERM", term.c_str(), 1);
    std::vector<std::string> copy = args;
    std::vector<char*> argv = verbatim::testing::verbatim_argv(copy);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::string shown;
  char buf[4096];
  for (ssize_t n; (n = read(master, buf, sizeof buf)) > 0;) shown.append(buf, n);
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return shown;
}

}  // namespace

TEST_CASE("an unknown command: exit 2 and did you mean", "[cli][errors]") {
  auto r = run_verbatim({"querry", "x"});
  CHECK(r.status == 2);
  CHECK(has(r.err, "unknown command \"querry\" (did you mean query?)"));
  CHECK(has(r.err, "the commands are index, query,"));
  CHECK(lines(r.err).size() == 1);

  auto none = run_verbatim({});
  CHECK(none.status == 2);
  CHECK(has(none.err, "give a command: index, query,"));
}

TEST_CASE("verbatim help and help COMMAND", "[cli][errors]") {
  auto all = run_verbatim({"help"});
  CHECK(all.status == 0);
  CHECK(has(all.out, "Usage: verbatim [OPTIONS] SUBCOMMAND"));
  CHECK(has(all.out, "query"));
  auto one = run_verbatim({"help", "query"});
  CHECK(one.status == 0);
  CHECK(has(one.out, "Usage: verbatim query"));
  CHECK(one.out == run_verbatim({"query", "--help"}).out);
  auto bad = run_verbatim({"help", "idnex"});
  CHECK(bad.status == 2);
  CHECK(has(bad.err, "(did you mean index?)"));
}

TEST_CASE("index on a missing path: exit 2 and no index; nothing read: no index", "[cli][errors]") {
  TempDir tmp;
  const std::string db = tmp.str("db");
  auto r = run_verbatim({"index", "--db", db, tmp.str("nonexistent")});
  CHECK(r.status == 2);
  CHECK(has(r.err, tmp.str("nonexistent") + ": no such file or directory"));
  CHECK_FALSE(std::filesystem::exists(db));

  std::filesystem::create_directories(tmp.str("empty"));
  auto empty = run_verbatim({"index", "--db", db, tmp.str("empty")});
  CHECK(empty.status == 0);
  CHECK(has(empty.err, "no item was read: no index was created"));
  CHECK_FALSE(std::filesystem::exists(db));

  // One source missing among others: named, the others indexed, exit 4.
  auto some = run_verbatim({"index", "--db", db, tmp.str("nonexistent"), kCorpusDir});
  CHECK(some.status == 4);
  CHECK(has(some.err, tmp.str("nonexistent")));
  CHECK(std::filesystem::exists(db));
}

TEST_CASE("index --wait ends on SIGTERM and SIGINT while it waits for the lock", "[cli][errors]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 6000);
  const std::string small = tmp.str("small.jsonl");
  write_corpus(small, 5, 100000);
  const std::string db = tmp.str("db");
  TempDir io_first;
  Background first({"index", "--db", db, corpus}, io_first.str());
  for (int i = 0; i < 2000 && !std::filesystem::exists(db + "/verbatim.pid"); ++i)
    sleep_seconds(0.01);
  for (int sig : {SIGTERM, SIGINT}) {
    TempDir io;
    Background waiting({"index", "--db", db, "--wait", small}, io.str());
    // Signalled once it says it waits (its handlers are in place by then; a slow start under a
    // sanitizer took longer than any fixed delay).
    for (int i = 0;
         i < 3000 && first.running() && !has(waiting.err(), "waiting for the other writer"); ++i)
      sleep_seconds(0.01);
    if (!first.running()) break;  // a fast machine: nothing left to wait for
    waiting.signal(sig);
    const auto asked = std::chrono::steady_clock::now();
    const int status = waiting.wait();
    INFO(waiting.err());
    CHECK(status == 130);
    CHECK(std::chrono::steady_clock::now() - asked < std::chrono::seconds(2));
    CHECK(has(waiting.err(), "stopped while waiting for the other writer"));
  }
  CHECK(first.wait() == 0);
}

TEST_CASE("index --rebuild interrupted says the old index stays, never committed",
          "[cli][errors]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 6000);
  const std::string db = tmp.str("db");
  REQUIRE(run_verbatim({"index", "--db", db, kCorpusDir}).status == 0);
  Background rebuild({"index", "--db", db, "--rebuild", corpus}, tmp.str());
  sleep_seconds(1.5);
  rebuild.signal(SIGINT);
  const int status = rebuild.wait();
  INFO(rebuild.err());
  CHECK(status == 130);
  CHECK(has(rebuild.err(), "--rebuild interrupted: nothing of it was kept, the old index stays"));
  CHECK_FALSE(has(rebuild.err(), "committed"));
  // The old index answers as before.
  CHECK(run_verbatim({"query", "--db", db, "Xi"}).status == 0);
}

TEST_CASE("warnings clear the progress line; TERM=dumb gets no control sequences",
          "[cli][errors]") {
  TempDir tmp;
  const std::string corpus = tmp.str("corpus.jsonl");
  write_corpus(corpus, 3000);
  std::ofstream(corpus, std::ios::app) << "{not json\n";
  const std::string shown = run_on_terminal({"index", "--db", tmp.str("db"), corpus}, "xterm");
  INFO(shown);
  REQUIRE(has(shown, "indexing "));  // the progress line was there
  REQUIRE(has(shown, "verbatim: "));
  // Each warning starts a line of its own: after a newline, or after the line was cleared.
  for (std::size_t at = shown.find("verbatim: "); at != std::string::npos;
       at = shown.find("verbatim: ", at + 1)) {
    const bool line_start =
        at == 0 || shown[at - 1] == '\n' || (at >= 5 && shown.compare(at - 5, 5, "\r\x1b[2K") == 0);
    CHECK(line_start);
  }
  const std::string dumb = run_on_terminal({"index", "--db", tmp.str("db2"), corpus}, "dumb");
  CHECK(has(dumb, "verbatim: "));
  CHECK_FALSE(has(dumb, "\x1b"));
  CHECK_FALSE(has(dumb, "\r\x1b"));
}
