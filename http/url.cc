#include "http/url.h"

#include <cctype>
#include <stdexcept>

#include "http/curl.h"

namespace verbatim::http {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A part of `u`, empty when the URL has none.
std::string part(CURLU* u, CURLUPart which, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(u, which, &value, flags) != CURLUE_OK || value == nullptr) return {};
  std::string out(value);
  curl_free(value);
  return out;
}

UrlHandle new_url() {
  ensure_curl_initialised();
  UrlHandle u(curl_url());
  if (!u) throw std::bad_alloc();
  return u;
}

// The scheme `text` starts with (RFC 3986: a letter, then letters, digits, "+", "-", "."
// before the colon), in lower case; empty when it starts with none.
std::string scheme_of(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                             (i > 0 && (std::isdigit(static_cast<unsigned char>(text[i])) ||
                                        text[i] == '+' || text[i] == '-' || text[i] == '.'))))
    ++i;
  return i > 0 && i < text.size() && text[i] == ':' ? lower(std::string(text.substr(0, i)))
                                                    : std::string();
}

void refuse_scheme(const std::string& scheme) {
  if (scheme != "http" && scheme != "https")
    throw std::invalid_argument("only http and https URLs are fetched, not " + scheme);
}

void set_url(CURLU* u, std::string_view text) {
  const std::string url(text);
  // Any scheme is parsed, so that the message can say which one is refused.
  const CURLUcode rc = curl_url_set(u, CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME);
  if (rc != CURLUE_OK) {
    // libcurl 7.88 refuses "mailto:a@example.com" for its slashes: the scheme says more.
    if (const std::string scheme = scheme_of(text); !scheme.empty()) refuse_scheme(scheme);
    throw std::invalid_argument(std::string("not a URL (") + curl_url_strerror(rc) + ")");
  }
}

std::string canonical(CURLU* u) {
  const std::string scheme = lower(part(u, CURLUPART_SCHEME));
  refuse_scheme(scheme);
  curl_url_set(u, CURLUPART_SCHEME, scheme.c_str(), 0);
  const std::string host = lower(part(u, CURLUPART_HOST));
  if (host.empty()) throw std::invalid_argument("a URL without a host");
  curl_url_set(u, CURLUPART_HOST, host.c_str(), 0);
  curl_url_set(u, CURLUPART_FRAGMENT, nullptr, 0);
  return part(u, CURLUPART_URL, CURLU_NO_DEFAULT_PORT);
}

}  // namespace

std::string canonical_url(std::string_view url) {
  UrlHandle u = new_url();
  set_url(u.get(), url);
  return canonical(u.get());
}

std::string resolve_url(std::string_view base, std::string_view reference) {
  UrlHandle u = new_url();
  set_url(u.get(), base);
  // Setting a relative URL on a handle that holds one resolves it against that one.
  set_url(u.get(), reference);
  return canonical(u.get());
}

std::string host_of(std::string_view canonical) {
  UrlHandle u = new_url();
  set_url(u.get(), canonical);
  const std::string port = part(u.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  const std::string host = part(u.get(), CURLUPART_HOST);
  return port.empty() ? host : host + ":" + port;
}

}  // namespace verbatim::http
