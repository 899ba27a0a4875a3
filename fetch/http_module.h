// The HTTP functions `verbatim fetch` uses, as a table of functions that take and return C types
// only: implemented with libcurl in the helper program verbatim-http (http/module.h), and in the
// verbatim executable by requests to that helper (fetch/http_helper.h), so that verbatim links
// no libcurl and every other command starts without the TLS, compression and name libraries it
// brings.
#pragma once

#include <stddef.h>

extern "C" {

// Raised when the table changes.
#define VERBATIM_HTTP_MODULE_ABI 1

// Bytes the table's functions allocated (with malloc); given back with
// VerbatimHttpModule::free_text.
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

}  // extern "C"
