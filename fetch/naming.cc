#include "fetch/naming.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
// xxHash compiled in (header-only), as in indexer/build/hash.cc.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace verbatim::fetch {
namespace {

std::string url_key(std::string_view canonical_url) {
  return fmt::format("{:016x}", XXH3_64bits(canonical_url.data(), canonical_url.size()));
}

}  // namespace

std::string resolve_archive_dir(const std::string& option) {
  namespace fs = std::filesystem;
  if (!option.empty()) return option;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return (fs::path(xdg) / "verbatim" / "archive").string();
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".local" / "share" / "verbatim" / "archive")
      .string();
}

std::string page_path(std::string_view canonical_url) {
  const std::string key = url_key(canonical_url);
  return key.substr(0, 2) + "/" + key + ".html.gz";
}

std::string feed_path(std::string_view canonical_url) {
  return ".feeds/" + url_key(canonical_url) + ".feed";
}

std::string content_hash(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

}  // namespace verbatim::fetch
