// Walking the sources given on the command line and reading their items.
#include "indexer/read/sources.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <system_error>

#include "indexer/read/archive_hints.h"
#include "indexer/read/feed.h"
#include "indexer/read/gunzip.h"
#include "indexer/read/html.h"

namespace verbatim::read {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxTextItemBytes = 16u << 20;  // a plain-text release is a few KB
constexpr std::size_t kMaxJsonLineBytes = 32u << 20;
constexpr std::size_t kMaxFeedBytes = 64u << 20;

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_file(const std::string& path) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) throw std::runtime_error(std::string("cannot read: ") + std::strerror(errno));
  return f;
}

// Reads JSON Lines from `f`, one item a line; lines longer than the limit are skipped whole.
void read_jsonl_stream(std::FILE* f, const std::string& where, const std::string& id_base,
                       const ItemSink& on_item, const ErrorSink& on_error) {
  std::string line;
  bool too_long = false;
  std::size_t number = 0;
  std::vector<char> buf(1 << 16);
  auto finish_line = [&]() {
    ++number;
    std::string origin = where + ":" + std::to_string(number);
    if (too_long) {
      on_error({origin, "line longer than " + std::to_string(kMaxJsonLineBytes >> 20) +
                            " MB, skipped (is this JSON Lines?)"});
    } else if (!line.empty() && line.find_first_not_of(" \t\r") != std::string::npos) {
      try {
        on_item(parse_json_item(line, id_base + ":" + std::to_string(number), origin));
      } catch (const std::exception& e) {
        on_error({origin, e.what()});
      }
    }
    line.clear();
    too_long = false;
  };
  for (;;) {
    std::size_t n = std::fread(buf.data(), 1, buf.size(), f);
    if (n == 0) break;
    std::size_t start = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (buf[i] != '\n') continue;
      if (!too_long) line.append(buf.data() + start, i - start);
      finish_line();
      start = i + 1;
    }
    if (!too_long) {
      line.append(buf.data() + start, n - start);
      if (line.size() > kMaxJsonLineBytes) {
        too_long = true;
        std::string().swap(line);
      }
    }
  }
  if (std::ferror(f)) on_error({where, std::string("read error: ") + std::strerror(errno)});
  if (!line.empty() || too_long) finish_line();
}

std::string read_whole(const std::string& path, std::size_t limit,
                       std::string_view what = "a plain-text news item") {
  File f = open_file(path);
  std::string out;
  std::vector<char> buf(1 << 16);
  for (;;) {
    std::size_t n = std::fread(buf.data(), 1, buf.size(), f.get());
    if (n == 0) break;
    out.append(buf.data(), n);
    if (out.size() > limit)
      throw std::runtime_error("larger than " + std::to_string(limit >> 20) + " MB: not " +
                               std::string(what));
  }
  if (std::ferror(f.get()))
    throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
  return out;
}

std::string read_head(const std::string& path, std::size_t n) {
  File f(std::fopen(path.c_str(), "rb"));
  std::string out(n, '\0');
  out.resize(f ? std::fread(out.data(), 1, n, f.get()) : 0);
  return out;
}

bool starts_with_brace(const std::string& path) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return false;
  int c;
  while ((c = std::fgetc(f.get())) != EOF)
    if (!std::isspace(c)) return c == '{';
  return false;
}

enum class Format { text, jsonl, html, feed, other };

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// The format a file's name says: .txt, .jsonl, .html/.htm/.xhtml (also gzipped).
Format format_of_name(const fs::path& p) {
  std::string name = p.filename().string();
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ends_with(name, ".txt")) return Format::text;
  if (ends_with(name, ".jsonl")) return Format::jsonl;
  for (std::string_view ext : {".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"})
    if (ends_with(name, ext)) return Format::html;
  if (ends_with(name, ".rss") || ends_with(name, ".atom") || ends_with(name, ".xml") ||
      ends_with(name, ".json"))
    return Format::feed;
  return Format::other;
}

// An HTML page as an item; its canonical URL is the id, else the URL it was fetched from (a page
// of a fetch archive), else `id` (the path).
void read_html_file(const std::string& path, const std::string& id, ArchiveHints& hints,
                    const ItemSink& on_item, const ErrorSink& on_error) {
  std::string bytes = read_whole(path, kMaxHtmlBytes, "a news page");
  if (ends_with(path, ".gz")) bytes = gunzip(bytes, kMaxHtmlBytes);
  const PageHint hint = hints.lookup(path);
  HtmlPage page = read_html(bytes, hint.url, hint.charset);
  if (!page.warning.empty()) on_error({path, page.warning, true});
  page.item.origin = path;
  if (page.item.id.empty()) page.item.id = id;
  on_item(std::move(page.item));
}

// Each entry of a feed file is an item; an entry that cannot be one is reported and skipped.
void read_feed(const std::string& path, const ItemSink& on_item, const ErrorSink& on_error) {
  Feed feed = parse_feed(read_whole(path, kMaxFeedBytes));
  for (const FeedEntry& entry : feed.entries) {
    try {
      on_item(feed_item(entry, path + ": " + entry_name(entry)));
    } catch (const std::runtime_error& e) {
      on_error({path, e.what()});
    }
  }
}

// Reads one file; `id` is the identity of a plain-text item, `where` the name used in messages.
void read_file(const std::string& path, Format format, const std::string& id, ArchiveHints& hints,
               const ItemSink& on_item, const ErrorSink& on_error) {
  try {
    if (format == Format::jsonl) {
      File f = open_file(path);
      read_jsonl_stream(f.get(), path, id, on_item, on_error);
      return;
    }
    if (format == Format::html) {
      read_html_file(path, id, hints, on_item, on_error);
      return;
    }
    if (format == Format::feed) {
      read_feed(path, on_item, on_error);
      return;
    }
    std::string content = read_whole(path, kMaxTextItemBytes);
    if (content.find_first_not_of(" \t\r\n") == std::string::npos)
      throw std::runtime_error("empty file");
    on_item(parse_text_item(content, id, path));
  } catch (const std::exception& e) {
    on_error({path, e.what()});
  }
}

