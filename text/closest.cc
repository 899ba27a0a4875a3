#include "text/closest.h"

#include <algorithm>

namespace verbatim::text {
namespace {

// Edit distance of two short ASCII words, a swap of two neighbours counting as one edit
// ("idnex" is one from "index"; optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] =
          std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest(std::string_view typed, const std::vector<std::string>& known) {
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const std::string& k : known) {
    const std::size_t d = edit_distance(typed, k);
    if (!best || d < best_distance) best = &k, best_distance = d;
  }
  if (!best || best_distance > std::max<std::size_t>(1, typed.size() / 3)) return "";
  return *best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& known) {
  const std::string best = closest(typed, known);
  return best.empty() ? best : "; did you mean " + best + "?";
}

}  // namespace verbatim::text
