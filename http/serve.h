// The HTTP helper program's loop (http/main.cc): answers the requests `verbatim fetch` sends on
// `fd` (fetch/http_wire.h), one at a time, until the stream ends.
#pragma once

namespace verbatim::http {

// 0 when the stream ended, 1 on a request it does not know (the caller is another version).
int serve(int fd);

}  // namespace verbatim::http
