#include "indexer/read/boilerplate.h"

#include <array>

namespace verbatim::read {

bool is_boilerplate(std::string_view p) {
  while (!p.empty() && (p.front() == ' ' || p.front() == '\t')) p.remove_prefix(1);
  constexpr std::array<std::string_view, 9> kPrefixes{"Cision View original content",
                                                      "View original content",
                                                      "SOURCE ",
                                                      "Photo - http",
                                                      "Logo - http",
                                                      "Video - http",
                                                      "To view the original version",
                                                      "CONTACT:",
                                                      "View source version on businesswire.com"};
  for (std::string_view prefix : kPrefixes)
    if (p.substr(0, prefix.size()) == prefix) return true;
  return p == "SOURCE" || p == "/PRNewswire/";
}

}  // namespace verbatim::read
