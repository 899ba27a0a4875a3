// A real HTTP server on 127.0.0.1 for the fetch tests: tests/support/http_server.py serving a
// temporary folder on a free port, started by the test and stopped at its end.
#pragma once

#include <sys/types.h>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace verbatim::testing {

class LocalHttpServer {
 public:
  // Starts the server (python3) on the files of docroot(); throws when it does not start.
  LocalHttpServer();
  ~LocalHttpServer();
  LocalHttpServer(const LocalHttpServer&) = delete;
  LocalHttpServer& operator=(const LocalHttpServer&) = delete;

  // "http://127.0.0.1:PORT/PATH" (path without its leading slash).
  std::string url(const std::string& path) const;
  // Writes a file the server serves (at /NAME), changing its modification time.
  void serve(const std::string& name, const std::string& content) const;

  struct Logged {
    std::string path, user_agent, if_none_match, if_modified_since;
  };
  // The requests received so far, in order.
  std::vector<Logged> requests() const;
  int port() const { return port_; }

 private:
  TempDir dir_;  // docroot/ and the request log
  pid_t pid_ = -1;
  int stdin_fd_ = -1;  // closing it stops the server
  int port_ = 0;
};

}  // namespace verbatim::testing
