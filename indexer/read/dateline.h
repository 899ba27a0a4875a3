// Datelines at the start of a release's first paragraph, the one detector for every reader of
// them: the wire form "BEIJING, Sept. 8, 2023 /PRNewswire/ —" and the agency form
// "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) -- ".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace verbatim::read {

struct Dateline {
  std::string place;        // "BEIJING"
  std::string date;         // ISO 8601 "2023-09-08", empty when the dateline has no full date
  std::string distributor;  // "PRNewswire", empty when none
  std::size_t length =
      0;  // bytes of the paragraph the dateline takes, separator and spaces included
};

// Parses a dateline at the start of `paragraph`; nullopt when it does not start with one.
std::optional<Dateline> parse_dateline(std::string_view paragraph);

}  // namespace verbatim::read
