#include "cli/completion_scripts.h"

#include <fmt/format.h>

#include <functional>
#include <vector>

#include "cli/help_text.h"
#include "schema/fields.h"

namespace verbatim::cli {
namespace {

// A command and the path of names that reaches it ("cluster init").
struct Command {
  std::string path;
  const CLI::App* app;
};

void collect(std::vector<Command>& out, const CLI::App& cmd, const std::string& path) {
  for (const CLI::App* sub : visible_commands(cmd)) {
    const std::string p = path.empty() ? sub->get_name() : path + " " + sub->get_name();
    out.push_back({p, sub});
    collect(out, *sub, p);
  }
}

std::vector<Command> all_commands(const CLI::App& app) {
  std::vector<Command> out{{"", &app}};
  collect(out, app, "");
  return out;
}

std::string names_of(const std::vector<const CLI::App*>& subs) {
  std::vector<std::string> names;
  for (const CLI::App* s : subs) names.push_back(s->get_name());
  return fmt::format("{}", fmt::join(names, " "));
}

std::string option_words(const CLI::App& cmd) {
  std::vector<std::string> words;
  for (const CLI::Option* o : visible_options(cmd)) {
    for (const std::string& s : o->get_snames()) words.push_back("-" + s);
    for (const std::string& l : o->get_lnames()) words.push_back("--" + l);
  }
  return fmt::format("{}", fmt::join(words, " "));
}

// How the value of an option is completed: "choices:a b", "files", "speakers", "entities" or
// "none" (a value, nothing to offer).
std::string value_kind(const CLI::Option& o) {
  const std::vector<std::string> choices = choices_of(o);
  if (!choices.empty()) return fmt::format("choices:{}", fmt::join(choices, " "));
  const std::string name = o.get_lnames().empty() ? "" : o.get_lnames().front();
  if (name == "speaker") return "speakers";
  if (name == "entity") return "entities";
  if (name == "db" || name == "into" || name == "synonyms") return "files";
  return "none";
}

// How the positional arguments of a command are completed: "commands" (its own commands or, for
// help, verbatim's), "query" (query words: fields, their values and names), "files" or "none".
std::string argument_kind(const CLI::App& cmd) {
  if (!visible_commands(cmd).empty()) return "commands";
  for (const CLI::Option* p : positionals(cmd)) {
    const std::string name = p->get_name();
    if (name == "command") return "help";
    if (name == "words" || name == "query") return "query";
    if (name == "sources" || name == "gold" || name == "items" || name == "file" ||
        name == "shards")
      return "files";
  }
  return "none";
}

std::string field_words() {
  std::vector<std::string> words;
  for (const schema::Field& f : schema::fields())
    if (f.in_queries) words.push_back(std::string(f.name) + ":");
  return fmt::format("{}", fmt::join(words, " "));
}

// What follows `field:` in a query: "speakers", "entities", "choices:..." or "none".
std::vector<std::pair<std::string, std::string>> field_values() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const schema::Field& f : schema::fields()) {
    if (!f.in_queries) continue;
    const std::vector<std::string> closed = schema::closed_values(f.id);
    if (f.id == schema::Id::speaker)
      out.emplace_back(f.name, "speakers");
    else if (f.id == schema::Id::entity)
      out.emplace_back(f.name, "entities");
    else if (!closed.empty())
      out.emplace_back(f.name, fmt::format("choices:{}", fmt::join(closed, " ")));
  }
  return out;
}

// ---- bash ----------------------------------------------------------------------------------

