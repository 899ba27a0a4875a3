// Copies of the seed release as a syndicating wire writes them: the same text under other ids
// and dates (the dateline's date changed too), as JSON Lines items (statement-copy tests).
#pragma once

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/corpus_paths.h"

namespace verbatim::testing {

// One JSON Lines item per (id, date): the seed's headline and paragraphs, its dateline's
// "Sept. 8, 2023" written as `dateline` (a date of the copy's own).
struct SeedCopy {
  std::string id, date, dateline;
};

inline std::string seed_copies_jsonl(const std::vector<SeedCopy>& copies) {
  std::ifstream in(kSeedItem);
  std::stringstream all;
  all << in.rdbuf();
  const std::string seed = all.str();
  const std::size_t end_of_title = seed.find('\n');
  const std::string title = seed.substr(0, end_of_title);
  std::string body = seed.substr(seed.find_first_not_of('\n', end_of_title));
  std::string out;
  for (const SeedCopy& c : copies) {
    std::string text = body;
    if (auto at = text.find("Sept. 8, 2023"); at != std::string::npos)
      text.replace(at, 13, c.dateline);
    out +=
        nlohmann::json{
            {"id", c.id}, {"title", title}, {"date", c.date}, {"source", "CGTN"}, {"body", text}}
            .dump() +
        "\n";
  }
  return out;
}

// Three copies: the first written on 2023-09-08, listed second.
inline const std::vector<SeedCopy> kThreeSeedCopies = {
    {"wire-b/northeast", "2023-09-09", "Sept. 9, 2023"},
    {"cgtn/northeast", "2023-09-08", "Sept. 8, 2023"},
    {"wire-a/northeast", "2023-09-11", "Sept. 11, 2023"},
};

}  // namespace verbatim::testing
