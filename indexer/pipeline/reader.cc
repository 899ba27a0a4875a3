#include "indexer/pipeline/reader.h"

#include <fmt/format.h>

#include "indexer/pipeline/stop.h"

namespace verbatim::pipeline {
namespace {

// Thrown from the item callback to stop reading at once (not a std::exception, so the readers'
// per-item error handling lets it through).
struct StopReading {};

}  // namespace

void read_source(const std::string& source, const read::ItemSink& on_item,
                 const read::ErrorSink& on_error) {
  read::read_sources({source}, on_item, on_error);
}

void Reader::run(const std::vector<std::string>& sources, const SourceReader& read) {
  const read::ItemSink on_item = [this](read::Item&& item) { take(std::move(item)); };
  const read::ErrorSink on_error = [this](const read::ReadError& e) {
    if (e.warning) {
      errors_.report(e.line());
    } else {
      fail(e.line());
    }
  };
  for (const std::string& source : sources) {
    try {
      read(source, on_item, on_error);
    } catch (const StopReading&) {
      break;
    } catch (...) {
      fail(fmt::format("{}: reading stopped{}: {}; the items read before are indexed", source,
                       last_origin_.empty() ? "" : " after " + last_origin_,
                       describe_current_exception()));
      break;
    }
  }
  ids_ = seen_.ids();
  out_.close();
}

void Reader::take(read::Item&& item) {
  if (stop_requested()) throw StopReading{};
  last_origin_ = item.origin;
  if (const std::string* first = seen_.first_origin(item)) {
    fail(fmt::format("{}: duplicate item id \"{}\" (first read from {}); skipped", item.origin,
                     item.id, *first));
    return;
  }
  if (is_unchanged(known_, item)) {
    ++unchanged_;
    progress_.item_done();
    return;
  }
  if (!out_.push(std::move(item))) throw StopReading{};  // the writers gave up
}

void Reader::fail(const std::string& line) {
  errors_.report(line);
  ++failed_;
}

}  // namespace verbatim::pipeline
