// Paths of the bundled corpus and of the shared corpora used by the tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace verbatim::testing {

inline const std::string kCorpusDir = std::string(VERBATIM_SOURCE_DIR) + "/corpus";
inline const std::string kSeedItem = kCorpusDir + "/2023-09-08-cgtn-northeast-revitalization.txt";

// The shared corpora and gold files: $VERBATIM_SHARED, else the directory CMake found
// (../shared of the checkout, or of the directory above a worktree). Empty when neither exists.
inline std::string shared_dir() {
  const char* env = std::getenv("VERBATIM_SHARED");
  std::string dir = env != nullptr && *env != '\0' ? env : VERBATIM_SHARED_DIR;
  if (dir.empty() || !std::filesystem::exists(dir + "/gold/CONVENTIONS.md")) return {};
  return dir;
}

}  // namespace verbatim::testing
