#include "indexer/read/html/hints.h"

#include <array>
#include <string>
#include <vector>

#include "text/embedded_data.h"

namespace verbatim::read::html {
namespace {

constexpr std::array<std::string_view, 8> kFiles{
    "read/html/unlikely.txt", "read/html/maybe.txt",   "read/html/positive.txt",
    "read/html/negative.txt", "read/html/share.txt",   "read/html/byline.txt",
    "read/html/roles.txt",    "read/html/overlays.txt"};

const std::vector<std::string_view>& words(Hint hint) {
  static const std::array<std::vector<std::string_view>, kFiles.size()> lists = [] {
    std::array<std::vector<std::string_view>, kFiles.size()> out;
    for (std::size_t i = 0; i < kFiles.size(); ++i) out[i] = data::lines(kFiles[i]);
    return out;
  }();
  return lists[static_cast<std::size_t>(hint)];
}

}  // namespace

bool matches(Hint hint, std::string_view class_id) {
  for (std::string_view w : words(hint)) {
    if (hint == Hint::role ? class_id == w : class_id.find(w) != std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace verbatim::read::html
