#include "query/print/style.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <fmt/color.h>
#include <fmt/format.h>

#include "query/search/search.h"
#include "text/wrap.h"

namespace verbatim::query {
namespace {

std::string styled(bool color, fmt::text_style style, std::string_view text) {
  return color ? fmt::format(style, "{}", text) : std::string(text);
}

// The byte of `marked` where plain text offset `plain` falls: after the marks that close words
// before it, before those that open words after it.
std::size_t marked_offset(std::string_view marked, std::size_t plain) {
  std::size_t at = 0, seen = 0;
  while (at < marked.size() && (seen < plain || marked[at] == kMarkEnd)) {
    if (marked[at] != kMarkStart && marked[at] != kMarkEnd) ++seen;
    ++at;
  }
  return at;
}

}  // namespace

std::string bold(bool color, std::string_view text) {
  return styled(color, fmt::emphasis::bold, text);
}

std::string dim(bool color, std::string_view text) {
  return styled(color, fmt::emphasis::faint, text);
}

std::string colored(std::string_view marked, bool color, std::string_view style) {
  std::string out;
  for (char c : marked) {
    if (c == kMarkStart) {
      if (color) out += style;
    } else if (c == kMarkEnd) {
      if (color) out += kReset;
    } else {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> wrap_marked(std::string_view marked, std::size_t width) {
  const std::string plain = strip_marks(marked);
  std::vector<std::string> lines;
  bool open = false;  // the previous line ended inside marked words
  for (const auto& [begin, end] : text::wrap(plain, width)) {
    const std::size_t from = marked_offset(marked, begin), to = marked_offset(marked, end);
    std::string line = open ? std::string(1, kMarkStart) : std::string();
    line.append(marked.substr(from, to - from));
    for (char c : marked.substr(from, to - from))
      if (c == kMarkStart || c == kMarkEnd) open = c == kMarkStart;
    if (open) line += kMarkEnd;
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string str(const nlohmann::json& j, std::string_view key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::size_t terminal_width(std::FILE* out) {
  if (isatty(fileno(out)) == 0) return 0;
  winsize size{};
  if (ioctl(fileno(out), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  const char* columns = std::getenv("COLUMNS");
  const int n = columns ? std::atoi(columns) : 0;
  return n > 0 ? static_cast<std::size_t>(n) : 80;
}

}  // namespace verbatim::query
