// Man pages written from the command definitions that --help prints, so the two cannot drift:
// verbatim(1) for the app, verbatim-COMMAND(1) for each command (verbatim-cluster-init(1) for a
// command's own commands). Written at build time by `verbatim __man --dir DIR`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace verbatim::cli {

struct ManPage {
  std::string file;   // "verbatim-query.1"
  std::string troff;  // the page, in the man macros
};

// The page of `app` (the verbatim app itself) and those of all its visible commands.
std::vector<ManPage> man_pages(const CLI::App& app);

}  // namespace verbatim::cli
