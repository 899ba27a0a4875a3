// Decompressing gzip files (saved pages, .html.gz) with zlib.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::read {

// The decompressed bytes of `gz`. Throws std::runtime_error with a one-line reason when the data
// is not gzip, is damaged, or decompresses to more than `limit` bytes.
std::string gunzip(std::string_view gz, std::size_t limit);

}  // namespace verbatim::read
