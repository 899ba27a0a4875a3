// Shell completions for bash, zsh and fish, written from the command definitions that --help
// prints (commands, options, the values of options with a closed set), the field table (field
// names in queries, the values of closed fields) and, where the shell allows, the index (speaker
// and entity names through `verbatim __complete`). Written at build time by
// `verbatim __completion SHELL`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace verbatim::cli {

// The completion script of `shell` ("bash", "zsh" or "fish") for `app`; empty for another shell.
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace verbatim::cli
