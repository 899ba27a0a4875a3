// Starts the HTTP helper program, verbatim-http (http/main.cc), the first time a fetch needs it,
// and gives the table of fetch/http_module.h over it: each call is a request to the helper
// (fetch/http_wire.h). Only the helper links libcurl, so the verbatim executable needs no shared
// library of its own and every other command starts without libcurl and what it brings.
// The helper is $VERBATIM_HTTP_HELPER when set (that file only), else beside the executable, else
// <executable's dir>/../lib/verbatim/ (where `cmake --install` puts it).
#pragma once

#include <stdexcept>
#include <string>

#include "fetch/http_module.h"

namespace verbatim::fetch {

inline constexpr const char* kHttpHelperFile = "verbatim-http";

// The helper could not be started; what() is one line naming where it was looked for, why it
// failed and what to install.
struct HttpModuleMissing : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The table, its helper started once per process (thread-safe; calls are one at a time). Throws
// HttpModuleMissing.
const VerbatimHttpModule& http_module();

// A copy of `text`, which is freed (empty afterwards).
std::string take_text(VerbatimHttpText& text);

}  // namespace verbatim::fetch
