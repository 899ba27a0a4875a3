// The subcommands of `verbatim`; each registers itself on the app and stores its exit status.
#pragma once

#include <CLI/CLI.hpp>

namespace verbatim::cli {

void add_index_command(CLI::App& app, int& exit_code);
void add_query_command(CLI::App& app, int& exit_code);
void add_stats_command(CLI::App& app, int& exit_code);
void add_speakers_command(CLI::App& app, int& exit_code);  // also `entities`
void add_extract_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);
void add_read_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);
void add_cluster_command(CLI::App& app, int& exit_code);

}  // namespace verbatim::cli
