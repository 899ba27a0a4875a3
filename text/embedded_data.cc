#include "text/embedded_data.h"

namespace verbatim::data {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> lines(std::string_view name) {
  std::vector<std::string_view> out;
  std::string_view rest = file(name);
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    const std::string_view line = trimmed(rest.substr(0, nl));
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (!line.empty() && line.front() != '#') out.push_back(line);
  }
  return out;
}

}  // namespace verbatim::data
