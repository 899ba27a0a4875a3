#include "cli/fetch_report.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "query/print/json_format.h"

namespace verbatim::cli {
namespace {

bool terminal_draws_progress() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && term != nullptr && std::string_view(term) != "dumb";
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

FetchReport::FetchReport() : progress_(terminal_draws_progress()) {}

void FetchReport::request(std::size_t done, std::size_t waiting, const std::string& url) {
  if (!progress_) return;
  std::string shown = url.size() > 80 ? url.substr(0, 77) + "..." : url;
  fmt::print(stderr, "\r\x1b[Kfetch: {} done, {} waiting: {}", done, waiting, shown);
  std::fflush(stderr);
  drawn_ = true;
}

void FetchReport::failure(const std::string& where, const std::string& message) {
  done();
  fmt::print(stderr, "verbatim fetch: {}: {}\n", where, message);
}

void FetchReport::done() {
  if (!drawn_) return;
  fmt::print(stderr, "\r\x1b[K");
  drawn_ = false;
}

nlohmann::json fetch_summary_json(const std::string& archive, const fetch::FetchSummary& s) {
  return {{"format_version", query::kJsonFormatVersion},
          {"archive", archive},
          {"new", s.fresh},
          {"changed", s.changed},
          {"unchanged", s.unchanged},
          {"failed", s.failed},
          {"feeds", s.feeds},
          {"requests", s.requests},
          {"seconds", s.seconds},
          {"interrupted", s.interrupted}};
}

void print_fetch_summary(const std::string& archive, const fetch::FetchSummary& s) {
  fmt::print(stderr, "{}: {} new, {} changed, {} unchanged, {} failed ({} read, {}) in {:.2f}s{}\n",
             archive, s.fresh, s.changed, s.unchanged, s.failed, plural(s.feeds, "feed"),
             plural(s.requests, "request"), s.seconds,
             s.interrupted ? "; interrupted, what was fetched is kept" : "");
}

}  // namespace verbatim::cli
