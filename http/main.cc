// verbatim-http: the program `verbatim fetch` starts to make its HTTP requests and parse URLs
// with libcurl (fetch/http_helper.h), so that the verbatim executable links no libcurl and can be
// linked statically. It reads requests on its standard input, a socket, and answers on it.
#include "http/serve.h"

int main() {
  return verbatim::http::serve(0);
}
