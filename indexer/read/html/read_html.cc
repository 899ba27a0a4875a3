// The entry point of HTML reading: charset, parse, metadata, article, wire conventions.
#include <gumbo.h>

#include <memory>
#include <stdexcept>

#include "indexer/read/html.h"
#include "indexer/read/html/article.h"
#include "indexer/read/html/blocks.h"
#include "indexer/read/html/charset.h"
#include "indexer/read/html/metadata.h"
#include "indexer/read/html/nesting.h"
#include "indexer/read/sources.h"
#include "text/embedded_data.h"

namespace verbatim::read {
namespace {

// Refuses, before parsing, a page nested too deep to parse in reasonable time (see nesting.h).
std::string_view check_nesting(std::string_view utf8) {
  if (html::nesting_depth(utf8) > html::kMaxHtmlNesting)
    throw std::runtime_error("elements nested more than " + std::to_string(html::kMaxHtmlNesting) +
                             " deep: not a news page (left unparsed)");
  return utf8;
}

struct Parsed {
  explicit Parsed(std::string_view utf8) : output(parse(check_nesting(utf8))) {}
  ~Parsed() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
  Parsed(const Parsed&) = delete;
  Parsed& operator=(const Parsed&) = delete;
  GumboOutput* output;

 private:
  static GumboOutput* parse(std::string_view utf8) {
    return gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size());
  }
};

bool is_utf16(std::string_view charset) {
  return charset.size() >= 6 &&
         (charset.substr(0, 6) == "UTF-16" || charset.substr(0, 6) == "utf-16");
}

void check_not_binary(std::string_view bytes, std::string_view charset) {
  if (bytes.size() > kMaxHtmlBytes)
    throw std::runtime_error("larger than " + std::to_string(kMaxHtmlBytes >> 20) +
                             " MB: not a news page");
  if (!is_utf16(charset) && bytes.find('\0') != std::string_view::npos)
    throw std::runtime_error("binary file (contains NUL bytes), not an HTML page");
  std::size_t control = 0, sample = std::min<std::size_t>(bytes.size(), 4096);
  for (std::size_t i = 0; i < sample; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    control += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }
  if (!is_utf16(charset) && control * 20 > sample)
    throw std::runtime_error("binary file (control bytes), not an HTML page");
}

// Wire services name themselves as the site; the release's issuer ("SOURCE CGTN", the
// headline's "CGTN:") is the source of the item.
bool is_wire_service(std::string_view source) {
  for (std::string_view w : data::lines("read/html/wires.txt"))
    if (source == w) return true;
  return false;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string head(bytes.substr(start, 15));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
         head.rfind("<head", 0) == 0 || head.rfind("<!--", 0) == 0;
}

HtmlPage read_html(std::string_view bytes, std::string_view url_hint,
                   std::string_view charset_hint) {
  std::string charset = html::detect_charset(bytes, charset_hint);
  check_not_binary(bytes, charset);
  html::Decoded text = html::decode(bytes, charset);
  HtmlPage page;
  page.charset = text.charset;
  if (text.replaced > 0)
    page.warning = std::to_string(text.replaced) + " invalid byte sequence" +
                   (text.replaced == 1 ? "" : "s") + " in " + text.charset + " replaced by U+FFFD";
  Parsed parsed(text.utf8);
  html::Metadata meta = html::page_metadata(parsed.output->root, url_hint);
  std::vector<std::string> body = html::article_paragraphs(parsed.output->root, meta.title);
  if (!body.empty() && body.front() == meta.title) body.erase(body.begin());
  if (body.empty()) throw std::runtime_error("no article found: the page has no text");
  Item& item = page.item;
  item.url = meta.url;
  item.id = meta.url;
  item.title = meta.title;
  item.date = meta.date;
  // On a wire's page the issuer is the source: "SOURCE CGTN", the headline's "CGTN:", else the
  // page's author (GlobeNewswire names the issuer there), else the wire.
  const bool wire = is_wire_service(meta.source);
  item.source = wire ? std::string() : meta.source;
  item.lang = meta.lang;
  item.paragraphs.push_back({item.title, false});
  for (std::string& p : body) item.paragraphs.push_back({std::move(p), false});
  apply_wire_conventions(item);
  if (item.source.empty()) item.source = wire && !meta.author.empty() ? meta.author : meta.source;
  return page;
}

std::vector<std::string> html_fragment_paragraphs(std::string_view html) {
  Parsed parsed(html);
  return html::block_paragraphs({parsed.output->root}, {});
}

}  // namespace verbatim::read
