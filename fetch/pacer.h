// Politeness per host: requests to one host start at least 1/rate seconds apart. Requests are
// made one at a time, so no host ever has two at once; while one host waits, another may go.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace verbatim::fetch {

class HostPacer {
 public:
  using Clock = std::chrono::steady_clock;
  explicit HostPacer(double requests_per_second);

  // When a request to `host` may start (now or in the past when it may start at once).
  Clock::time_point ready_at(const std::string& host) const;
  // Records that a request to `host` starts at `now`.
  void started(const std::string& host, Clock::time_point now);

 private:
  Clock::duration gap_;
  std::map<std::string, Clock::time_point> last_start_;
};

}  // namespace verbatim::fetch
