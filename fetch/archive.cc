#include "fetch/archive.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "archive/atomic_file.h"
#include "fetch/gzip.h"
#include "fetch/http_get.h"
#include "indexer/read/gunzip.h"

namespace verbatim::fetch {
namespace fs = std::filesystem;
namespace {

// A crash loses at most this much of the manifest (the pages fetched since are fetched again).
constexpr auto kSaveEvery = std::chrono::seconds(5);

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

std::string manifest_path(const std::string& dir) {
  return (fs::path(dir) / archive::kManifestName).string();
}

int lock_archive(const std::string& dir) {
  const std::string path = (fs::path(dir) / ".lock").string();
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot open " + path + ": " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    throw std::runtime_error(dir + " is in use by another verbatim fetch; try again when it ends");
  }
  return fd;
}

}  // namespace

Archive::Archive(std::string dir) : dir_(std::move(dir)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec)
    throw std::runtime_error("cannot create the archive folder " + dir_ + ": " + ec.message());
  lock_fd_ = lock_archive(dir_);
  try {
    manifest_ = archive::Manifest::load(manifest_path(dir_));
  } catch (...) {
    ::close(lock_fd_);
    throw;
  }
  last_save_ = std::chrono::steady_clock::now();
}

Archive::~Archive() {
  try {
    save();
  } catch (const std::exception&) {
    // The manifest stays as last saved; the pages fetched since are fetched again next time.
  }
  ::close(lock_fd_);
}

std::string Archive::full_path(std::string_view relative) const {
  return (fs::path(dir_) / std::string(relative)).string();
}

void Archive::store(archive::Record record, std::string_view bytes) {
  archive::write_file_atomically(full_path(record.path),
                                 ends_with(record.path, ".gz") ? gzip(bytes) : std::string(bytes));
  // The page's canonical URL moved: the old file goes unless another record still names it.
  const archive::Record* old = manifest_.find(record.url);
  if (old && !old->path.empty() && old->path != record.path &&
      !manifest_.path_used_by_other(old->path, record.url)) {
    std::error_code ec;
    fs::remove(full_path(old->path), ec);
  }
  manifest_.put(std::move(record));
  dirty_ = true;
  save_now_and_then();
}

void Archive::touch(archive::Record record) {
  manifest_.put(std::move(record));
  dirty_ = true;
  save_now_and_then();
}

std::string Archive::stored_bytes(const archive::Record& record) const {
  const std::string path = full_path(record.path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return ends_with(record.path, ".gz") ? read::gunzip(s.str(), kMaxResponseBytes) : s.str();
}

void Archive::save() {
  if (!dirty_) return;
  manifest_.save(manifest_path(dir_));
  dirty_ = false;
  last_save_ = std::chrono::steady_clock::now();
}

void Archive::save_now_and_then() {
  if (std::chrono::steady_clock::now() - last_save_ >= kSaveEvery) save();
}

}  // namespace verbatim::fetch
