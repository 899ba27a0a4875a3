// How `verbatim fetch` (fetch/http_helper.h) and its HTTP helper program, verbatim-http
// (http/serve.h), talk: frames over a socket pair, one request and then its answer, never two
// requests at once. A frame is its count of fields, then each field's length and bytes; numbers
// travel as their bytes (both ends are one machine's processes). A request's first field names
// it (the k... constants below); kStop, sent while a GET runs, asks the helper to abandon it.
#pragma once

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace verbatim::http_wire {

// Raised when a request's or an answer's fields change; the helper answers kHello with it.
inline constexpr int kAbi = 1;
inline constexpr std::string_view kHello = "hello";              // -> {abi}
inline constexpr std::string_view kCanonical = "canonical_url";  // {url} -> {failed, text}
inline constexpr std::string_view kResolve = "resolve_url";  // {base, reference} -> {failed, text}
inline constexpr std::string_view kHost = "host_of";         // {canonical} -> {failed, text}
// {url, etag, last_modified, user_agent, timeout_seconds, max_bytes, max_redirects} ->
// {status, final_url, content_type, etag, last_modified, body, error}
inline constexpr std::string_view kGet = "get";
inline constexpr std::string_view kStop = "stop";

inline constexpr std::uint64_t kMaxFields = 16;
inline constexpr std::uint64_t kMaxFieldBytes = std::uint64_t(1) << 32;

template <typename T>
std::string raw(T value) {
  static_assert(std::is_trivially_copyable_v<T>);
  return std::string(reinterpret_cast<const char*>(&value), sizeof value);
}

// The number `raw` gave, or T() from a field of another size.
template <typename T>
T from_raw(const std::string& field) {
  T value{};
  if (field.size() == sizeof value) std::memcpy(&value, field.data(), sizeof value);
  return value;
}

inline bool send_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t k = ::send(fd, p, n, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

inline bool read_all(int fd, char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t k = ::read(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

inline bool send_frame(int fd, const std::vector<std::string_view>& fields) {
  std::string out = raw<std::uint64_t>(fields.size());
  for (std::string_view f : fields) out += raw<std::uint64_t>(f.size()) + std::string(f);
  return send_all(fd, out.data(), out.size());
}

// False at the end of the stream or on a malformed frame.
inline bool read_frame(int fd, std::vector<std::string>& fields) {
  std::uint64_t count = 0;
  if (!read_all(fd, reinterpret_cast<char*>(&count), sizeof count) || count > kMaxFields)
    return false;
  fields.assign(count, std::string());
  for (std::string& f : fields) {
    std::uint64_t n = 0;
    if (!read_all(fd, reinterpret_cast<char*>(&n), sizeof n) || n > kMaxFieldBytes) return false;
    f.resize(n);
    if (!read_all(fd, f.data(), n)) return false;
  }
  return true;
}

}  // namespace verbatim::http_wire
