// Data files compiled into the binary (see cmake/EmbedData.cmake and data/).
#pragma once

#include <string_view>

namespace verbatim::data {

// The bytes of data/<name> (for example "gazetteer/countries.txt"); empty when there is none.
std::string_view file(std::string_view name);

}  // namespace verbatim::data
