// How the commands that read items without indexing them (read, extract, eval) report bad
// input: one line per problem naming the command, and an exit status that tells whether any
// item failed (warnings, such as skipped files or replaced bytes, do not fail the run).
#pragma once

#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/exit_codes.h"
#include "indexer/read/sources.h"

namespace verbatim::cli {

// Reads `sources` into `on_item`, printing each problem as "verbatim COMMAND: ..."; returns
// kExitSomeFailed when any item could not be read, else kExitOk.
inline int read_reporting(const std::vector<std::string>& sources, const char* command,
                          const read::ItemSink& on_item) {
  bool failed = false;
  read::read_sources(sources, on_item, [&](const read::ReadError& e) {
    failed |= !e.warning;
    fmt::print(stderr, "verbatim {}: {}\n", command, e.line());
  });
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace verbatim::cli
