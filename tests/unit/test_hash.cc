// The stored hashes: XXH3-128 content hashes, FNV-1a keys of long ids (unchanged since schema 1).
#include <catch2/catch.hpp>

#include "indexer/build/hash.h"
#include "schema/fields.h"

using verbatim::build::hash_hex;
using verbatim::schema::item_key;

TEST_CASE("content hashes are XXH3-128 in canonical hex", "[unit][hash]") {
  CHECK(hash_hex("") == "99aa06d3014798d86001c324468d497f");  // xxHash's reference value
  CHECK(hash_hex("verbatim") == "9db311dc951b73024f8145cbee8a9a60");
  CHECK(hash_hex("verbatim ") != hash_hex("verbatim"));
}

TEST_CASE("long ids are keyed by their first 120 bytes and a 128-bit FNV-1a", "[unit][hash]") {
  CHECK(item_key("item-1") == "item-1");
  const std::string fits(160, 'x');
  CHECK(item_key(fits) == fits);
  CHECK(item_key(std::string(200, 'x')) ==
        std::string(120, 'x') + "~6ee14c8caecd5c4540d0fffa82ab9664");
}
