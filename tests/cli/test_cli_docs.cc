// Documentation that installs (#10): --help with defaults and examples, --version, the man
// pages written from the same definitions, the install tree (stripped binary, man pages,
// completions) and the bash, zsh and fish completions of commands, options, fields and names
// from the index, each loaded by its shell.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "schema/fields.h"
#include "support/run_command.h"
#include "support/statement_items.h"
#include "support/temp_dir.h"

using verbatim::testing::has;
using verbatim::testing::lines;
using verbatim::testing::run_program;
using verbatim::testing::run_verbatim;
using verbatim::testing::TempDir;

namespace {

namespace fs = std::filesystem;

const fs::path kManDir = fs::path(VERBATIM_BUILD_DIR) / "man";

// The commands `verbatim help` lists (the hidden __man and __complete are not among them).
std::vector<std::string> commands() {
  auto r = run_verbatim({"querry"});
  const std::string list = r.err.substr(r.err.find("the commands are ") + 17);
  std::vector<std::string> out;
  std::string name;
  for (char c : list.substr(0, list.find(" (see"))) {
    if (c == ',' || c == ' ') {
      if (!name.empty()) out.push_back(name);
      name.clear();
    } else {
      name += c;
    }
  }
  if (!name.empty()) out.push_back(name);
  return out;
}

std::string man(const fs::path& page) {
  auto r = run_program({"man", "-l", "-P", "cat", page.string()}, "", {"MANWIDTH=120"});
  INFO(page.string() << "\n" << r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

// What bash's completion offers for `line` (the cursor at its end), with the script `script`
// loaded: COMP_LINE, COMP_POINT, COMP_WORDS and COMP_CWORD set as bash sets them (words split
// at blanks and colons), then the function `complete -p verbatim` names.
std::vector<std::string> bash_complete(const std::string& script, const std::string& line) {
  const std::string program = R"(
source "$1" || exit 9
COMP_LINE=$2
COMP_POINT=${#COMP_LINE}
COMP_WORDS=()
w=""
for ((i = 0; i < ${#COMP_LINE}; i++)); do
  c=${COMP_LINE:i:1}
  if [[ $c == ' ' ]]; then [[ -n $w ]] && COMP_WORDS+=("$w"); w=""
  elif [[ $c == ':' ]]; then [[ -n $w ]] && COMP_WORDS+=("$w"); COMP_WORDS+=(":"); w=""
  else w+=$c; fi
done
COMP_WORDS+=("$w")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_WORDS[0]=$3
fn=$(complete -p verbatim | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
"$fn"
printf '%s\n' "${COMPREPLY[@]}"
)";
  auto r = run_program({"bash", "-c", program, "bash", script, line, VERBATIM_BINARY});
  INFO(line << "\n" << r.err);
  REQUIRE(r.status == 0);
  std::vector<std::string> out;
  for (const std::string& l : lines(r.out))
    if (!l.empty()) out.push_back(l);
  return out;
}

// Non-empty lines of a shell's output.
std::vector<std::string> offered(const verbatim::testing::CommandResult& r) {
  std::vector<std::string> out;
  for (const std::string& l : lines(r.out))
    if (!l.empty()) out.push_back(l);
  return out;
}

// What zsh's completion offers for `words` (the last one the word being completed): the
// completion directory put on $fpath and compinit run, as a user's zsh does, then the function
// compinit registered for verbatim called with words and CURRENT set as zsh sets them. compadd
// works only inside zsh's line editor, so a shell function stands in for it: it prints what it
// is given that starts with the word typed (with its -P prefix), everything under -U (names from
// the index match any of their words), as compadd would offer it.
std::vector<std::string> zsh_complete(const std::string& dir, std::vector<std::string> words) {
  const std::string program = R"ZSH(
fpath=($1 $fpath); shift
autoload -U compinit; compinit -u -D
[[ $_comps[verbatim] == _verbatim ]] || { print -u2 "compinit registered no _verbatim"; exit 9 }
compadd() {
  local -a pre unfiltered ignored; zparseopts -D -E P:=pre S:=ignored U=unfiltered
  [[ $1 == -- ]] && shift
  local c
  for c in "$@"; do
    [[ -n $unfiltered || ${pre[2]}$c == ${words[CURRENT]}* ]] && print -r -- "${pre[2]}$c"
  done
}
_files() { print -r -- "(files)" }
words=("$@"); CURRENT=$#words
$_comps[verbatim]
exit 0  # the status is compadd's last test, not a failure
)ZSH";
  words[0] = VERBATIM_BINARY;
  std::vector<std::string> command = {"zsh", "-f", "-c", program, "zsh", dir};
  command.insert(command.end(), words.begin(), words.end());
  auto r = run_program(command);
  INFO(words.back() << "\n" << r.err);
  REQUIRE(r.status == 0);
  return offered(r);
}

// What fish offers for `line` with the script loaded (`complete -C`), the completion's first
// column (fish prints a description after a tab). The built verbatim is first on $PATH, as
// the script runs the command being completed for names from the index.
std::vector<std::string> fish_complete(const std::string& script, const std::string& line) {
  const std::string path = fs::path(VERBATIM_BINARY).parent_path().string() + ":" +
                           std::string(std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin");
  auto r = run_program(
      {"fish", "--no-config", "-c", "source $argv[1]; and complete -C $argv[2]", script, line}, "",
      {"PATH=" + path});
  INFO(line << "\n" << r.err);
  REQUIRE(r.status == 0);
  std::vector<std::string> out;
  for (const std::string& l : offered(r)) out.push_back(l.substr(0, l.find('\t')));
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string index_speakers(const TempDir& tmp) {
  using verbatim::testing::one_statement_item;
  const std::string items = tmp.write(
      "items.jsonl",
      one_statement_item("wall", "US President Donald Trump said the wall would be built.") +
          one_statement_item("peace", "President Volodymyr Zelensky said peace was near."));
  const std::string db = tmp.str("db");
  auto r = run_verbatim({"index", "--db", db, items});
  INFO(r.err);
  REQUIRE(r.status == 0);
  return db;
}

}  // namespace

TEST_CASE("every command's --help shows defaults and two examples", "[cli][docs]") {
  const std::vector<std::string> names = commands();
  REQUIRE(names.size() >= 12);
  for (const std::string& name : names) {
    auto r = run_verbatim({name, "--help"});
    INFO(name << "\n" << r.out);
    CHECK(r.status == 0);
    CHECK(has(r.out, "Examples:"));
    int examples = 0;
    for (const std::string& l : lines(r.out)) examples += l.rfind("  verbatim ", 0) == 0;
    CHECK(examples >= 2);
  }
  auto query = run_verbatim({"query", "--help"});
  bool limit = false, format = false;
  for (const std::string& l : lines(query.out)) {
    if (has(l, "--limit")) limit = limit || has(l + " ", "=10 ");  // the description may wrap
    if (has(l, "--format")) format = format || has(l + " ", "=text ");
  }
  CHECK(limit);
  CHECK(format);
  CHECK(has(run_verbatim({"index", "--help"}).out, "--progress TEXT:{auto,none,jsonl}=auto"));
  CHECK_FALSE(has(run_verbatim({"help"}).out, "__man"));
}

TEST_CASE("version names verbatim, Xapian, ICU and the index schema", "[cli][docs]") {
  auto r = run_verbatim({"--version"});
  CHECK(r.status == 0);
  const auto l = lines(r.out);
  REQUIRE(l.size() == 4);
  CHECK(std::regex_match(l[0], std::regex(R"(verbatim \d+\.\d+\.\d+)")));
  CHECK(std::regex_match(l[1], std::regex(R"(Xapian 1\.\d+\.\d+)")));
  CHECK(std::regex_match(l[2], std::regex(R"(ICU \d+\.\d+(\.\d+)*)")));
  CHECK(l[3] == "index schema " + std::to_string(verbatim::schema::kSchemaVersion));
}

TEST_CASE("the man pages render, one per command, with options and defaults", "[cli][docs]") {
  const std::string main_page = man(kManDir / "verbatim.1");
  for (const char* section : {"NAME", "SYNOPSIS", "COMMANDS", "OPTIONS", "ENVIRONMENT",
                              "EXIT STATUS", "EXAMPLES", "SEE ALSO"})
    CHECK(has(main_page, section));
  CHECK(has(main_page, "--version"));
  CHECK(has(main_page, "VERBATIM_DB"));
  for (const std::string& name : commands()) {
    const std::string page = man(kManDir / ("verbatim-" + name + ".1"));
    INFO(name);
    CHECK(has(page, "verbatim-" + name + " - "));
    CHECK(has(page, "SYNOPSIS"));
    CHECK(has(page, "OPTIONS"));
    CHECK(has(page, "EXAMPLES"));
    CHECK(has(main_page, "verbatim-" + name + "(1)"));
  }
  const std::string query = man(kManDir / "verbatim-query.1");
  CHECK(has(query, "-n, --limit UINT"));
  CHECK(has(query, "(default: 10)"));
  CHECK(has(query, "--format text|json|jsonl"));
  CHECK(has(query, "verbatim query --speaker xi opening-up"));
  CHECK(fs::exists(kManDir / "verbatim-cluster-init.1"));
}

TEST_CASE("cmake --install lays out a stripped binary, man pages and completions", "[cli][docs]") {
  TempDir prefix;
  auto r = run_program({"cmake", "--install", VERBATIM_BUILD_DIR, "--prefix", prefix.str()});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  const fs::path p = prefix.path();
  for (const char* file :
       {"bin/verbatim", "lib/verbatim/verbatim-http", "share/man/man1/verbatim.1",
        "share/man/man1/verbatim-query.1", "share/man/man1/verbatim-show.1",
        "share/bash-completion/completions/verbatim", "share/zsh/site-functions/_verbatim",
        "share/fish/vendor_completions.d/verbatim.fish"})
    CHECK(fs::is_regular_file(p / file));
  auto sections = run_program({"readelf", "-S", (p / "bin/verbatim").string()});
  CHECK(sections.status == 0);
  CHECK_FALSE(has(sections.out, ".debug_info"));
  CHECK(has(run_program({(p / "bin/verbatim").string(), "--version"}).out, "index schema"));
  CHECK(has(man(p / "share/man/man1/verbatim.1"), "SYNOPSIS"));
  auto loaded =
      run_program({"bash", "-c",
                   "source " + (p / "share/bash-completion/completions/verbatim").string() +
                       "; complete -p verbatim"});
  CHECK(loaded.status == 0);
  CHECK(has(loaded.out, "complete -F _verbatim verbatim"));
}

TEST_CASE("bash completes commands, options, values, fields and names from the index",
          "[cli][docs]") {
  const std::string script = (fs::path(VERBATIM_BUILD_DIR) / "completions/verbatim.bash").string();
  CHECK(bash_complete(script, "verbatim que") == std::vector<std::string>{"query"});
  CHECK(contains(bash_complete(script, "verbatim "), "speakers"));
  CHECK_FALSE(contains(bash_complete(script, "verbatim "), "__man"));
  CHECK(bash_complete(script, "verbatim query --lim") == std::vector<std::string>{"--limit"});
  CHECK(bash_complete(script, "verbatim query --format ") ==
        std::vector<std::string>{"text", "json", "jsonl"});
  CHECK(bash_complete(script, "verbatim help sh") == std::vector<std::string>{"show"});
  CHECK(bash_complete(script, "verbatim cluster ") == std::vector<std::string>{"init"});
  CHECK(bash_complete(script, "verbatim query spe") == std::vector<std::string>{"speaker:"});
  CHECK(bash_complete(script, "verbatim count st") == std::vector<std::string>{"stmt:"});
  // After a colon bash replaces only what follows it.
  CHECK(bash_complete(script, "verbatim query kind:q") == std::vector<std::string>{"quote"});

  TempDir tmp;
  const std::string db = index_speakers(tmp);
  CHECK(bash_complete(script, "verbatim query --db " + db + " --speaker tru") ==
        std::vector<std::string>{"Donald\\ Trump"});
  CHECK(bash_complete(script, "verbatim query --db " + db + " speaker:zel") ==
        std::vector<std::string>{"\\\"Volodymyr\\ Zelensky\\\""});
  CHECK(bash_complete(script, "verbatim speakers --db " + db + " speaker:") ==
        std::vector<std::string>{"\\\"Donald\\ Trump\\\"", "\\\"Volodymyr\\ Zelensky\\\""});
  CHECK(bash_complete(script, "verbatim query --db " + tmp.str("none") + " --speaker x").empty());
}

TEST_CASE("zsh loads its completion with compinit and completes as bash does", "[cli][docs]") {
  const std::string dir = (fs::path(VERBATIM_BUILD_DIR) / "completions").string();
  using V = std::vector<std::string>;
  CHECK(zsh_complete(dir, {"verbatim", "qu"}) == V{"query"});
  CHECK(contains(zsh_complete(dir, {"verbatim", ""}), "speakers"));
  CHECK_FALSE(contains(zsh_complete(dir, {"verbatim", ""}), "__man"));
  CHECK(zsh_complete(dir, {"verbatim", "query", "--lim"}) == V{"--limit"});
  CHECK(zsh_complete(dir, {"verbatim", "query", "--format", ""}) == V{"text", "json", "jsonl"});
  CHECK(zsh_complete(dir, {"verbatim", "cluster", ""}) == V{"init"});
  CHECK(zsh_complete(dir, {"verbatim", "help", "sh"}) == V{"show"});
  CHECK(zsh_complete(dir, {"verbatim", "query", "spe"}) == V{"speaker:"});
  CHECK(zsh_complete(dir, {"verbatim", "query", "kind:q"}) == V{"kind:quote"});
  TempDir tmp;
  const std::string db = index_speakers(tmp);
  CHECK(zsh_complete(dir, {"verbatim", "query", "--db", db, "--speaker", "tru"}) ==
        V{"Donald Trump"});
  CHECK(zsh_complete(dir, {"verbatim", "query", "--db", db, "speaker:zel"}) ==
        V{"speaker:\"Volodymyr Zelensky\""});
}

TEST_CASE("fish loads its completion and completes commands, options and names", "[cli][docs]") {
  const std::string script = (fs::path(VERBATIM_BUILD_DIR) / "completions/verbatim.fish").string();
  using V = std::vector<std::string>;
  CHECK(fish_complete(script, "verbatim qu") == V{"query"});
  CHECK(contains(fish_complete(script, "verbatim "), "speakers"));
  CHECK_FALSE(contains(fish_complete(script, "verbatim "), "__man"));
  CHECK(fish_complete(script, "verbatim query --lim") == V{"--limit"});
  CHECK(contains(fish_complete(script, "verbatim query --format "), "jsonl"));
  CHECK(fish_complete(script, "verbatim cluster ") == V{"init"});
  CHECK(fish_complete(script, "verbatim query spe") == V{"speaker:"});
  TempDir tmp;
  const std::string db = index_speakers(tmp);
  CHECK(fish_complete(script, "verbatim query --db " + db + " --speaker Don") == V{"Donald Trump"});
}
