// What `verbatim --version` prints: verbatim's version and those of the libraries and the index
// layout it was built with. Cheap: opens no index.
#pragma once

#include <string>

namespace verbatim::cli {

// "verbatim 0.1.0\nXapian 1.4.22\nICU 72.1\nindex schema 2" (no final newline).
std::string version_text();

}  // namespace verbatim::cli
