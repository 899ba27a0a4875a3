// RAII owners of libcurl's handles: an easy handle, a header list and a parsed URL are freed
// however the function that made them is left.
#pragma once

#include <curl/curl.h>

#include <memory>
#include <string>

namespace verbatim::http {

struct EasyDeleter {
  void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// Initialises libcurl once per process (curl_global_init is not thread-safe on every build, so
// it is done before the first handle, from the thread that makes it).
void ensure_curl_initialised();

// A new easy handle; throws std::runtime_error when libcurl cannot make one.
EasyHandle new_easy_handle();

// A list of request headers ("If-None-Match: ...").
class HeaderList {
 public:
  void add(const std::string& header);
  curl_slist* get() const { return list_.get(); }

 private:
  std::unique_ptr<curl_slist, SlistDeleter> list_;
};

}  // namespace verbatim::http
