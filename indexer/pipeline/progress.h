// Progress of an indexing batch: one updating line on a terminal, JSON Lines on request.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>

namespace verbatim::pipeline {

class ProgressReporter {
 public:
  enum class Mode { none, terminal, jsonl };
  ProgressReporter(Mode mode, std::FILE* out) : mode_(mode), out_(out) {}

  bool active() const { return mode_ != Mode::none; }
  void set_total(std::size_t total) { total_ = total; }
  // Counts one item done (by any thread); prints at most a few times a second.
  void item_done();
  // Prints the final count, then clears the terminal line before the summary.
  void finish();
  // Runs `print` (which writes a line of its own) with the terminal's progress line cleared
  // first, so that no warning is glued onto it; the line comes back at the next update.
  void above(const std::function<void()>& print);

 private:
  void print(std::size_t done, bool force);  // under mutex_
  void clear_line();                         // under mutex_

  Mode mode_;
  std::FILE* out_;
  std::size_t total_ = 0;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
  bool shown_ = false;  // the terminal line holds a progress line
};

}  // namespace verbatim::pipeline
