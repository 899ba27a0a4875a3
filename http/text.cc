#include "http/text.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace verbatim::http {

void set_text(VerbatimHttpText& out, std::string_view s) {
  free_text(&out);
  char* data = static_cast<char*>(std::malloc(s.size() + 1));
  if (data == nullptr) throw std::bad_alloc();
  if (!s.empty()) std::memcpy(data, s.data(), s.size());
  data[s.size()] = '\0';
  out.data = data;
  out.size = s.size();
}

void free_text(VerbatimHttpText* text) {
  if (text == nullptr) return;
  std::free(text->data);
  text->data = nullptr;
  text->size = 0;
}

}  // namespace verbatim::http
