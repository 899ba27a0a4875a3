#include "schema/location.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "schema/fields.h"

namespace verbatim::schema {

std::string resolve_index_path(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("VERBATIM_DB"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
    return (std::filesystem::path(xdg) / "verbatim").string();
  const char* home = std::getenv("HOME");
  return (std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "verbatim")
      .string();
}

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  std::string v = metadata(db, std::string(kMetaSchemaVersion));
  if (v.empty()) {
    if (db.get_doccount() == 0) return;
    throw UserError(fmt::format(
        "{} is a Xapian index but not a verbatim one (no schema version); give another --db, or "
        "re-create it with `verbatim index --rebuild --db {} SOURCES...`",
        path, path));
  }
  if (v != std::to_string(kSchemaVersion))
    throw UserError(fmt::format(
        "the index at {} has schema version {}, this verbatim reads version {}; re-create it with "
        "`verbatim index --rebuild --db {} SOURCES...`",
        path, v, kSchemaVersion, path));
}

std::string describe_xapian_error(const Xapian::Error& e, const std::string& path) {
  std::string type = e.get_type();
  if (type == "DatabaseOpeningError" || type == "DatabaseNotFoundError")
    return fmt::format("no index at {} ({}); create one with `verbatim index --db {} SOURCES...`",
                       path, e.get_msg(), path);
  if (type == "DatabaseCorruptError")
    return fmt::format(
        "the index at {} is damaged ({}); re-create it with `verbatim index --rebuild`", path,
        e.get_msg());
  if (type == "DatabaseVersionError")
    return fmt::format(
        "the index at {} was written by another Xapian format ({}); re-create it with "
        "`verbatim index --rebuild`",
        path, e.get_msg());
  return fmt::format("index {}: {}: {}", path, type, e.get_msg());
}

Xapian::Database open_for_reading(const std::string& path, const ReadOptions& options) {
  if (is_cluster_file(path)) return open_cluster(path, options);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw UserError(fmt::format(
        "no index at {}; create it with `verbatim index --db {} corpus/` (or set VERBATIM_DB)",
        path, path));
  try {
    Xapian::Database db(path);
    check_schema_version(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    throw UserError(describe_xapian_error(e, path));
  }
}

}  // namespace verbatim::schema
