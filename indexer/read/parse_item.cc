// Parsing one item from plain text or from a JSON Lines record.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <utility>

#include "indexer/read/boilerplate.h"
#include "indexer/read/dateline.h"
#include "indexer/read/issuer.h"
#include "indexer/read/sources.h"
#include "indexer/read/utf8.h"
#include "text/dates.h"
#include "text/embedded_data.h"

namespace verbatim::read {
namespace {

bool is_blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

void check_text(std::string_view content) {
  if (content.find('\0') != std::string_view::npos)
    throw std::runtime_error("binary file (contains NUL bytes), not a news item");
  if (auto bad = find_invalid_utf8(content))
    throw std::runtime_error("invalid UTF-8 at byte " + std::to_string(*bad));
}

std::string string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw std::runtime_error(std::string("field \"") + key + "\" is not a string");
}

// The names feeds and scrapers use for one field, the project's own first: a record with
// "text" or "content" instead of "body" is read the same.
constexpr std::array<const char*, 4> kBodyKeys = {"body", "text", "content", "article"};
constexpr std::array<const char*, 2> kTitleKeys = {"title", "headline"};
constexpr std::array<const char*, 3> kDateKeys = {"date", "published", "published_at"};

template <std::size_t N>
std::pair<std::string, const char*> first_field(const nlohmann::json& j,
                                                const std::array<const char*, N>& keys) {
  for (const char* key : keys) {
    std::string value = string_field(j, key);
    if (!trim(value).empty()) return {std::move(value), key};
  }
  return {std::string(), keys[0]};
}

template <std::size_t N>
std::string field_names(const std::array<const char*, N>& keys) {
  std::string out;
  for (const char* key : keys) out += std::string(out.empty() ? "" : ", ") + '"' + key + '"';
  return out;
}

// Boilerplate paragraphs, and the publisher a "SOURCE CGTN" paragraph names.
void mark_boilerplate(Item& item) {
  for (std::size_t p = 1; p < item.paragraphs.size(); ++p) {
    Paragraph& para = item.paragraphs[p];
    para.boilerplate = is_boilerplate(para.text);
    if (para.text.rfind("SOURCE ", 0) == 0 && item.source.empty())
      item.source = std::string(trim(std::string_view(para.text).substr(7)));
  }
}

bool is_sign_off(std::string_view word) {
  static const std::vector<std::string> sign_offs = [] {
    std::vector<std::string> out;
    for (std::string_view line : data::lines("read/sign_offs.txt")) {
      std::string upper(line);
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.push_back(std::move(upper));
    }
    return out;
  }();
  std::string upper(word);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return std::find(sign_offs.begin(), sign_offs.end(), upper) != sign_offs.end();
}

bool all_capitals(std::string_view word) {
  for (char c : word)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  return true;
}

// "... the sources said. REUTER": the agency's sign-off closing the body is no text of the item
// (no entity, nothing to search). Only the last word of the last paragraph, in capitals or after
// a sentence end ("said Fred Reuter" keeps its name); a paragraph of the sign-off alone becomes
// boilerplate.
void drop_sign_off(Item& item) {
  if (item.paragraphs.size() < 2) return;
  Paragraph& last = item.paragraphs.back();
  std::string_view text = trim(last.text);
  std::string_view word = text.substr(
      text.find_last_of(" \t") == std::string_view::npos ? 0 : text.find_last_of(" \t") + 1);
  std::string_view bare = word;
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view tail : {"^M", "...", "\r"})
      if (bare.size() > tail.size() && bare.substr(bare.size() - tail.size()) == tail) {
        bare.remove_suffix(tail.size());
        trimmed = true;
      }
  }
  if (!is_sign_off(bare)) return;
  std::string_view before = trim(text.substr(0, text.size() - word.size()));
  if (before.empty()) {
    last.boilerplate = true;
    return;
  }
  char end = before.back();
  bool after_sentence =
      end == '.' || end == '!' || end == '?' || end == '"' || end == '\'' || end == ')';
  if (!all_capitals(bare) && !after_sentence) return;
  last.text.resize(static_cast<std::size_t>(before.data() + before.size() - last.text.data()));
}

// "BEIJING, Sept. 8, 2023 /PRNewswire/ — ", "WASHINGTON (Reuters) - " opening the first paragraph.
void take_dateline(Item& item) {
  if (item.paragraphs.size() < 2) return;
  Paragraph& first = item.paragraphs[1];
  auto d = parse_dateline(first.text);
  if (!d) return;
  item.place = d->place;
  item.distributor = d->distributor;
  first.lead = d->length;
  if (item.date.empty()) item.date = d->date;
}

