#include "indexer/pipeline/thread_group.h"

#include <utility>

namespace verbatim::pipeline {

ThreadGroup::~ThreadGroup() {
  bool running = false;
  for (const std::thread& t : threads_) running = running || t.joinable();
  if (!running) return;
  try {
    stop_();
  } catch (...) {
  }
  join_all();
}

void ThreadGroup::spawn(std::function<void()> body) {
  threads_.emplace_back([this, body = std::move(body)] {
    try {
      body();
    } catch (...) {
      {
        std::lock_guard lock(mutex_);
        if (!error_) error_ = std::current_exception();
      }
      stop_();
    }
  });
}

void ThreadGroup::join() {
  join_all();
  std::lock_guard lock(mutex_);
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void ThreadGroup::join_all() noexcept {
  for (std::thread& t : threads_)
    if (t.joinable()) t.join();
}

}  // namespace verbatim::pipeline
