#include "indexer/pipeline/writers.h"

namespace verbatim::pipeline {

void Writers::drain(write::IndexWriter& writer) {
  WriteTally local;
  std::size_t pending_bytes = 0;
  while (auto a = in_.pop()) {
    const build::ItemDocuments& d = a->documents;
    if (writer.write(d, a->in_index) == write::Outcome::updated)
      ++local.updated;
    else
      ++local.added;
    docs_ += d.docs.size();
    local.passages += d.passages;
    local.statements += d.statements;
    pending_bytes += d.text_bytes + 1024;
    if (pending_bytes >= commit_bytes_) {
      writer.commit();
      pending_bytes = 0;
    }
    progress_.item_done();
  }
  std::lock_guard lock(mutex_);
  total_.added += local.added;
  total_.updated += local.updated;
  total_.passages += local.passages;
  total_.statements += local.statements;
}

WriteTally Writers::tally() const {
  std::lock_guard lock(mutex_);
  WriteTally t = total_;
  t.docs = docs_.load();
  return t;
}

}  // namespace verbatim::pipeline
