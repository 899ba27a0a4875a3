// UTF-8 validity checks for input files.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace verbatim::read {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

}  // namespace verbatim::read
