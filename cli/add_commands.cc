// Which commands a run builds: the one it names, or all of them. Building the CLI11 definitions
// of every command (options, checks, defaults shown) cost a one-shot `verbatim query` about
// 1.4M instructions, a tenth of its run, for commands it does not run.
#include <string_view>

#include "cli/commands.h"

namespace verbatim::cli {
namespace {

struct Command {
  std::string_view name, alias;
  void (*add)(CLI::App&, int&);
};

// Those that need no other command: not help, nor the hidden man page and completion commands,
// which describe all of them. In the order `verbatim --help` lists them.
constexpr Command kCommands[] = {
    {"index", "", add_index_command},     {"query", "", add_query_command},
    {"show", "", add_show_command},       {"count", "", add_count_command},
    {"stats", "", add_stats_command},     {"speakers", "entities", add_speakers_command},
    {"extract", "", add_extract_command}, {"eval", "", add_eval_command},
    {"read", "", add_read_command},       {"serve", "", add_serve_command},
    {"cluster", "", add_cluster_command}, {"fetch", "", add_fetch_command},
};

}  // namespace

void add_commands(CLI::App& app, int& exit_code, int argc, char** argv) {
  // Only a command named first: `verbatim --help query` is the app's own help, listing all.
  if (argc > 1) {
    const std::string_view first = argv[1];
    for (const Command& c : kCommands)
      if (first == c.name || (!c.alias.empty() && first == c.alias)) return c.add(app, exit_code);
  }
  for (const Command& c : kCommands) c.add(app, exit_code);
  add_help_command(app, exit_code);
  add_docs_commands(app, exit_code);
}

}  // namespace verbatim::cli
