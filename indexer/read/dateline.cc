#include "indexer/read/dateline.h"

#include <array>
#include <cctype>

#include "text/cursor.h"
#include "text/dates.h"

namespace verbatim::read {
namespace {

using text::Cursor;

bool is_upper(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0;
}

// A date at the cursor; sets iso (empty when the year is missing). False when no date.
bool read_date(Cursor& c, std::string& iso) {
  auto m = text::match_date(c.rest());
  if (!m) return false;
  c.i += m->length;
  iso = m->date.iso();
  return true;
}

// Place names in datelines are written in capitals: "BEIJING", "NEW YORK", "HONG KONG".
bool read_place(Cursor& c, std::string& place) {
  std::size_t start = c.i;
  int upper = 0;
  while (!c.done()) {
    char ch = c.peek();
    if (is_upper(ch)) {
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

// "WASHINGTON, D.C., Sept. 8, 2023": a date, or a short region and then a date.
bool read_region_and_date(Cursor& c, std::string& iso) {
  if (read_date(c, iso)) return true;
  std::size_t comma = c.s.find(',', c.i);
  if (comma == std::string_view::npos || comma - c.i > 16) return false;
  c.i = comma + 1;
  c.skip_spaces();
  return read_date(c, iso);
}

// "/PRNewswire/"
bool read_distributor(Cursor& c, std::string& distributor) {
  if (c.peek() != '/') return false;
  std::size_t close = c.s.find('/', c.i + 1);
  if (close == std::string_view::npos || close - c.i >= 40) return false;
  distributor = std::string(c.s.substr(c.i + 1, close - c.i - 1));
  c.i = close + 1;
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

// "BEIJING, Sept. 8, 2023 /PRNewswire/ — ", "HONG KONG, 8 September 2023 – ", "LONDON, March 2 - "
std::optional<Dateline> wire_dateline(std::string_view paragraph) {
  Cursor c{paragraph};
  Dateline d;
  if (!read_place(c, d.place)) return std::nullopt;
  c.eat(",");
  c.skip_spaces();
  if (!read_region_and_date(c, d.date)) return std::nullopt;
  c.skip_spaces();
  const bool has_distributor = read_distributor(c, d.distributor);
  if (!read_separator(c) && !has_distributor) return std::nullopt;
  c.skip_spaces();
  d.length = c.i;
  return d;
}

struct Dash {
  std::size_t at = std::string_view::npos;
  std::size_t length = 0;
};

// The first spaced dash in the first 70 bytes.
Dash first_spaced_dash(std::string_view text) {
  constexpr std::array<std::string_view, 4> kDashes{" - ", " -- ", " \xE2\x80\x94 ",
                                                    " \xE2\x80\x93 "};
  Dash dash;
  for (std::string_view d : kDashes) {
    auto at = text.substr(0, 70).find(d);
    if (at != std::string_view::npos && at < dash.at) dash = {at, d.size()};
  }
  return dash;
}

bool in_capitals(std::string_view word) {
  for (char c : word)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

bool is_number(std::string_view word) {
  for (char c : word)
    if (!(c >= '0' && c <= '9')) return false;
  return true;
}

bool is_month_name(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return text::month_word(word).has_value();
}

// Before the dash of an agency dateline: only words in capitals, month names, numbers and
// bracketed words ("(Reuters)"), the first a word of three or more capitals.
bool agency_dateline_head(std::string_view head) {
  bool in_brackets = false;
  bool first = true;
  std::size_t i = 0;
  while (i < head.size()) {
    while (i < head.size() && (head[i] == ' ' || head[i] == ',')) ++i;
    std::size_t j = i;
    while (j < head.size() && head[j] != ' ' && head[j] != ',') ++j;
    const std::string_view w = head.substr(i, j - i);
    if (w.empty()) break;
    if (w.front() == '(') in_brackets = true;
    const bool caps = in_capitals(w);
    if (!(in_brackets || caps || is_number(w) || is_month_name(w))) return false;
    if (first && !(caps && w.size() >= 3 && is_upper(w.front()))) return false;
    first = false;
    if (w.back() == ')') in_brackets = false;
    i = j;
  }
  return !first;
}

// The words before the first comma or bracket, when they hold no digits: "WASHINGTON".
std::string agency_place(std::string_view head) {
  std::string_view place = head.substr(0, head.find_first_of(",("));
  while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
  if (place.find_first_of("0123456789") != std::string_view::npos) return {};
  return std::string(place);
}

// "LONDON, March 3, 2023 (Reuters) - ": the date after the place, when it has a year.
std::string agency_date(std::string_view head) {
  std::size_t comma = head.find(',');
  if (comma == std::string_view::npos) return {};
  Cursor c{head, comma + 1};
  c.skip_spaces();
  std::string iso;
  read_date(c, iso);
  return iso;
}

// "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) -- ", "NEW YORK, Feb 26 - "
std::optional<Dateline> agency_dateline(std::string_view paragraph) {
  const Dash dash = first_spaced_dash(paragraph);
  if (dash.at == std::string_view::npos || dash.at < 3) return std::nullopt;
  const std::string_view head = paragraph.substr(0, dash.at);
  if (!agency_dateline_head(head)) return std::nullopt;
  Dateline d;
  d.place = agency_place(head);
  d.date = agency_date(head);
  d.length = dash.at + dash.length;
  return d;
}

// The first date after a comma in `head` ("Norway, April 02, 2024"); empty when none.
std::string date_after_a_comma(std::string_view head) {
  for (std::size_t comma = head.find(','); comma != std::string_view::npos;
       comma = head.find(',', comma + 1)) {
    Cursor c{head, comma + 1};
    c.skip_spaces();
    std::string iso;
    if (read_date(c, iso)) return iso;
  }
  return {};
}

// The wires that name themselves in brackets in capitals: "OSLO, Norway, April 02, 2024 (GLOBE
// NEWSWIRE) -- ", "ROTTERDAM, Netherlands--(BUSINESS WIRE)--".
std::optional<Dateline> bracketed_wire_dateline(std::string_view paragraph) {
  Cursor c{paragraph};
  Dateline d;
  if (!read_place(c, d.place)) return std::nullopt;
  std::size_t open = paragraph.find('(', c.i);
  if (open == std::string_view::npos || open - c.i > 60) return std::nullopt;
  std::size_t close = paragraph.find(')', open);
  if (close == std::string_view::npos || close - open > 30) return std::nullopt;
  std::string_view wire = paragraph.substr(open + 1, close - open - 1);
  if (!in_capitals(wire) || wire.find("WIRE") == std::string_view::npos) return std::nullopt;
  d.distributor = std::string(wire);
  d.date = date_after_a_comma(paragraph.substr(c.i, open - c.i));
  c.i = close + 1;
  read_separator(c);
  d.length = c.i;
  return d;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view paragraph) {
  if (auto d = wire_dateline(paragraph)) return d;
  if (auto d = bracketed_wire_dateline(paragraph)) return d;
  return agency_dateline(paragraph);
}

}  // namespace verbatim::read
