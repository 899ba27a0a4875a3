// Data files compiled into the binary (see cmake/EmbedData.cmake and data/).
#pragma once

#include <string_view>
#include <vector>

namespace verbatim::data {

// The bytes of data/<name> (for example "gazetteer/countries.txt"); empty when there is none.
std::string_view file(std::string_view name);

// The names of the files directly in data/<folder> ("extract/words" -> "extract/words/x.txt",
// ...), in byte order.
std::vector<std::string_view> files_in(std::string_view folder);

// The lines of data/<name> with spaces trimmed, without blank lines and "#" comment lines.
std::vector<std::string_view> lines(std::string_view name);

}  // namespace verbatim::data
