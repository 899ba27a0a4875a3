#include "http/curl.h"

#include <mutex>
#include <stdexcept>

namespace verbatim::http {

void ensure_curl_initialised() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
      throw std::runtime_error("libcurl could not be initialised");
  });
}

EasyHandle new_easy_handle() {
  ensure_curl_initialised();
  EasyHandle h(curl_easy_init());
  if (!h) throw std::runtime_error("libcurl could not make a transfer handle");
  return h;
}

void HeaderList::add(const std::string& header) {
  curl_slist* grown = curl_slist_append(list_.get(), header.c_str());
  if (grown == nullptr) throw std::bad_alloc();
  list_.release();  // curl_slist_append returns the same list, now one longer
  list_.reset(grown);
}

}  // namespace verbatim::http
