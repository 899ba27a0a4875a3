#include "indexer/build/hash.h"

#include <cstdint>

#include <fmt/format.h>

namespace verbatim::build {
namespace {

std::uint64_t fnv1a(std::string_view data, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::string hash_hex(std::string_view data) {
  return fmt::format("{:016x}{:016x}", fnv1a(data, 0xcbf29ce484222325ULL),
                     fnv1a(data, 0x84222325cbf29ce4ULL));
}

std::string term_safe_key(std::string_view id) {
  constexpr std::size_t kMax = 160;
  if (id.size() <= kMax) return std::string(id);
  return std::string(id.substr(0, 120)) + "~" + hash_hex(id);
}

}  // namespace verbatim::build
