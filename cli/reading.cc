#include "cli/reading.h"

#include <fmt/format.h>

#include "schema/cluster.h"

namespace verbatim::cli {

void add_cluster_options(CLI::App& cmd, schema::ReadOptions& options) {
  cmd.add_flag("--partial", options.partial,
               "Cluster: answer from the shards that answer, warning about the others");
  cmd.add_option("--timeout", options.timeout_ms,
                 "Cluster: milliseconds to wait for a remote shard (default 10000)")
      ->check(CLI::PositiveNumber);
}

Xapian::Database open_index(const std::string& path, const schema::ReadOptions& options) {
  return schema::open_for_reading(path, options);
}

schema::UserError reading_error(const Xapian::Error& e, const Xapian::Database& db,
                                const std::string& path) {
  const std::vector<std::string> failing = schema::failing_shards(db);
  if (failing.empty()) return schema::UserError(schema::describe_xapian_error(e, path));
  return schema::UserError(fmt::format("shard `{}` of {} stopped answering ({}: {})",
                                       fmt::join(failing, "`, `"), path, e.get_type(),
                                       e.get_msg()));
}

}  // namespace verbatim::cli
