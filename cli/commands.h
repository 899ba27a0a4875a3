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
void add_fetch_command(CLI::App& app, int& exit_code);
void add_show_command(CLI::App& app, int& exit_code);
void add_count_command(CLI::App& app, int& exit_code);
void add_help_command(CLI::App& app, int& exit_code);  // register after the others
// The hidden __man, __completion and __complete (man pages and shell completions).
void add_docs_commands(CLI::App& app, int& exit_code);

// Registers the command named by argv[1] alone when it is one of those above but help and the
// docs commands, else every command (the app's --help and help list them all).
void add_commands(CLI::App& app, int& exit_code, int argc, char** argv);

// Before parsing: a first word that names no command is refused with "did you mean" (and no
// command at all with the list of them). Returns the exit status, or -1 to go on parsing.
int check_command_name(const CLI::App& app, int argc, char** argv);

}  // namespace verbatim::cli
