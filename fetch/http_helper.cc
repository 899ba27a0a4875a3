#include "fetch/http_helper.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "fetch/http_text.h"
#include "fetch/http_wire.h"

extern char** environ;

namespace verbatim::fetch {
namespace {

namespace wire = http_wire;

// The running helper: the socket to it, and the lock that keeps one request at a time on it.
struct Helper {
  int fd = -1;
  std::mutex mutex;
};
Helper helper;

std::string executable_dir() {
  std::string path(4096, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
  if (n <= 0) return {};
  path.resize(static_cast<std::size_t>(n));
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::vector<std::string> candidates() {
  if (const char* given = std::getenv("VERBATIM_HTTP_HELPER"); given && *given) return {given};
  const std::string dir = executable_dir();
  if (dir.empty()) return {};
  return {dir + "/" + kHttpHelperFile, dir + "/../lib/verbatim/" + kHttpHelperFile};
}

// Starts `path` with one end of a socket pair as its standard input: its pid, or -1 with the
// reason in `why`.
pid_t spawn(const std::string& path, int& fd, std::string& why) {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    why = std::strerror(errno);
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, ends[1], 0);
  char* argv[] = {const_cast<char*>(path.c_str()), nullptr};
  pid_t pid = -1;
  const int rc = ::posix_spawn(&pid, path.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(ends[1]);
  if (rc != 0) {
    ::close(ends[0]);
    why = std::strerror(rc);
    return -1;
  }
  fd = ends[0];
  return pid;
}

// Why a started program did not answer the greeting as a helper of this version: `answer` is
// what it said, `status` how it ended.
std::string refusal(const std::vector<std::string>& answer, int status) {
  if (answer.size() == 1)
    return "of another verbatim version (interface " + answer[0] + ", this verbatim needs " +
           std::to_string(wire::kAbi) + ")";
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
    return "it could not start: a library it needs is missing";
  return "not a verbatim HTTP helper";
}

// Starts the helper at `path` and greets it: true, or false with the reason in `why`.
bool start(const std::string& path, std::string& why) {
  if (::access(path.c_str(), F_OK) != 0) {
    why = "not found";
    return false;
  }
  int fd = -1;
  const pid_t pid = spawn(path, fd, why);
  if (pid < 0) return false;
  std::vector<std::string> answer;
  if (wire::send_frame(fd, {wire::kHello}) && wire::read_frame(fd, answer) && answer.size() == 1 &&
      answer[0] == std::to_string(wire::kAbi)) {
    helper.fd = fd;  // it ends when verbatim does (its input ends)
    return true;
  }
  ::close(fd);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  why = refusal(answer, status);
  return false;
}

// Waits for the answer to a GET, asking the helper to abandon it when the request says stop.
bool await_answer(const VerbatimHttpRequest& r) {
  bool asked = false;
  for (;;) {
    pollfd p{helper.fd, POLLIN, 0};
    const int n = ::poll(&p, 1, 100);
    if (n > 0) return true;
    if (n < 0 && errno != EINTR) return false;
    if (!asked && r.should_stop != nullptr && r.should_stop(r.stop_context))
      asked = wire::send_frame(helper.fd, {wire::kStop});
  }
}

using http_text::free_text;
using http_text::set_text;

constexpr const char* kHelperGone = "the HTTP helper verbatim-http ended unexpectedly";

// A URL request: 0 and the URL in `out`, or 1 and the reason.
int url_request(const std::vector<std::string_view>& request, VerbatimHttpText* out) {
  std::lock_guard<std::mutex> lock(helper.mutex);
  std::vector<std::string> a;
  if (!wire::send_frame(helper.fd, request) || !wire::read_frame(helper.fd, a) || a.size() != 2) {
    set_text(*out, kHelperGone);
    return 1;
  }
  set_text(*out, a[1]);
  return a[0] == "0" ? 0 : 1;
}

int canonical_url(const char* url, size_t size, VerbatimHttpText* out) {
  return url_request({wire::kCanonical, std::string_view(url, size)}, out);
}

int resolve_url(const char* base, size_t base_size, const char* reference, size_t reference_size,
                VerbatimHttpText* out) {
  return url_request({wire::kResolve, std::string_view(base, base_size),
                      std::string_view(reference, reference_size)},
                     out);
}

int host_of(const char* canonical, size_t size, VerbatimHttpText* out) {
  return url_request({wire::kHost, std::string_view(canonical, size)}, out);
}

const char* or_empty(const char* s) {
  return s ? s : "";
}

void http_get(const VerbatimHttpRequest* r, VerbatimHttpResponse* response) {
  std::lock_guard<std::mutex> lock(helper.mutex);
  const std::string timeout = wire::raw(r->timeout_seconds), max_bytes = wire::raw(r->max_bytes),
                    redirects = wire::raw(r->max_redirects);
  std::vector<std::string> a;
  if (!wire::send_frame(
          helper.fd, {wire::kGet, or_empty(r->url), or_empty(r->etag), or_empty(r->last_modified),
                      or_empty(r->user_agent), timeout, max_bytes, redirects}) ||
      !await_answer(*r) || !wire::read_frame(helper.fd, a) || a.size() != 7) {
    set_text(response->error, kHelperGone);
    return;
  }
  response->status = wire::from_raw<long>(a[0]);
  VerbatimHttpText* fields[] = {&response->final_url, &response->content_type,
                                &response->etag,      &response->last_modified,
                                &response->body,      &response->error};
  for (std::size_t i = 0; i < 6; ++i) set_text(*fields[i], a[i + 1]);
}

const VerbatimHttpModule kTable = {
    VERBATIM_HTTP_MODULE_ABI, canonical_url, resolve_url, host_of, http_get, free_text};

// Starts the first candidate that answers; false with what was tried in `failure`.
bool start_helper(std::string& failure) {
  const std::vector<std::string> paths = candidates();
  std::string tried;
  for (const std::string& path : paths) {
    std::string why;
    if (start(path, why)) return true;
    tried += (tried.empty() ? "" : "; ") + path + ": " + why;
  }
  if (paths.empty()) tried = "the executable's folder is unknown; set VERBATIM_HTTP_HELPER";
  failure = std::string("fetch needs the HTTP helper ") + kHttpHelperFile +
            " (it uses libcurl), which could not be started (" + tried +
            "); install it with verbatim (cmake --install puts it in lib/verbatim/), install "
            "libcurl4 when it is what is missing, or set VERBATIM_HTTP_HELPER to its path";
  return false;
}

}  // namespace

const VerbatimHttpModule& http_module() {
  static std::once_flag once;
  static bool started = false;
  static std::string failure;
  std::call_once(once, [] { started = start_helper(failure); });
  if (!started) throw HttpModuleMissing(failure);
  return kTable;
}

std::string take_text(VerbatimHttpText& text) {
  return http_text::take_text(text);
}

}  // namespace verbatim::fetch
