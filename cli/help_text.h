// What `--help`, the man pages and the shell completions share: the examples of a command (kept
// in its CLI11 footer, so --help prints them), the defaults shown beside options, and the
// commands a user sees (hidden ones, such as __man, left out).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace verbatim::cli {

struct Example {
  std::string command;  // "verbatim query opening-up"
  std::string what;     // "Ranked paragraphs about opening-up"
};

// Sets the footer of `cmd` to its examples ("Examples:" then each command and what it does).
void set_examples(CLI::App& cmd, const std::vector<Example>& examples);

// The examples set_examples gave `cmd` (read back from its footer).
std::vector<Example> examples_of(const CLI::App& cmd);

// Captures the initial value of every option of `app` and its commands as the default --help
// shows ("--limit UINT=10"), except options whose description already tells their default and
// options with nothing to show (empty strings and lists, flags).
void show_defaults(CLI::App& app);

// The commands of `app` a user sees, in the order they were added (hidden ones left out).
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

// The options of `cmd` a user sees (not positionals; --help included).
std::vector<const CLI::Option*> visible_options(const CLI::App& cmd);

// The positional arguments of `cmd`.
std::vector<const CLI::Option*> positionals(const CLI::App& cmd);

// The allowed values of an option checked with CLI::IsMember ({"text", "json"}), read from its
// type name ("TEXT:{text,json}"); empty for other options.
std::vector<std::string> choices_of(const CLI::Option& option);

// Whether the option takes a value (flags do not).
bool takes_value(const CLI::Option& option);

}  // namespace verbatim::cli
