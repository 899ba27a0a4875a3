#include "indexer/pipeline/error_log.h"

#include <exception>
#include <ostream>

#include <xapian.h>

#include "indexer/pipeline/progress.h"

namespace verbatim::pipeline {

void ErrorLog::report(const std::string& line) {
  std::lock_guard lock(mutex_);
  if (!progress_) {
    out_ << "verbatim: " << line << std::endl;
    return;
  }
  progress_->above([&] { out_ << "verbatim: " << line << std::endl; });
}

std::string describe_current_exception() {
  try {
    throw;
  } catch (const std::exception& e) {
    return e.what();
  } catch (const Xapian::Error& e) {
    return e.get_type() + std::string(": ") + e.get_msg();
  } catch (...) {
    return "unknown error";
  }
}

}  // namespace verbatim::pipeline
