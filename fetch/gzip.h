// Compressing a page for the archive (zlib, gzip format), read back by read/gunzip.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::fetch {

// `bytes` in gzip format. Throws std::runtime_error when zlib fails (out of memory).
std::string gzip(std::string_view bytes);

}  // namespace verbatim::fetch
