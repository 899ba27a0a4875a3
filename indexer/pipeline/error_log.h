// Error lines of an indexing run, written by several threads, and counted.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>

namespace verbatim::pipeline {

class ErrorLog {
 public:
  explicit ErrorLog(std::ostream& out) : out_(out) {}
  // Prints "verbatim: LINE" as one line, whole even when threads report at once.
  void report(const std::string& line);

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

// What the exception being handled says (std::exception, Xapian::Error, or "unknown error");
// only to be called inside a catch block.
std::string describe_current_exception();

}  // namespace verbatim::pipeline
