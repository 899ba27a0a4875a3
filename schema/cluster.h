// A cluster: several indexes (shards) searched as one. `--db` may name a Xapian stub file listing
// them, one a line: `auto /path/to/index`, `remote :host:port` (xapian-tcpsrv) or
// `remote ssh host xapian-progsrv /path` (any program speaking Xapian's remote protocol on its
// standard streams). Shards are opened one by one, so a shard that is down is named.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace verbatim::schema {

struct ShardSpec {
  std::string line;  // the stub line, "remote :127.0.0.1:9001"
  int line_number = 0;
};

// How a reading command opens the index.
struct ReadOptions {
  bool partial = false;         // answer from the shards that open, warning about the others
  unsigned timeout_ms = 10000;  // remote shards: connecting and each exchange
};

// True when `path` is a file (not an index directory): a stub naming shards.
bool is_cluster_file(const std::string& path);

// The shards a stub file lists (comments `#` and blank lines skipped). Throws UserError (exit 2)
// naming the file and line for a line of another form.
std::vector<ShardSpec> read_cluster_file(const std::string& path);

// The stub line for a shard given on the command line: an index directory (`auto ABSPATH`),
// HOST:PORT (`remote :HOST:PORT`), ssh:HOST:PATH (`remote ssh HOST xapian-progsrv PATH`), or a
// stub line as it is. Throws UserError (exit 2) for anything else.
std::string stub_line_for(const std::string& shard);

// Opens every shard of the cluster file and combines them into one database (Xapian combines
// the statistics, so scores are those of one index holding everything). A shard that fails is
// an error naming it (exit 3), or with `partial` a warning on stderr naming it.
Xapian::Database open_cluster(const std::string& path, const ReadOptions& options);

// Metadata read from every shard of `db` (the first non-empty value), where Xapian's
// get_metadata() reads only the first shard. Works on any database. Display names of terms are
// read by schema::display_name (schema/names.h), which takes the preferred form over the shards.
std::string metadata(const Xapian::Database& db, const std::string& key);

// Every metadata key starting with `prefix`, from every shard, sorted and without repeats.
std::vector<std::string> metadata_keys(const Xapian::Database& db, const std::string& prefix);

// The shards of a database opened by open_cluster (or the database itself), one Database each:
// for what must be done shard by shard (metadata, per-shard checks).
std::vector<Xapian::Database> shards_of(const Xapian::Database& db);

// The names (stub lines) of the shards of `db` that no longer answer; empty when all do or `db`
// is not a cluster. For naming the shard when an operation fails midway.
std::vector<std::string> failing_shards(const Xapian::Database& db);

}  // namespace verbatim::schema