bool has_extension(const fs::path& p, std::string_view ext) {
  return p.extension() == ext;
}

// One line for the files a directory walk did not read: "skipped 3 files of other types (.pdf 2,
// .png 1)", a warning (they are not bad input).
void report_skipped(const std::string& root, const std::map<std::string, std::size_t>& skipped,
                    const ErrorSink& on_error) {
  if (skipped.empty()) return;
  std::size_t total = 0;
  std::string kinds;
  for (const auto& [ext, n] : skipped) {
    total += n;
    kinds += (kinds.empty() ? "" : ", ") + ext + " " + std::to_string(n);
  }
  on_error({root,
            "skipped " + std::to_string(total) + " file" + (total == 1 ? "" : "s") +
                " of other types (" + kinds + "); read are .txt, .jsonl, .html, .htm, .html.gz",
            true});
}

// A .json or .xml file in a directory is read only when it holds a feed (.rss and .atom always).
bool holds_feed(const fs::path& p) {
  if (has_extension(p, ".json")) return looks_like_json_feed(read_head(p.string(), 4096));
  if (has_extension(p, ".xml")) return looks_like_xml_feed(read_head(p.string(), 4096));
  return true;
}

void read_directory(const std::string& root, ArchiveHints& hints, const ItemSink& on_item,
                    const ErrorSink& on_error) {
  std::vector<fs::path> files;
  std::map<std::string, std::size_t> skipped;  // files of other types, by extension
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    on_error({root, "cannot read directory: " + ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      on_error({it->path().string(), ec.message()});
      break;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    std::error_code sec;
    if (format_of_name(p) == Format::other && !it->is_directory(sec)) {
      std::string ext = p.extension().string();
      ++skipped[ext.empty() ? "no extension" : ext];
      continue;
    }
    if (it->is_symlink(sec) && !fs::exists(p, sec)) {
      on_error({p.string(), "dangling symbolic link"});
      continue;
    }
    if (it->is_directory(sec)) continue;
    if (!it->is_regular_file(sec)) {
      on_error({p.string(), "not a regular file (FIFO, socket or device), skipped"});
      continue;
    }
    if (!holds_feed(p)) continue;
    files.push_back(p);
  }
  report_skipped(root, skipped, on_error);
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::string rel = p.lexically_relative(root).generic_string();
    read_file(p.string(), format_of_name(p), rel, hints, on_item, on_error);
  }
}

}  // namespace

void read_sources(const std::vector<std::string>& sources, const ItemSink& on_item,
                  const ErrorSink& on_error) {
  ArchiveHints hints;
  for (const std::string& source : sources) {
    if (source == "-") {
      read_jsonl_stream(stdin, "<stdin>", "stdin", on_item, on_error);
      continue;
    }
    std::error_code ec;
    fs::file_status link = fs::symlink_status(source, ec);
    if (ec || !fs::exists(link)) {
      on_error({source, "no such file or directory"});
      continue;
    }
    fs::file_status target = fs::status(source, ec);
    if (fs::is_symlink(link) && (ec || !fs::exists(target))) {
      on_error({source, "dangling symbolic link"});
      continue;
    }
    if (fs::is_directory(target)) {
      read_directory(source, hints, on_item, on_error);
      continue;
    }
    if (!fs::is_regular_file(target)) {
      on_error({source, "not a regular file (FIFO, socket or device), skipped"});
      continue;
    }
    fs::path p(source);
    Format format = format_of_name(p);
    // A .json named on the command line that is no JSON Feed is read by content (JSON Lines).
    if (format == Format::feed && has_extension(p, ".json") && !holds_feed(p))
      format = Format::other;
    if (format == Format::other)
      format = looks_like_xml_feed(read_head(source, 4096)) ||
                       looks_like_json_feed(read_head(source, 4096))
                   ? Format::feed
               : starts_with_brace(source)               ? Format::jsonl
               : looks_like_html(read_head(source, 512)) ? Format::html
                                                         : Format::text;
    read_file(source, format, p.filename().string(), hints, on_item, on_error);
  }
}

}  // namespace verbatim::read

namespace verbatim::read {

namespace {

std::size_t count_lines(const std::string& path) {
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return 0;
  std::vector<char> buf(1 << 16);
  std::size_t lines = 0;
  bool content = false;
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), f.get())) > 0;) {
    for (std::size_t i = 0; i < n; ++i) {
      if (buf[i] == '\n') {
        lines += content;
        content = false;
      } else if (buf[i] != ' ' && buf[i] != '\r' && buf[i] != '\t') {
        content = true;
      }
    }
  }
  return lines + content;
}

}  // namespace

std::size_t count_items(const std::vector<std::string>& sources) {
  std::size_t total = 0;
  for (const std::string& source : sources) {
    if (source == "-") continue;
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
      for (fs::recursive_directory_iterator
               it(source, fs::directory_options::skip_permission_denied, ec),
           end;
           !ec && it != end; it.increment(ec)) {
        Format f = format_of_name(it->path());
        if (f == Format::text || f == Format::html) ++total;
        if (has_extension(it->path(), ".jsonl")) total += count_lines(it->path().string());
      }
    } else if (has_extension(source, ".jsonl")) {
      total += count_lines(source);
    } else {
      ++total;
    }
  }
  return total;
}

}  // namespace verbatim::read
