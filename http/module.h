// The helper's functions as one table (fetch/http_module.h), which http/serve.cc answers
// requests with: C types only, every failure a returned reason.
#pragma once

#include "fetch/http_module.h"

namespace verbatim::http {

const VerbatimHttpModule& module();

}  // namespace verbatim::http
