// The version of the ICU library verbatim runs with (for `verbatim --version`).
#pragma once

#include <string>

namespace verbatim::text {

// "72.1": ICU's u_getVersion, without trailing zero parts.
std::string icu_version();

}  // namespace verbatim::text
