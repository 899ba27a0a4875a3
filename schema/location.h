// Where the index lives and how it is opened: path resolution, schema version, errors that
// say what to do next.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>

#include "schema/cluster.h"

namespace verbatim::schema {

// --db PATH, else $VERBATIM_DB, else $XDG_DATA_HOME/verbatim, else ~/.local/share/verbatim.
std::string resolve_index_path(const std::string& option);

// An error to show the user as one line (no "terminate called ..."); exit status 2 by default.
struct UserError : std::runtime_error {
  explicit UserError(const std::string& message, int exit_status = 3)
      : std::runtime_error(message), status(exit_status) {}
  int status;
};

// Opens the index for reading; throws UserError when it is missing, of another schema version,
// or unreadable. The message names the fix. A file at `path` is a cluster (schema/cluster.h).
Xapian::Database open_for_reading(const std::string& path, const ReadOptions& options = {});

// Checks the schema version recorded in `db` (an empty index has none yet and passes).
void check_schema_version(const Xapian::Database& db, const std::string& path);

// A one-line message for a Xapian error met while using the index at `path`.
std::string describe_xapian_error(const Xapian::Error& e, const std::string& path);

}  // namespace verbatim::schema
