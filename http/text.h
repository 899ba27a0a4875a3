// Strings handed across the module boundary: copied into malloc'd VerbatimHttpText, which the
// caller gives back through the table's free_text.
#pragma once

#include <string_view>

#include "fetch/http_module.h"

namespace verbatim::http {

// `out` holds a copy of `s` (a terminating NUL after its bytes); throws std::bad_alloc.
void set_text(VerbatimHttpText& out, std::string_view s);

void free_text(VerbatimHttpText* text);

}  // namespace verbatim::http
