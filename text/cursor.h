// A small cursor over text being parsed by hand (dates, datelines).
#pragma once

#include <string_view>

namespace verbatim::text {

struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  std::string_view rest() const { return done() ? std::string_view() : s.substr(i); }
  // Spaces, tabs and no-break spaces.
  void skip_spaces() {
    while (!done()) {
      if (s[i] == ' ' || s[i] == '\t') {
        ++i;
      } else if (s.compare(i, 2, "\xC2\xA0") == 0) {
        i += 2;
      } else {
        break;
      }
    }
  }
  bool eat(std::string_view t) {
    if (s.compare(i, t.size(), t) != 0) return false;
    i += t.size();
    return true;
  }
};

}  // namespace verbatim::text
