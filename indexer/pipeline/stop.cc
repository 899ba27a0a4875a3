#include "indexer/pipeline/stop.h"

#include <atomic>

namespace verbatim::pipeline {
namespace {

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "request_stop runs in a signal handler");

}  // namespace

void request_stop() {
  g_stop.store(true);
}

bool stop_requested() {
  return g_stop.load();
}

void reset_stop() {
  g_stop.store(false);
}

}  // namespace verbatim::pipeline
