// Paths of the bundled corpus used by the tests.
#pragma once

#include <string>

namespace verbatim::testing {

inline const std::string kCorpusDir = std::string(VERBATIM_SOURCE_DIR) + "/corpus";
inline const std::string kSeedItem = kCorpusDir + "/2023-09-08-cgtn-northeast-revitalization.txt";

}  // namespace verbatim::testing
