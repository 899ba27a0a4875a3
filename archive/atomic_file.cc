#include "archive/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace verbatim::archive {
namespace {

// Closes the descriptor when it goes out of scope (an exception on the way out included).
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::runtime_error io_error(const std::string& what, const std::string& path) {
  return std::runtime_error("cannot " + what + " " + path + ": " + std::strerror(errno));
}

void write_all(int fd, std::string_view bytes, const std::string& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw io_error("write", path);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  // Hidden, so that a folder walk meeting one left by a kill does not read it.
  std::string tmp =
      (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  Fd file{::mkstemp(tmp.data())};
  if (file.fd < 0) throw io_error("create", tmp);
  try {
    write_all(file.fd, bytes, tmp);
    if (::fchmod(file.fd, 0644) != 0 || ::fsync(file.fd) != 0) throw io_error("write", tmp);
    if (::close(file.fd) != 0) {
      file.fd = -1;
      throw io_error("write", tmp);
    }
    file.fd = -1;
    if (::rename(tmp.c_str(), path.c_str()) != 0) throw io_error("rename over", path);
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
}

}  // namespace verbatim::archive
