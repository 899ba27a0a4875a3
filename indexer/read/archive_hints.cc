#include "indexer/read/archive_hints.h"

#include <filesystem>

#include "archive/manifest.h"

namespace verbatim::read {

PageHint ArchiveHints::lookup(const std::string& page_path) {
  namespace fs = std::filesystem;
  const fs::path page = fs::absolute(page_path).lexically_normal();
  const fs::path archive = page.parent_path().parent_path();
  const Hints& hints = hints_of(archive.string());
  auto it = hints.find(page.lexically_relative(archive).generic_string());
  return it == hints.end() ? PageHint{} : it->second;
}

const ArchiveHints::Hints& ArchiveHints::hints_of(const std::string& archive_dir) {
  auto [it, fresh] = archives_.try_emplace(archive_dir);
  if (!fresh) return it->second;
  const std::string manifest =
      (std::filesystem::path(archive_dir) / archive::kManifestName).string();
  std::error_code ec;
  if (!std::filesystem::exists(manifest, ec)) return it->second;
  try {
    for (const archive::Record& r : archive::Manifest::load(manifest).records())
      if (!r.path.empty() && r.kind == "page")
        it->second[r.path] = {r.final_url.empty() ? r.url : r.final_url,
                              archive::charset_of(r.content_type)};
  } catch (const std::exception&) {
    // A damaged manifest costs the hints only: pages still read, by their own metadata.
  }
  return it->second;
}

}  // namespace verbatim::read
