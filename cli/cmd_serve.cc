// `verbatim serve`: one index served to clusters over TCP by Xapian's xapian-tcpsrv (read-only).
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

constexpr const char* kServer = "xapian-tcpsrv";

struct ServeArgs {
  std::string db;
  std::string listen = "127.0.0.1:8741";
};

// xapian-tcpsrv's full path from $PATH, or empty.
std::string find_server() {
  const char* path = std::getenv("PATH");
  std::string dirs = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    const std::string candidate =
        (std::filesystem::path(dirs.substr(start, end - start)) / kServer).string();
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    start = end + 1;
  }
  return {};
}

std::pair<std::string, std::string> host_and_port(const std::string& listen) {
  const std::size_t colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? "127.0.0.1" : listen.substr(0, colon);
  std::string port = colon == std::string::npos ? listen : listen.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  const bool numeric = !port.empty() && port.find_first_not_of("0123456789") == std::string::npos;
  if (host.empty() || !numeric || std::stoul(port) == 0 || std::stoul(port) > 65535)
    throw schema::UserError(
        fmt::format("--listen {}: give HOST:PORT, e.g. --listen 127.0.0.1:8741", listen), 2);
  return {host, port};
}

pid_t server_pid = 0;

extern "C" void forward_stop(int) {
  if (server_pid > 0) ::kill(server_pid, SIGTERM);
}

// Runs xapian-tcpsrv in a process group of its own and waits for it: on SIGTERM xapian-tcpsrv
// stops its whole group (its connection children), which must not take our caller along. Ctrl-C,
// SIGTERM and SIGHUP are passed on; if this process dies the server is told (PDEATHSIG).
int run_server(const std::string& server, std::vector<std::string> args) {
  std::vector<char*> argv;
  for (std::string& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  server_pid = ::fork();
  if (server_pid < 0) throw schema::UserError(fmt::format("cannot fork: {}", std::strerror(errno)));
  if (server_pid == 0) {
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) ::_exit(kExitIndexError);
    ::execv(server.c_str(), argv.data());
    std::fprintf(stderr, "verbatim: cannot run %s: %s\n", server.c_str(), std::strerror(errno));
    ::_exit(kExitIndexError);
  }
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, forward_stop);
  int status = 0;
  while (::waitpid(server_pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WTERMSIG(status) == SIGTERM ? kExitOk : 128 + WTERMSIG(status);
}

// xapian-tcpsrv opens the index afresh for each connection, through the index's stub, so every
// query sees the generation live when it connects: a re-index switches the stub atomically and
// keeps the previous generation for connections already open.
int run(const ServeArgs& a) {
  const std::string path = schema::resolve_index_path(a.db);
  const auto [host, port] = host_and_port(a.listen);
  const std::string server = find_server();
  if (server.empty()) {
    fmt::print(stderr,
               "verbatim: serve needs {} from the Debian package xapian-tools "
               "(apt-get install xapian-tools)\n",
               kServer);
    return kExitIndexError;
  }
  if (schema::is_cluster_file(path))
    throw schema::UserError(
        fmt::format("{} is a cluster file; serve each shard's index directory instead", path), 2);
  (void)schema::open_for_reading(path);  // a verbatim index of this schema, or a clear error
  fmt::print(stderr,
             "verbatim: serving {} read-only on {}:{} with {}.\n"
             "verbatim: warning: Xapian's TCP protocol has no authentication and no encryption: "
             "whoever reaches this port reads the whole index. Keep it on loopback or a private "
             "network, or use ssh (docs/scale-out.md).\n",
             path, host, port, kServer);
  std::fflush(stderr);
  return run_server(server, {kServer, "--interface", host, "--port", port, path});
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve one index (a shard) to clusters over TCP with xapian-tcpsrv, read-only");
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--listen", args->listen,
                  "HOST:PORT to listen on (default 127.0.0.1:8741; only loopback unless given)");
  set_examples(*cmd, {
                         {"verbatim serve --db shard1",
                          "Serve shard1 read-only to clusters on 127.0.0.1:8741"},
                         {"verbatim serve --db shard2 --listen 0.0.0.0:8742",
                          "Serve shard2 to other machines on port 8742"},
                     });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
