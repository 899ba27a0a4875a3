// What `verbatim fetch` tells the user: a progress line on a terminal, one line per failure,
// and the summary (text on stderr, or the JSON object of docs/json.md on stdout).
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "fetch/fetcher.h"

namespace verbatim::cli {

class FetchReport {
 public:
  // Progress only on a terminal that draws it (stderr a tty, TERM not "dumb").
  FetchReport();
  void request(std::size_t done, std::size_t waiting, const std::string& url);
  void failure(const std::string& where, const std::string& message);
  void done();  // clears the progress line

 private:
  bool progress_;
  bool drawn_ = false;
};

nlohmann::json fetch_summary_json(const std::string& archive, const fetch::FetchSummary& s);
void print_fetch_summary(const std::string& archive, const fetch::FetchSummary& s);

}  // namespace verbatim::cli
