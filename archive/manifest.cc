#include "archive/manifest.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "archive/atomic_file.h"

namespace verbatim::archive {
namespace {

std::string string_at(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw std::runtime_error(std::string("\"") + key + "\" is not a string");
  return it->get<std::string>();
}

// A stored path must stay inside the archive: relative, without "..".
void check_path(const std::string& path) {
  std::filesystem::path p(path);
  if (p.is_absolute()) throw std::runtime_error("\"path\" is absolute: " + path);
  for (const auto& part : p)
    if (part == "..") throw std::runtime_error("\"path\" leaves the archive: " + path);
}

}  // namespace

Record parse_record(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("not a JSON object");
  Record r;
  r.url = string_at(j, "url");
  if (r.url.empty()) throw std::runtime_error("no \"url\"");
  r.final_url = string_at(j, "final_url");
  r.fetched_at = string_at(j, "fetched_at");
  if (auto it = j.find("status"); it != j.end() && it->is_number_integer())
    r.status = it->get<long>();
  r.etag = string_at(j, "etag");
  r.last_modified = string_at(j, "last_modified");
  r.content_type = string_at(j, "content_type");
  r.path = string_at(j, "path");
  check_path(r.path);
  r.kind = string_at(j, "kind");
  r.content_hash = string_at(j, "content_hash");
  return r;
}

std::string record_line(const Record& r) {
  nlohmann::ordered_json j{{"url", r.url},
                           {"final_url", r.final_url},
                           {"fetched_at", r.fetched_at},
                           {"status", r.status},
                           {"etag", r.etag},
                           {"last_modified", r.last_modified},
                           {"content_type", r.content_type},
                           {"path", r.path},
                           {"kind", r.kind},
                           {"content_hash", r.content_hash}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string charset_of(std::string_view content_type) {
  std::string lower(content_type);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::size_t at = lower.find("charset=");
  if (at == std::string::npos) return {};
  std::string value(content_type.substr(at + 8));
  value = value.substr(0, value.find(';'));
  auto quote_or_space = [](char c) { return c == '"' || c == '\'' || c == ' ' || c == '\t'; };
  while (!value.empty() && quote_or_space(value.back())) value.pop_back();
  std::size_t start = 0;
  while (start < value.size() && quote_or_space(value[start])) ++start;
  return value.substr(start);
}

Manifest Manifest::load(const std::string& path) {
  Manifest m;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (std::filesystem::exists(path)) throw std::runtime_error(path + ": cannot read");
    return m;
  }
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      m.put(parse_record(line));
    } catch (const std::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(number) +
                               ": not a manifest record: " + e.what());
    }
  }
  return m;
}

void Manifest::save(const std::string& path) const {
  std::string out;
  for (const auto& [url, record] : records_) out += record_line(record) + "\n";
  write_file_atomically(path, out);
}

const Record* Manifest::find(const std::string& url) const {
  auto it = records_.find(url);
  return it == records_.end() ? nullptr : &it->second;
}

void Manifest::put(Record record) {
  std::string key = record.url;
  records_[key] = std::move(record);
}

bool Manifest::path_used_by_other(const std::string& path, const std::string& url) const {
  for (const auto& [key, record] : records_)
    if (key != url && record.path == path) return true;
  return false;
}

std::vector<Record> Manifest::records() const {
  std::vector<Record> out;
  out.reserve(records_.size());
  for (const auto& [url, record] : records_) out.push_back(record);
  return out;
}

}  // namespace verbatim::archive
