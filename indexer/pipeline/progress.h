// Progress of an indexing batch: one updating line on a terminal, JSON Lines on request.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace verbatim::pipeline {

class ProgressReporter {
 public:
  enum class Mode { none, terminal, jsonl };
  ProgressReporter(Mode mode, std::FILE* out) : mode_(mode), out_(out) {}

  void set_total(std::size_t total) { total_ = total; }
  // Called after each item; prints at most a few times a second.
  void update(std::size_t done, bool force = false);
  // Clears the terminal line before the summary.
  void finish();

 private:
  Mode mode_;
  std::FILE* out_;
  std::size_t total_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace verbatim::pipeline
