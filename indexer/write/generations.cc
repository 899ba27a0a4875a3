#include "indexer/write/generations.h"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include <xapian.h>

#include "schema/location.h"

namespace verbatim::write {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStub = "XAPIANDB";

int generation_number(const fs::path& dir) {
  std::string name = dir.filename().string();
  if (name.rfind("gen-", 0) != 0) return -1;
  try {
    return std::stoi(name.substr(4));
  } catch (...) {
    return -1;
  }
}

std::string read_stub(const fs::path& index) {
  std::ifstream in(index / kStub);
  std::string backend, name;
  in >> backend >> name;
  return name;
}

// Flushes a file or a directory (its entries) to disk; best effort.
void sync_path(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Flushes a generation's files: databases written without syncs (shards, --rebuild) are
// durable before the stub names them.
void sync_generation(const fs::path& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec)) sync_path(entry.path());
  sync_path(dir);
}

void write_stub(const fs::path& index, const std::string& generation_name) {
  fs::path tmp = index / (std::string(kStub) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "glass " << generation_name << "\n";
    out.flush();
    if (!out) throw schema::UserError(fmt::format("cannot write {}", tmp.string()));
  }
  sync_path(tmp);
  fs::rename(tmp, index / kStub);
  sync_path(index);
}

}  // namespace

// True when PATH holds nothing but what a run killed before writing the stub leaves behind (or
// the fetch archive, whose default place is the default index's folder: `archive`).
bool only_leftovers(const fs::path& index) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(index, ec)) {
    std::string name = entry.path().filename().string();
    if (generation_number(entry.path()) < 0 && name.rfind("shard-", 0) != 0 &&
        name != "verbatim.pid" && name.rfind(kStub, 0) != 0 && name != "archive")
      return false;
  }
  return !ec;
}

std::string live_generation(const std::string& index_path) {
  fs::path index(index_path);
  std::error_code ec;
  if (fs::exists(index / kStub)) {
    std::string name = read_stub(index);
    if (name.empty() || name.find('/') != std::string::npos)
      throw schema::UserError(
          fmt::format("{}/{} is not a verbatim stub; re-create the index with "
                      "`verbatim index --rebuild`",
                      index_path, kStub));
    return (index / name).string();
  }
  if (fs::exists(index) && !fs::is_directory(index))
    throw schema::UserError(
        fmt::format("{} exists and is not an index directory; pass another --db", index_path));
  if (fs::exists(index) && !fs::is_empty(index, ec) && !only_leftovers(index))
    throw schema::UserError(fmt::format(
        "{} is not empty and holds no verbatim index; pass another --db or remove it", index_path));
  fs::create_directories(index, ec);
  if (ec)
    throw schema::UserError(
        fmt::format("cannot create the index directory {}: {}", index_path, ec.message()));
  // The database exists before the stub names it, so a reader never meets a stub naming nothing
  // (a process killed in between leaves only leftovers, handled above).
  const fs::path first = index / "gen-1";
  try {
    try {
      Xapian::WritableDatabase(first.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS)
          .close();
    } catch (const Xapian::DatabaseOpeningError&) {
      // A first run killed while Xapian was creating gen-1 leaves its tables without the
      // version file; no stub names it, so it holds nothing: start it again.
      fs::remove_all(first, ec);
      Xapian::WritableDatabase(first.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS)
          .close();
    }
  } catch (const Xapian::DatabaseLockError&) {
    // Another process is creating it at this moment: it will be there.
  } catch (const Xapian::Error& e) {
    throw schema::UserError(schema::describe_xapian_error(e, index_path));
  }
  write_stub(index, "gen-1");
  return first.string();
}

std::string next_generation(const std::string& index_path) {
  int highest = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(index_path, ec))
    highest = std::max(highest, generation_number(entry.path()));
  return (fs::path(index_path) / fmt::format("gen-{}", highest + 1)).string();
}

void switch_generation(const std::string& index_path, const std::string& generation,
                       bool keep_previous) {
  fs::path index(index_path);
  const std::string previous = read_stub(index);
  std::string name = fs::path(generation).filename().string();
  sync_generation(generation);
  write_stub(index, name);
  std::error_code ec;
  std::vector<fs::path> doomed;
  for (const auto& entry : fs::directory_iterator(index, ec)) {
    std::string entry_name = entry.path().filename().string();
    if (generation_number(entry.path()) >= 0 && entry_name != name &&
        !(keep_previous && entry_name == previous))
      doomed.push_back(entry.path());
  }
  for (const fs::path& p : doomed) fs::remove_all(p, ec);
}

std::string shard_directory(const std::string& index_path, unsigned n) {
  return (fs::path(index_path) / fmt::format("shard-{}-{}", ::getpid(), n)).string();
}

void remove_stale(const std::string& index_path) {
  fs::path index(index_path);
  const std::string live = read_stub(index);
  std::error_code ec;
  std::vector<fs::path> doomed;
  for (const auto& entry : fs::directory_iterator(index, ec)) {
    std::string name = entry.path().filename().string();
    if ((generation_number(entry.path()) >= 0 && name != live) || name.rfind("shard-", 0) == 0)
      doomed.push_back(entry.path());
  }
  for (const fs::path& p : doomed) fs::remove_all(p, ec);
}

}  // namespace verbatim::write
