// Finds and loads the HTTP module (verbatim-http.so, fetch/http_module.h) the first time a fetch
// needs it: $VERBATIM_HTTP_MODULE when set (that file only), else beside the executable, else in
// <executable's dir>/../lib/verbatim/ (where `cmake --install` puts it).
#pragma once

#include <stdexcept>
#include <string>

#include "fetch/http_module.h"

namespace verbatim::fetch {

// The module could not be loaded; what() is one line naming where it was looked for, why it
// failed and what to install.
struct HttpModuleMissing : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The module's table, loaded once per process (thread-safe). Throws HttpModuleMissing.
const VerbatimHttpModule& http_module();

// A copy of `text`, which is given back to the module (empty afterwards).
std::string take_text(VerbatimHttpText& text);

}  // namespace verbatim::fetch
