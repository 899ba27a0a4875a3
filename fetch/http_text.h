// Strings in the HTTP table's C type (fetch/http_module.h): copied into malloc'd
// VerbatimHttpText, given back with free_text. Both sides of the table use them: the helper
// (http/) and verbatim's requests to it (fetch/http_helper.cc).
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "fetch/http_module.h"

namespace verbatim::http_text {

inline void free_text(VerbatimHttpText* text) {
  if (text == nullptr) return;
  std::free(text->data);
  text->data = nullptr;
  text->size = 0;
}

// `out` holds a copy of `s` (a terminating NUL after its bytes); throws std::bad_alloc.
inline void set_text(VerbatimHttpText& out, std::string_view s) {
  free_text(&out);
  char* data = static_cast<char*>(std::malloc(s.size() + 1));
  if (data == nullptr) throw std::bad_alloc();
  if (!s.empty()) std::memcpy(data, s.data(), s.size());
  data[s.size()] = '\0';
  out.data = data;
  out.size = s.size();
}

// A copy of `text`, which is freed (empty afterwards).
inline std::string take_text(VerbatimHttpText& text) {
  std::string s = text.data ? std::string(text.data, text.size) : std::string();
  free_text(&text);
  return s;
}

}  // namespace verbatim::http_text
