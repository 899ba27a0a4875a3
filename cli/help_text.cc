#include "cli/help_text.h"

#include <fmt/format.h>

#include <sstream>

namespace verbatim::cli {
namespace {

constexpr std::string_view kExamplesHeading = "Examples:";
constexpr std::string_view kCommandIndent = "  ";
constexpr std::string_view kWhatIndent = "      ";

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

void capture(CLI::App& cmd) {
  for (CLI::Option* opt : cmd.get_options()) {
    if (!takes_value(*opt) || opt->get_description().find("default") != std::string::npos) continue;
    opt->capture_default_str();
    if (opt->get_default_str() == "[]") opt->default_str("");
  }
  for (CLI::App* sub : cmd.get_subcommands({})) capture(*sub);
}

}  // namespace

void set_examples(CLI::App& cmd, const std::vector<Example>& examples) {
  std::string footer = fmt::format("\n{}\n", kExamplesHeading);
  for (const Example& e : examples)
    footer += fmt::format("{}{}\n{}{}\n", kCommandIndent, e.command, kWhatIndent, e.what);
  cmd.footer(footer);
}

std::vector<Example> examples_of(const CLI::App& cmd) {
  std::vector<Example> out;
  std::istringstream in(cmd.get_footer());
  bool in_examples = false;
  for (std::string line; std::getline(in, line);) {
    if (line == kExamplesHeading) {
      in_examples = true;
    } else if (in_examples && starts_with(line, kWhatIndent) && !out.empty()) {
      out.back().what = line.substr(kWhatIndent.size());
    } else if (in_examples && starts_with(line, kCommandIndent)) {
      out.push_back({line.substr(kCommandIndent.size()), ""});
    }
  }
  return out;
}

void show_defaults(CLI::App& app) {
  capture(app);
}

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty()) out.push_back(sub);
  return out;
}

std::vector<const CLI::Option*> visible_options(const CLI::App& cmd) {
  return cmd.get_options(
      [](const CLI::Option* o) { return !o->get_positional() && !o->get_group().empty(); });
}

std::vector<const CLI::Option*> positionals(const CLI::App& cmd) {
  return cmd.get_options([](const CLI::Option* o) { return o->get_positional(); });
}

std::vector<std::string> choices_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const auto open = type.find(":{");
  if (open == std::string::npos || type.back() != '}') return {};
  std::vector<std::string> out;
  std::istringstream in(type.substr(open + 2, type.size() - open - 3));
  for (std::string v; std::getline(in, v, ',');) out.push_back(v);
  return out;
}

bool takes_value(const CLI::Option& option) {
  return option.get_type_size() != 0;
}

}  // namespace verbatim::cli
