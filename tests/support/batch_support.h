// Helpers for the batch re-indexing tests: generated corpora, a verbatim process running in the
// background (to kill or interrupt), and the per-item content hashes of an index.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "schema/fields.h"

extern char** environ;

namespace verbatim::testing {

// Writes `items` JSON Lines news items to `path`: ids item-<first>..., each with a headline, five
// body paragraphs, attributed statements (direct and indirect) and a word unique to it
// ("zq<number>"). `variant` changes the text (for "changed item" runs) but not the ids.
inline void write_corpus(const std::string& path, int items, int first = 0, int variant = 0) {
  static const char* topics[] = {"grain exports",     "railway freight", "solar power",
                                 "coastal fisheries", "copper mining",   "rice harvests"};
  static const char* people[] = {"Anna Berg", "Tomas Lind", "Maria Costa", "Li Wei", "Omar Haddad"};
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::trunc);
  for (int n = first; n < first + items; ++n) {
    const char* topic = topics[n % 6];
    const char* person = people[n % 5];
    std::ostringstream body;
    body << "GENEVA, March " << (n % 27 + 1) << ", 2024 -- Officials met on Tuesday to discuss "
         << topic << " and the outlook for the coming season, item zq" << n << ".\\n\\n";
    body << "\\\"We expect " << topic << " to grow by " << (n % 9 + variant + 2)
         << " percent this year,\\\" said " << person << ", the trade minister.\\n\\n";
    body << person << " said the government would review tariffs on " << topic
         << " before the end of the quarter.\\n\\n";
    body << "Analysts said prices of " << topic << " had risen for " << (n % 7 + 2)
         << " consecutive months, according to the statistics office.\\n\\n";
    body << "The ministry added that talks with neighbouring countries would continue in "
         << (variant ? "Vienna" : "Geneva") << " next week.";
    out << "{\"id\":\"item-" << n << "\",\"date\":\"2024-03-" << (n % 27 + 1 < 10 ? "0" : "")
        << (n % 27 + 1) << "\",\"title\":\"Officials discuss " << topic << " (" << n
        << ")\",\"source\":\"Test Wire\",\"lang\":\"en\",\"body\":\"" << body.str() << "\"}\n";
  }
}

// The argv of `verbatim ARGS` for exec: `args` gets the binary first, and must outlive the
// pointers into it.
inline std::vector<char*> verbatim_argv(std::vector<std::string>& args) {
  args.insert(args.begin(), VERBATIM_BINARY);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

// A verbatim process running in the background, its output going to files.
class Background {
 public:
  Background(const std::vector<std::string>& args, const std::string& io_dir)
      : out_(io_dir + "/bg.out"), err_(io_dir + "/bg.err") {
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      int in = open("/dev/null", O_RDONLY);
      int out = open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      std::vector<std::string> copy = args;
      std::vector<char*> argv = verbatim_argv(copy);
      execve(argv[0], argv.data(), environ);
      _exit(127);
    }
  }
  ~Background() {
    if (!waited_) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  pid_t pid() const { return pid_; }
  void signal(int sig) { ::kill(pid_, sig); }
  // True while the process runs (not reaped).
  bool running() {
    if (waited_) return false;
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      waited_ = true;
      status_ = decode(status);
      return false;
    }
    return true;
  }
  // Waits for the process; exit status, or 128 + signal.
  int wait() {
    if (!waited_) {
      int status = 0;
      waitpid(pid_, &status, 0);
      waited_ = true;
      status_ = decode(status);
    }
    return status_;
  }
  std::string out() const { return slurp(out_); }
  std::string err() const { return slurp(err_); }

 private:
  static int decode(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  static std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::string out_, err_;
  pid_t pid_ = -1;
  bool waited_ = false;
  int status_ = -1;
};

// Every item of the index at `db` with its content hash (as the indexer compares them).
inline std::map<std::string, std::string> item_hashes(const std::string& db) {
  Xapian::Database d(db);
  std::map<Xapian::docid, std::string> ids;
  for (auto v = d.valuestream_begin(schema::kSlotItemId);
       v != d.valuestream_end(schema::kSlotItemId); ++v)
    ids.emplace(v.get_docid(), *v);
  std::map<std::string, std::string> out;
  for (auto v = d.valuestream_begin(schema::kSlotHash); v != d.valuestream_end(schema::kSlotHash);
       ++v)
    if (auto it = ids.find(v.get_docid()); it != ids.end()) out.emplace(it->second, *v);
  return out;
}

inline void sleep_seconds(double s) {
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
}

}  // namespace verbatim::testing
