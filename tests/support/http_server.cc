#include "support/http_server.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace verbatim::testing {
namespace {

const std::string kScript = std::string(VERBATIM_SOURCE_DIR) + "/tests/support/http_server.py";

// The first line the server prints (its port), waiting at most 20 s.
std::string read_first_line(int fd) {
  std::string line;
  char c;
  while (line.find('\n') == std::string::npos) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 20000) <= 0) throw std::runtime_error("the test HTTP server did not start");
    if (::read(fd, &c, 1) != 1) throw std::runtime_error("the test HTTP server exited");
    line += c;
  }
  return line;
}

}  // namespace

LocalHttpServer::LocalHttpServer() {
  std::filesystem::create_directories(dir_.path() / "docroot");
  int to_server[2], from_server[2];
  if (::pipe(to_server) != 0 || ::pipe(from_server) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(to_server[0], 0);
    ::dup2(from_server[1], 1);
    ::close(to_server[1]);
    ::close(from_server[0]);
    const std::string docroot = dir_.str("docroot"), log = dir_.str("requests.log");
    // Debian's python3 (scripts/install-deps) without site packages: a version manager's shim
    // or a large site folder makes each start take seconds.
    const char* python = ::access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
    ::execlp(python, python, "-S", kScript.c_str(), docroot.c_str(), log.c_str(),
             static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_server[0]);
  ::close(from_server[1]);
  stdin_fd_ = to_server[1];
  try {
    port_ = std::stoi(read_first_line(from_server[0]));
  } catch (...) {
    ::close(from_server[0]);
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    throw;
  }
  ::close(from_server[0]);
}

LocalHttpServer::~LocalHttpServer() {
  ::close(stdin_fd_);
  ::kill(pid_, SIGTERM);
  ::waitpid(pid_, nullptr, 0);
}

std::string LocalHttpServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/" + path;
}

void LocalHttpServer::serve(const std::string& name, const std::string& content) const {
  dir_.write("docroot/" + name, content);
}

std::vector<LocalHttpServer::Logged> LocalHttpServer::requests() const {
  std::vector<Logged> out;
  std::ifstream in(dir_.str("requests.log"));
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    Logged l;
    std::getline(fields, l.path, '\t');
    std::getline(fields, l.user_agent, '\t');
    std::getline(fields, l.if_none_match, '\t');
    std::getline(fields, l.if_modified_since, '\t');
    out.push_back(l);
  }
  return out;
}

}  // namespace verbatim::testing
