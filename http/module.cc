// The table of fetch/http_module.h over the helper's functions. Every C++ exception stops here,
// turned into an error the caller reads.
#include <exception>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

#include "http/module.h"

#include "http/get.h"
#include "http/text.h"
#include "http/url.h"

namespace verbatim::http {
namespace {

// Runs `f` (which returns the result string): 0 and the result in `out`, or 1 and the reason.
template <typename F>
int url_result(VerbatimHttpText* out, F f) {
  try {
    set_text(*out, f());
    return 0;
  } catch (const std::exception& e) {
    try {
      set_text(*out, e.what());
    } catch (...) {
    }
    return 1;
  }
}

int canonical_url_c(const char* url, size_t size, VerbatimHttpText* out) {
  return url_result(out, [&] { return canonical_url(std::string_view(url, size)); });
}

int resolve_url_c(const char* base, size_t base_size, const char* reference, size_t reference_size,
                  VerbatimHttpText* out) {
  return url_result(out, [&] {
    return resolve_url(std::string_view(base, base_size),
                       std::string_view(reference, reference_size));
  });
}

int host_of_c(const char* canonical, size_t size, VerbatimHttpText* out) {
  return url_result(out, [&] { return host_of(std::string_view(canonical, size)); });
}

void http_get_c(const VerbatimHttpRequest* request, VerbatimHttpResponse* response) {
  try {
    http_get(*request, *response);
  } catch (const std::exception& e) {
    try {
      set_text(response->error, e.what());
    } catch (...) {
    }
  }
}

const VerbatimHttpModule kModule = {
    VERBATIM_HTTP_MODULE_ABI, canonical_url_c, resolve_url_c, host_of_c, http_get_c, free_text};

}  // namespace

const VerbatimHttpModule& module() {
  return kModule;
}

}  // namespace verbatim::http
