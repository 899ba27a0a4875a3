#include "cli/man_page.h"

#include <fmt/format.h>

#include "cli/help_text.h"

namespace verbatim::cli {
namespace {

// Text escaped for troff: backslashes, hyphens (as \- so they stay ASCII minus signs), and a
// leading dot or quote that would read as a request.
std::string esc(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

// "verbatim cluster init" -> "verbatim-cluster-init".
std::string page_name(const std::string& path) {
  std::string out = path;
  for (char& c : out)
    if (c == ' ') c = '-';
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string positional_synopsis(const CLI::Option& p) {
  std::string name = upper(p.get_name());
  if (p.get_expected_max() > 1) name += "...";
  return p.get_required() ? fmt::format("\\fI{}\\fR", name) : fmt::format("[\\fI{}\\fR]", name);
}

// The value an option takes, as --help shows it ("UINT", "text|json|jsonl").
std::string value_label(const CLI::Option& o) {
  const std::vector<std::string> choices = choices_of(o);
  if (!choices.empty()) return fmt::format("{}", fmt::join(choices, "|"));
  std::string type = o.get_type_name();
  if (const auto colon = type.find(':'); colon != std::string::npos) type.resize(colon);
  return type;
}

void option_item(std::string& out, const CLI::Option& o) {
  std::vector<std::string> names;
  for (const std::string& s : o.get_snames()) names.push_back(fmt::format("\\fB\\-{}\\fR", s));
  for (const std::string& l : o.get_lnames())
    names.push_back(fmt::format("\\fB\\-\\-{}\\fR", esc(l)));
  std::string head = fmt::format("{}", fmt::join(names, ", "));
  if (takes_value(o)) head += fmt::format(" \\fI{}\\fR", esc(value_label(o)));
  out += fmt::format(".TP\n{}\n{}", head, esc(o.get_description()));
  if (!o.get_default_str().empty())
    out += fmt::format(" (default: \\fB{}\\fR)", esc(o.get_default_str()));
  out += "\n";
}

void header(std::string& out, const std::string& name, const std::string& summary,
            const std::string& version) {
  out +=
      fmt::format(".TH {} 1 \"\" \"verbatim {}\" \"User Commands\"\n", upper(esc(name)), version);
  out += fmt::format(".SH NAME\n{} \\- {}\n", esc(name), esc(summary));
}

void examples(std::string& out, const CLI::App& cmd) {
  const std::vector<Example> list = examples_of(cmd);
  if (list.empty()) return;
  out += ".SH EXAMPLES\n";
  for (const Example& e : list) out += fmt::format(".TP\n.B {}\n{}\n", esc(e.command), esc(e.what));
}

void commands_section(std::string& out, const CLI::App& cmd, const std::string& path) {
  const std::vector<const CLI::App*> subs = visible_commands(cmd);
  if (subs.empty()) return;
  out += ".SH COMMANDS\n";
  for (const CLI::App* sub : subs)
    out += fmt::format(".TP\n.B {}\n{} See \\fB{}\\fR(1).\n", esc(sub->get_name()),
                       esc(sub->get_description()), esc(page_name(path + " " + sub->get_name())));
}

void options_section(std::string& out, const CLI::App& cmd) {
  const std::vector<const CLI::Option*> args = positionals(cmd);
  if (!args.empty()) {
    out += ".SH ARGUMENTS\n";
    for (const CLI::Option* p : args)
      out += fmt::format(".TP\n\\fI{}\\fR\n{}\n", upper(esc(p->get_name())),
                         esc(p->get_description()));
  }
  out += ".SH OPTIONS\n";
  for (const CLI::Option* o : visible_options(cmd)) option_item(out, *o);
}

const char* kEnvironment =
    ".SH ENVIRONMENT\n"
    ".TP\n.B VERBATIM_DB\nThe index to use when \\fB\\-\\-db\\fR is not given.\n"
    ".TP\n.B XDG_DATA_HOME\nThe default index is \\fI$XDG_DATA_HOME/verbatim\\fR "
    "(\\fI~/.local/share/verbatim\\fR), the default archive of \\fBfetch\\fR "
    "\\fI$XDG_DATA_HOME/verbatim/archive\\fR.\n"
    ".TP\n.B XDG_CONFIG_HOME\nSynonym groups of your own are read from "
    "\\fI$XDG_CONFIG_HOME/verbatim/synonyms.txt\\fR.\n"
    ".TP\n.B NO_COLOR\nWhen set, no colours (as \\fB\\-\\-color never\\fR).\n"
    ".TP\n.B TERM\n\\fBdumb\\fR: no progress line and no control sequences.\n";

const char* kExitStatus =
    ".SH EXIT STATUS\n"
    ".TP\n.B 0\nSuccess.\n"
    ".TP\n.B 1\nNothing matched (query, count, speakers, entities).\n"
    ".TP\n.B 2\nBad options or query syntax; the message says what to change.\n"
    ".TP\n.B 3\nThe index is missing, locked, of another schema version, or unreadable.\n"
    ".TP\n.B 4\nSome items could not be read (index, extract), or some URLs failed (fetch).\n"
    ".TP\n.B 130\nInterrupted by SIGINT or SIGTERM (index).\n";

std::string app_page(const CLI::App& app, const std::string& version) {
  std::string out;
  const std::string name = app.get_name();
  header(out, name, "full-text search and quote index for news", version);
  out += fmt::format(".SH SYNOPSIS\n.B {}\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n",
                     esc(name));
  out += fmt::format(".br\n.B {} \\-\\-version\n.SH DESCRIPTION\n{}\n", esc(name),
                     esc(app.get_description()));
  commands_section(out, app, name);
  out += ".SH OPTIONS\n";
  for (const CLI::Option* o : visible_options(app)) option_item(out, *o);
  out += kEnvironment;
  out += kExitStatus;
  examples(out, app);
  out += ".SH SEE ALSO\n";
  std::vector<std::string> see;
  for (const CLI::App* sub : visible_commands(app))
    see.push_back(fmt::format("\\fB{}\\fR(1)", esc(page_name(name + " " + sub->get_name()))));
  out += fmt::format("{}\n", fmt::join(see, ",\n"));
  return out;
}

void command_pages(std::vector<ManPage>& pages, const CLI::App& cmd, const std::string& path,
                   const std::string& version) {
  std::string out;
  const std::string name = page_name(path);
  header(out, name, cmd.get_description(), version);
  out += fmt::format(".SH SYNOPSIS\n.B {}\n", esc(path));
  if (!visible_commands(cmd).empty()) out += "\\fICOMMAND\\fR ";
  out += "[\\fIOPTIONS\\fR]";
  for (const CLI::Option* p : positionals(cmd)) out += " " + positional_synopsis(*p);
  out += fmt::format("\n.SH DESCRIPTION\n{}\n", esc(cmd.get_description()));
  commands_section(out, cmd, path);
  options_section(out, cmd);
  examples(out, cmd);
  const std::string parent = page_name(path.substr(0, path.rfind(' ')));
  out += fmt::format(".SH SEE ALSO\n\\fB{}\\fR(1)\n", esc(parent));
  pages.push_back({name + ".1", out});
  for (const CLI::App* sub : visible_commands(cmd))
    command_pages(pages, *sub, path + " " + sub->get_name(), version);
}

}  // namespace

std::vector<ManPage> man_pages(const CLI::App& app) {
  std::vector<ManPage> pages;
  pages.push_back({app.get_name() + ".1", app_page(app, VERBATIM_VERSION)});
  for (const CLI::App* sub : visible_commands(app))
    command_pages(pages, *sub, app.get_name() + " " + sub->get_name(), VERBATIM_VERSION);
  return pages;
}

}  // namespace verbatim::cli
