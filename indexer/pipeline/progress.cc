#include "indexer/pipeline/progress.h"

#include <fmt/format.h>

namespace verbatim::pipeline {

void ProgressReporter::update(std::size_t done, bool force) {
  if (mode_ == Mode::none) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(mode_ == Mode::jsonl ? 1000 : 200)) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? done / elapsed : 0;
  double eta = rate > 0 && total_ > done ? (total_ - done) / rate : 0;
  if (mode_ == Mode::jsonl) {
    fmt::print(out_, "{{\"done\":{},\"total\":{},\"rate\":{:.1f},\"eta_seconds\":{:.1f}}}\n", done,
               total_, rate, eta);
  } else if (total_ > 0) {
    fmt::print(out_, "\r\x1b[2Kindexing {}/{} items  {:.0f} items/s  ETA {:.0f}s", done, total_,
               rate, eta);
  } else {
    fmt::print(out_, "\r\x1b[2Kindexing {} items  {:.0f} items/s", done, rate);
  }
  std::fflush(out_);
}

void ProgressReporter::finish() {
  if (mode_ == Mode::terminal) {
    fmt::print(out_, "\r\x1b[2K");
    std::fflush(out_);
  }
}

}  // namespace verbatim::pipeline
