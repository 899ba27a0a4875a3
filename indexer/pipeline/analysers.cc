#include "indexer/pipeline/analysers.h"

#include <fmt/format.h>

#include "indexer/extract/analyse.h"

namespace verbatim::pipeline {

void Analysers::run() {
  while (auto item = in_.pop()) {
    Analysed a;
    if (analyse(*item, a)) out_.push(std::move(a));
  }
  if (--running_ == 0) out_.close();
}

bool Analysers::analyse(const read::Item& item, Analysed& out) {
  try {
    out.in_index = known_.count(item.id) > 0;
    out.documents = build::build_documents(item, extract::analyse(item));
    return true;
  } catch (...) {
    errors_.report(fmt::format("{}: cannot analyse item \"{}\": {}", item.origin, item.id,
                               describe_current_exception()));
    ++failed_;
    return false;
  }
}

}  // namespace verbatim::pipeline