// "CGTN: " opening the headline.
void take_issuer_prefix(Item& item) {
  if (item.paragraphs.empty()) return;
  Paragraph& headline = item.paragraphs[0];
  auto prefix = issuer_prefix(headline.text, item.source);
  if (!prefix) return;
  headline.lead = prefix->length;
  if (prefix->names_source && item.source.empty()) item.source = std::string(prefix->issuer);
}

// "dir/2023-09-08-cgtn-....txt": the date a file name starts with, for a text without a dateline.
std::string date_of_file_name(std::string_view path) {
  if (auto slash = path.rfind('/'); slash != std::string_view::npos) path.remove_prefix(slash + 1);
  if (path.size() < 10) return {};
  return text::parse_date(path.substr(0, 10)).value_or(std::string());
}

}  // namespace

std::vector<std::string> split_paragraphs(std::string_view body) {
  std::vector<std::string> out;
  std::string current;
  std::size_t i = 0;
  while (i <= body.size()) {
    std::size_t nl = body.find('\n', i);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view line = body.substr(i, nl - i);
    if (is_blank(line)) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += ' ';
      current += trim(line);
    }
    i = nl + 1;
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

void apply_wire_conventions(Item& item) {
  mark_boilerplate(item);
  drop_sign_off(item);
  take_dateline(item);
  take_issuer_prefix(item);
}

Item parse_text_item(std::string_view content, std::string id, std::string origin) {
  check_text(content);
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::size_t first_nl = content.find('\n');
  if (first_nl == std::string_view::npos && content.size() > 4096)
    throw std::runtime_error("no line breaks in " + std::to_string(content.size()) +
                             " bytes: not a news item (headline, blank line, paragraphs)");
  std::vector<std::string> blocks = split_paragraphs(content);
  if (blocks.empty()) throw std::runtime_error("empty item: no headline and no text");
  Item item;
  item.id = std::move(id);
  item.origin = std::move(origin);
  // The headline is the first non-blank line; everything after it is body.
  std::size_t skip = 0;
  while (skip < content.size() && is_blank(content.substr(skip, content.find('\n', skip) - skip))) {
    std::size_t nl = content.find('\n', skip);
    if (nl == std::string_view::npos) break;
    skip = nl + 1;
  }
  std::size_t head_end = content.find('\n', skip);
  item.title = std::string(trim(content.substr(
      skip, head_end == std::string_view::npos ? std::string_view::npos : head_end - skip)));
  item.paragraphs.push_back({item.title, false});
  std::string_view rest =
      head_end == std::string_view::npos ? std::string_view() : content.substr(head_end + 1);
  for (std::string& p : split_paragraphs(rest)) item.paragraphs.push_back({std::move(p), false});
  apply_wire_conventions(item);
  if (item.date.empty()) item.date = date_of_file_name(item.origin);
  return item;
}

Item parse_json_item(std::string_view line, const std::string& fallback_id, std::string origin) {
  check_text(line);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    throw std::runtime_error("malformed JSON: " + what);
  }
  if (!j.is_object()) throw std::runtime_error("not a JSON object");
  Item item;
  item.origin = std::move(origin);
  item.url = string_field(j, "url");
  item.id = string_field(j, "id");
  if (item.id.empty()) item.id = item.url.empty() ? fallback_id : item.url;
  item.title = std::string(trim(first_field(j, kTitleKeys).first));
  item.source = string_field(j, "source");
  item.lang = string_field(j, "lang");
  auto [date, date_key] = first_field(j, kDateKeys);
  if (!date.empty()) {
    auto iso = text::parse_date(date);
    if (!iso)
      throw std::runtime_error(std::string("field \"") + date_key + "\" is not a date: \"" + date +
                               "\"");
    item.date = *iso;
  }
  std::string body = first_field(j, kBodyKeys).first;
  if (body.empty())
    throw std::runtime_error("item \"" + item.id + "\" has no body (looked for " +
                             field_names(kBodyKeys) + ")");
  item.paragraphs.push_back({item.title, false});
  for (std::string& p : split_paragraphs(body)) item.paragraphs.push_back({std::move(p), false});
  apply_wire_conventions(item);
  return item;
}

}  // namespace verbatim::read
