// Stable hashes (the same on every machine and run): content hashes and short keys for long ids.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::build {

// XXH3-128 of `data` as 32 hex digits (the content hash stored in the index).
std::string hash_hex(std::string_view data);

// `id` itself when it fits comfortably in a Xapian term, else a prefix of it plus its 128-bit
// FNV-1a hash (kept so, not XXH3: an item's terms must not change under an existing index).
std::string term_safe_key(std::string_view id);

// The shard (1..n) an item of this id belongs to in an index split n ways (`index --shard K/N`):
// XXH3-64 of the id modulo n, the same on every machine, run and version.
unsigned shard_of(std::string_view id, unsigned n);

}  // namespace verbatim::build
