#include "indexer/pipeline/progress.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace verbatim::pipeline {
namespace {

// One decimal, as the JSON figures are meant to be read.
double one_decimal(double x) {
  return std::round(x * 10) / 10;
}

}  // namespace

void ProgressReporter::item_done() {
  const std::size_t done = ++done_;
  if (mode_ == Mode::none) return;
  std::lock_guard lock(mutex_);
  print(done, false);
}

void ProgressReporter::print(std::size_t done, bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(mode_ == Mode::jsonl ? 1000 : 200)) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? done / elapsed : 0;
  double eta = rate > 0 && total_ > done ? (total_ - done) / rate : 0;
  if (mode_ == Mode::jsonl) {
    nlohmann::ordered_json line{{"done", done},
                                {"total", total_},
                                {"rate", one_decimal(rate)},
                                {"eta_seconds", one_decimal(eta)}};
    fmt::print(out_, "{}\n", line.dump());
    std::fflush(out_);
    return;
  }
  shown_ = true;
  if (total_ > 0) {
    fmt::print(out_, "\r\x1b[2Kindexing {}/{} items  {:.0f} items/s  ETA {:.0f}s", done, total_,
               rate, eta);
  } else {
    fmt::print(out_, "\r\x1b[2Kindexing {} items  {:.0f} items/s", done, rate);
  }
  std::fflush(out_);
}

void ProgressReporter::finish() {
  if (mode_ == Mode::none) return;
  std::lock_guard lock(mutex_);
  print(done_.load(), true);
  clear_line();
}

void ProgressReporter::above(const std::function<void()>& print) {
  std::lock_guard lock(mutex_);
  clear_line();
  print();
}

void ProgressReporter::clear_line() {
  if (!shown_) return;
  fmt::print(out_, "\r\x1b[2K");
  std::fflush(out_);
  shown_ = false;
}

}  // namespace verbatim::pipeline
