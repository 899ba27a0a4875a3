#include "schema/cluster.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "schema/location.h"

namespace verbatim::schema {
namespace fs = std::filesystem;
namespace {

// The shards of each cluster opened in this process, by the combined database's UUID (one
// UUID per shard, joined): Xapian gives no access to the shards of a combined Database.
struct Shards {
  std::vector<Xapian::Database> dbs;
  std::vector<std::string> names;
};

std::mutex registry_mutex;
std::map<std::string, Shards>& registry() {
  static std::map<std::string, Shards> r;
  return r;
}

const Shards* registered(const Xapian::Database& db) {
  if (db.size() < 2) return nullptr;
  std::lock_guard<std::mutex> lock(registry_mutex);
  auto it = registry().find(db.get_uuid());
  return it == registry().end() ? nullptr : &it->second;
}

std::vector<std::string> words_of(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool is_stub_line(const std::vector<std::string>& w) {
  if (w.size() == 2 && (w[0] == "auto" || w[0] == "glass")) return true;
  if (w.size() == 2 && w[0] == "remote" && w[1].size() > 1 && w[1][0] == ':') return true;
  return w.size() >= 3 && w[0] == "remote" && w[1][0] != ':';
}

unsigned port_of(const std::string& text, const std::string& where) {
  try {
    std::size_t used = 0;
    unsigned long port = std::stoul(text, &used);
    if (used == text.size() && port > 0 && port < 65536) return static_cast<unsigned>(port);
  } catch (...) {
  }
  throw UserError(fmt::format("{}: `{}` is not a port number", where, text), 2);
}

// Opens one shard of the stub at `stub_dir` (relative paths are read from there, as Xapian
// does).
Xapian::Database connect_shard(const std::string& line, const fs::path& stub_dir,
                               const ReadOptions& options) {
  const std::vector<std::string> w = words_of(line);
  if (w[0] == "remote" && w[1][0] == ':') {
    const std::string address = w[1].substr(1);
    const std::size_t colon = address.rfind(':');
    const std::string host = colon == std::string::npos ? "127.0.0.1" : address.substr(0, colon);
    const unsigned port = port_of(address.substr(colon == std::string::npos ? 0 : colon + 1), line);
    return Xapian::Remote::open(host, port, options.timeout_ms, options.timeout_ms);
  }
  if (w[0] == "remote") {
    const std::string args = line.substr(line.find(w[1]) + w[1].size() + 1);
    return Xapian::Remote::open(w[1], args, options.timeout_ms);
  }
  fs::path path(w[1]);
  if (path.is_relative()) path = stub_dir / path;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw UserError(fmt::format("no index at {}", path.string()));
  return Xapian::Database(path.string());
}

Xapian::Database open_shard(const std::string& line, const fs::path& stub_dir,
                            const ReadOptions& options) {
  Xapian::Database db = connect_shard(line, stub_dir, options);
  check_schema_version(db, line);
  return db;
}

std::string shard_failure(const ShardSpec& shard, const std::string& file, const std::string& why) {
  return fmt::format("shard `{}` ({} line {}) cannot be used: {}", shard.line, file,
                     shard.line_number, why);
}

}  // namespace

bool is_cluster_file(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

std::vector<ShardSpec> read_cluster_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw UserError(fmt::format("cannot read the cluster file {}", path));
  std::vector<ShardSpec> out;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::vector<std::string> w = words_of(line);
    if (w.empty() || w[0][0] == '#') continue;
    if (!is_stub_line(w))
      throw UserError(fmt::format("{} line {}: `{}` is not a shard (auto PATH, remote :HOST:PORT "
                                  "or remote PROGRAM ARGS...)",
                                  path, number, line),
                      2);
    out.push_back({fmt::format("{}", fmt::join(w, " ")), number});
  }
  if (out.empty()) throw UserError(fmt::format("the cluster file {} lists no shard", path), 2);
  return out;
}

std::string stub_line_for(const std::string& shard) {
  if (is_stub_line(words_of(shard))) return fmt::format("{}", fmt::join(words_of(shard), " "));
  if (shard.rfind("ssh:", 0) == 0) {
    const std::size_t colon = shard.find(':', 4);
    if (colon != std::string::npos && colon > 4 && colon + 1 < shard.size())
      return fmt::format("remote ssh {} xapian-progsrv {}", shard.substr(4, colon - 4),
                         shard.substr(colon + 1));
  }
  std::error_code ec;
  if (fs::is_directory(shard, ec)) return "auto " + fs::absolute(shard).lexically_normal().string();
  const std::size_t colon = shard.rfind(':');
  if (colon != std::string::npos && colon + 1 < shard.size() &&
      shard.find('/') == std::string::npos) {
    port_of(shard.substr(colon + 1), shard);
    return "remote :" + (colon == 0 ? "127.0.0.1" + shard : shard);
  }
  throw UserError(fmt::format("`{}` is not a shard: give an index directory, HOST:PORT (a "
                              "`verbatim serve`) or ssh:HOST:PATH",
                              shard),
                  2);
}

Xapian::Database open_cluster(const std::string& path, const ReadOptions& options) {
  const std::vector<ShardSpec> specs = read_cluster_file(path);
  const fs::path dir = fs::absolute(path).parent_path();
  Shards shards;
  Xapian::Database all;
  std::vector<std::string> missing;
  for (const ShardSpec& spec : specs) {
    std::string why;
    try {
      Xapian::Database db = open_shard(spec.line, dir, options);
      all.add_database(db);
      shards.dbs.push_back(db);
      shards.names.push_back(spec.line);
      continue;
    } catch (const UserError& e) {
      if (e.status == 2) throw;
      why = e.what();
    } catch (const Xapian::Error& e) {
      why = fmt::format("{}: {}", e.get_type(), e.get_msg());
    }
    if (!options.partial)
      throw UserError(shard_failure(spec, path, why) + "; --partial answers from the others");
    missing.push_back(spec.line);
    std::fprintf(stderr, "verbatim: warning: %s; answering from the other shards\n",
                 shard_failure(spec, path, why).c_str());
  }
  if (shards.dbs.empty())
    throw UserError(fmt::format("no shard of the cluster {} could be opened", path));
  if (shards.dbs.size() > 1) {
    std::lock_guard<std::mutex> lock(registry_mutex);
    registry()[all.get_uuid()] = std::move(shards);
  }
  return all;
}

std::vector<Xapian::Database> shards_of(const Xapian::Database& db) {
  if (const Shards* s = registered(db)) return s->dbs;
  return {db};
}

std::string metadata(const Xapian::Database& db, const std::string& key) {
  if (const Shards* s = registered(db))
    for (const Xapian::Database& shard : s->dbs)
      if (std::string v = shard.get_metadata(key); !v.empty()) return v;
  return db.get_metadata(key);
}

std::vector<std::string> metadata_keys(const Xapian::Database& db, const std::string& prefix) {
  std::set<std::string> keys;
  for (const Xapian::Database& shard : shards_of(db))
    for (auto k = shard.metadata_keys_begin(prefix); k != shard.metadata_keys_end(prefix); ++k)
      keys.insert(*k);
  return {keys.begin(), keys.end()};
}

std::vector<std::string> failing_shards(const Xapian::Database& db) {
  std::vector<std::string> out;
  const Shards* s = registered(db);
  if (!s) return out;
  for (std::size_t i = 0; i < s->dbs.size(); ++i) {
    try {
      Xapian::Database probe = s->dbs[i];
      probe.reopen();
      (void)probe.get_doccount();
    } catch (const Xapian::Error&) {
      out.push_back(s->names[i]);
    }
  }
  return out;
}

}  // namespace verbatim::schema
