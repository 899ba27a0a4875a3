// One polite HTTP GET with libcurl: http and https only (redirects too), at most
// request.max_redirects redirects, a timeout, gzip accepted, bodies over request.max_bytes
// refused, conditional on the validators given.
#pragma once

#include "fetch/http_module.h"

namespace verbatim::http {

// Fills `response`; network errors, timeouts, refused schemes and too large bodies come back in
// its `error`. Throws only std::bad_alloc.
void http_get(const VerbatimHttpRequest& request, VerbatimHttpResponse& response);

}  // namespace verbatim::http