std::string bash(const CLI::App& app) {
  const std::vector<Command> cmds = all_commands(app);
  std::string subs, opts, values, args;
  for (const Command& c : cmds) {
    const std::string key = fmt::format("'{}'", c.path);
    if (!visible_commands(*c.app).empty())
      subs += fmt::format("    {}) echo '{}' ;;\n", key, names_of(visible_commands(*c.app)));
    opts += fmt::format("    {}) echo '{}' ;;\n", key, option_words(*c.app));
    args += fmt::format("    {}) echo '{}' ;;\n", key, argument_kind(*c.app));
    for (const CLI::Option* o : visible_options(*c.app)) {
      if (!takes_value(*o)) continue;
      std::vector<std::string> keys;
      for (const std::string& s : o->get_snames())
        keys.push_back(fmt::format("'{} -{}'", c.path, s));
      for (const std::string& l : o->get_lnames())
        keys.push_back(fmt::format("'{} --{}'", c.path, l));
      values += fmt::format("    {}) echo '{}' ;;\n", fmt::join(keys, "|"), value_kind(*o));
    }
  }
  std::string fields;
  for (const auto& [name, kind] : field_values())
    fields += fmt::format("    {}) echo '{}' ;;\n", name, kind);
  return fmt::format(
      R"SH(# bash completion for verbatim, written from its command definitions (verbatim __completion bash).
_verbatim_subcommands() {{
  case $1 in
{}  esac
}}
_verbatim_options() {{
  case $1 in
{}  esac
}}
_verbatim_arguments() {{
  case $1 in
{}  esac
}}
_verbatim_value() {{
  case "$1 $2" in
{}  esac
}}
_verbatim_field_value() {{
  case $1 in
{}  esac
}}
_verbatim_fields='{}'

# Names from the index (speakers or entities) starting with $2, one a line.
_verbatim_names() {{
  "$_verbatim_exe" __complete "$1" "$2" ${{_verbatim_db:+--db "$_verbatim_db"}} 2>/dev/null
}}

# Replies for a value of kind $1 (choices:..., files, speakers, entities) typed as $2; each
# reply is prefixed with $3 (a query field, "speaker:"), names quoted when they hold spaces.
_verbatim_reply_value() {{
  local kind=$1 typed=$2 prefix=$3 name
  case $kind in
    choices:*) COMPREPLY=($(compgen -P "$prefix" -W "${{kind#choices:}}" -- "$typed")) ;;
    files) COMPREPLY=($(compgen -f -- "$typed")) ;;
    speakers | entities)
      while IFS= read -r name; do
        [[ -n $prefix && $name == *' '* ]] && name="\"$name\""
        COMPREPLY+=("$prefix$(printf '%q' "$name")")
      done < <(_verbatim_names "$kind" "$typed") ;;
  esac
}}

