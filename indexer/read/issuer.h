// The issuer prefix of a headline ("CGTN: China's northeast ..."), the one rule for every reader
// of it: the reader takes the source from it, the extractor leaves it out of the headline.
#pragma once

#include <optional>
#include <string_view>

namespace verbatim::read {

struct IssuerPrefix {
  std::string_view issuer;  // "CGTN", a part of the headline
  std::size_t length = 0;   // bytes of the headline it takes, colon and spaces included
  // Written as a short word in capitals or digits ("CGTN", "AP"), the shape that names the source
  // of an item that has none.
  bool names_source = false;
};

// The prefix before a colon in the first 40 bytes of `headline` when it is a known issuer
// (data/read/issuers.txt), the item's own `source` (in any case), or, for an item without a
// source, a word of 2 to 12 capitals or digits. nullopt otherwise.
std::optional<IssuerPrefix> issuer_prefix(std::string_view headline, std::string_view source);

}  // namespace verbatim::read
