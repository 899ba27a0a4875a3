// Strings handed across the table of fetch/http_module.h (fetch/http_text.h).
#pragma once

#include "fetch/http_text.h"

namespace verbatim::http {

using http_text::free_text;
using http_text::set_text;
using http_text::take_text;

}  // namespace verbatim::http
