#include "fetch/pacer.h"

namespace verbatim::fetch {

HostPacer::HostPacer(double requests_per_second)
    : gap_(std::chrono::duration_cast<Clock::duration>(
          std::chrono::duration<double>(1.0 / requests_per_second))) {}

HostPacer::Clock::time_point HostPacer::ready_at(const std::string& host) const {
  auto it = last_start_.find(host);
  return it == last_start_.end() ? Clock::time_point::min() : it->second + gap_;
}

void HostPacer::started(const std::string& host, Clock::time_point now) {
  last_start_[host] = now;
}

}  // namespace verbatim::fetch
