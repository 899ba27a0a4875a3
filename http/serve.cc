#include "http/serve.h"

#include <poll.h>

#include <string>
#include <vector>

#include "fetch/http_wire.h"
#include "http/module.h"
#include "http/text.h"

namespace verbatim::http {
namespace {

namespace wire = http_wire;

// A GET's should_stop: the caller sent kStop (or went away) while the transfer ran.
extern "C" int stop_sent(void* context) {
  const int fd = *static_cast<const int*>(context);
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, 0) <= 0) return 0;
  std::vector<std::string> frame;
  return !wire::read_frame(fd, frame) || (!frame.empty() && frame[0] == wire::kStop) ? 1 : 0;
}

bool answer_url(int fd, int failed, VerbatimHttpText& out) {
  const std::string text = take_text(out);
  return wire::send_frame(fd, {failed ? "1" : "0", text});
}

bool answer_get(int fd, const std::vector<std::string>& q) {
  int stop_fd = fd;
  VerbatimHttpRequest r{};
  r.url = q[1].c_str();
  r.etag = q[2].c_str();
  r.last_modified = q[3].c_str();
  r.user_agent = q[4].c_str();
  r.timeout_seconds = wire::from_raw<double>(q[5]);
  r.max_bytes = wire::from_raw<size_t>(q[6]);
  r.max_redirects = wire::from_raw<long>(q[7]);
  r.should_stop = stop_sent;
  r.stop_context = &stop_fd;
  VerbatimHttpResponse got{};
  module().http_get(&r, &got);
  const std::string fields[] = {take_text(got.final_url), take_text(got.content_type),
                                take_text(got.etag),      take_text(got.last_modified),
                                take_text(got.body),      take_text(got.error)};
  return wire::send_frame(fd, {wire::raw(got.status), fields[0], fields[1], fields[2], fields[3],
                               fields[4], fields[5]});
}

// Answers one request; false when it is none this helper knows.
bool answer(int fd, const std::vector<std::string>& q) {
  const VerbatimHttpModule& m = module();
  VerbatimHttpText out{};
  const std::string_view op = q[0];
  if (op == wire::kHello && q.size() == 1)
    return wire::send_frame(fd, {std::to_string(wire::kAbi)});
  if (op == wire::kCanonical && q.size() == 2)
    return answer_url(fd, m.canonical_url(q[1].data(), q[1].size(), &out), out);
  if (op == wire::kResolve && q.size() == 3)
    return answer_url(fd, m.resolve_url(q[1].data(), q[1].size(), q[2].data(), q[2].size(), &out),
                      out);
  if (op == wire::kHost && q.size() == 2)
    return answer_url(fd, m.host_of(q[1].data(), q[1].size(), &out), out);
  if (op == wire::kGet && q.size() == 8) return answer_get(fd, q);
  return false;
}

}  // namespace

int serve(int fd) {
  std::vector<std::string> request;
  while (wire::read_frame(fd, request)) {
    // A stop that came as the transfer it was meant for ended.
    if (request.empty() || request[0] == wire::kStop) continue;
    if (!answer(fd, request)) return 1;
  }
  return 0;
}

}  // namespace verbatim::http
