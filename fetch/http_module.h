// The interface of the HTTP module, verbatim-http.so: the only code that uses libcurl, loaded by
// `verbatim fetch` alone (fetch/http_module_loader.h), so that every other command starts
// without mapping libcurl and the TLS, compression and name libraries it brings. One C entry
// point returns a table of functions that take and return C types only: the executable and the
// module share no C++ object, exception or allocator, whatever each links.
#pragma once

#include <stddef.h>

extern "C" {

// Raised when the table changes; the loader refuses a module of another number.
#define VERBATIM_HTTP_MODULE_ABI 1
// The entry point's name: const VerbatimHttpModule* verbatim_http_module(void).
#define VERBATIM_HTTP_MODULE_ENTRY "verbatim_http_module"
#define VERBATIM_HTTP_MODULE_FILE "verbatim-http.so"

// Bytes the module allocated; given back with VerbatimHttpModule::free_text.
struct VerbatimHttpText {
  char* data;
  size_t size;
};

struct VerbatimHttpRequest {
  const char* url;
  const char* etag;           // sent as If-None-Match when not empty
  const char* last_modified;  // sent as If-Modified-Since when not empty
  const char* user_agent;
  double timeout_seconds;
  size_t max_bytes;  // a longer body is refused, the transfer cut as soon as it is passed
  long max_redirects;
  int (*should_stop)(void* context);  // may be null; non-zero abandons the transfer
  void* stop_context;
};

struct VerbatimHttpResponse {
  long status;  // of the last response (after redirects); 0 when none came
  VerbatimHttpText final_url, content_type, etag, last_modified;
  VerbatimHttpText body;   // decoded (gzip undone); empty on an error
  VerbatimHttpText error;  // empty when a response came; else what went wrong, in one line
};

struct VerbatimHttpModule {
  int abi;  // VERBATIM_HTTP_MODULE_ABI
  // The URL functions return 0 with the result in `out`, or non-zero with a one-line reason.
  int (*canonical_url)(const char* url, size_t size, VerbatimHttpText* out);
  int (*resolve_url)(const char* base, size_t base_size, const char* reference,
                     size_t reference_size, VerbatimHttpText* out);
  int (*host_of)(const char* canonical, size_t size, VerbatimHttpText* out);
  // Fills `response` (zeroed by the caller); every failure is in response->error.
  void (*http_get)(const VerbatimHttpRequest* request, VerbatimHttpResponse* response);
  void (*free_text)(VerbatimHttpText* text);
};

typedef const VerbatimHttpModule* (*VerbatimHttpModuleEntry)(void);

}  // extern "C"
