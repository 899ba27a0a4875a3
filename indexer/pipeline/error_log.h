// Error lines of an indexing run, written by several threads, and counted.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

namespace verbatim::pipeline {

class ProgressReporter;

class ErrorLog {
 public:
  // With `progress`, lines are printed above its terminal line (never glued onto it).
  explicit ErrorLog(std::ostream& out, ProgressReporter* progress = nullptr)
      : out_(out), progress_(progress) {}
  // Prints "verbatim: LINE" as one line, whole even when threads report at once.
  void report(const std::string& line);

 private:
  std::ostream& out_;
  ProgressReporter* progress_;
  std::mutex mutex_;
};

// What the exception being handled says (std::exception, Xapian::Error, or "unknown error");
// only to be called inside a catch block.
std::string describe_current_exception();

}  // namespace verbatim::pipeline
