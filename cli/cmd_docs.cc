// The hidden commands the build and the shell completions run: `verbatim __man --dir DIR` (the
// man pages), `verbatim __completion SHELL` (a completion script) and
// `verbatim __complete speakers|entities PREFIX [--db PATH]` (names from the index).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli/commands.h"
#include "cli/completion_scripts.h"
#include "cli/exit_codes.h"
#include "cli/man_page.h"
#include "cli/reading.h"
#include "query/parse/name_resolver.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "text/normalize.h"

namespace verbatim::cli {
namespace {

struct DocsArgs {
  std::string dir;
  std::string shell;
  std::string kind;
  std::string prefix;
  std::string db;
  std::string output;
};

int write_completion(const CLI::App& app, const DocsArgs& a) {
  const std::string script = completion_script(app, a.shell);
  if (a.output.empty()) {
    fmt::print("{}", script);
    return kExitOk;
  }
  std::ofstream out(a.output);
  out << script;
  if (out) return kExitOk;
  fmt::print(stderr, "verbatim: cannot write {}\n", a.output);
  return kExitIndexError;
}

int write_man_pages(const CLI::App& app, const std::string& dir) {
  std::filesystem::create_directories(dir);
  for (const ManPage& page : man_pages(app)) {
    std::ofstream out(std::filesystem::path(dir) / page.file);
    out << page.troff;
    if (!out) {
      fmt::print(stderr, "verbatim: cannot write {}/{}\n", dir, page.file);
      return kExitIndexError;
    }
  }
  return kExitOk;
}

// Whether some word of `folded` starts with `typed` (folded), or `folded` itself does.
bool starts_a_word(const std::string& folded, const std::string& typed) {
  for (std::size_t at = 0; at != std::string::npos;) {
    if (folded.compare(at, typed.size(), typed) == 0) return true;
    at = folded.find(' ', at);
    if (at != std::string::npos) ++at;
  }
  return false;
}

// The display names of the speakers (identities) or entities whose name or a form of it has a
// word starting with `prefix`, in name order.
int complete_names(const DocsArgs& a) {
  const schema::Id field = a.kind == "entities" ? schema::Id::entity : schema::Id::speaker;
  Xapian::Database db = open_index(schema::resolve_index_path(a.db), {});
  const query::NameResolver names(db, field);
  const std::string typed = text::fold_name(a.prefix);
  const std::string prefix = schema::prefix_of(field);
  std::set<std::string> shown;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string form = (*t).substr(prefix.size());
    const std::string identity = names.identity_name(form);
    if (identity == "unknown" || shown.count(names.display(identity))) continue;
    if (starts_a_word(form, typed) || starts_a_word(identity, typed))
      shown.insert(names.display(identity));
  }
  for (const std::string& name : shown) fmt::print("{}\n", name);
  return kExitOk;
}

}  // namespace

void add_docs_commands(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<DocsArgs>();
  CLI::App* man = app.add_subcommand("__man", "Write the man pages (for the build)");
  man->group("");
  man->add_option("--dir", args->dir, "Folder to write verbatim.1 and verbatim-COMMAND.1 into")
      ->required();
  man->callback([&app, args, &exit_code] { exit_code = write_man_pages(app, args->dir); });

  CLI::App* completion =
      app.add_subcommand("__completion", "Print a shell's completion script (for the build)");
  completion->group("");
  completion->add_option("shell", args->shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  completion->add_option("-o,--output", args->output, "File to write (default: stdout)");
  completion->callback([&app, args, &exit_code] { exit_code = write_completion(app, *args); });

  CLI::App* complete =
      app.add_subcommand("__complete", "Names from the index for the shell completions");
  complete->group("");
  complete->add_option("kind", args->kind, "speakers or entities")
      ->required()
      ->check(CLI::IsMember({"speakers", "entities"}));
  complete->add_option("prefix", args->prefix, "What was typed of the name");
  complete->add_option("--db", args->db, "Index path");
  complete->callback([args, &exit_code] {
    try {
      exit_code = complete_names(*args);
    } catch (const std::exception&) {
      exit_code = kExitIndexError;  // no index, no names: the shell offers none
    }
  });
}

}  // namespace verbatim::cli
