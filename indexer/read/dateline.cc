#include "indexer/read/dateline.h"

#include <array>
#include <cctype>

#include <fmt/format.h>

namespace verbatim::read {
namespace {

struct Month {
  std::string_view name;
  int number;
};

constexpr std::array<Month, 24> kMonths{
    {{"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
     {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
     {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
     {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sep", 9},
     {"sept", 9},      {"oct", 10},      {"nov", 11},   {"dec", 12}}};

// A small cursor over the text being parsed.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  void skip_spaces() {
    while (!done()) {
      if (s[i] == ' ' || s[i] == '\t') {
        ++i;
      } else if (s.compare(i, 2, "\xC2\xA0") == 0) {  // no-break space
        i += 2;
      } else {
        break;
      }
    }
  }
  bool eat(std::string_view t) {
    if (s.compare(i, t.size(), t) == 0) {
      i += t.size();
      return true;
    }
    return false;
  }
};

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::optional<int> read_month(Cursor& c) {
  std::size_t start = c.i;
  std::string word;
  while (!c.done() && is_alpha(c.peek())) word += static_cast<char>(std::tolower(c.s[c.i++]));
  for (const Month& m : kMonths) {
    if (word == m.name) {
      c.eat(".");
      return m.number;
    }
  }
  c.i = start;
  return std::nullopt;
}

std::optional<int> read_number(Cursor& c, std::size_t max_digits) {
  std::size_t start = c.i;
  int value = 0;
  while (!c.done() && is_digit(c.peek()) && c.i - start < max_digits)
    value = value * 10 + (c.s[c.i++] - '0');
  if (c.i == start || (!c.done() && is_digit(c.peek()))) {
    c.i = start;
    return std::nullopt;
  }
  return value;
}

bool valid(int year, int month, int day) {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Reads a date at the cursor; sets iso (empty when the year is missing). False when no date.
bool read_date(Cursor& c, std::string& iso) {
  std::size_t start = c.i;
  // 2023-09-08
  if (auto y = read_number(c, 4); y && c.eat("-")) {
    auto m = read_number(c, 2);
    if (m && c.eat("-")) {
      auto d = read_number(c, 2);
      if (d && valid(*y, *m, *d)) {
        iso = fmt::format("{:04}-{:02}-{:02}", *y, *m, *d);
        return true;
      }
    }
  }
  c.i = start;
  // Sept. 8, 2023 / September 8 2023 / March 2
  if (auto m = read_month(c)) {
    c.skip_spaces();
    if (auto d = read_number(c, 2)) {
      std::size_t after_day = c.i;
      c.eat(",");
      c.skip_spaces();
      if (auto y = read_number(c, 4); y && valid(*y, *m, *d)) {
        iso = fmt::format("{:04}-{:02}-{:02}", *y, *m, *d);
        return true;
      }
      c.i = after_day;
      iso.clear();
      return *d >= 1 && *d <= 31;
    }
  }
  c.i = start;
  // 8 September 2023
  if (auto d = read_number(c, 2)) {
    c.skip_spaces();
    if (auto m = read_month(c)) {
      std::size_t after_month = c.i;
      c.eat(",");
      c.skip_spaces();
      if (auto y = read_number(c, 4); y && valid(*y, *m, *d)) {
        iso = fmt::format("{:04}-{:02}-{:02}", *y, *m, *d);
        return true;
      }
      c.i = after_month;
      iso.clear();
      return true;
    }
  }
  c.i = start;
  return false;
}

// Place names in datelines are written in capitals: "BEIJING", "NEW YORK", "HONG KONG".
bool read_place(Cursor& c, std::string& place) {
  std::size_t start = c.i;
  int upper = 0;
  while (!c.done()) {
    char ch = c.peek();
    if (std::isupper(static_cast<unsigned char>(ch))) {
      ++upper;
    } else if (!(ch == ' ' || ch == '.' || ch == '-' || ch == '\'')) {
      break;
    }
    ++c.i;
  }
  if (upper < 2 || c.peek() != ',') {
    c.i = start;
    return false;
  }
  place = std::string(c.s.substr(start, c.i - start));
  while (!place.empty() && place.back() == ' ') place.pop_back();
  return true;
}

bool read_separator(Cursor& c) {
  c.skip_spaces();
  for (std::string_view sep : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-"}) {
    if (c.eat(sep)) {
      c.skip_spaces();
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view text) {
  Cursor c{text};
  c.skip_spaces();
  std::string iso;
  if (read_date(c, iso) && !iso.empty()) return iso;
  return std::nullopt;
}

std::optional<Dateline> parse_dateline(std::string_view paragraph) {
  Cursor c{paragraph};
  Dateline d;
  if (!read_place(c, d.place)) return std::nullopt;
  c.eat(",");
  c.skip_spaces();
  std::string iso;
  if (!read_date(c, iso)) {
    // "WASHINGTON, D.C., Sept. 8, 2023": a region between place and date.
    std::size_t comma = paragraph.find(',', c.i);
    if (comma == std::string_view::npos || comma - c.i > 16) return std::nullopt;
    c.i = comma + 1;
    c.skip_spaces();
    if (!read_date(c, iso)) return std::nullopt;
  }
  d.date = iso;
  c.skip_spaces();
  bool has_distributor = false;
  if (c.peek() == '/') {
    std::size_t close = paragraph.find('/', c.i + 1);
    if (close != std::string_view::npos && close - c.i < 40) {
      d.distributor = std::string(paragraph.substr(c.i + 1, close - c.i - 1));
      c.i = close + 1;
      has_distributor = true;
    }
  }
  if (!read_separator(c) && !has_distributor) return std::nullopt;
  c.skip_spaces();
  d.length = c.i;
  return d;
}

}  // namespace verbatim::read
