// `verbatim help [COMMAND]`, and a command name that is none of verbatim's refused with a hint.
#include <fmt/format.h>

#include <cstring>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "text/closest.h"

namespace verbatim::cli {
namespace {

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : visible_commands(app)) names.push_back(sub->get_name());
  return names;
}

const CLI::App* find_command(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->check_name(name)) return sub;
  return nullptr;
}

void print_unknown(const CLI::App& app, const std::string& name) {
  const std::vector<std::string> names = command_names(app);
  const std::string close = text::closest(name, names);
  fmt::print(
      stderr, "verbatim: unknown command \"{}\"{}; the commands are {} (see verbatim help)\n", name,
      close.empty() ? "" : fmt::format(" (did you mean {}?)", close), fmt::join(names, ", "));
}

}  // namespace

void add_help_command(CLI::App& app, int& exit_code) {
  auto name = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("help", "Show the help of verbatim, or of one command");
  cmd->add_option("command", *name, "The command to show the help of");
  set_examples(*cmd, {{"verbatim help", "The commands of verbatim"},
                      {"verbatim help query", "The options of query (as verbatim query --help)"}});
  cmd->callback([&app, name, &exit_code] {
    if (name->empty()) {
      // app.help() would print the help of the command parsed (help itself).
      fmt::print("{}",
                 app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal));
      return;
    }
    const CLI::App* sub = find_command(app, *name);
    if (!sub) {
      print_unknown(app, *name);
      exit_code = kExitUsage;
      return;
    }
    fmt::print("{}", sub->help(app.get_name()));
  });
}

int check_command_name(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] == '-') continue;  // --help, --version, and hidden options of the app
    if (find_command(app, argv[i])) return -1;
    print_unknown(app, argv[i]);
    return kExitUsage;
  }
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] == '-') return -1;  // the app's own options (--help, --version) decide
  fmt::print(stderr, "verbatim: give a command: {} (see verbatim help)\n",
             fmt::join(command_names(app), ", "));
  return kExitUsage;
}

}  // namespace verbatim::cli
