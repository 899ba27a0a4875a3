// The threads of one pipeline run, joined on every path (RAII).
#pragma once

#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace verbatim::pipeline {

class ThreadGroup {
 public:
  // `stop` makes every thread of the group finish soon (closes the queues between stages); it
  // may be called from any thread, more than once.
  explicit ThreadGroup(std::function<void()> stop) : stop_(std::move(stop)) {}
  // Stops and joins the threads still running: an exception leaving the scope of the group (in
  // the stage run on the calling thread) never leaves a thread behind.
  ~ThreadGroup();
  ThreadGroup(const ThreadGroup&) = delete;
  ThreadGroup& operator=(const ThreadGroup&) = delete;

  // Runs `body` on a new thread. An exception escaping it is kept (the first one) and stops the
  // group, so the other stages do not wait for a partner that has gone.
  void spawn(std::function<void()> body);

  // Waits for every thread, then rethrows the first exception one let escape.
  void join();

 private:
  void join_all() noexcept;

  std::function<void()> stop_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;  // guards error_
  std::exception_ptr error_;
};

}  // namespace verbatim::pipeline
