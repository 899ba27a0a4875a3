#include "indexer/read/issuer.h"

#include <cctype>
#include <string>
#include <unordered_set>

#include "text/embedded_data.h"

namespace verbatim::read {
namespace {

bool known_issuer(std::string_view prefix) {
  static const std::unordered_set<std::string_view> issuers = [] {
    std::vector<std::string_view> lines = data::lines("read/issuers.txt");
    return std::unordered_set<std::string_view>(lines.begin(), lines.end());
  }();
  return issuers.count(prefix) > 0;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// "CGTN", "AP", "K24": capitals and digits only, 2 to 12 of them.
bool capitals_word(std::string_view prefix) {
  if (prefix.size() < 2 || prefix.size() > 12) return false;
  for (char c : prefix)
    if (!(std::isupper(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c))))
      return false;
  return true;
}

}  // namespace

std::optional<IssuerPrefix> issuer_prefix(std::string_view headline, std::string_view source) {
  const std::size_t colon = headline.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  const std::string_view before = headline.substr(0, colon);
  std::string_view issuer = before;
  while (!issuer.empty() && issuer.back() == ' ') issuer.remove_suffix(1);
  const bool names_source = capitals_word(before);
  const bool own_source = source.empty() ? names_source : same_ignoring_case(issuer, source);
  if (!known_issuer(issuer) && !own_source) return std::nullopt;
  std::size_t length = colon + 1;
  while (length < headline.size() && headline[length] == ' ') ++length;
  return IssuerPrefix{issuer, length, names_source};
}

}  // namespace verbatim::read
