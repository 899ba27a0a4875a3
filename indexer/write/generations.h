// On-disk layout of an index: PATH/XAPIANDB is a Xapian stub naming the live generation
// (PATH/gen-N, a glass database). `--rebuild` writes gen-N+1 and switches the stub atomically,
// so readers use the old generation until the new one is complete.
#pragma once

#include <string>

namespace verbatim::write {

// The live generation's directory, creating the index (gen-1 and the stub) when PATH is new.
// Throws schema::UserError when PATH exists but is not a verbatim index.
std::string live_generation(const std::string& index_path);

// A new, empty generation directory name (not yet created) after the live one.
std::string next_generation(const std::string& index_path);

// Points the stub at `generation` atomically (rename), then removes the other generations, but
// for the previous live one when `keep_previous`: readers opened before the switch go on using
// it (Xapian opens some of its files lazily), until the next writing run removes it.
void switch_generation(const std::string& index_path, const std::string& generation,
                       bool keep_previous);

// A directory for a temporary shard written beside the live generation by writer `n` of this
// process (PATH/shard-PID-N); shards are merged into a new generation at the end of a run.
std::string shard_directory(const std::string& index_path, unsigned n);

// Removes what a killed run left behind: generations other than the live one and shards.
// Only to be called by the writer holding the live generation's lock.
void remove_stale(const std::string& index_path);

}  // namespace verbatim::write
