// `verbatim cluster init FILE SHARD...`: writes the stub file that names a cluster's shards.
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "schema/cluster.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct InitArgs {
  std::string file;
  std::vector<std::string> shards;
  bool force = false;
};

int init(const InitArgs& a) {
  std::vector<std::string> lines;
  for (const std::string& shard : a.shards) lines.push_back(schema::stub_line_for(shard));
  std::error_code ec;
  if (std::filesystem::exists(a.file, ec) && !a.force)
    throw schema::UserError(fmt::format("{} exists; pass --force to replace it", a.file), 2);
  const std::string tmp = a.file + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "# verbatim cluster: one shard a line (a Xapian stub file); use it as --db\n";
    for (const std::string& line : lines) out << line << "\n";
    if (!out.flush()) throw schema::UserError(fmt::format("cannot write {}", tmp));
  }
  std::filesystem::rename(tmp, a.file);
  fmt::print(stderr, "verbatim: wrote {} ({} shards); search it with --db {}\n", a.file,
             lines.size(), a.file);
  return kExitOk;
}

}  // namespace

void add_cluster_command(CLI::App& app, int& exit_code) {
  CLI::App* cmd = app.add_subcommand("cluster", "Clusters: several indexes searched as one");
  cmd->require_subcommand(1);
  set_examples(*cmd, {
                         {"verbatim cluster init all.cluster shard1 shard2",
                          "A cluster of two local indexes"},
                         {"verbatim query --db all.cluster opening-up",
                          "Search every shard of the cluster as one index"},
                     });
  auto args = std::make_shared<InitArgs>();
  CLI::App* init_cmd = cmd->add_subcommand("init", "Write a cluster file naming its shards");
  init_cmd->add_option("file", args->file, "The cluster file to write (then use it as --db)")
      ->required();
  init_cmd
      ->add_option("shards", args->shards,
                   "Shards: index directories, HOST:PORT of `verbatim serve`, or ssh:HOST:PATH "
                   "(xapian-progsrv over ssh)")
      ->required();
  init_cmd->add_flag("--force", args->force, "Replace an existing file");
  set_examples(*init_cmd,
               {
                   {"verbatim cluster init all.cluster shard1 shard2",
                    "A cluster file naming two index folders"},
                   {"verbatim cluster init --force all.cluster host1:8741 ssh:host2:/srv/idx",
                    "Replace it with a served shard and one over ssh"},
               });
  init_cmd->callback([args, &exit_code] { exit_code = init(*args); });
}

}  // namespace verbatim::cli
