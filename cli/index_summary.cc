#include "cli/index_summary.h"

#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "query/print/json_format.h"

namespace verbatim::cli {
namespace {

// The end of the summary line: how an interrupted run left the index.
std::string ending(const indexer::IndexSummary& s) {
  if (s.rebuild_interrupted)
    return "; --rebuild interrupted: nothing of it was kept, the old index stays in use";
  if (s.index_removed)
    return s.interrupted ? "; interrupted before any item was written: no index was created"
                         : "; no item was read: no index was created";
  return s.interrupted ? "; interrupted, what was read is committed" : "";
}

}  // namespace

nlohmann::json index_summary_json(const std::string& db, const indexer::IndexSummary& s) {
  return {{"format_version", query::kJsonFormatVersion},
          {"index", db},
          {"added", s.added},
          {"updated", s.updated},
          {"unchanged", s.unchanged},
          {"removed", s.removed},
          {"failed", s.failed},
          {"passages", s.passages},
          {"statements", s.statements},
          {"seconds", s.seconds},
          {"interrupted", s.interrupted}};
}

void print_index_summary(const std::string& db, const indexer::IndexSummary& s) {
  fmt::print(stderr,
             "{}: {} added, {} updated, {} unchanged, {} removed, {} failed in {:.2f}s "
             "({} passages, {} statements written){}\n",
             db, s.added, s.updated, s.unchanged, s.removed, s.failed, s.seconds, s.passages,
             s.statements, ending(s));
}

}  // namespace verbatim::cli
