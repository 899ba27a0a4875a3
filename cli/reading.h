// What every reading command (query, stats, speakers, entities, ...) shares: the index or
// cluster it opens, and the options for a cluster's shards.
#pragma once

#include <xapian.h>

#include <string>

#include <CLI/CLI.hpp>

#include "schema/location.h"

namespace verbatim::cli {

// Adds --partial and --timeout to a reading command.
void add_cluster_options(CLI::App& cmd, schema::ReadOptions& options);

// Opens `path` (resolved) as one index or as a cluster.
Xapian::Database open_index(const std::string& path, const schema::ReadOptions& options);

// The error to show for `e` met while reading `db` at `path`: for a cluster, it names the shards
// that stopped answering.
schema::UserError reading_error(const Xapian::Error& e, const Xapian::Database& db,
                                const std::string& path);

}  // namespace verbatim::cli
