#include "http/get.h"

#include <cctype>
#include <string>
#include <string_view>

#include "http/curl.h"
#include "http/text.h"

namespace verbatim::http {
namespace {

struct Transfer {
  const VerbatimHttpRequest* request;
  std::string body, etag, last_modified;
  bool too_large = false;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool header_named(std::string_view line, std::string_view name) {
  if (line.size() <= name.size() || line[name.size()] != ':') return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
  return true;
}

bool empty(const char* s) {
  return s == nullptr || *s == '\0';
}

extern "C" size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (t->body.size() + n > t->request->max_bytes) {
    t->too_large = true;
    return 0;  // cuts the transfer (CURLE_WRITE_ERROR)
  }
  try {
    t->body.append(data, n);
  } catch (...) {
    return 0;  // no exception may cross libcurl
  }
  return n;
}

// Keeps the validators of the last response only: a redirect's headers come first, and a new
// status line starts the next response's.
extern "C" size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  std::string_view line(data, n);
  try {
    if (line.rfind("HTTP/", 0) == 0) {
      t->etag.clear();
      t->last_modified.clear();
    } else if (header_named(line, "etag")) {
      t->etag = std::string(trim(line.substr(5)));
    } else if (header_named(line, "last-modified")) {
      t->last_modified = std::string(trim(line.substr(14)));
    }
  } catch (...) {
    return 0;
  }
  return n;
}

extern "C" int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const VerbatimHttpRequest* r = static_cast<Transfer*>(user)->request;
  return r->should_stop != nullptr && r->should_stop(r->stop_context) ? 1 : 0;  // non-zero aborts
}

void set_options(CURL* h, Transfer& t, const HeaderList& headers, char* error_buffer) {
  const VerbatimHttpRequest& r = *t.request;
  curl_easy_setopt(h, CURLOPT_URL, r.url);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, r.max_redirects);
  if (!empty(r.user_agent)) curl_easy_setopt(h, CURLOPT_USERAGENT, r.user_agent);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes (gzip)
  const long timeout_ms = static_cast<long>(r.timeout_seconds * 1000);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(r.max_bytes));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
}

std::string info_string(CURL* h, CURLINFO what) {
  char* value = nullptr;
  return curl_easy_getinfo(h, what, &value) == CURLE_OK && value ? value : "";
}

std::string describe_failure(CURLcode rc, const Transfer& t, const char* error_buffer) {
  if (t.too_large || rc == CURLE_FILESIZE_EXCEEDED)
    return "response larger than " + std::to_string(t.request->max_bytes >> 20) + " MB, refused";
  if (rc == CURLE_ABORTED_BY_CALLBACK) return "interrupted";
  if (rc == CURLE_TOO_MANY_REDIRECTS)
    return "more than " + std::to_string(t.request->max_redirects) + " redirects, stopped";
  if (rc == CURLE_UNSUPPORTED_PROTOCOL)
    return "redirected to a URL that is not http or https, refused";
  return *error_buffer ? error_buffer : curl_easy_strerror(rc);
}

}  // namespace

void http_get(const VerbatimHttpRequest& request, VerbatimHttpResponse& response) {
  Transfer t{&request, {}, {}, {}};
  EasyHandle h = new_easy_handle();
  HeaderList headers;
  if (!empty(request.etag)) headers.add(std::string("If-None-Match: ") + request.etag);
  if (!empty(request.last_modified))
    headers.add(std::string("If-Modified-Since: ") + request.last_modified);
  char error_buffer[CURL_ERROR_SIZE] = "";
  set_options(h.get(), t, headers, error_buffer);
  const CURLcode rc = curl_easy_perform(h.get());
  curl_easy_getinfo(h.get(), CURLINFO_RESPONSE_CODE, &response.status);
  set_text(response.final_url, info_string(h.get(), CURLINFO_EFFECTIVE_URL));
  set_text(response.content_type, info_string(h.get(), CURLINFO_CONTENT_TYPE));
  set_text(response.etag, t.etag);
  set_text(response.last_modified, t.last_modified);
  if (rc != CURLE_OK) {
    set_text(response.error, describe_failure(rc, t, error_buffer));
  } else {
    set_text(response.body, t.body);
  }
}

}  // namespace verbatim::http