_verbatim() {{
  COMPREPLY=()
  local line=${{COMP_LINE:0:COMP_POINT}}
  local cur=${{line##*[[:space:]]}}
  local before=${{line%"$cur"}}
  before=${{before%"${{before##*[![:space:]]}}"}}
  local prev=${{before##*[[:space:]]}}
  [[ $before == *[[:space:]]* ]] || prev=""
  _verbatim_exe=${{COMP_WORDS[0]}}
  _verbatim_db=${{VERBATIM_DB:-}}
  local path="" i w
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${{COMP_WORDS[i]}}
    [[ $w == --db ]] && _verbatim_db=${{COMP_WORDS[i + 1]}}
    [[ $w == -* ]] && continue
    if [[ " $(_verbatim_subcommands "$path") " == *" $w "* ]]; then
      path=${{path:+$path }}$w
    fi
  done
  local kind
  kind=$(_verbatim_value "$path" "$prev")
  if [[ -n $kind ]]; then
    _verbatim_reply_value "$kind" "$cur" ""
  elif [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_verbatim_options "$path")" -- "$cur"))
  else
    case $(_verbatim_arguments "$path") in
      commands) COMPREPLY=($(compgen -W "$(_verbatim_subcommands "$path")" -- "$cur")) ;;
      help) COMPREPLY=($(compgen -W "$(_verbatim_subcommands "")" -- "$cur")) ;;
      files) COMPREPLY=($(compgen -f -- "$cur")) ;;
      query)
        if [[ $cur == *:* ]]; then
          local field=${{cur%%:*}}
          kind=$(_verbatim_field_value "$field")
          [[ -n $kind ]] && _verbatim_reply_value "$kind" "${{cur#*:}}" "$field:"
        else
          COMPREPLY=($(compgen -W "$_verbatim_fields" -- "$cur"))
          [[ ${{#COMPREPLY[@]}} -gt 0 ]] && compopt -o nospace 2>/dev/null
        fi ;;
    esac
  fi
  # bash splits words at colons: the replies replace only what follows the last one.
  if [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
    local colon=${{cur%"${{cur##*:}}"}}
    COMPREPLY=("${{COMPREPLY[@]#"$colon"}}")
  fi
}}
complete -F _verbatim verbatim
)SH",
      subs, opts, args, values, fields, field_words());
}

// ---- zsh -----------------------------------------------------------------------------------

std::string zsh(const CLI::App& app) {
  const std::string b = bash(app);
  // The tables are the same shell functions; only the driver differs.
  const std::string tables =
      b.substr(b.find("_verbatim_subcommands()"),
               b.find("# Names from the index") - b.find("_verbatim_subcommands()"));
  return fmt::format(
      R"SH(#compdef verbatim
# zsh completion for verbatim, written from its command definitions (verbatim __completion zsh).
{}
_verbatim_zsh_value() {{
  local kind=$1 typed=$2 prefix=$3
  local -a names
  case $kind in
    choices:*) compadd -P "$prefix" -- ${{=${{kind#choices:}}}} ;;
    files) _files ;;
    speakers | entities)  # (zsh does not split "${{db:+--db "$db"}}" into two words as bash does)
      names=(${{(f)"$($words[1] __complete $kind "$typed" ${{db:+--db}} ${{db:+$db}} 2>/dev/null)"}})
      if [[ -n $prefix ]]; then
        names=(${{names/(#m)* */\"$MATCH\"}})
        compadd -U -P "$prefix" -- $names
      else
        compadd -U -- $names
      fi ;;
  esac
}}

_verbatim() {{
  setopt localoptions extendedglob
  # the commands named so far ("cluster init"); not `path`, which zsh ties to $PATH
  local cur=$words[CURRENT] prev=$words[CURRENT-1] cmds="" db=${{VERBATIM_DB:-}} i w kind
  for ((i = 2; i < CURRENT; i++)); do
    w=$words[i]
    [[ $w == --db ]] && db=$words[i+1]
    [[ $w == -* ]] && continue
    [[ " $(_verbatim_subcommands "$cmds") " == *" $w "* ]] && cmds=${{cmds:+$cmds }}$w
  done
  kind=$(_verbatim_value "$cmds" "$prev")
  if [[ -n $kind ]]; then
    _verbatim_zsh_value "$kind" "$cur" ""
  elif [[ $cur == -* ]]; then
    compadd -- ${{=$(_verbatim_options "$cmds")}}
  else
    case $(_verbatim_arguments "$cmds") in
      commands) compadd -- ${{=$(_verbatim_subcommands "$cmds")}} ;;
      help) compadd -- ${{=$(_verbatim_subcommands "")}} ;;
      files) _files ;;
      query)
        if [[ $cur == *:* ]]; then
          kind=$(_verbatim_field_value "${{cur%%:*}}")
          [[ -n $kind ]] && _verbatim_zsh_value "$kind" "${{cur#*:}}" "${{cur%%:*}}:"
        else
          compadd -S '' -- ${{=_verbatim_fields}}
        fi ;;
    esac
  fi
}}
_verbatim "$@"
)SH",
      tables);
}

// ---- fish ----------------------------------------------------------------------------------

std::string fish_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish(const CLI::App& app) {
  std::string out =
      "# fish completion for verbatim, written from its command definitions (verbatim "
      "__completion fish).\n"
      "complete -c verbatim -f\n"
      "function __verbatim_names\n"
      "  set -l db $VERBATIM_DB\n"
      "  set -l args (commandline -opc)\n"
      "  set -l i (contains -i -- --db $args); and set db $args[(math $i + 1)]\n"
      "  set -l extra; test -n \"$db\"; and set extra --db $db\n"
      "  $args[1] __complete $argv[1] \"$argv[2]\" $extra 2>/dev/null\n"
      "end\n"
      "function __verbatim_query_word\n"
      "  set -l cur (commandline -ct)\n"
      "  if string match -q -- '*:*' $cur\n"
      "    set -l field (string split -m1 : -- $cur)[1]\n"
      "    set -l typed (string split -m1 : -- $cur)[2]\n"
      "    switch $field\n";
  for (const auto& [name, kind] : field_values()) {
    out += fmt::format("      case {}\n", name);
    if (kind.rfind("choices:", 0) == 0)
      out += fmt::format("        printf '{}:%s\\n' {}\n", name, kind.substr(8));
    else
      out += fmt::format(
          "        for n in (__verbatim_names {} $typed)\n"
          "          string match -q -- '* *' $n; and set n \"\\\"$n\\\"\"\n"
          "          echo {}:$n\n        end\n",
          kind, name);
  }
  out += "    end\n  else\n";
  out += fmt::format("    printf '%s\\n' {}\n  end\nend\n", field_words());
  const std::vector<Command> cmds = all_commands(app);
  for (const Command& c : cmds) {
    // Fish's own test of the command reached: the words of the path seen, no deeper command.
    std::string cond;
    if (c.path.empty()) {
      cond = "__fish_use_subcommand";
    } else {
      std::string last = c.path.substr(c.path.rfind(' ') + 1);
      cond = fmt::format("__fish_seen_subcommand_from {}", last);
      if (const std::string deeper = names_of(visible_commands(*c.app)); !deeper.empty())
        cond += fmt::format("; and not __fish_seen_subcommand_from {}", deeper);
      if (c.path.find(' ') != std::string::npos)
        cond = fmt::format("__fish_seen_subcommand_from {}; and {}",
                           c.path.substr(0, c.path.find(' ')), cond);
    }
    const std::string n = fish_quote(cond);
    for (const CLI::App* sub : visible_commands(*c.app))
      out += fmt::format("complete -c verbatim -n {} -a {} -d {}\n", n, sub->get_name(),
                         fish_quote(sub->get_description()));
    for (const CLI::Option* o : visible_options(*c.app)) {
      std::string line = fmt::format("complete -c verbatim -n {}", n);
      for (const std::string& s : o->get_snames()) line += " -s " + s;
      for (const std::string& l : o->get_lnames()) line += " -l " + l;
      if (takes_value(*o)) {
        const std::string kind = value_kind(*o);
        if (kind.rfind("choices:", 0) == 0)
          line += " -x -a " + fish_quote(kind.substr(8));
        else if (kind == "files")
          line += " -r -F";
        else if (kind == "speakers" || kind == "entities")
          line += fmt::format(" -x -a '(__verbatim_names {} (commandline -ct))'", kind);
        else
          line += " -x";
      }
      out += line + " -d " + fish_quote(o->get_description()) + "\n";
    }
    const std::string args = argument_kind(*c.app);
    if (args == "query")
      out += fmt::format("complete -c verbatim -n {} -a '(__verbatim_query_word)'\n", n);
    else if (args == "files")
      out += fmt::format("complete -c verbatim -n {} -F\n", n);
    else if (args == "help")
      out += fmt::format("complete -c verbatim -n {} -a {}\n", n,
                         fish_quote(names_of(visible_commands(app))));
  }
  return out;
}

}  // namespace

std::string completion_script(const CLI::App& app, std::string_view shell) {
  if (shell == "bash") return bash(app);
  if (shell == "zsh") return zsh(app);
  if (shell == "fish") return fish(app);
  return "";
}

}  // namespace verbatim::cli
