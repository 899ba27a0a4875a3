// Wrapping text to a terminal's width: line breaks where Unicode allows them (ICU's line break
// rules), widths in terminal columns (East Asian wide characters take two, marks and control
// characters none).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace verbatim::text {

// Columns `utf8` takes on a terminal.
std::size_t display_width(std::string_view utf8);

// Lines of `utf8` that fit in `width` columns (a word longer than a line gets a line of its
// own), as [begin, end) byte ranges without the spaces between lines. Width 0: one line.
std::vector<std::pair<std::size_t, std::size_t>> wrap(std::string_view utf8, std::size_t width);

}  // namespace verbatim::text
