// Stable hashes (the same on every machine and run): content hashes and shards of item ids.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::build {

// XXH3-128 of `data` as 32 hex digits (the content hash stored in the index).
std::string hash_hex(std::string_view data);

// The shard (1..n) an item of this id belongs to in an index split n ways (`index --shard K/N`):
// XXH3-64 of the id modulo n, the same on every machine, run and version.
unsigned shard_of(std::string_view id, unsigned n);

}  // namespace verbatim::build
